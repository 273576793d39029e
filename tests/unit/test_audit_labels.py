"""Every action and kind of record the services write to the audit log has a name the audit
viewer shows (translated), so that no entry shows a raw code such as ``user.login``."""

from __future__ import annotations

import re
from pathlib import Path

from app.views.audit.audit_labels import ACTIONS, KINDS, field_label, side_by_side

APP = Path(__file__).resolve().parents[2] / "app"
# record_audit(session, actor, "action", "kind", ...): the two literals after the actor.
CALL = re.compile(r'record_audit\(\s*[^,()]+,\s*[^,()]+,\s*"([a-z_.]+)",\s*"([a-z_]+)"', re.S)


def _written() -> tuple[set[str], set[str]]:
    actions: set[str] = set()
    kinds: set[str] = set()
    for path in APP.rglob("*.py"):
        for action, kind in CALL.findall(path.read_text(encoding="utf-8")):
            actions.add(action)
            kinds.add(kind)
    return actions, kinds


def test_every_audited_action_and_kind_has_a_label():
    actions, kinds = _written()
    assert len(actions) > 40  # the pattern finds the calls
    assert sorted(actions - ACTIONS.keys()) == []
    assert sorted(kinds - KINDS.keys()) == []


def test_an_imports_records_show_one_per_line_under_a_named_field():
    after = {"invoices": [[1, "24000000", 7, 1275414, "2020-10-25"], [2, "24000001", 7, 50, None]]}
    [(field, before, shown, changed)] = side_by_side(None, after)
    assert (field, before, changed) == ("Invoices", "", True)
    assert shown.splitlines() == [
        '[1, "24000000", 7, 1275414, "2020-10-25"]',
        '[2, "24000001", 7, 50, null]',
    ]
    assert field_label("customers") == "Customers"
