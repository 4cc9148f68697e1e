"""Cleaner: one case per boilerplate rule, repeated paragraphs, offsets."""

from __future__ import annotations

import pytest

from crosscheck.clean import clean_text, match_rule

RULE_CASES = [
    ("READ: Putin Vows Ukraine Destruction After Drone Strike", "read_more_link"),
    ("Related: North Korea sends more troops", "read_more_link"),
    ("See also — the full timeline", "read_more_link"),
    ("Please make a small donation to the Tampa Free Press to help sustain independent journalism.", "donation_appeal"),
    ("Please support independent journalism: donate today.", "donation_appeal"),
    ("Sign up: Subscribe to our free newsletter for a curated selection of top stories.", "newsletter_prompt"),
    ("Get our daily briefing in your inbox.", "newsletter_prompt"),
    ("Connect with us: Follow the Tampa Free Press on Facebook and Twitter for breaking news.", "social_prompt"),
    ("Follow us on X and Telegram.", "social_prompt"),
    ("For the latest news, stay updated on Telegram.", "social_prompt_end"),
    ("Get breaking news alerts on WhatsApp.", "social_prompt_end"),
    ("Image for North Korean State TV Airs Footage", "image_caption"),
    ("Photo: soldiers near Kursk", "image_caption"),
    ("© 2025 Harbor Ledger. All rights reserved.", "copyright_line"),
    ("Advertisement", "advertisement"),
]


@pytest.mark.parametrize("line,rule", RULE_CASES, ids=[c[1] + ":" + c[0][:20] for c in RULE_CASES])
def test_clean_boilerplate_rule(line, rule):
    assert match_rule(line) == rule


@pytest.mark.parametrize("line", [
    "Zelenskyy said over 3,000 North Korean troops had been killed or wounded.",
    "Officials read the statement aloud.",
    "Ukraine's military said it would follow the troops on the ground.",
    "At least 25 people were killed, the Taliban's deputy spokesman wrote on X.",
    "The regional governor posted the figures on Telegram.",
])
def test_clean_keeps_article_sentences(line):
    assert match_rule(line) is None


def test_clean_drops_repeated_paragraphs_and_keeps_first():
    text = "First para one two three four five six.\n\nSecond para seven eight nine ten.\n\nFirst para one two three four five six.\n"
    cleaned, dropped = clean_text(text)
    assert cleaned == "First para one two three four five six.\n\nSecond para seven eight nine ten."
    assert [d.rule for d in dropped] == ["repeated_paragraph"]


def test_clean_splits_run_on_sentences_and_normalises_space():
    cleaned, _ = clean_text("to the Ukrainian frontlines.North Korea is\u00a0reportedly  preparing")
    assert cleaned == "to the Ukrainian frontlines.\n\nNorth Korea is reportedly preparing"


def test_clean_joins_hard_wrapped_lines():
    cleaned, _ = clean_text("Officials said that over 3,000\ntroops were killed.\n\nNext.")
    assert cleaned == "Officials said that over 3,000 troops were killed.\n\nNext."


def test_clean_drops_title_repeat_and_caption():
    cleaned, dropped = clean_text("Big Headline Here\nImage for Big Headline Here\nBody text.", title="Big Headline Here")
    assert cleaned == "Body text."
    assert {d.rule for d in dropped} == {"title_repeat", "title_caption"} or {d.rule for d in dropped} == {"title_repeat", "image_caption"}
