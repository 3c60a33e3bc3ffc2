"""quotation speaker mention and cue span: the words naming the speaker and the reporting verb

Revision ID: c4d5e6f7a8b9
Revises: b3c1d2e4f5a6
Create Date: 2026-11-23 11:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = 'c4d5e6f7a8b9'
down_revision: str | None = 'b3c1d2e4f5a6'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("speaker_start", "speaker_end", "speaker_exact", "cue_start", "cue_end", "cue_exact")


def upgrade() -> None:
    with op.batch_alter_table('quotation', schema=None) as batch_op:
        for name in COLUMNS:
            kind = sqlmodel.sql.sqltypes.AutoString() if name.endswith("exact") else sa.Integer()
            batch_op.add_column(sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('quotation', schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
