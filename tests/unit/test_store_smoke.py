from desktop.services.caseload import CaseloadService


def test_create_and_list(store, actor):
    svc = CaseloadService(store.db, actor)
    c = svc.create({"bsn": "111222333", "first_name": "Jan", "name_prefix": "van den", "last_name": "Berg",
                    "postcode": "3011ab", "date_of_birth": "01-02-1980"})
    assert c.postcode == "3011 AB"
    rows = svc.list_clients()
    assert [r.sort_name for r in rows] == ["Berg, Jan van den"]
    assert svc.search("3011 ab")[0].id == c.id
