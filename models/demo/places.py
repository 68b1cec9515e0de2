"""Places, addresses and phone numbers of the synthetic demo facility.

Kota Sukamaju, the facility's city, is made up: it sits in a real province (Jawa Barat, code
32) under a regency code no real city uses (80), so the NIKs it issues carry a real province
code. The other places are real regencies and cities, with a few of their kecamatan names;
street numbers, RT/RW and phone numbers are drawn at random.
"""
from __future__ import annotations

import random
from dataclasses import dataclass


def pool(text: str) -> tuple[str, ...]:
    """Split a pool on whitespace; ``_`` joins words that belong together."""
    return tuple(word.replace("_", " ") for word in text.split())


@dataclass(frozen=True)
class Place:
    """A regency or city people live in, with kecamatan and kelurahan/desa names."""

    province: str  # Kemendagri province code, see models.core.nik.PROVINCES
    regency_code: int  # two digits of the NIK after the province
    regency: str
    districts: tuple[str, ...]
    villages: tuple[str, ...]
    birth_place: str


SUNDA_VILLAGES = pool("Sukajadi Sukasari Margahayu Cibeureum Sukamulya Babakan_Jaya Cikole "
                      "Karangtengah Sindangsari Cipanas Nagrak Sirnagalih Mekarjaya Sukaresmi "
                      "Pasirhalang Cisarua Gunungsari Jayamekar Cijambe Sukahati")
JAWA_VILLAGES = pool("Sidomulyo Tegalrejo Karanganyar Sukoharjo Purwosari Ngemplak Wonorejo "
                     "Kalirejo Gedongkiwo Banyuurip Sumberagung Tlogomas Kedungkandang Manyaran")
JAKARTA_VILLAGES = pool("Kebon_Jeruk Tanjung_Duren Cengkareng Pademangan Cilincing Kramat_Jati "
                        "Pasar_Minggu Tebet Cawang Kalideres Penjaringan Kampung_Melayu")
SUMATRA_VILLAGES = pool("Sei_Sikambing Pasar_Merah Tanjung_Rejo Sukaramai Kampung_Baru "
                        "Pulo_Brayan Lubuk_Buaya Air_Tawar Simpang_Baru Sei_Panas Labuh_Baru "
                        "Parupuk_Tabing Sidorejo")
KALBAR_VILLAGES = pool("Sungai_Bangkong Tengah Mariana Darat_Sekip Pasiran Condong Roban")
SULSEL_VILLAGES = pool("Karunrung Banta-Bantaeng Pandang Masale Tamalanrea_Indah Bontoala "
                       "Watampone Macege Lumpue Cappa_Galung")
BALI_VILLAGES = pool("Dangin_Puri Sumerta Panjer Sesetan Pedungan Kerobokan Seminyak Banyuasri "
                     "Kampung_Baru Penarukan")
MANADO_VILLAGES = pool("Tikala_Ares Wenang_Utara Karombasan Bahu Malalayang_Satu Teling_Atas "
                       "Tondano_Barat Rinegetan")
MALUKU_NTT_VILLAGES = pool("Batu_Merah Passo Benteng Waihaong Oebobo Oesapa Bonipoi Kelapa_Lima "
                           "Kota_Uneng Wailiti")
PAPUA_VILLAGES = pool("Hamadi Entrop Vim Yabansai Waena Klasaman Remu_Utara Malaingkedi")

HOME = Place("32", 80, "Kota Sukamaju",
             pool("Sukamaju_Kaler Sukamaju_Kidul Cipanas_Hilir Babakan_Asih Gunung_Halu Cikareo "
                  "Situ_Gede"), SUNDA_VILLAGES, "Sukamaju")
MEDAN = Place("12", 75, "Kota Medan", pool("Medan_Baru Medan_Helvetia Medan_Denai Medan_Tuntungan"),
              SUMATRA_VILLAGES, "Medan")
NEAR = (
    Place("32", 1, "Kabupaten Bogor", pool("Cibinong Citeureup Ciawi Cisarua Parung Leuwiliang"),
          SUNDA_VILLAGES, "Bogor"),
    Place("32", 2, "Kabupaten Sukabumi", pool("Cisaat Cibadak Parungkuda Pelabuhanratu Sukaraja"),
          SUNDA_VILLAGES, "Sukabumi"),
    Place("32", 3, "Kabupaten Cianjur", pool("Cipanas Pacet Karangtengah Cugenang Warungkondang"),
          SUNDA_VILLAGES, "Cianjur"),
    Place("32", 4, "Kabupaten Bandung", pool("Soreang Baleendah Dayeuhkolot Majalaya Cileunyi"),
          SUNDA_VILLAGES, "Bandung"),
    Place("32", 73, "Kota Bandung", pool("Coblong Sukajadi Cicendo Andir Antapani Buahbatu"),
          SUNDA_VILLAGES, "Bandung"),
    Place("32", 71, "Kota Bogor", pool("Bogor_Tengah Bogor_Utara Tanah_Sareal Bogor_Barat"),
          SUNDA_VILLAGES, "Bogor"),
    Place("32", 75, "Kota Bekasi", pool("Bekasi_Timur Bekasi_Barat Rawalumbu Bantargebang"),
          SUNDA_VILLAGES, "Bekasi")
)
JAVA_PLACES = (
    Place("33", 74, "Kota Semarang", pool("Semarang_Tengah Banyumanik Tembalang Ngaliyan"),
          JAWA_VILLAGES, "Semarang"),
    Place("33", 72, "Kota Surakarta", pool("Laweyan Serengan Jebres Banjarsari"),
          JAWA_VILLAGES, "Surakarta"),
    Place("34", 71, "Kota Yogyakarta", pool("Mergangsan Umbulharjo Gondokusuman Kotagede"),
          JAWA_VILLAGES, "Yogyakarta"),
    Place("35", 78, "Kota Surabaya", pool("Tambaksari Wonokromo Sawahan Rungkut Kenjeran"),
          JAWA_VILLAGES, "Surabaya"),
    Place("35", 73, "Kota Malang", pool("Klojen Lowokwaru Blimbing Sukun"),
          JAWA_VILLAGES, "Malang")
)
JAKARTA = (
    Place("31", 71, "Kota Jakarta Selatan", pool("Tebet Pasar_Minggu Kebayoran_Baru Cilandak"),
          JAKARTA_VILLAGES, "Jakarta"),
    Place("31", 72, "Kota Jakarta Timur", pool("Kramat_Jati Jatinegara Cakung Duren_Sawit"),
          JAKARTA_VILLAGES, "Jakarta"),
    Place("31", 74, "Kota Jakarta Barat", pool("Cengkareng Kebon_Jeruk Grogol_Petamburan Tambora"),
          JAKARTA_VILLAGES, "Jakarta"),
    Place("31", 75, "Kota Jakarta Utara", pool("Penjaringan Pademangan Tanjung_Priok Cilincing"),
          JAKARTA_VILLAGES, "Jakarta")
)
SUMUT = (
    MEDAN,
    Place("12", 73, "Kota Pematangsiantar", pool("Siantar_Barat Siantar_Timur Siantar_Utara"),
          SUMATRA_VILLAGES, "Pematangsiantar"),
    Place("12", 2, "Kabupaten Tapanuli Utara", pool("Tarutung Siborongborong Sipoholon"),
          SUMATRA_VILLAGES, "Tarutung")
)
SUMBAR = (
    Place("13", 71, "Kota Padang", pool("Koto_Tangah Padang_Utara Kuranji Lubuk_Begalung"),
          SUMATRA_VILLAGES, "Padang"),
    Place("13", 75, "Kota Bukittinggi", pool("Guguk_Panjang Mandiangin_Koto_Selayan"),
          SUMATRA_VILLAGES, "Bukittinggi")
)
MALAY = (
    Place("14", 71, "Kota Pekanbaru", pool("Sukajadi Senapelan Tampan Marpoyan_Damai"),
          SUMATRA_VILLAGES, "Pekanbaru"),
    Place("21", 71, "Kota Batam", pool("Batam_Kota Lubuk_Baja Sekupang Batu_Aji"),
          SUMATRA_VILLAGES, "Batam"),
    Place("16", 71, "Kota Palembang", pool("Ilir_Barat_I Seberang_Ulu_I Kemuning Sukarami"),
          SUMATRA_VILLAGES, "Palembang")
)
SULSEL = (
    Place("73", 71, "Kota Makassar", pool("Rappocini Mamajang Panakkukang Tamalate Biringkanaya"),
          SULSEL_VILLAGES, "Makassar"),
    Place("73", 8, "Kabupaten Bone", pool("Tanete_Riattang Palakka Awangpone"),
          SULSEL_VILLAGES, "Watampone"),
    Place("73", 72, "Kota Parepare", pool("Bacukiki Ujung Soreang"),
          SULSEL_VILLAGES, "Parepare")
)
BALI = (
    Place("51", 71, "Kota Denpasar", pool("Denpasar_Barat Denpasar_Timur Denpasar_Selatan"),
          BALI_VILLAGES, "Denpasar"),
    Place("51", 3, "Kabupaten Badung", pool("Kuta Kuta_Utara Mengwi Abiansemal"),
          BALI_VILLAGES, "Badung"),
    Place("51", 8, "Kabupaten Buleleng", pool("Buleleng Sukasada Seririt"),
          BALI_VILLAGES, "Singaraja")
)
MANADO = (
    Place("71", 71, "Kota Manado", pool("Wenang Tikala Malalayang Wanea"),
          MANADO_VILLAGES, "Manado"),
    Place("71", 2, "Kabupaten Minahasa", pool("Tondano_Barat Tomohon Langowan"),
          MANADO_VILLAGES, "Tondano")
)
AMBON = (
    Place("81", 71, "Kota Ambon", pool("Sirimau Nusaniwe Baguala Teluk_Ambon"),
          MALUKU_NTT_VILLAGES, "Ambon"),
)
NTT = (
    Place("53", 71, "Kota Kupang", pool("Oebobo Kelapa_Lima Maulafa Alak"),
          MALUKU_NTT_VILLAGES, "Kupang"),
    Place("53", 10, "Kabupaten Sikka", pool("Alok Alok_Timur Nita"),
          MALUKU_NTT_VILLAGES, "Maumere")
)
PAPUA = (
    Place("91", 71, "Kota Jayapura", pool("Jayapura_Utara Jayapura_Selatan Abepura Heram"),
          PAPUA_VILLAGES, "Jayapura"),
    Place("96", 71, "Kota Sorong", pool("Sorong_Kota Sorong_Timur Sorong_Manoi"),
          PAPUA_VILLAGES, "Sorong")
)
CHINESE = (
    JAKARTA[2],
    JAKARTA[3],
    MEDAN,
    Place("61", 71, "Kota Pontianak", pool("Pontianak_Kota Pontianak_Barat Pontianak_Selatan"),
          KALBAR_VILLAGES, "Pontianak"),
    Place("61", 72, "Kota Singkawang", pool("Singkawang_Barat Singkawang_Tengah"),
          KALBAR_VILLAGES, "Singkawang"),
    NEAR[4]
)

STREETS = pool("Merdeka Sudirman Ahmad_Yani Diponegoro Siliwangi Pajajaran Veteran Pahlawan "
               "Pasar_Baru Raya_Sukamaju Suryakencana Stasiun KH._Hasyim_Asyari Gatot_Subroto "
               "Kartini Cut_Nyak_Dhien Teuku_Umar Pramuka Kenanga Melati Mawar Anggrek Flamboyan "
               "Cempaka Bhayangkara Otista Arif_Rahman_Hakim RE._Martadinata Juanda Pelabuhan_II")
GANGS = pool("Mawar Haji_Sanusi Masjid Kelinci Mushola Buntu Damai Rukun Langgar Haji_Umar Sawo")
KAMPUNG = pool("Babakan Cibeureum_Hilir Sukasari Pasir_Jaya Cikadu Pangkalan Gunung_Batu "
               "Cijeruk_Girang Sindang_Resmi Bojong_Loa Leuwi_Goong Tegal_Panjang")
ESTATES = pool("Griya_Asri Bumi_Sukamaju_Indah Taman_Sari_Permai Villa_Mutiara Puri_Cempaka "
               "Graha_Harapan Pesona_Alam_Hijau Permata_Regency Bukit_Cemara Nuansa_Asri")
LANDMARKS = pool("belakang_Masjid_Jami_Al-Ikhlas samping_SDN_2_Sukamaju depan_Pasar_Induk "
                 "dekat_Puskesmas_Cikareo sebelah_bengkel_motor_Jaya_Abadi "
                 "gang_sebelah_warung_Bu_Imas")
PHONE_PREFIXES = pool("0811 0812 0813 0821 0822 0823 0851 0852 0853 0814 0815 0816 0855 0856 0857 "
                      "0858 0817 0818 0819 0859 0877 0878 0831 0832 0838 0895 0896 0897 0898 0881 "
                      "0882 0887")


def make_phone(rng: random.Random) -> str:
    """A mobile number 08xx of 11 or 12 digits."""
    prefix = rng.choice(PHONE_PREFIXES)
    width = 7 if rng.random() < 0.5 else 8
    return f"{prefix}{rng.randrange(10 ** (width - 1), 10 ** width)}"


def make_street(rng: random.Random, long: bool = False) -> str:
    """The street part of an address; ``long`` gives the kind that overflows a form field."""
    if long:
        return (f"Perumahan {rng.choice(ESTATES)} Tahap {rng.choice(('II', 'III', 'IV'))} "
                f"Blok {rng.choice('ABCDEFGH')}-{rng.randint(1, 40)} No. {rng.randint(1, 60)}, "
                f"Jl. Raya {rng.choice(KAMPUNG)}–{rng.choice(STREETS)} Km {rng.randint(2, 25)},"
                f"{rng.randint(1, 9)} ({rng.choice(LANDMARKS)})")
    roll = rng.random()
    if roll < 0.35:
        return f"Jl. {rng.choice(STREETS)} No. {rng.randint(1, 250)}"
    if roll < 0.55:
        return f"Jl. {rng.choice(STREETS)} Gg. {rng.choice(GANGS)} No. {rng.randint(1, 80)}"
    if roll < 0.8:
        return f"Kp. {rng.choice(KAMPUNG)}"
    if roll < 0.92:
        return (f"Perum {rng.choice(ESTATES)} Blok {rng.choice('ABCDEFGHJK')}{rng.randint(1, 20)} "
                f"No. {rng.randint(1, 45)}")
    return f"Komp. {rng.choice(ESTATES)} Jl. {rng.choice(GANGS)} No. {rng.randint(1, 30)}"


def make_rt_rw(rng: random.Random) -> str:
    """RT/RW as written on a KTP, e.g. 003/011."""
    return f"{rng.randint(1, 15):03d}/{rng.randint(1, 14):03d}"
