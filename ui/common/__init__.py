"""The use cases both the desktop and the command line run, each written once.

Nothing here draws a widget: a module takes the acting staff member (or None for a headless
check that needs no sign-in) and plain arguments, calls models/ and reports/, and returns
plain data or bytes. The Qt screens show the result; ``ui/cli`` parses the arguments, signs
in and prints it. Translation goes through :mod:`ui.i18n` (QtCore only), like the command
line's; ``PySide6.QtWidgets``, qtawesome, ``ui.cli`` and the screen packages are out of bounds
(the import-linter contract ``ui-common-headless`` and tests/test_common_headless.py).
"""
