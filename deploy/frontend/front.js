// Loaded by nginx into every page before Streamlit's frontend (deploy/nginx/cluster.conf.in, sub_filter).
(function () {
  "use strict";
  // Where the server is: without it the frontend first probes <page>/_stcore/health and host-config (404s),
  // and would take /map for a base path if they answered.
  window.__streamlit = Object.assign({}, window.__streamlit, { BACKEND_BASE_URL: location.origin + "/" });

  // Charts come in a wide and a narrow layout (static/screens.css shows one). The session's websocket says which
  // this window needs (?screen=, which nginx passes on as the X-Screen header), so the server sends only that one:
  // a hidden chart costs a full draw. When the window later crosses the breakpoint (a phone turned), the page is
  // drawn again for it: the view is in the URL. Not while printing: paper has its own layout.
  var narrow = window.matchMedia("screen and (max-width: 639.98px)");
  var layout = function () {
    return narrow.matches ? "narrow" : "wide";
  };
  narrow.addEventListener("change", function () {
    if (window.matchMedia("print").matches) return;
    var charts = document.querySelector('[class*="st-key-chart-"]');
    if (charts && !document.querySelector('[class*="st-key-chart-' + layout() + '-"]')) location.reload();
  });

  // After a lost connection the frontend reconnects but keeps its old session. If that session died with its
  // replica, the new replica never runs the page and the widgets stay inert; so on a reconnect, reload: the
  // view is in the URL, and the hashed assets come from the browser's cache.
  var Native = window.WebSocket;
  var opened = 0;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      var address = new URL(url, location.href);
      var stream = address.pathname.endsWith("/_stcore/stream");
      if (stream) address.searchParams.set("screen", layout());
      super(stream ? address.href : url, protocols);
      if (stream) {
        this.addEventListener("open", function () {
          opened += 1;
          if (opened > 1) location.reload();
        });
      }
    }
  };
})();
