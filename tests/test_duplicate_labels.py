"""Likely duplicates: numbers in a name are compared as whole numbers, not digit by digit.

The crash test's desks register "Klien Meja 1 Nomor 10" and "Klien Meja 11 Nomor 0" with
one birth date; comparing the digits one by one (1, 1, 0 both times) called them the same
person and stopped a desk. Spelling variants are still caught."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from models.people.duplicates import LikelyDuplicate
from models.people.registry import register_person
from tests.doc_world import person_input


def test_labels_with_other_numbers_are_not_duplicates(staff):
    register_person(staff["intake"], person_input(full_name="Klien Meja 1 Nomor 10"))
    register_person(staff["intake"], person_input(full_name="Klien Meja 11 Nomor 0"))
    with pytest.raises(LikelyDuplicate):
        register_person(staff["intake"], person_input(full_name="Klien  meja 1 nomor 10"))


def test_spelling_variants_still_need_a_decision(staff):
    register_person(staff["intake"], person_input(full_name="Budi Santoso"))
    with pytest.raises(LikelyDuplicate):
        register_person(staff["intake"], person_input(full_name="Budi Santosa"))
