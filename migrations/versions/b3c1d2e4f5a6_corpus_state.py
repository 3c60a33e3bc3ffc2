"""corpus state: a stale flag for the corpus-wide facts, so a failed rebuild is retried

Revision ID: b3c1d2e4f5a6
Revises: 9fba70aead27
Create Date: 2026-11-23 10:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'b3c1d2e4f5a6'
down_revision: str | None = '9fba70aead27'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'corpusstate',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('stale', sa.Boolean(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('rebuilt_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_corpusstate')),
    )


def downgrade() -> None:
    op.drop_table('corpusstate')
