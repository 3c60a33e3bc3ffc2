from enum import StrEnum


class SearchKindType0Item(StrEnum):
    ACTOR = "actor"
    ARTICLE = "article"
    CLAIM = "claim"
    STATEMENT = "statement"

    def __str__(self) -> str:
        return str(self.value)
