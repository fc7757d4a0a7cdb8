"""N Streamlit replicas behind nginx, and a supervisor that restarts any replica that dies or stops answering.

`python -m deploy.cluster --replicas 3 --port 8080` (what `make serve-cluster` runs) serves until Ctrl-C.
Everything it writes (nginx.conf, logs, the static site folder) goes to its state folder, build/cluster/.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from coalition.pagescripts import inline_scripts
from deploy.assets import APP_STATIC, ROOT, build_assets, icon_font

DEPLOY = Path(__file__).resolve().parent
NGINX = "/usr/sbin/nginx"
BROTLI_MODULES = tuple(f"/usr/lib/nginx/modules/ngx_http_brotli_{kind}_module.so" for kind in ("filter", "static"))
STARTUP_TIMEOUT_S = 90.0
CHECK_EVERY_S = 1.0
HEALTH_EVERY_S = 5.0
HEALTH_TIMEOUT_S = 10.0
# A replica that has failed this many health checks in a row (five minutes at least: one busy with hundreds of
# sessions at once answers late, but answers) is killed and restarted.
UNHEALTHY_AFTER = 60
# Straight to the server, whatever proxy the environment names.
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def healthy(base_url: str, timeout: float = HEALTH_TIMEOUT_S) -> bool:
    """True if `base_url`/_stcore/health answers 200 "ok"."""
    try:
        with _NO_PROXY.open(f"{base_url}/_stcore/health", timeout=timeout) as response:
            return bool(response.status == 200 and response.read().strip() == b"ok")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def listening(port: int) -> bool:
    """True if something on this machine accepts connections on `port` (127.0.0.1)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def stop(process: subprocess.Popen[bytes] | None) -> None:
    """Terminate a process and wait for it (10 s, then kill); nothing if it is None or has ended."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def stylesheet_url() -> str:
    """Where pages link the app's stylesheet (static/screens.css), named by its content: a new version is fetched
    at once, though /app/static/ is cached for a day."""
    digest = hashlib.sha256((APP_STATIC / "screens.css").read_bytes()).hexdigest()[:12]
    return f"/app/static/screens.css?v={digest}"


def security_headers(assets: Path) -> str:
    """deploy/nginx/security-headers.conf.in with the hashes of the inline scripts filled in: the frontend's, and the
    app's own (coalition.pagescripts)."""
    page = (assets / "streamlit" / "index.html").read_text(encoding="utf-8")
    inline = [*re.findall(r"<script>(.*?)</script>", page, flags=re.S), *inline_scripts()]
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in inline)
    template = (DEPLOY / "nginx" / "security-headers.conf.in").read_text(encoding="utf-8")
    return template.replace("@SCRIPT_HASHES@", hashes)


@dataclass
class Replica:
    """One `streamlit run app.py` on a local port, and what the supervisor knows about it."""

    port: int
    log: Path
    process: subprocess.Popen[bytes] | None = None
    misses: int = 0
    restarts: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Cluster:
    """nginx on `port` in front of one replica per port in `replica_ports`; use as a context manager."""

    port: int = 8080
    replica_ports: tuple[int, ...] = (8601, 8602, 8603)
    state: Path = ROOT / "build" / "cluster"
    assets_cache: Path = ROOT / "build" / "assets"
    replicas: list[Replica] = field(init=False, default_factory=list)
    nginx: subprocess.Popen[bytes] | None = field(init=False, default=None)
    _stopping: threading.Event = field(init=False, default_factory=threading.Event)
    _lock: threading.Lock = field(init=False, default_factory=threading.Lock)
    _supervisor: threading.Thread | None = field(init=False, default=None)
    _cookie_secret: str = field(init=False, default_factory=lambda: secrets.token_hex(32))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def site(self) -> Path:
        """Served by nginx at /site/: static pages exported from the app."""
        return self.state / "site"

    def config(self, assets: Path) -> str:
        """nginx.conf for this cluster, from deploy/nginx/cluster.conf.in."""
        brotli = all(Path(module).exists() for module in BROTLI_MODULES)
        font_uri, font = icon_font(assets)
        fields = {
            "@MODULES@": "\n".join(f"load_module {m};" for m in BROTLI_MODULES) if brotli else "",
            "@BROTLI@": f"include {DEPLOY}/nginx/brotli.conf;" if brotli else "",
            "@USER@": self._worker_user(assets),
            "@STATE@": str(self.state),
            "@DEPLOY@": str(DEPLOY / "nginx"),
            "@FRONTEND@": str(DEPLOY / "frontend"),
            "@STYLESHEET@": stylesheet_url(),
            "@ICON_FONT_URI@": font_uri,
            "@ICON_FONT@": str(font),
            "@ASSETS@": str(assets),
            "@SITE@": str(self.site),
            "@PORT@": str(self.port),
            "@SERVERS@": "\n".join(
                f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=5s max_conns=500;" for p in self.replica_ports
            ),
        }
        text = (DEPLOY / "nginx" / "cluster.conf.in").read_text(encoding="utf-8")
        for name, value in fields.items():
            text = text.replace(name, value)
        return text

    def _worker_user(self, assets: Path) -> str:
        """As root, workers drop to Debian's web user if it can reach the files; otherwise they run as the caller."""
        if os.geteuid() != 0:
            return ""
        folders = (assets, self.site, DEPLOY / "frontend")
        reachable = all(p.stat().st_mode & 0o001 for folder in folders for p in (folder, *folder.parents))
        if not reachable:
            print("cluster: a parent folder is closed to other users, so nginx workers run as root", file=sys.stderr)
        return "user www-data;" if reachable else "user root;"

    def __enter__(self) -> Cluster:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.stop()

    def start(self) -> None:
        """Build the assets, check and start nginx, start the replicas, wait until all answer, start supervising.

        RuntimeError if a port is taken: a replica could not bind it, and nginx would pass readers to whatever holds it.
        """
        taken = [port for port in (self.port, *self.replica_ports) if listening(port)]
        if taken:
            raise RuntimeError(
                f"port {', '.join(map(str, taken))} is already in use (another cluster or server?): stop it, or choose "
                "other ports with --port and --first-replica-port"
            )
        for folder in (self.state, self.site, self.state / "tmp"):
            folder.mkdir(parents=True, exist_ok=True)
            folder.chmod(0o755)
        conf = self.state / "nginx.conf"
        assets = build_assets(self.assets_cache)
        (self.state / "security-headers.conf").write_text(security_headers(assets), encoding="utf-8")
        conf.write_text(self.config(assets), encoding="utf-8")
        nginx = [NGINX, "-c", str(conf), "-p", str(self.state), "-e", str(self.state / "nginx-error.log")]
        check = subprocess.run([*nginx, "-t", "-q"], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"nginx rejected {conf}:\n{check.stderr}")
        try:
            self.nginx = subprocess.Popen(nginx, start_new_session=True)
            self.replicas = [Replica(p, self.state / f"replica-{p}.log") for p in self.replica_ports]
            for replica in self.replicas:
                self._launch(replica)
            self._wait_until_healthy()
        except BaseException:
            self.stop()
            raise
        self._supervisor = threading.Thread(target=self._supervise, name="cluster-supervisor", daemon=True)
        self._supervisor.start()

    def _launch(self, replica: Replica) -> None:
        command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(replica.port)]
        command += ["--server.address", "127.0.0.1", "--server.headless", "true"]
        # One cookie secret for all replicas, so a signed cookie from one is valid on another after failover.
        env = {**os.environ, "STREAMLIT_SERVER_COOKIE_SECRET": self._cookie_secret}
        # The Embed panel offers the static site's page of a view beside the live one (nginx serves it at /site/).
        env.setdefault("COALITION_SITE_URL", "/site/")
        with replica.log.open("ab") as log:
            replica.process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        replica.misses = 0

    def _wait_until_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        for url in [r.url for r in self.replicas] + [self.url]:
            while not healthy(url, timeout=2):
                if self.nginx is not None and self.nginx.poll() is not None:
                    raise RuntimeError(f"nginx exited: see {self.state / 'nginx-error.log'}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{url} was not healthy within {STARTUP_TIMEOUT_S:.0f} s: see the logs in {self.state}")
                time.sleep(0.2)

    def _supervise(self) -> None:
        last_health = time.monotonic()
        while not self._stopping.wait(CHECK_EVERY_S):
            check_health = time.monotonic() - last_health >= HEALTH_EVERY_S
            if check_health:
                last_health = time.monotonic()
            for replica in self.replicas:
                self.supervise(replica, check_health)

    def supervise(self, replica: Replica, check_health: bool) -> None:
        """Restart `replica` if it has exited; count a failed health check, and kill it after too many."""
        with self._lock:
            if self._stopping.is_set() or replica.process is None:
                return
            code = replica.process.poll()
            if code is not None:
                print(f"cluster: replica {replica.port} exited with {code}; restarting it", file=sys.stderr, flush=True)
                replica.restarts += 1
                self._launch(replica)
                return
        if check_health:
            replica.misses = 0 if healthy(replica.url) else replica.misses + 1
            if replica.misses >= UNHEALTHY_AFTER:
                print(f"cluster: replica {replica.port} stopped answering; killing it", file=sys.stderr, flush=True)
                replica.process.kill()

    def stop(self) -> None:
        """Stop supervising, then stop the replicas and nginx."""
        self._stopping.set()
        if self._supervisor is not None:
            self._supervisor.join(timeout=10)
        with self._lock:
            for replica in self.replicas:
                stop(replica.process)
            stop(self.nginx)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.cluster", description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=3, help="number of Streamlit processes (default: 3)")
    parser.add_argument("--port", type=int, default=8080, help="nginx's port (default: 8080)")
    parser.add_argument("--first-replica-port", type=int, default=8601, help="replicas use this port and the next ones")
    args = parser.parse_args(argv)
    if args.replicas < 1:
        parser.error("--replicas must be at least 1")
    ports = tuple(range(args.first_replica_port, args.first_replica_port + args.replicas))
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        with Cluster(port=args.port, replica_ports=ports) as cluster:
            print(f"serving http://localhost:{args.port} with {args.replicas} replicas on ports {ports[0]}–{ports[-1]}")
            print(f"logs and nginx.conf in {cluster.state}; Ctrl-C stops")
            stop.wait()
    except RuntimeError as error:
        print(f"cluster: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
