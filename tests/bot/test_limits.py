from __future__ import annotations

from evoladder.bot import limits


def test_a_message_within_every_limit_has_no_violation() -> None:
    message = {
        "content": "x" * 2000,
        "embeds": [{"title": "t" * 256, "description": "d" * 4096, "fields": [{"name": "n", "value": "v"}]}],
        "components": [
            {"type": 1, "components": [{"type": 2, "label": "l" * 80, "custom_id": "c" * 100}] * 5}
        ]
        * 5,
    }
    assert limits.message_violations(message) == []


def test_each_embed_limit_is_reported_with_where_it_is() -> None:
    embed = {
        "title": "t" * 257,
        "description": "d" * 4097,
        "fields": [{"name": "n" * 257, "value": "v" * 1025}] * 26,
        "footer": {"text": "f" * 2049},
        "author": {"name": "a" * 257},
    }
    found = "\n".join(limits.message_violations({"embeds": [embed]}))
    for fragment in (
        "embeds[0].title has 257",
        "embeds[0].description has 4097",
        "has 26 fields",
        "fields[25].name has 257",
        "fields[0].value has 1025",
        "footer.text has 2049",
        "author.name has 257",
        "total",
    ):
        assert fragment in found


def test_the_6000_total_counts_across_embeds_and_the_embed_count_is_limited() -> None:
    embed = {"description": "d" * 4000}
    assert limits.message_violations({"embeds": [embed]}) == []
    assert any("total 8000" in v for v in limits.message_violations({"embeds": [embed, embed]}))
    assert any("11 embeds" in v for v in limits.message_violations({"embeds": [{"title": "x"}] * 11}))


def test_component_limits() -> None:
    button = {"type": 2, "label": "ok", "custom_id": "b"}
    rows = [{"type": 1, "components": [button] * 6}] * 6
    found = "\n".join(limits.components_violations(rows))
    assert "6 action rows" in found and "has 6 items" in found
    select = {"type": 3, "custom_id": "s", "options": [{"label": "o", "value": str(i)} for i in range(26)]}
    found = "\n".join(limits.components_violations([{"type": 1, "components": [select, button]}]))
    assert "26 options" in found and "mixes a select" in found
    long_ids = [{"type": 1, "components": [{"type": 2, "label": "l" * 81, "custom_id": "c" * 101}]}]
    found = "\n".join(limits.components_violations(long_ids))
    assert "label has 81" in found and "custom_id has 101" in found


def test_content_modal_and_choice_limits() -> None:
    assert limits.message_violations({"content": "x" * 2001}) == [
        "message.content has 2001 characters (limit 2000)"
    ]
    modal = {"title": "t" * 46, "custom_id": "m", "components": [{"type": 1, "components": []}] * 6}
    assert len(limits.modal_violations(modal)) == 2
    choices = [{"name": "n" * 101, "value": "v"}] * 26
    assert len(limits.choices_violations(choices)) == 27


def test_callbacks_are_checked_by_their_type() -> None:
    assert limits.interaction_callback_violations({"type": 4, "data": {"content": "x" * 2001}})
    assert limits.interaction_callback_violations({"type": 7, "data": {"embeds": [{"title": "x" * 300}]}})
    assert limits.interaction_callback_violations({"type": 9, "data": {"title": "x" * 46, "custom_id": "m"}})
    assert limits.interaction_callback_violations(
        {"type": 8, "data": {"choices": [{"name": "a", "value": "a"}] * 26}}
    )
    assert limits.interaction_callback_violations({"type": 5}) == []
