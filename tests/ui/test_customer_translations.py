"""The customer screens speak Chinese: every string they show has a translation in the .ts
file with the same placeholders, and every sentence the services build (score reasons,
timeline entries) is listed for translation."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

import app.domain.credit_score as credit_score
import app.services.customers.customer_timeline_service as customer_timeline_service
from app.domain.enums import StatementReply
from app.views.customers.customer_labels import (
    SCORE_REASONS,
    STATEMENT_REPLIES,
    TIMELINE_TEMPLATES,
    statement_reply_label,
)
from app.views.customers.customer_list_view import CustomerListView
from app.views.shell.application import install_translators, resources_dir
from tests.ui.typing_helpers import type_text

TRANSLATIONS = resources_dir() / "translations"
VIEWS = Path(credit_score.__file__).resolve().parents[1] / "views"
CUSTOMER_SCREENS = (
    "contacts_editor",
    "credit_tiers_page",
    "customer_360_view",
    "customer_detail_panel",
    "customer_dialog",
    "customer_labels",
    "customer_list_view",
    "customer_search_box",
    "follow_up_dialog",
    "form_errors",
    "hand_over_dialog",
    "merge_dialog",
    "record_table_model",
    "settings_page",
    "tier_dialog",
    "tier_proposals_page",
)


def translatable(path: Path) -> Iterator[tuple[str, str]]:
    """(context, source) of each string, with the context PySide uses at run time: the class
    of ``self`` for self.tr, the given one for QT_TRANSLATE_NOOP and translate()."""

    def visit(node: ast.AST, cls: str | None) -> Iterator[tuple[str, str]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                name = getattr(child.func, "attr", getattr(child.func, "id", None))
                texts = [
                    a.value
                    for a in child.args[:2]
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)
                ]
                if name == "tr" and texts and cls is not None:
                    yield cls, texts[0]
                elif name in ("QT_TRANSLATE_NOOP", "translate") and len(texts) == 2:
                    yield texts[0], texts[1]
            yield from visit(child, cls)

    yield from visit(ast.parse(path.read_text(encoding="utf-8")), None)


def chinese_texts() -> dict[tuple[str, str], str]:
    found = {}
    root = ET.parse(TRANSLATIONS / "labledger_zh_CN.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("obsolete", "vanished", "unfinished"):
                forms = translation.findall("numerusform") or [translation]
                found[(context.findtext("name"), message.findtext("source"))] = forms[0].text
    return found


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


def test_every_score_reason_is_listed_for_translation():
    tree = ast.parse(Path(credit_score.__file__).read_text(encoding="utf-8"))
    reasons = {
        node.elts[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Tuple)
        and len(node.elts) == 2
        and isinstance(node.elts[0], ast.Constant)
        and isinstance(node.elts[0].value, str)
        and isinstance(node.elts[1], ast.Dict)
    }
    assert len(reasons) >= 10
    assert reasons <= set(SCORE_REASONS), reasons - set(SCORE_REASONS)


def test_every_timeline_sentence_is_listed_for_translation():
    tree = ast.parse(Path(customer_timeline_service.__file__).read_text(encoding="utf-8"))
    templates = {
        node.args[2].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "TimelineEntry"
        and len(node.args) > 2
        and isinstance(node.args[2], ast.Constant)
    }
    # Voided invoices and reversed payments name their templates in a table.
    templates |= {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.endswith(("voided", "reversed"))
        and "{number}" in node.value
    }
    assert len(templates) >= 10
    assert templates <= set(TIMELINE_TEMPLATES), templates - set(TIMELINE_TEMPLATES)


def test_every_statement_reply_has_a_label():
    # The 360's statements tab shows the label; a reply without one would show its code.
    assert set(STATEMENT_REPLIES) == set(StatementReply)
    assert statement_reply_label(StatementReply.DISPUTED.value) == "Disputed"


def test_every_string_of_the_customer_screens_has_a_chinese_translation():
    chinese = chinese_texts()
    missing, broken = [], []
    for module in CUSTOMER_SCREENS:
        for key in translatable(next(VIEWS.rglob(f"{module}.py"))):
            text = chinese.get(key)
            if not text:
                missing.append((module, *key))
            elif placeholders(text) != placeholders(key[1]):
                broken.append((module, *key, text))
    assert not missing, missing
    assert not broken, broken


@pytest.fixture
def chinese_ui(qapp, tmp_path) -> Iterator[None]:
    """Chinese as shipped."""
    installed = install_translators(qapp, "zh_CN")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))


def test_in_chinese_a_bad_uscc_names_the_field(qtbot, chinese_ui, window, ledger):
    view = window.show_section("customers")
    assert isinstance(view, CustomerListView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    dialog = view.new_customer()
    qtbot.waitUntil(lambda: dialog.tabs.isEnabled() and dialog.tier.count() > 0)
    assert dialog.windowTitle() == "新建客户"
    type_text(qtbot, dialog.name, "厦门海沧检测有限公司")
    type_text(qtbot, dialog.uscc, "91350100M000100Y44")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.errors.shown_field == "uscc")
    assert dialog.errors.error_text("uscc") == (
        "统一社会信用代码 91350100M000100Y44 第 18 位校验码错误：应为 3，而不是 4。"
    )
    dialog.reject()
