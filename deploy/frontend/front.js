// Loaded by nginx into every page before Streamlit's frontend (deploy/nginx/cluster.conf.in, sub_filter).
(function () {
  "use strict";
  // Where the server is: without it the frontend first probes <page>/_stcore/health and host-config (404s),
  // and would take /map for a base path if they answered.
  window.__streamlit = Object.assign({}, window.__streamlit, { BACKEND_BASE_URL: location.origin + "/" });

  // Every page uses the wide layout (st.set_page_config(layout="wide")), which the frontend learns only with the
  // first script message: until then it lays the page out centred, and the switch shifts all of it (a layout shift
  // of 0.06 to 0.23). These are the wide layout's widths (Streamlit 1.67), in force from the first paint.
  var wide = document.createElement("style");
  wide.textContent =
    ".stMainBlockContainer.block-container{max-width:initial}" +
    "@media (min-width:768px){.stMainBlockContainer.block-container{padding-left:5rem;padding-right:5rem}}";
  document.head.appendChild(wide);

  // After a lost connection the frontend reconnects but keeps its old session. If that session died with its
  // replica, the new replica never runs the page and the widgets stay inert; so on a reconnect, reload: the
  // view is in the URL, and the hashed assets come from the browser's cache.
  var Native = window.WebSocket;
  var opened = 0;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      if (new URL(url, location.href).pathname.endsWith("/_stcore/stream")) {
        this.addEventListener("open", function () {
          opened += 1;
          if (opened > 1) location.reload();
        });
      }
    }
  };
})();
