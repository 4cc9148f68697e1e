"""Boilerplate rules: each a name and a pattern matched against one whole line (case-insensitive).

A line that matches is dropped and recorded as ``Dropped(rule, text)`` on the document, so
``crosscheck clean FILE --dropped`` shows what went and why. Add a rule here and a test case in
``tests/test_clean.py``.
"""

from __future__ import annotations

import re

_RAW_RULES: tuple[tuple[str, str], ...] = (
    ("read_more_link", r"^(read|read more|read also|also read|see also|related|related stories?|"
                       r"more|more on this|recommended|watch|listen|must read|don't miss|trending)\s*[:|»>–—-]\s*\S.*$"),
    ("donation_appeal", r"^.*\b(make a (small )?donation|donate (now|today|to)|support (our|independent|"
                        r"quality) journalism|become a (member|supporter|patron)|chip in|your (contribution|"
                        r"support) (enables|helps|keeps)|help (us )?sustain)\b.*$"),
    ("newsletter_prompt", r"^.*\b(sign up|subscribe|get our|join our)\b.*\b(newsletter|briefing|inbox|"
                          r"digest|updates|alerts)\b.*$"),
    ("social_prompt", r"^(connect with us|follow us|follow (the )?[\w .'’-]{1,60} on|share (this|on)|"
                      r"like us on|join us on)\b.*$"),
    # a prompt, not a report that someone "wrote on X" or "posted on Telegram"
    ("social_prompt_end", r"^.*\b(follow|find|join|like|watch|stay [\w ]{0,20}|get [\w ]{0,30}|us|our [\w ]{1,30})"
                          r"\s+on (facebook|twitter|x|instagram|telegram|whatsapp|tiktok|youtube)"
                          r"( and (facebook|twitter|x|instagram|telegram|whatsapp|tiktok|youtube))*"
                          r"( for (breaking news|updates|more)[\w ,]*)?\.?$"),
    ("image_caption", r"^(image for\b|image:|photo:|photograph:|picture:|caption:|file photo\b|"
                      r"pictured:|\(photo\b|photo credit\b|image credit\b|credit:).*$"),
    ("copyright_line", r"^(©|\(c\)|copyright)\s.*$"),
    ("advertisement", r"^(advertisement|sponsored( content)?|ad|promoted|scroll to continue)\.?$"),
    ("byline_timestamp", r"^(updated|published|posted|last updated)\s*[:]?\s*\w+.{0,40}\d{1,2}:\d{2}.*$"),
    ("comment_prompt", r"^(leave a comment|comments?|\d+ comments?|join the conversation)\.?$"),
)

#: The rules, compiled: (name, pattern).
RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((n, re.compile(p, re.I)) for n, p in _RAW_RULES)


#: Boilerplate lines are short; longer lines are article text (and never pay for the patterns).
MAX_BOILERPLATE_CHARS = 400


def match_rule(line: str) -> str | None:
    """The name of the first boilerplate rule that matches the whole line, or None."""
    s = line.strip()
    if not s or len(s) > MAX_BOILERPLATE_CHARS:
        return None
    for name, pattern in RULES:
        if pattern.match(s):
            return name
    return None
