from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.claim_public_qualifier import ClaimPublicQualifier
from ..models.claim_public_refers_to_precision_type_0 import ClaimPublicRefersToPrecisionType0
from ..models.claim_public_refers_to_relation_type_0 import ClaimPublicRefersToRelationType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.source_ref import SourceRef


T = TypeVar("T", bound="ClaimPublic")


@_attrs_define
class ClaimPublic:
    """
    Attributes:
        claimant (ActorSummary | None):
        conflicts (list[int]):
        first_reported_at (datetime.date | None):
        id (int):
        qualifier (ClaimPublicQualifier):
        refers_to (datetime.date | None): When the figure applies; see refers_to_precision.
        refers_to_precision (ClaimPublicRefersToPrecisionType0 | None): "month", "quarter" or "year": refers_to is the
            first day of that month, calendar quarter or year ("last year's 150", "in the third quarter").
        source_count (int):
        sources (list[SourceRef]):
        subject (None | str):
        unit (None | str):
        value (float | None):
        value_max (float | None):
        value_min (float | None):
        refers_to_relation (ClaimPublicRefersToRelationType0 | None | Unset): How the figure relates to refers_to: "at"
            — it describes that time ("459 died on Tuesday"); "by" — a target or deadline to be reached by then ("cut
            emissions 40% by 2030"); "since" — accumulated from then on ("4,000 have crossed since August").
    """

    claimant: ActorSummary | None
    conflicts: list[int]
    first_reported_at: datetime.date | None
    id: int
    qualifier: ClaimPublicQualifier
    refers_to: datetime.date | None
    refers_to_precision: ClaimPublicRefersToPrecisionType0 | None
    source_count: int
    sources: list[SourceRef]
    subject: str | None
    unit: str | None
    value: float | None
    value_max: float | None
    value_min: float | None
    refers_to_relation: ClaimPublicRefersToRelationType0 | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_summary import ActorSummary

        claimant: dict[str, Any] | None
        if isinstance(self.claimant, ActorSummary):
            claimant = self.claimant.to_dict()
        else:
            claimant = self.claimant

        conflicts = self.conflicts

        first_reported_at: str | None
        if isinstance(self.first_reported_at, datetime.date):
            first_reported_at = self.first_reported_at.isoformat()
        else:
            first_reported_at = self.first_reported_at

        id = self.id

        qualifier = self.qualifier.value

        refers_to: str | None
        if isinstance(self.refers_to, datetime.date):
            refers_to = self.refers_to.isoformat()
        else:
            refers_to = self.refers_to

        refers_to_precision: str | None
        if isinstance(self.refers_to_precision, ClaimPublicRefersToPrecisionType0):
            refers_to_precision = self.refers_to_precision.value
        else:
            refers_to_precision = self.refers_to_precision

        source_count = self.source_count

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        subject: str | None
        subject = self.subject

        unit: str | None
        unit = self.unit

        value: float | None
        value = self.value

        value_max: float | None
        value_max = self.value_max

        value_min: float | None
        value_min = self.value_min

        refers_to_relation: str | Unset | None
        if isinstance(self.refers_to_relation, Unset):
            refers_to_relation = UNSET
        elif isinstance(self.refers_to_relation, ClaimPublicRefersToRelationType0):
            refers_to_relation = self.refers_to_relation.value
        else:
            refers_to_relation = self.refers_to_relation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claimant": claimant,
                "conflicts": conflicts,
                "first_reported_at": first_reported_at,
                "id": id,
                "qualifier": qualifier,
                "refers_to": refers_to,
                "refers_to_precision": refers_to_precision,
                "source_count": source_count,
                "sources": sources,
                "subject": subject,
                "unit": unit,
                "value": value,
                "value_max": value_max,
                "value_min": value_min,
            }
        )
        if refers_to_relation is not UNSET:
            field_dict["refers_to_relation"] = refers_to_relation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary
        from ..models.source_ref import SourceRef

        d = dict(src_dict)

        def _parse_claimant(data: object) -> ActorSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimant_type_0 = ActorSummary.from_dict(data)

                return claimant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorSummary | None, data)

        claimant = _parse_claimant(d.pop("claimant"))

        conflicts = cast(list[int], d.pop("conflicts"))

        def _parse_first_reported_at(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_reported_at_type_0 = datetime.date.fromisoformat(data)

                return first_reported_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        first_reported_at = _parse_first_reported_at(d.pop("first_reported_at"))

        id = d.pop("id")

        qualifier = ClaimPublicQualifier(d.pop("qualifier"))

        def _parse_refers_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refers_to_type_0 = datetime.date.fromisoformat(data)

                return refers_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        refers_to = _parse_refers_to(d.pop("refers_to"))

        def _parse_refers_to_precision(data: object) -> ClaimPublicRefersToPrecisionType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refers_to_precision_type_0 = ClaimPublicRefersToPrecisionType0(data)

                return refers_to_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClaimPublicRefersToPrecisionType0 | None, data)

        refers_to_precision = _parse_refers_to_precision(d.pop("refers_to_precision"))

        source_count = d.pop("source_count")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceRef.from_dict(sources_item_data)

            sources.append(sources_item)

        def _parse_subject(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject"))

        def _parse_unit(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))

        def _parse_value_max(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value_max = _parse_value_max(d.pop("value_max"))

        def _parse_value_min(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value_min = _parse_value_min(d.pop("value_min"))

        def _parse_refers_to_relation(data: object) -> ClaimPublicRefersToRelationType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refers_to_relation_type_0 = ClaimPublicRefersToRelationType0(data)

                return refers_to_relation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClaimPublicRefersToRelationType0 | None | Unset, data)

        refers_to_relation = _parse_refers_to_relation(d.pop("refers_to_relation", UNSET))

        claim_public = cls(
            claimant=claimant,
            conflicts=conflicts,
            first_reported_at=first_reported_at,
            id=id,
            qualifier=qualifier,
            refers_to=refers_to,
            refers_to_precision=refers_to_precision,
            source_count=source_count,
            sources=sources,
            subject=subject,
            unit=unit,
            value=value,
            value_max=value_max,
            value_min=value_min,
            refers_to_relation=refers_to_relation,
        )

        claim_public.additional_properties = d
        return claim_public

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
