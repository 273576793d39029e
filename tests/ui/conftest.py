"""GUI test fixtures: isolated QSettings, a fixed clock, a small ledger and the main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from app.domain.clock import FixedClock
from app.domain.errors import LabLedgerError
from app.models import Contact
from app.services.core.context import system_actor
from app.services.core.settings_service import LabProfile, save_lab_profile
from app.views.shell.application import create_main_window, install_translators
from app.views.shell.error_dialogs import ErrorPresenter, ExcInfo
from app.views.shell.main_window import MainWindow
from tests import factories

AS_OF = date(2026, 6, 30)


class RecordingErrors(ErrorPresenter):
    """Keeps errors instead of opening dialogs, so a test can assert on them."""

    def __init__(self) -> None:
        super().__init__(None)
        self.expected_errors: list[LabLedgerError] = []
        self.unexpected_errors: list[ExcInfo] = []

    def expected(self, exc: LabLedgerError) -> None:
        self.expected_errors.append(exc)

    def unexpected(self, exc_info: ExcInfo) -> None:
        self.unexpected_errors.append(exc_info)


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp) -> None:
    """The tests read English text, as the application shows it with its English file."""
    install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def qt_settings(qapp, tmp_path) -> None:
    qapp.setOrganizationName("LabLedgerTests")
    qapp.setApplicationName("LabLedgerTests")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(AS_OF)


@pytest.fixture
def errors() -> Iterator[RecordingErrors]:
    recorder = RecordingErrors()
    yield recorder
    assert not recorder.unexpected_errors, recorder.unexpected_errors


@pytest.fixture
def ledger(db):
    """Five customers (one archived) with overdue, current, settled and void invoices."""
    with db.write() as s:
        wang = factories.user(s, "王芳")
        li = factories.user(s, "李强")
        pudong = factories.customer(s, "上海浦东环境监测站", code="C001", owner=wang)
        xihu = factories.customer(
            s, "杭州西湖食品有限公司", code="C002", owner=li, tier_code="high_risk"
        )
        nanjing = factories.customer(s, "南京建材检测中心", code="C003", owner=wang)
        suzhou = factories.customer(s, "苏州工业园区环保局", code="C004", tier_code="key")
        suzhou.category = "government"
        factories.customer(s, "已归档客户", code="C005", archived=True)
        s.add(
            Contact(
                customer_id=pudong.id,
                name="张伟",
                title="财务经理",
                phone="021-5888 0001",
                is_primary=True,
            )
        )
        overdue = factories.invoice(s, pudong, 100_000, date(2026, 3, 1), number="FP2026001")
        factories.invoice(s, pudong, 30_000, date(2026, 6, 20), number="FP2026002")
        factories.payment(s, pudong, 40_000, date(2026, 4, 2), [(overdue, 40_000)])
        factories.payment(s, xihu, 5_000, date(2026, 5, 2))
        settled = factories.invoice(s, nanjing, 8_000, date(2026, 1, 10), number="FP2025999")
        factories.payment(s, nanjing, 8_000, date(2026, 2, 1), [(settled, 8_000)])
        factories.invoice(s, nanjing, 9_000, date(2026, 1, 12), number="FP2025998", status="void")
        factories.invoice(s, suzhou, 250_000, date(2026, 4, 15), number="FP2026003", terms=60)
    save_lab_profile(db, system_actor(), LabProfile(name="测试检测实验室"))
    return db


@pytest.fixture
def window(qtbot, ledger, clock, errors) -> Iterator[MainWindow]:
    main = create_main_window(ledger, clock, errors=errors)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
