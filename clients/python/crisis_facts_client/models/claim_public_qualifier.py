from enum import StrEnum


class ClaimPublicQualifier(StrEnum):
    APPROXIMATE = "approximate"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    EXACT = "exact"
    LESS_THAN = "less_than"
    MORE_THAN = "more_than"
    UP_TO = "up_to"

    def __str__(self) -> str:
        return str(self.value)
