"""Make every connection or name lookup that would leave this machine fail loudly, in any Python process.

Put this folder on PYTHONPATH: Python imports sitecustomize at start-up, and this audit hook then refuses
socket connects, sends and DNS look-ups for anything but loopback, printing `OUTBOUND BLOCKED: ...` to stderr.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from typing import Any

_LOCAL_NAMES = {None, "", "localhost", "0.0.0.0", "::", socket.gethostname()}


def _is_local(host: Any) -> bool:
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    if host in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _refuse(event: str, target: object) -> None:
    message = f"OUTBOUND BLOCKED: {event} {target!r}"
    print(message, file=sys.stderr, flush=True)
    raise OSError(message)


def _guard(event: str, args: tuple[Any, ...]) -> None:
    if event in ("socket.connect", "socket.sendto"):
        sock, address = args
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
            _refuse(event, address)
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex") and not _is_local(args[0]):
        _refuse(event, args[0])


sys.addaudithook(_guard)
