"""Documents of the demo facility are real register entries: signed seals that verify and
payloads that print, like papers issued at a desk."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from models.db import connection as dbmod
from models.db.connection import resolve_target
from models.db.schema import open_database
from models.demo.demo import build_demo
from models.documents.document import Document, qr_text
from models.documents.verification import VALID, verify_text
from reports.holder import PrintOptions
from reports.render import render_document


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    open_database(resolve_target(str(path)))
    build_demo(150, seed=7)
    yield path
    dbmod.close()


def test_every_demo_document_carries_a_valid_seal(demo):
    docs = list(Document.select())
    kinds = {d.kind for d in docs}
    assert {"SKHPN", "KLD"} <= kinds
    for doc in docs:
        text = qr_text(doc.payload, doc.signature)
        holder = doc.payload["person"]
        assert verify_text(text, holder["name"], holder["birth_date"]).status == VALID, \
            doc.number
        assert doc.payload["seal"]["number"] == doc.number


def test_demo_documents_print_from_their_payload(demo):
    for kind in ("SKHPN", "KLD", "SKS", "RUJ"):
        doc = Document.select().where(Document.kind == kind).first()
        if doc is None:
            continue
        pdf = render_document(doc.payload, qr_text(doc.payload, doc.signature),
                              PrintOptions(copy=True))
        text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
        assert doc.number in text and "BADAN NARKOTIKA NASIONAL KOTA SUKAMAJU" in text
        assert doc.payload["person"]["name"].split()[0] in text
