"""Request ids and access logs, as a pure ASGI middleware (it never buffers a body).

Every response carries `X-Request-ID` (the client's own, if it sent a sane one, else a new one);
the id is also on every log record written while the request runs (`request_id`). With
`LOG_FORMAT=json`, the `crisis_facts` loggers write one JSON object per line.
"""

import contextvars
import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
access_log = logging.getLogger("crisis_facts.access")
_SANE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(fmt: str) -> None:
    """Attach the request id to every `crisis_facts` record; JSON lines when asked."""
    logger = logging.getLogger("crisis_facts")
    if any(isinstance(f, RequestIdFilter) for h in logger.handlers for f in h.filters):
        return
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(
        JsonFormatter() if fmt == "json" else logging.Formatter("%(levelname)s %(name)s [%(request_id)s] %(message)s")
    )
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp, access_log: bool = True) -> None:
        self.app = app
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        rid = sent if _SANE_ID.match(sent) else uuid.uuid4().hex
        token = request_id.set(rid)
        started = time.perf_counter()
        status = 0

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if self.access_log:
                self._log(scope, status, started)
            request_id.reset(token)

    @staticmethod
    def _log(scope: Scope, status: int, started: float) -> None:
        elapsed = round(1000 * (time.perf_counter() - started), 1)
        fields = {"method": scope["method"], "path": scope["path"], "status": status, "ms": elapsed}
        access_log.info("%s %s %s %.1f ms", scope["method"], scope["path"], status, elapsed, extra={"fields": fields})
