"""NLP extraction: pure functions from a spaCy Doc to plain, typed records."""
