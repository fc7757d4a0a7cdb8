"""nginx in front of two replicas: small first visit, cached and compressed assets, and failover that keeps the view."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from deploy.cluster import Cluster, healthy, stylesheet_url
from tests.browser.charts import WIDE, click_point
from tests.browser.helpers import ROOT, TIMEOUT_MS, goto, open_tab, wait_for_app
from tests.deploy.sockets import ports_with_connections

SHAPES = f"{WIDE} .js-plotly-plot path.choroplethlocation"
MARKERS = f"{WIDE} .js-plotly-plot g.trace.scattergeo path.point"
FIRST_VISIT_LIMIT = 2_000_000
GEO_BUNDLE = "/app/static/plotly/plotly-geo-"
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str, encoding: str = "", headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={**({"Accept-Encoding": encoding} if encoding else {}), **(headers or {})})
    with _NO_PROXY.open(request, timeout=10) as response:
        return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()


def first_visit(browser: Browser, base_url: str, path: str) -> tuple[int, list[str]]:
    """Bytes on the wire (CDP encodedDataLength, headers included) and the URLs a first visit to `path` loads, in a
    browser with its HTTP cache on (as a reader's: the map's layouts share one download of the world shapes)."""
    tab = open_tab(browser, intercept=False)
    try:
        cdp = tab.page.context.new_cdp_session(tab.page)
        cdp.send("Network.enable")
        sizes: dict[str, int] = {}

        def finished(event: dict[str, Any]) -> None:
            sizes[event["requestId"]] = int(event["encodedDataLength"])

        cdp.on("Network.loadingFinished", finished)
        goto(tab.page, base_url, path)
        expect(tab.page.locator(SHAPES).first).to_be_attached()
        tab.page.wait_for_load_state("networkidle")
        tab.log.assert_quiet()
        return sum(sizes.values()), tab.log.requests
    finally:
        tab.close()


def test_first_visit_to_the_map_through_nginx_moves_at_most_2_mb(browser: Browser, cluster: Cluster, server: str) -> None:
    through_nginx, requests = first_visit(browser, cluster.url, "/map?lang=uk")
    bare, _ = first_visit(browser, server, "/map?lang=uk")
    print(f"\nfirst visit to /map: {through_nginx / 1e6:.2f} MB through nginx, {bare / 1e6:.2f} MB from the bare server")
    assert through_nginx <= FIRST_VISIT_LIMIT
    # The map draws with plotly.js's geo bundle (coalition/ui/plotchart.py), not Streamlit's chart with all of plotly.js.
    assert any(GEO_BUNDLE in url for url in requests) and not [url for url in requests if "/PlotlyChart." in url]
    # The page names its server, so the frontend does not probe /map/_stcore/… first.
    assert not [url for url in requests if "/map/_stcore/" in url]


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_frontend_assets_come_compressed_and_cached_for_a_year(cluster: Cluster, encoding: str) -> None:
    status, _, html = fetch(cluster.url + "/map")
    chunk = next(part.split('"')[0] for part in html.decode().split('src="./')[1:] if part.startswith("static/js/"))
    status, headers, body = fetch(f"{cluster.url}/{chunk}", f"{encoding}, deflate")
    assert status == 200 and headers["content-encoding"] == encoding
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    status, headers, body = fetch(cluster.url + "/app/static/topojson/world_50m.json", encoding)
    assert headers["content-encoding"] == encoding and len(body) < 700_000


def test_pages_set_the_replica_cookie_and_health_answers(cluster: Cluster) -> None:
    status, headers, html = fetch(cluster.url + "/timeline?lang=uk")
    assert status == 200 and headers["set-cookie"].startswith("st_replica=")
    head = f'<head><link rel="stylesheet" href="{stylesheet_url()}"><script src="/_deploy/front.js"></script>'
    assert head.encode() in html
    status, headers, stylesheet = fetch(cluster.url + stylesheet_url())
    assert headers["content-type"] == "text/css" and stylesheet == (ROOT / "static" / "screens.css").read_bytes()
    status, headers, script = fetch(cluster.url + "/_deploy/front.js")
    assert status == 200 and b"BACKEND_BASE_URL" in script
    assert healthy(cluster.url)


def test_a_killed_replica_is_left_out_and_the_reader_keeps_the_view(browser: Browser, cluster: Cluster) -> None:
    ports = cluster.replica_ports
    tab = open_tab(browser)
    try:
        page = tab.page
        goto(page, cluster.url, "/map?lang=uk&country=UKR")
        card = page.locator(".st-key-country-card").get_by_role("heading")
        expect(card).to_have_text("Україна")
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while len(serving := ports_with_connections(ports)) != 1:
            assert time.monotonic() < deadline, f"expected one replica holding the websocket, found {serving}"
            time.sleep(0.1)
        victim = next(r for r in cluster.replicas if r.port == serving[0])
        killed = victim.process
        assert killed is not None
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in page.context.cookies() if c["name"] == "st_replica")
        # The frontend reconnects through nginx to a live replica, and reloads the page (deploy/frontend/front.js).
        with page.expect_navigation(timeout=90_000):
            killed.send_signal(signal.SIGKILL)
            killed.wait()
            # Meanwhile nginx leaves the dead replica out: the reader's requests keep being answered.
            for _ in range(10):
                status, _, body = fetch(cluster.url + "/_stcore/health", headers={"Cookie": cookie})
                assert (status, body) == (200, b"ok")
        wait_for_app(page)
        expect(page).to_have_url(f"{cluster.url}/map?lang=uk&country=UKR")  # the canonical query the app wrote
        expect(card).to_have_text("Україна")
        assert [p for p in ports_with_connections(ports) if p != victim.port or victim.process is not killed]
        # The new session answers: clicking Liechtenstein's marker opens its card and records it in the URL.
        click_point(page, MARKERS, "LIE")
        expect(page).to_have_url(f"{cluster.url}/map?lang=uk&country=LIE")
        expect(card).to_have_text("Ліхтенштейн")
        assert not tab.log.external_requests and not tab.log.page_errors
    finally:
        tab.close()
    # The supervisor has started the killed replica again.
    while not (victim.process is not killed and healthy(victim.url, timeout=2)):
        assert time.monotonic() < deadline + 90, "the supervisor did not restart the killed replica"
        time.sleep(0.5)
    assert victim.restarts == 1


def test_security_headers_allow_framing_and_nothing_loose(cluster: Cluster) -> None:
    for path in ("/map", "/_deploy/front.js", "/app/static/favicon.png"):
        status, headers, _ = fetch(cluster.url + path)
        policy = headers["content-security-policy"]
        assert status == 200
        assert "frame-ancestors *" in policy and "default-src 'self'" in policy and "object-src 'none'" in policy
        assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
        assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
        assert headers["x-content-type-options"] == "nosniff"
        assert "x-frame-options" not in headers


def test_streamlit_metrics_are_not_public(cluster: Cluster) -> None:
    with pytest.raises(urllib.error.HTTPError) as refused:
        fetch(cluster.url + "/_stcore/metrics")
    assert refused.value.code == 404


def test_pages_run_under_the_policy_embedded_in_another_site(browser: Browser, cluster: Cluster) -> None:
    """No CSP violation on the map, and the map draws inside a news page's iframe (console errors fail the test)."""
    tab = open_tab(browser)
    try:
        page = tab.page
        goto(page, cluster.url, "/map?country=UKR")
        expect(page.locator(SHAPES).first).to_be_attached()
        page.set_content(
            f'<h1>News</h1><iframe src="{cluster.url}/map?embed=true" title="Map" width="100%" height="700"></iframe>'
        )
        expect(page.frame_locator("iframe").locator(SHAPES).first).to_be_attached()
        tab.log.assert_quiet()
    finally:
        tab.close()


def test_the_page_recovers_by_itself_after_every_replica_restarts(browser: Browser, cluster: Cluster) -> None:
    """All replicas die and come back (a deploy, a crash): the reader's page reconnects and works, no reload by hand.

    The frontend's lazily loaded chunks come from nginx, not from a replica, so none fails to load while the
    replicas are down ("Failed to fetch dynamically imported module").
    """
    tab = open_tab(browser)
    try:
        page = tab.page
        goto(page, cluster.url, "/quotes?lang=uk")
        expect(page.locator('[class*="st-key-quote-"]').first).to_be_visible()
        with page.expect_navigation(timeout=180_000):
            for replica in cluster.replicas:
                process = replica.process
                assert process is not None
                process.send_signal(signal.SIGKILL)
                process.wait()
        wait_for_app(page)
        expect(page).to_have_url(f"{cluster.url}/quotes?lang=uk")
        box = page.get_by_label("Пошук у цитатах")
        box.fill("Istanbul")
        box.press("Enter")
        page.wait_for_url(lambda url: "q=Istanbul" in url)
        expect(page.locator('[class*="st-key-quote-"]')).to_have_count(1)
        expect(page.get_by_text("Failed to fetch dynamically imported module")).to_have_count(0)
        assert not tab.log.external_requests and not tab.log.page_errors
    finally:
        tab.close()


def test_the_static_embed_is_served_and_offered(browser: Browser, cluster: Cluster) -> None:
    """The static site draws the map with no replica behind it, and the Embed panel offers it beside the live view."""
    command = [sys.executable, "-m", "coalition", "export", "site", "-o", str(cluster.site), "--no-images"]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    for path in cluster.site.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    tab = open_tab(browser)
    try:
        page = tab.page
        page.goto(f"{cluster.url}/site/uk/map/featured.html")
        # A static page draws one layout, outside the app's layout containers.
        expect(page.locator(".js-plotly-plot path.choroplethlocation")).to_have_count(38)
        expect(page.locator("html")).to_have_attribute("lang", "uk")
        goto(page, cluster.url, "/map")
        page.get_by_role("button", name="Embed").click()
        expect(page.locator('[data-testid="stPopoverBody"] code').nth(1)).to_contain_text(
            f"{cluster.url}/site/en/map/featured.html"
        )
        tab.log.assert_quiet()
    finally:
        tab.close()
