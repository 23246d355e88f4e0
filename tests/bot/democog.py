"""A small test-only feature that exercises every part of the bot framework.

``DemoLedger`` stands in for a ladder service: a real SQLite file where each state change is stored
once under its idempotency key (so a repeated delivery has no second effect, even after a restart).
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import discord
from discord import app_commands

from evoladder.bot.calllog import CommandCall
from evoladder.bot.checks import (
    ADMIN_ACTION,
    OWNER_ACTION,
    PLAYER_ACTION,
    PLAYER_READ,
    UNKNOWN_USER,
    PlayerStatus,
    requires,
)
from evoladder.bot.client import LadderBot, build_bot
from evoladder.bot.components import (
    ComponentContext,
    LadderModal,
    PersistentButton,
    PersistentSelect,
    persistent_view,
)
from evoladder.bot.errors import UserFacingError
from evoladder.bot.guarded import GuardedCog, Guards
from evoladder.i18n import t
from evoladder.rules.errors import ValidationFailed

NAME_RULE = re.compile(r"[A-Za-z]{3,12}")
MAX_UPLOAD_BYTES = 64


class DemoLedger:
    """Effects stored once per idempotency key in a SQLite file."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS effects (key TEXT PRIMARY KEY, user_id INTEGER, what TEXT)"
        )
        self._db.commit()

    def apply(self, key: str, user_id: int, what: str) -> bool:
        """Store the effect; False when this key was already applied."""
        cursor = self._db.execute("INSERT OR IGNORE INTO effects VALUES (?, ?, ?)", (key, user_id, what))
        self._db.commit()
        return cursor.rowcount == 1

    def effects(self, what: str | None = None) -> list[tuple[int, str]]:
        rows = self._db.execute("SELECT user_id, what FROM effects ORDER BY rowid").fetchall()
        return [(u, w) for u, w in rows if what is None or w.startswith(what)]

    def close(self) -> None:
        self._db.close()


@dataclass
class DemoGate:
    """Player statuses by user id (unknown users have accepted nothing)."""

    statuses: dict[int, PlayerStatus] = field(default_factory=dict)

    def status(self, user_id: int) -> PlayerStatus:
        return self.statuses.get(user_id, UNKNOWN_USER)


READY_PLAYER = PlayerStatus(terms_accepted=True, setup_done=True)


class PressButton(PersistentButton, template=r"demo:press:(?P<owner>[0-9]+)"):
    """One-shot: pressing it stores one effect for its owner."""

    async def handle(self, ctx: ComponentContext) -> None:
        ledger: DemoLedger = ctx.interaction.client.ledger  # type: ignore[attr-defined]
        first = ledger.apply(ctx.idempotency_key, ctx.user_id, "press")
        await ctx.finish(content="Pressed." if first else "Pressed (already counted).")


class CancelButton(PersistentButton, template=r"demo:cancel:(?P<owner>[0-9]+)"):
    async def handle(self, ctx: ComponentContext) -> None:
        await ctx.finish(content="Cancelled.")


class ColourSelect(PersistentSelect, template=r"demo:colour:(?P<owner>[0-9]+)"):
    async def handle(self, ctx: ComponentContext) -> None:
        ledger: DemoLedger = ctx.interaction.client.ledger  # type: ignore[attr-defined]
        ledger.apply(ctx.idempotency_key, ctx.user_id, f"colour={','.join(ctx.values)}")
        await ctx.finish(content=f"You picked {', '.join(ctx.values)}.")


class NameForm(LadderModal):
    name: discord.ui.TextInput[NameForm] = discord.ui.TextInput(
        label="Player name", custom_id="name", max_length=20
    )

    def __init__(self, owner_id: int, ledger: DemoLedger) -> None:
        super().__init__(title="Your player name", owner_id=owner_id)
        self.ledger = ledger

    async def submitted(self, interaction: discord.Interaction) -> None:
        value = self.name.value.strip()
        if not NAME_RULE.fullmatch(value):
            raise ValidationFailed(t("rules-player-name-invalid", name=value))
        self.ledger.apply(f"name:{interaction.id}", interaction.user.id, f"name={value}")
        await interaction.response.send_message(f"Saved your name as {value}.")


COLOURS = ["red", "green", "blue"]
COUNTRIES = [f"Country {i:02d}" for i in range(60)]


class DemoCog(GuardedCog):
    manage = app_commands.Group(name="manage", description="Admin actions")

    def __init__(self, guards: Guards, ledger: DemoLedger, admin_channel_id: int) -> None:
        super().__init__(guards)
        self.ledger = ledger
        self.admin_channel_id = admin_channel_id
        self.ready_count = 0
        self.reminders: set[asyncio.Task[None]] = set()

    @GuardedCog.listener()
    async def on_ready(self) -> None:
        self.ready_count += 1

    @manage.command(name="ban", description="Ban a player")
    @requires(ADMIN_ACTION)
    async def ban(self, interaction: discord.Interaction, player: discord.User, reason: str) -> None:
        self.ledger.apply(f"interaction:{interaction.id}", player.id, f"ban={reason}")
        await interaction.response.send_message(f"Banned {player.name}.", ephemeral=True)
        await player.send(f"You were banned from the ladder. Reason: {reason}")
        channel = interaction.client.get_partial_messageable(self.admin_channel_id)
        await channel.send(f"{interaction.user.name} banned {player.name}: {reason}")

    @manage.command(name="addadmin", description="Make a player an admin")
    @requires(OWNER_ACTION)
    async def addadmin(self, interaction: discord.Interaction, player: discord.User) -> None:
        await interaction.response.send_message(f"{player.name} is now an admin.", ephemeral=True)

    @app_commands.command(name="slow", description="Think, follow up, then edit the answer")
    @requires(PLAYER_READ)
    async def slow(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.followup.send("Step 1 done.", ephemeral=True)
        await interaction.edit_original_response(content="All done.")

    @app_commands.command(name="later", description="DM me a reminder in a moment")
    @requires(PLAYER_ACTION)
    async def later(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Reminder set.")
        task = asyncio.create_task(self._remind(interaction.client, interaction.user.id))
        self.reminders.add(task)
        task.add_done_callback(self.reminders.discard)

    async def _remind(self, client: discord.Client, user_id: int) -> None:
        await asyncio.sleep(0.01)
        user = client.get_user(user_id) or await client.fetch_user(user_id)
        await user.send("Reminder!")

    async def stop_reminders(self) -> None:
        for task in list(self.reminders):
            task.cancel()

    @app_commands.command(name="hello", description="Say hello and show the demo buttons")
    @requires(PLAYER_READ)
    async def hello(self, interaction: discord.Interaction) -> None:
        owner = interaction.user.id
        view = persistent_view(
            PressButton.build(label="Press", owner=owner),
            CancelButton.build(label="Cancel", style=discord.ButtonStyle.secondary, owner=owner),
            ColourSelect.build(
                options=[discord.SelectOption(label=c, value=c) for c in COLOURS], owner=owner
            ),
        )
        embed = discord.Embed(title="Demo", description=f"Hello {interaction.user.name}.")
        await interaction.response.send_message(embed=embed, view=view)

    @app_commands.command(name="form", description="Fill in a form")
    @requires(PLAYER_ACTION)
    async def form(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(NameForm(interaction.user.id, self.ledger))

    @app_commands.command(name="act", description="Change something (rate limited)")
    @requires(PLAYER_ACTION)
    async def act(self, interaction: discord.Interaction, amount: int) -> None:
        if amount <= 0:
            raise UserFacingError(t("error-bad-value", value=str(amount)))
        self.ledger.apply(f"interaction:{interaction.id}", interaction.user.id, f"act={amount}")
        await interaction.response.send_message(f"Done: {amount}.", ephemeral=True)

    @app_commands.command(name="country", description="Pick a country")
    @requires(PLAYER_READ)
    async def country(self, interaction: discord.Interaction, name: str) -> None:
        if name not in COUNTRIES:
            raise UserFacingError(t("boards-unknown-country", value=name))
        await interaction.response.send_message(f"Country: {name}.")

    @country.autocomplete("name")
    async def country_suggestions(
        self, interaction: discord.Interaction, typed: str
    ) -> list[app_commands.Choice[str]]:
        matches = [c for c in COUNTRIES if typed.lower() in c.lower()]
        return [app_commands.Choice(name=c, value=c) for c in matches[:25]]

    @app_commands.command(name="boom", description="A command with a bug")
    @requires(PLAYER_READ)
    async def boom(self, interaction: discord.Interaction) -> None:
        raise RuntimeError("a bug in a handler")

    @app_commands.command(name="toolong", description="An answer over Discord's limits")
    @requires(PLAYER_READ)
    async def toolong(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(embed=discord.Embed(title="x" * 300))

    @app_commands.command(name="silent", description="A handler that forgets to answer")
    @requires(PLAYER_READ)
    async def silent(self, interaction: discord.Interaction) -> None:
        return None

    @app_commands.command(name="anywhere", description="Works in the server too")
    @requires(ADMIN_ACTION)
    async def anywhere(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("Admin action done.", ephemeral=True)

    @GuardedCog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.guild is not None or message.author.bot or not message.attachments:
            return
        attachment = message.attachments[0]
        if attachment.size > MAX_UPLOAD_BYTES:
            await message.channel.send(
                f"`{attachment.filename}` is too large (limit {MAX_UPLOAD_BYTES} bytes)."
            )
            return
        data = await attachment.read()
        digest = hashlib.sha256(data).hexdigest()[:12]
        self.ledger.apply(f"upload:{digest}", message.author.id, f"upload={attachment.filename}")
        await message.channel.send(f"Received `{attachment.filename}`: {len(data)} bytes, sha256 {digest}.")


@dataclass
class DemoWorld:
    """What the composition root would hand the bot: the gate, the call sink, the service."""

    ledger_path: Path
    state_file: Path
    gate: DemoGate = field(default_factory=DemoGate)
    calls: list[CommandCall] = field(default_factory=list)
    rate_limit_per_10s: int = 5
    admin_channel_id: int = 4242
    started: int = 0

    async def _count_start(self, bot: LadderBot) -> None:
        self.started += 1

    @staticmethod
    async def _stop_reminders(bot: LadderBot) -> None:
        cog = bot.get_cog("DemoCog")
        if isinstance(cog, DemoCog):
            await cog.stop_reminders()

    def build(self) -> LadderBot:
        """A new bot instance (as a new process would build it) over the same files."""
        ledger = DemoLedger(self.ledger_path)
        bot = build_bot(
            gate=self.gate,
            call_sink=self.calls.append,
            cogs=[lambda b: DemoCog(b.guards, ledger, self.admin_channel_id)],
            dynamic_items=[PressButton, CancelButton, ColourSelect],
            rate_limit_per_10s=self.rate_limit_per_10s,
            sync_state_file=self.state_file,
            on_start=[self._count_start],
            on_close=[self._stop_reminders],
        )
        bot.ledger = ledger  # type: ignore[attr-defined]
        return bot
