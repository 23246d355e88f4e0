"""``Text``: a message to render later, in the reader's language.

Domain errors, events and service results carry ``Text`` rather than English, so the front end that
finally shows them (a Discord answer, a DM, the web leaderboard) picks the language of its reader.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any, NewType, NoReturn, TypeAlias

Key = NewType("Key", str)
"""A catalog key spelled where no ``t("...")`` call is, e.g. in a table: ``RACE = {"zerg": Key("race-zerg")}``.

At run time it is the string itself. It exists so that the catalog checker, which reads the sources for
``t("...")``, ``Text("...")``, ``Key("...")`` and ``locale_str(..., key="...")``, sees every key in use.
"""

JsonObject: TypeAlias = dict[str, Any]


class Text:
    """A catalog key plus its arguments; frozen, hashable, picklable and JSON round-trippable.

    Argument values are ``str``, ``int``, ``float``, a timezone-aware ``datetime`` or a nested ``Text``
    (rendered in the same locale first). Anything else is refused here, where the bug is, rather than
    at render time in front of a player.
    """

    __slots__ = ("_args", "_nested", "key")

    key: str
    _args: dict[str, TextArg]
    _nested: bool

    def __init__(self, key: str, args: Mapping[str, TextArg] | None = None) -> None:
        owned = dict(args) if args else {}
        for name in owned:
            if type(name) is not str:
                raise TypeError(f"Text {key!r}: argument names must be str, not {name!r}")
        _initialise(self, key, owned)

    @property
    def args(self) -> Mapping[str, TextArg]:
        """The arguments, read-only."""
        return MappingProxyType(self._args)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"Text is frozen (tried to set {name!r})")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"Text is frozen (tried to delete {name!r})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Text):
            return NotImplemented
        return self.key == other.key and self._args == other._args

    def __hash__(self) -> int:
        return hash((self.key, frozenset(self._args.items())))

    def __reduce__(self) -> tuple[type[Text], tuple[str, dict[str, TextArg]]]:
        # Slots plus a refusing __setattr__ defeat pickle's default; rebuild through __init__ instead.
        return (Text, (self.key, self._args))

    def __repr__(self) -> str:
        args = "".join(f", {name}={value!r}" for name, value in self._args.items())
        return f"t({self.key!r}{args})"

    def to_json(self) -> JsonObject:
        """A JSON-ready dict: ``{"key": ..., "args": {...}}``; datetimes and nested texts are tagged."""
        if not self._args:
            return {"key": self.key}
        return {"key": self.key, "args": {name: _encode(value) for name, value in self._args.items()}}

    @classmethod
    def from_json(cls, data: object) -> Text:
        """The inverse of ``to_json``; raises ``ValueError`` on anything it would not have written."""
        if not isinstance(data, dict):
            raise ValueError(f"a Text must be a JSON object, not {data!r}")
        unknown = set(data) - {"key", "args"}
        if unknown:
            raise ValueError(f"unknown fields in Text JSON: {sorted(unknown)}")
        key = data.get("key")
        if not isinstance(key, str) or not key:
            raise ValueError(f"Text JSON needs a non-empty string 'key', got {key!r}")
        raw = data.get("args", {})
        if not isinstance(raw, dict):
            raise ValueError(f"Text {key!r}: 'args' must be a JSON object, got {raw!r}")
        try:
            return cls(key, {name: _decode(key, name, value) for name, value in raw.items()})
        except TypeError as exc:
            raise ValueError(str(exc)) from exc


TextArg: TypeAlias = str | int | float | datetime | Text


def t(key: str, /, **args: TextArg) -> Text:
    """The message ``key`` with ``args``: ``t("aborts-left", count=2)``."""
    text = object.__new__(Text)
    _initialise(text, key, args)  # the kwargs dict is ours already: no copy
    return text


_set = object.__setattr__


def _initialise(text: Text, key: str, args: dict[str, TextArg]) -> None:
    """Check and store; ``args`` must be a dict nobody else holds (values may be replaced in place)."""
    if type(key) is not str or not key:
        raise TypeError(f"a Text key must be a non-empty str, not {key!r}")
    nested = False
    for name, value in args.items():
        kind = type(value)
        if kind is str or kind is int or kind is float:
            continue
        if kind is Text:
            nested = True
        else:
            args[name] = _normalise(key, name, value)
            nested = nested or isinstance(value, Text)
    _set(text, "key", key)
    _set(text, "_args", args)
    _set(text, "_nested", nested)


def _normalise(key: str, name: str, value: object) -> TextArg:
    """Accept subclasses of the allowed types as their plain value; refuse the rest loudly."""
    if isinstance(value, bool) or value is None:
        # bool is an int to Python, but "True" in a sentence is always a bug: select on a string instead.
        raise TypeError(
            f"Text {key!r}: argument {name!r} is {value!r}; pass str, int, float, datetime or Text"
        )
    if isinstance(value, str):  # e.g. a StrEnum member
        return str.__str__(value)
    if isinstance(value, int):  # e.g. an IntEnum member
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise TypeError(f"Text {key!r}: datetime argument {name!r} must be timezone-aware")
        return value
    if isinstance(value, Text):
        return value
    raise TypeError(
        f"Text {key!r}: argument {name!r} has type {type(value).__name__}; "
        "pass str, int, float, datetime or Text"
    )


def _encode(value: TextArg) -> Any:
    if isinstance(value, Text):
        return {"$text": value.to_json()}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    return value


def _decode(key: str, name: str, value: object) -> TextArg:
    if isinstance(value, bool) or value is None:
        raise ValueError(f"Text {key!r}: argument {name!r} cannot be {value!r}")
    if isinstance(value, str | int | float):
        return value
    if isinstance(value, dict) and len(value) == 1:
        if "$text" in value:
            return Text.from_json(value["$text"])
        if "$datetime" in value and isinstance(value["$datetime"], str):
            try:
                return datetime.fromisoformat(value["$datetime"])
            except ValueError as exc:
                raise ValueError(f"Text {key!r}: argument {name!r}: {exc}") from exc
    raise ValueError(f"Text {key!r}: argument {name!r} is not a Text argument: {value!r}")
