"""German messages without Qt, for the command line.

The GUI translates errors through Qt's translator (context ``errors`` of ``resources/i18n/dlzw_de.ts``).
The ``dlzw`` command must not load Qt, so it reads the same catalogue as XML (and, while a feature's
translations wait in ``resources/i18n/pending/*.tsv`` to be merged, those too): error messages, and the
command's own texts (context ``cli``, marked with ``translation_marker.QT_TRANSLATE_NOOP``). A text without
a German translation is shown in English.
"""

from __future__ import annotations

import logging
from functools import cache
from xml.etree import ElementTree

from dlzw_desktop.errors import DlzwError, english
from dlzw_desktop.paths import resource

logger = logging.getLogger(__name__)

CONTEXT = "errors"


def error_catalogue() -> dict[str, str]:
    """English message template -> German template (context ``errors``)."""
    return catalogue(CONTEXT)


@cache
def catalogue(wanted: str) -> dict[str, str]:
    """English source -> German translation, of one context."""
    found: dict[str, str] = {}
    try:
        folder = resource("i18n")
    except FileNotFoundError:
        return found
    for pending in sorted(folder.glob("pending/*.tsv")):
        for line in pending.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[0] == wanted and parts[2]:
                found[parts[1].replace("\\n", "\n")] = parts[2].replace("\\n", "\n")
    ts_file = folder / "dlzw_de.ts"
    if ts_file.exists():
        # Our own shipped file, not user input: the standard parser is fine here.
        root = ElementTree.parse(ts_file).getroot()
        for context in root.iter("context"):
            if context.findtext("name") != wanted:
                continue
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                usable = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
                if source and usable and translation is not None and translation.text:
                    found[source] = translation.text
    return found


def german(error: DlzwError) -> str:
    """The error's message in German with its parameters filled in (English when not translated)."""
    template = error_catalogue().get(error.message, error.message)
    try:
        return template.format(**{key: english(value) for key, value in error.params.items()})
    except (KeyError, IndexError, ValueError):
        return str(error)


def german_text(context: str, source: str, **params: object) -> str:
    """``source`` (marked with ``QT_TRANSLATE_NOOP`` in ``context``) in German, ``params`` filled in."""
    return catalogue(context).get(source, source).format(**params)
