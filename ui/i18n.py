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
    if language == "en":
        install_translator(None)
        return
    ours = QTranslator()
    ours.load(f"reviewer_{language}", str(resource_path("translations")))
    qt_own = QTranslator()
    qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _installed.extend([ours, qt_own])
    if app is not None:
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
        install_translator(QCoreApplication.translate)
    else:

        def translate(context: str, text: str) -> str:
            return ours.translate(context, text) or text

        install_translator(translate)
    QLocale.setDefault(QLocale(language))
