"""Raw gateway payloads as Discord sends them: INTERACTION_CREATE (types 2-5), MESSAGE_CREATE, READY.

Field names and shapes follow the Discord API v10 documentation; ids are snowflakes (strings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from discord.utils import snowflake_time, time_snowflake

JSON = dict[str, Any]

ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024
# Permissions Discord reports for the bot in a DM (view channel, send messages, embed, attach, ...).
DM_APP_PERMISSIONS = "1126999418470913"
MEMBER_PERMISSIONS = "2248473465835073"


class SnowflakeFactory:
    """Unique, increasing snowflakes, starting at the current time like Discord's.

    A snowflake carries its creation time (discord.py's ``created_at``); ``advance`` moves that clock
    on, so what was made before looks that much older (messages to prune, for instance).
    """

    def __init__(self) -> None:
        self._next = time_snowflake(datetime.now(UTC))

    def __call__(self) -> int:
        value, self._next = self._next, self._next + 1
        return value

    def advance(self, delta: timedelta) -> None:
        """Let Discord's clock run ``delta`` ahead: later snowflakes carry the later time."""
        self._next = max(self._next, time_snowflake(snowflake_time(self._next) + delta))


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class FakeUser:
    """A Discord user the harness plays."""

    id: int
    username: str
    global_name: str | None = None
    locale: str = "en-US"
    bot: bool = False

    def payload(self) -> JSON:
        data: JSON = {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "public_flags": 0,
        }
        if self.bot:
            data["bot"] = True
        return data


@dataclass(frozen=True)
class Place:
    """Where an interaction happens: a user's DM channel, or a guild text channel."""

    channel_id: int
    guild_id: int | None = None
    channel_name: str = "ladder"


@dataclass
class InteractionEnvelope:
    """The common part of every INTERACTION_CREATE payload."""

    interaction_id: int
    application_id: int
    user: FakeUser
    place: Place
    extra: JSON = field(default_factory=dict)

    @property
    def token(self) -> str:
        return f"interaction-token-{self.interaction_id}"

    def build(self, kind: int, data: JSON | None) -> JSON:
        payload: JSON = {
            "id": str(self.interaction_id),
            "application_id": str(self.application_id),
            "type": kind,
            "token": self.token,
            "version": 1,
            "locale": self.user.locale,
            "entitlements": [],
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            "app_permissions": DM_APP_PERMISSIONS,
            "channel_id": str(self.place.channel_id),
        }
        if data is not None:
            payload["data"] = data
        if self.place.guild_id is None:
            payload["context"] = 1  # BOT_DM
            payload["authorizing_integration_owners"] = {"0": "0"}
            payload["user"] = self.user.payload()
            payload["channel"] = {
                "id": str(self.place.channel_id),
                "type": 1,
                "last_message_id": None,
                "flags": 0,
                "recipients": [self.user.payload()],
            }
        else:
            guild = str(self.place.guild_id)
            payload["context"] = 0  # GUILD
            payload["authorizing_integration_owners"] = {"0": guild}
            payload["guild_id"] = guild
            payload["guild"] = {"id": guild, "locale": "en-US", "features": []}
            payload["guild_locale"] = "en-US"
            payload["member"] = {
                "user": self.user.payload(),
                "roles": [],
                "joined_at": iso_now(),
                "deaf": False,
                "mute": False,
                "flags": 0,
                "pending": False,
                "permissions": MEMBER_PERMISSIONS,
                "nick": None,
                "avatar": None,
                "premium_since": None,
                "communication_disabled_until": None,
            }
            payload["channel"] = {
                "id": str(self.place.channel_id),
                "type": 0,
                "guild_id": guild,
                "name": self.place.channel_name,
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
                "parent_id": None,
                "flags": 0,
                "last_message_id": None,
                "rate_limit_per_user": 0,
                "topic": None,
                "permissions": MEMBER_PERMISSIONS,
            }
        payload.update(self.extra)
        return payload


def command_data(
    *,
    command_id: int,
    path: list[str],
    options: list[JSON],
    guild_id: int | None,
    resolved: JSON | None = None,
) -> JSON:
    """``data`` of an application command: ``path`` is ``[name]`` or ``[group, (subgroup,) sub]``."""
    nested = options
    for depth in range(len(path) - 1, 0, -1):
        nested = [{"name": path[depth], "type": 1 if depth == len(path) - 1 else 2, "options": nested}]
    data: JSON = {"id": str(command_id), "name": path[0], "type": 1, "options": nested}
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    if resolved:
        data["resolved"] = resolved
    return data


def component_data(custom_id: str, component_type: int, values: list[str] | None) -> JSON:
    data: JSON = {"custom_id": custom_id, "component_type": component_type}
    if values is not None:
        data["values"] = values
    return data


def modal_submit_data(modal: JSON, values: dict[str, str]) -> JSON:
    """``data`` of a modal submit mirroring the modal the bot showed (rows or labels) with ``values``."""
    unknown = set(values) - set(_text_input_ids(modal))
    if unknown:
        raise KeyError(f"the modal has no text inputs named {sorted(unknown)}")
    rows: list[JSON] = []
    for row in modal.get("components") or []:
        if row.get("type") == 18:  # Label wrapping one component
            inner = row.get("component") or {}
            rows.append({"type": 18, "component": _submitted(inner, values)})
        else:
            rows.append(
                {"type": 1, "components": [_submitted(c, values) for c in row.get("components") or []]}
            )
    return {"custom_id": modal["custom_id"], "components": rows}


def _text_input_ids(modal: JSON) -> list[str]:
    out = []
    for row in modal.get("components") or []:
        children = [row.get("component") or {}] if row.get("type") == 18 else row.get("components") or []
        out += [c["custom_id"] for c in children if c.get("type") == 4]
    return out


def _submitted(component: JSON, values: dict[str, str]) -> JSON:
    return {
        "type": component.get("type", 4),
        "custom_id": component["custom_id"],
        "value": values.get(component["custom_id"], component.get("value") or ""),
    }


def dm_message_create(
    *,
    message_id: int,
    channel_id: int,
    author: FakeUser,
    content: str,
    attachments: list[JSON],
) -> JSON:
    """A MESSAGE_CREATE for a message a user sends the bot in DMs."""
    return {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author.payload(),
        "content": content,
        "timestamp": iso_now(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": attachments,
        "embeds": [],
        "components": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
        "nonce": str(message_id),
    }


def attachment_payload(*, attachment_id: int, channel_id: int, filename: str, size: int) -> JSON:
    url = f"https://cdn.discordapp.com/attachments/{channel_id}/{attachment_id}/{filename}"
    return {
        "id": str(attachment_id),
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url.replace("cdn.discordapp.com", "media.discordapp.net"),
        "content_type": "application/octet-stream",
    }


def ready_payload(*, bot_user: FakeUser, application_id: int, session: str) -> JSON:
    """A READY as the gateway sends it after IDENTIFY, for a bot in no guild yet."""
    return {
        "v": 10,
        "user": bot_user.payload() | {"verified": True, "mfa_enabled": False, "flags": 0},
        "guilds": [],
        "session_id": session,
        "resume_gateway_url": "wss://gateway.discord.gg",
        "shard": [0, 1],
        "application": {"id": str(application_id), "flags": 0},
        "private_channels": [],
        "relationships": [],
    }
