from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SourcePublic")


@_attrs_define
class SourcePublic:
    """
    Attributes:
        article_count (int):
        domain (None | str):
        first_published_at (datetime.date | None):
        id (int):
        last_published_at (datetime.date | None):
        name (str):
        slug (str):
    """

    article_count: int
    domain: str | None
    first_published_at: datetime.date | None
    id: int
    last_published_at: datetime.date | None
    name: str
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_count = self.article_count

        domain: str | None
        domain = self.domain

        first_published_at: str | None
        if isinstance(self.first_published_at, datetime.date):
            first_published_at = self.first_published_at.isoformat()
        else:
            first_published_at = self.first_published_at

        id = self.id

        last_published_at: str | None
        if isinstance(self.last_published_at, datetime.date):
            last_published_at = self.last_published_at.isoformat()
        else:
            last_published_at = self.last_published_at

        name = self.name

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "article_count": article_count,
                "domain": domain,
                "first_published_at": first_published_at,
                "id": id,
                "last_published_at": last_published_at,
                "name": name,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_count = d.pop("article_count")

        def _parse_domain(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        domain = _parse_domain(d.pop("domain"))

        def _parse_first_published_at(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_published_at_type_0 = datetime.date.fromisoformat(data)

                return first_published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        first_published_at = _parse_first_published_at(d.pop("first_published_at"))

        id = d.pop("id")

        def _parse_last_published_at(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_published_at_type_0 = datetime.date.fromisoformat(data)

                return last_published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_published_at = _parse_last_published_at(d.pop("last_published_at"))

        name = d.pop("name")

        slug = d.pop("slug")

        source_public = cls(
            article_count=article_count,
            domain=domain,
            first_published_at=first_published_at,
            id=id,
            last_published_at=last_published_at,
            name=name,
            slug=slug,
        )

        source_public.additional_properties = d
        return source_public

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
