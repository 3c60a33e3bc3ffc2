"""/api/v1/statements and /api/v1/claims: lists, one item, downloads (CSV / JSON Lines),
PROV-O provenance and schema.org Claim / ClaimReview JSON-LD."""

from typing import Annotated, Any, Literal

from fastapi import Depends, Path, Query, Request, Response
from fastapi.responses import StreamingResponse
from sqlmodel import Session

from app.api.deps import PageDep, RowId, SessionDep, on_loop, paged, read, v1_router
from app.api.responses import JSON_LD, json_response, ld_doc, problems
from app.schemas import ClaimPublic, IsoDate, Page, StatementKind, StatementPublic, StatementSort
from app.services import exports, facts
from app.services.common import resolve_actor_id, resolve_article_id

router = v1_router(tags=["statements"])
claims_router = v1_router(tags=["claims"])

ActorParam = Annotated[str | None, Query(min_length=1, max_length=200, description="Actor id or slug")]
ArticleParam = Annotated[str | None, Query(min_length=1, max_length=200, description="Article id or slug")]
Since = Annotated[IsoDate | None, Query(description="On or after this date (ISO 8601)")]
Until = Annotated[IsoDate | None, Query(description="On or before this date (ISO 8601)")]
DOWNLOADS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}
DownloadFormat = Annotated[Literal["csv", "jsonl"], Path(description="csv or jsonl (JSON Lines)")]


class StatementFilters:
    """The filters of GET /statements, shared by its downloads."""

    def __init__(
        self,
        speaker: ActorParam = None,
        article: ArticleParam = None,
        kind: Annotated[
            StatementKind | None,
            Query(description="direct, partial, indirect, post or transcript (a turn of an interview or debate)"),
        ] = None,
        q: Annotated[str | None, Query(min_length=1, max_length=200, description="Words in the statement")] = None,
        since: Since = None,
        until: Until = None,
    ) -> None:
        self.values = {"kind": kind, "q": q, "since": since, "until": until}
        self.speaker, self.article = speaker, article

    @property
    def none(self) -> bool:
        return self.speaker is None and self.article is None and all(v is None for v in self.values.values())

    def resolved(self, session: Session) -> dict[str, Any]:
        return {
            **self.values,
            "speaker": resolve_actor_id(session, self.speaker) if self.speaker else None,
            "article": resolve_article_id(session, self.article) if self.article else None,
        }


class ClaimFilters:
    """The filters of GET /claims, shared by its downloads."""

    def __init__(
        self,
        subject: Annotated[str | None, Query(min_length=1, max_length=200, description="What is counted")] = None,
        unit: Annotated[str | None, Query(min_length=1, max_length=20, description="km, %, USD…")] = None,
        claimant: ActorParam = None,
        article: ArticleParam = None,
        min_value: Annotated[float | None, Query(allow_inf_nan=False, description="Figures at or above")] = None,
        max_value: Annotated[float | None, Query(allow_inf_nan=False, description="Figures at or below")] = None,
        since: Since = None,
        until: Until = None,
        conflicting: Annotated[
            bool | None, Query(description="true: only figures that conflict with another; false: only the others")
        ] = None,
    ) -> None:
        self.values = {
            "conflicting": conflicting,
            "subject": subject,
            "unit": unit,
            "min_value": min_value,
            "max_value": max_value,
            "since": since,
            "until": until,
        }
        self.claimant, self.article = claimant, article

    @property
    def none(self) -> bool:
        return self.claimant is None and self.article is None and all(v is None for v in self.values.values())

    def resolved(self, session: Session) -> dict[str, Any]:
        return {
            **self.values,
            "claimant": resolve_actor_id(session, self.claimant) if self.claimant else None,
            "article": resolve_article_id(session, self.article) if self.article else None,
        }


# The sorts an index serves in order (a page of them reads only its rows; "sources" sorts them all).
INDEXED_SORTS = {StatementSort.first_reported, StatementSort.said_on, StatementSort.id}

StatementFiltersDep = Annotated[StatementFilters, Depends(on_loop(StatementFilters))]
ClaimFiltersDep = Annotated[ClaimFilters, Depends(on_loop(ClaimFilters))]


def api_base(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/api/v1"


def download(name: str, fmt: str, lines: Any) -> StreamingResponse:
    return StreamingResponse(
        lines,
        media_type=DOWNLOADS[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'},
    )


def _download_doc(what: str, csv_example: str, jsonl_example: str) -> dict[int | str, Any]:
    return {
        200: {
            "description": f"Every {what} matching the filters, streamed",
            "content": {
                "text/csv": {"schema": {"type": "string"}, "example": csv_example},
                "application/x-ndjson": {"schema": {"type": "string"}, "example": jsonl_example},
            },
        },
        **problems(404),
    }


STATEMENTS_CSV = (
    ",".join(exports.STATEMENT_COLUMNS) + "\r\n"
    "7,We have moved 1200 people,direct,3,ana-ruiz,Ana Ruiz,said,,2024-03-04,2024-03-04,1,river-news@120-145,"
    "https://news.example.org/a\r\n"
)
CLAIMS_CSV = (
    ",".join(exports.CLAIM_COLUMNS) + "\r\n"
    "4,1200.0,,,exact,,people,3,ana-ruiz,Ana Ruiz,2024-03-04,day,2024-03-04,1,,river-news@130-135,"
    "https://news.example.org/a\r\n"
)
JSONL_EXAMPLE = '{"id": 7, "text": "We have moved 1200 people", "kind": "direct", "sources": []}\n'
PROV_EXAMPLE = {
    "@context": {"prov": "http://www.w3.org/ns/prov#", "schema": "https://schema.org/"},
    "@graph": [
        {
            "@id": "http://127.0.0.1:8000/api/v1/statements/7",
            "@type": "prov:Entity",
            "prov:wasDerivedFrom": [{"@id": "http://127.0.0.1:8000/api/v1/articles/river-news#char=120,145"}],
        }
    ],
}
CLAIM_EXAMPLE = {
    "@context": "https://schema.org",
    "@type": "Claim",
    "text": "“We have moved 1,200 people,” the minister said.",
    "appearance": [{"@type": "NewsArticle", "url": "https://news.example.org/a"}],
}


@router.get(
    "/statements",
    summary="Statements: who said what, when, where reported",
    response_model=Page[StatementPublic],
    responses=problems(404),
)
async def list_statements(
    page: PageDep,
    request: Request,
    filters: StatementFiltersDep,
    sort: Annotated[StatementSort, Query(description="Sort order")] = StatementSort.first_reported,
) -> Response:
    def work(session: Session) -> Response:
        items, total = facts.list_statements(
            session, limit=page.limit, offset=page.offset, sort=sort, **filters.resolved(session)
        )
        return paged(request, page, items, total)

    return await read(work, cheap=filters.none and page.shallow and sort in INDEXED_SORTS)


@router.get(
    "/statements.{fmt}",
    summary="Download statements as CSV or JSON Lines (same filters as the list)",
    response_class=StreamingResponse,
    responses=_download_doc("statement", STATEMENTS_CSV, JSONL_EXAMPLE),
)
def statements_download(fmt: DownloadFormat, session: SessionDep, filters: StatementFiltersDep) -> StreamingResponse:
    return download("statements", fmt, exports.statements_download(fmt, filters.resolved(session)))


@router.get(
    "/statements/{statement_id}",
    summary="One statement with all its sources",
    response_model=StatementPublic,
    responses=problems(404),
)
async def get_statement(statement_id: RowId) -> Response:
    return await read(lambda session: json_response(facts.statement_json(session, statement_id)), cheap=True)


@router.get(
    "/statements/{statement_id}/provenance",
    summary="PROV-O provenance of one statement (JSON-LD)",
    response_class=Response,
    responses=ld_doc(PROV_EXAMPLE),
)
def get_provenance(statement_id: RowId, session: SessionDep, request: Request) -> Response:
    statement = StatementPublic.model_validate(facts.get_statement(session, statement_id))
    document = exports.statement_provenance(session, statement, api_base(request))
    return Response(exports.dumps(document), media_type=JSON_LD)


@claims_router.get("/claims", summary="Numeric claims", response_model=Page[ClaimPublic], responses=problems(404))
async def list_claims(page: PageDep, request: Request, filters: ClaimFiltersDep) -> Response:
    def work(session: Session) -> Response:
        items, total = facts.list_claims(session, limit=page.limit, offset=page.offset, **filters.resolved(session))
        return paged(request, page, items, total)

    return await read(work, cheap=filters.none and page.shallow)


@claims_router.get(
    "/claims.{fmt}",
    summary="Download numeric claims as CSV or JSON Lines (same filters as the list)",
    response_class=StreamingResponse,
    responses=_download_doc("claim", CLAIMS_CSV, JSONL_EXAMPLE),
)
def claims_download(fmt: DownloadFormat, session: SessionDep, filters: ClaimFiltersDep) -> StreamingResponse:
    return download("claims", fmt, exports.claims_download(fmt, filters.resolved(session)))


@claims_router.get(
    "/claims/{claim_id}", summary="One numeric claim", response_model=ClaimPublic, responses=problems(404)
)
async def get_claim(claim_id: RowId) -> Response:
    return await read(lambda session: json_response(facts.claim_json(session, claim_id)), cheap=True)


@claims_router.get(
    "/claims/{claim_id}/schema.org",
    summary="One claim as a schema.org Claim (JSON-LD; appearance = its sources)",
    response_class=Response,
    responses=ld_doc(CLAIM_EXAMPLE),
)
def get_schema_claim(claim_id: RowId, session: SessionDep, request: Request) -> Response:
    return Response(exports.dumps(exports.schema_claim(session, claim_id, api_base(request))), media_type=JSON_LD)


@claims_router.get(
    "/claims/{claim_id}/claim-review",
    summary="A schema.org ClaimReview draft for one claim (JSON-LD; rating left to the reviewer)",
    response_class=Response,
    responses=ld_doc({"@context": "https://schema.org", "@type": "ClaimReview", "itemReviewed": CLAIM_EXAMPLE}),
)
def get_claim_review(claim_id: RowId, session: SessionDep, request: Request) -> Response:
    document = exports.claim_review_draft(session, claim_id, api_base(request))
    return Response(exports.dumps(document), media_type=JSON_LD)
