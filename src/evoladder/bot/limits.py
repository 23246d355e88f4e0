"""Discord's size limits for what a bot sends, checked on the JSON payload itself.

Discord rejects an oversized payload with HTTP 400, which a player experiences as a command that
"did not respond". The harness checks every captured payload with ``payload_violations`` so a view or
embed that grows past a limit fails a test instead of failing in production.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

CONTENT_MAX = 2000
EMBEDS_PER_MESSAGE = 10
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
EMBED_FIELD_NAME_MAX = 256
EMBED_FIELD_VALUE_MAX = 1024
EMBED_FOOTER_MAX = 2048
EMBED_AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000
ACTION_ROWS_MAX = 5
BUTTONS_PER_ROW = 5
SELECT_OPTIONS_MAX = 25
CUSTOM_ID_MAX = 100
BUTTON_LABEL_MAX = 80
SELECT_PLACEHOLDER_MAX = 150
SELECT_OPTION_TEXT_MAX = 100
MODAL_TITLE_MAX = 45
MODAL_COMPONENTS_MAX = 5
TEXT_INPUT_LABEL_MAX = 45
TEXT_INPUT_VALUE_MAX = 4000
AUTOCOMPLETE_CHOICES_MAX = 25
CHOICE_TEXT_MAX = 100

ACTION_ROW, BUTTON, TEXT_INPUT, LABEL = 1, 2, 4, 18
SELECT_TYPES = frozenset({3, 5, 6, 7, 8})


def _too_long(where: str, text: object, limit: int) -> list[str]:
    if isinstance(text, str) and len(text) > limit:
        return [f"{where} has {len(text)} characters (limit {limit})"]
    return []


def embed_violations(embed: Mapping[str, Any], where: str = "embed") -> list[str]:
    """Every limit one embed breaks, as readable sentences (empty when it fits)."""
    out: list[str] = []
    out += _too_long(f"{where}.title", embed.get("title"), EMBED_TITLE_MAX)
    out += _too_long(f"{where}.description", embed.get("description"), EMBED_DESCRIPTION_MAX)
    footer = embed.get("footer") or {}
    author = embed.get("author") or {}
    out += _too_long(f"{where}.footer.text", footer.get("text"), EMBED_FOOTER_MAX)
    out += _too_long(f"{where}.author.name", author.get("name"), EMBED_AUTHOR_MAX)
    fields: Sequence[Mapping[str, Any]] = embed.get("fields") or []
    if len(fields) > EMBED_FIELDS_MAX:
        out.append(f"{where} has {len(fields)} fields (limit {EMBED_FIELDS_MAX})")
    for i, field in enumerate(fields):
        out += _too_long(f"{where}.fields[{i}].name", field.get("name"), EMBED_FIELD_NAME_MAX)
        out += _too_long(f"{where}.fields[{i}].value", field.get("value"), EMBED_FIELD_VALUE_MAX)
    return out


def embed_total_chars(embed: Mapping[str, Any]) -> int:
    """The characters Discord counts towards the 6000 total (title, description, fields, footer, author)."""
    parts = [embed.get("title"), embed.get("description")]
    parts.append((embed.get("footer") or {}).get("text"))
    parts.append((embed.get("author") or {}).get("name"))
    for field in embed.get("fields") or []:
        parts += [field.get("name"), field.get("value")]
    return sum(len(p) for p in parts if isinstance(p, str))


def _component_violations(component: Mapping[str, Any], where: str) -> list[str]:
    out: list[str] = []
    out += _too_long(f"{where}.custom_id", component.get("custom_id"), CUSTOM_ID_MAX)
    kind = component.get("type")
    if kind == BUTTON:
        out += _too_long(f"{where}.label", component.get("label"), BUTTON_LABEL_MAX)
    elif kind in SELECT_TYPES:
        options: Sequence[Mapping[str, Any]] = component.get("options") or []
        if len(options) > SELECT_OPTIONS_MAX:
            out.append(f"{where} has {len(options)} options (limit {SELECT_OPTIONS_MAX})")
        out += _too_long(f"{where}.placeholder", component.get("placeholder"), SELECT_PLACEHOLDER_MAX)
        for key in ("min_values", "max_values"):
            value = component.get(key)
            if isinstance(value, int) and not 0 <= value <= SELECT_OPTIONS_MAX:
                out.append(f"{where}.{key} is {value} (must be 0..{SELECT_OPTIONS_MAX})")
        for i, option in enumerate(options):
            for key in ("label", "value", "description"):
                out += _too_long(f"{where}.options[{i}].{key}", option.get(key), SELECT_OPTION_TEXT_MAX)
    elif kind == TEXT_INPUT:
        out += _too_long(f"{where}.label", component.get("label"), TEXT_INPUT_LABEL_MAX)
        out += _too_long(f"{where}.value", component.get("value"), TEXT_INPUT_VALUE_MAX)
    return out


def components_violations(rows: Sequence[Mapping[str, Any]], where: str = "components") -> list[str]:
    """Every limit a message's action rows break: 5 rows, 5 buttons or one select a row, item limits."""
    out: list[str] = []
    if len(rows) > ACTION_ROWS_MAX:
        out.append(f"{where} has {len(rows)} action rows (limit {ACTION_ROWS_MAX})")
    for r, row in enumerate(rows):
        children: Sequence[Mapping[str, Any]] = row.get("components") or []
        if row.get("type") != ACTION_ROW:
            out += _component_violations(row, f"{where}[{r}]")
            continue
        if len(children) > BUTTONS_PER_ROW:
            out.append(f"{where}[{r}] has {len(children)} items (limit {BUTTONS_PER_ROW})")
        if any(c.get("type") in SELECT_TYPES for c in children) and len(children) > 1:
            out.append(f"{where}[{r}] mixes a select with other items (a select needs its own row)")
        for c, child in enumerate(children):
            out += _component_violations(child, f"{where}[{r}][{c}]")
    return out


def message_violations(message: Mapping[str, Any], where: str = "message") -> list[str]:
    """Every limit a message payload (content, embeds, components) breaks."""
    out = _too_long(f"{where}.content", message.get("content"), CONTENT_MAX)
    embeds: Sequence[Mapping[str, Any]] = message.get("embeds") or []
    if len(embeds) > EMBEDS_PER_MESSAGE:
        out.append(f"{where} has {len(embeds)} embeds (limit {EMBEDS_PER_MESSAGE})")
    total = 0
    for i, embed in enumerate(embeds):
        out += embed_violations(embed, f"{where}.embeds[{i}]")
        total += embed_total_chars(embed)
    if total > EMBED_TOTAL_MAX:
        out.append(f"{where}'s embeds total {total} characters (limit {EMBED_TOTAL_MAX})")
    out += components_violations(message.get("components") or [], f"{where}.components")
    return out


def modal_violations(modal: Mapping[str, Any], where: str = "modal") -> list[str]:
    """Every limit a modal breaks: title 45, 5 inputs, custom ids, input labels and values."""
    out = _too_long(f"{where}.title", modal.get("title"), MODAL_TITLE_MAX)
    out += _too_long(f"{where}.custom_id", modal.get("custom_id"), CUSTOM_ID_MAX)
    rows: Sequence[Mapping[str, Any]] = modal.get("components") or []
    if len(rows) > MODAL_COMPONENTS_MAX:
        out.append(f"{where} has {len(rows)} components (limit {MODAL_COMPONENTS_MAX})")
    for r, row in enumerate(rows):
        children: Iterable[Mapping[str, Any]]
        if row.get("type") == LABEL:
            children = [row.get("component") or {}]
            out += _too_long(f"{where}.components[{r}].label", row.get("label"), TEXT_INPUT_LABEL_MAX)
        else:
            children = row.get("components") or []
        for c, child in enumerate(children):
            out += _component_violations(child, f"{where}.components[{r}][{c}]")
    return out


def choices_violations(choices: Sequence[Mapping[str, Any]], where: str = "choices") -> list[str]:
    """Every limit an autocomplete answer breaks: 25 choices, names and values of 100 characters."""
    out: list[str] = []
    if len(choices) > AUTOCOMPLETE_CHOICES_MAX:
        out.append(f"{where} has {len(choices)} choices (limit {AUTOCOMPLETE_CHOICES_MAX})")
    for i, choice in enumerate(choices):
        out += _too_long(f"{where}[{i}].name", choice.get("name"), CHOICE_TEXT_MAX)
        out += _too_long(f"{where}[{i}].value", choice.get("value"), CHOICE_TEXT_MAX)
    return out


# Interaction callback types (Discord API): 4 message, 7 update message, 8 autocomplete, 9 modal.
CALLBACK_MESSAGE, CALLBACK_UPDATE, CALLBACK_AUTOCOMPLETE, CALLBACK_MODAL = 4, 7, 8, 9


def interaction_callback_violations(callback: Mapping[str, Any]) -> list[str]:
    """Every limit an interaction callback (``{"type": ..., "data": ...}``) breaks."""
    kind = callback.get("type")
    data: Mapping[str, Any] = callback.get("data") or {}
    if kind in (CALLBACK_MESSAGE, CALLBACK_UPDATE):
        return message_violations(data, "response")
    if kind == CALLBACK_AUTOCOMPLETE:
        return choices_violations(data.get("choices") or [], "autocomplete.choices")
    if kind == CALLBACK_MODAL:
        return modal_violations(data, "modal")
    return []
