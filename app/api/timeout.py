"""A time limit on reads, as a pure ASGI middleware: a GET that has not started its response
within REQUEST_TIMEOUT_SECONDS gets a 503 problem+json (with Retry-After) instead of hanging
the client; the work is cancelled where it can be (a query already running in a worker thread
finishes, and its result is dropped). Writes are not cut short: an ingest that was cut off half
way would be worse than a slow one (they are bounded by the body size limit instead)."""

import asyncio
import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import PROBLEM


class TimeoutMiddleware:
    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in {"GET", "HEAD"} or self.seconds <= 0:
            await self.app(scope, receive, send)
            return
        # asyncio.timeout is a timer on this task, not a second task per request: cheap on the
        # read path. Once the response starts the deadline is lifted (streams may run long).
        deadline = asyncio.timeout(self.seconds)

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                deadline.reschedule(None)
            await send(message)

        try:
            async with deadline:
                await self.app(scope, receive, guarded_send)
        except TimeoutError:
            if not deadline.expired():
                raise  # a timeout of the app's own, not this limit
            await self._timed_out(send)

    async def _timed_out(self, send: Send) -> None:
        body = json.dumps(
            {
                "type": "about:blank",
                "title": "Request timed out",
                "status": 503,
                "detail": f"the request took longer than {self.seconds:g} s; retry, or narrow it (filters, limit)",
            }
        ).encode()
        headers = [
            (b"content-type", PROBLEM.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"retry-after", b"5"),
        ]
        await send({"type": "http.response.start", "status": 503, "headers": headers})
        await send({"type": "http.response.body", "body": body})
