"""Drive the real bot without Discord: raw gateway payloads in, recorded HTTP requests out.

``BotHarness`` logs a real ``commands.Bot`` in through the recorder (``GET /users/@me``,
``GET /oauth2/applications/@me``, command sync), feeds a READY, then feeds payloads exactly as the
gateway delivers them to ``ConnectionState.parse_interaction_create`` / ``parse_message_create`` and
waits until discord.py has finished dispatching them. Each feed returns an ``Exchange``: the payload,
the requests it caused, the interaction's answer and how long the round trip took.

A feed fails loudly (``HarnessError``) when the bot broke a Discord limit, called a route Discord
would not know, or answered an interaction twice — the things Discord itself would reject.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands
from discord.webhook.async_ import async_context

from evoladder_dev.harness.payloads import (
    JSON,
    FakeUser,
    InteractionEnvelope,
    Place,
    SnowflakeFactory,
    attachment_payload,
    command_data,
    component_data,
    dm_message_create,
    modal_submit_data,
    ready_payload,
)
from evoladder_dev.harness.recorder import (
    DiscordRecorder,
    InteractionRecord,
    MessageRecord,
    SentRequest,
    current_exchange_requests,
)

# Tasks discord.py creates to dispatch an event or run a handler; the harness waits for these.
DISPATCH_TASK_PREFIXES = ("discord.py: ", "discord-ui-", "CommandTree-invoker")
SELECT_TYPES = frozenset({3, 5, 6, 7, 8})
DISCORD_ANSWER_LIMIT_S = 3.0


class HarnessError(AssertionError):
    """The bot did something Discord would reject, or the test asked for something impossible."""


@dataclass
class Exchange:
    """One payload fed to the bot and everything it caused."""

    payload: JSON
    interaction: InteractionRecord | None
    requests: list[SentRequest]
    elapsed_s: float  # payload in → every handler discord.py dispatched for it has finished
    started: float = field(repr=False)
    recorder: DiscordRecorder = field(repr=False)

    @property
    def response_s(self) -> float | None:
        """Payload in → the first request the bot sent for it (the interaction answer, the DM reply)."""
        return min(r.at for r in self.requests) - self.started if self.requests else None

    @property
    def callback(self) -> JSON | None:
        """The interaction callback as Discord received it: ``{"type": ..., "data": ...}``."""
        return self.interaction.callback if self.interaction else None

    @property
    def answered(self) -> bool:
        return self.callback is not None

    @property
    def kind(self) -> int | None:
        """The callback type: 4 message, 5 deferred, 6 deferred update, 7 update, 8 choices, 9 modal."""
        return int(self.callback["type"]) if self.callback else None

    @property
    def data(self) -> JSON:
        return dict((self.callback or {}).get("data") or {})

    @property
    def message(self) -> MessageRecord | None:
        """The message the answer created or updated, in its current state."""
        if self.interaction is None or self.interaction.original_message_id is None:
            return None
        return self.recorder.messages.get(self.interaction.original_message_id)

    @property
    def ephemeral(self) -> bool:
        return bool(int(self.data.get("flags") or 0) & 64)

    @property
    def content(self) -> str:
        return str(self.data.get("content") or "")

    @property
    def embeds(self) -> list[JSON]:
        return list(self.data.get("embeds") or [])

    @property
    def components(self) -> list[JSON]:
        return list(self.data.get("components") or [])

    @property
    def modal(self) -> JSON | None:
        return self.data if self.kind == 9 else None

    @property
    def choices(self) -> list[JSON]:
        return list(self.data.get("choices") or []) if self.kind == 8 else []

    @property
    def followups(self) -> list[MessageRecord]:
        if self.interaction is None:
            return []
        return [
            self.recorder.messages[i] for i in self.interaction.followup_ids if i in self.recorder.messages
        ]

    def text(self) -> str:
        """Everything a user reads in the answer and its follow-ups, for ``in`` assertions."""
        parts = [self.content, *(_embed_text(e) for e in self.embeds)]
        for message in self.followups:
            parts += [message.content, *(_embed_text(e) for e in message.embeds)]
        return "\n".join(p for p in parts if p)


def _embed_text(embed: Mapping[str, Any]) -> str:
    parts = [embed.get("title"), embed.get("description")]
    for f in embed.get("fields") or []:
        parts += [f.get("name"), f.get("value")]
    parts += [(embed.get("footer") or {}).get("text"), (embed.get("author") or {}).get("name")]
    return "\n".join(str(p) for p in parts if p)


class _ErrorCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class BotHarness:
    """A pretend Discord around one real bot at a time (``restart`` swaps in a new one)."""

    def __init__(self, *, bot_name: str = "EvoLadder", settle_timeout_s: float = 10.0) -> None:
        self.snowflakes = SnowflakeFactory()
        self.bot_user = FakeUser(self.snowflakes(), bot_name, bot=True)
        self.application_id = self.bot_user.id
        self.recorder = DiscordRecorder(
            bot_user=self.bot_user, application_id=self.application_id, snowflakes=self.snowflakes
        )
        self.guild_id = self.snowflakes()
        self._guild_channels: dict[int, Place] = {}
        self.settle_timeout_s = settle_timeout_s
        self._bot: commands.Bot | None = None
        self._errors = _ErrorCollector()
        self.task_errors: list[BaseException] = []

    # --- lifecycle ------------------------------------------------------------------------------
    @property
    def bot(self) -> commands.Bot:
        if self._bot is None:
            raise HarnessError("the harness has no running bot; call start() first")
        return self._bot

    async def start(self, bot: commands.Bot) -> None:
        """Log ``bot`` in through the recorder (login, setup_hook, sync) and deliver READY."""
        self._bot = bot
        self.recorder.install(bot.http)
        async_context.set(self.recorder.webhook_adapter)
        logging.getLogger().addHandler(self._errors)
        await bot.login("harness-token")
        await self.ready()

    async def ready(self) -> Exchange:
        """Deliver a READY (again, to test what a gateway reconnect does)."""
        state = self.bot._connection
        state.guild_ready_timeout = 0  # no guilds to wait for
        payload = ready_payload(
            bot_user=self.bot_user, application_id=self.application_id, session=f"s{self.snowflakes()}"
        )
        return await self._feed(payload, None, lambda: state.parse_ready(payload))  # type: ignore[arg-type]

    async def close(self) -> None:
        if self._bot is not None:
            await self._bot.close()
            self._bot = None
        logging.getLogger().removeHandler(self._errors)

    async def restart(self, bot: commands.Bot) -> None:
        """Stop the current bot and start ``bot`` against the same Discord (messages, DM channels)."""
        if self._bot is not None:
            await self._bot.close()
        logging.getLogger().removeHandler(self._errors)
        await self.start(bot)

    @property
    def logged_errors(self) -> list[logging.LogRecord]:
        """ERROR records logged while the harness ran (a clean run has none)."""
        return list(self._errors.records)

    # --- the world ------------------------------------------------------------------------------
    def user(self, username: str, *, user_id: int | None = None, locale: str = "en-US") -> FakeUser:
        user = FakeUser(user_id or self.snowflakes(), username, global_name=username.title(), locale=locale)
        self.recorder.add_user(user)
        return user

    def guild_channel(self, name: str = "ladder") -> Place:
        place = Place(channel_id=self.snowflakes(), guild_id=self.guild_id, channel_name=name)
        self._guild_channels[place.channel_id] = place
        return place

    def dm_place(self, user: FakeUser) -> Place:
        return Place(channel_id=self.recorder.dm_channel_of(user.id))

    def later(self, delta: timedelta) -> None:
        """Let Discord's clock move on: everything sent so far is ``delta`` older than what follows."""
        self.snowflakes.advance(delta)

    def history(self, user: FakeUser) -> list[MessageRecord]:
        """The user's DM channel as Discord holds it now (both authors, oldest first)."""
        return self._messages_in(self.recorder.dm_channels.get(user.id))

    # --- interactions ---------------------------------------------------------------------------
    async def slash(
        self,
        command: str,
        *,
        user: FakeUser,
        options: Mapping[str, Any] | None = None,
        place: Place | None = None,
    ) -> Exchange:
        """A user runs ``/command`` (``"admin ban"`` for subcommands), in their DM unless ``place``."""
        path = command.split()
        cmd = self._command(path)
        built, resolved = self._options(cmd, options or {}, focused=None)
        data = command_data(
            command_id=self._command_id(path[0]), path=path, options=built, guild_id=None, resolved=resolved
        )
        return await self.deliver(self._envelope(user, place).build(2, data))

    async def autocomplete(
        self,
        command: str,
        *,
        user: FakeUser,
        focused: str,
        options: Mapping[str, Any],
        place: Place | None = None,
    ) -> Exchange:
        """A user types into option ``focused`` of ``/command``; the answer's ``choices`` are the suggestions."""
        path = command.split()
        built, resolved = self._options(self._command(path), options, focused=focused)
        data = command_data(
            command_id=self._command_id(path[0]), path=path, options=built, guild_id=None, resolved=resolved
        )
        return await self.deliver(self._envelope(user, place).build(4, data))

    async def click(
        self,
        custom_id: str,
        *,
        user: FakeUser,
        message: MessageRecord | JSON | None = None,
        values: Sequence[str] | None = None,
    ) -> Exchange:
        """A user clicks a button (or picks ``values`` in a select) on a message the bot sent.

        ``message`` defaults to the newest message showing ``custom_id`` in its current state; pass a
        snapshot (``record.versions[i]`` or ``record.data`` copied earlier) to click a stale copy, as
        a second click that left the user's client before the first answer arrived.
        """
        snapshot = self._snapshot(custom_id, message)
        component = _find_component(snapshot, custom_id)
        if component is None:
            raise HarnessError(f"message {snapshot['id']} has no component {custom_id!r}")
        if component.get("disabled"):
            raise HarnessError(f"{custom_id!r} is disabled; Discord does not let a user click it")
        kind = int(component["type"])
        if kind in SELECT_TYPES:
            values = list(values or [])
            _check_select_values(component, values)
        elif values is not None:
            raise HarnessError(f"{custom_id!r} is a button; it takes no values")
        channel_id = int(snapshot["channel_id"])
        place = self._guild_channels.get(channel_id) or Place(channel_id=channel_id)
        envelope = self._envelope(user, place)
        payload = envelope.build(
            3, component_data(custom_id, kind, list(values) if values is not None else None)
        )
        payload["message"] = snapshot
        return await self.deliver(payload)

    async def submit_modal(
        self,
        *,
        user: FakeUser,
        values: Mapping[str, str],
        modal: JSON | None = None,
        place: Place | None = None,
    ) -> Exchange:
        """A user submits the form the bot showed them last (or ``modal``) with ``values`` by input id."""
        if modal is None:
            modal = self.last_modal(user)
        data = modal_submit_data(modal, dict(values))
        return await self.deliver(self._envelope(user, place).build(5, data))

    async def deliver(self, payload: JSON) -> Exchange:
        """Feed a raw INTERACTION_CREATE payload (also used to re-deliver one the bot already saw)."""
        interaction_id = int(payload["id"])
        record = self.recorder.interactions.get(interaction_id)
        first_delivery = record is None
        if record is None:
            message = payload.get("message")
            record = InteractionRecord(
                id=interaction_id,
                token=payload["token"],
                user_id=int((payload.get("user") or payload["member"]["user"])["id"]),
                channel_id=int(payload["channel_id"]),
                message_id=int(message["id"]) if message else None,
            )
            self.recorder.register_interaction(record)
        state = self.bot._connection
        exchange = await self._feed(payload, record, lambda: state.parse_interaction_create(payload))  # type: ignore[arg-type]
        if first_delivery:
            self._check_answered(exchange)
        return exchange

    def _check_answered(self, exchange: Exchange) -> None:
        """Discord shows "This interaction failed" when no answer arrives within 3 seconds."""
        callbacks = [r for r in exchange.requests if r.route.endswith("/callback")]
        if not callbacks:
            raise HarnessError(
                f"the bot never answered interaction {exchange.payload['id']}: {exchange.payload}"
            )
        late = callbacks[0].at - exchange.started
        if late > DISCORD_ANSWER_LIMIT_S:
            raise HarnessError(f"the answer came after {late:.2f} s; Discord gives up after 3 s")

    # --- DMs --------------------------------------------------------------------------------------
    async def dm(
        self, user: FakeUser, content: str = "", *, files: Sequence[tuple[str, bytes]] = ()
    ) -> Exchange:
        """A user sends the bot a DM, optionally with attachments (served from the recorder's CDN)."""
        channel_id = self.recorder.dm_channel_of(user.id)
        attachments = []
        for filename, data in files:
            attachment = attachment_payload(
                attachment_id=self.snowflakes(), channel_id=channel_id, filename=filename, size=len(data)
            )
            self.recorder.cdn[attachment["url"]] = data
            attachments.append(attachment)
        payload = dm_message_create(
            message_id=self.snowflakes(),
            channel_id=channel_id,
            author=user,
            content=content,
            attachments=attachments,
        )
        self.recorder.add_user_message(payload)
        state = self.bot._connection
        return await self._feed(payload, None, lambda: state.parse_message_create(payload))  # type: ignore[arg-type]

    async def dm_attachment(self, user: FakeUser, filename: str, data: bytes, content: str = "") -> Exchange:
        return await self.dm(user, content, files=[(filename, data)])

    # --- what the bot sent -----------------------------------------------------------------------
    def message(self, message_id: int) -> MessageRecord:
        return self.recorder.messages[message_id]

    def find_message(self, custom_id: str) -> MessageRecord:
        """The newest message showing a component with ``custom_id``."""
        for record in sorted(self.recorder.messages.values(), key=lambda m: m.id, reverse=True):
            if record.component(custom_id) is not None:
                return record
        raise HarnessError(f"no message shows a component {custom_id!r}")

    def custom_id(self, prefix: str, *, offering: str | None = None) -> str:
        """The custom id starting with ``prefix`` on the newest message showing one (ids carry nonces).

        ``offering`` picks, among selects, the one with that option value.
        """
        for record in sorted(self.recorder.messages.values(), key=lambda m: m.id, reverse=True):
            for row in record.components:
                for child in row.get("components") or []:
                    custom_id = str(child.get("custom_id") or "")
                    values = {o.get("value") for o in child.get("options") or []}
                    if custom_id.startswith(prefix) and (offering is None or offering in values):
                        return custom_id
        raise HarnessError(f"no message shows a component starting with {prefix!r}")

    def dms_to(self, user: FakeUser) -> list[MessageRecord]:
        """Messages the bot sent on its own (not as an interaction answer) in the user's DM channel."""
        channel_id = self.recorder.dm_channels.get(user.id)
        return [m for m in self._messages_in(channel_id) if m.origin == "channel"]

    def edits(self, message_id: int) -> list[JSON]:
        """Every later state of a message (each edit, as Discord stored it), oldest first."""
        return list(self.recorder.messages[message_id].versions[1:])

    def last_response(self, user: FakeUser) -> JSON | None:
        """The callback of the newest interaction of ``user`` that was answered."""
        answered = [r for r in self.recorder.interactions.values() if r.user_id == user.id and r.callback]
        return max(answered, key=lambda r: r.id).callback if answered else None

    def channel_messages(self, channel_id: int) -> list[MessageRecord]:
        return [m for m in self._messages_in(channel_id) if m.origin == "channel"]

    def last_modal(self, user: FakeUser) -> JSON:
        for record in sorted(self.recorder.interactions.values(), key=lambda r: r.id, reverse=True):
            callback = record.callback or {}
            if record.user_id == user.id and callback.get("type") == 9:
                return dict(callback["data"])
        raise HarnessError(f"the bot showed {user.username} no form")

    async def wait_until(self, condition: Callable[[], bool], *, what: str, timeout_s: float = 5.0) -> None:
        """Let background work (timers, loops) run until ``condition`` holds."""
        deadline = time.perf_counter() + timeout_s
        while not condition():
            if time.perf_counter() > deadline:
                raise HarnessError(f"timed out after {timeout_s} s waiting for {what}")
            await asyncio.sleep(0.001)

    @property
    def requests(self) -> list[SentRequest]:
        return list(self.recorder.requests)

    # --- internals --------------------------------------------------------------------------------
    def _messages_in(self, channel_id: int | None) -> list[MessageRecord]:
        return sorted(
            (m for m in self.recorder.messages.values() if m.channel_id == channel_id), key=lambda m: m.id
        )

    def _envelope(self, user: FakeUser, place: Place | None) -> InteractionEnvelope:
        self.recorder.add_user(user)
        return InteractionEnvelope(self.snowflakes(), self.application_id, user, place or self.dm_place(user))

    def _command(self, path: list[str]) -> app_commands.Command[Any, ..., Any]:
        found: object = self.bot.tree.get_command(path[0])
        for name in path[1:]:
            found = found.get_command(name) if isinstance(found, app_commands.Group) else None
        if not isinstance(found, app_commands.Command):
            raise HarnessError(f"the bot has no slash command /{' '.join(path)}")
        return found

    def _command_id(self, name: str) -> int:
        return self.recorder.command_ids.setdefault(name, self.snowflakes())

    def _options(
        self, cmd: app_commands.Command[Any, ..., Any], values: Mapping[str, Any], *, focused: str | None
    ) -> tuple[list[JSON], JSON]:
        params = {p.display_name: p for p in cmd.parameters}
        unknown = set(values) - set(params)
        if unknown:
            raise HarnessError(f"/{cmd.qualified_name} has no options {sorted(unknown)}")
        options: list[JSON] = []
        resolved: JSON = {}
        for name, value in values.items():
            kind = params[name].type
            option: JSON = {"name": name, "type": kind.value}
            if name == focused:
                option |= {"value": str(value), "focused": True}  # Discord sends what was typed so far
            elif kind is discord.AppCommandOptionType.string:
                option["value"] = str(value)
            elif kind is discord.AppCommandOptionType.integer:
                option["value"] = int(value)
            elif kind is discord.AppCommandOptionType.number:
                option["value"] = float(value)
            elif kind is discord.AppCommandOptionType.boolean:
                option["value"] = bool(value)
            elif kind is discord.AppCommandOptionType.user and isinstance(value, FakeUser):
                option["value"] = str(value.id)
                resolved.setdefault("users", {})[str(value.id)] = value.payload()
            else:
                raise HarnessError(f"option {name!r} of type {kind.name} is not supported by the harness")
            options.append(option)
        return options, resolved

    def _snapshot(self, custom_id: str, message: MessageRecord | JSON | None) -> JSON:
        if message is None:
            return dict(self.find_message(custom_id).data)
        if isinstance(message, MessageRecord):
            return dict(message.data)
        return dict(message)

    async def _feed(
        self, payload: JSON, record: InteractionRecord | None, parse: Callable[[], None]
    ) -> Exchange:
        requests: list[SentRequest] = []
        token = current_exchange_requests.set(requests)
        async_context.set(self.recorder.webhook_adapter)
        problems_before = len(self.recorder.problems)
        before = asyncio.all_tasks()
        started = time.perf_counter()
        try:
            parse()  # discord.py's own parser: builds the objects and schedules the handlers
            await self._settle(before)
        finally:
            current_exchange_requests.reset(token)
        elapsed = time.perf_counter() - started
        problems = self.recorder.problems[problems_before:]
        if problems:
            raise HarnessError("the bot did what Discord would reject:\n- " + "\n- ".join(problems))
        return Exchange(payload, record, list(requests), elapsed, started, self.recorder)

    async def _settle(self, before: set[asyncio.Task[Any]]) -> None:
        """Wait for the tasks the parse scheduled, and for discord.py dispatches they started."""
        seen = set(before)
        pending = asyncio.all_tasks() - seen
        while pending:
            done, still = await asyncio.wait(pending, timeout=self.settle_timeout_s)
            if still:
                names = sorted(t.get_name() for t in still)
                raise HarnessError(f"the bot did not finish within {self.settle_timeout_s} s: {names}")
            for task in done:
                if not task.cancelled() and task.exception() is not None:
                    self.task_errors.append(task.exception())  # type: ignore[arg-type]
            seen |= pending
            pending = {
                t
                for t in asyncio.all_tasks()
                if t not in seen and t.get_name().startswith(DISPATCH_TASK_PREFIXES)
            }


def _find_component(message: JSON, custom_id: str) -> JSON | None:
    for row in message.get("components") or []:
        for child in row.get("components") or []:
            if child.get("custom_id") == custom_id:
                return dict(child)
    return None


def _check_select_values(component: JSON, values: list[str]) -> None:
    allowed = {o["value"] for o in component.get("options") or []}
    if allowed and not set(values) <= allowed:
        raise HarnessError(f"{sorted(set(values) - allowed)} are not options of {component['custom_id']!r}")
    low, high = int(component.get("min_values", 1)), int(component.get("max_values", 1))
    if not low <= len(values) <= high:
        raise HarnessError(
            f"a select of {component['custom_id']!r} takes {low}..{high} values, got {len(values)}"
        )
