"""Portable outputs over the seeded database: W3C Web Annotations, PROV-O, schema.org Claim /
ClaimReview, streamed CSV / JSON Lines downloads."""

import csv
import io
import json

ANNOTATION_TYPES = {"TextQuoteSelector", "TextPositionSelector"}


def _w3c(client, slug: str, **kwargs) -> dict:  # type: ignore[no-untyped-def]
    r = client.get(f"/api/v1/articles/{slug}/annotations", **kwargs)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/ld+json")
    return r.json()


def test_w3c_annotations_validate_and_their_selectors_find_the_text(client) -> None:  # type: ignore[no-untyped-def]
    articles = client.get("/api/v1/articles").json()["items"]
    assert articles
    kinds_seen: set[str] = set()
    for article in articles:
        text = client.get(f"/api/v1/articles/{article['slug']}").json()["text"]
        by_query = _w3c(client, article["slug"], params={"format": "w3c"})
        by_accept = _w3c(client, article["slug"], headers={"Accept": "application/ld+json"})
        assert by_query == by_accept
        assert "http://www.w3.org/ns/anno.jsonld" in by_query["@context"]
        assert by_query["type"] == "AnnotationCollection"
        page = by_query["first"]
        assert page["type"] == "AnnotationPage" and by_query["total"] == len(page["items"]) > 0
        plain = client.get(f"/api/v1/articles/{article['slug']}/annotations").json()
        assert len(page["items"]) == len(plain["quotations"]) + len(plain["claims"]) + len(plain["mentions"])
        ids = [a["id"] for a in page["items"]]
        assert len(set(ids)) == len(ids)
        for annotation in page["items"]:
            assert {"id", "type", "body", "target", "motivation"} <= set(annotation)
            assert annotation["type"] == "Annotation"
            kinds_seen.add(annotation["id"].rsplit("#", 1)[1].split("-")[0])
            target = annotation["target"]
            assert target["source"] in {article["url"], f"http://testserver/api/v1/articles/{article['slug']}"}
            selectors = {s["type"]: s for s in target["selector"]}
            assert set(selectors) == ANNOTATION_TYPES
            quote, position = selectors["TextQuoteSelector"], selectors["TextPositionSelector"]
            assert text[position["start"] : position["end"]] == quote["exact"]
            assert (quote["prefix"] + quote["exact"] + quote["suffix"]) in text
            assert text[: position["start"]].endswith(quote["prefix"])
            assert text[position["end"] :].startswith(quote["suffix"])
            assert any(b.get("type") == "TextualBody" and b["value"] for b in annotation["body"])
    assert kinds_seen == {"quotation", "claim", "mention"}


def test_w3c_annotation_bodies_carry_the_fact(client) -> None:  # type: ignore[no-untyped-def]
    statement = client.get("/api/v1/statements", params={"kind": "direct"}).json()["items"][0]
    slug = statement["sources"][0]["article_slug"]
    items = _w3c(client, slug, params={"format": "w3c"})["first"]["items"]
    facts = [a["body"][1] for a in items if a["body"][1].get("id", "").endswith(f"/statements/{statement['id']}")]
    assert facts and facts[0]["cf:kind"] == "direct"
    assert (facts[0].get("cf:speaker") or {}).get("id") == (statement["speaker"] or {}).get("id")


def test_statement_provenance_is_prov_o(client) -> None:  # type: ignore[no-untyped-def]
    statement = client.get("/api/v1/statements", params={"sort": "sources", "limit": 1}).json()["items"][0]
    assert statement["source_count"] >= 2
    r = client.get(f"/api/v1/statements/{statement['id']}/provenance")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    assert client.get(r.url, headers={"If-None-Match": r.headers["etag"]}).status_code == 304
    doc = r.json()
    assert doc["@context"]["prov"] == "http://www.w3.org/ns/prov#"
    nodes = {n["@id"]: n for n in doc["@graph"]}
    root = nodes[f"http://testserver/api/v1/statements/{statement['id']}"]
    derived = [d["@id"] for d in root["prov:wasDerivedFrom"]]
    assert len(derived) == len(statement["sources"])
    for source, quotation_id in zip(statement["sources"], derived, strict=True):
        quotation = nodes[quotation_id]
        assert quotation["prov:value"] == source["exact"]
        article = nodes[quotation["prov:wasDerivedFrom"]["@id"]]
        activity = nodes[quotation["prov:wasGeneratedBy"]["@id"]]
        assert activity["@type"] == "prov:Activity" and activity["prov:used"]["@id"] == article["@id"]
        agent = nodes[activity["prov:wasAssociatedWith"]["@id"]]
        assert "prov:SoftwareAgent" in agent["@type"] and agent["cf:model"] and agent["cf:pipelineVersion"]
        if source["publisher"]:
            outlet = nodes[article["prov:wasAttributedTo"]["@id"]]
            assert outlet["schema:name"] == source["publisher"] and "prov:Organization" in outlet["@type"]
    assert client.get("/api/v1/statements/999999/provenance").status_code == 404


def test_claims_as_schema_org_claim_and_claim_review(client) -> None:  # type: ignore[no-untyped-def]
    claim = next(c for c in client.get("/api/v1/claims", params={"limit": 500}).json()["items"] if c["claimant"])
    doc = client.get(f"/api/v1/claims/{claim['id']}/schema.org").json()
    assert doc["@context"] == "https://schema.org" and doc["@type"] == "Claim"
    assert len(doc["appearance"]) == len(claim["sources"]) and doc["firstAppearance"] == doc["appearance"][0]
    assert doc["author"]["name"] == claim["claimant"]["name"]
    assert claim["sources"][0]["exact"] in doc["text"]
    review = client.get(f"/api/v1/claims/{claim['id']}/claim-review").json()
    assert review["@type"] == "ClaimReview" and review["itemReviewed"]["@type"] == "Claim"
    assert review["claimReviewed"] == doc["text"]


def test_downloads_stream_every_filtered_row(client) -> None:  # type: ignore[no-untyped-def]
    listed = client.get("/api/v1/statements", params={"kind": "direct", "limit": 500}).json()
    r = client.get("/api/v1/statements.csv", params={"kind": "direct"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == 'attachment; filename="statements.csv"'
    assert "etag" not in r.headers  # streamed as it is read, never buffered to be hashed
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == listed["total"] > 0
    assert {int(row["id"]) for row in rows} == {s["id"] for s in listed["items"]}
    assert all(row["kind"] == "direct" for row in rows)
    by_id = {s["id"]: s for s in listed["items"]}
    for row in rows:
        text = by_id[int(row["id"])]["text"]
        assert row["text"] == text or (row["text"] == "'" + text and text[:1] in "=+-@")

    lines = client.get("/api/v1/claims.jsonl").text.splitlines()
    total = client.get("/api/v1/claims").json()["total"]
    assert len(lines) == total and all(json.loads(line)["sources"] for line in lines)
    claims_csv = client.get("/api/v1/claims.csv", params={"min_value": 1000})
    values = [float(row["value"]) for row in csv.DictReader(io.StringIO(claims_csv.text)) if row["value"]]
    assert (values and min(values) >= 1000) or claims_csv.text.count("\n") == 1


def test_downloads_refuse_bad_filters(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/v1/statements.csv", params={"kind": "nope"}).status_code == 422
    assert client.get("/api/v1/claims.jsonl", params={"bogus": "1"}).status_code == 422
    assert client.get("/api/v1/statements.csv", params={"speaker": "no-such-actor"}).status_code == 404


def test_csv_cells_that_look_like_formulas_are_neutralised() -> None:
    from app.services.exports import _cell

    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell("@x") == "'@x" and _cell("plain") == "plain"
    assert _cell(None) == "" and _cell(-3.5) == -3.5
