"""The paper verifier page's template, style and vendored scripts (see README.md here)."""
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
TEMPLATE = FOLDER / "template.html"
STYLE = FOLDER / "page.css"
VENDOR = FOLDER / "vendor.js"
VERIFIER = FOLDER / "verifier.js"
MANIFEST = FOLDER / "MANIFEST.json"
