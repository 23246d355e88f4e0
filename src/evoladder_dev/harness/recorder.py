"""The network side of Discord, replaced: records every request the bot makes and answers like Discord.

Two doors lead out of discord.py: the HTTP session under ``HTTPClient.request`` (bot-token REST: DMs,
channel messages and their history, deletes, command sync, login) and ``AsyncWebhookAdapter.request``
(interaction callbacks, follow-ups, edits of the original response). Only the network is replaced, so
everything above it — payload building, views, the webhook/interaction classes, and for REST
discord.py's own rate limiting and error mapping (404 → ``NotFound``, 403 → ``Forbidden``) — is
discord.py's own code. A route can be given a rate-limit bucket (``rate_limit``): answers then carry
Discord's ``X-RateLimit-*`` headers, and a request past the bucket gets a 429 and is recorded in
``rate_limited`` (a bot that honours the headers never gets one).

The recorder keeps a small model of what Discord would hold: messages by id (with their current
content and components, updated by edits), DM channels per user, the original response of each
interaction, and attachment bytes served at their CDN URLs.
"""

from __future__ import annotations

import contextvars
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl, unquote, urlsplit

import discord
from discord.http import Route
from discord.webhook.async_ import AsyncWebhookAdapter

from evoladder.bot import limits
from evoladder_dev.harness.payloads import JSON, FakeUser, SnowflakeFactory, iso_now
from evoladder_dev.harness.rest import DiscordStatus, FakeResponse, FakeSession, RateLimits

EPHEMERAL = 1 << 6


@dataclass
class SentRequest:
    """One request the bot made, as Discord would receive it."""

    via: Literal["http", "webhook"]
    method: str
    route: str  # the template, e.g. /channels/{channel_id}/messages
    path: str  # with ids filled in
    json: Any
    files: list[tuple[str, bytes]]
    params: dict[str, str]
    at: float = field(default_factory=time.perf_counter)  # when the bot sent it
    violations: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"<{self.method} {self.path} {json.dumps(self.json)[:200]}>"


@dataclass
class MessageRecord:
    """A message as Discord stores it; ``versions`` keeps every state it had (created, then edits)."""

    id: int
    channel_id: int
    data: JSON
    origin: Literal["interaction", "followup", "channel", "user"]
    interaction_id: int | None
    versions: list[JSON] = field(default_factory=list)
    deleted: bool = False

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.data.get("flags") or 0) & EPHEMERAL)

    @property
    def content(self) -> str:
        return str(self.data.get("content") or "")

    @property
    def embeds(self) -> list[JSON]:
        return list(self.data.get("embeds") or [])

    @property
    def components(self) -> list[JSON]:
        return list(self.data.get("components") or [])

    def component(self, custom_id: str) -> JSON | None:
        for row in self.components:
            for child in row.get("components") or []:
                if child.get("custom_id") == custom_id:
                    return dict(child)
        return None

    def custom_ids(self) -> list[str]:
        return [
            c["custom_id"] for row in self.components for c in row.get("components") or [] if "custom_id" in c
        ]


@dataclass
class InteractionRecord:
    """What the harness delivered and what the bot answered to it."""

    id: int
    token: str
    user_id: int
    channel_id: int
    message_id: int | None  # the clicked message, for components
    callback: JSON | None = None  # {"type": ..., "data": ...}
    original_message_id: int | None = None
    followup_ids: list[int] = field(default_factory=list)


class UnsupportedRoute(AssertionError):
    """The bot called a Discord route this recorder does not model (a test should learn about it)."""


class _Response400:
    status = 400
    reason = "Bad Request"


# The exchange currently being fed; tasks the bot spawns inherit it, so requests are attributed
# to the payload that caused them even when exchanges run concurrently.
current_exchange_requests: contextvars.ContextVar[list[SentRequest] | None] = contextvars.ContextVar(
    "current_exchange_requests", default=None
)


class DiscordRecorder:
    """Records requests and answers with the JSON Discord would send back."""

    def __init__(self, *, bot_user: FakeUser, application_id: int, snowflakes: SnowflakeFactory) -> None:
        self.bot_user = bot_user
        self.application_id = application_id
        self.snowflakes = snowflakes
        self.requests: list[SentRequest] = []
        self.problems: list[str] = []
        self.messages: dict[int, MessageRecord] = {}
        self.interactions: dict[int, InteractionRecord] = {}
        self._by_token: dict[str, InteractionRecord] = {}
        self.users: dict[int, FakeUser] = {bot_user.id: bot_user}
        self.dm_channels: dict[int, int] = {}  # user id -> DM channel id
        self.cdn: dict[str, bytes] = {}
        self.downloads: list[str] = []  # attachment URLs the bot fetched, in order
        self.deleted: list[MessageRecord] = []  # messages the bot deleted, in order
        self.synced_commands: list[JSON] = []
        self.command_ids: dict[str, int] = {}
        self.webhook_adapter = RecordingWebhookAdapter(self)
        self.limits = RateLimits()
        self.rate_limited: list[SentRequest] = []  # requests answered 429 (past their bucket)

    # --- the world the harness sets up --------------------------------------------------------
    def add_user(self, user: FakeUser) -> None:
        self.users[user.id] = user

    def dm_channel_of(self, user_id: int) -> int:
        if user_id not in self.dm_channels:
            self.dm_channels[user_id] = self.snowflakes()
        return self.dm_channels[user_id]

    def rate_limit(self, method: str, route: str, *, limit: int, per_s: float) -> None:
        """Give ``method route`` (a template such as ``/channels/{channel_id}/messages/{message_id}``)
        a bucket of ``limit`` requests per ``per_s`` seconds per channel, as Discord does."""
        self.limits.add(method, route, limit=limit, per_s=per_s)

    def add_user_message(self, payload: JSON) -> None:
        """A message a user sent (a DM to the bot): part of the channel's history from now on."""
        record = MessageRecord(int(payload["id"]), int(payload["channel_id"]), dict(payload), "user", None)
        record.versions.append(json.loads(json.dumps(payload)))
        self.messages[record.id] = record

    def register_interaction(self, record: InteractionRecord) -> None:
        self.interactions[record.id] = record
        self._by_token[record.token] = record

    # --- the two doors ------------------------------------------------------------------------
    def install(self, http: discord.http.HTTPClient) -> None:
        """Put the recorder under the bot's REST calls (the webhook door is set per exchange, see harness).

        ``HTTPClient.request`` itself still runs (rate limits, retries, errors); its session is ours.
        """
        original = type(http).request
        session = FakeSession(
            lambda route, body, files, params: self._handle("http", route, body, files, params)
        )

        async def request(
            route: Route,
            *,
            files: Sequence[discord.File] | None = None,
            form: Iterable[dict[str, Any]] | None = None,
            **kwargs: Any,
        ) -> Any:
            body = kwargs.get("json")
            if body is None and form:
                form = list(form)
                body = _payload_json(form)
            current = http._HTTPClient__session  # type: ignore[attr-defined]
            if current is not session:  # login opened a real session: keep it only to close it
                if session.replaced is not None and session.replaced is not current:
                    await session.replaced.close()
                session.replaced = current
                http._HTTPClient__session = session  # type: ignore[attr-defined]
            call = (route, body, files, kwargs.get("params"))
            return await original(http, route, files=files, form=form, harness_call=call, **kwargs)

        http.request = request  # type: ignore[method-assign]
        http.get_from_cdn = self.get_from_cdn  # type: ignore[method-assign]

    async def get_from_cdn(self, url: str) -> bytes:
        self.downloads.append(url)
        try:
            return self.cdn[url]
        except KeyError:
            self.problems.append(f"the bot downloaded an unknown URL {url}")
            raise UnsupportedRoute(f"no attachment at {url}") from None

    # --- answering -------------------------------------------------------------------------------
    def _handle(
        self,
        via: Literal["http", "webhook"],
        route: Route,
        body: Any,
        files: Sequence[discord.File] | None,
        params: dict[str, Any] | None,
    ) -> tuple[Any, dict[str, str]]:
        """The answer and the rate-limit headers; Discord's error answers raise ``DiscordStatus``."""
        sent_at = time.perf_counter()  # the moment the bot handed the request to the network
        path = urlsplit(route.url).path.removeprefix("/api/v10")
        query = dict(parse_qsl(urlsplit(route.url).query))
        query.update({k: str(v) for k, v in (params or {}).items()})
        # What Discord receives is JSON text; a round trip through it proves the payload serialises.
        body = json.loads(json.dumps(body)) if body is not None else None
        request = SentRequest(
            via=via,
            method=route.method,
            route=route.path,
            path=path,
            json=body,
            files=[(f.filename or "file", _read(f)) for f in files or ()],
            params=query,
            at=sent_at,
        )
        request.violations = self._violations(route, body)
        self.requests.append(request)
        exchange = current_exchange_requests.get()
        if exchange is not None:
            exchange.append(request)
        if request.violations:
            self.problems.extend(f"{request!r}: {v}" for v in request.violations)
            raise discord.HTTPException(
                _Response400(),  # type: ignore[arg-type]
                {"code": 50035, "message": "Invalid Form Body", "errors": request.violations},
            )
        headers = self._spend(route, request)
        try:
            return self._answer(route, request), headers
        except UnsupportedRoute as exc:
            self.problems.append(f"{request!r}: {exc}")
            raise

    def _spend(self, route: Route, request: SentRequest) -> dict[str, str]:
        """Count the request in its bucket: the headers to send, or a 429 past the limit."""
        major = path_parameters(route.path, request.path).get("channel_id", "")
        try:
            return self.limits.spend(route.method, route.path, major)
        except DiscordStatus:
            self.rate_limited.append(request)
            raise

    def _violations(self, route: Route, body: Any) -> list[str]:
        if not isinstance(body, dict):
            return []
        if route.path.endswith("/callback"):
            return limits.interaction_callback_violations(body)
        if route.method in ("POST", "PATCH") and (
            "messages" in route.path or route.path.startswith("/webhooks")
        ):
            return limits.message_violations(body)
        return []

    def _answer(self, route: Route, request: SentRequest) -> Any:
        key = (route.method, route.path)
        p = path_parameters(route.path, request.path)
        body: JSON = request.json if isinstance(request.json, dict) else {}
        if key == ("GET", "/users/@me"):
            return self.bot_user.payload() | {"verified": True, "mfa_enabled": False, "flags": 0}
        if key == ("GET", "/oauth2/applications/@me"):
            return self._application()
        if key == ("GET", "/users/{user_id}"):
            user = self.users.get(int(p["user_id"]))
            if user is None:
                raise UnsupportedRoute(f"unknown user {p['user_id']}")
            return user.payload()
        if key == ("PUT", "/applications/{application_id}/commands"):
            return self._sync(request.json or [])
        if key == ("POST", "/users/@me/channels"):
            user_id = int(body["recipient_id"])
            user = self.users.get(user_id) or FakeUser(user_id, f"user{user_id}")
            return {
                "id": str(self.dm_channel_of(user_id)),
                "type": 1,
                "last_message_id": None,
                "flags": 0,
                "recipients": [user.payload()],
            }
        if key == ("POST", "/channels/{channel_id}/messages"):
            return self._create(int(p["channel_id"]), body, request, origin="channel", interaction=None).data
        if key == ("GET", "/channels/{channel_id}/messages"):
            return self._history(int(p["channel_id"]), request.params)
        if key == ("PATCH", "/channels/{channel_id}/messages/{message_id}"):
            return self._edit(int(p["message_id"]), body, request).data
        if key == ("DELETE", "/channels/{channel_id}/messages/{message_id}"):
            return self._delete(int(p["channel_id"]), int(p["message_id"]))
        if key == ("POST", "/interactions/{webhook_id}/{webhook_token}/callback"):
            return self._callback(self._interaction(p["webhook_token"]), body, request)
        if route.path.startswith("/webhooks/{webhook_id}/{webhook_token}"):
            return self._webhook(route, self._interaction(p["webhook_token"]), body, request)
        raise UnsupportedRoute(f"the recorder does not model {route.method} {route.path}")

    def _history(self, channel_id: int, params: dict[str, str]) -> list[JSON]:
        """A page of the channel's messages, newest first (``limit`` 1–100, ``before`` / ``after``)."""
        limit = int(params.get("limit", 50))
        if not 1 <= limit <= 100:
            raise DiscordStatus(400, 50035, "Invalid Form Body: limit must be 1 to 100")
        before, after = int(params.get("before") or 1 << 63), int(params.get("after") or 0)
        found = sorted(
            m.id
            for m in self.messages.values()
            if m.channel_id == channel_id and after < m.id < before and not m.ephemeral
        )
        # After an id: the messages right after it; otherwise the newest. Newest first either way.
        chosen = found[:limit] if "after" in params and "before" not in params else found[-limit:]
        return [dict(self.messages[i].data) for i in reversed(chosen)]

    def _delete(self, channel_id: int, message_id: int) -> None:
        """Delete a message; Discord refuses unknown messages and, in DMs, other authors' messages."""
        record = self.messages.get(message_id)
        if record is None or record.channel_id != channel_id:
            raise DiscordStatus(404, 10008, "Unknown Message")
        if int(record.data["author"]["id"]) != self.bot_user.id:
            raise DiscordStatus(403, 50003, "Cannot execute action on a DM channel")
        record.deleted = True
        del self.messages[message_id]
        self.deleted.append(record)

    def _interaction(self, token: str) -> InteractionRecord:
        try:
            return self._by_token[token]
        except KeyError:
            raise UnsupportedRoute(f"no interaction with token {token}") from None

    def _application(self) -> JSON:
        return {
            "id": str(self.application_id),
            "name": self.bot_user.username,
            "icon": None,
            "description": "",
            "rpc_origins": [],
            "bot_public": False,
            "bot_require_code_grant": False,
            "owner": self.bot_user.payload(),
            "team": None,
            "verify_key": "0" * 64,
            "flags": 0,
            "summary": "",
        }

    def _sync(self, commands: list[JSON]) -> list[JSON]:
        out = []
        for command in commands:
            command_id = self.command_ids.setdefault(command["name"], self.snowflakes())
            out.append(
                command | {"id": str(command_id), "application_id": str(self.application_id), "version": "1"}
            )
        self.synced_commands = out
        return out

    def _callback(self, record: InteractionRecord, body: JSON, request: SentRequest) -> JSON:
        if record.callback is not None:
            # Discord answers a second callback with 400 "Interaction has already been acknowledged".
            self.problems.append(f"interaction {record.id} was answered twice")
            raise discord.HTTPException(
                _Response400(),  # type: ignore[arg-type]
                {"code": 40060, "message": "Interaction has already been acknowledged."},
            )
        record.callback = body
        kind = int(body["type"])
        data: JSON = body.get("data") or {}
        answer: JSON = {"interaction": {"id": str(record.id), "type": 0}}
        if kind in (4, 5):  # a new message (5: "thinking…", filled in later by an edit of @original)
            message = self._create(
                record.channel_id,
                data | ({"flags": int(data.get("flags") or 0) | 128} if kind == 5 else {}),
                request,
                origin="interaction",
                interaction=record,
            )
            record.original_message_id = message.id
            answer["interaction"] |= {
                "response_message_id": str(message.id),
                "response_message_loading": kind == 5,
                "response_message_ephemeral": message.ephemeral,
            }
            answer["resource"] = {"type": kind, "message": message.data}
        elif kind in (6, 7) and record.message_id is not None:
            # Update the clicked message: now (7), or later by an edit of @original (6).
            record.original_message_id = record.message_id
            if kind == 7:
                message = self._edit(record.message_id, data, request)
                answer["resource"] = {"type": kind, "message": message.data}
        return answer

    def _webhook(self, route: Route, record: InteractionRecord, body: JSON, request: SentRequest) -> Any:
        p = path_parameters(route.path, request.path)
        message_ref = "@original" if route.path.endswith("/@original") else p.get("message_id")
        if route.method == "POST" and message_ref is None:  # a follow-up message
            message = self._create(record.channel_id, body, request, origin="followup", interaction=record)
            record.followup_ids.append(message.id)
            return message.data
        if message_ref == "@original":
            if record.original_message_id is None:
                raise UnsupportedRoute(f"interaction {record.id} has no original response")
            message_id = record.original_message_id
        elif message_ref is not None:
            message_id = int(message_ref)
        else:
            raise UnsupportedRoute(f"the recorder does not model {route.method} {route.path}")
        if route.method == "PATCH":
            return self._edit(message_id, body, request).data
        if route.method == "GET":
            return self.messages[message_id].data
        if route.method == "DELETE":
            self.messages.pop(message_id, None)
            return None
        raise UnsupportedRoute(f"the recorder does not model {route.method} {route.path}")

    def _create(
        self,
        channel_id: int,
        body: JSON,
        request: SentRequest,
        *,
        origin: Literal["interaction", "followup", "channel"],
        interaction: InteractionRecord | None,
    ) -> MessageRecord:
        message_id = self.snowflakes()
        data: JSON = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "author": self.bot_user.payload(),
            "content": body.get("content") or "",
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": self._attachments(channel_id, request),
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "pinned": False,
            "type": 0 if interaction is None else 20,
            "flags": int(body.get("flags") or 0),
        }
        if interaction is not None:
            data["application_id"] = str(self.application_id)
            data["webhook_id"] = str(self.application_id)
        record = MessageRecord(message_id, channel_id, data, origin, interaction.id if interaction else None)
        record.versions.append(json.loads(json.dumps(data)))
        self.messages[message_id] = record
        return record

    def _edit(self, message_id: int, body: JSON, request: SentRequest) -> MessageRecord:
        record = self.messages.get(message_id)
        if record is None:
            raise UnsupportedRoute(f"edit of unknown message {message_id}")
        for key in ("content", "embeds", "components"):
            if key in body:
                record.data[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        if request.files:
            record.data["attachments"] = self._attachments(record.channel_id, request)
        record.data["edited_timestamp"] = iso_now()
        record.data["flags"] = int(record.data.get("flags") or 0) & ~128  # no longer "thinking"
        record.versions.append(json.loads(json.dumps(record.data)))
        return record

    def _attachments(self, channel_id: int, request: SentRequest) -> list[JSON]:
        out = []
        for filename, data in request.files:
            attachment_id = self.snowflakes()
            url = f"https://cdn.discordapp.com/attachments/{channel_id}/{attachment_id}/{filename}"
            self.cdn[url] = data
            out.append(
                {
                    "id": str(attachment_id),
                    "filename": filename,
                    "size": len(data),
                    "url": url,
                    "proxy_url": url,
                }
            )
        return out


class RecordingWebhookAdapter(AsyncWebhookAdapter):
    """discord.py's webhook adapter with its network call replaced by the recorder."""

    def __init__(self, recorder: DiscordRecorder) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._recorder = recorder

    async def request(  # type: ignore[override]
        self,
        route: Route,
        session: Any,
        *,
        payload: dict[str, Any] | None = None,
        multipart: list[dict[str, Any]] | None = None,
        files: Sequence[discord.File] | None = None,
        params: dict[str, Any] | None = None,
        **_: Any,
    ) -> Any:
        body = payload if payload is not None else (_payload_json(multipart) if multipart else None)
        try:
            result, _ = self._recorder._handle("webhook", route, body, files, params)
        except DiscordStatus as exc:
            response = FakeResponse(exc.status, exc.body, exc.headers)
            error = {403: discord.Forbidden, 404: discord.NotFound}.get(exc.status, discord.HTTPException)
            raise error(response, exc.body) from None  # type: ignore[arg-type]
        return result


def path_parameters(template: str, path: str) -> dict[str, str]:
    """The ``{name}`` segments of a route template, read from the concrete path."""
    return {
        t[1:-1]: unquote(segment)
        for t, segment in zip(template.split("/"), path.split("/"), strict=False)
        if t.startswith("{") and t.endswith("}")
    }


def _payload_json(form: Sequence[dict[str, Any]]) -> Any:
    for part in form:
        if part.get("name") == "payload_json":
            return json.loads(part["value"])
    return None


def _read(file: discord.File) -> bytes:
    file.reset()
    data = file.fp.read()
    file.reset()
    return data if isinstance(data, bytes) else str(data).encode()
