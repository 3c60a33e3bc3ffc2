from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.claim_span_qualifier import ClaimSpanQualifier

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary


T = TypeVar("T", bound="ClaimSpan")


@_attrs_define
class ClaimSpan:
    """
    Attributes:
        claim_id (int | None):
        claimant (ActorSummary | None):
        end (int):
        exact (str):
        qualifier (ClaimSpanQualifier):
        start (int):
        subject (None | str):
        unit (None | str):
        value (float | None):
        value_max (float | None):
        value_min (float | None):
    """

    claim_id: int | None
    claimant: ActorSummary | None
    end: int
    exact: str
    qualifier: ClaimSpanQualifier
    start: int
    subject: str | None
    unit: str | None
    value: float | None
    value_max: float | None
    value_min: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_summary import ActorSummary

        claim_id: int | None
        claim_id = self.claim_id

        claimant: dict[str, Any] | None
        if isinstance(self.claimant, ActorSummary):
            claimant = self.claimant.to_dict()
        else:
            claimant = self.claimant

        end = self.end

        exact = self.exact

        qualifier = self.qualifier.value

        start = self.start

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claim_id": claim_id,
                "claimant": claimant,
                "end": end,
                "exact": exact,
                "qualifier": qualifier,
                "start": start,
                "subject": subject,
                "unit": unit,
                "value": value,
                "value_max": value_max,
                "value_min": value_min,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary

        d = dict(src_dict)

        def _parse_claim_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        claim_id = _parse_claim_id(d.pop("claim_id"))

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

        end = d.pop("end")

        exact = d.pop("exact")

        qualifier = ClaimSpanQualifier(d.pop("qualifier"))

        start = d.pop("start")

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

        claim_span = cls(
            claim_id=claim_id,
            claimant=claimant,
            end=end,
            exact=exact,
            qualifier=qualifier,
            start=start,
            subject=subject,
            unit=unit,
            value=value,
            value_max=value_max,
            value_min=value_min,
        )

        claim_span.additional_properties = d
        return claim_span

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
