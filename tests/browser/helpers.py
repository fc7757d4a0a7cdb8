"""Helpers for the browser tests: start the app, open a page with the network closed, wait for a script run.

Every test gets a fresh browser context that aborts any request leaving the machine and records what the
page tried to fetch, what the console reported as an error, and any dialog, so a test can assert the app
works offline and quietly.
"""

from __future__ import annotations

import csv
import os
import re
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal
from urllib.parse import urlsplit

from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, Request, Response, Route, ViewportSize, WebSocket, expect

from deploy.cluster import stop

ROOT = Path(__file__).resolve().parent.parent.parent
# What Streamlit prints once its server listens: "URL: http://127.0.0.1:8501" (or "Local URL: …").
LISTENING = re.compile(rb"URL: http://")
CHROMIUM = "/usr/bin/chromium"
VIEWPORT: ViewportSize = {"width": 1400, "height": 1000}
STARTUP_TIMEOUT_S = 180.0
# How long a wait for one thing the reader would see (a heading, a drawn chart, a script run finished) may take before
# the test fails. Every wait is on a condition, never a sleep, so this only bounds a failure: it is generous because
# two cores shared with other test runs (load average 45) make a first chart take tens of seconds.
TIMEOUT_MS = 120_000
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
# When a page other than / is opened directly, Streamlit's frontend first probes <page>/_stcore/health and
# <page>/_stcore/host-config, gets 404, then falls back to the real base path (streamlit/streamlit#7074).
PROBE_SUFFIXES = ("/_stcore/health", "/_stcore/host-config")
RESOURCE_404 = "Failed to load resource: the server responded with a status of 404"

expect.set_options(timeout=TIMEOUT_MS)


def data_rows(table: str) -> list[dict[str, str]]:
    """The rows of one CSV table of the shipped data package, e.g. data_rows("quotes")."""
    with (ROOT / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def is_local(url: str) -> bool:
    """True for URLs that stay on this machine (the app server) or never touch the network."""
    if url.startswith(("data:", "blob:", "about:", "file:")):
        return True
    return (urlsplit(url).hostname or "") in LOCAL_HOSTS


def is_probe(url: str) -> bool:
    """A request of the frontend's base-path probe: <page>/_stcore/health or <page>/_stcore/host-config."""
    return urlsplit(url).path.endswith(PROBE_SUFFIXES)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# Straight to the server, whatever proxy the environment names.
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _healthy(base_url: str, timeout: float = 2) -> bool:
    try:
        with _NO_PROXY.open(f"{base_url}/_stcore/health", timeout=timeout) as response:
            return bool(response.status == 200 and response.read().decode().strip() == "ok")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


class ServerOutput:
    """A server's output (stdout and stderr in one pipe), read by a thread as it comes, and an event set once the
    server says it listens (Streamlit prints its URL after binding the port) or its output ends (it exited)."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._lines: list[bytes] = []
        self._lock = threading.Lock()
        self.said_listening = False
        self.done = threading.Event()
        assert process.stdout is not None
        threading.Thread(target=self._read, args=(process.stdout,), daemon=True).start()

    def _read(self, stream: IO[bytes]) -> None:
        for line in stream:
            with self._lock:
                self._lines.append(line)
            if LISTENING.search(line):
                self.said_listening = True
                self.done.set()
        self.done.set()

    def wait_listening(self, timeout: float) -> bool:
        """True once the server said it listens; False if it exited first or `timeout` seconds passed."""
        return self.done.wait(timeout) and self.said_listening

    def text(self) -> str:
        with self._lock:
            return b"".join(self._lines).decode(errors="replace")


@contextmanager
def streamlit_server() -> Iterator[str]:
    """Start `streamlit run app.py` on a free port, wait until it says it listens and answers its health check, yield
    its base URL, stop it.

    The server serves the shipped data/ (COALITION_DATA is not passed on); its output is quoted in the error if it
    fails to start.
    """
    env = {k: v for k, v in os.environ.items() if k != "COALITION_DATA"}
    for attempt in range(3):
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)]
        command += ["--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        output = ServerOutput(process)
        try:
            if output.wait_listening(STARTUP_TIMEOUT_S):
                # One request, with time to answer on a loaded machine: the server is up.
                healthy = _healthy(base_url, timeout=30)
                assert healthy, f"streamlit said it listens on {base_url} but is not healthy:\n{output.text()}"
                yield base_url
                return
        finally:
            stop(process)
        log = output.text()
        # Another process took the free port between our check and the server's bind: try another one.
        if f"port {port} is not available" not in log.lower() or attempt == 2:
            ended = (
                f"exited with {process.returncode}" if output.done.is_set() else f"did not start within {STARTUP_TIMEOUT_S:.0f} s"
            )
            raise RuntimeError(f"streamlit on {base_url} {ended}:\n{log}")
    raise AssertionError("unreachable")


@dataclass
class BrowserLog:
    """What one browser context did: requests, failed responses, console errors, JS errors and dialogs."""

    requests: list[str] = field(default_factory=list)
    responses: list[tuple[int, str]] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    error_responses: list[tuple[int, str]] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def probe_404s_only(self) -> bool:
        """True if every 404 response is Streamlit's base-path probe (streamlit/streamlit#7074)."""
        return all(is_probe(url) for status, url in self.error_responses if status == 404)

    def unexpected_console_errors(self) -> list[str]:
        """Console errors, minus the probe's 404 messages when the probe caused every 404."""
        tolerate_404 = self.probe_404s_only()
        return [m for m in self.console_errors if not (tolerate_404 and m.startswith(RESOURCE_404))]

    def unexpected_error_responses(self) -> list[tuple[int, str]]:
        return [(status, url) for status, url in self.error_responses if not (status == 404 and is_probe(url))]

    def assert_quiet(self) -> None:
        """No request left the machine, nothing failed but the probe, no console error, JS exception or dialog."""
        assert not self.external_requests, f"requests left localhost: {self.external_requests}"
        assert not self.blocked, f"non-local requests were attempted: {self.blocked}"
        assert not self.unexpected_error_responses(), f"failed responses: {self.unexpected_error_responses()}"
        assert not self.unexpected_console_errors(), f"console errors: {self.unexpected_console_errors()}"
        assert not self.page_errors, f"uncaught JavaScript errors: {self.page_errors}"
        assert not self.dialogs, f"dialogs opened: {self.dialogs}"


@dataclass
class Tab:
    """A page in its own browser context, and the log of what it did."""

    page: Page
    log: BrowserLog

    def close(self) -> None:
        self.page.context.close()


def open_tab(
    browser: Browser,
    color_scheme: Literal["light", "dark"] = "light",
    locale: str = "en-US",
    viewport: ViewportSize = VIEWPORT,
    intercept: bool = True,
) -> Tab:
    """A page in a fresh context whose non-local requests are recorded and aborted. With `intercept` False they are
    only recorded: the browser then keeps its HTTP cache, as a reader's does (interception switches it off)."""
    log = BrowserLog()
    # English and light unless asked: the app follows the browser's language and colour scheme.
    context = browser.new_context(viewport=viewport, locale=locale, color_scheme=color_scheme, service_workers="block")

    def on_route(route: Route) -> None:
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            log.blocked.append(url)
            route.abort()

    def on_request(request: Request) -> None:
        log.requests.append(request.url)
        if not is_local(request.url):
            log.external_requests.append(request.url)

    def on_response(response: Response) -> None:
        log.responses.append((response.status, response.url))
        if response.status >= 400:
            log.error_responses.append((response.status, response.url))

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            log.console_errors.append(message.text)

    def on_dialog(dialog: Dialog) -> None:
        log.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_websocket(socket: WebSocket) -> None:
        if not is_local(socket.url):
            log.external_requests.append(socket.url)

    if intercept:
        context.route("**/*", on_route)
    context.on("request", on_request)
    context.on("response", on_response)
    context.on("console", on_console)
    context.on("dialog", on_dialog)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.on("pageerror", lambda error: log.page_errors.append(str(error)))
    page.on("websocket", on_websocket)
    return Tab(page, log)


def wait_for_app(page: Page) -> None:
    """Wait until the Streamlit app is connected, its script has finished and nothing shows as running."""
    expect(page.locator('[data-testid="stApp"]')).to_be_attached()
    page.wait_for_function(
        """() => {
            const app = document.querySelector('[data-testid="stApp"]');
            if (!app) return false;
            // Streamlit's own test attributes, when this version has them: the script run and the connection.
            const { testScriptState: script, testConnectionState: connection } = app.dataset;
            if ((script !== undefined && script !== 'notRunning') || (connection !== undefined && connection !== 'CONNECTED')) {
                return false;
            }
            const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
            const status = [...document.querySelectorAll('[data-testid="stStatusWidget"]')].some(visible);
            const spinner = [...document.querySelectorAll('.stSpinner')].some(visible);
            return !status && !spinner;
        }""",
        timeout=TIMEOUT_MS,
    )


def goto(page: Page, base_url: str, path: str) -> None:
    """Open `path` of the app and wait for its script run to finish."""
    page.goto(base_url + path)
    wait_for_app(page)
