"""claim refers_to relation: "at" (the figure describes that time), "by" (a target or deadline:
"40% by 2030") or "since" ("4,000 have crossed since August")

Dates stored before this revision were read as the time a figure describes, so they get "at";
ingesting those articles again re-extracts them (their pipeline version is older), which tells
targets apart.

Revision ID: e6f7a8b9c0d1
Revises: d5e6f7a8b9c0
Create Date: 2026-11-23 15:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = 'e6f7a8b9c0d1'
down_revision: str | None = 'd5e6f7a8b9c0'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("claimsource", "numericclaim"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('refers_to_relation', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        op.execute(f"UPDATE {table} SET refers_to_relation = 'at' WHERE refers_to IS NOT NULL")


def downgrade() -> None:
    for table in ("numericclaim", "claimsource"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('refers_to_relation')
