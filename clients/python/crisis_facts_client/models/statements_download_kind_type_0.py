from enum import StrEnum


class StatementsDownloadKindType0(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    PARTIAL = "partial"
    POST = "post"
    TRANSCRIPT = "transcript"

    def __str__(self) -> str:
        return str(self.value)
