from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleCreate")


@_attrs_define
class ArticleCreate:
    """
    Attributes:
        author (None | str | Unset):
        published_at (datetime.date | None | Unset):
        publisher (None | str | Unset):
        text (None | str | Unset): The article text (plain); it must contain words. Leave it out to have `url` fetched.
        title (None | str | Unset):
        url (None | str | Unset): Where the article was published; with no `text`, the page is fetched from it (http(s)
            only; robots.txt respected; private and local addresses refused).
    """

    author: str | Unset | None = UNSET
    published_at: datetime.date | Unset | None = UNSET
    publisher: str | Unset | None = UNSET
    text: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    url: str | Unset | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        author: str | Unset | None
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        published_at: str | Unset | None
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.date):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        publisher: str | Unset | None
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        text: str | Unset | None
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if text is not UNSET:
            field_dict["text"] = text
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_author(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_published_at(data: object) -> datetime.date | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.date.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        def _parse_publisher(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))

        def _parse_text(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_title(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        article_create = cls(
            author=author,
            published_at=published_at,
            publisher=publisher,
            text=text,
            title=title,
            url=url,
        )

        return article_create
