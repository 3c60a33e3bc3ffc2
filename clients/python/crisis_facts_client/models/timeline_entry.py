from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timeline_entry_kind import TimelineEntryKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.claim_public import ClaimPublic
    from ..models.statement_public import StatementPublic


T = TypeVar("T", bound="TimelineEntry")


@_attrs_define
class TimelineEntry:
    """
    Attributes:
        date (datetime.date):
        kind (TimelineEntryKind):
        claim (ClaimPublic | None | Unset):
        statement (None | StatementPublic | Unset):
    """

    date: datetime.date
    kind: TimelineEntryKind
    claim: ClaimPublic | Unset | None = UNSET
    statement: StatementPublic | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.claim_public import ClaimPublic
        from ..models.statement_public import StatementPublic

        date = self.date.isoformat()

        kind = self.kind.value

        claim: dict[str, Any] | Unset | None
        if isinstance(self.claim, Unset):
            claim = UNSET
        elif isinstance(self.claim, ClaimPublic):
            claim = self.claim.to_dict()
        else:
            claim = self.claim

        statement: dict[str, Any] | Unset | None
        if isinstance(self.statement, Unset):
            statement = UNSET
        elif isinstance(self.statement, StatementPublic):
            statement = self.statement.to_dict()
        else:
            statement = self.statement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "kind": kind,
            }
        )
        if claim is not UNSET:
            field_dict["claim"] = claim
        if statement is not UNSET:
            field_dict["statement"] = statement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claim_public import ClaimPublic
        from ..models.statement_public import StatementPublic

        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        kind = TimelineEntryKind(d.pop("kind"))

        def _parse_claim(data: object) -> ClaimPublic | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claim_type_0 = ClaimPublic.from_dict(data)

                return claim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClaimPublic | None | Unset, data)

        claim = _parse_claim(d.pop("claim", UNSET))

        def _parse_statement(data: object) -> StatementPublic | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                statement_type_0 = StatementPublic.from_dict(data)

                return statement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatementPublic | Unset, data)

        statement = _parse_statement(d.pop("statement", UNSET))

        timeline_entry = cls(
            date=date,
            kind=kind,
            claim=claim,
            statement=statement,
        )

        timeline_entry.additional_properties = d
        return timeline_entry

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
