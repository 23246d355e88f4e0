"""Discord's REST side for discord.py's own ``HTTPClient.request``: a fake aiohttp session that hands
each request to the recorder, the responses discord.py reads (status, headers, text), Discord's error
answers, and rate-limit buckets with Discord's ``X-RateLimit-*`` headers and 429 past the limit."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from multidict import CIMultiDict

from evoladder_dev.harness.payloads import JSON

REASONS = {200: "OK", 204: "No Content", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests"}
# (route, JSON body, files, query parameters) → (answer, rate-limit headers); raises DiscordStatus.
Handler = Callable[[Any, Any, Any, Any], tuple[Any, dict[str, str]]]


class DiscordStatus(Exception):
    """An error answer Discord would give (status, JSON error code and message)."""

    def __init__(self, status: int, code: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {message}")
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}
        self.body: JSON = {"code": code, "message": message}


class FakeResponse:
    """What discord.py reads of an aiohttp response: status, reason, headers, text."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.reason = REASONS.get(status, "Error")
        kind = {} if body is None else {"content-type": "application/json"}  # a 204 has no body
        self.headers = CIMultiDict({**kind, **(headers or {})})
        self._text = "" if body is None else json.dumps(body)

    async def text(self, encoding: str = "utf-8") -> str:
        return self._text

    async def __aenter__(self) -> FakeResponse:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


class FakeSession:
    """The aiohttp session ``HTTPClient.request`` talks to: hands each request to ``handle``."""

    def __init__(self, handle: Handler) -> None:
        self._handle = handle
        self.replaced: Any = None  # the real session login opened, closed with this one

    @property
    def closed(self) -> bool:
        return self.replaced is None or bool(self.replaced.closed)

    async def close(self) -> None:
        if self.replaced is not None:
            await self.replaced.close()
            self.replaced = None

    def request(self, method: str, url: str, *, harness_call: tuple[Any, ...], **_: Any) -> FakeResponse:
        route, body, files, params = harness_call
        try:
            result, headers = self._handle(route, body, files, params)
        except DiscordStatus as exc:
            return FakeResponse(exc.status, exc.body, exc.headers)
        return FakeResponse(200 if result is not None else 204, result, headers)


@dataclass
class _Bucket:
    """One rate-limit bucket: ``limit`` requests per ``per_s`` seconds, counted from the first."""

    limit: int
    per_s: float
    window_start: float = 0.0
    used: int = 0


class RateLimits:
    """Buckets per (method, route template, major parameter), for the routes given one."""

    def __init__(self) -> None:
        self._limits: dict[tuple[str, str], tuple[int, float]] = {}
        self._buckets: dict[tuple[str, str, str], _Bucket] = {}

    def add(self, method: str, route: str, *, limit: int, per_s: float) -> None:
        self._limits[(method, route)] = (limit, per_s)

    def spend(self, method: str, route: str, major: str) -> dict[str, str]:
        """Count one request: the headers to answer with, or a 429 ``DiscordStatus`` past the limit."""
        limit = self._limits.get((method, route))
        if limit is None:
            return {}
        bucket = self._buckets.setdefault((method, route, major), _Bucket(*limit))
        now = time.monotonic()
        if now - bucket.window_start >= bucket.per_s:
            bucket.window_start, bucket.used = now, 0
        reset_after = max(0.001, bucket.per_s - (now - bucket.window_start))
        headers = {
            "X-RateLimit-Limit": str(bucket.limit),
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Bucket": f"{method}-{route}",
        }
        if bucket.used >= bucket.limit:
            # "Via" tells discord.py this 429 is Discord's, not a Cloudflare ban.
            error = DiscordStatus(
                429,
                0,
                "You are being rate limited.",
                headers | {"X-RateLimit-Remaining": "0", "Via": "1.1 google"},
            )
            error.body |= {"retry_after": reset_after, "global": False}
            raise error
        bucket.used += 1
        return headers | {"X-RateLimit-Remaining": str(bucket.limit - bucket.used)}
