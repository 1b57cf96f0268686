"""Demo clients have unique names (issue 15): duplicates looked like the same person twice in the list."""

from collections import Counter

from desktop.services.caseload import CaseloadService
from desktop.services.demo_data import generate_caseload


def test_demo_client_names_are_unique(store, actor):
    generate_caseload(store.db, actor, clients=200, seed=1)
    names = Counter(r.display_name for r in CaseloadService(store.db, actor).list_clients())
    assert len(names) == 200 and names.most_common(1)[0][1] == 1
