"""The shared rules module itself (sync/policy): pure functions, no database."""

from datetime import date, datetime

from sync.policy.reasons import Refusal, localise_reason, wire_reason
from sync.policy.settings import DEFAULTS, PolicySettings, SettingError, check_setting
from sync.policy.signals import Attempt, SignalState, counted_failed, judge_signal, tenzij_needs

MON = date(2027, 3, 1)  # a fixed Monday: these are pure functions, nothing here depends on "now"


def test_three_clicks_in_a_second_are_one_attempt():
    clicks = [Attempt(datetime(2027, 3, 1, 9, 0, s), False) for s in (0, 0, 1)]
    assert counted_failed(clicks) == [datetime(2027, 3, 1, 9, 0, 0)]
    later = clicks + [Attempt(datetime(2027, 3, 1, 10, 0), False), Attempt(datetime(2027, 3, 2, 9, 0), False)]
    assert len(counted_failed(later)) == 3


def test_withdrawn_attempts_do_not_count():
    a = [Attempt(datetime(2027, 3, 1, 9), False, withdrawn_at=datetime(2027, 3, 1, 8, 5)),
         Attempt(datetime(2027, 3, 1, 11), False), Attempt(datetime(2027, 3, 2, 9), False)]
    needs = tenzij_needs(a, date(2027, 3, 2), date(2027, 3, 15))
    assert needs == [["attempts", {"n": 3, "count": 2, "gap": 60}]]


def test_the_wait_is_in_working_days_and_the_judgement_uses_the_closing_day():
    a = [Attempt(datetime(2027, 3, 1, 9), False), Attempt(datetime(2027, 3, 1, 11), False),
         Attempt(datetime(2027, 3, 2, 9), False)]
    letter = date(2027, 3, 5)  # a Friday: five working days later is Friday 12 March
    assert tenzij_needs(a, letter, date(2027, 3, 11)) == [["wait", {"day": "12-03-2027"}]]
    assert tenzij_needs(a, letter, date(2027, 3, 12)) == []
    closed = SignalState("duty_to_inform", "closed", "warning", "Reden.", letter_sent_on=letter,
                         closed_on=date(2027, 3, 20))
    # A closing date in the future buys no waiting time: judged on today at the latest.
    assert [r.code for r in judge_signal(closed, a, today=date(2027, 3, 8))] == ["tenzij"]
    assert judge_signal(closed, a, today=date(2027, 3, 20)) == []


def test_settings_are_bounded_and_unknown_values_keep_the_default():
    assert check_setting("letter_wait_working_days", " 7 ") == 7
    for key, value in (("letter_wait_working_days", "99"), ("nope", "1"), ("tenzij_min_days", "twee"),
                       ("tenzij_min_days", True)):
        try:
            check_setting(key, value)
        except SettingError:
            continue
        raise AssertionError((key, value))
    s = PolicySettings.from_mapping({"tenzij_min_attempts": "4", "letter_wait_working_days": "999", "x": 1})
    assert s.tenzij_min_attempts == 4 and s.letter_wait_working_days == DEFAULTS.letter_wait_working_days


def test_a_wire_reason_round_trips_and_other_reasons_pass_unchanged():
    reason = wire_reason([Refusal("decision_before_deadline", {"day": "12-03-2027"})])
    assert reason.startswith("Een besluit kan pas na de uitkomst van het horen")
    assert localise_reason(reason) == reason[:reason.index(" [policy:")]
    assert localise_reason("client 1 is outside your scope") == "client 1 is outside your scope"
    assert localise_reason("Tekst [policy:[[kapot") == "Tekst [policy:[[kapot"
