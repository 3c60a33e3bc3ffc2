from enum import StrEnum


class TimelineEntryKind(StrEnum):
    CLAIM = "claim"
    STATEMENT = "statement"

    def __str__(self) -> str:
        return str(self.value)
