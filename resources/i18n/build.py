"""Update the translation files from the sources, then compile them.

    python resources/i18n/build.py [--drop-obsolete]

1. ``pyside6-lupdate`` reads every ``.py`` file of ``main.py``, ``models/`` and ``ui/``.
2. lupdate recognises ``QT_TRANSLATE_NOOP("Context", "text")`` only under that exact name and
   only with a literal context. models/ marks many texts through an alias
   (``from models.core.errors import QT_TRANSLATE_NOOP as T`` / ``T = QT_TRANSLATE_NOOP``) or
   with a context held in a constant (``QT_TRANSLATE_NOOP(CONTEXT, ...)``), so a pass over
   the syntax tree (:mod:`ast`) finds those too, and both lists are merged.
3. ``pulih_id.ts`` and ``pulih_en.ts`` are rewritten with every current message; existing
   translations are kept. A message that left the sources stays as ``vanished`` (so its
   translation can be reused) unless ``--drop-obsolete`` is given. English is source text,
   every entry finished.
4. ``pyside6-lrelease`` compiles both into ``.qm`` files, loaded by :mod:`ui.i18n`.
5. The number of unfinished Indonesian messages is printed; the exit status is 1 if any.

``--add FILE.tsv`` fills Indonesian translations before writing: one line per text,
``context<TAB>English source<TAB>Indonesian[<TAB>disambiguation comment]``, with ``\\n`` and
``\\t`` standing for a line break and a tab. Runs hold a lock file, so two people (or two
scripts) updating translations at once take turns instead of overwriting each other.

Only the standard library is used, so this runs before anything else is installed.
"""
from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

I18N_DIR = Path(__file__).resolve().parent
ROOT = I18N_DIR.parent.parent
SOURCE_ROOTS = ("main.py", "models", "ui")
MARKER = "QT_TRANSLATE_NOOP"
#: language code of the file name -> language attribute of the .ts (drives plural rules)
LANGUAGES = {"id": "id_ID", "en": "en_US"}
SOURCE_LANGUAGE = "en_US"

Key = tuple[str, str, str]  # context, source, disambiguation comment


@dataclass
class Message:
    """One translatable text as found in the sources.

    Attributes:
        context: the translation context (class name for ``self.tr``).
        source: the English source text.
        comment: the disambiguation comment, usually empty.
        numerus: True for a text with plural forms (``tr(text, "", n)``).
        locations: ``(path relative to the repository root, line)`` of each use.
    """

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    extracomment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        """What identifies the message to Qt's translator."""
        return (self.context, self.source, self.comment)


@dataclass
class Translation:
    """The translated side of one message in an existing .ts file.

    Attributes:
        kind: the ``type`` attribute: "" (finished), "unfinished", "vanished" or "obsolete".
        text: the translation (singular messages).
        forms: the plural forms (numerus messages).
        translator_comment: a note a translator left.
    """

    kind: str = "unfinished"
    text: str = ""
    forms: list[str] = field(default_factory=list)
    translator_comment: str = ""

    @property
    def filled(self) -> bool:
        """True when there is text for every form."""
        return bool(self.forms and all(self.forms)) if self.forms else bool(self.text)


# --- finding the sources and the tools --------------------------------------------------

def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python file lupdate should read, in a stable order."""
    files: list[Path] = []
    for name in SOURCE_ROOTS:
        path = root / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in sorted(path.rglob("*.py")) if "__pycache__" not in p.parts)
    return files


def find_tool(name: str) -> Path | None:
    """A Qt tool shipped with PySide6: beside this Python first, then on PATH."""
    suffix = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).parent / f"{name}{suffix}"
    if beside.exists():
        return beside
    found = shutil.which(name)
    return Path(found) if found else None


# --- extraction ---------------------------------------------------------------------------

def run_lupdate(files: list[Path], workdir: Path, lupdate: Path, root: Path = ROOT) -> list[Message]:
    """What lupdate finds in ``files``, written to a fresh .ts inside ``workdir``."""
    listing = workdir / "sources.lst"
    listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
    ts = workdir / "extracted.ts"
    result = subprocess.run(
        [str(lupdate), "-locations", "absolute", "-no-obsolete", f"@{listing}", "-ts", str(ts)],
        capture_output=True, text=True, check=False)
    if result.returncode != 0 or not ts.exists():
        raise RuntimeError(f"pyside6-lupdate failed ({result.returncode}):\n"
                           f"{result.stdout}\n{result.stderr}")
    messages: list[Message] = []
    real_root = root.resolve()
    for context, element in _iter_messages(ET.parse(ts).getroot()):
        message = Message(context=context, source=_text(element, "source"),
                          comment=_text(element, "comment"),
                          numerus=element.get("numerus") == "yes",
                          extracomment=_text(element, "extracomment"))
        last_file = ""
        for loc in element.findall("location"):
            last_file = loc.get("filename") or last_file
            path = Path(os.path.normpath(workdir.resolve() / last_file))
            try:
                shown = path.relative_to(real_root).as_posix()
            except ValueError:
                shown = path.as_posix()
            message.locations.append((shown, int(loc.get("line") or 0)))
        messages.append(message)
    return messages


def _string_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` assignments."""
    constants: dict[str, str] = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value.value
    return constants


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def scan_marked_texts(files: list[Path], root: Path = ROOT) -> tuple[list[Message], list[str]]:
    """Texts marked with ``QT_TRANSLATE_NOOP`` under any name, read from the syntax tree.

    Returns the messages and a list of warnings (marked calls whose context or text is not
    a literal or a known string constant, so no tool can read them).
    """
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
    constants = {_module_name(path, root): _string_constants(tree)
                 for path, tree in trees.items()}
    messages: list[Message] = []
    warnings: list[str] = []
    for path, tree in trees.items():
        rel = path.relative_to(root).as_posix()
        names = dict(constants[_module_name(path, root)])
        markers = {MARKER}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    bound = alias.asname or alias.name
                    if alias.name == MARKER:
                        markers.add(bound)
                    elif alias.name in constants.get(node.module, {}):
                        names[bound] = constants[node.module][alias.name]
            elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Name)
                  and node.value.id in markers):
                markers.update(t.id for t in node.targets if isinstance(t, ast.Name))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = (func.id if isinstance(func, ast.Name)
                      else func.attr if isinstance(func, ast.Attribute) else None)
            if called not in markers or (isinstance(func, ast.Attribute) and called != MARKER):
                continue
            args = [_literal(arg, names) for arg in node.args]
            if len(args) not in (2, 3) or any(a is None for a in args):
                warnings.append(f"{rel}:{node.lineno}: {called}(...) needs a literal context and "
                                "text (or a module-level string constant as the context)")
                continue
            context, source = args[0], args[1]
            comment = args[2] if len(args) == 3 else ""
            messages.append(Message(context=str(context), source=str(source),
                                    comment=str(comment), locations=[(rel, node.lineno)]))
    return messages, warnings


def _literal(node: ast.expr, names: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    return None


def extract_messages(root: Path = ROOT, lupdate: Path | None = None,
                     workdir: Path | None = None) -> tuple[dict[Key, Message], list[str]]:
    """Every translatable message of the sources under ``root``, and warnings.

    Runs lupdate into ``workdir`` (default: a temporary folder) and merges what the
    syntax-tree pass finds. Messages with an empty context are dropped with a warning:
    lupdate takes any call named ``tr(`` for a translation, including ``ui.i18n.tr``.
    """
    lupdate = lupdate or find_tool("pyside6-lupdate")
    if lupdate is None:
        raise RuntimeError("pyside6-lupdate not found beside Python nor on PATH")
    files = source_files(root)
    with tempfile.TemporaryDirectory(prefix="pulih-lupdate-") as tmp:
        found = run_lupdate(files, Path(workdir or tmp), lupdate, root)
    scanned, warnings = scan_marked_texts(files, root)
    merged: dict[Key, Message] = {}
    for message in [*found, *scanned]:
        if not message.context:
            where = ", ".join(f"{p}:{n}" for p, n in message.locations)
            warnings.append(f"{where}: ignored {message.source!r} without a context "
                            "(lupdate reads any call named tr(...) as a translation)")
            continue
        known = merged.get(message.key)
        if known is None:
            merged[message.key] = message
        else:
            known.numerus = known.numerus or message.numerus
            known.extracomment = known.extracomment or message.extracomment
            known.locations.extend(loc for loc in message.locations
                                   if loc not in known.locations)
    for message in merged.values():
        message.locations.sort()
    return merged, warnings


# --- .ts files ----------------------------------------------------------------------------

def _iter_messages(root: ET.Element):
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            yield name, message


def _text(element: ET.Element, tag: str) -> str:
    child = element.find(tag)
    return (child.text or "") if child is not None else ""


def read_ts(path: Path) -> dict[Key, Translation]:
    """The translations in an existing .ts file (empty if there is none)."""
    if not path.exists():
        return {}
    found: dict[Key, Translation] = {}
    for context, element in _iter_messages(ET.parse(path).getroot()):
        translation = element.find("translation")
        entry = Translation(kind="unfinished")
        if translation is not None:
            entry.kind = translation.get("type", "")
            entry.text = translation.text or ""
            entry.forms = [form.text or "" for form in translation.findall("numerusform")]
        entry.translator_comment = _text(element, "translatorcomment")
        found[(context, _text(element, "source"), _text(element, "comment"))] = entry
    return found


#: Plurals that adding "s" gets wrong, written as they stand in the source texts.
IRREGULAR_PLURALS = {"person(s)": ("person", "people")}


def english_forms(source: str) -> list[str]:
    """The singular and plural English of a numerus text written with "(s)" in the source:
    "%n day(s)" gives "%n day" and "%n days" (Qt picks by %n), not "1 day(s)"."""
    one, many = source, source
    for word, (singular, plural) in IRREGULAR_PLURALS.items():
        one, many = one.replace(word, singular), many.replace(word, plural)
    return [one.replace("(s)", ""), many.replace("(s)", "s")]


def merge(messages: dict[Key, Message], old: dict[Key, Translation], lang: str,
          keep_obsolete: bool = True) -> tuple[list[tuple[Message, Translation]], int]:
    """Pair each current message with its translation; return pairs and the unfinished count."""
    pairs: list[tuple[Message, Translation]] = []
    for key, message in messages.items():
        if lang == "en":
            forms = english_forms(message.source) if message.numerus else []
            entry = Translation(kind="", text="" if message.numerus else message.source,
                                forms=forms)
        else:
            entry = old.get(key, Translation())
            if entry.kind in ("vanished", "obsolete"):
                entry.kind = "" if entry.filled else "unfinished"
            if not entry.filled:
                entry.kind = "unfinished"
            if message.numerus and not entry.forms:
                entry.forms = [entry.text]
                entry.text = ""
        pairs.append((message, entry))
    if keep_obsolete and lang != "en":
        for key, entry in old.items():
            if key not in messages and entry.filled:
                gone = Message(context=key[0], source=key[1], comment=key[2],
                               numerus=bool(entry.forms))
                entry.kind = "vanished"
                pairs.append((gone, entry))
    unfinished = sum(1 for _, entry in pairs if entry.kind == "unfinished")
    pairs.sort(key=lambda pair: (pair[0].context, pair[0].locations[:1] or [("~", 0)],
                                 pair[0].source, pair[0].comment))
    return pairs, unfinished


def write_ts(path: Path, lang: str, pairs: list[tuple[Message, Translation]]) -> None:
    """Write a .ts file in the layout lupdate and Qt Linguist use."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{LANGUAGES[lang]}" sourcelanguage="{SOURCE_LANGUAGE}">']
    context = None
    for message, entry in pairs:
        if message.context != context:
            if context is not None:
                out.append("</context>")
            context = message.context
            out += ["<context>", f"    <name>{escape(context)}</name>"]
        out.append('    <message numerus="yes">' if message.numerus else "    <message>")
        for filename, line in message.locations:
            rel = os.path.relpath(ROOT / filename, path.parent).replace(os.sep, "/")
            out.append(f"        <location filename={quoteattr(rel)} line=\"{line}\"/>")
        out.append(f"        <source>{escape(message.source)}</source>")
        if message.comment:
            out.append(f"        <comment>{escape(message.comment)}</comment>")
        if message.extracomment:
            out.append(f"        <extracomment>{escape(message.extracomment)}</extracomment>")
        if entry.translator_comment:
            out.append(f"        <translatorcomment>{escape(entry.translator_comment)}"
                       "</translatorcomment>")
        kind = f' type="{entry.kind}"' if entry.kind else ""
        if message.numerus:
            out.append(f"        <translation{kind}>")
            out += [f"            <numerusform>{escape(form)}</numerusform>"
                    for form in entry.forms or [""]]
            out.append("        </translation>")
        else:
            out.append(f"        <translation{kind}>{escape(entry.text)}</translation>")
        out.append("    </message>")
    if context is not None:
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def run_lrelease(ts: Path, lrelease: Path) -> None:
    """Compile ``ts`` into the .qm beside it."""
    result = subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"pyside6-lrelease failed on {ts.name}:\n{result.stdout}{result.stderr}")


# --- command line -------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--drop-obsolete", action="store_true",
                        help="forget translations of texts no longer in the sources")
    parser.add_argument("--add", action="append", default=[], metavar="FILE.tsv",
                        help="Indonesian translations to fill in (context, source, text)")
    args = parser.parse_args(argv)
    with _build_lock():
        return _build(args)


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_additions(path: Path) -> dict[Key, str]:
    """Translations from a TSV file (see the module docstring); blank and # lines skipped."""
    found: dict[Key, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) not in (3, 4):
            raise SystemExit(f"{path}:{number}: expected 3 or 4 tab-separated cells")
        comment = cells[3] if len(cells) == 4 else ""
        found[(cells[0], _unescape(cells[1]), comment)] = _unescape(cells[2])
    return found


class _build_lock:
    """An exclusive lock on a file beside the translations (POSIX only; elsewhere a no-op)."""

    def __enter__(self) -> None:
        self.handle = open(I18N_DIR / ".build.lock", "w")
        try:
            import fcntl
            fcntl.flock(self.handle, fcntl.LOCK_EX)
        except ImportError:
            pass

    def __exit__(self, *exc: object) -> None:
        self.handle.close()


def _build(args: argparse.Namespace) -> int:
    lupdate, lrelease = find_tool("pyside6-lupdate"), find_tool("pyside6-lrelease")
    if lupdate is None or lrelease is None:
        print("pyside6-lupdate / pyside6-lrelease not found (install PySide6)", file=sys.stderr)
        return 2
    messages, warnings = extract_messages(ROOT, lupdate)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    unfinished_id: list[tuple[Message, Translation]] = []
    for lang in LANGUAGES:
        ts = I18N_DIR / f"pulih_{lang}.ts"
        old = read_ts(ts)
        if lang == "id":
            for path in args.add:
                for key, text in read_additions(Path(path)).items():
                    entry = old.setdefault(key, Translation())
                    if entry.forms:
                        entry.forms = [text]
                    else:
                        entry.text = text
                    entry.kind = ""
        pairs, unfinished = merge(messages, old, lang, keep_obsolete=not args.drop_obsolete)
        write_ts(ts, lang, pairs)
        run_lrelease(ts, lrelease)
        vanished = sum(1 for _, entry in pairs if entry.kind == "vanished")
        print(f"{ts.name}: {len(messages)} messages, {unfinished} unfinished"
              + (f", {vanished} vanished kept" if vanished else "")
              + f" -> {ts.with_suffix('.qm').name}")
        if lang == "id":
            unfinished_id = [pair for pair in pairs if pair[1].kind == "unfinished"]
    if unfinished_id:
        print(f"\n{len(unfinished_id)} Indonesian message(s) still need a translation:")
        for message, _ in unfinished_id:
            where = f"{message.locations[0][0]}:{message.locations[0][1]}" if message.locations else ""
            print(f"  [{message.context}] {message.source!r}  ({where})")
        return 1
    print("Indonesian: every message is translated.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
