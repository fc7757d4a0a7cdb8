"""nginx in front of two replicas: small first visit, cached and compressed assets, and failover that keeps the view."""

from __future__ import annotations

import shutil
import signal
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from deploy.cluster import Cluster, healthy
from tests.browser.helpers import TIMEOUT_MS, WIDE, click_point, free_port, goto, open_tab, wait_for_app
from tests.deploy.sockets import ports_with_connections

SHAPES = f"{WIDE} .js-plotly-plot path.choroplethlocation"
MARKERS = f"{WIDE} .js-plotly-plot g.trace.scattergeo path.point"
FIRST_VISIT_LIMIT = 3_000_000
PLOTLY_CHUNK = "/static/js/PlotlyChart."
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """nginx and two replicas on free ports, state in a temporary folder; stopped and removed afterwards."""
    state = Path(tempfile.mkdtemp(prefix="cluster-"))
    try:
        with Cluster(port=free_port(), replica_ports=(free_port(), free_port()), state=state) as running:
            yield running
    finally:
        shutil.rmtree(state, ignore_errors=True)


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


def test_first_visit_to_the_map_through_nginx_moves_at_most_3_mb(browser: Browser, cluster: Cluster, server: str) -> None:
    through_nginx, requests = first_visit(browser, cluster.url, "/map?lang=uk")
    bare, _ = first_visit(browser, server, "/map?lang=uk")
    print(f"\nfirst visit to /map: {through_nginx / 1e6:.2f} MB through nginx, {bare / 1e6:.2f} MB from the bare server")
    assert through_nginx <= FIRST_VISIT_LIMIT
    assert any(PLOTLY_CHUNK in url for url in requests)
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
    assert b'<head><script src="/_deploy/front.js"></script>' in html
    status, headers, script = fetch(cluster.url + "/_deploy/front.js")
    assert status == 200 and b"BACKEND_BASE_URL" in script
    assert healthy(cluster.url)


def test_a_killed_replica_is_left_out_and_the_reader_keeps_the_view(browser: Browser, cluster: Cluster) -> None:
    ports = cluster.replica_ports
    tab = open_tab(browser)
    try:
        page = tab.page
        goto(page, cluster.url, "/map?country=UKR&lang=uk")
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
        expect(page).to_have_url(f"{cluster.url}/map?country=UKR&lang=uk")
        expect(card).to_have_text("Україна")
        assert [p for p in ports_with_connections(ports) if p != victim.port or victim.process is not killed]
        # The new session answers: clicking Liechtenstein's marker opens its card and records it in the URL.
        click_point(page, MARKERS, "LIE")
        expect(page).to_have_url(f"{cluster.url}/map?country=LIE&lang=uk")
        expect(card).to_have_text("Ліхтенштейн")
        assert not tab.log.external_requests and not tab.log.page_errors
    finally:
        tab.close()
    # The supervisor has started the killed replica again.
    while not (victim.process is not killed and healthy(victim.url, timeout=2)):
        assert time.monotonic() < deadline + 90, "the supervisor did not restart the killed replica"
        time.sleep(0.5)
    assert victim.restarts == 1
