"""claim refers_to precision: "day", "month" or "year" ("last year's 150" refers to the previous year)

Dates stored before this revision were only ever resolved to a day, so they get "day".

Revision ID: 9fba70aead27
Revises: 19904ba1a3e4
Create Date: 2026-11-23 01:36:37.929377
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '9fba70aead27'
down_revision: str | None = '19904ba1a3e4'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('claimsource', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refers_to_precision', sqlmodel.sql.sqltypes.AutoString(), nullable=True))

    with op.batch_alter_table('numericclaim', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refers_to_precision', sqlmodel.sql.sqltypes.AutoString(), nullable=True))

    for table in ("claimsource", "numericclaim"):
        op.execute(f"UPDATE {table} SET refers_to_precision = 'day' WHERE refers_to IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('numericclaim', schema=None) as batch_op:
        batch_op.drop_column('refers_to_precision')

    with op.batch_alter_table('claimsource', schema=None) as batch_op:
        batch_op.drop_column('refers_to_precision')

