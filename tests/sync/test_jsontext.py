"""sync.jsontext: the fast JSON writer must give the exact bytes the standard library gives where a hash
depends on them (stored payload hashes must match after an upgrade), and fall back where orjson refuses."""

import json

from hypothesis import given
from hypothesis import strategies as st

from sync.jsontext import canonical, dumps, loads

plain = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12)


def reference(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8", "surrogatepass")


@given(plain)
def test_canonical_is_byte_identical_to_the_standard_library(value: object) -> None:
    assert canonical(value) == reference(value)
    assert canonical(value, scalars=True) == reference(value)


@given(plain)
def test_dumps_round_trips(value: object) -> None:
    assert json.loads(dumps(value)) == value


def test_fallbacks_for_what_orjson_refuses() -> None:
    big = {"n": 2**70, "f": 1e16, "s": "\x00\x1f\u2028é"}
    assert canonical(big) == reference(big)
    assert b"1e+16" in canonical(big)
    assert dumps({1: "a"}) == '{"1":"a"}'
    assert loads('"\\ud800"') == "\ud800"
