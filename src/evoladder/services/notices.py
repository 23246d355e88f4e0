"""Community notices: a player acknowledges the quick-start guide (before their first Join) and the
Shield Battery notice (on matches with a Brood War Protoss player), once each; it is stored."""

from __future__ import annotations

from evoladder.services.base import ServiceContext


class NoticeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    async def acknowledge(self, discord_uid: int, notice: str, *, key: str | None = None) -> None:
        await self.ctx.execute(
            self.ctx.state.acknowledge_notice, discord_uid, notice, now=self.ctx.now(), idempotency_key=key
        )

    def needs_quick_start(self, discord_uid: int) -> bool:
        """A new player (no match yet) who has not acknowledged the quick-start guide."""
        return self.ctx.state.needs_quick_start(discord_uid)
