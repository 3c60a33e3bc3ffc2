"""The model's attribute ruler (tag → part of speech and morphology, and its word exceptions), applied
by looking each distinct token up once instead of running spaCy's Matcher over every pattern.

spaCy's `AttributeRuler` matches its patterns (179 in `en_core_web_sm` 3.8) with the general `Matcher`,
which tries every pattern at every token: ~7.5 ms of a ~51 ms parse for a 450-token article on the
project's 2-core machine (measured in session 47; ~0.8 ms this way). Its patterns are tests on a token's
tag, lower-cased form, dependency label or space flag — equality or IN, a few NOT_IN or a regular
expression — so the same answer comes from a table keyed by those values. `compile_ruler` turns the
installed model's patterns into that table, and gives up (the stock component stays) on any pattern it
cannot express exactly: operators ("OP"), comparisons, other set tests, morphology or extension
attributes, or an attribute it does not read. The result sets the same attributes as the stock
component: matches are applied in the stock order (a later rule overrides an earlier one) with spaCy's
own `set_token_attrs`, and `tests/test_attributes.py` compares both on text.
"""

import re
from collections.abc import Iterable, Iterator
from typing import Any

# Token attributes a pattern may test, each an equality with a string's hash or a flag (the values
# spaCy's `Doc.to_array` gives for them).
_STRING_ATTRS = ("TAG", "LOWER", "ORTH", "NORM", "DEP", "POS", "LEMMA", "SHAPE", "ENT_TYPE")
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "LIKE_NUM")
_ALIASES = {"TEXT": "ORTH"}

# One token's tests: (column in the token's key, how, what) — how is "in" or "not_in" (a set of values) or
# "regex" (a compiled pattern searched in the value's string, as the Matcher's REGEX does)
Test = tuple[int, str, Any]
Spec = tuple[Test, ...]

_MEMO_LIMIT = 50_000  # distinct token keys remembered (~230 bytes each, measured)


class FastAttributeRuler:
    """Sets the attribute ruler's attributes; built by `compile_ruler` from the stock component."""

    def __init__(
        self,
        columns: list[str],
        specs: list[Spec],
        singles: list[tuple[int, int]],
        sequences: list[tuple[tuple[int, ...], int, int]],
        attrs: list[dict[Any, Any]],
        strings: Any,
    ) -> None:
        from spacy.tokens._retokenize import set_token_attrs  # (spaCy loads only with the model, for ingestion)

        self.set_token_attrs = set_token_attrs
        self.columns = columns  # the attributes read per token, in key order
        self.specs = specs  # distinct one-token tests
        self.singles = singles  # (spec, rule id) of one-token patterns
        self.sequences = sequences  # (specs, token index within the match, rule id) of longer patterns
        self.attrs = attrs  # the stock component's normalised attributes, by rule id
        self.strings = strings  # the vocabulary's strings, for REGEX tests
        self._hits: dict[tuple[int, ...], tuple[frozenset[int], tuple[int, ...]]] = {}
        self._merged: dict[tuple[int, ...], dict[Any, Any]] = {}
        self._answers: dict[tuple[frozenset[int], tuple[int, ...]], tuple[frozenset[int], tuple[int, ...]]] = {}
        self._firsts = frozenset(specs[0] for specs, _, _ in sequences)  # where a longer pattern may start

    def _lookup(self, key: tuple[int, ...]) -> tuple[frozenset[int], tuple[int, ...]]:
        """The tests a token with these values passes, and the one-token rules it triggers (in rule order)."""
        found = self._hits.get(key)
        if found is None:
            passed = frozenset(n for n, spec in enumerate(self.specs) if all(self._passes(key, t) for t in spec))
            found = (passed, tuple(sorted(rule for spec, rule in self.singles if spec in passed)))
            found = self._answers.setdefault(found, found)  # few distinct answers: keep one copy of each
            if len(self._hits) >= _MEMO_LIMIT:  # a long ingest meets ever more words: start afresh
                self._hits.clear()
            self._hits[key] = found
        return found

    def _passes(self, key: tuple[int, ...], test: Test) -> bool:
        col, how, what = test
        if how == "in":
            return key[col] in what
        if how == "not_in":
            return key[col] not in what
        return bool(what.search(self.strings[key[col]]))

    def _merge(self, rules: tuple[int, ...]) -> dict[Any, Any]:
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:  # a later rule's attribute overrides an earlier one's, as in the stock order
                merged.update(self.attrs[rule])
            self._merged[rules] = merged
        return merged

    def __call__(self, doc: Any) -> Any:
        if not len(doc):
            return doc
        rows = doc.to_array(self.columns).tolist()
        looked = [self._lookup(tuple(row)) for row in rows]
        rules_at: dict[int, tuple[int, ...]] = {i: rules for i, (_, rules) in enumerate(looked) if rules}
        starts: dict[int, list[int]] = {spec: [] for spec in self._firsts}
        for i, (passed, _) in enumerate(looked):
            for spec in passed & self._firsts:
                starts[spec].append(i)
        for specs, index, rule in self.sequences:
            width = len(specs)
            for start in starts[specs[0]]:
                if start + width <= len(looked) and all(specs[k] in looked[start + k][0] for k in range(1, width)):
                    target = start + (index if index >= 0 else width + index)
                    rules_at[target] = tuple(sorted((*rules_at.get(target, ()), rule)))
        for i, rules in rules_at.items():
            self.set_token_attrs(doc[i], self._merge(rules))
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = 128) -> Iterator[Any]:
        for doc in docs:
            yield self(doc)


def compile_ruler(ruler: Any) -> FastAttributeRuler | None:
    """The stock attribute ruler's patterns as a lookup table, or None if any pattern needs the Matcher."""
    strings = ruler.vocab.strings
    columns: list[str] = []
    specs: list[Spec] = []
    singles: list[tuple[int, int]] = []
    sequences: list[tuple[tuple[int, ...], int, int]] = []
    for rule in range(len(ruler.attrs)):
        index = ruler.indices[rule]
        for pattern in ruler.matcher.get(str(rule))[1]:
            compiled = [_compile_token(token, columns, strings) for token in pattern]
            if not pattern or any(spec is None for spec in compiled) or not -len(pattern) <= index < len(pattern):
                return None
            ids = []
            for spec in compiled:
                assert spec is not None
                if spec not in specs:
                    specs.append(spec)
                ids.append(specs.index(spec))
            if len(ids) == 1:
                singles.append((ids[0], rule))
            else:
                sequences.append((tuple(ids), index, rule))
    if not columns:
        return None
    return FastAttributeRuler(columns, specs, singles, sequences, list(ruler.attrs), strings)


def _compile_token(token: dict[str, Any], columns: list[str], strings: Any) -> Spec | None:
    """One token's tests; None for anything but equality, IN, NOT_IN and REGEX (on a string attribute)."""
    tests: list[Test] = []
    for name, wanted in token.items():
        attr = _ALIASES.get(name, name)
        if attr not in _STRING_ATTRS and attr not in _FLAG_ATTRS:
            return None
        how, options = "in", [wanted]
        if isinstance(wanted, dict):
            if len(wanted) != 1:
                return None
            ((how, options),) = wanted.items()
            how = how.lower()
            if how == "regex" and attr in _STRING_ATTRS and isinstance(options, str):
                if attr not in columns:
                    columns.append(attr)
                tests.append((columns.index(attr), "regex", re.compile(options)))
                continue
            if how not in ("in", "not_in") or not isinstance(options, list):
                return None
        values = set()
        for option in options:
            if attr in _FLAG_ATTRS and isinstance(option, bool):
                values.add(int(option))
            elif attr in _STRING_ATTRS and isinstance(option, str):
                values.add(strings.add(option))
            else:
                return None
        if attr not in columns:
            columns.append(attr)
        tests.append((columns.index(attr), how, frozenset(values)))
    return tuple(tests)
