"""corpusstate.index_version: a random token replaced whenever the search index is written, so
/search can cache results and know when they are stale. The corpus state (its one row, added
if missing) gets a first token: the index is current as it stands.

Revision ID: b9c0d1e2f3a4
Revises: a8b9c0d1e2f3
Create Date: 2026-11-23 23:00:00
"""
import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'b9c0d1e2f3a4'
down_revision: str | None = 'a8b9c0d1e2f3'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("corpusstate", schema=None) as batch_op:
        batch_op.add_column(sa.Column('index_version', sa.BigInteger(), nullable=True))
    token = secrets.randbits(62)
    op.execute(sa.text("UPDATE corpusstate SET index_version = :v").bindparams(v=token))
    op.execute(
        sa.text(
            "INSERT INTO corpusstate (id, stale, index_version) "
            "SELECT 1, false, :v WHERE NOT EXISTS (SELECT 1 FROM corpusstate)"
        ).bindparams(v=token)
    )


def downgrade() -> None:
    with op.batch_alter_table("corpusstate", schema=None) as batch_op:
        batch_op.drop_column('index_version')
