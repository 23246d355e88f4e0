"""Serve the HTTP app with uvicorn inside the running event loop (the same one as the bot).

We bind the socket ourselves: a busy port then raises a plain ``OSError`` here (uvicorn would call
``sys.exit`` from inside a task), and port 0 gives the real port at once. Signal handling stays with
the composition root: uvicorn's own Ctrl-C capture is switched off.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Generator

import uvicorn
from starlette.types import ASGIApp

log = logging.getLogger(__name__)


class _EmbeddedServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        # The process owns SIGINT/SIGTERM (clean ladder shutdown); uvicorn must not take them over.
        yield


def _listening_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose proto
    # is IPPROTO_TCP, and without it every keep-alive response waits ~40 ms on delayed ACKs
    # (uvicorn writes the head and the body of a response separately).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(socket.SOMAXCONN)
    except OSError:
        sock.close()
        raise
    return sock


class WebServer:
    """One uvicorn server on ``host:port`` (port 0: any free port; see ``port`` after ``start``)."""

    def __init__(
        self, app: ASGIApp, host: str = "127.0.0.1", port: int = 8080, *, shutdown_s: float = 5.0
    ) -> None:
        self._app = app
        self._host = host
        self._requested_port = port
        self._shutdown_s = shutdown_s
        self._server: _EmbeddedServer | None = None
        self._task: asyncio.Task[None] | None = None
        self._port: int | None = None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the web server is not started")
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        """Bind, then serve in a background task; returns once the server accepts connections."""
        if self._task is not None:
            raise RuntimeError("the web server is already started")
        try:
            sock = _listening_socket(self._host, self._requested_port)
        except OSError as exc:
            raise OSError(
                exc.errno, f"cannot listen on {self._host}:{self._requested_port}: {exc.strerror}"
            ) from exc
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._app,
            log_config=None,  # our structured logging stays in charge
            lifespan="off",
            access_log=False,
            ws="none",
            timeout_graceful_shutdown=max(1, round(self._shutdown_s)),
        )
        # uvicorn's info lines ("Started server process", with terminal colour codes in an extra
        # field) duplicate ours below; keep its warnings and errors.
        logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
        server = self._server = _EmbeddedServer(config)
        self._task = asyncio.create_task(server.serve(sockets=[sock]), name="web-server")
        self._task.add_done_callback(self._report_end)
        while not server.started:
            if self._task.done():  # startup failed: surface its error here
                await self._task
                raise RuntimeError("the web server stopped during startup")
            await asyncio.sleep(0.005)
        log.info("web server listening", extra={"url": self.url})

    def _report_end(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("web server stopped with an error", exc_info=task.exception())

    async def stop(self) -> None:
        """Stop accepting, let open requests finish (up to ``shutdown_s``), then close."""
        server, task = self._server, self._task
        if server is None or task is None:
            return
        server.should_exit = True
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout=self._shutdown_s + 1)
        except TimeoutError:
            log.warning("web server did not stop in time; closing connections", extra={"url": self.url})
            server.force_exit = True
            await task
        finally:
            self._server = None
            self._task = None
        log.info("web server stopped", extra={"port": self._port})
