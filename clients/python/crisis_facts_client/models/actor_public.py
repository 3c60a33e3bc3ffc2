from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_public_kind import ActorPublicKind

if TYPE_CHECKING:
    from ..models.actor_counts import ActorCounts


T = TypeVar("T", bound="ActorPublic")


@_attrs_define
class ActorPublic:
    """
    Attributes:
        aliases (list[str]):
        counts (ActorCounts):
        demonyms (list[str]):
        id (int):
        kind (ActorPublicKind):
        name (str):
        role (None | str):
        slug (str):
    """

    aliases: list[str]
    counts: ActorCounts
    demonyms: list[str]
    id: int
    kind: ActorPublicKind
    name: str
    role: str | None
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aliases = self.aliases

        counts = self.counts.to_dict()

        demonyms = self.demonyms

        id = self.id

        kind = self.kind.value

        name = self.name

        role: str | None
        role = self.role

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aliases": aliases,
                "counts": counts,
                "demonyms": demonyms,
                "id": id,
                "kind": kind,
                "name": name,
                "role": role,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_counts import ActorCounts

        d = dict(src_dict)
        aliases = cast(list[str], d.pop("aliases"))

        counts = ActorCounts.from_dict(d.pop("counts"))

        demonyms = cast(list[str], d.pop("demonyms"))

        id = d.pop("id")

        kind = ActorPublicKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_role(data: object) -> str | None:
            if data is None:
                return data
            return cast(None | str, data)

        role = _parse_role(d.pop("role"))

        slug = d.pop("slug")

        actor_public = cls(
            aliases=aliases,
            counts=counts,
            demonyms=demonyms,
            id=id,
            kind=kind,
            name=name,
            role=role,
            slug=slug,
        )

        actor_public.additional_properties = d
        return actor_public

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
