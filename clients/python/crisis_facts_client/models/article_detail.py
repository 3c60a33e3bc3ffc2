from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_counts import ArticleCounts


T = TypeVar("T", bound="ArticleDetail")


@_attrs_define
class ArticleDetail:
    """
    Attributes:
        author (None | str):
        counts (ArticleCounts):
        id (int):
        ingested_at (datetime.datetime):
        language (str):
        model_name (str):
        pipeline_version (str):
        published_at (datetime.date | None):
        publisher (None | str):
        slug (str):
        text (str):
        title (None | str):
        url (None | str):
        word_count (int):
        fetched_at (datetime.datetime | None | Unset): When the page was fetched (articles ingested from a URL), else
            null.
    """

    author: str | None
    counts: ArticleCounts
    id: int
    ingested_at: datetime.datetime
    language: str
    model_name: str
    pipeline_version: str
    published_at: datetime.date | None
    publisher: str | None
    slug: str
    text: str
    title: str | None
    url: str | None
    word_count: int
    fetched_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author: str | None
        author = self.author

        counts = self.counts.to_dict()

        id = self.id

        ingested_at = self.ingested_at.isoformat()

        language = self.language

        model_name = self.model_name

        pipeline_version = self.pipeline_version

        published_at: str | None
        if isinstance(self.published_at, datetime.date):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        publisher: str | None
        publisher = self.publisher

        slug = self.slug

        text = self.text

        title: str | None
        title = self.title

        url: str | None
        url = self.url

        word_count = self.word_count

        fetched_at: str | Unset | None
        if isinstance(self.fetched_at, Unset):
            fetched_at = UNSET
        elif isinstance(self.fetched_at, datetime.datetime):
            fetched_at = self.fetched_at.isoformat()
        else:
            fetched_at = self.fetched_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "author": author,
                "counts": counts,
                "id": id,
                "ingested_at": ingested_at,
                "language": language,
                "model_name": model_name,
                "pipeline_version": pipeline_version,
                "published_at": published_at,
                "publisher": publisher,
                "slug": slug,
                "text": text,
                "title": title,
                "url": url,
                "word_count": word_count,
            }
        )
        if fetched_at is not UNSET:
            field_dict["fetched_at"] = fetched_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_counts import ArticleCounts

        d = dict(src_dict)

        def _parse_author(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        author = _parse_author(d.pop("author"))

        counts = ArticleCounts.from_dict(d.pop("counts"))

        id = d.pop("id")

        ingested_at = datetime.datetime.fromisoformat(d.pop("ingested_at"))

        language = d.pop("language")

        model_name = d.pop("model_name")

        pipeline_version = d.pop("pipeline_version")

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

        slug = d.pop("slug")

        text = d.pop("text")

        def _parse_title(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_url(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        word_count = d.pop("word_count")

        def _parse_fetched_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fetched_at_type_0 = datetime.datetime.fromisoformat(data)

                return fetched_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        fetched_at = _parse_fetched_at(d.pop("fetched_at", UNSET))

        article_detail = cls(
            author=author,
            counts=counts,
            id=id,
            ingested_at=ingested_at,
            language=language,
            model_name=model_name,
            pipeline_version=pipeline_version,
            published_at=published_at,
            publisher=publisher,
            slug=slug,
            text=text,
            title=title,
            url=url,
            word_count=word_count,
            fetched_at=fetched_at,
        )

        article_detail.additional_properties = d
        return article_detail

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
