from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.claim_span import ClaimSpan
    from ..models.mention_span import MentionSpan
    from ..models.quotation_span import QuotationSpan


T = TypeVar("T", bound="Annotations")


@_attrs_define
class Annotations:
    """
    Attributes:
        article_id (int):
        article_slug (str):
        claims (list[ClaimSpan]):
        mentions (list[MentionSpan]):
        quotations (list[QuotationSpan]):
    """

    article_id: int
    article_slug: str
    claims: list[ClaimSpan]
    mentions: list[MentionSpan]
    quotations: list[QuotationSpan]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        article_slug = self.article_slug

        claims = []
        for claims_item_data in self.claims:
            claims_item = claims_item_data.to_dict()
            claims.append(claims_item)

        mentions = []
        for mentions_item_data in self.mentions:
            mentions_item = mentions_item_data.to_dict()
            mentions.append(mentions_item)

        quotations = []
        for quotations_item_data in self.quotations:
            quotations_item = quotations_item_data.to_dict()
            quotations.append(quotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_id": article_id,
                "article_slug": article_slug,
                "claims": claims,
                "mentions": mentions,
                "quotations": quotations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claim_span import ClaimSpan
        from ..models.mention_span import MentionSpan
        from ..models.quotation_span import QuotationSpan

        d = dict(src_dict)
        article_id = d.pop("article_id")

        article_slug = d.pop("article_slug")

        claims = []
        _claims = d.pop("claims")
        for claims_item_data in _claims:
            claims_item = ClaimSpan.from_dict(claims_item_data)

            claims.append(claims_item)

        mentions = []
        _mentions = d.pop("mentions")
        for mentions_item_data in _mentions:
            mentions_item = MentionSpan.from_dict(mentions_item_data)

            mentions.append(mentions_item)

        quotations = []
        _quotations = d.pop("quotations")
        for quotations_item_data in _quotations:
            quotations_item = QuotationSpan.from_dict(quotations_item_data)

            quotations.append(quotations_item)

        annotations = cls(
            article_id=article_id,
            article_slug=article_slug,
            claims=claims,
            mentions=mentions,
            quotations=quotations,
        )

        annotations.additional_properties = d
        return annotations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
