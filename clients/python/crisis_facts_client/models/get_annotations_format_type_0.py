from enum import StrEnum


class GetAnnotationsFormatType0(StrEnum):
    JSON = "json"
    W3C = "w3c"

    def __str__(self) -> str:
        return str(self.value)
