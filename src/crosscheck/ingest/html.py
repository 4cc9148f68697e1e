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
        result = None
        error = f"{type(e).__name__}: {e}"
    else:
        error = ""
    if result is None:
        # lxml gives up on some markup (e.g. nesting deeper than libxml2 allows): fall back to a
        # plain, iterative paragraph reader rather than lose the article
        text = fallback_text(html)
        if text:
            return {"text": text, "title": None, "url": url, "outlet": None, "published": None, "author": None}
        return Problem(where, "no article text found in HTML", error)
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
        "canonical_url": data.get("url"),
    }


_SKIP = {"script", "style", "nav", "footer", "header", "aside", "noscript", "form", "button", "svg", "template"}
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "td", "pre"}


def fallback_text(html: str) -> str:
    """Paragraph text by Python's html.parser (no recursion, so no depth limit), without scripts,
    navigation and footers. Used only when trafilatura finds nothing."""
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.skip = 0
            self.buf: list[str] = []
            self.out: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag in _SKIP:
                self.skip += 1
            elif tag in _BLOCKS:
                self.flush()

        def handle_endtag(self, tag):
            if tag in _SKIP and self.skip:
                self.skip -= 1
            elif tag in _BLOCKS:
                self.flush()

        def handle_data(self, data):
            if not self.skip:
                self.buf.append(data)

        def flush(self):
            t = " ".join("".join(self.buf).split())
            if len(t) >= 20:
                self.out.append(t)
            self.buf = []

    p = P()
    try:
        p.feed(html)
        p.close()
    except Exception:
        return ""
    p.flush()
    return "\n\n".join(p.out)
