"""Reading Fluent syntax trees: which variables a pattern uses, whether it is blank, its plural selects."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from fluent.syntax import ast as ftl

PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})


def find_pattern(message: ftl.Message | ftl.Term, attribute: str | None) -> ftl.Pattern | None:
    """The value of ``message`` (attribute None) or of one of its attributes."""
    if attribute is None:
        return message.value
    return next((a.value for a in message.attributes if a.id.name == attribute), None)


def variables(pattern: ftl.Pattern, messages: Mapping[str, ftl.Message]) -> frozenset[str]:
    """Every ``$variable`` the pattern reads, through selects, function calls and message references.

    A referenced message is rendered with the same arguments, so its variables count; a term's do not
    (inside a term, ``$x`` is a parameter of the term, not an argument of the caller).
    """
    found: set[str] = set()
    _collect(pattern, messages, found, set())
    return frozenset(found)


def _collect(node: object, messages: Mapping[str, ftl.Message], found: set[str], seen: set[str]) -> None:
    if isinstance(node, ftl.VariableReference):
        found.add(node.id.name)
        return
    if isinstance(node, ftl.MessageReference):
        address = node.id.name + (f".{node.attribute.name}" if node.attribute else "")
        target = messages.get(node.id.name)
        if target is not None and address not in seen:
            seen.add(address)
            pattern = find_pattern(target, node.attribute.name if node.attribute else None)
            if pattern is not None:
                _collect(pattern, messages, found, seen)
        return
    if isinstance(node, ftl.TermReference):
        # Only the call's own arguments belong to the caller; the term's body reads its parameters.
        if node.arguments is not None:
            _collect(node.arguments, messages, found, seen)
        return
    if isinstance(node, ftl.BaseNode):
        for value in vars(node).values():
            if isinstance(value, list):
                for item in value:
                    _collect(item, messages, found, seen)
            else:
                _collect(value, messages, found, seen)


def message_references(pattern: ftl.Pattern) -> Iterator[str]:
    """The addresses (``key`` or ``key.attr``) of the messages this pattern places."""
    stack: list[object] = [pattern]
    while stack:
        node = stack.pop()
        if isinstance(node, ftl.MessageReference):
            yield node.id.name + (f".{node.attribute.name}" if node.attribute else "")
        elif isinstance(node, ftl.BaseNode):
            for value in vars(node).values():
                stack.extend(value if isinstance(value, list) else [value])


def is_blank(pattern: ftl.Pattern) -> bool:
    """True when the pattern renders as nothing but whitespace whatever its arguments."""
    for element in pattern.elements:
        if isinstance(element, ftl.TextElement):
            if element.value.strip():
                return False
        elif isinstance(element, ftl.Placeable) and isinstance(element.expression, ftl.StringLiteral):
            if str(element.expression.parse()["value"]).strip():
                return False
        else:
            return False
    return True


def plural_selects(pattern: ftl.Pattern) -> Iterator[ftl.SelectExpression]:
    """Selects on ``NUMBER(...)`` or with a variant named after a CLDR plural category (``[one]``...)."""
    stack: list[object] = [pattern]
    while stack:
        node = stack.pop()
        if isinstance(node, ftl.SelectExpression) and (
            (isinstance(node.selector, ftl.FunctionReference) and node.selector.id.name == "NUMBER")
            or any(
                isinstance(v.key, ftl.Identifier) and v.key.name in PLURAL_CATEGORIES - {"other"}
                for v in node.variants
            )
        ):
            yield node
        if isinstance(node, ftl.BaseNode):
            for value in vars(node).values():
                stack.extend(value if isinstance(value, list) else [value])
