from enum import StrEnum


class SearchHitKind(StrEnum):
    ACTOR = "actor"
    ARTICLE = "article"
    CLAIM = "claim"
    STATEMENT = "statement"

    def __str__(self) -> str:
        return str(self.value)
