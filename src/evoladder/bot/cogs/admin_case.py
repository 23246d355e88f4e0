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
from discord.app_commands import locale_str

from evoladder.bot.checks import ADMIN_ACTION, requires
from evoladder.bot.cogs.admin_base import ADMIN_COG_NAME, ADMIN_GROUP, ADMIN_READ, AdminBase
from evoladder.bot.components import ComponentContext, LadderModal, PersistentButton, cog_of, persistent_view
from evoladder.bot.errors import UserFacingError
from evoladder.bot.limits import BUTTON_LABEL_MAX, MODAL_TITLE_MAX, TEXT_INPUT_LABEL_MAX
from evoladder.bot.present.admin import case_embed, record_json, replay_filename, result_text
from evoladder.bot.present.text import truncate
from evoladder.bot.voice import Voice
from evoladder.i18n import t
from evoladder.rules.admin import REASON_MAX, require_reason
from evoladder.rules.errors import DomainError
from evoladder.services.admin import MatchCase, MmrPreview

Decision = Literal["a", "b", "draw", "void"]
DECISIONS: tuple[Decision, ...] = ("a", "b", "draw", "void")
ATTACHMENTS_MAX_BYTES = 8 * 2**20  # what any Discord server takes in one message
SHIFTS_LISTED = 12


class DecideButton(
    PersistentButton, template=r"admin:decide:(?P<match>[0-9]+):(?P<decision>[a-z]+):(?P<owner>[0-9]+)"
):
    """Winner A / winner B / draw / invalidate on the case: asks for the reason (no change yet)."""

    requirement = ADMIN_READ

    async def handle(self, ctx: ComponentContext) -> None:
        decision = ctx.fields["decision"]
        if decision not in DECISIONS:
            raise UserFacingError(t("staff-unknown-decision", decision=decision))
        modal = ReasonModal(ctx.int_field("match"), decision, ctx.say, owner_id=ctx.user_id)  # type: ignore[arg-type]
        await ctx.interaction.response.send_modal(modal)


class ReasonModal(LadderModal):
    requirement = ADMIN_READ

    def __init__(self, match_id: int, decision: Decision, say: Voice, *, owner_id: int) -> None:
        title = say("staff-reason-title", match_id=str(match_id))
        super().__init__(title=truncate(title, MODAL_TITLE_MAX), owner_id=owner_id)
        self.match_id, self.decision = match_id, decision
        self.reason: discord.ui.TextInput[ReasonModal] = discord.ui.TextInput(
            label=truncate(say("staff-reason-label"), TEXT_INPUT_LABEL_MAX),
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
        name=locale_str("match", key="cmd-admin-match"),
        description=locale_str(
            "The whole case of a match: reports, replays, record; resolve it",
            key="cmd-admin-match.description",
        ),
    )
    @requires(ADMIN_READ)
    async def match(self, interaction: discord.Interaction, match_id: int) -> None:
        case = await self.service.match_case(interaction.user.id, match_id)
        files, attached = self.case_files(case)
        names = {
            uid: self.views.player_name(uid) or str(uid) for uid in (case.match.player_a, case.match.player_b)
        }
        say = self.say(interaction)
        embed = case_embed(case, self.game_data, attached, names, say)
        view = self.decision_buttons(case, interaction.user.id, say)
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

    def decision_buttons(self, case: MatchCase, admin_uid: int, say: Voice) -> discord.ui.View:
        a, b = case.sides
        labels = {
            "a": say("staff-winner-button", name=a.player_name),
            "b": say("staff-winner-button", name=b.player_name),
            "draw": say("staff-draw-button"),
            "void": say("staff-void-button"),
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
        admin_uid, why, say = interaction.user.id, require_reason(reason), self.say(interaction)
        moves = self.preview(match_id, decision, admin_uid)
        shown_id = str(match_id)
        match = self.service.match(admin_uid, match_id)
        a, b = self.views.sides(match)
        if decision == "void":
            head = say("staff-ask-invalidate", match_id=shown_id, reason=why)
        elif match.status == "completed":
            head = say(
                "staff-ask-correct",
                match_id=shown_id,
                result=result_text(decision, a, b, say),
                previous=result_text(match.result, a, b, say),
                reason=why,
            )
        else:
            head = say(
                "staff-ask-resolve", match_id=shown_id, result=result_text(decision, a, b, say), reason=why
            )
        lines = [self.mmr_line(m.discord_uid, m.race, m.before, m.after, say) for m in moves] or [
            say("staff-no-mmr-change")
        ]

        async def run(key: str) -> str:
            if decision == "void":
                out = await self.service.invalidate(admin_uid, match_id, why, key=key)
                done = say("staff-done-invalidate", match_id=shown_id)
            else:
                out = await self.service.resolve(admin_uid, match_id, decision, why, key=key)
                done = say("staff-done-resolve", match_id=shown_id, result=result_text(decision, a, b, say))
            shifts = [self.mmr_line(uid, race, before, after, say) for uid, race, before, after in out.shifts]
            if len(shifts) > SHIFTS_LISTED:
                shifts = [
                    *shifts[:SHIFTS_LISTED],
                    say("staff-more-shifts", count=len(shifts) - SHIFTS_LISTED),
                ]
            extra = [say("staff-rederived", count=out.rederived)] if out.rederived else []
            return "\n".join([done, *(shifts or [say("staff-no-mmr-change")]), *extra])

        await self.ask(interaction, "\n".join([head, *lines]), run)

    @ADMIN_GROUP.command(
        name=locale_str("resolve", key="cmd-admin-resolve"),
        description=locale_str(
            "Decide a match's result (a: player 1, b: player 2)", key="cmd-admin-resolve.description"
        ),
    )
    @requires(ADMIN_ACTION)
    async def resolve(
        self, interaction: discord.Interaction, match_id: int, result: Literal["a", "b", "draw"], reason: str
    ) -> None:
        await self.offer_decision(interaction, match_id, result, reason)

    @ADMIN_GROUP.command(
        name=locale_str("invalidate", key="cmd-admin-invalidate"),
        description=locale_str(
            "Void a match (a completed one's MMR is reversed)", key="cmd-admin-invalidate.description"
        ),
    )
    @requires(ADMIN_ACTION)
    async def invalidate(self, interaction: discord.Interaction, match_id: int, reason: str) -> None:
        await self.offer_decision(interaction, match_id, "void", reason)


CASE_ITEMS = (DecideButton,)
