"""sync/device/handshake.py reads the handshake answer without pydantic: it takes what protocol.Handshake (the
store's model of it) takes, and refuses at least what that model refuses, as a SyncError."""

from __future__ import annotations

import uuid

import pydantic
import pytest

from sync.device.base import SyncError
from sync.device.handshake import OLD_MAX_PUSH_BATCH, read_handshake
from sync.protocol import Handshake

USER = str(uuid.uuid4())
GOOD = {"protocol": 1, "schema_version": "0008", "server_time": "2026-12-02T10:00:00+00:00", "user": "anna",
        "role": "coach", "display_name": "Anna", "user_id": USER, "team_id": None, "max_push_batch": 1000,
        "policy": {"warning_after_days": 14}}


def test_it_has_the_models_fields_and_requires_what_the_model_requires():
    from sync.device import handshake

    assert handshake._KNOWN == set(Handshake.model_fields)
    assert set(handshake._REQUIRED) == {n for n, f in Handshake.model_fields.items() if f.is_required()}


@pytest.mark.parametrize("doc", [
    GOOD,
    {k: v for k, v in GOOD.items() if k not in ("team_id", "max_push_batch", "policy")},
    {**GOOD, "team_id": str(uuid.uuid4()).upper(), "server_time": "2028-02-29T23:59:59"},
])
def test_what_the_model_takes_is_read_alike(doc):
    model, mine = Handshake.model_validate(doc), read_handshake(doc)
    assert mine.user_id == str(model.user_id) and mine.user == model.user and mine.role == model.role
    assert mine.team_id == (str(model.team_id) if model.team_id else None)
    assert mine.max_push_batch == model.max_push_batch
    assert mine.policy == model.policy and mine.server_time == model.server_time
    if "max_push_batch" not in doc:
        assert mine.max_push_batch == OLD_MAX_PUSH_BATCH


@pytest.mark.parametrize("doc", [
    [], "handshake", None,
    {**GOOD, "admin": True},
    {k: v for k, v in GOOD.items() if k != "user_id"},
    {**GOOD, "user_id": "not-a-uuid"}, {**GOOD, "team_id": "x"}, {**GOOD, "team_id": 5},
    {**GOOD, "server_time": "gisteren"}, {**GOOD, "user": 7}, {**GOOD, "role": None},
    {**GOOD, "max_push_batch": "many"}, {**GOOD, "policy": {"warning_after_days": "veertien"}},
    {**GOOD, "policy": [1]}, {**GOOD, "protocol": "een"},
])
def test_what_the_model_refuses_is_refused(doc):
    with pytest.raises(pydantic.ValidationError):
        Handshake.model_validate(doc)
    with pytest.raises(SyncError, match="malformed handshake answer"):
        read_handshake(doc)
