"""The Indonesian words official papers print for the codes a payload holds.

Documents are always printed in Indonesian, whatever the screen's language, so these are
plain tables here rather than Qt translations. An unknown code prints as it is.
"""
from __future__ import annotations

SEX = {"L": "Laki-laki", "P": "Perempuan"}
ID_TYPES = {"nik": "NIK", "passport": "No. Paspor", "kitas": "No. KITAS", "kitap": "No. KITAP",
            "none": "Identitas"}
SKHPN_PURPOSES = {
    "job": "Melamar pekerjaan",
    "school": "Pendidikan / sekolah / perguruan tinggi",
    "candidacy": "Pencalonan (pemilihan, CPNS, TNI/Polri)",
    "licence": "Perizinan (SIM, senjata api)",
    "other": "Keperluan lain",
}
SKHPN_RESULTS = {"not_indicated": "TIDAK TERINDIKASI", "indicated": "TERINDIKASI"}
DAST_BANDS = {"none": "tidak ada masalah", "low": "rendah", "moderate": "sedang",
              "substantial": "cukup berat", "severe": "berat"}


def dast_phrase(score: object, band: str | None) -> str:
    """``skor 0 (tidak ada masalah)``, ``skor 4 (tingkat masalah sedang)``: the band said
    once, never "tingkat masalah tidak ada masalah"."""
    if band == "none":
        return f"skor {score} (tidak ada masalah)"
    if not band:
        return f"skor {score}"
    return f"skor {score} (tingkat masalah {label(DAST_BANDS, band)})"
URINE_PANEL = (
    ("AMP", "Amfetamin"), ("MET", "Metamfetamin"), ("THC", "Ganja (THC)"),
    ("COC", "Kokain"), ("MOP", "Morfin / opiat"), ("BZO", "Benzodiazepin"),
)
URINE_RESULTS = {"negative": "Negatif", "positive": "Positif", "invalid": "Tidak sah"}
SERVICE_TYPES = {"outpatient": "rawat jalan", "inpatient": "rawat inap",
                 "maintenance": "terapi rumatan", "social": "rehabilitasi sosial"}
ASI_DOMAINS = {"medical": "Medis", "employment": "Pekerjaan / dukungan hidup",
               "drugs": "Penggunaan napza", "legal": "Legal", "family": "Keluarga / sosial",
               "psychiatric": "Psikiatris"}
TREATMENT_PLANS = {
    "further_assessment": "Asesmen lanjutan", "psych_evaluation": "Evaluasi psikologis",
    "detox": "Detoksifikasi", "motivational": "Wawancara motivasional",
    "brief_intervention": "Intervensi singkat", "maintenance": "Terapi rumatan",
    "inpatient": "Rehabilitasi rawat inap", "counselling": "Konseling", "other": "Lainnya",
}
ICD_SUBSTANCES = {
    "F10": "alkohol", "F11": "opioida", "F12": "kanabinoida", "F13": "sedativa atau hipnotika",
    "F14": "kokain", "F15": "stimulansia lain termasuk kafein", "F16": "halusinogenika",
    "F17": "tembakau", "F18": "pelarut yang mudah menguap",
    "F19": "zat multipel dan zat psikoaktif lainnya",
}
ICD_STATES = {
    "0": "Intoksikasi akut", "1": "Penggunaan yang merugikan", "2": "Sindrom ketergantungan",
    "3": "Keadaan putus zat", "4": "Keadaan putus zat dengan delirium",
    "5": "Gangguan psikotik", "6": "Sindrom amnesik",
    "7": "Gangguan psikotik residual atau onset lambat",
    "8": "Gangguan mental dan perilaku lainnya",
    "9": "Gangguan mental dan perilaku YTT",
}
OUTCOMES = {"completed": "telah menyelesaikan program dengan baik"}
CONSENT_KINDS = {"general": "PERSETUJUAN UMUM (GENERAL CONSENT)",
                 "disclosure": "PERSETUJUAN PENGUNGKAPAN INFORMASI"}

RELATIONS = {"father": "ayah", "mother": "ibu", "spouse": "suami/istri", "guardian": "wali",
             "sibling": "saudara kandung", "child": "anak", "other": "kerabat"}


def label(table: dict[str, str], code: object) -> str:
    """The Indonesian word for ``code``, or the code itself."""
    text = "" if code is None else str(code)
    return table.get(text, text)


def icd_label(code: str) -> str:
    """``F15.2`` → ``F15.2 Sindrom ketergantungan akibat stimulansia lain termasuk kafein``."""
    if not code or len(code) < 5:
        return code or "-"
    substance, state = ICD_SUBSTANCES.get(code[:3]), ICD_STATES.get(code[4])
    if not substance or not state:
        return code
    return f"{code} {state} akibat penggunaan {substance}"


def urine_rows(results: dict[str, str]) -> list[tuple[str, str, str]]:
    """``(code, name, result)`` in panel order, then a facility's extra parameters."""
    names = dict(URINE_PANEL)
    order = {code: i for i, (code, _name) in enumerate(URINE_PANEL)}
    codes = sorted(results, key=lambda c: (order.get(c, len(order)), c))
    return [(c, names.get(c, c), label(URINE_RESULTS, results[c])) for c in codes]
