from enum import StrEnum


class ListActorsKindType0(StrEnum):
    GROUP = "group"
    ORGANIZATION = "organization"
    PERSON = "person"
    PLACE = "place"

    def __str__(self) -> str:
        return str(self.value)
