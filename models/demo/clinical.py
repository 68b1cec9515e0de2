"""Clinical content of the synthetic demo: substances, instruments, urine panels, note texts.

Answers are made in the form :mod:`models.care.scoring` reads (WHO ASSIST v3.1, DAST-10, the
ASI-based six-domain grid) and scored by that module, so the demo's scores are the ones the
desk would see; ICD-10 F10-F19 diagnoses agree with the primary substance.
"""
from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from itertools import accumulate
from typing import Any, Generic, TypeVar

from models.care.scoring import ASSIST_SUBSTANCES, FREQUENCIES
from models.care.urine import PANEL as URINE_PANEL

V = TypeVar("V")


class Pick(Generic[V]):
    """A weighted choice with its cumulative weights computed once (much faster than
    ``random.choices`` in a loop of a hundred thousand people)."""

    def __init__(self, pairs: Sequence[tuple[V, float]]) -> None:
        self.values = [value for value, _weight in pairs]
        self.cum = list(accumulate(weight for _value, weight in pairs))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> V:
        return self.values[bisect(self.cum, rng.random() * self.total)]


PRIMARY = Pick([("methamphetamine", 42), ("cannabis", 20), ("synthetic_cannabinoid", 10),
                ("mdma", 4), ("alcohol", 5), ("heroin", 2.5), ("other_opioid", 1),
                ("benzodiazepine", 3), ("inhalant", 3), ("tramadol", 3),
                ("dextromethorphan", 1.5), ("trihexyphenidyl", 2.5), ("pcc", 1),
                ("cocaine", 0.5), ("hallucinogen", 0.5), ("other", 0.5)])
SECONDARY = Pick([("alcohol", 30), ("cannabis", 22), ("methamphetamine", 15),
                  ("synthetic_cannabinoid", 10), ("mdma", 6), ("benzodiazepine", 6),
                  ("tramadol", 5), ("trihexyphenidyl", 3), ("dextromethorphan", 2),
                  ("inhalant", 1)])
ROUTES: dict[str, Pick[str]] = {
    "methamphetamine": Pick([("smoked", 90), ("nasal", 6), ("iv", 2), ("oral", 2)]),
    "cannabis": Pick([("smoked", 97), ("oral", 3)]),
    "synthetic_cannabinoid": Pick([("smoked", 100)]),
    "mdma": Pick([("oral", 95), ("nasal", 5)]),
    "alcohol": Pick([("oral", 100)]),
    "heroin": Pick([("iv", 55), ("smoked", 40), ("nasal", 5)]),
    "other_opioid": Pick([("oral", 60), ("iv", 25), ("injected", 15)]),
    "benzodiazepine": Pick([("oral", 95), ("nasal", 5)]),
    "inhalant": Pick([("smoked", 100)]),
    "cocaine": Pick([("nasal", 85), ("smoked", 10), ("iv", 5)]),
    "hallucinogen": Pick([("oral", 90), ("smoked", 10)]),
}
ORAL = Pick([("oral", 100)])
#: ICD-10 category of the primary substance (F19 when several are used together).
ICD = {"methamphetamine": "F15", "mdma": "F15", "cannabis": "F12",
       "synthetic_cannabinoid": "F12", "heroin": "F11", "other_opioid": "F11", "tramadol": "F11",
       "benzodiazepine": "F13", "alcohol": "F10", "inhalant": "F18", "cocaine": "F14",
       "hallucinogen": "F16"}
#: Parameters of the six-panel rapid test that a substance turns positive.
URINE = {"methamphetamine": ("MET", "AMP"), "mdma": ("AMP",), "cannabis": ("THC",),
         "heroin": ("MOP",), "other_opioid": ("MOP",), "benzodiazepine": ("BZO",),
         "cocaine": ("COC",)}
PANEL = tuple(code for code, _label in URINE_PANEL)  # the six-parameter rapid test
#: ASSIST v3.1 substance (a-j, codes of models.care.scoring) of each substance code.
ASSIST_ITEM = {"methamphetamine": "amphetamines", "mdma": "amphetamines", "cannabis": "cannabis",
               "synthetic_cannabinoid": "cannabis", "heroin": "opioids",
               "other_opioid": "opioids", "tramadol": "opioids", "benzodiazepine": "sedatives",
               "alcohol": "alcohol", "inhalant": "inhalants", "cocaine": "cocaine",
               "hallucinogen": "hallucinogens"}
ASSIST_ORDER = tuple(code for code, _label in ASSIST_SUBSTANCES)
FREQUENCY = tuple(code for code, _label in FREQUENCIES)  # never ... daily, weight order
WORD = {"methamphetamine": "sabu", "cannabis": "ganja",
        "synthetic_cannabinoid": "tembakau sintetis",
        "mdma": "ekstasi", "heroin": "putau", "other_opioid": "opioid", "alcohol": "miras",
        "benzodiazepine": "obat penenang", "inhalant": "lem", "tramadol": "tramadol",
        "dextromethorphan": "dekstro", "trihexyphenidyl": "trihex", "pcc": "pil PCC",
        "cocaine": "kokain", "hallucinogen": "jamur/LSD", "other": "zat lain"}


def route_of(rng: random.Random, substance: str) -> str:
    """A route of use that goes with ``substance`` (misused medicines are swallowed)."""
    return ROUTES.get(substance, ORAL)(rng)


def urine_positives(substance: str) -> tuple[str, ...]:
    """The panel parameters a recent use of ``substance`` turns positive (often none)."""
    return URINE.get(substance, ())


def diagnosis(rng: random.Random, substances: Sequence[tuple[str, int, str]]) -> str:
    """An ICD-10 F1x.y code for (substance, days used of the last 30, pattern), primary first."""
    primary, days, pattern = substances[0]
    heavy = [s for s, d, _p in substances if d >= 10]
    category = "F19" if len(heavy) >= 2 or primary not in ICD else ICD[primary]
    roll = rng.random()
    if category in ("F15", "F12") and roll < 0.06:
        fourth = "5"  # psychotic disorder
    elif category in ("F11", "F10", "F13") and roll < 0.1:
        fourth = "3"  # withdrawal state
    elif roll < 0.02:
        fourth = "0"
    elif pattern in ("habitual", "compulsive") or days >= 15:
        fourth = "2" if rng.random() < 0.85 else "1"
    else:
        fourth = "1" if rng.random() < 0.8 else "2"
    return f"{category}.{fourth}"


def assist_answers(rng: random.Random, substances: Sequence[tuple[str, int]], injects: bool
                   ) -> dict[str, Any]:
    """WHO ASSIST answers in the form of :mod:`models.care.scoring` for (substance, days used).

    Tobacco is added for most clients and alcohol for some, as in real interviews; Q5 is
    not asked for tobacco, Q2 "never" leaves Q3-Q5 out, and Q8 (injecting) stands alone.
    """
    use: dict[str, int] = {}
    for substance, days in substances:
        item = ASSIST_ITEM.get(substance, "other")
        frequency = 4 if days >= 15 else 3 if days >= 4 else 2 if days >= 1 else 0
        use[item] = max(use.get(item, 0), frequency)
    if rng.random() < 0.85:
        use.setdefault("tobacco", 4)
    if rng.random() < 0.3:
        use.setdefault("alcohol", rng.choice((0, 1, 1, 2, 3)))
    answers: dict[str, dict[str, str]] = {}
    for item in ASSIST_ORDER:  # the form's order, a to j
        if item not in use:
            continue
        q2 = use[item]
        given = {"q2": FREQUENCY[q2]}
        if q2:
            given["q3"] = FREQUENCY[max(1, min(4, q2 + rng.choice((-1, 0, 0, 1))))]
            given["q4"] = FREQUENCY[max(0, min(4, q2 - rng.choice((0, 1, 1, 2))))]
            if item != "tobacco":
                given["q5"] = FREQUENCY[max(0, min(4, q2 - rng.choice((1, 1, 2, 3))))]
        given["q6"] = rng.choice(("yes_recent", "yes_recent", "yes_past", "no"))
        given["q7"] = rng.choice(("yes_recent", "yes_past", "no"))
        answers[item] = given
    return {"substances": answers, "q8": "yes_recent" if injects else "no"}


def dast_answers(rng: random.Random, target: int) -> dict[str, str]:
    """DAST-10 answers ({"q1": "yes", ...}) that add up to ``target`` (0-10)."""
    items = list(range(1, 11))
    rng.shuffle(items)
    scoring = set(items[:max(0, min(10, target))])
    # Item 3 ("always able to stop") scores on "no"; every other item on "yes".
    return {f"q{i}": ("no" if i == 3 else "yes") if i in scoring else ("yes" if i == 3 else "no")
            for i in range(1, 11)}


ASI_DOMAINS = ("medical", "employment", "drugs", "legal", "family", "psychiatric")


def asi_grid(rng: random.Random, days: int, legal: bool, psychotic: bool
             ) -> dict[str, dict[str, int]]:
    """The ASI summary grid: interviewer severity 0-9, client's trouble and need 0-4."""
    base = {"medical": rng.randint(0, 5), "employment": rng.randint(1, 6),
            "drugs": min(9, 3 + days // 6 + rng.randint(0, 2)),
            "legal": rng.randint(4, 7) if legal else rng.randint(0, 2),
            "family": rng.randint(2, 7),
            "psychiatric": rng.randint(5, 8) if psychotic else rng.randint(1, 6)}
    grid = {}
    for domain in ASI_DOMAINS:
        severity = base[domain]
        trouble = max(0, min(4, severity // 2 + rng.choice((-1, 0, 0, 1))))
        need = max(0, min(4, trouble + rng.choice((-1, 0, 0, 1))))
        grid[domain] = {"severity": severity, "trouble": trouble, "need": need}
    return grid


TREATMENT_PLANS = {
    "outpatient": (("counselling", "motivational"), ("counselling", "brief_intervention"),
                   ("motivational", "counselling", "psych_evaluation")),
    "maintenance": (("maintenance", "counselling"),),
    "inpatient": (("detox", "inpatient"), ("inpatient", "psych_evaluation"),
                  ("detox", "inpatient", "counselling")),
    "social": (("inpatient", "counselling"), ("counselling", "other")),
}

TRIGGERS = ("kumpul dengan teman lama", "stres pekerjaan", "masalah keuangan", "bosan di rumah",
            "bertengkar dengan pasangan", "malam minggu", "hari gajian", "sulit tidur")
FEELINGS = ("lebih tenang", "cemas", "sulit tidur", "bersemangat mencari kerja",
            "sedih karena masalah keluarga", "jenuh", "lebih percaya diri", "mudah marah")
NOTE_TOPICS = ("Konseling motivasi (MI)", "CBT: mengenali pemicu", "Pencegahan kekambuhan",
               "Konseling keluarga", "Evaluasi kemajuan program", "Psikoedukasi dampak NAPZA",
               "Manajemen stres dan emosi", "Rencana pascarehabilitasi",
               "Keterampilan menolak ajakan", "Pemantauan gejala putus zat")
GROUP_TOPICS = ("Seminar: bahaya kekambuhan", "Static group", "Encounter group",
                "Kelompok dukungan sebaya", "Psikoedukasi keluarga", "Morning meeting",
                "Kelompok keterampilan hidup", "Vokasional: keterampilan kerja")
#: A participant's own entry of a group session.
GROUP_ENTRIES = ("Aktif berbagi pengalaman tentang pemicu di rumah.",
                 "Lebih banyak mendengarkan; menanggapi saat ditanya.",
                 "Memberi saran kepada peserta lain tentang menolak ajakan.",
                 "Tampak lelah, mengikuti sesi sampai selesai.",
                 "Menyampaikan rencana kembali bekerja setelah program.")
SUBJECTIVE = ("Klien menyampaikan merasa {feeling} minggu ini.",
              "Klien mengaku masih ada keinginan memakai {s} saat {trigger}.",
              "Klien melaporkan tidak memakai {s} sejak sesi terakhir.",
              "Klien menceritakan konflik di rumah yang dipicu {trigger}.")
OBJECTIVE = ("Hadir tepat waktu, kooperatif, kontak mata baik.",
             "Tampak lelah, afek agak datar, bicara pelan.",
             "Tenang, orientasi baik, tugas rumah dikerjakan sebagian.",
             "Terlambat 20 menit, kooperatif setelah sesi dimulai.")
PLAN = ("Dibahas strategi menghadapi pemicu ({trigger}); lanjut sesi berikutnya.",
        "Tugas rumah: mencatat situasi berisiko dan cara menghadapinya.",
        "Psikoedukasi dampak {s} pada kesehatan; klien diminta melibatkan keluarga.",
        "Disepakati jadwal kunjungan berikutnya dan tes urin acak.")


def note_body(rng: random.Random, substance: str) -> str:
    """A short S-O-A-P style note in Indonesian."""
    values = {"s": WORD.get(substance, "zat"), "trigger": rng.choice(TRIGGERS),
              "feeling": rng.choice(FEELINGS)}
    return " ".join((rng.choice(SUBJECTIVE).format(**values), rng.choice(OBJECTIVE),
                     rng.choice(PLAN).format(**values)))


DISCHARGE_NOTES = {
    "completed": "Klien menyelesaikan seluruh tahapan program; dilanjutkan pascarehabilitasi.",
    "dropped_out": "Klien tidak hadir tiga jadwal berturut-turut dan tidak dapat dihubungi.",
    "absconded": "Klien meninggalkan fasilitas tanpa izin.",
    "terminated": "Program dihentikan karena pelanggaran berat tata tertib.",
    "transferred": "Klien dirujuk ke fasilitas lain sesuai kebutuhan layanan.",
    "incarcerated": "Klien ditahan aparat penegak hukum dalam perkara lain.",
    "died": "Klien meninggal dunia menurut keterangan keluarga.",
    "other": "Klien pindah domisili ke luar kota.",
}
REFERRAL_TARGETS = ("Balai Besar Rehabilitasi BNN (rawat inap)", "RSJ Daerah Provinsi Jawa Barat",
                    "IPWL RSUD Kota Sukamaju", "Loka Rehabilitasi BNN",
                    "Sentra Rehabilitasi Sosial Kemensos", "Puskesmas PTRM (rumatan metadon)")
DISCLOSURES = (("Penyidik Satresnarkoba Polres Sukamaju",
                "Hasil asesmen untuk Tim Asesmen Terpadu"),
               ("Kejaksaan Negeri Sukamaju", "Laporan perkembangan rehabilitasi"),
               ("Orang tua / wali klien", "Informasi perkembangan program"),
               ("Bagian SDM tempat klien bekerja", "Keterangan sedang menjalani rehabilitasi"),
               ("Lapas Kelas IIA Sukamaju", "Laporan pelaksanaan rehabilitasi WBP"))
SKILLS = ("barista", "pengelasan", "menjahit", "servis sepeda motor", "budidaya lele",
          "sablon kaos", "tata rias", "komputer perkantoran")
AFTERCARE_OUTCOMES = {
    "phone": "Dihubungi lewat telepon; klien dalam keadaan baik dan rutin beraktivitas.",
    "home_visit": "Kunjungan rumah: bertemu klien dan keluarga; lingkungan mendukung pemulihan.",
    "group": "Hadir dalam pertemuan kelompok pascarehabilitasi.",
    "urine_test": "Tes urin dalam rangka pemantauan pascarehabilitasi.",
    "vocational": "Mengikuti pelatihan {skill}.",
}
RELAPSE_OUTCOME = "Klien mengaku kembali memakai {s}; dijadwalkan konseling ulang."
RELAPSE_ADMITTED = ("Relaps: klien mengaku kembali memakai {s} (tidak terdeteksi tes urin "
                    "6 parameter), kembali ke tahap sebelumnya")
TAT_RECOMMENDATIONS = ("rehabilitasi rawat jalan", "rehabilitasi rawat inap",
                       "rehabilitasi sambil proses hukum berjalan")
TAT_ROLES = ("pecandu", "penyalah guna", "korban penyalahgunaan")
KITS = (("Strip Uji 6 Parameter NarkoCek", "NC"), ("Panel Urin Multi-6 SehatTes", "ST"))
