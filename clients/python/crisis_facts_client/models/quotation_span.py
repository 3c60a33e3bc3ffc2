from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quotation_span_kind import QuotationSpanKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.text_span import TextSpan


T = TypeVar("T", bound="QuotationSpan")


@_attrs_define
class QuotationSpan:
    """
    Attributes:
        end (int):
        exact (str):
        kind (QuotationSpanKind):
        speaker (ActorSummary | None):
        start (int):
        statement_id (int | None):
        cue_span (None | TextSpan | Unset):
        speaker_mention (None | TextSpan | Unset):
    """

    end: int
    exact: str
    kind: QuotationSpanKind
    speaker: ActorSummary | None
    start: int
    statement_id: int | None
    cue_span: TextSpan | Unset | None = UNSET
    speaker_mention: TextSpan | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_summary import ActorSummary
        from ..models.text_span import TextSpan

        end = self.end

        exact = self.exact

        kind = self.kind.value

        speaker: dict[str, Any] | None
        if isinstance(self.speaker, ActorSummary):
            speaker = self.speaker.to_dict()
        else:
            speaker = self.speaker

        start = self.start

        statement_id: int | None
        statement_id = self.statement_id

        cue_span: dict[str, Any] | Unset | None
        if isinstance(self.cue_span, Unset):
            cue_span = UNSET
        elif isinstance(self.cue_span, TextSpan):
            cue_span = self.cue_span.to_dict()
        else:
            cue_span = self.cue_span

        speaker_mention: dict[str, Any] | Unset | None
        if isinstance(self.speaker_mention, Unset):
            speaker_mention = UNSET
        elif isinstance(self.speaker_mention, TextSpan):
            speaker_mention = self.speaker_mention.to_dict()
        else:
            speaker_mention = self.speaker_mention

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "exact": exact,
                "kind": kind,
                "speaker": speaker,
                "start": start,
                "statement_id": statement_id,
            }
        )
        if cue_span is not UNSET:
            field_dict["cue_span"] = cue_span
        if speaker_mention is not UNSET:
            field_dict["speaker_mention"] = speaker_mention

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary
        from ..models.text_span import TextSpan

        d = dict(src_dict)
        end = d.pop("end")

        exact = d.pop("exact")

        kind = QuotationSpanKind(d.pop("kind"))

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

        start = d.pop("start")

        def _parse_statement_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        statement_id = _parse_statement_id(d.pop("statement_id"))

        def _parse_cue_span(data: object) -> TextSpan | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cue_span_type_0 = TextSpan.from_dict(data)

                return cue_span_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TextSpan | Unset, data)

        cue_span = _parse_cue_span(d.pop("cue_span", UNSET))

        def _parse_speaker_mention(data: object) -> TextSpan | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                speaker_mention_type_0 = TextSpan.from_dict(data)

                return speaker_mention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TextSpan | Unset, data)

        speaker_mention = _parse_speaker_mention(d.pop("speaker_mention", UNSET))

        quotation_span = cls(
            end=end,
            exact=exact,
            kind=kind,
            speaker=speaker,
            start=start,
            statement_id=statement_id,
            cue_span=cue_span,
            speaker_mention=speaker_mention,
        )

        quotation_span.additional_properties = d
        return quotation_span

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
