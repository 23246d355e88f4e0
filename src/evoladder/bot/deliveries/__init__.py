"""Who hears of the ladder's events, one module per audience; the notifier runs them all.

To tell a new audience something, write a delivery (``handlers()``: event type → coroutine) and add
its class to ``DELIVERIES``. Several deliveries may handle the same event type; they run in order.
"""

from __future__ import annotations

from collections.abc import Callable

from evoladder.bot.deliveries.admin_notices import AdminNotices
from evoladder.bot.deliveries.channels import LadderChannels
from evoladder.bot.deliveries.match_room import MatchRoom
from evoladder.bot.deliveries.outbox import Delivery, Outbox
from evoladder.bot.deliveries.searching import SearchingMessages
from evoladder.bot.deliveries.staff_feed import StaffFeed
from evoladder.config import Settings
from evoladder.gamedata import GameData
from evoladder.services.views import LadderViews

DeliveryFactory = Callable[[Outbox, LadderViews, Settings, GameData], Delivery]
# SearchingMessages before MatchRoom: a searching message goes before the match-found message arrives.
DELIVERIES: tuple[DeliveryFactory, ...] = (
    SearchingMessages,
    MatchRoom,
    LadderChannels,
    AdminNotices,  # players hear of admin actions
    StaffFeed,  # the admin channel's feed
)
