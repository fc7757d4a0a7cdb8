"""Load benchmark without browsers: many concurrent sessions open /map over Streamlit's own websocket protocol.

Each session connects to /_stcore/stream, sends the BackMsg the frontend sends on a first visit (rerun_script
with the page name and query string) and waits for the ForwardMsg script_finished. Prints sessions/s, p50 and
p95 time to the last message, errors and server RSS, for one bare replica and for the nginx cluster, then
requests/s for a static HTML export served by nginx. Loopback only; every loop is bounded.

    .venv/bin/python bench/bench_load.py [--sessions 200] [--replicas 3]
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState, ContextInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import connect
from websockets.typing import Subprotocol

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from deploy.assets import compress
from deploy.cluster import Cluster
from tests.browser.helpers import free_port

PAGE = "/map?country=UKR&lang=uk"
SESSION_TIMEOUT_S = 300.0
STATIC_SECONDS = 5.0
STATIC_CONNECTIONS = 32


@dataclass
class Result:
    seconds: float | None
    error: str = ""


def first_visit(base_url: str, page: str) -> bytes:
    """The BackMsg a browser's first visit to `page` sends: rerun the page with its query string and context."""
    path, _, query = page.partition("?")
    context = ContextInfo(
        url=base_url + page, locale="en-US", timezone="UTC", timezone_offset=0, color_scheme="light", is_embedded=False
    )
    state = ClientState(query_string=query, page_name=path.strip("/"), page_script_hash="", context_info=context)
    message: bytes = BackMsg(rerun_script=state).SerializeToString()
    return message


async def session(base_url: str, page: str) -> Result:
    """One session: connect, ask for the page, wait for a successful script_finished; its time or its error."""
    ws_url = "ws" + base_url.removeprefix("http") + "/_stcore/stream"
    # A browser's sticky-session cookie, random as nginx would set it, so sessions spread over the replicas.
    headers = {"Cookie": f"st_replica={secrets.token_hex(16)}"}
    start = time.perf_counter()
    try:
        async with asyncio.timeout(SESSION_TIMEOUT_S):
            async with connect(
                ws_url, subprotocols=[Subprotocol("streamlit")], additional_headers=headers, max_size=None, ping_interval=None
            ) as ws:
                await ws.send(first_visit(base_url, page))
                async for frame in ws:
                    message = ForwardMsg()
                    message.ParseFromString(frame if isinstance(frame, bytes) else frame.encode())
                    if message.WhichOneof("type") == "delta" and message.delta.new_element.WhichOneof("type") == "exception":
                        return Result(None, f"exception on the page: {message.delta.new_element.exception.message[:80]}")
                    if message.WhichOneof("type") == "script_finished":
                        if message.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
                            return Result(time.perf_counter() - start)
                        if message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                            return Result(None, f"script_finished {message.script_finished}")
                return Result(None, "connection closed before script_finished")
    except (OSError, TimeoutError, Exception) as error:
        return Result(None, f"{type(error).__name__}: {error}"[:120])


def rss_mb(cluster: Cluster) -> float:
    """Resident memory of the replicas, MB (VmRSS from /proc)."""
    total_kb = 0
    for replica in cluster.replicas:
        if replica.process is not None:
            status = Path(f"/proc/{replica.process.pid}/status").read_text()
            total_kb += sum(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
    return total_kb / 1024


async def sessions_at_once(base_url: str, count: int) -> tuple[list[Result], float]:
    start = time.perf_counter()
    results = await asyncio.gather(*(session(base_url, PAGE) for _ in range(count)))
    return list(results), time.perf_counter() - start


def report(label: str, results: list[Result], wall: float, rss_before: float, rss_after: float) -> None:
    times = sorted(r.seconds for r in results if r.seconds is not None)
    errors = [r.error for r in results if r.seconds is None]
    p50 = statistics.median(times) if times else float("nan")
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))] if times else float("nan")
    print(
        f"{label:<34} {len(results):>5} sessions  {len(times) / wall:6.2f} sessions/s  p50 {p50:6.2f} s  p95 {p95:6.2f} s"
        f"  errors {len(errors):>3}  RSS {rss_before:6.0f} → {rss_after:6.0f} MB"
    )
    for error in sorted(set(errors))[:5]:
        print(f"    {errors.count(error)} × {error}")


def run_sessions(label: str, cluster: Cluster, base_url: str, count: int) -> None:
    # One warm-up session per replica, so the figures are for servers that have loaded the app once.
    for replica in cluster.replicas:
        asyncio.run(sessions_at_once(replica.url, 1))
    before = rss_mb(cluster)
    results, wall = asyncio.run(sessions_at_once(base_url, count))
    report(label, results, wall, before, rss_mb(cluster))


async def static_requests(url: str, seconds: float, connections: int) -> tuple[int, int]:
    """GET `url` over `connections` keep-alive connections for `seconds`; (successful responses, failures)."""
    parts = urlsplit(url)
    request = f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nAccept-Encoding: gzip\r\n\r\n".encode()
    deadline = time.perf_counter() + seconds
    counts = [0, 0]

    async def client() -> None:
        # nginx closes a keep-alive connection after `keepalive_requests` (1,000) responses: open the next one then.
        while time.perf_counter() < deadline:
            reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
            try:
                while time.perf_counter() < deadline:
                    writer.write(request)
                    head = await reader.readuntil(b"\r\n\r\n")
                    length = next(int(h.split(b":")[1]) for h in head.split(b"\r\n") if h.lower().startswith(b"content-length"))
                    await reader.readexactly(length)
                    counts[0 if head.startswith(b"HTTP/1.1 200") else 1] += 1
            except (asyncio.IncompleteReadError, ConnectionResetError):
                continue
            finally:
                writer.close()

    await asyncio.gather(*(client() for _ in range(connections)))
    return counts[0], counts[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--replicas", type=int, default=3)
    args = parser.parse_args()
    print(f"{args.sessions} concurrent sessions opening {PAGE}; time to script_finished; RSS of the replicas")
    with (
        tempfile.TemporaryDirectory(prefix="bench-") as one_state,
        Cluster(port=free_port(), replica_ports=(free_port(),), state=Path(one_state)) as one,
    ):
        run_sessions("one replica, bare Streamlit", one, one.replicas[0].url, args.sessions)
    with tempfile.TemporaryDirectory(prefix="bench-") as state:
        ports = tuple(free_port() for _ in range(args.replicas))
        with Cluster(port=free_port(), replica_ports=ports, state=Path(state)) as cluster:
            run_sessions(f"{args.replicas} replicas behind nginx", cluster, cluster.url, args.sessions)
            # The static embed of the map: its page (plotly.js and the shapes are shared files, cached by readers).
            command = [sys.executable, "-m", "coalition", "export", "site", "-o", str(cluster.site), "--no-images"]
            subprocess.run(command, check=True, capture_output=True)
            export = cluster.site / "en" / "map" / "featured.html"
            compress(export)  # as nginx will serve the static site: precompressed
            for file in cluster.site.rglob("*"):
                file.chmod(0o755 if file.is_dir() else 0o644)
            ok, failed = asyncio.run(
                static_requests(cluster.url + "/site/en/map/featured.html", STATIC_SECONDS, STATIC_CONNECTIONS)
            )
            size = export.stat().st_size / 1e3
            gzipped = export.with_name(export.name + ".gz").stat().st_size / 1e3
            print(
                f"{'static embed through nginx':<34} {ok / STATIC_SECONDS:8.0f} requests/s  ({size:.0f} kB HTML, {gzipped:.0f} kB gzipped, "
                f"{STATIC_CONNECTIONS} keep-alive connections, {failed} failed; one Python client, so a floor)"
            )


if __name__ == "__main__":
    main()
