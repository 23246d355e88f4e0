"""The in-process uvicorn server: real sockets on 127.0.0.1, port 0, a busy port, clean stop."""

from __future__ import annotations

import signal
import socket

import httpx
import pytest

from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.observability import Metrics
from evoladder.web import WebDeps, WebServer, create_app
from tests.web.ladder import NOW, FixedHealth, fill_ladder


@pytest.fixture()
def deps(settings: Settings, game_data: GameData) -> WebDeps:
    ladder = fill_ladder(settings, game_data, players=10)
    return WebDeps(ladder.state, FixedHealth(), Metrics(), game_data, clock=lambda: NOW)


async def test_port_zero_serves_on_the_reported_port_until_stopped(deps: WebDeps) -> None:
    server = WebServer(create_app(deps), "127.0.0.1", 0)
    await server.start()
    try:
        assert server.port > 0 and server.url == f"http://127.0.0.1:{server.port}"
        async with httpx.AsyncClient(base_url=server.url) as http:
            health = await http.get("/health")
            board = await http.get("/api/leaderboard", params={"country": "KR"})
        assert health.status_code == 200 and health.json()["ready"] is True
        assert board.status_code == 200 and {row["country"] for row in board.json()["rows"]} == {"KR"}
    finally:
        await server.stop()
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient(base_url=server.url) as http:
            await http.get("/health")


async def test_a_busy_port_is_a_clear_error(deps: WebDeps) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        server = WebServer(create_app(deps), "127.0.0.1", port)
        with pytest.raises(OSError, match=f"cannot listen on 127.0.0.1:{port}"):
            await server.start()


async def test_the_process_keeps_its_own_signal_handlers(deps: WebDeps) -> None:
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    server = WebServer(create_app(deps), "127.0.0.1", 0)
    await server.start()
    try:
        assert {sig: signal.getsignal(sig) for sig in before} == before
    finally:
        await server.stop()
    assert {sig: signal.getsignal(sig) for sig in before} == before


async def test_starting_twice_is_refused_and_stopping_twice_is_harmless(deps: WebDeps) -> None:
    server = WebServer(create_app(deps), "127.0.0.1", 0)
    with pytest.raises(RuntimeError, match="not started"):
        _ = server.port
    await server.start()
    try:
        with pytest.raises(RuntimeError, match="already started"):
            await server.start()
    finally:
        await server.stop()
    await server.stop()


def test_the_listening_socket_is_explicitly_tcp() -> None:
    # asyncio sets TCP_NODELAY only on accepted sockets whose proto is IPPROTO_TCP; without it every
    # keep-alive response waited ~40 ms for a delayed ACK.
    from evoladder.web.server import _listening_socket

    with _listening_socket("127.0.0.1", 0) as sock:
        assert sock.proto == socket.IPPROTO_TCP
        with socket.create_connection(sock.getsockname()) as client, sock.accept()[0] as accepted:
            assert client and accepted.proto == socket.IPPROTO_TCP
