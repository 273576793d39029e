"""The ledger screens' strings have Chinese translations in the shipped .ts file, with the
same placeholders."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from app.services.credit.credit_control_service import OVER_LIMIT_TEMPLATES, OVERDUE_HOLD_TEMPLATES
from app.views.shell.application import resources_dir
from app.views.shell.error_dialogs import KNOWN_TEMPLATES

VIEWS = Path(__file__).resolve().parents[2] / "app" / "views"
TRANSLATIONS = resources_dir() / "translations"
LEDGER_MODULES = (
    "action_bar",
    "aging_export",
    "aging_invoices_dialog",
    "aging_labels",
    "aging_settings_dialog",
    "aging_table_model",
    "allocation_table",
    "contract_dialog",
    "credit_override",
    "customer_picker",
    "form_dialog",
    "form_fields",
    "invoice_detail_dialog",
    "invoice_detail_panel",
    "invoice_dialog",
    "invoice_list_view",
    "invoice_requests_page",
    "ledger_labels",
    "money_edit",
    "payment_detail_panel",
    "payment_dialog",
    "payment_list_view",
    "payment_plan_dialog",
    "payment_table_model",
    "project_board_view",
    "project_detail_panel",
    "project_dialog",
    "project_table_model",
    "projects_page",
    "quote_lines_editor",
    "receivables_page",
    "red_letter_dialog",
    "release_dialog",
    "request_invoice_dialog",
    "reverse_payment_dialog",
    "stage_dialog",
    "user_picker",
    "void_dialog",
    "write_off_dialog",
    "write_off_requests_page",
)
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n")


def source_strings(path: Path) -> set[tuple[str, str]]:
    """(context, text) of every self.tr(), translate() and QT_TRANSLATE_NOOP() with
    literal text; self.tr's context is the class it is written in."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                name = getattr(child.func, "attr", getattr(child.func, "id", None))
                args = [a.value if isinstance(a, ast.Constant) else None for a in child.args]
                if name == "tr" and args and isinstance(args[0], str):
                    assert cls is not None, f"{path.name}: tr() outside a class"
                    found.add((cls, args[0]))
                elif (
                    name in ("translate", "QT_TRANSLATE_NOOP")
                    and len(args) >= 2
                    and isinstance(args[1], str)
                ):
                    assert isinstance(args[0], str), f"{path.name}: context must be literal"
                    found.add((args[0], args[1]))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def chinese() -> dict[tuple[str, str], str]:
    """Shipped Chinese texts by (context, source); numerus messages by their first form."""
    table = {}
    root = ET.parse(TRANSLATIONS / "labledger_zh_CN.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") or [translation]
            if translation.get("type") not in ("obsolete", "vanished", "unfinished"):
                table[context.findtext("name"), message.findtext("source")] = forms[0].text or ""
    return table


def test_every_ledger_string_has_a_chinese_translation():
    translated = set(chinese())
    missing = sorted(
        pair
        for module in LEDGER_MODULES
        for pair in source_strings(next(VIEWS.rglob(f"{module}.py")))
        if pair not in translated
    )
    assert not missing, missing


def test_translations_keep_the_placeholders_and_are_chinese():
    for (context, source), text in chinese().items():
        chinese_text = text
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(chinese_text)), (
            context,
            source,
        )
        words = PLACEHOLDER.sub("", source)
        assert re.search(r"[\u4e00-\u9fff]", chinese_text) or not re.search("[A-Za-z]{3}", words), (
            context,
            source,
        )


def test_credit_hold_messages_are_translated():
    """credit_control_service keeps its templates in dicts, which the check of raised
    templates in test_translations.py cannot see."""
    table = chinese()
    for template in (*OVERDUE_HOLD_TEMPLATES.values(), *OVER_LIMIT_TEMPLATES.values()):
        assert template in KNOWN_TEMPLATES and ("errors", template) in table, template
    assert ("errors", "override a credit hold") in table
