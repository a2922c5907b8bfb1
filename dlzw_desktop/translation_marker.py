"""``QT_TRANSLATE_NOOP`` without Qt: marks a text for the German catalogue (``resources/i18n/dlzw_de.ts``).

The GUI translates marked texts with ``QCoreApplication.translate``, the ``dlzw`` command with
``plain_german.german_text``. A module of its own with no imports: the GUI's start-up loads it.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - pyside6-lupdate looks for this name
    """Mark ``source`` for translation in ``context``; it is translated where it is shown."""
    del context
    return source
