"""Both languages ship complete, and the Chinese file says the key things properly."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

import app.domain.errors as error_module
from app.views.shell.application import install_translators, resources_dir
from app.views.shell.error_dialogs import KNOWN_TEMPLATES

TRANSLATIONS = resources_dir() / "translations"
APP_DIR = Path(error_module.__file__).resolve().parents[1]


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    installed = install_translators(qapp, "zh_CN")
    assert len(installed) == 3  # Qt's own strings, our supplement to them, and ours
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_ts_files_have_no_unfinished_or_empty_translations(language):
    root = ET.parse(TRANSLATIONS / f"labledger_{language}.ts").getroot()
    assert root.get("language", "").startswith(language.split("_")[0])
    messages = list(root.iter("message"))
    assert len(messages) > 200
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue  # strings the code no longer uses
        assert translation.get("type") != "unfinished", source
        forms = translation.findall("numerusform") or [translation]
        assert all((form.text or "").strip() for form in forms), source
    assert (TRANSLATIONS / f"labledger_{language}.qm").is_file()


def test_chinese_translates_the_key_strings(chinese):
    assert tr("MainWindow", "Customers") == "客户"
    assert tr("MainWindow", "Receivables") == "应收"
    assert tr("MainWindow", "Payments") == "回款"
    assert tr("CustomerTableModel", "Credit tier") == "信用等级"
    assert tr("CustomerTableModel", "USCC") == "统一社会信用代码"
    assert tr("CustomerDetailPanel", "Aging of open invoices") == "未结发票账龄"
    assert tr("labels", "Overdue") == "逾期"
    assert tr("labels", "Red-letter") == "红字发票"
    assert tr("InvoiceListView", "%Ln invoice(s)", 123456) == "共 123,456 张发票"
    # Qt's own buttons follow the language too.
    assert tr("QPlatformTheme", "Cancel") == "取消"


def test_english_counts_in_singular_and_plural(qapp):
    assert tr("CustomerListView", "%Ln customer(s)", 1) == "1 customer"
    assert tr("InvoiceListView", "%Ln invoice(s)", 1234) == "1,234 invoices"


def error_classes() -> set[str]:
    names = {"LabLedgerError"}
    pending = [error_module.LabLedgerError]
    while pending:
        for sub in pending.pop().__subclasses__():
            names.add(sub.__name__)
            pending.append(sub)
    return names


TEMPLATE_HELPERS = {"_int", "check_amount_limit"}


def raised_templates() -> dict[str, str]:
    """Every literal message given to an expected error outside the views and the CLI."""
    classes = error_classes()
    found: dict[str, str] = {}
    for folder in ("domain", "services", "demo", "db", "importers", "reports", "platform"):
        for path in sorted((APP_DIR / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                text = None
                texts: list[object] = []
                if isinstance(node, ast.Call):
                    name = getattr(node.func, "id", getattr(node.func, "attr", None))
                    args = node.args[1:] if name == "ValidationError" else node.args
                    if name in classes and args and isinstance(args[0], ast.Constant):
                        texts.append(args[0].value)
                    # Validation helpers that take the message as their last argument.
                    if name in TEMPLATE_HELPERS and isinstance(node.args[-1], ast.Constant):
                        texts.append(node.args[-1].value)
                elif isinstance(node, ast.Assign) and any(
                    getattr(t, "id", "") == "template" for t in node.targets
                ):
                    texts.append(getattr(node.value, "value", None))
                elif (
                    isinstance(node, ast.Assign)
                    and isinstance(node.value, ast.Dict)
                    and any(getattr(t, "id", "").endswith("_TEMPLATES") for t in node.targets)
                ):
                    # Messages chosen by kind: {"invoice": "...", "contract": "..."}.
                    texts += [getattr(v, "value", None) for v in node.value.values]
                for text in texts:
                    if isinstance(text, str) and text != "{detail}":
                        found[text] = str(path.relative_to(APP_DIR))
    return found


def test_every_error_message_services_raise_is_listed_and_translated(chinese):
    templates = raised_templates()
    assert len(templates) > 20
    missing = "\n".join(
        f"{where}: {t!r}" for t, where in templates.items() if t not in KNOWN_TEMPLATES
    )
    assert not missing, (
        "List these in app/views/error_dialogs.py KNOWN_TEMPLATES and "
        "translate them (make translations):\n" + missing
    )
    untranslated = [t for t in KNOWN_TEMPLATES if tr("errors", t) == t]
    assert not untranslated
