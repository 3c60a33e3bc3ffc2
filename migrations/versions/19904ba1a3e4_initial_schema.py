"""initial schema

Revision ID: 19904ba1a3e4
Revises: 
Create Date: 2026-11-23 01:10:43.847596
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from app.ingest.search_index import CREATE_FTS, FTS_TABLE


revision: str = '19904ba1a3e4'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('actor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('mention_count', sa.Integer(), nullable=False),
    sa.Column('statement_count', sa.Integer(), nullable=False),
    sa.Column('article_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor'))
    )
    with op.batch_alter_table('actor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_mention_count'), ['mention_count'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_slug'), ['slug'], unique=True)

    op.create_table('publisher',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('domain', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publisher'))
    )
    with op.batch_alter_table('publisher', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_publisher_slug'), ['slug'], unique=True)

    op.create_table('actoralias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('relation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actor.id'], name=op.f('fk_actoralias_actor_id_actor'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actoralias')),
    sa.UniqueConstraint('actor_id', 'name', 'relation', name=op.f('uq_actoralias_actor_id'))
    )
    with op.batch_alter_table('actoralias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actoralias_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actoralias_name'), ['name'], unique=False)

    op.create_table('article',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('publisher_id', sa.Integer(), nullable=True),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('published_at', sa.Date(), nullable=True),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('word_count', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_path', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('ingested_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('model_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('pipeline_version', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['publisher_id'], ['publisher.id'], name=op.f('fk_article_publisher_id_publisher'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article'))
    )
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_content_hash'), ['content_hash'], unique=True)
        batch_op.create_index(batch_op.f('ix_article_published_at'), ['published_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_publisher_id'), ['publisher_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_slug'), ['slug'], unique=True)

    op.create_table('numericclaim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('value_min', sa.Float(), nullable=True),
    sa.Column('value_max', sa.Float(), nullable=True),
    sa.Column('qualifier', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('subject_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('claimant_id', sa.Integer(), nullable=True),
    sa.Column('refers_to', sa.Date(), nullable=True),
    sa.Column('source_count', sa.Integer(), nullable=False),
    sa.Column('first_reported_at', sa.Date(), nullable=True),
    sa.Column('conflicts', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['claimant_id'], ['actor.id'], name=op.f('fk_numericclaim_claimant_id_actor'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_numericclaim'))
    )
    with op.batch_alter_table('numericclaim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_numericclaim_claimant_id'), ['claimant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_numericclaim_refers_to'), ['refers_to'], unique=False)
        batch_op.create_index(batch_op.f('ix_numericclaim_subject'), ['subject'], unique=False)
        batch_op.create_index(batch_op.f('ix_numericclaim_subject_key'), ['subject_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_numericclaim_unit'), ['unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_numericclaim_value'), ['value'], unique=False)

    op.create_table('statement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=True),
    sa.Column('cue', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('said_on', sa.Date(), nullable=True),
    sa.Column('source_count', sa.Integer(), nullable=False),
    sa.Column('first_reported_at', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['speaker_id'], ['actor.id'], name=op.f('fk_statement_speaker_id_actor'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement'))
    )
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_first_reported_at'), ['first_reported_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_said_on'), ['said_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('articleentity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('local_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('role_title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('role_affiliation', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('aliases', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('demonyms', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('is_role_reference', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actor.id'], name=op.f('fk_articleentity_actor_id_actor'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_articleentity_article_id_article'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articleentity'))
    )
    with op.batch_alter_table('articleentity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articleentity_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articleentity_article_id'), ['article_id'], unique=False)

    op.create_table('claimsource',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=True),
    sa.Column('claimant_entity_id', sa.Integer(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('exact', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('value_min', sa.Float(), nullable=True),
    sa.Column('value_max', sa.Float(), nullable=True),
    sa.Column('qualifier', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('subject_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('refers_to', sa.Date(), nullable=True),
    sa.Column('prefix', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('suffix', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('model_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('pipeline_version', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_claimsource_article_id_article'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claim_id'], ['numericclaim.id'], name=op.f('fk_claimsource_claim_id_numericclaim'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['claimant_entity_id'], ['articleentity.id'], name=op.f('fk_claimsource_claimant_entity_id_articleentity'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claimsource'))
    )
    with op.batch_alter_table('claimsource', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claimsource_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claimsource_claim_id'), ['claim_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_claimsource_claimant_entity_id'), ['claimant_entity_id'], unique=False)

    op.create_table('mention',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('exact', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actor.id'], name=op.f('fk_mention_actor_id_actor'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_mention_article_id_article'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_id'], ['articleentity.id'], name=op.f('fk_mention_entity_id_articleentity'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mention'))
    )
    with op.batch_alter_table('mention', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mention_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mention_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mention_entity_id'), ['entity_id'], unique=False)

    op.create_table('quotation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=True),
    sa.Column('speaker_entity_id', sa.Integer(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('exact', sa.Text(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('cue', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('said_on', sa.Date(), nullable=True),
    sa.Column('prefix', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('suffix', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('model_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('pipeline_version', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['article.id'], name=op.f('fk_quotation_article_id_article'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_entity_id'], ['articleentity.id'], name=op.f('fk_quotation_speaker_entity_id_articleentity'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['statement_id'], ['statement.id'], name=op.f('fk_quotation_statement_id_statement'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quotation'))
    )
    with op.batch_alter_table('quotation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotation_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotation_speaker_entity_id'), ['speaker_entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotation_statement_id'), ['statement_id'], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        op.execute(CREATE_FTS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    with op.batch_alter_table('quotation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotation_statement_id'))
        batch_op.drop_index(batch_op.f('ix_quotation_speaker_entity_id'))
        batch_op.drop_index(batch_op.f('ix_quotation_article_id'))

    op.drop_table('quotation')
    with op.batch_alter_table('mention', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mention_entity_id'))
        batch_op.drop_index(batch_op.f('ix_mention_article_id'))
        batch_op.drop_index(batch_op.f('ix_mention_actor_id'))

    op.drop_table('mention')
    with op.batch_alter_table('claimsource', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claimsource_claimant_entity_id'))
        batch_op.drop_index(batch_op.f('ix_claimsource_claim_id'))
        batch_op.drop_index(batch_op.f('ix_claimsource_article_id'))

    op.drop_table('claimsource')
    with op.batch_alter_table('articleentity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articleentity_article_id'))
        batch_op.drop_index(batch_op.f('ix_articleentity_actor_id'))

    op.drop_table('articleentity')
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_statement_said_on'))
        batch_op.drop_index(batch_op.f('ix_statement_kind'))
        batch_op.drop_index(batch_op.f('ix_statement_first_reported_at'))

    op.drop_table('statement')
    with op.batch_alter_table('numericclaim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_numericclaim_value'))
        batch_op.drop_index(batch_op.f('ix_numericclaim_unit'))
        batch_op.drop_index(batch_op.f('ix_numericclaim_subject_key'))
        batch_op.drop_index(batch_op.f('ix_numericclaim_subject'))
        batch_op.drop_index(batch_op.f('ix_numericclaim_refers_to'))
        batch_op.drop_index(batch_op.f('ix_numericclaim_claimant_id'))

    op.drop_table('numericclaim')
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_slug'))
        batch_op.drop_index(batch_op.f('ix_article_publisher_id'))
        batch_op.drop_index(batch_op.f('ix_article_published_at'))
        batch_op.drop_index(batch_op.f('ix_article_content_hash'))

    op.drop_table('article')
    with op.batch_alter_table('actoralias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actoralias_name'))
        batch_op.drop_index(batch_op.f('ix_actoralias_actor_id'))

    op.drop_table('actoralias')
    with op.batch_alter_table('publisher', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_publisher_slug'))

    op.drop_table('publisher')
    with op.batch_alter_table('actor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_slug'))
        batch_op.drop_index(batch_op.f('ix_actor_name'))
        batch_op.drop_index(batch_op.f('ix_actor_mention_count'))
        batch_op.drop_index(batch_op.f('ix_actor_kind'))

    op.drop_table('actor')
