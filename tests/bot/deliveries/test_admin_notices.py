"""Players hear of admin actions: one DM per affected player per action, however often its confirm
was clicked, naming what changed and the reason."""

from __future__ import annotations

import asyncio

from evoladder.bootstrap import App
from evoladder.services.clock import ManualClock
from tests.bot.cogs.conftest import OWNER_ID, ladder_discord
from tests.bot.cogs.test_match import report
from tests.bot.cogs.test_match_scenarios import table
from tests.bot.harness import running_harness


async def test_a_double_clicked_invalidate_of_a_completed_match_dms_each_player_once_with_the_reversal(
    app: App, clock: ManualClock
) -> None:
    """Durability issue, item 8: today the DM says "No MMR changed" although the MMR was reversed."""
    front = ladder_discord(app)
    async with running_harness(front.bot) as h:
        t = table(h, app, clock, front)
        owner, alice, bob = h.user("owner", user_id=OWNER_ID), await t.player("Alice"), await t.player("Bob")
        match_id = await t.match(alice, bob)
        await t.confirm_both(match_id, alice, bob)
        await report(h, alice, match_id, "win")
        await report(h, bob, match_id, "loss")
        await t.drain()
        seen = {u.id: len(h.dms_to(u)) for u in (alice, bob)}

        await h.slash(
            "admin invalidate", user=owner, options={"match_id": match_id, "reason": "smurf account"}
        )
        button = h.custom_id(f"admin:confirm:{owner.id}:")
        stale = dict(h.find_message(button).data)
        await asyncio.gather(*(h.click(button, user=owner, message=stale) for _ in range(2)))
        await t.drain()

        told = {u.id: [m.content for m in h.dms_to(u)[seen[u.id] :]] for u in (alice, bob)}
        assert told[alice.id] == [
            f"An admin invalidated match #{match_id}: its result does not count.\n"
            "Your BW Zerg MMR: 1520 → **1500** (-20).\nReason: smurf account"
        ]
        assert told[bob.id] == [
            f"An admin invalidated match #{match_id}: its result does not count.\n"
            "Your SC2 Terran MMR: 1480 → **1500** (+20).\nReason: smurf account"
        ]
