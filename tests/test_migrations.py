"""`upgrade head` gives exactly the models; `downgrade base` empties the database."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from app.db import make_engine
from app.migrate import downgrade_base, include_object, upgrade_head
from app.models import metadata


def test_upgrade_head_matches_models_and_downgrade_works(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade_head(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        diff = compare_metadata(context, metadata)
    assert diff == []
    assert "search_index" in inspect(engine).get_table_names()
    downgrade_base(url)
    assert set(inspect(make_engine(url)).get_table_names()) <= {"alembic_version"}
