"""HTML page -> main text and metadata, with trafilatura (scripts, menus, footers dropped)."""

from __future__ import annotations

from typing import Any

from crosscheck.records import Problem


def html_to_article(html: str, where: str, url: str | None = None) -> dict[str, Any] | Problem:
    """``{"text", "title", "url", "outlet", "published", "author"}`` or a Problem."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception as e:  # trafilatura raises many kinds on hostile markup
        return Problem(where, "cannot parse HTML", f"{type(e).__name__}: {e}")
    if result is None:
        return Problem(where, "no article text found in HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        return Problem(where, "no article text found in HTML")
    return {
        "text": text,
        "title": data.get("title"),
        "url": data.get("url") or url,
        "outlet": data.get("sitename") or data.get("hostname"),
        "published": data.get("date"),
        "author": data.get("author"),
    }
