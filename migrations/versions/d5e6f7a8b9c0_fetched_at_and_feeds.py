"""articles fetched from a URL keep their fetch time; polled feeds keep their validators

Revision ID: d5e6f7a8b9c0
Revises: c4d5e6f7a8b9
Create Date: 2026-11-23 13:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = 'd5e6f7a8b9c0'
down_revision: str | None = 'c4d5e6f7a8b9'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.add_column(sa.Column('fetched_at', sa.DateTime(), nullable=True))
    op.create_table(
        'feedstate',
        sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('etag', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('last_modified', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('polled_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('url'),
    )


def downgrade() -> None:
    op.drop_table('feedstate')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_column('fetched_at')
