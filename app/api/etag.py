"""Strong ETags on successful GET JSON responses, as a pure ASGI middleware.

Only JSON bodies (`application/json`, `application/ld+json`) under /api/ are held back to be
hashed; everything else — streamed downloads (CSV, JSON Lines), docs, errors — passes through
untouched, chunk by chunk. `If-None-Match` with a matching tag (or `*`) answers 304.

The tag is the body's 128-bit XXH3 hash: not cryptographic (a tag need only change when the
body does), and ~100x faster than blake2b — which took ~0.11 ms of a 50-item page (158 KB).
"""

import xxhash
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_HASHED_TYPES = ("application/json", "application/ld+json")


class ETagMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        if_none_match = Headers(scope=scope).get("if-none-match", "")
        start: Message | None = None
        chunks: list[bytes] = []

        async def send_tagged(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                content_type = Headers(raw=message.get("headers", [])).get("content-type", "")
                if message["status"] == 200 and content_type.startswith(_HASHED_TYPES):
                    start = message  # hold it until the whole body is known
                    return
                await send(message)
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(chunks)
            etag = '"' + xxhash.xxh3_128_hexdigest(body) + '"'
            headers = MutableHeaders(raw=list(start.get("headers", [])))
            headers["etag"] = etag
            if _matches(if_none_match, etag):
                kept = [(k, v) for k, v in headers.raw if k.lower() in {b"etag", b"link", b"cache-control", b"vary"}]
                await send({"type": "http.response.start", "status": 304, "headers": kept})
                await send({"type": "http.response.body", "body": b""})
                return
            headers["content-length"] = str(len(body))
            await send({**start, "headers": headers.raw})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, send_tagged)


def _matches(if_none_match: str, etag: str) -> bool:
    if not if_none_match:
        return False
    tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return etag in tags or if_none_match.strip() == "*"
