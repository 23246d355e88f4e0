"""``/admin match``: the whole case of a match on one screen, and deciding it.

The case shows both players with the MMR the match moved and their reports with times, each replay
as an attached file with its verdict and failed checks, and the match's full record as a JSON file;
its buttons resolve it — winner A, winner B, draw, invalidate — completed matches too. A button asks
for the reason (a form), then shows what will change (old → new MMR) for a confirm click.
``/admin resolve`` and ``/admin invalidate`` do the same from the command line.
"""

from __future__ import annotations

import io
from typing import Literal

import discord

from evoladder.bot.checks import ADMIN_ACTION, requires
from evoladder.bot.cogs.admin_base import ADMIN_COG_NAME, ADMIN_GROUP, ADMIN_READ, AdminBase
from evoladder.bot.components import ComponentContext, LadderModal, PersistentButton, cog_of, persistent_view
from evoladder.bot.errors import UserFacingError
from evoladder.bot.limits import BUTTON_LABEL_MAX
from evoladder.bot.present.admin import case_embed, record_json, replay_filename, result_text
from evoladder.bot.present.text import truncate
from evoladder.rules.admin import REASON_MAX, require_reason
from evoladder.rules.errors import DomainError
from evoladder.services.admin import MatchCase, MmrPreview

Decision = Literal["a", "b", "draw", "void"]
DECISIONS: tuple[Decision, ...] = ("a", "b", "draw", "void")
ATTACHMENTS_MAX_BYTES = 8 * 2**20  # what any Discord server takes in one message
SHIFTS_LISTED = 12

TEXT = {
    "winner_button": "Winner: {name}",
    "draw_button": "Draw",
    "void_button": "Invalidate",
    "reason_title": "Reason for match #{match_id}",
    "reason_label": "Reason (players see it)",
    "ask_resolve": "Resolve match #{match_id}: {result}. Reason: {reason}",
    "ask_correct": "Correct match #{match_id}: {result} (was {previous}). Later games of both players are re-derived. Reason: {reason}",
    "ask_invalidate": "Invalidate match #{match_id}. Reason: {reason}",
    "no_mmr_change": "No MMR changes.",
    "done_resolve": "match #{match_id} resolved: {result}.",
    "done_invalidate": "match #{match_id} invalidated.",
    "rederived": "{count} later game(s) re-derived.",
    "more_shifts": "… and {count} more ratings moved.",
    "unknown_decision": "Unknown decision {decision!r}.",
}


class DecideButton(
    PersistentButton, template=r"admin:decide:(?P<match>[0-9]+):(?P<decision>[a-z]+):(?P<owner>[0-9]+)"
):
    """Winner A / winner B / draw / invalidate on the case: asks for the reason (no change yet)."""

    requirement = ADMIN_READ

    async def handle(self, ctx: ComponentContext) -> None:
        decision = ctx.fields["decision"]
        if decision not in DECISIONS:
            raise UserFacingError(TEXT["unknown_decision"].format(decision=decision))
        modal = ReasonModal(ctx.int_field("match"), decision, owner_id=ctx.user_id)  # type: ignore[arg-type]
        await ctx.interaction.response.send_modal(modal)


class ReasonModal(LadderModal):
    requirement = ADMIN_READ

    def __init__(self, match_id: int, decision: Decision, *, owner_id: int) -> None:
        super().__init__(title=TEXT["reason_title"].format(match_id=match_id), owner_id=owner_id)
        self.match_id, self.decision = match_id, decision
        self.reason: discord.ui.TextInput[ReasonModal] = discord.ui.TextInput(
            label=TEXT["reason_label"],
            custom_id="reason",
            style=discord.TextStyle.paragraph,
            max_length=REASON_MAX,
        )
        self.add_item(self.reason)

    async def submitted(self, interaction: discord.Interaction) -> None:
        cog = cog_of(interaction, CaseCommands)
        await cog.offer_decision(interaction, self.match_id, self.decision, self.reason.value)


class CaseCommands(AdminBase, name=ADMIN_COG_NAME):
    # --- the case ------------------------------------------------------------------------------
    @ADMIN_GROUP.command(
        name="match", description="The whole case of a match: reports, replays, record; resolve it"
    )
    @requires(ADMIN_READ)
    async def match(self, interaction: discord.Interaction, match_id: int) -> None:
        case = await self.service.match_case(interaction.user.id, match_id)
        files, attached = self.case_files(case)
        names = {
            uid: self.views.player_name(uid) or str(uid) for uid in (case.match.player_a, case.match.player_b)
        }
        embed = case_embed(case, self.game_data, attached, names)
        view = self.decision_buttons(case, interaction.user.id)
        await interaction.response.send_message(embed=embed, files=files, view=view, ephemeral=True)

    def case_files(self, case: MatchCase) -> tuple[list[discord.File], dict[str, str]]:
        """Each readable replay (within one message's size) and the record as JSON."""
        record = record_json(case)
        budget = ATTACHMENTS_MAX_BYTES - len(record)
        files, attached = [], {}
        for evidence in case.replays:
            if evidence.data is not None and len(evidence.data) <= budget:
                name = replay_filename(case, evidence)
                files.append(discord.File(io.BytesIO(evidence.data), filename=name))
                attached[evidence.replay.replay_hash] = name
                budget -= len(evidence.data)
        files.append(discord.File(io.BytesIO(record), filename=f"match{case.match.match_id}.json"))
        return files, attached

    def decision_buttons(self, case: MatchCase, admin_uid: int) -> discord.ui.View:
        a, b = case.sides
        labels = {
            "a": TEXT["winner_button"].format(name=a.player_name),
            "b": TEXT["winner_button"].format(name=b.player_name),
            "draw": TEXT["draw_button"],
            "void": TEXT["void_button"],
        }
        buttons = []
        for decision in DECISIONS:
            buttons.append(
                DecideButton.build(
                    label=truncate(labels[decision], BUTTON_LABEL_MAX),
                    style=discord.ButtonStyle.danger if decision == "void" else discord.ButtonStyle.primary,
                    disabled=not self.allowed(case.match.match_id, decision, admin_uid),
                    match=case.match.match_id,
                    decision=decision,
                    owner=admin_uid,
                )
            )
        return persistent_view(*buttons)

    def allowed(self, match_id: int, decision: Decision, admin_uid: int) -> bool:
        try:
            self.preview(match_id, decision, admin_uid)
        except DomainError:
            return False
        return True

    def preview(self, match_id: int, decision: Decision, admin_uid: int) -> tuple[MmrPreview, ...]:
        if decision == "void":
            return self.service.preview_invalidate(admin_uid, match_id)
        return self.service.preview_resolve(admin_uid, match_id, decision)

    # --- deciding --------------------------------------------------------------------------------
    async def offer_decision(
        self, interaction: discord.Interaction, match_id: int, decision: Decision, reason: str
    ) -> None:
        """Show what the decision changes (old → new MMR) and run it on Confirm."""
        admin_uid, why = interaction.user.id, require_reason(reason)
        moves = self.preview(match_id, decision, admin_uid)
        match = self.service.match(admin_uid, match_id)
        a, b = self.views.sides(match)
        if decision == "void":
            head = TEXT["ask_invalidate"].format(match_id=match_id, reason=why)
        elif match.status == "completed":
            head = TEXT["ask_correct"].format(
                match_id=match_id,
                result=result_text(decision, a, b),
                previous=result_text(match.result, a, b),
                reason=why,
            )
        else:
            head = TEXT["ask_resolve"].format(
                match_id=match_id, result=result_text(decision, a, b), reason=why
            )
        lines = [self.mmr_line(m.discord_uid, m.race, m.before, m.after) for m in moves] or [
            TEXT["no_mmr_change"]
        ]

        async def run(key: str) -> str:
            if decision == "void":
                out = await self.service.invalidate(admin_uid, match_id, why, key=key)
                done = TEXT["done_invalidate"].format(match_id=match_id)
            else:
                out = await self.service.resolve(admin_uid, match_id, decision, why, key=key)
                done = TEXT["done_resolve"].format(match_id=match_id, result=result_text(decision, a, b))
            shifts = [self.mmr_line(uid, race, before, after) for uid, race, before, after in out.shifts]
            if len(shifts) > SHIFTS_LISTED:
                shifts = [
                    *shifts[:SHIFTS_LISTED],
                    TEXT["more_shifts"].format(count=len(shifts) - SHIFTS_LISTED),
                ]
            extra = [TEXT["rederived"].format(count=out.rederived)] if out.rederived else []
            return "\n".join([done, *(shifts or [TEXT["no_mmr_change"]]), *extra])

        await self.ask(interaction, "\n".join([head, *lines]), run)

    @ADMIN_GROUP.command(name="resolve", description="Decide a match's result (a: player 1, b: player 2)")
    @requires(ADMIN_ACTION)
    async def resolve(
        self, interaction: discord.Interaction, match_id: int, result: Literal["a", "b", "draw"], reason: str
    ) -> None:
        await self.offer_decision(interaction, match_id, result, reason)

    @ADMIN_GROUP.command(name="invalidate", description="Void a match (a completed one's MMR is reversed)")
    @requires(ADMIN_ACTION)
    async def invalidate(self, interaction: discord.Interaction, match_id: int, reason: str) -> None:
        await self.offer_decision(interaction, match_id, "void", reason)


CASE_ITEMS = (DecideButton,)
