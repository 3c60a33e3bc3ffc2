"""The generated Python client (clients/python, `make clients`) against a live server: it is the
proof that a typed client can be built on the published schema. `make clients-check` (CI) checks
the committed clients are the ones the current schema generates; this checks the document."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "clients" / "python"))

from crisis_facts_client import Client  # noqa: E402
from crisis_facts_client.api.statements import get_statement, list_statements  # noqa: E402
from crisis_facts_client.models import PageStatementPublic, StatementPublic  # noqa: E402


def test_the_committed_openapi_document_is_the_current_schema() -> None:
    from app.main import create_app

    committed = json.loads((ROOT / "clients" / "openapi.json").read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(create_app().openapi())), "run `make clients`"


def test_generated_client_lists_statements_from_a_live_server(live_server) -> None:  # type: ignore[no-untyped-def]
    with Client(base_url=str(live_server)) as client:
        page = list_statements.sync(client=client, kind="direct", limit=5)
        assert isinstance(page, PageStatementPublic)
        assert page.total > 0 and 0 < len(page.items) <= 5
        first = page.items[0]
        assert first.kind == "direct" and first.sources and first.sources[0].exact
        one = get_statement.sync(first.id, client=client)
        assert isinstance(one, StatementPublic) and one.text == first.text


def test_generated_client_ingests_an_article(live_server) -> None:  # type: ignore[no-untyped-def]
    from crisis_facts_client.api.articles import post_article
    from crisis_facts_client.models import ArticleCreate, ArticleDetail

    from tests.conftest import API_KEY

    body = ArticleCreate(
        text="“We have opened three shelters,” Mayor Ana Lindqvist said on Monday.", publisher="Example"
    )
    with Client(base_url=str(live_server), timeout=120) as client:
        created = post_article.sync(client=client, body=body, authorization=f"Bearer {API_KEY}")
    assert isinstance(created, ArticleDetail) and created.counts.statements == 1
