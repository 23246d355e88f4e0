"""Keys of ``common.ftl``: messages any feature may render. Import these rather than spelling the key.

For example ``raise LadderError(t(common.UNEXPECTED_ERROR, ref=incident_id))``.
"""

from __future__ import annotations

from evoladder.i18n.text import Key

LANGUAGE_NAME = Key("language-name")
"""The language's own name (``English``, ``한국어``...); no arguments."""

UNEXPECTED_ERROR = Key("error-unexpected")
"""We hit a bug; ``ref`` (str) is the code the player quotes to an admin."""

NOTHING_CHANGED = Key("nothing-changed-try-again")
"""The action had no effect and can be retried; no arguments."""

ABORTS_LEFT = Key("aborts-left")
"""How many match aborts the player has left; ``count`` (int), plural."""
