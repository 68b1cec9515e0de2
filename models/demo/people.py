"""Name pools of the synthetic demo facility: regions, naming styles, nicknames, occupations.

Every name made here is a composition of common Indonesian given names and family names from
several regions, drawn at random: no record describes a real person. Where people live is in
:mod:`models.demo.places`.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from models.demo.places import (
    AMBON,
    BALI,
    CHINESE,
    HOME,
    JAKARTA,
    JAVA_PLACES,
    MALAY,
    MANADO,
    NEAR,
    NTT,
    PAPUA,
    SULSEL,
    SUMBAR,
    SUMUT,
    Place,
    pool,
)


@dataclass(frozen=True)
class Region:
    """Where a name comes from: name pools, religions, home places and how names are built."""

    code: str
    style: str  # how a full name is composed; see make_name()
    weight: float  # share of the facility's people
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]  # men's second names, or the marga, fam or surname of both sexes
    family_f: tuple[str, ...]  # women's second names
    religions: tuple[tuple[str, float], ...]
    places: tuple[Place, ...]

    def second_names(self, sex: str) -> tuple[str, ...]:
        """The pool of second (family) names for ``sex``."""
        return self.family if sex == "L" or not self.family_f else self.family_f


SAME: tuple[str, ...] = ()  # women take the same marga, fam or surname pool as men
ISLAM = (("islam", 1.0),)
MUSLIM_MARKERS = frozenset(pool("Muhammad Muhamad Mohammad Moh. M. Muh. Mochamad Abdul Abd. Siti "
                                 "St. Nur Nurul Sitti Ahmad"))
MUHAMMAD = pool("Muhammad Muhammad Muhamad Mohammad Moh. M. Muh. Mochamad")
NUR = pool("Nur Nurul")
REGIONS: tuple[Region, ...] = (
    Region("sunda", "muslim", 0.40,
           pool("Asep Ujang Dede Cecep Yayan Dadang Iwan Ade Aep Agus Deden Engkus Hendra Jajang "
                "Kurnia Nandang Opik Rudi Saepul Tatang Ucup Wawan Yana Yogi Dadan Usep Apep Ajat "
                "Ilham Rizal Fajar Gilang Rangga Dimas Rizki Rizky Firman Galih Rendi Riki Sandi "
                "Dedi Dedy Ridwan Irfan Yudi Hilman Jejen Oman"),
           pool("Euis Neng Iis Cucu Dewi Enung Ai Nining Lilis Yati Elis Tati Imas Nani Rina Yanti "
                "Nenden Rini Wulan Intan Putri Rika Ayu Desi Fitri Lina Nia Yuyun Tuti Teti Siti "
                "Resti Santi Anisa Salsa"),
           pool("Supriatna Saepuloh Kurniawan Hidayat Permana Sopyan Rahmat Setiawan Nugraha "
                "Gunawan "
                "Suryana Sunandar Mulyana Sukmana Ramdani Rohman Sudrajat Hermawan Firmansyah "
                "Kusnadi Mulyadi Somantri Wiguna Pratama Maulana Ardiansyah Saputra"),
           pool("Komariah Rohmah Solihat Kurniasih Nurhasanah Rahmawati Handayani Lestari Sulastri "
                "Nurjanah Mulyani Sartika Suryani Fauziah Hasanah Maryani Herawati Purnamasari"),
           (("islam", 0.97), ("protestant", 0.02), ("catholic", 0.01)), NEAR),
    Region("jawa", "java", 0.17,
           pool("Agus Bambang Slamet Joko Eko Dwi Tri Budi Heru Wahyu Teguh Bayu Adi Aris Hari "
                "Yudi "
                "Rudi Sigit Hadi Sugeng Anton Dimas Galang Aditya Yoga Bagus Andika Wisnu Arief "
                "Fajar"),
           pool("Sri Endang Siti Dwi Tri Rina Ratna Wulan Dewi Ayu Eka Indah Yuni Retno Kartika "
                "Puji "
                "Sari Nur Fitri Dyah Lestari Novi Anik"),
           pool("Prasetyo Santoso Wibowo Setiawan Susanto Cahyono Saputro Wahyudi Nugroho "
                "Kurniawan "
                "Hartono Purnomo Wicaksono Raharjo Utomo Pamungkas Sulistyo Hidayat Prabowo "
                "Sutrisno Suparman Mulyono Sutarno"),
           pool("Wahyuni Susilowati Rahayu Wulandari Astuti Kusumawati Purwaningsih Sulistyowati "
                "Setyaningsih Utami Pratiwi Anggraini Puspitasari Sumiyati Suprapti"),
           (("islam", 0.9), ("catholic", 0.05), ("protestant", 0.05)), JAVA_PLACES),
    Region("betawi_melayu", "muslim", 0.07,
           pool("Rojali Udin Mamat Jaelani Mansur Rohim Ahmad Abdul Syarif Riza Zulkarnain Helmi "
                "Marzuki Baharuddin Jamaludin Idris Azhar Ramli Hamdan Tengku_Riza Wan_Hafiz "
                "Fadli"),
           pool("Maemunah Rohaye Juleha Aminah Salmah Zubaidah Aisyah Fatimah Syarifah Rosmaniar "
                "Zuraida Hamidah Nurlela Mardiana Wan_Nurhaliza Tengku_Dina"),
           pool("Saprudin Hidayatullah Syamsudin Ramadhan Firdaus Hasan Husein Zainuddin "
                "Fahlevi Syahputra Effendi Rahman Alamsyah Kurniawan Maulana"),
           pool("Fadillah Ramadhani Maharani Safitri Febriani Rahmawati Oktaviani Khairunnisa"),
           ISLAM, JAKARTA + MALAY),
    Region("batak", "batak", 0.07,
           pool("Togar Rudi Hotman Parlindungan Binsar Martua Jonny Roy Daniel Frans Hendrik Sahat "
                "Bonar Tigor Poltak Marihot Yohannes Robert Sammy Ricardo Andreas Gomgom Jefri"),
           pool("Maria Rosmawati Juliana Lamria Tiur Sondang Rotua Debora Rita Lenny Ruth Hotmaida "
                "Rosdiana Erika Tiurma Marlina"),
           pool("Simanjuntak Hutapea Situmorang Sitompul Simatupang Sinaga Pardede Panjaitan "
                "Hutagalung Manurung Tambunan Sihombing Silalahi Napitupulu Pasaribu Sitorus "
                "Gultom "
                "Damanik Purba Ginting Sembiring Tarigan Siregar Nasution Harahap Lubis"),
           SAME,
           (("protestant", 0.8), ("catholic", 0.2)), SUMUT),
    Region("minang", "muslim", 0.05,
           pool("Rahmat Fadli Rizal Yuliandri Syafrizal Afrizal Yusrizal Hendri Zulkifli Erwin "
                "Doni "
                "Ferry Rio Arif Ikhsan Fauzan Hafiz Yulizar Aidil"),
           pool("Yulia Rahmi Yenni Nofriyanti Ratna Desi Suci Mardiah Rosna Fitri Yusnimar Elvira "
                "Wirdayanti Rahmadani Silvia"),
           pool("Putra Saputra Chaniago Piliang Tanjung Koto Sikumbang Jambak Rahman Hidayat "
                "Syahputra"),
           pool("Putri Amelia Rahmawati Yulianti Chaniago Piliang Tanjung Koto"),
           ISLAM, SUMBAR),
    Region("bugis_makassar", "bugis", 0.04,
           pool("Baso Ambo Syamsul Arifin Irwan Hasanuddin Sultan Rusdi Syahrir Akbar Fadli Ikhsan "
                "Jumardi Basri Amiruddin Iqbal Ardi"),
           pool("Hasnah Becce Sitti Hasmawati Nurhayati Rahmawati Irmawati Musdalifah Nurfadillah "
                "Sukmawati Wahyuni Hasriani"),
           pool("Ramli Syamsuddin Rahman Hamzah Anwar Arsyad Latif Saleh Baharuddin Amir Rasyid"),
           pool("Nurdin Rahman Hamzah Amir Rasyid Syamsuddin Latif Arsyad"),
           ISLAM, SULSEL),
    Region("bali", "bali", 0.02,
           pool("Sudarta Suardana Arya Adi Darmawan Suwirya Budiarta Mertayasa Sukadana Wirawan "
                "Putra Gunawan Artawan Widiana"),
           pool("Ayu Sri Dewi Lestari Sukerti Suastini Wulandari Puspita Astiti Kartini Ariani"),
           pool("Wayan Putu Gede Made Kadek Nengah Nyoman Komang Ketut"),
           SAME,
           (("hindu", 0.95), ("islam", 0.05)), BALI),
    Region("manado", "east", 0.025,
           pool("Fernando Christian Rendy Stevan Jefry Frangky Richard Alfrets Novel Denny "
                "Reinhard "
                "Yohanis Marthen Hendrik"),
           pool("Stevani Jeane Meyti Olivia Grace Novita Vivi Christy Marlin Deisy Ivana Jessica"),
           pool("Rumengan Wowor Lumowa Pangemanan Mandagi Kalalo Sondakh Tumbelaka Rondonuwu "
                "Worang "
                "Mamahit Lengkong Sumampouw Tangkudung Kaunang Walangitan"),
           SAME,
           (("protestant", 0.8), ("catholic", 0.15), ("islam", 0.05)), MANADO),
    Region("ambon_ntt", "east", 0.03,
           pool("Yohanis Frans Marthin Jacob Octovianus Max Yosef Fransiskus Yohanes Gabriel "
                "Agustinus Kornelis Petrus Dominikus Marselinus Yakobus Stefanus"),
           pool("Maria Eliza Agustina Yosina Ketty Merry Maria_Goreti Yohana Theresia Elisabeth "
                "Fransiska Kristina Yuliana Agnes Katarina Veronika"),
           pool("Latuheru Pattiasina Leiwakabessy Tuhumury Sahetapy Latupeirissa Wattimena Siahaya "
                "Manuputty Tanamal Huwae Bere Nahak Seran Ndun Manafe Nope Tefa Kolo Fanggidae "
                "Lakapu Nenobais"),
           SAME,
           (("catholic", 0.55), ("protestant", 0.4), ("islam", 0.05)), AMBON + NTT),
    Region("papua", "east", 0.015,
           pool("Yance Markus Yulianus Yakob Otis Benny Ones Nius Demianus Melkias Paulus Isak "
                "Yohan Agus Titus"),
           pool("Elisabeth Yuliana Maria Yosina Agustina Ruth Ester Debora Selfina Yohana Naomi"),
           pool("Wenda Kogoya Tabuni Rumbiak Kaize Wanimbo Mandowen Rumbrawer Yikwa Murib Wonda "
                "Gobay Pigai Mote Degei Tebay Rumaropen Ayomi Kafiar Krey Wambrauw Sawaki"),
           SAME,
           (("protestant", 0.75), ("catholic", 0.25)), PAPUA),
    Region("tionghoa", "chinese", 0.035,
           pool("Hendra Kevin Steven Hendrik William Jonathan Andy Budi Ivan Ricky Felix Michael "
                "Edwin Johan Suryadi Robby Sugianto Albert Jimmy Wilson Vincent"),
           pool("Lenny Susan Melinda Jessica Cindy Vivian Natalia Lily Fransiska Yuliana Angelina "
                "Meiliana Lanny Stephanie Caroline"),
           pool("Wijaya Halim Gunawan Salim Kusuma Santoso Tanuwijaya Hartono Setiadi Lim Tan Liem "
                "Ong Kwee Sutanto Gozali Hadinata Tjandra Widjaja Lie"),
           SAME,
           (("buddhist", 0.35), ("protestant", 0.3), ("catholic", 0.25), ("confucian", 0.1)),
           CHINESE),
)
MANDAILING = frozenset(pool("Siregar Nasution Harahap Lubis"))
MANDAILING_M = pool("Ahmad Rizal Fauzi Irfan Syahrul Hamdan Ridwan Sahrul Muhammad Amiruddin")
MANDAILING_F = pool("Nurhayati Siti Aisyah Fitri Rahmah Khairunnisa Nurlela Masitah")
BALI_ORDER_M = pool("Wayan Putu Gede Made Kadek Nengah Nyoman Komang Ketut")
BALI_CASTE_M = pool("I_Gusti_Ngurah Ida_Bagus Anak_Agung_Gede")
BALI_CASTE_F = pool("I_Gusti_Ayu Ida_Ayu Anak_Agung_Istri")
CHINESE_OLD = pool("Siok_Lan Ping_An Kim_Hwa Tjoen_Liang Bing_Hok Mei_Hwa")
CHINESE_CLANS = pool("Tan Lim Liem Ong Kwee Lie Oei Go Njoo The")
LONG_EXTRA_M = pool("Akbar Fadhillah Wicaksono Pamungkas Ramadhan Hidayatullah Aditya Nugraha "
                    "Firmansyah Permana Putra Kusumawijaya")
LONG_EXTRA_F = pool("Ayu Kusumawardhani Maharani Puspitasari Nurul_Aini Rahmadhani Putri "
                    "Dwi_Lestari Anggraeni")
ALIASES_M = pool("Ucok Ableh Bule Kribo Gondrong Jabrik Cepot Item Botak Cungkring Bolang Kempot "
                 "Dogol Pentol Kuya Acil Bewok Codet Tompel Badak Ompong Gembul Pesek Bocil Ipin "
                 "Jenggot Ciko Ucup Bagong Kobra Mamet Ojan Bang_Jay Cimeng Kentung")
ALIASES_F = pool("Cici Neng Ocha Ipeh Cece Tata Nonik Butet Mbak_Yu Uti Ayank Chika")

OCCUPATIONS = pool("Karyawan_swasta Wiraswasta Buruh_harian_lepas Buruh_pabrik Tidak_bekerja "
                   "Pengemudi_ojek_online Sopir Pedagang Petani Nelayan Montir Tukang_bangunan "
                   "Satpam Honorer Ibu_rumah_tangga Karyawan_BUMN Pegawai_toko Juru_parkir "
                   "Pekerja_seni Kuli_angkut Penjaga_warnet Belum_bekerja")
APPLICANT_OCCUPATIONS = pool("Belum_bekerja Karyawan_swasta Wiraswasta Honorer Calon_karyawan "
                             "Sopir Lulusan_SMA Guru_honorer Satpam")


def pick_weighted(rng: random.Random, pairs: tuple[tuple[str, float], ...]) -> str:
    """One value of ``(value, weight)`` pairs; the weights need not sum to one."""
    x = rng.random() * sum(weight for _value, weight in pairs)
    for value, weight in pairs:
        x -= weight
        if x < 0:
            return value
    return pairs[-1][0]


def _muslim(rng: random.Random, region: Region, sex: str) -> list[str]:
    parts: list[str] = []
    if sex == "L":
        roll = rng.random()
        if roll < 0.14:
            parts.append(rng.choice(MUHAMMAD))
        elif roll < 0.17:
            parts.append(rng.choice(("Abdul", "Abd.")))
        elif region.code == "bugis_makassar" and roll < 0.3:
            parts.append("Andi")
        parts.append(rng.choice(region.male))
    else:
        roll = rng.random()
        if roll < 0.08:
            parts.append(rng.choice(("Siti", "Siti", "St.")))
        elif roll < 0.15:
            parts.append(rng.choice(NUR))
        elif region.code == "bugis_makassar" and roll < 0.25:
            parts.append("Andi")
        parts.append(rng.choice(region.female))
    if rng.random() < 0.85:
        parts.append(rng.choice(region.second_names(sex)))
    if region.code == "bugis_makassar" and sex == "L" and rng.random() < 0.08:
        parts += ["Daeng", rng.choice(("Rani", "Ngalle", "Tompo", "Sijaya", "Nai"))]
    return parts


def make_name(rng: random.Random, region: Region, sex: str) -> str:
    """A made-up full name in the naming style of ``region``."""
    style = region.style
    if style == "muslim":
        parts = _muslim(rng, region, sex)
    elif style == "java":
        if rng.random() < 0.15:
            parts = [rng.choice(region.second_names(sex))]  # one-word names such as Sutrisno
        else:
            parts = _muslim(rng, region, sex)
    elif style == "batak":
        marga = rng.choice(region.family)
        if marga in MANDAILING:
            given = MANDAILING_M if sex == "L" else MANDAILING_F
        else:
            given = region.male if sex == "L" else region.female
        parts = [rng.choice(given)]
        if rng.random() < 0.3:
            parts.append(rng.choice(given))
        parts += (["br.", marga] if sex == "P" and rng.random() < 0.6 else [marga])
    elif style == "bali":
        if sex == "L":
            lead = (rng.choice(BALI_CASTE_M) if rng.random() < 0.1
                    else "I " + rng.choice(BALI_ORDER_M))
            parts = [lead, rng.choice(region.male)]
            if rng.random() < 0.4:
                parts.append(rng.choice(region.male))
        else:
            lead = rng.choice(BALI_CASTE_F) if rng.random() < 0.1 else "Ni " + rng.choice(
                ("Luh", "Made", "Kadek", "Nyoman", "Komang", "Ketut", "Putu", "Wayan"))
            parts = [lead, rng.choice(region.female), rng.choice(region.female)]
    elif style == "chinese":
        surname = rng.choice(region.family)
        if rng.random() < 0.1:
            parts = [rng.choice(CHINESE_CLANS), rng.choice(CHINESE_OLD)]
        else:
            parts = [rng.choice(region.male if sex == "L" else region.female), surname]
    else:  # "east": given name(s) and the fam
        given = region.male if sex == "L" else region.female
        parts = [rng.choice(given)]
        if rng.random() < 0.3:
            parts.append(rng.choice(given))
        parts.append(rng.choice(region.family))
    if style in ("muslim", "java") and rng.random() < 0.01:
        parts = _long_name(rng, parts, sex, region.code in ("sunda", "jawa"))
    return " ".join(dict.fromkeys(parts))  # no word twice in a row of parts


def _long_name(rng: random.Random, parts: list[str], sex: str, raden: bool) -> list[str]:
    """A name of five words or more, sometimes with the Javanese/Sundanese title Raden."""
    extra = LONG_EXTRA_M if sex == "L" else LONG_EXTRA_F
    lead = ["Raden" if sex == "L" else "Raden Roro"] if raden and rng.random() < 0.5 else []
    middle = list(dict.fromkeys(rng.choice(extra) for _ in range(3)))
    return lead + parts[:-1] + middle + parts[-1:]


_SWAPS: tuple[tuple[str, str], ...] = (
    ("Muhammad ", "M. "), ("M. ", "Muhammad "), ("Muhamad ", "Mohammad "), ("Moh. ", "Muhammad "),
    ("Muh. ", "Muhamad "), ("Nurul ", "Nur "), ("Nur ", "Nurul "), ("Siti ", "St. "),
    ("St. ", "Siti "), ("Rizki", "Rizky"), ("Rizky", "Rizki"), ("Dedi", "Dedy"), ("Dedy", "Dedi"),
    ("Rudi", "Rudy"), ("Andi ", "Andy "), ("Abdul ", "Abd. "), ("Sutrisno", "Soetrisno"),
    ("Suryadi", "Soeryadi"), ("Cahyono", "Tjahjono"), ("Wijaya", "Widjaja"), ("Widjaja", "Wijaya"),
    ("Yohanis", "Johanis"), ("Yusuf", "Yoesoef"), ("Ujang", "Oedjang"), ("Jaelani", "Djaelani"),
)


def name_variant(rng: random.Random, name: str) -> str:
    """The same name as another desk might have typed it: Muhammad/M., Nur/Nurul, old spelling,
    a doubled letter, capitals, or the last name left off."""
    swaps = [pair for pair in _SWAPS if pair[0] in name + " "]
    if swaps:
        old, new = rng.choice(swaps)
        return (name + " ").replace(old, new, 1).strip()
    words = name.split()
    if len(words) == 2 and words[0] in _JOINABLE:
        return words[0] + words[1].lower()  # "Nur Hayati" typed as "Nurhayati"
    roll = rng.random()
    if roll < 0.4:
        i = rng.randrange(len(words))
        word = words[i]
        j = rng.randrange(1, len(word)) if len(word) > 1 else 0
        words[i] = word[:j] + word[j] + word[j:]  # a letter typed twice
        return " ".join(words)
    if roll < 0.7 or len(words) < 3 or words[-2] == "br.":
        return name.upper()
    return " ".join(words[:-1])


_JOINABLE = frozenset(pool("Nur Nurul Sri Dwi Tri Eka Siti Putri"))


def make_alias(rng: random.Random, sex: str) -> str:
    """A nickname (panggilan) as clients give it."""
    return rng.choice(ALIASES_M if sex == "L" else ALIASES_F)


def pick_place(rng: random.Random, region: Region) -> Place:
    """Where a person of ``region`` lives: mostly the facility's city, else near or at home."""
    roll = rng.random()
    if roll < 0.68:
        return HOME
    if roll < 0.8 or not region.places:
        return rng.choice(NEAR)
    return rng.choice(region.places)


def pick_region(rng: random.Random) -> Region:
    """A region by its share of the facility's people."""
    x = rng.random() * _REGION_TOTAL
    for region in REGIONS:
        x -= region.weight
        if x < 0:
            return region
    return REGIONS[0]


def religion_of(rng: random.Random, region: Region, name: str) -> str:
    """A religion that fits the region and the name (a Siti or a Muhammad is Muslim, and so
    are Mandailing Batak marga)."""
    words = name.split()
    if region.style == "batak" and MANDAILING.intersection(words):
        return "islam"
    religion = pick_weighted(rng, region.religions)
    if religion != "islam" and MUSLIM_MARKERS.intersection(words):
        return "islam"
    return religion


def occupation_of(rng: random.Random, age: int, applicant: bool) -> str:
    """An occupation that fits the age: pupils and students are young."""
    if age < 19 and rng.random() < 0.7:
        return "Pelajar"
    if age < 25 and rng.random() < 0.25:
        return "Mahasiswa"
    return rng.choice(APPLICANT_OCCUPATIONS if applicant else OCCUPATIONS)


_REGION_TOTAL = sum(region.weight for region in REGIONS)
