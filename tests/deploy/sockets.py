"""Which local TCP ports hold established connections, from /proc/net/tcp and tcp6 (Linux)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

ESTABLISHED = "01"


def established_by_port() -> Counter[int]:
    """How many ESTABLISHED sockets each local port has, e.g. a replica's port and its websockets from nginx."""
    counts: Counter[int] = Counter()
    for table in (Path("/proc/net/tcp"), Path("/proc/net/tcp6")):
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == ESTABLISHED:
                counts[int(fields[1].rsplit(":", 1)[1], 16)] += 1
    return counts


def ports_with_connections(ports: tuple[int, ...]) -> list[int]:
    counts = established_by_port()
    return [port for port in ports if counts[port]]
