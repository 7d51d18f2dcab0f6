"""The rubric library: templates a track's rubric can start from, with their sources.

A secretariat reviews the same pilots several times (selection, mid-term, acceptance 验收),
each time against another indicator system, and should not retype one by hand. The
built-in templates are rubric workbooks (`reviewer.rubrics.workbook`, the format a
rubric is exported and imported in) under `resources/rubrics/library/`, listed with their
source and date in `library.json`. Each is made from a definition kept as text beside it
(`write_library`, run by `python3 dev.py library`), so a template is reviewed as text and
a test holds every shipped workbook to what its definition makes.

A secretariat may keep a folder of its own workbooks; they are listed beside the
built-in ones, read as every outside input is (`reviewer.inputs.files.open_input`: regular
files within the size limit, no link followed), and one that cannot be used is listed
with its problems rather than stopping the list.

Only what is published goes into a template; its notes say what is sourced and what the
secretariat must complete (points where the source publishes no weights, levels not seen).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.inputs.files import InputRefused, Inputs, open_input
from reviewer.resources import read_json, resource_path
from reviewer.rubrics.workbook import MAX_RUBRIC_BYTES, read_rubric_workbook, rubric_workbook
from reviewer.system_errors import system_words
from reviewer.vocabulary import TrackKind

LIBRARY = "rubrics/library"
INDEX = f"{LIBRARY}/library.json"
# A secretariat's folder holds a few workbooks; a folder of thousands is not one, and the
# list stops there rather than opening them all.
MAX_FOLDER_WORKBOOKS = 200

KIND_NAMES = {
    "selection": QT_TRANSLATE_NOOP("RubricLibrary", "Selection"),
    "acceptance": QT_TRANSLATE_NOOP("RubricLibrary", "Acceptance"),
    "midterm": QT_TRANSLATE_NOOP("RubricLibrary", "Mid-term evaluation"),
}
# The index gives titles, sources and notes in Chinese and English. This marker is
# translated in every language other than English, and so tells which to show.
_ENGLISH = QT_TRANSLATE_NOOP("RubricLibrary", "English")


class TemplateUnknown(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The rubric library has no template “{key}”. List the templates with --library and "
        "give one of their keys.",
    )


class TemplateUnusable(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The template “{key}” cannot be used as a rubric: {problems}"
    )


class LibraryFolderUnreadable(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The rubric library folder {path} cannot be read ({detail}). Choose the folder "
        "again in Preferences, or give another with --library-folder.",
    )


@dataclass(frozen=True)
class Template:
    """One template of the library, as listed: where it comes from, and its rubric (None
    when the workbook cannot be used; `problems` then say why)."""

    key: str
    title: str
    source: str
    date: str
    kinds: tuple[str, ...]
    tracks: tuple[TrackKind, ...]
    notes: str
    path: Path
    builtin: bool
    definition: dict[str, Any] | None = None
    problems: tuple[str, ...] = field(default=())

    @property
    def usable(self) -> bool:
        return self.definition is not None

    def kind_names(self) -> list[str]:
        return [translate("RubricLibrary", KIND_NAMES[kind]) for kind in self.kinds]

    def for_track(self, track: TrackKind) -> dict[str, Any]:
        """The template's rubric as `track`'s: a template may suit either track."""
        if self.definition is None:
            raise TemplateUnusable(key=self.key, problems=" ".join(self.problems))
        return {**self.definition, "track": track.value}


def _in_language(texts: dict[str, str]) -> str:
    english = translate("RubricLibrary", _ENGLISH) == _ENGLISH
    return texts["en"] if english else texts["zh"]


def built_in_entries() -> list[dict[str, Any]]:
    """The index's entries, as shipped."""
    entries: list[dict[str, Any]] = read_json(INDEX)["templates"]
    return entries


def template_workbook(entry: dict[str, Any]) -> bytes:
    """The workbook `entry`'s definition makes: what is shipped as its file."""
    return rubric_workbook(read_json(entry["definition"]))


def write_library(folder: Path | None = None) -> list[Path]:
    """Write every built-in template's workbook anew from its definition (`dev.py library`)."""
    folder = folder or resource_path(LIBRARY)
    written = []
    for entry in built_in_entries():
        path = folder / entry["file"]
        path.write_bytes(template_workbook(entry))
        written.append(path)
    return written


def _read(path: Path, follow_links: bool) -> tuple[dict[str, Any] | None, tuple[str, ...]]:
    """A workbook's rubric, or the problems that keep it from being one; never raises."""
    try:
        with open_input(
            path, limit=MAX_RUBRIC_BYTES, what=Inputs.RUBRIC_WORKBOOK, follow_links=follow_links
        ) as stream:
            reading = read_rubric_workbook(stream, path.name)
    except InputRefused as refused:
        return None, (refused.message(),)
    except OSError as error:
        return None, (system_words(error, reading=True),)
    return reading.definition, tuple(problem.message() for problem in reading.problems)


def built_in_templates() -> list[Template]:
    """The templates shipped with Reviewer, in the index's order."""
    templates = []
    for entry in built_in_entries():
        path = resource_path(f"{LIBRARY}/{entry['file']}")
        definition, problems = _read(path, follow_links=True)
        templates.append(
            Template(
                key=entry["key"],
                title=_in_language(entry["title"]),
                source=_in_language(entry["source"]),
                date=entry["date"],
                kinds=tuple(entry["kinds"]),
                tracks=tuple(TrackKind(track) for track in entry["tracks"]),
                notes=_in_language(entry["notes"]),
                path=path,
                builtin=True,
                definition=definition,
                problems=problems,
            )
        )
    return templates


def _workbook_names(folder: Path) -> list[str]:
    """The workbooks' names in `folder`, sorted; Excel's lock files (~$) and hidden files
    are not workbooks of the secretariat's."""
    try:
        with os.scandir(folder) as entries:
            names = [
                entry.name
                for entry in entries
                if entry.name.lower().endswith(".xlsx") and not entry.name.startswith(("~$", "."))
            ]
    except OSError as error:
        raise LibraryFolderUnreadable(path=str(folder), detail=error) from error
    return sorted(names)[:MAX_FOLDER_WORKBOOKS]


def folder_templates(folder: Path) -> list[Template]:
    """The secretariat's own workbooks in `folder` (not its subfolders), each listed with
    its problems when it cannot be used. Raises `LibraryFolderUnreadable`."""
    templates = []
    for name in _workbook_names(folder):
        path = folder / name
        # Links are refused, not followed: the folder may be shared, a link point anywhere.
        definition, problems = _read(path, follow_links=False)
        try:
            changed = date.fromtimestamp(path.lstat().st_mtime).isoformat()
        except OSError:
            changed = ""
        tracks = (TrackKind(definition["track"]),) if definition else ()
        templates.append(
            Template(
                key=name,
                title=str(definition["title"]) if definition else name,
                source=str(folder),
                date=changed,
                kinds=(),
                tracks=tracks,
                notes=translate("RubricLibrary", "A workbook of the secretariat's own folder."),
                path=path,
                builtin=False,
                definition=definition,
                problems=problems,
            )
        )
    return templates


def list_templates(folder: Path | None = None) -> list[Template]:
    """The built-in templates, then those of the secretariat's `folder` if one is given.
    Raises `LibraryFolderUnreadable` when the folder cannot be listed."""
    return built_in_templates() + (folder_templates(folder) if folder is not None else [])


def find_template(templates: list[Template], key: str) -> Template:
    """The template called `key`; raises `TemplateUnknown`."""
    for template in templates:
        if template.key == key:
            return template
    raise TemplateUnknown(key=key)


def template_record(template: Template) -> dict[str, Any]:
    """A template as the command line's --json gives it."""
    return {
        "key": template.key,
        "title": template.title,
        "source": template.source,
        "date": template.date,
        "kinds": list(template.kinds),
        "tracks": [track.value for track in template.tracks],
        "notes": template.notes,
        "builtin": template.builtin,
        "file": str(template.path),
        "usable": template.usable,
        "problems": list(template.problems),
    }


if __name__ == "__main__":  # python3 dev.py library
    for written in write_library():
        print(written)
