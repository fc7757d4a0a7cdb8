"""Benchmark: time to map, side by side with its floor (the same figure as a standalone HTML file from disk).

Interleaved rounds of cold browser contexts (Debian's Chromium, Playwright): the floor, /map, /, /map?embed=true,
/compare, the order rotated every round. Per visit: ms from navigation start until every named state of the featured
instrument is drawn (its marker, and its shape where the topojson has one) or, without a map, until the script run
has finished; CPU of the browser's processes, of the page's main thread (CDP TaskDuration), of the Streamlit
process and of nginx (from /proc). Then latencies on a warm page from the input event to the DOM showing the result:
a country chosen, one clicked on the map, a quotes search, the next slide. Loopback only; every wait is bounded.

    .venv/bin/python bench/bench_ttm.py [--front nginx|bare] [--rounds 7] [--repeat 7] [--views map,overview,embed,compare]

--front nginx (default): one replica behind nginx as `make serve-cluster` runs it (nginx serves the frontend's files);
--front bare: `streamlit run app.py` alone, which serves them too.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import Browser, Page, sync_playwright

from coalition.briefing import CHROMIUM_ARGS
from coalition.deck import build_deck
from coalition.export import export
from coalition.filters import party_name, search_quotes
from coalition.i18n import locale
from coalition.load import load_dataset
from coalition.positions import chosen
from coalition.viewstate import MapState, PresentState
from deploy.cluster import Cluster
from tests.browser.helpers import CHROMIUM, ROOT, VIEWPORT, _healthy, free_port, wait_for_app
from tests.browser.test_map import point_inside

VIEWS = {"map": "/map", "overview": "/", "embed": "/map?embed=true", "compare": "/compare"}
WAIT_MS = 180_000
TICK = os.sysconf("SC_CLK_TCK")
# Done when every named state has its marker and, where the topojson has one, its shape (returns performance.now()),
# in the app's wide layout (what a desktop window shows) or the standalone page's one chart.
DRAWN_JS = """(named) => {
    const gd = document.querySelector('[class*="st-key-chart-wide-"] .js-plotly-plot') || document.querySelector('.js-plotly-plot');
    if (!gd || !gd.calcdata) return false;
    const markers = new Set([...gd.querySelectorAll('g.trace.scattergeo path.point')].map((el) => el.__data__?.data?.[0]));
    const shaped = new Set([...gd.querySelectorAll('path.choroplethlocation')]
        .filter((el) => (el.getAttribute('d') || '').length > 0).map((el) => el.__data__?.loc));
    const shapeless = new Set(gd.calcdata.flat().filter((p) => p.geojson === null).map((p) => p.loc));
    return named.every((iso) => markers.has(iso) && (shaped.has(iso) || shapeless.has(iso))) && performance.now();
}"""
# Done when Streamlit's script run has finished and nothing shows as running.
SETTLED_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    return !!app && app.dataset.testScriptState === 'notRunning' && app.dataset.testConnectionState === 'CONNECTED'
        && !document.querySelector('[data-testid="stStatusWidget"]') && performance.now();
}"""
# From the first `event` (of `key`, if given) until `predicate` (a JS expression) holds, checked on every DOM change.
ARM_JS = """([event, key, predicate]) => {
    const check = new Function(`return (${predicate});`);
    const bench = (window.__bench = { t0: null, t1: null });
    document.addEventListener(event, (e) => {
        if (bench.t0 === null && (!key || e.key === key)) bench.t0 = performance.now();
    }, { capture: true });
    const observer = new MutationObserver(() => {
        if (bench.t0 !== null && check()) { bench.t1 = performance.now(); observer.disconnect(); }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}"""


def cpu_seconds(pids: list[int]) -> float:
    """utime + stime (and those of reaped children) of the processes, in seconds."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(v) for v in fields[11:15])
    return total / TICK


def process_tree(tag: str = "", roots: tuple[int, ...] = ()) -> list[int]:
    """The processes in `roots` and those with `tag` on their command line, and all their descendants."""
    parents: dict[int, int] = {}
    tree = set(roots)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if tag and tag in (entry / "cmdline").read_text(errors="replace"):
                tree.add(int(entry.name))
        except OSError:
            continue
    while grown := {pid for pid, parent in parents.items() if parent in tree} - tree:
        tree |= grown
    return sorted(tree)


@dataclass
class Server:
    """Where the app answers, its Streamlit process and, behind nginx, nginx's processes."""

    url: str
    app_pid: int
    front_pids: list[int]


@contextmanager
def serve(front: str) -> Iterator[Server]:
    """The app on a free port: bare `streamlit run app.py`, or one replica behind the nginx front (deploy.cluster)."""
    if front == "nginx":
        with (
            tempfile.TemporaryDirectory(prefix="bench-") as state,
            Cluster(port=free_port(), replica_ports=(free_port(),), state=Path(state)) as cluster,
        ):
            assert cluster.nginx is not None and cluster.replicas[0].process is not None
            yield Server(cluster.url, cluster.replicas[0].process.pid, process_tree(roots=(cluster.nginx.pid,)))
        return
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless", "true"]
    env = {k: v for k, v in os.environ.items() if k != "COALITION_DATA"}
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as server:
        try:
            url, deadline = f"http://127.0.0.1:{port}", time.monotonic() + 60
            while not _healthy(url) and time.monotonic() < deadline:
                time.sleep(0.2)
            yield Server(url, server.pid, [])
        finally:
            server.terminate()


class Bench:
    def __init__(self, browser: Browser, tag: str, server: Server, floor_url: str, named: list[str]) -> None:
        self.browser, self.tag, self.server = browser, tag, server
        self.base_url, self.floor_url, self.named = server.url, floor_url, named

    def visit(self, view: str) -> dict[str, float]:
        """One cold visit: ms to drawn, browser CPU s, page main-thread CPU s, server CPU s, nginx CPU s."""
        page = self.new_page()
        context = page.context
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")
        browser_before = cpu_seconds(process_tree(self.tag))
        server_before, front_before = cpu_seconds([self.server.app_pid]), cpu_seconds(self.server.front_pids)
        url = self.floor_url if view == "floor" else self.base_url + VIEWS[view]
        page.goto(url, wait_until="commit", timeout=WAIT_MS)
        has_map = view in ("floor", "map", "embed")
        done = page.wait_for_function(DRAWN_JS if has_map else SETTLED_JS, arg=self.named, polling=50, timeout=WAIT_MS)
        ms = float(done.json_value())
        browser_cpu = cpu_seconds(process_tree(self.tag)) - browser_before
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        if view != "floor":
            wait_for_app(page)  # the rest of the script run, so the server's CPU is the whole visit's
        server_cpu = cpu_seconds([self.server.app_pid]) - server_before if view != "floor" else 0.0
        front_cpu = cpu_seconds(self.server.front_pids) - front_before if view != "floor" else 0.0
        context.close()
        return dict(ms=ms, browser=browser_cpu, main=float(metrics["TaskDuration"]), server=server_cpu, front=front_cpu)

    def latency(self, page: Page, event: str, predicate: str, act: Callable[[], None], key: str = "") -> float:
        """ms from the input event to `predicate` holding, then wait until the run has finished."""
        page.evaluate(ARM_JS, [event, key, predicate])
        act()
        page.wait_for_function("() => window.__bench.t1 !== null", polling=20, timeout=WAIT_MS)
        ms = float(page.evaluate("() => window.__bench.t1 - window.__bench.t0"))
        wait_for_app(page)
        return ms

    def new_page(self) -> Page:
        """A page in a cold context (empty cache), English and light."""
        context = self.browser.new_context(viewport=VIEWPORT, locale="en-US", color_scheme="light", service_workers="block")
        context.set_default_timeout(WAIT_MS)
        return context.new_page()

    def open(self, path: str) -> Page:
        page = self.new_page()
        page.goto(self.base_url + path)
        wait_for_app(page)
        return page


def choose(page: Page, name: str) -> None:
    """Type a name into "Find a country" and press Enter."""
    page.get_by_role("combobox", name="Find a country").focus()
    page.keyboard.type(name)
    page.keyboard.press("Enter")


def card_has(name: str) -> str:
    return f"document.querySelector('.st-key-country-card h2, .st-key-country-card h3')?.textContent.trim() === {name!r}"


def interactions(bench: Bench, repeat: int) -> dict[str, list[float]]:
    data = load_dataset(ROOT / "data")
    loc = locale("en")
    results: dict[str, list[float]] = {"country select → card": [], "map click → card": [], "quotes search": [], "next slide": []}
    page = bench.open("/map")
    page.wait_for_function(DRAWN_JS, arg=bench.named, polling=50, timeout=WAIT_MS)
    picks = ["UKR", "FRA", "JPN", "CAN", "DEU", "AUS", "BRA", "NOR"]
    for i in range(repeat):
        name = party_name(data, picks[i % len(picks)], loc)
        results["country select → card"].append(
            bench.latency(page, "keydown", card_has(name), partial(choose, page, name), "Enter")
        )
    for i in range(repeat):
        iso = ("AUS", "CAN", "FRA", "NOR")[i % 4]
        page.wait_for_function(DRAWN_JS, arg=bench.named, polling=50, timeout=WAIT_MS)
        page.locator('[class*="st-key-chart-wide-"] .js-plotly-plot').scroll_into_view_if_needed()
        point = point_inside(page, iso)
        click = partial(page.mouse.click, point["x"], point["y"])
        results["map click → card"].append(bench.latency(page, "mousedown", card_has(party_name(data, iso, loc)), click))
    page.context.close()
    page = bench.open("/quotes")
    total = len(data.quotes)
    for i in range(repeat):
        q = ("sanctions", "children")[i % 2]
        n = len(search_quotes(data, q, (), ()))
        box = page.get_by_label("Search the quotes")
        box.fill(q)
        shown = f"document.body.innerText.includes('{n} of {total} quotes')"
        results["quotes search"].append(bench.latency(page, "keydown", shown, partial(box.press, "Enter"), "Enter"))
    page.context.close()
    page = bench.open("/present")
    deck = build_deck(data, PresentState())
    page.get_by_role("heading", level=1).click()
    for i in range(repeat):
        key, target = ("ArrowRight", deck[1].title) if i % 2 == 0 else ("ArrowLeft", deck[0].title)
        predicate = f"document.querySelector('h1')?.textContent.trim() === {target!r}"
        results["next slide"].append(bench.latency(page, "keydown", predicate, partial(page.keyboard.press, key), key))
    page.context.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds of cold visits")
    parser.add_argument("--repeat", type=int, default=7, help="repetitions of each interaction")
    parser.add_argument("--views", default=",".join(VIEWS), help="comma-separated, of " + ", ".join(VIEWS))
    parser.add_argument(
        "--front", choices=("bare", "nginx"), default="nginx", help="bare streamlit, or one replica behind nginx (default)"
    )
    args = parser.parse_args()
    views = [v for v in args.views.split(",") if v]
    data = load_dataset(ROOT / "data")
    named = [p.party_id for p in chosen(data, "").states]
    tag = f"--bench-ttm={uuid.uuid4().hex}"
    with tempfile.TemporaryDirectory() as folder, serve(args.front) as server:
        floor = Path(folder) / "map.html"
        floor.write_bytes(export(data, MapState(), "html"))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, tag])
            bench = Bench(browser, tag, server, floor.as_uri(), named)
            first = bench.visit("map")
            print(f"{args.front}: first /map visit after start {first['ms'] / 1000:.2f} s, server CPU {first['server']:.2f} s")
            order = ["floor", *views]
            samples: dict[str, list[dict[str, float]]] = {view: [] for view in order}
            for r in range(args.rounds):
                for view in order[r % len(order) :] + order[: r % len(order)]:
                    samples[view].append(bench.visit(view))
            if args.rounds:
                report(samples, args.rounds)
            latencies = interactions(bench, args.repeat)
            browser.close()
    print(f"\n{'interaction (input event → DOM shows the result)':<52} {'median':>8} {'min':>8} {'max':>8}")
    for label, values in latencies.items():
        print(f"{label:<52} {median(values):6.0f} ms {min(values):5.0f} ms {max(values):5.0f} ms")


def report(samples: dict[str, list[dict[str, float]]], rounds: int) -> None:
    print(f"\n{rounds} interleaved rounds of cold contexts; medians (load average now {os.getloadavg()[0]:.1f})")
    print(
        f"{'view':<22} {'to drawn':>9} {'÷ floor':>8} {'browser CPU':>12} {'main thread':>12} {'server CPU':>11} {'nginx CPU':>10}"
        f" {'main+server ÷ floor':>20}"
    )
    floor = samples["floor"]
    for view, runs in samples.items():
        paired = [run["ms"] / base["ms"] for run, base in zip(runs, floor, strict=True)]
        work = [(run["main"] + run["server"] + run["front"]) / base["main"] for run, base in zip(runs, floor, strict=True)]
        print(
            f"{'floor (standalone HTML)' if view == 'floor' else VIEWS[view]:<22} {median([r['ms'] for r in runs]) / 1000:7.2f} s"
            f" {median(paired):7.2f}× {median([r['browser'] for r in runs]):10.2f} s {median([r['main'] for r in runs]):10.2f} s"
            f" {median([r['server'] for r in runs]) * 1000:8.0f} ms {median([r['front'] for r in runs]) * 1000:7.0f} ms"
            f" {median(work):19.2f}×"
        )


if __name__ == "__main__":
    main()
