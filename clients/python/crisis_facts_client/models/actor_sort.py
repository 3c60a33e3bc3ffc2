from enum import StrEnum


class ActorSort(StrEnum):
    MENTIONS = "mentions"
    NAME = "name"
    STATEMENTS = "statements"

    def __str__(self) -> str:
        return str(self.value)
