"""The start-up's migration check (issue 18): a store at the head revision opens without Alembic; a store
behind it is still backed up and upgraded (test_migrations.py upgrades every released schema); the head is
read from the revision files' own ids, also when an id is not its file's number."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from desktop.models.migrate import head_revision
from desktop.models.revisions import known_head


def revision_file(versions, name: str, revision: str, down: str | None) -> None:
    (versions / name).write_text(textwrap.dedent(f'''\
        """{name}"""
        from alembic import op

        revision = {revision!r}
        down_revision = {down!r}
        branch_labels = None
        '''), "utf-8")


def test_known_head_reads_the_revision_ids_not_the_file_numbers(tmp_path):
    revision_file(tmp_path, "0006_something.py", "0006", "0005")
    revision_file(tmp_path, "0007_issue-18b_more.py", "0007_issue-18b", "0006")
    assert known_head(tmp_path) == "0007_issue-18b"
    assert known_head() == head_revision()  # the shipped migrations, as Alembic reads them


def test_known_head_with_two_heads_is_one_no_store_has(tmp_path):
    revision_file(tmp_path, "0006_something.py", "0006", "0005")
    revision_file(tmp_path, "0007_a_x.py", "0007_a", "0006")
    revision_file(tmp_path, "0007_b_y.py", "0007_b", "0006")
    assert known_head(tmp_path) == "0007_b"  # a store at 0007_a goes to Alembic, which names the problem


def test_a_store_at_head_opens_without_alembic(paths):
    code = "\n".join(["import sys", "from desktop.paths import Paths", "from desktop.store import open_store",
                      f"store = open_store(Paths.resolve({str(paths.data_dir)!r}))",
                      "print(store.migration.action, 'alembic' in sys.modules)"])
    # A process of its own (this one has Alembic loaded); no keyring there: the key is wrapped with a passphrase.
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               WIJKDESK_PASSPHRASE="a long test passphrase")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
            for _ in range(2)]
    for run in runs:
        assert run.returncode == 0, run.stderr[-2000:]
    assert runs[0].stdout.split() == ["created", "False"]
    assert runs[1].stdout.split() == ["current", "False"]
