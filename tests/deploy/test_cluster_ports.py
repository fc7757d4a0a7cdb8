"""A cluster never starts on a port that is taken: its replica would fail to bind, and nginx would send readers to
whatever holds the port (another cluster's app). The command line says so in a sentence, not a traceback."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from deploy import cluster
from deploy.cluster import Cluster
from tests.browser.helpers import free_port


@pytest.fixture
def taken() -> Iterator[int]:
    """A port something listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield int(sock.getsockname()[1])


def test_a_taken_replica_port_stops_the_start_before_anything_runs(taken: int, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match=rf"port {taken} is already in use .*--first-replica-port"):
        Cluster(port=free_port(), replica_ports=(taken,), state=tmp_path / "state").start()
    assert not (tmp_path / "state").exists()


def test_the_command_line_names_the_taken_port(
    taken: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("signal.signal", lambda *_: None)  # the test run keeps its own Ctrl-C
    assert cluster.main(["--replicas", "1", "--port", str(taken), "--first-replica-port", str(free_port())]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"cluster: port {taken} is already in use") and "Traceback" not in error
