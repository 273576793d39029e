import pytest

from app.domain.errors import ConcurrentEditError
from app.models import Customer
from tests import factories


def test_concurrent_edit_is_reported_not_overwritten(db):
    with db.write() as s:
        cid = factories.customer(s, "华测环境检测有限公司").id

    # Two PCs load the same customer in short read transactions, as the app does.
    with db.read() as s:
        on_pc_a = s.get(Customer, cid)
    with db.read() as s:
        on_pc_b = s.get(Customer, cid)

    on_pc_a.notes = "由王芳跟进"
    with db.write() as s:
        s.merge(on_pc_a)

    on_pc_b.notes = "由李强跟进"
    with pytest.raises(ConcurrentEditError), db.write() as s:
        s.merge(on_pc_b)

    with db.read() as s:
        saved = s.get(Customer, cid)
    assert saved.notes == "由王芳跟进"
    assert saved.version == 2
