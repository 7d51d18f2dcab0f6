"""Loading the user's language into Qt and into the domain layer's messages."""

from __future__ import annotations

from reviewer.i18n import install_translator
from reviewer.resources import resource_path
from ui.widgets.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def install_language(language: str) -> None:
    """Translate Reviewer's strings, Qt's own (dialog buttons) and the domain's messages.

    Works with or without a QCoreApplication: the CLI uses the translator directly.
    """
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    # English needs its translator too, for its plural forms ("%n application(s)" reads
    # "1 application" / "2 applications"): reviewer_en.ts holds those only.
    ours = QTranslator()
    ours.load(f"reviewer_{language}", str(resource_path("translations")))
    _installed.append(ours)
    if language != "en":
        qt_own = QTranslator()
        qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        )
        _installed.append(qt_own)
    if app is not None:
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
        install_translator(QCoreApplication.translate)
    else:

        def translate(
            context: str, text: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            found = ours.translate(context, text, disambiguation, n) or text
            return found.replace("%n", str(n)) if n >= 0 else found

        install_translator(translate)
    QLocale.setDefault(QLocale(language))
