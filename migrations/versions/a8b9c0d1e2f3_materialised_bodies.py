"""statement.body and numericclaim.body: each fact's public JSON, kept by the corpus step so
that lists and lookups read one column instead of joining and rebuilding every source.

Bodies start empty (null); the read path renders a fact with no body as before, and
`crisis-facts rebuild` (or the next corpus update touching a fact) writes them.

Revision ID: a8b9c0d1e2f3
Revises: f7a8b9c0d1e2
Create Date: 2026-11-23 21:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'a8b9c0d1e2f3'
down_revision: str | None = 'f7a8b9c0d1e2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("statement", "numericclaim"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('body', sa.Text(), nullable=True))


def downgrade() -> None:
    for table in ("numericclaim", "statement"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('body')
