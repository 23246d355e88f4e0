"""``/admin code_create``, ``/admin codes``, ``/admin code_revoke``: access codes for closed seasons
(``EVOLADDER_ACCESS=code``). A code is for one or N players and expires; the list shows each code's
uses and who used it. Creating and withdrawing go through the confirm step and are audited."""

from __future__ import annotations

from datetime import datetime

import discord
from discord import app_commands

from evoladder.bot.checks import ADMIN_ACTION, requires
from evoladder.bot.cogs.admin_base import ADMIN_COG_NAME, ADMIN_GROUP, ADMIN_READ
from evoladder.bot.cogs.admin_snapshot import SnapshotCommands
from evoladder.bot.present.text import absolute_time
from evoladder.rules import access as access_rules
from evoladder.rules.admin import require_reason

TEXT = {
    "ask_create": "Create an access code for {uses} player(s), valid {days} day(s). For: {note}",
    "done_create": "access code **{code}** created: {uses} use(s), expires {expires}. Give it to the player(s); they type `/activate {code}`.",
    "ask_revoke": "Withdraw the access code {code} (used {uses}/{allowed}). Reason: {reason}",
    "done_revoke": "the code {code} is withdrawn (it was used {uses} time(s); those players keep access).",
    "open_mode": "Note: this season is open (EVOLADDER_ACCESS=open), so codes are not needed until it is set to code.",
}


class CodeCommands(SnapshotCommands, name=ADMIN_COG_NAME):
    @ADMIN_GROUP.command(name="code_create", description="Create an access code for a closed season")
    @app_commands.describe(
        uses="How many players may use it (1: single-use)",
        valid_days="Days until it expires",
        note="Who it is for (kept with the code and in the audit log)",
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
        admin_uid = interaction.user.id
        description = TEXT["ask_create"].format(uses=uses, days=valid_days, note=why)
        if self.access.mode == "open":
            description = f"{description}\n{TEXT['open_mode']}"

        async def run(key: str) -> str:
            out = await self.access.create_code(
                admin_uid, uses=uses, valid_days=valid_days, note=why, key=key
            )
            expires = absolute_time(datetime.fromisoformat(out.expires_at))
            return TEXT["done_create"].format(code=out.code, uses=out.uses_allowed, expires=expires)

        await self.ask(interaction, description, run)

    @ADMIN_GROUP.command(name="codes", description="Access codes: uses, expiry and who used which")
    @requires(ADMIN_READ)
    async def codes(self, interaction: discord.Interaction) -> None:
        await self.show_pages(interaction, "codes")

    @ADMIN_GROUP.command(name="code_revoke", description="Withdraw an access code")
    @requires(ADMIN_ACTION)
    async def code_revoke(self, interaction: discord.Interaction, code: str, reason: str) -> None:
        admin_uid, why = interaction.user.id, require_reason(reason)
        found = self.access.code(admin_uid, code)

        async def run(key: str) -> str:
            out = await self.access.revoke_code(admin_uid, found.code, why, key=key)
            return TEXT["done_revoke"].format(code=out.code, uses=out.uses)

        description = TEXT["ask_revoke"].format(
            code=found.code, uses=found.uses, allowed=found.uses_allowed, reason=why
        )
        await self.ask(interaction, description, run)
