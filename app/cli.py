"""`crisis-facts` command line: ingest, serve, migrate, evaluate."""

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from app.config import get_settings

if TYPE_CHECKING:
    from app.ingest.fetch import FetchPolicy

app = typer.Typer(help="Structured, source-linked crisis facts from news articles.", no_args_is_help=True)
console = Console(stderr=True)


@app.command()
def migrate() -> None:
    """Create or upgrade the database schema (Alembic `upgrade head`)."""
    from app.migrate import upgrade_head

    upgrade_head(get_settings().database_url)
    console.print("[green]database at head[/green]")


@app.command()
def ingest(
    sources: Annotated[
        list[str], typer.Argument(help="Files or folders (.txt, .md, .json, .html), or http(s) URLs of web pages.")
    ],
    workers: Annotated[int, typer.Option(min=1, max=32, help="NLP worker processes.")] = 1,
) -> None:
    """Ingest articles; re-ingesting identical text is a no-op. Exit 1 if any file or page failed."""
    from app.ingest.fetch import fetch_inputs, is_url
    from app.ingest.readers import read_inputs

    settings = get_settings()
    urls = [s for s in sources if is_url(s)]
    paths = [Path(s) for s in sources if not is_url(s)]
    items = list(read_inputs(paths, max_bytes=settings.max_article_bytes))
    if urls:
        items += list(fetch_inputs(urls, _operator_policy()))
    report = _ingest_with_progress(items, workers)
    if report.failed or report.corpus_error:
        raise typer.Exit(code=1)


def _operator_policy() -> "FetchPolicy":
    """The operator runs the CLI: any address may be fetched (the HTTP API refuses private ones)."""
    from app.ingest.fetch import FetchPolicy

    settings = get_settings()
    return FetchPolicy(max_bytes=settings.max_article_bytes, timeout=settings.fetch_timeout_seconds, allow_private=True)


_niced = False


def _yield_cpu() -> None:
    """Lower this process's CPU priority once by INGEST_NICE: batch work gives way to API reads."""
    global _niced
    nice = get_settings().ingest_nice
    if not _niced and nice > 0 and hasattr(os, "nice"):
        os.nice(nice)
    _niced = True


def _ingest_with_progress(items: list, workers: int = 1):  # type: ignore[no-untyped-def,type-arg]
    """Run the ingest with a progress bar, print the summary and the failures; return the report."""
    _yield_cpu()
    from app.db import get_engine
    from app.ingest.service import ingest as run_ingest
    from app.migrate import upgrade_head

    settings = get_settings()
    upgrade_head(settings.database_url)
    columns = (
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("ingest", total=len(items), last="")
        report = run_ingest(
            get_engine(),
            items,
            model_name=settings.spacy_model,
            workers=workers,
            on_progress=lambda o: progress.update(task, advance=1, last=f"{o.status}: {Path(o.name).name}"),
        )
    summary = ", ".join(f"{report.count(s)} {s}" for s in ("ingested", "replaced", "unchanged", "failed"))
    console.print(f"[bold]summary:[/bold] {summary}")
    if report.corpus_error:
        console.print(f"[red]{report.corpus_error}[/red]\nthe articles are stored; `crisis-facts rebuild` retries")
    for outcome in report.failed:  # one line each, never wrapped: paths and URLs stay copyable
        console.print(f"[red]failed[/red] {outcome.name}: {outcome.reason or ''}", soft_wrap=True, highlight=False)
    return report


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs.")],
    every: Annotated[str, typer.Option(help="Time between polls: 30s, 10m, 1h.")] = "10m",
    once: Annotated[bool, typer.Option("--once", help="Poll each feed once and stop.")] = False,
    polls: Annotated[int, typer.Option(min=0, help="Stop after this many polls (0: never).", hidden=True)] = 0,
) -> None:
    """Poll news feeds and ingest each new entry once (deduplicated by URL and by content)."""
    import time

    from app.db import get_engine
    from app.ingest.feeds import parse_interval, poll_feeds
    from app.migrate import upgrade_head

    settings = get_settings()
    upgrade_head(settings.database_url)
    try:
        interval = parse_interval(every)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from exc
    policy = _operator_policy()
    done = 0
    while True:
        result = poll_feeds(get_engine(), feeds, policy, ingest=_ingest_with_progress, log=console.print)
        done += 1
        console.print(
            f"[bold]poll {done}:[/bold] {result.new} new, {result.known} already stored, "
            f"{result.unchanged_feeds} feeds unchanged (304), {len(result.errors)} errors"
        )
        for where, reason in result.errors:
            console.print(f"[red]failed[/red] {where}: {reason}")
        if once or (polls and done >= polls):
            break
        time.sleep(interval)


@app.command()
def openapi(
    path: Annotated[Path | None, typer.Argument(help="Write the document here (default: standard output).")] = None,
) -> None:
    """The API's OpenAPI document (JSON), as served at /openapi.json — for client generators."""
    import json

    from app.main import create_app

    document = json.dumps(create_app().openapi(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if path is None:
        typer.echo(document, nl=False)
    else:
        path.write_text(document, encoding="utf-8")


@app.command(name="export")
def export_cmd(path: Annotated[Path, typer.Argument(help="The JSON Lines file to write.")]) -> None:
    """Back up the whole database (articles with text and metadata, every fact with its provenance)."""
    from app.db import get_engine
    from app.ingest.backup import export_file
    from app.migrate import upgrade_head

    upgrade_head(get_settings().database_url)
    counts = export_file(get_engine(), path)
    console.print(
        f"exported {sum(counts.values()):,} rows to {path}: " + ", ".join(f"{n} {t}" for t, n in counts.items())
    )


@app.command(name="import")
def import_cmd(path: Annotated[Path, typer.Argument(help="A file written by `crisis-facts export`.")]) -> None:
    """Restore an export into an empty database (same ids, same API output). Exit 1 on a bad file."""
    from app.db import get_engine
    from app.ingest.backup import BackupError, import_file
    from app.migrate import upgrade_head

    upgrade_head(get_settings().database_url)
    try:
        counts = import_file(get_engine(), path)
    except (BackupError, OSError, ValueError) as exc:
        console.print(f"[red]import failed, nothing was written: {exc}[/red]")
        raise typer.Exit(code=1) from exc
    console.print(f"imported {sum(counts.values()):,} rows from {path}")


@app.command()
def rebuild() -> None:
    """Recompute every corpus-wide fact (actors, merged statements, claim groups, counts, search
    index) from the stored articles. Exit 1 if it fails; the stored articles are never touched."""
    from app.db import get_engine
    from app.ingest.service import refresh_corpus
    from app.migrate import upgrade_head

    upgrade_head(get_settings().database_url)
    error = refresh_corpus(get_engine())
    if error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(code=1)
    console.print("[green]corpus-wide facts rebuilt[/green]")


@app.command()
def seed(folder: Annotated[Path, typer.Argument()] = Path("seeds")) -> None:
    """Migrate, then ingest `folder` if the database holds no article yet."""
    from sqlalchemy import func, select
    from sqlmodel import Session

    from app.db import get_engine
    from app.migrate import upgrade_head
    from app.models import Article

    upgrade_head(get_settings().database_url)
    with Session(get_engine()) as session:
        count = session.execute(select(func.count()).select_from(Article)).scalar_one()
    if count:
        console.print(f"database holds {count} articles; not seeding")
        return
    ingest([str(folder)], workers=1)


@app.command()
def serve(
    host: str = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64)] = 1,
) -> None:
    """Serve the API (uvicorn; with several workers, a listening socket each: app/serve.py)."""
    from app import serve as server
    from app.migrate import upgrade_head

    upgrade_head(get_settings().database_url)
    server.run("app.main:create_app", factory=True, host=host, port=port, workers=workers)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file shaped like shared/gold/seeds_gold.json.")],
    articles: Annotated[Path | None, typer.Option(help="Ingest these into a temporary database first.")] = None,
) -> None:
    """Precision/recall/F1 per fact type against a gold file, with the misses."""
    from app.evaluate import evaluate_gold, print_report

    report = evaluate_gold(
        gold,
        articles_dir=articles,
        database_url=None if articles else get_settings().database_url,
        model_name=get_settings().spacy_model,
    )
    print_report(report, Console())


if __name__ == "__main__":
    app()
