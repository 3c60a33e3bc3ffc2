from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.statement_public_kind import StatementPublicKind

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.statement_source_ref import StatementSourceRef


T = TypeVar("T", bound="StatementPublic")


@_attrs_define
class StatementPublic:
    """
    Attributes:
        channel (None | str):
        cue (None | str):
        first_reported_at (datetime.date | None):
        id (int):
        kind (StatementPublicKind):
        said_on (datetime.date | None):
        source_count (int):
        sources (list[StatementSourceRef]):
        speaker (ActorSummary | None):
        text (str):
    """

    channel: str | None
    cue: str | None
    first_reported_at: datetime.date | None
    id: int
    kind: StatementPublicKind
    said_on: datetime.date | None
    source_count: int
    sources: list[StatementSourceRef]
    speaker: ActorSummary | None
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_summary import ActorSummary

        channel: str | None
        channel = self.channel

        cue: str | None
        cue = self.cue

        first_reported_at: str | None
        if isinstance(self.first_reported_at, datetime.date):
            first_reported_at = self.first_reported_at.isoformat()
        else:
            first_reported_at = self.first_reported_at

        id = self.id

        kind = self.kind.value

        said_on: str | None
        if isinstance(self.said_on, datetime.date):
            said_on = self.said_on.isoformat()
        else:
            said_on = self.said_on

        source_count = self.source_count

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        speaker: dict[str, Any] | None
        if isinstance(self.speaker, ActorSummary):
            speaker = self.speaker.to_dict()
        else:
            speaker = self.speaker

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "cue": cue,
                "first_reported_at": first_reported_at,
                "id": id,
                "kind": kind,
                "said_on": said_on,
                "source_count": source_count,
                "sources": sources,
                "speaker": speaker,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary
        from ..models.statement_source_ref import StatementSourceRef

        d = dict(src_dict)

        def _parse_channel(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_cue(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        cue = _parse_cue(d.pop("cue"))

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

        kind = StatementPublicKind(d.pop("kind"))

        def _parse_said_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                said_on_type_0 = datetime.date.fromisoformat(data)

                return said_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        said_on = _parse_said_on(d.pop("said_on"))

        source_count = d.pop("source_count")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = StatementSourceRef.from_dict(sources_item_data)

            sources.append(sources_item)

        def _parse_speaker(data: object) -> ActorSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                speaker_type_0 = ActorSummary.from_dict(data)

                return speaker_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorSummary | None, data)

        speaker = _parse_speaker(d.pop("speaker"))

        text = d.pop("text")

        statement_public = cls(
            channel=channel,
            cue=cue,
            first_reported_at=first_reported_at,
            id=id,
            kind=kind,
            said_on=said_on,
            source_count=source_count,
            sources=sources,
            speaker=speaker,
            text=text,
        )

        statement_public.additional_properties = d
        return statement_public

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
