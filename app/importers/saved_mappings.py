"""Column mappings kept for the next import of a file of the same layout: the ones shipped
in resources/import_mappings/ and the ones users save from the wizard, as JSON files in the
user's data folder (``import_mappings/`` beside the default database), in the format
``labledger import --mapping`` reads, so a mapping saved in the wizard works on the command
line too."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import app
from app.db.location import data_dir
from app.domain.errors import ReportFileError, ValidationError
from app.importers.engine import load_mapping
from app.importers.headers import ColumnMapping

NAME_MAX = 80
NAME_REQUIRED = "Give the mapping a name."
NAME_TOO_LONG = "The mapping name is longer than {max} characters."
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class SavedMapping:
    name: str
    path: Path
    shipped: bool  # comes with LabLedger (cannot be deleted)
    description: str = ""


def shipped_folder() -> Path:
    return Path(app.__file__).resolve().parents[1] / "resources" / "import_mappings"


def user_folder() -> Path:
    return data_dir() / "import_mappings"


def saved_mappings() -> list[SavedMapping]:
    """The user's mappings by name, then the shipped ones; unreadable files are left out."""
    found: list[SavedMapping] = []
    for folder, shipped in ((user_folder(), False), (shipped_folder(), True)):
        if not folder.is_dir():
            continue
        mine = []
        for path in folder.glob("*.json"):
            try:
                data = json.loads(path.read_text(encoding="utf-8-sig"))
            except (OSError, ValueError):
                continue
            if not isinstance(data, dict):
                continue
            name = str(data.get("name") or path.stem)
            mine.append(SavedMapping(name, path, shipped, str(data.get("description") or "")))
        found += sorted(mine, key=lambda m: m.name.casefold())
    return found


def read_saved(saved: SavedMapping) -> ColumnMapping:
    """ImportFileError naming the file when it is not a mapping."""
    return load_mapping(saved.path)


def save_mapping(name: str, mapping: ColumnMapping) -> SavedMapping:
    """Save under ``name`` (replacing a mapping of that name)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", NAME_REQUIRED)
    if len(name) > NAME_MAX:
        raise ValidationError("name", NAME_TOO_LONG, max=NAME_MAX)
    folder = user_folder()
    path = folder / (_UNSAFE.sub("_", name).strip(". ") + ".json")
    data: dict[str, object] = {"name": name}
    if mapping.kind:
        data["kind"] = mapping.kind
    if mapping.header_row is not None:
        data["header_row"] = mapping.header_row
    data["columns"] = dict(mapping.columns)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ReportFileError(path=str(path), reason=exc.strerror or str(exc)) from exc
    return SavedMapping(name, path, shipped=False)


def delete_mapping(saved: SavedMapping) -> None:
    if saved.shipped:
        return
    try:
        saved.path.unlink(missing_ok=True)
    except OSError as exc:
        raise ReportFileError(path=str(saved.path), reason=exc.strerror or str(exc)) from exc
