from enum import StrEnum


class StatementsDownloadFmt(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"

    def __str__(self) -> str:
        return str(self.value)
