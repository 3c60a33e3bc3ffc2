"""corpusstate.index_version: a random token replaced whenever the search index is written, so
/search can cache results and know when they are stale. An existing corpus state gets a first
token (its index is current as it stands); a database without one caches nothing until the
next ingest, deletion or rebuild writes the index (and the row).

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
    # an existing corpus state's index is current as it stands: give it a first token
    op.execute(sa.text("UPDATE corpusstate SET index_version = :v").bindparams(v=secrets.randbits(62)))


def downgrade() -> None:
    with op.batch_alter_table("corpusstate", schema=None) as batch_op:
        batch_op.drop_column('index_version')
