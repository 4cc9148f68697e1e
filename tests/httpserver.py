"""A real HTTP server on 127.0.0.1 for the tests: pages, feeds, redirects, errors, slow and huge
responses. Routes are a dict the test can change while the server runs."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Site:
    def __init__(self):
        self.routes: dict[str, tuple[int, str, bytes, dict]] = {}
        self.hits: dict[str, int] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: str | bytes, status: int = 200, ctype: str = "text/html; charset=utf-8", **headers):
        self.routes[path] = (status, ctype, body.encode("utf-8") if isinstance(body, str) else body, headers)

    def start(self) -> Site:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(site):  # noqa: N805
        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):  # noqa: N802
                path = self.path
                site.hits[path] = site.hits.get(path, 0) + 1
                if path.startswith("/loop"):
                    self.send_response(302)
                    self.send_header("Location", "/loop2" if path == "/loop" else "/loop")
                    self.end_headers()
                    return
                if path == "/slow":
                    time.sleep(3)
                if path == "/huge":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    try:
                        chunk = b"<p>" + b"x" * 65536 + b"</p>"
                        for _ in range(2000):  # would be ~130 MB; the client stops early
                            self.wfile.write(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                if path not in site.routes:
                    self.send_error(404, "Not Found")
                    return
                status, ctype, body, headers = site.routes[path]
                etag = headers.get("etag")
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k.replace("_", "-"), v)
                if "location" in headers:
                    pass
                self.end_headers()
                self.wfile.write(body)

        return Handler


def article_html(title: str, paragraphs: list[str], date: str = "2025-01-10", site: str = "Test Gazette") -> str:
    ps = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title}</title><meta property='og:site_name' content='{site}'>"
            f"<meta name='author' content='Ana Reporter'><link rel='canonical' href='https://gazette.example.org/a'>"
            f"<meta property='article:published_time' content='{date}T08:00:00Z'><script>var x = 1;</script></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>{ps}</article>"
            f"<footer>© 2025 {site}</footer></body></html>")


def rss(items: list[tuple[str, str, str]]) -> str:
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate></item>" for t, link, d in items)
    return (f"<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Test feed</title>"
            f"<link>http://127.0.0.1/</link><description>t</description>{entries}</channel></rss>")
