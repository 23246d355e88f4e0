"""Persistent components: buttons and selects whose custom id carries everything needed to act.

A custom id such as ``match:42:confirm:1234`` names one action on one thing for one owner, so:
- it works after a restart (the class is registered as a ``DynamicItem`` template before the gateway
  connects; no in-memory view is needed);
- only its owner (the ``owner`` field) may press it;
- it is the idempotency key: a double click, a re-delivered interaction or a click after a restart all
  ask the services for the same action with the same key, which has one effect;
- ``ComponentContext.finish`` answers the click by editing the message with its components disabled,
  in the same response.

Templates are literal text with ``(?P<name>[0-9]+)``-style groups and nothing else, so a custom id can
be formatted back from its template (``build``). When the same action can be offered again later (accept
the terms, confirm a setup), the template carries a ``nonce`` — the id of the interaction that showed the
message — so each offer has its own key.

Item classes stay thin: ``handle`` finds its feature cog with ``cog_of`` and lets it act, so the
services reach the handler through the cog (built once by the composition root), never a global.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self, TypeVar

import discord
from discord.ext import commands
from discord.ui import DynamicItem, Item

from evoladder.bot.checks import COMPONENT_ACTION, Requirement
from evoladder.bot.errors import voice_of
from evoladder.bot.guarded import run_guarded
from evoladder.bot.limits import CUSTOM_ID_MAX
from evoladder.bot.voice import Voice

# Base classes must name a template; this one matches nothing, so only subclasses are dispatched.
NEVER_MATCHES = r"(?!)"
_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^()]*\)")


@functools.cache
def _template_parts(pattern: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A template split once into its literal runs and the names of the groups between them
    (``literals[0] + str(fields[names[0]]) + literals[1] + …``): every answer formats several ids."""
    literals, names, start = [], [], 0
    for m in _GROUP.finditer(pattern):
        literals.append(pattern[start : m.start()])
        names.append(m["name"])
        start = m.end()
    literals.append(pattern[start:])
    return tuple(literals), tuple(names)


def format_custom_id(template: re.Pattern[str], fields: Mapping[str, object]) -> str:
    """Fill a template's named groups with ``fields``; the result must match the template again."""
    literals, names = _template_parts(template.pattern)
    missing = [name for name in names if name not in fields]
    if missing:
        raise ValueError(f"custom id template {template.pattern!r} needs {missing}")
    parts = [literals[0]]
    for name, literal in zip(names, literals[1:], strict=True):
        parts.append(str(fields[name]))
        parts.append(literal)
    custom_id = "".join(parts)
    if template.fullmatch(custom_id) is None:
        raise ValueError(f"{custom_id!r} does not match its template {template.pattern!r}")
    if len(custom_id) > CUSTOM_ID_MAX:
        raise ValueError(f"custom id {custom_id!r} is longer than {CUSTOM_ID_MAX} characters")
    return custom_id


@dataclass
class ComponentContext:
    """What a component handler gets: the parsed fields, the idempotency key and the message's view."""

    interaction: discord.Interaction
    fields: Mapping[str, str]
    idempotency_key: str
    view: discord.ui.View | None
    values: Sequence[str] = field(default_factory=tuple)

    @property
    def user_id(self) -> int:
        return self.interaction.user.id

    @property
    def say(self) -> Voice:
        """The clicker's voice: ``ctx.say("key", ...)`` renders a catalog message in their language."""
        return voice_of(self.interaction)

    def int_field(self, name: str) -> int:
        return int(self.fields[name])

    def disabled_view(
        self, keep_enabled: Callable[[Item[Any]], bool] | None = None
    ) -> discord.ui.View | None:
        """The message's components with every item disabled except those ``keep_enabled`` accepts."""
        view = self.view
        if view is None:
            return None
        for item in view.walk_children():
            inner = item.item if isinstance(item, DynamicItem) else item
            if isinstance(inner, discord.ui.Button | discord.ui.Select) and not (
                keep_enabled is not None and keep_enabled(item)
            ):
                inner.disabled = True
        # A stopped view is sent but not tracked: the persistent templates handle later clicks.
        view.stop()
        return view

    async def finish(
        self,
        *,
        content: str | None = None,
        embeds: Sequence[discord.Embed] | None = None,
        keep_enabled: Callable[[Item[Any]], bool] | None = None,
    ) -> None:
        """Answer the click by editing its message: new content/embeds, components disabled."""
        kwargs: dict[str, Any] = {"view": self.disabled_view(keep_enabled)}
        if content is not None:
            kwargs["content"] = content
        if embeds is not None:
            kwargs["embeds"] = list(embeds)
        await self.interaction.response.edit_message(**kwargs)


CogT = TypeVar("CogT", bound=commands.Cog)


def cog_of(interaction: discord.Interaction, cog_type: type[CogT]) -> CogT:
    """The bot's instance of ``cog_type`` (the feature that owns a component)."""
    client = interaction.client
    cog = client.get_cog(cog_type.__cog_name__) if isinstance(client, commands.Bot) else None
    if not isinstance(cog, cog_type):
        raise LookupError(f"{cog_type.__name__} is not loaded in this bot")
    return cog


def nonce(interaction: discord.Interaction) -> str:
    """A short unique token for one offer of an action (base 36 of the showing interaction's id)."""
    value, digits = interaction.id, "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while value:
        value, rest = divmod(value, 36)
        out = digits[rest] + out
    return out or "0"


def _owner_of(fields: Mapping[str, str]) -> int | None:
    owner = fields.get("owner")
    return int(owner) if owner is not None else None


class PersistentButton(DynamicItem[discord.ui.Button[discord.ui.View]], template=NEVER_MATCHES):
    """A button whose custom id (a ``template`` with named groups) survives restarts.

    Subclasses set ``template=...`` in the class line, may override ``requirement``, and implement
    ``handle``. A template with an ``owner`` group is pressable only by that Discord user.
    """

    requirement: ClassVar[Requirement] = COMPONENT_ACTION

    def __init__(self, button: discord.ui.Button[discord.ui.View], fields: Mapping[str, str]) -> None:
        super().__init__(button)
        self.fields = dict(fields)

    @classmethod
    def build(
        cls,
        *,
        label: str,
        style: discord.ButtonStyle = discord.ButtonStyle.primary,
        row: int | None = None,
        disabled: bool = False,
        id_fields: Mapping[str, object] | None = None,
        **fields: object,
    ) -> Self:
        """The button with its custom id filled from ``id_fields`` and ``fields`` (the template's groups)."""
        fields = {**(id_fields or {}), **fields}
        custom_id = format_custom_id(cls.__discord_ui_compiled_template__, fields)
        button: discord.ui.Button[discord.ui.View] = discord.ui.Button(
            label=label, style=style, custom_id=custom_id, row=row, disabled=disabled
        )
        return cls(button, {k: str(v) for k, v in fields.items()})

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: Item[Any], match: re.Match[str], /
    ) -> Self:
        if not isinstance(item, discord.ui.Button):
            raise TypeError(f"{cls.__name__} expects a button, got {type(item).__name__}")
        return cls(item, match.groupdict())

    async def callback(self, interaction: discord.Interaction) -> None:  # type: ignore[override]
        custom_id = self.custom_id
        view = self.view if isinstance(self.view, discord.ui.View) else None
        ctx = ComponentContext(interaction, self.fields, idempotency_key=custom_id, view=view)
        await run_guarded(
            interaction,
            command=f"button {custom_id}",
            kind="component",
            requirement=self.requirement,
            owner_id=_owner_of(self.fields),
            handler=lambda: self.handle(ctx),
        )

    async def handle(self, ctx: ComponentContext) -> None:
        """Act on the click and answer it (usually ``ctx.finish``)."""
        raise NotImplementedError(f"{type(self).__name__} must implement handle()")


class PersistentSelect(DynamicItem[discord.ui.Select[discord.ui.View]], template=NEVER_MATCHES):
    """A select menu with a restart-proof custom id; the idempotency key includes the chosen values."""

    requirement: ClassVar[Requirement] = COMPONENT_ACTION

    def __init__(self, select: discord.ui.Select[discord.ui.View], fields: Mapping[str, str]) -> None:
        super().__init__(select)
        self.fields = dict(fields)

    @classmethod
    def build(
        cls,
        *,
        options: Sequence[discord.SelectOption],
        placeholder: str | None = None,
        min_values: int = 1,
        max_values: int = 1,
        row: int | None = None,
        id_fields: Mapping[str, object] | None = None,
        **fields: object,
    ) -> Self:
        """The select with its custom id filled from ``id_fields`` and ``fields`` (the template's groups)."""
        fields = {**(id_fields or {}), **fields}
        custom_id = format_custom_id(cls.__discord_ui_compiled_template__, fields)
        select: discord.ui.Select[discord.ui.View] = discord.ui.Select(
            custom_id=custom_id,
            options=list(options),
            placeholder=placeholder,
            min_values=min_values,
            max_values=max_values,
            row=row,
        )
        return cls(select, {k: str(v) for k, v in fields.items()})

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: Item[Any], match: re.Match[str], /
    ) -> Self:
        if not isinstance(item, discord.ui.Select):
            raise TypeError(f"{cls.__name__} expects a select, got {type(item).__name__}")
        return cls(item, match.groupdict())

    async def callback(self, interaction: discord.Interaction) -> None:  # type: ignore[override]
        custom_id = self.custom_id
        values = list(self.item.values)
        view = self.view if isinstance(self.view, discord.ui.View) else None
        key = f"{custom_id}={','.join(sorted(values))}"
        ctx = ComponentContext(interaction, self.fields, idempotency_key=key, view=view, values=values)
        await run_guarded(
            interaction,
            command=f"select {custom_id}",
            kind="component",
            requirement=self.requirement,
            owner_id=_owner_of(self.fields),
            handler=lambda: self.handle(ctx),
        )

    async def handle(self, ctx: ComponentContext) -> None:
        """Act on the chosen ``ctx.values`` and answer."""
        raise NotImplementedError(f"{type(self).__name__} must implement handle()")


def persistent_view(*items: Item[Any]) -> discord.ui.View:
    """A view to send persistent items with: no timeout, nothing kept in memory per message."""
    view = discord.ui.View(timeout=None)
    for item in items:
        view.add_item(item)
    return view


class LadderModal(discord.ui.Modal):
    """A form whose submit passes the guards; subclasses implement ``submitted``.

    Forms are short-lived (a player fills one within minutes); one open across a restart is answered
    by Discord as failed and the player reruns the command.
    """

    requirement: ClassVar[Requirement] = COMPONENT_ACTION

    def __init__(self, *, title: str, owner_id: int, custom_id: str | None = None) -> None:
        if custom_id is None:
            super().__init__(title=title, timeout=None)
        else:
            super().__init__(title=title, timeout=None, custom_id=custom_id)
        self.owner_id = owner_id

    async def on_submit(self, interaction: discord.Interaction, /) -> None:
        await run_guarded(
            interaction,
            command=f"modal {type(self).__name__}",
            kind="modal",
            requirement=self.requirement,
            owner_id=self.owner_id,
            handler=lambda: self.submitted(interaction),
        )

    async def submitted(self, interaction: discord.Interaction) -> None:
        """Act on the submitted values and answer."""
        raise NotImplementedError(f"{type(self).__name__} must implement submitted()")
