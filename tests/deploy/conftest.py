"""Fixtures for the deployment tests: the browser tests' Chromium and bare server, and a two-replica cluster."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from deploy.cluster import Cluster
from tests.browser.conftest import browser, server
from tests.browser.helpers import free_port

__all__ = ["browser", "cluster", "server"]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """nginx and two replicas on free ports, state in a temporary folder; stopped and removed afterwards."""
    state = Path(tempfile.mkdtemp(prefix="cluster-"))
    try:
        with Cluster(port=free_port(), replica_ports=(free_port(), free_port()), state=state) as running:
            yield running
    finally:
        shutil.rmtree(state, ignore_errors=True)
