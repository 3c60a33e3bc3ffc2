"""The problem+json responses documented on every operation."""

from typing import Any

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
