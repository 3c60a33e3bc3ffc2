from enum import StrEnum


class ClaimPublicRefersToRelationType0(StrEnum):
    AT = "at"
    BY = "by"
    SINCE = "since"

    def __str__(self) -> str:
        return str(self.value)
