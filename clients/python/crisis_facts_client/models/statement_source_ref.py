from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_span import TextSpan


T = TypeVar("T", bound="StatementSourceRef")


@_attrs_define
class StatementSourceRef:
    """A statement's source, with the attribution itself checkable in the text.

    Attributes:
        article_id (int):
        article_slug (str):
        end (int):
        exact (str):
        prefix (str):
        published_at (datetime.date | None):
        publisher (None | str):
        sentence (str):
        start (int):
        suffix (str):
        url (None | str):
        cue_span (None | TextSpan | Unset): The reporting verb in this article, or null.
        speaker_mention (None | TextSpan | Unset): The words naming the speaker in this article ("he" included), or
            null.
    """

    article_id: int
    article_slug: str
    end: int
    exact: str
    prefix: str
    published_at: datetime.date | None
    publisher: str | None
    sentence: str
    start: int
    suffix: str
    url: str | None
    cue_span: TextSpan | Unset | None = UNSET
    speaker_mention: TextSpan | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.text_span import TextSpan

        article_id = self.article_id

        article_slug = self.article_slug

        end = self.end

        exact = self.exact

        prefix = self.prefix

        published_at: str | None
        if isinstance(self.published_at, datetime.date):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        publisher: str | None
        publisher = self.publisher

        sentence = self.sentence

        start = self.start

        suffix = self.suffix

        url: str | None
        url = self.url

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
                "article_id": article_id,
                "article_slug": article_slug,
                "end": end,
                "exact": exact,
                "prefix": prefix,
                "published_at": published_at,
                "publisher": publisher,
                "sentence": sentence,
                "start": start,
                "suffix": suffix,
                "url": url,
            }
        )
        if cue_span is not UNSET:
            field_dict["cue_span"] = cue_span
        if speaker_mention is not UNSET:
            field_dict["speaker_mention"] = speaker_mention

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_span import TextSpan

        d = dict(src_dict)
        article_id = d.pop("article_id")

        article_slug = d.pop("article_slug")

        end = d.pop("end")

        exact = d.pop("exact")

        prefix = d.pop("prefix")

        def _parse_published_at(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.date.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        def _parse_publisher(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        publisher = _parse_publisher(d.pop("publisher"))

        sentence = d.pop("sentence")

        start = d.pop("start")

        suffix = d.pop("suffix")

        def _parse_url(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

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

        statement_source_ref = cls(
            article_id=article_id,
            article_slug=article_slug,
            end=end,
            exact=exact,
            prefix=prefix,
            published_at=published_at,
            publisher=publisher,
            sentence=sentence,
            start=start,
            suffix=suffix,
            url=url,
            cue_span=cue_span,
            speaker_mention=speaker_mention,
        )

        statement_source_ref.additional_properties = d
        return statement_source_ref

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
