"""Matching: coverage ranking, eligibility, deterministic ties, explanations (pure functions)."""

from __future__ import annotations

from desktop.services.catalogue import InstrumentData
from desktop.services.matching import (
    Assessment,
    DevelopmentArea,
    development_areas,
    eligibility,
    explain,
    rank,
    reason_text,
)


def instr(code: str, targets: str, *, name: str | None = None, min_age: int | None = 18, max_age: int | None = 67,
          weeks: int | None = 10, places: int | None = 5, active: bool = True) -> InstrumentData:
    return InstrumentData(id=f"id-{code}", code=code, name=name or code.upper(), provider="W&I",
                          target_codes=tuple(targets.split()), min_age=min_age, max_age=max_age,
                          duration_weeks=weeks, places_left=places, active=active)


AREAS = [DevelopmentArea("a.work_rhythm", "attention", 1, 4),   # gap 3
         DevelopmentArea("s.applying", "skill", 2, 4),          # gap 2
         DevelopmentArea("s.digital", "skill", 3, 4)]           # gap 1


def test_development_areas_are_skills_and_attention_below_target_biggest_gap_first():
    latest = [Assessment("s.digital", "skill", 3, 4), Assessment("a.work_rhythm", "attention", 1, 4),
              Assessment("s.teamwork", "skill", 4, 4),            # at target
              Assessment("s.numeracy", "skill", 2, None),         # no target agreed
              Assessment("q.reliable", "quality", 2, 5),          # a quality is not worked on
              Assessment("c.childcare", "circumstance", 4, 5),
              Assessment("s.applying", "skill", 2, 4)]
    assert [a.code for a in development_areas(latest)] == ["a.work_rhythm", "s.applying", "s.digital"]


def test_ranked_by_share_of_the_gap_covered():
    result = rank(AREAS, [instr("small", "s.digital"), instr("big", "a.work_rhythm s.applying"),
                          instr("mid", "a.work_rhythm"), instr("none", "d.care")], age=40)
    assert [m.instrument.code for m in result.matches] == ["big", "mid", "small", "none"]
    big = result.matches[0]
    assert big.percent == 83  # (3 + 2) / 6
    assert big.matched == ("a.work_rhythm", "s.applying")
    assert big.unmatched == ("s.digital",)
    assert result.matches[-1].score == 0


def test_eligibility_reasons():
    assert eligibility(instr("ok", "s.digital"), 30) == ()
    assert eligibility(instr("old", "s.digital", active=False), 30) == ("inactive",)
    assert eligibility(instr("young", "s.digital", min_age=16, max_age=27), 30) == ("too_old",)
    assert eligibility(instr("adult", "s.digital", min_age=27), 20) == ("too_young",)
    assert eligibility(instr("agecheck", "s.digital"), None) == ("age_unknown",)
    assert eligibility(instr("noage", "s.digital", min_age=None, max_age=None), None) == ()
    assert eligibility(instr("full", "s.digital", places=0), 30) == ("no_places",)
    assert eligibility(instr("unlimited", "s.digital", places=None), 30) == ()
    assert eligibility(instr("running", "s.digital"), 30, running={"id-running"}) == ("already_placed",)
    assert eligibility(instr("all", "s.digital", active=False, max_age=27, places=0), 40) == (
        "inactive", "too_old", "no_places")


def test_ineligible_listed_apart_with_reasons_even_when_they_would_match_best():
    result = rank(AREAS, [instr("full", "a.work_rhythm s.applying s.digital", places=0),
                          instr("youth", "a.work_rhythm", max_age=27), instr("ok", "s.digital")], age=35)
    assert [m.instrument.code for m in result.matches] == ["ok"]
    assert [(i.instrument.code, i.reasons) for i in result.ineligible] == [
        ("full", ("no_places",)), ("youth", ("too_old",))]
    text = reason_text("too_old", result.ineligible[1].instrument, 35)
    assert "27" in text and "35" in text


def test_ties_are_deterministic_whatever_the_input_order():
    a = instr("b.two", "s.applying", name="Zelfde", weeks=10)
    b = instr("a.one", "s.applying", name="Zelfde", weeks=10)
    c = instr("c.short", "s.applying", name="Zelfde", weeks=4)        # shorter wins a tie
    d = instr("d.dir", "s.applying d.logistics", name="Zelfde", weeks=10)  # also fits the work direction
    e = instr("e.two", "s.digital a.work_rhythm", name="Twee", weeks=10)    # same gap 4? no: 1 + 3 = 4
    orders = set()
    for items in ([a, b, c, d, e], [e, d, c, b, a], [c, a, e, b, d]):
        result = rank(AREAS, items, age=30, directions={"d.logistics"})
        orders.add(tuple(m.instrument.code for m in result.matches))
    assert orders == {("e.two", "d.dir", "c.short", "a.one", "b.two")}


def test_more_areas_covered_wins_an_equal_score():
    areas = [DevelopmentArea("a.stress", "attention", 1, 3), DevelopmentArea("s.digital", "skill", 2, 3),
             DevelopmentArea("s.planning", "skill", 2, 3)]
    result = rank(areas, [instr("one", "a.stress"), instr("two", "s.digital s.planning")], age=30)
    assert result.matches[0].score == result.matches[1].score
    assert [m.instrument.code for m in result.matches] == ["two", "one"]


def test_explanation_names_what_matched_what_not_and_the_directions():
    result = rank(AREAS, [instr("x", "s.applying d.logistics c.childcare")], age=30,
                  directions={"d.logistics"}, circumstances={"c.childcare"})
    m = result.matches[0]
    labels = {"s.applying": "Solliciteren", "d.logistics": "Logistiek", "a.work_rhythm": "Werkritme",
              "s.digital": "Digitale vaardigheden", "c.childcare": "Zorg voor jonge kinderen"}
    text = explain(m, labels)
    assert text.startswith("Werkt aan: Solliciteren")
    assert "past bij werkrichting: Logistiek" in text
    assert "houdt rekening met: Zorg voor jonge kinderen" in text
    assert "niet: Werkritme, Digitale vaardigheden" in text
    assert explain(rank(AREAS, [instr("y", "d.care")], age=30).matches[0], labels).startswith(
        "Werkt aan geen van de werkpunten")


def test_no_development_areas_gives_zero_scores_but_still_lists_eligible():
    result = rank([], [instr("a", "s.digital"), instr("b", "s.applying", active=False)], age=30)
    assert [m.instrument.code for m in result.matches] == ["a"]
    assert result.matches[0].score == 0
    assert len(result.ineligible) == 1
