"""Discord's rules for localised application-command strings, and the key convention that marks them.

Discord refuses a whole command sync over one bad localisation, so the catalog checker holds every
locale to these rules and the bot's Translator drops (and logs) anything that breaks them anyway.

Key convention (the checker applies the rules by key, the Translator by where discord.py uses it):

- ``cmd-<...>``: a slash command, group or parameter *name*, e.g. ``cmd-queue = queue``; its
  ``.description`` attribute is that command's, group's or parameter's description.
- ``choice-<...>``: the display name of a parameter choice.
- ``menu-<...>``: the name of a context-menu command (user or message menu).
"""

from __future__ import annotations

import unicodedata

COMMAND_PREFIX = "cmd-"
CHOICE_PREFIX = "choice-"
MENU_PREFIX = "menu-"
DESCRIPTION_ATTRIBUTE = "description"

NAME_MAX = 32
DESCRIPTION_MAX = 100
CHOICE_NAME_MAX = 100

# \p{sc=Deva} and \p{sc=Thai} of Discord's regex, as code point blocks (the stdlib re has no \p{sc=}).
_EXTRA_SCRIPTS = ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x11B00, 0x11B5F), (0x0E00, 0x0E7F))


def name_problem(name: str) -> str | None:
    """Why Discord would refuse ``name`` as a slash command, group or parameter name, or None.

    The rule: ``^[-_\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$``, in lowercase where a letter has one.
    """
    if not 1 <= len(name) <= NAME_MAX:
        return f"must be 1–{NAME_MAX} characters, is {len(name)}"
    if name != name.lower():
        return "must be lowercase"
    for char in name:
        if char in "-_" or unicodedata.category(char)[0] in "LN":
            continue
        code = ord(char)
        if any(low <= code <= high for low, high in _EXTRA_SCRIPTS):
            continue
        return f"may hold only letters, digits, '-' and '_', not {char!r}"
    return None


def description_problem(description: str) -> str | None:
    """Why Discord would refuse ``description`` for a command or parameter, or None."""
    if not 1 <= len(description) <= DESCRIPTION_MAX:
        return f"must be 1–{DESCRIPTION_MAX} characters, is {len(description)}"
    return None


def choice_name_problem(name: str) -> str | None:
    """Why Discord would refuse ``name`` as a choice's display name, or None."""
    if not 1 <= len(name) <= CHOICE_NAME_MAX:
        return f"must be 1–{CHOICE_NAME_MAX} characters, is {len(name)}"
    return None


def menu_name_problem(name: str) -> str | None:
    """Why Discord would refuse ``name`` for a context-menu command (any case, spaces allowed), or None."""
    if not 1 <= len(name) <= NAME_MAX:
        return f"must be 1–{NAME_MAX} characters, is {len(name)}"
    return None


def is_command_string(address: str) -> bool:
    """Whether the catalog key ``address`` is a Discord command string by the key convention above."""
    message, _, attribute = address.partition(".")
    if message.startswith(COMMAND_PREFIX):
        return attribute in ("", DESCRIPTION_ATTRIBUTE)
    return message.startswith((CHOICE_PREFIX, MENU_PREFIX)) and not attribute


def command_string_problem(address: str, text: str) -> str | None:
    """Discord's objection to the rendered catalog string at ``address``, by the key convention above.

    None when the string is fine or ``address`` is not a command string at all.
    """
    message, _, attribute = address.partition(".")
    if message.startswith(COMMAND_PREFIX):
        if not attribute:
            return name_problem(text)
        if attribute == DESCRIPTION_ATTRIBUTE:
            return description_problem(text)
    elif message.startswith(CHOICE_PREFIX) and not attribute:
        return choice_name_problem(text)
    elif message.startswith(MENU_PREFIX) and not attribute:
        return menu_name_problem(text)
    return None
