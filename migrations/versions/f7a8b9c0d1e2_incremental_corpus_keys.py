"""incremental corpus facts: match keys of entities and quotations, an index on claim subjects,
and a pending flag on articles whose corpus-wide facts are not built yet

The keys are filled by a full rebuild, so the corpus is marked stale here: the next ingest (or
`crisis-facts rebuild`) recomputes everything once, and from then on updates are incremental.

Revision ID: f7a8b9c0d1e2
Revises: e6f7a8b9c0d1
Create Date: 2026-11-23 18:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = 'f7a8b9c0d1e2'
down_revision: str | None = 'e6f7a8b9c0d1'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'entitykey',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('entity_id', sa.Integer(), nullable=False),
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(['entity_id'], ['articleentity.id'],
                                name=op.f('fk_entitykey_entity_id_articleentity'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_entitykey')),
    )
    op.create_index(op.f('ix_entitykey_entity_id'), 'entitykey', ['entity_id'], unique=False)
    op.create_index(op.f('ix_entitykey_key'), 'entitykey', ['key'], unique=False)
    op.create_table(
        'quotekey',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('quotation_id', sa.Integer(), nullable=False),
        sa.Column('key_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('key', sa.Text(), nullable=False),
        sa.Column('block', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(['quotation_id'], ['quotation.id'],
                                name=op.f('fk_quotekey_quotation_id_quotation'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_quotekey')),
    )
    op.create_index(op.f('ix_quotekey_quotation_id'), 'quotekey', ['quotation_id'], unique=False)
    op.create_index(op.f('ix_quotekey_key_hash'), 'quotekey', ['key_hash'], unique=False)
    op.create_index(op.f('ix_quotekey_block'), 'quotekey', ['block'], unique=False)
    op.create_index('ix_claimsource_subject_key_value', 'claimsource', ['subject_key', 'value'], unique=False)
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.add_column(sa.Column('facts_pending', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_index(batch_op.f('ix_article_facts_pending'), ['facts_pending'], unique=False)
    # The search index changes its row numbering too (rowid = ref_id * 4 + kind): rebuilt with the rest.
    op.execute("UPDATE corpusstate SET stale = true")
    op.execute(
        "INSERT INTO corpusstate (id, stale) SELECT 1, true "
        "WHERE NOT EXISTS (SELECT 1 FROM corpusstate) AND EXISTS (SELECT 1 FROM article)"
    )


def downgrade() -> None:
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_facts_pending'))
        batch_op.drop_column('facts_pending')
    op.drop_index('ix_claimsource_subject_key_value', table_name='claimsource')
    op.drop_index(op.f('ix_quotekey_block'), table_name='quotekey')
    op.drop_index(op.f('ix_quotekey_key_hash'), table_name='quotekey')
    op.drop_index(op.f('ix_quotekey_quotation_id'), table_name='quotekey')
    op.drop_table('quotekey')
    op.drop_index(op.f('ix_entitykey_key'), table_name='entitykey')
    op.drop_index(op.f('ix_entitykey_entity_id'), table_name='entitykey')
    op.drop_table('entitykey')
