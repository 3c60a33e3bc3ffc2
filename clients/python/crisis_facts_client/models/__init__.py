"""Contains all the data models used in inputs/outputs"""

from .actor_counts import ActorCounts
from .actor_public import ActorPublic
from .actor_public_kind import ActorPublicKind
from .actor_sort import ActorSort
from .actor_summary import ActorSummary
from .actor_summary_kind import ActorSummaryKind
from .annotations import Annotations
from .article_counts import ArticleCounts
from .article_create import ArticleCreate
from .article_detail import ArticleDetail
from .article_public import ArticlePublic
from .claim_public import ClaimPublic
from .claim_public_qualifier import ClaimPublicQualifier
from .claim_public_refers_to_precision_type_0 import ClaimPublicRefersToPrecisionType0
from .claim_public_refers_to_relation_type_0 import ClaimPublicRefersToRelationType0
from .claim_span import ClaimSpan
from .claim_span_qualifier import ClaimSpanQualifier
from .claims_download_fmt import ClaimsDownloadFmt
from .get_annotations_format_type_0 import GetAnnotationsFormatType0
from .get_claim_review_response_200 import GetClaimReviewResponse200
from .get_provenance_response_200 import GetProvenanceResponse200
from .get_schema_claim_response_200 import GetSchemaClaimResponse200
from .health import Health
from .list_actors_kind_type_0 import ListActorsKindType0
from .list_statements_kind_type_0 import ListStatementsKindType0
from .mention_span import MentionSpan
from .page_actor_public import PageActorPublic
from .page_article_public import PageArticlePublic
from .page_claim_public import PageClaimPublic
from .page_search_hit import PageSearchHit
from .page_source_public import PageSourcePublic
from .page_statement_public import PageStatementPublic
from .page_timeline_entry import PageTimelineEntry
from .problem import Problem
from .problem_errors_type_0_item import ProblemErrorsType0Item
from .quotation_span import QuotationSpan
from .quotation_span_kind import QuotationSpanKind
from .search_hit import SearchHit
from .search_hit_kind import SearchHitKind
from .search_kind_type_0_item import SearchKindType0Item
from .source_public import SourcePublic
from .source_ref import SourceRef
from .statement_public import StatementPublic
from .statement_public_kind import StatementPublicKind
from .statement_sort import StatementSort
from .statement_source_ref import StatementSourceRef
from .statements_download_fmt import StatementsDownloadFmt
from .statements_download_kind_type_0 import StatementsDownloadKindType0
from .text_span import TextSpan
from .timeline_entry import TimelineEntry
from .timeline_entry_kind import TimelineEntryKind

__all__ = (
    "ActorCounts",
    "ActorPublic",
    "ActorPublicKind",
    "ActorSort",
    "ActorSummary",
    "ActorSummaryKind",
    "Annotations",
    "ArticleCounts",
    "ArticleCreate",
    "ArticleDetail",
    "ArticlePublic",
    "ClaimPublic",
    "ClaimPublicQualifier",
    "ClaimPublicRefersToPrecisionType0",
    "ClaimPublicRefersToRelationType0",
    "ClaimSpan",
    "ClaimSpanQualifier",
    "ClaimsDownloadFmt",
    "GetAnnotationsFormatType0",
    "GetClaimReviewResponse200",
    "GetProvenanceResponse200",
    "GetSchemaClaimResponse200",
    "Health",
    "ListActorsKindType0",
    "ListStatementsKindType0",
    "MentionSpan",
    "PageActorPublic",
    "PageArticlePublic",
    "PageClaimPublic",
    "PageSearchHit",
    "PageSourcePublic",
    "PageStatementPublic",
    "PageTimelineEntry",
    "Problem",
    "ProblemErrorsType0Item",
    "QuotationSpan",
    "QuotationSpanKind",
    "SearchHit",
    "SearchHitKind",
    "SearchKindType0Item",
    "SourcePublic",
    "SourceRef",
    "StatementPublic",
    "StatementPublicKind",
    "StatementSort",
    "StatementSourceRef",
    "StatementsDownloadFmt",
    "StatementsDownloadKindType0",
    "TextSpan",
    "TimelineEntry",
    "TimelineEntryKind",
)
