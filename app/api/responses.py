"""The problem+json responses documented on every operation."""

from typing import Any

import orjson
from fastapi import Response
from pydantic import BaseModel

from app.schemas import Problem

JSON_LD = "application/ld+json"


def problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    descriptions = {
        400: "Bad request",
        401: "No API key",
        403: "Wrong API key",
        404: "Not found",
        413: "Body too large",
        415: "Unsupported content type",
        422: "Invalid parameters",
        429: "Too many writes with this API key (see Retry-After)",
        500: "Server error",
        503: "Database unreachable",
    }
    return {
        code: {
            "model": Problem,
            "description": descriptions[code],
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for code in (*codes, 422, 500)
    }


def ld_doc(example: dict[str, Any]) -> dict[int | str, Any]:
    """OpenAPI responses of a JSON-LD document endpoint."""
    return {200: {"content": {JSON_LD: {"schema": {"type": "object"}, "example": example}}}, **problems(404)}


def _encode_model(value: object) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def json_response(content: Any, headers: dict[str, str] | None = None) -> Response:
    """A 200 JSON body written straight from plain values (dicts, lists, dates) by orjson.

    The read path returns these instead of models: FastAPI then skips validating and re-encoding
    the value (a second pass over every item, in its own thread hop). The operation's
    `response_model` still documents the shape; tests check each body against it."""
    return Response(orjson.dumps(content, default=_encode_model), media_type="application/json", headers=headers)
