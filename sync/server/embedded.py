"""The central store in a background thread on 127.0.0.1 (the desktop's --demo, and tests over real HTTP)."""

from __future__ import annotations

import socket
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uvicorn


class EmbeddedServer:
    def __init__(self, server: uvicorn.Server, thread: threading.Thread, sock: socket.socket, url: str) -> None:
        self.server, self.thread, self.sock, self.url = server, thread, sock, url

    @property
    def app(self):  # noqa: ANN201
        return self.server.config.app

    def stop(self, timeout: float = 10.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)
        try:
            self.sock.close()
        except OSError:
            pass

    def __enter__(self) -> EmbeddedServer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def bind_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening address reserved now; start_embedded(sock=...) serves on it later (the demo knows its
    central store's URL before the store has started)."""
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets of that protocol (else
    # Nagle + delayed ACK add ~40 ms to every request).
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


def start_embedded(db_url: str, host: str = "127.0.0.1", port: int = 0, timeout: float = 10.0,
                   sock: socket.socket | None = None) -> EmbeddedServer:
    """Create the schema if the database is empty, start serving, return once it accepts connections."""
    import uvicorn  # here, not at the top: bind_socket is used before the server code is loaded

    from .app import create_app

    app = create_app(db_url)
    sock = sock if sock is not None else bind_socket(host, port)
    host, actual = sock.getsockname()[:2]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on", timeout_keep_alive=30)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="wijkdesk-central-store",
                              daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise RuntimeError("the embedded central store did not start")
        time.sleep(0.01)
    shown = f"[{host}]" if ":" in host else host
    return EmbeddedServer(server, thread, sock, f"http://{shown}:{actual}")
