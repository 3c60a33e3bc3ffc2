from enum import StrEnum


class StatementSort(StrEnum):
    FIRST_REPORTED = "first_reported"
    ID = "id"
    SAID_ON = "said_on"
    SOURCES = "sources"

    def __str__(self) -> str:
        return str(self.value)
