"""Response examples for the OpenAPI document: one per response of every operation.

The examples are invented (a flood-relief story), not taken from any ingested corpus; a test
validates each of them against its response model so they cannot drift from the contract.
"""

from copy import deepcopy
from typing import Any

_SOURCE = {
    "article_id": 12,
    "article_slug": "example-news-2024-03-04-river-levels-fall",
    "publisher": "Example News",
    "published_at": "2024-03-04",
    "url": "https://news.example.org/2024/03/04/river-levels-fall",
    "start": 1523,
    "end": 1571,
    "exact": "We have moved 1,200 people to higher ground",
    "prefix": "told reporters on Sunday. “",
    "suffix": ",” she added.",
    "sentence": "“We have moved 1,200 people to higher ground,” she added.",
}
_SPEAKER = {
    "id": 7,
    "slug": "maria-novak",
    "name": "Maria Novak",
    "kind": "person",
    "role": "Minister of the Interior",
}
_COUNTS = {"statements": 14, "claims": 9, "actors": 21}
_ARTICLE = {
    "id": 12,
    "slug": "example-news-2024-03-04-river-levels-fall",
    "title": "River levels fall as evacuations continue",
    "publisher": "Example News",
    "url": "https://news.example.org/2024/03/04/river-levels-fall",
    "author": "Jan Kowal",
    "published_at": "2024-03-04",
    "language": "en",
    "word_count": 812,
    "ingested_at": "2024-03-05T09:12:44",
    "counts": _COUNTS,
    "model_name": "en_core_web_sm",
    "pipeline_version": "1",
}
_STATEMENT = {
    "id": 31,
    "text": "We have moved 1,200 people to higher ground",
    "kind": "direct",
    "speaker": _SPEAKER,
    "cue": "added",
    "channel": "press conference",
    "said_on": "2024-03-03",
    "sources": [_SOURCE],
    "source_count": 1,
    "first_reported_at": "2024-03-04",
}
_CLAIM = {
    "id": 58,
    "value": 1200.0,
    "value_min": None,
    "value_max": None,
    "qualifier": "exact",
    "unit": None,
    "subject": "people",
    "claimant": _SPEAKER,
    "refers_to": "2024-03-03",
    "refers_to_precision": "day",
    "refers_to_relation": "at",
    "sources": [{**_SOURCE, "start": 1537, "end": 1549, "exact": "1,200 people"}],
    "source_count": 1,
    "first_reported_at": "2024-03-04",
    "conflicts": [61],
}

EXAMPLES: dict[str, Any] = {
    "Health": {"status": "ok"},
    "ArticlePublic": _ARTICLE,
    "ArticleDetail": {**_ARTICLE, "text": "River levels fell on Monday as evacuations continued ..."},
    "ActorPublic": {
        **_SPEAKER,
        "aliases": ["Novak", "Ms Novak", "the interior minister"],
        "demonyms": [],
        "counts": {"mentions": 23, "statements": 6, "articles": 3},
    },
    "StatementPublic": _STATEMENT,
    "ClaimPublic": _CLAIM,
    "SourcePublic": {
        "id": 3,
        "slug": "example-news",
        "name": "Example News",
        "domain": "news.example.org",
        "article_count": 4,
        "first_published_at": "2024-03-01",
        "last_published_at": "2024-03-06",
    },
    "SearchHit": {
        "kind": "statement",
        "id": 31,
        "title": "Maria Novak",
        "snippet": "We have moved 1,200 people to [higher ground]",
        "rank": 7.42,
    },
    "TimelineEntry": {"date": "2024-03-03", "kind": "statement", "statement": _STATEMENT, "claim": None},
    "Annotations": {
        "article_id": 12,
        "article_slug": "example-news-2024-03-04-river-levels-fall",
        "quotations": [
            {
                "statement_id": 31,
                "start": 1523,
                "end": 1571,
                "exact": "We have moved 1,200 people to higher ground",
                "kind": "direct",
                "speaker": _SPEAKER,
            }
        ],
        "claims": [
            {
                "claim_id": _CLAIM["id"],
                **{k: _CLAIM["sources"][0][k] for k in ("start", "end", "exact")},  # type: ignore[index]
                **{k: _CLAIM[k] for k in ("value", "value_min", "value_max", "qualifier", "unit", "subject")},
                "claimant": _SPEAKER,
            }
        ],
        "mentions": [{"actor_id": 7, "start": 1402, "end": 1413, "exact": "Maria Novak"}],
    },
}

PROBLEM_EXAMPLES: dict[int, dict[str, Any]] = {
    400: {"type": "about:blank", "title": "Bad request", "status": 400, "detail": "the body is not valid JSON"},
    401: {
        "type": "about:blank",
        "title": "Unauthorized",
        "status": 401,
        "detail": "an API key is required: Authorization: Bearer <key>",
    },
    403: {"type": "about:blank", "title": "Forbidden", "status": 403, "detail": "the API key is not valid"},
    404: {
        "type": "about:blank",
        "title": "Not found",
        "status": 404,
        "detail": "no article with id or slug 'no-such-article'",
    },
    413: {
        "type": "about:blank",
        "title": "Payload too large",
        "status": 413,
        "detail": "body is 3100000 bytes; the limit is 2000000",
    },
    415: {
        "type": "about:blank",
        "title": "Unsupported media type",
        "status": 415,
        "detail": "use application/json, text/plain or text/html, not 'application/pdf'",
    },
    429: {
        "type": "about:blank",
        "title": "Too many requests",
        "status": 429,
        "detail": "at most 30 writes per minute per API key",
    },
    422: {
        "type": "about:blank",
        "title": "Validation error",
        "status": 422,
        "detail": "query.limit: Input should be less than or equal to 500",
        "errors": [
            {"loc": ["query", "limit"], "msg": "Input should be less than or equal to 500", "type": "less_than_equal"}
        ],
    },
    500: {
        "type": "about:blank",
        "title": "Internal server error",
        "status": 500,
        "detail": "An unexpected error occurred; it has been logged.",
    },
    503: {
        "type": "about:blank",
        "title": "Service unavailable",
        "status": 503,
        "detail": "the database is not reachable",
    },
}


def example_for(schema_name: str) -> Any | None:
    """The example for a component schema, composing `Page[...]` from its item example."""
    if schema_name in EXAMPLES:
        return deepcopy(EXAMPLES[schema_name])
    if schema_name.startswith("Page_") and schema_name.endswith("_"):
        item = EXAMPLES.get(schema_name[len("Page_") : -1])
        if item is not None:
            return {"items": [deepcopy(item)], "total": 1, "limit": 50, "offset": 0}
    return None


def add_examples(openapi: dict[str, Any]) -> dict[str, Any]:
    """Put an `example` on every response of every operation in an OpenAPI document.

    Error responses are declared with the `Problem` model (so it lands in the components) and
    served as `application/problem+json` only; the `application/json` twin FastAPI adds is dropped.
    """
    for path in openapi.get("paths", {}).values():
        for operation in path.values():
            for status, response in operation.get("responses", {}).items():
                content_types = response.get("content", {})
                if "application/problem+json" in content_types:  # errors are problem+json only
                    content_types.pop("application/json", None)
                for media_type, content in response.get("content", {}).items():
                    if "example" in content or "examples" in content:
                        continue
                    if "problem" in media_type:
                        code = int(status) if str(status).isdigit() else 500
                        content["example"] = PROBLEM_EXAMPLES.get(code, PROBLEM_EXAMPLES[500])
                        continue
                    ref = content.get("schema", {}).get("$ref", "")
                    example = example_for(ref.rsplit("/", 1)[-1]) if ref else None
                    if example is not None:
                        content["example"] = example
    return openapi
