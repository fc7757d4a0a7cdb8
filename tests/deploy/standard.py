"""Start the app the standard way in a fresh copy: `pip install -r requirements.txt && streamlit run app.py`.

No make, no compiled catalogues, and every connection leaving the machine refused loudly (outbound_guard/).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from deploy.cluster import stop
from tests.browser.helpers import ROOT, STARTUP_TIMEOUT_S, ServerOutput, _healthy, free_port

GUARD = Path(__file__).resolve().parent / "outbound_guard"
BIN = Path(sys.executable).parent
BLOCKED = "OUTBOUND BLOCKED"


def fresh_copy(target: Path) -> Path:
    """The repository's files as a clone would have them (tracked and new, nothing ignored: no .venv, no .mo)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, check=True
    )
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def guarded_env(**extra: str) -> dict[str, str]:
    """The environment with the outbound guard on PYTHONPATH, no proxies, no data override, and `extra`."""
    env = {k: v for k, v in os.environ.items() if k != "COALITION_DATA" and "proxy" not in k.lower()}
    env.update(PYTHONPATH=str(GUARD), PIP_DISABLE_PIP_VERSION_CHECK="1", **extra)
    return env


@dataclass
class Started:
    """A running standard start: its URL, its folder, and its output so far."""

    url: str
    folder: Path
    output: ServerOutput

    def log(self) -> str:
        return self.output.text()


@contextmanager
def standard_start(folder: Path) -> Iterator[Started]:
    """Run `pip install -r requirements.txt`, then `streamlit run app.py` in `folder`; stop it on leaving.

    The port comes from STREAMLIT_SERVER_PORT so the command stays the standard one.
    """
    port = free_port()
    env = guarded_env(STREAMLIT_SERVER_PORT=str(port))
    pip = subprocess.run([BIN / "pip", "install", "-r", "requirements.txt"], cwd=folder, env=env, capture_output=True, text=True)
    assert pip.returncode == 0, f"pip install -r requirements.txt failed:\n{pip.stdout}\n{pip.stderr}"
    process = subprocess.Popen(
        [BIN / "streamlit", "run", "app.py"], cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    started = Started(f"http://127.0.0.1:{port}", folder, ServerOutput(process))
    try:
        listening = started.output.wait_listening(STARTUP_TIMEOUT_S)
        assert process.poll() is None, f"streamlit exited with {process.returncode}:\n{started.log()}"
        assert listening, f"streamlit did not say it listens within {STARTUP_TIMEOUT_S:.0f} s:\n{started.log()}"
        assert _healthy(started.url, timeout=30), f"streamlit listens but is not healthy:\n{started.log()}"
        yield started
    finally:
        stop(process)
