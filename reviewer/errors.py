"""Errors a user can act on, with messages in the user's language.

Anything raised as a `ReviewerError` is shown to the user as it is (dialog or stderr)
and ends a command with exit code 1; any other exception is a bug.
"""

from __future__ import annotations

from typing import Any, ClassVar

from reviewer.i18n import QT_TRANSLATE_NOOP, counted, translate
from reviewer.system_errors import system_message, system_words


class ReviewerError(Exception):
    """Base of user-facing errors. Subclasses set `template`, an English source text."""

    template: ClassVar[str] = QT_TRANSLATE_NOOP("Errors", "The operation failed.")

    def __init__(self, **params: Any) -> None:
        super().__init__(self.template)
        self.params = params

    def message(self) -> str:
        # An OSError given as a detail is said in words of ours, never the system's English.
        params = {
            key: system_words(value) if isinstance(value, OSError) else value
            for key, value in self.params.items()
        }
        return counted(translate("Errors", self.template), **params)

    def __str__(self) -> str:
        return self.message()


class FolderMissing(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The folder {folder} does not exist. Choose a folder that exists, or create it first.",
    )


class CampaignFileMissing(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The campaign file {path} does not exist. It may have been moved or deleted; "
        "choose it again with Open.",
    )


class FileMissing(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} does not exist. Check its name, and that the disk or USB stick is "
        "connected.",
    )


class CampaignFileExists(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} already exists. Choose another name, or delete that file first.",
    )


class NotACampaign(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} is not a Reviewer campaign file. Open a file ending in .review "
        "that Reviewer created.",
    )


class CampaignFromNewerVersion(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The campaign file {path} was written by a newer version of Reviewer (schema "
        "{revision}). Install the newer version to open it; the file was left unchanged.",
    )


class CampaignNeedsUpgrade(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The campaign file {path} was written by an older version of Reviewer and must be "
        "upgraded before use, which needs write access. Copy it to a writable folder and "
        "open the copy.",
    )


class CampaignCorrupt(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The campaign file {path} is damaged and cannot be read ({detail}). Open a backup "
        "copy of it; the damaged file was left unchanged.",
    )


class CampaignAltered(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The campaign file {path} has been altered outside Reviewer: {kind} {name} is not "
        "as Reviewer made it. The file was not opened and was left unchanged. Open a backup "
        "copy of it, or ask whoever gave you the file for the one Reviewer wrote.",
    )


class CampaignPlanted(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The campaign file {path} has been altered outside Reviewer: it holds {kind} {name}, "
        "which Reviewer never makes and which could run code or hide changes. The file was "
        "not opened and was left unchanged. Open a backup copy of it, or ask whoever gave "
        "you the file for the one Reviewer wrote.",
    )


class CampaignLocked(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The campaign file {path} is already open for editing by {holder}. Close it there "
        "first, or open it read-only.",
    )


class CampaignReadOnly(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The campaign file {path} is open read-only, so it cannot be changed. Open a "
        "writable copy to make changes.",
    )


class CampaignUnreadable(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The campaign file {path} cannot be read: {detail}. Check that you may read it "
        "and that the disk is connected.",
    )


class CampaignSaveFailed(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Could not save to {path}: {detail}. This last change was not saved; everything "
        "saved before it is safe. Free some space on the disk, or check that it is still "
        "connected, and do it again.",
    )


class DatabaseUrlInvalid(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{url} is not a campaign database address. Write it as postgresql://user@server/database.",
    )


class DatabaseUnreachable(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot reach the campaign database {url}: {detail}. Check the address, the user "
        "and the password, and that the server is running.",
    )


class DatabaseNotEmpty(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database {url} already holds tables. Create the campaign in an empty database.",
    )


class CampaignNotWritable(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {path}: {detail}. Choose a folder you may write to, on a disk with "
        "free space.",
    )


def error_message(error: BaseException) -> str:
    """What to show the user for `error`: a `ReviewerError`'s message, an `OSError` said
    by its errno with its path (never the system's English), else the error's text."""
    if isinstance(error, ReviewerError):
        return error.message()
    if isinstance(error, OSError):
        return SystemRefused(error).message()
    return str(error)


class SystemRefused(ReviewerError):
    """The operating system refused what was asked of a file, said by its errno."""

    template = QT_TRANSLATE_NOOP("Errors", "{what}. This was not done.")

    def __init__(self, error: OSError, path: object = None, *, reading: bool = False) -> None:
        shown = None if path is None else str(path)
        super().__init__(what=system_message(error, shown, reading=reading))
