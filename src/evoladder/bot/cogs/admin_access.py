"""``/admin code_create``, ``/admin codes``, ``/admin code_revoke``: access codes for closed seasons
(``EVOLADDER_ACCESS=code``). A code is for one or N players and expires; the list shows each code's
uses and who used it. Creating and withdrawing go through the confirm step and are audited."""

from __future__ import annotations

from datetime import datetime

import discord
from discord import app_commands
from discord.app_commands import locale_str

from evoladder.bot.checks import ADMIN_ACTION, requires
from evoladder.bot.cogs.admin_base import ADMIN_COG_NAME, ADMIN_GROUP, ADMIN_READ
from evoladder.bot.cogs.admin_snapshot import SnapshotCommands
from evoladder.bot.present.text import absolute_time
from evoladder.rules import access as access_rules
from evoladder.rules.admin import require_reason


class CodeCommands(SnapshotCommands, name=ADMIN_COG_NAME):
    @ADMIN_GROUP.command(
        name=locale_str("code_create", key="cmd-admin-code-create"),
        description=locale_str(
            "Create an access code for a closed season", key="cmd-admin-code-create.description"
        ),
    )
    @app_commands.rename(
        uses=locale_str("uses", key="cmd-admin-uses"),
        valid_days=locale_str("valid_days", key="cmd-admin-valid-days"),
        note=locale_str("note", key="cmd-admin-note"),
    )
    @app_commands.describe(
        uses=locale_str("How many players may use it (1: single-use)", key="cmd-admin-uses.description"),
        valid_days=locale_str("Days until it expires", key="cmd-admin-valid-days.description"),
        note=locale_str(
            "Who it is for (kept with the code and in the audit log)", key="cmd-admin-note.description"
        ),
    )
    @requires(ADMIN_ACTION)
    async def code_create(
        self,
        interaction: discord.Interaction,
        note: str,
        uses: app_commands.Range[int, 1, access_rules.MAX_USES] = 1,
        valid_days: app_commands.Range[int, 1, access_rules.MAX_VALID_DAYS] = 7,
    ) -> None:
        _, _, why = access_rules.check_code_spec(uses, valid_days, note)  # refuse before the confirm
        admin_uid, say = interaction.user.id, self.say(interaction)
        description = say("staff-ask-create-code", uses=uses, days=valid_days, note=why)
        if self.access.mode == "open":
            description = f"{description}\n{say('staff-open-mode')}"

        async def run(key: str) -> str:
            out = await self.access.create_code(
                admin_uid, uses=uses, valid_days=valid_days, note=why, key=key
            )
            expires = absolute_time(datetime.fromisoformat(out.expires_at))
            return say("staff-done-create-code", code=out.code, uses=out.uses_allowed, expires=expires)

        await self.ask(interaction, description, run)

    @ADMIN_GROUP.command(
        name=locale_str("codes", key="cmd-admin-codes"),
        description=locale_str(
            "Access codes: uses, expiry and who used which", key="cmd-admin-codes.description"
        ),
    )
    @requires(ADMIN_READ)
    async def codes(self, interaction: discord.Interaction) -> None:
        await self.show_pages(interaction, "codes")

    @ADMIN_GROUP.command(
        name=locale_str("code_revoke", key="cmd-admin-code-revoke"),
        description=locale_str("Withdraw an access code", key="cmd-admin-code-revoke.description"),
    )
    @requires(ADMIN_ACTION)
    async def code_revoke(self, interaction: discord.Interaction, code: str, reason: str) -> None:
        admin_uid, why, say = interaction.user.id, require_reason(reason), self.say(interaction)
        found = self.access.code(admin_uid, code)

        async def run(key: str) -> str:
            out = await self.access.revoke_code(admin_uid, found.code, why, key=key)
            return say("staff-done-revoke-code", code=out.code, uses=out.uses)

        description = say(
            "staff-ask-revoke-code", code=found.code, uses=found.uses, allowed=found.uses_allowed, reason=why
        )
        await self.ask(interaction, description, run)
