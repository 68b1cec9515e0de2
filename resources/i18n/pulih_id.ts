<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="37"/>
        <source>Pulih cannot open the database</source>
        <translation>Pulih tidak dapat membuka basis data</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="39"/>
        <source>Database: {where}</source>
        <translation>Basis data: {where}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli/commands.py" line="20"/>
        <source>There is no database at {path}.</source>
        <translation>Tidak ada basis data di {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="21"/>
        <source>The command '{command}' is not part of this version of Pulih yet.</source>
        <translation>Perintah '{command}' belum tersedia di versi Pulih ini.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="23"/>
        <source>{path} already holds a database with data. A demo is only built into a new file; choose another file with --db.</source>
        <translation>{path} sudah berisi basis data yang ada datanya. Demo hanya dibuat di berkas baru; pilih berkas lain dengan --db.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="28"/>
        <source>The computer refused to read or write a file: {detail}. Check free disk space and folder permissions, then try again.</source>
        <translation>Komputer menolak membaca atau menulis berkas: {detail}. Periksa sisa ruang disk dan izin folder, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="31"/>
        <source>Something unexpected went wrong; nothing was saved half-way. The details are in {log}; please send that file to your Pulih support.</source>
        <translation>Terjadi kesalahan yang tidak terduga; tidak ada data yang tersimpan setengah jalan. Rinciannya ada di {log}; silakan kirim berkas tersebut ke petugas dukungan Pulih Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="80"/>
        <source>Database: {where} ({engine})</source>
        <translation>Basis data: {where} ({engine})</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="82"/>
        <source>Schema version: {found} (this program: {known})</source>
        <translation>Versi skema: {found} (program ini: {known})</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="85"/>
        <source>Integrity: kept by the PostgreSQL server (use its own tools, such as amcheck, to verify)</source>
        <translation>Integritas: dijaga oleh server PostgreSQL (gunakan alatnya sendiri, misalnya amcheck, untuk memeriksa)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="88"/>
        <source>Integrity: ok</source>
        <translation>Integritas: baik</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="90"/>
        <source>Integrity: DAMAGED: {detail}</source>
        <translation>Integritas: RUSAK: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="92"/>
        <source>The schema will be upgraded the next time Pulih opens it.</source>
        <translation>Skema akan diperbarui saat Pulih membukanya lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="93"/>
        <source>Rows per table:</source>
        <translation>Jumlah baris per tabel:</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="107"/>
        <source>--clients must be between 1 and 1000000.</source>
        <translation>--clients harus antara 1 dan 1000000.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="129"/>
        <source>Demo facility built in {seconds:.1f} s: {rows} rows in {where}.</source>
        <translation>Fasilitas demo selesai dibuat dalam {seconds:.1f} detik: {rows} baris di {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="134"/>
        <source>File size: {size:.0f} MB</source>
        <translation>Ukuran berkas: {size:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="135"/>
        <source>Demo accounts (for this demo database only):</source>
        <translation>Akun demo (hanya untuk basis data demo ini):</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/clients/list_model.py" line="23"/>
        <source>Reg. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="25"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="26"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="27"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="28"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../models/accounts.py" line="17"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="18"/>
        <location filename="../../models/registry.py" line="26"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="19"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="20"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="21"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="22"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../models/addenda.py" line="22"/>
        <location filename="../../models/urine.py" line="44"/>
        <source>Assessment</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../models/addenda.py" line="22"/>
        <source>Session note</source>
        <translation>Catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/addenda.py" line="23"/>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../models/addenda.py" line="24"/>
        <source>Addendum</source>
        <translation>Adendum</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="29"/>
        <source>Home visit</source>
        <translation>Kunjungan rumah</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="30"/>
        <location filename="../../models/facility_admin.py" line="23"/>
        <location filename="../../models/registry.py" line="46"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="31"/>
        <source>Group meeting</source>
        <translation>Pertemuan kelompok</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="32"/>
        <source>Urine test</source>
        <translation>Tes urine</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="33"/>
        <source>Vocational training</source>
        <translation>Pelatihan vokasional</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="77"/>
        <location filename="../../models/discharge.py" line="68"/>
        <source>Aftercare start date</source>
        <translation>Tanggal mulai pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="78"/>
        <source>Months between follow-ups</source>
        <translation>Jarak antar tindak lanjut (bulan)</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="79"/>
        <source>Number of follow-ups</source>
        <translation>Jumlah tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="80"/>
        <source>Kind of contact</source>
        <translation>Jenis kontak</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="81"/>
        <source>Date of contact</source>
        <translation>Tanggal kontak</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="82"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="83"/>
        <source>Date aftercare ended</source>
        <translation>Tanggal pascarehabilitasi berakhir</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="84"/>
        <location filename="../../models/discharge.py" line="61"/>
        <source>Discharge date</source>
        <translation>Tanggal terminasi</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="37"/>
        <location filename="../../models/scoring.py" line="145"/>
        <source>ASI-based assessment</source>
        <translation>Asesmen berbasis ASI</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="38"/>
        <location filename="../../models/scoring.py" line="143"/>
        <source>WHO ASSIST v3.1</source>
        <translation>WHO ASSIST v3.1</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="39"/>
        <location filename="../../models/scoring.py" line="144"/>
        <source>DAST-10</source>
        <translation>DAST-10</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="40"/>
        <source>Physical examination</source>
        <translation>Pemeriksaan fisik</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="41"/>
        <source>Integrated assessment (TAT)</source>
        <translation>Asesmen terpadu (TAT)</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="44"/>
        <source>Further assessment</source>
        <translation>Asesmen lanjutan</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="45"/>
        <source>Psychological evaluation</source>
        <translation>Evaluasi psikologis</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="46"/>
        <source>Detoxification</source>
        <translation>Detoksifikasi</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="47"/>
        <source>Motivational interviewing</source>
        <translation>Wawancara motivasional</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="48"/>
        <source>Brief intervention</source>
        <translation>Intervensi singkat</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="49"/>
        <source>Maintenance therapy</source>
        <translation>Terapi rumatan</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="50"/>
        <source>Inpatient rehabilitation</source>
        <translation>Rehabilitasi rawat inap</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="51"/>
        <source>Counselling</source>
        <translation>Konseling</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="52"/>
        <location filename="../../models/discharge.py" line="36"/>
        <location filename="../../models/document.py" line="32"/>
        <location filename="../../models/episode.py" line="26"/>
        <location filename="../../models/episode.py" line="38"/>
        <location filename="../../models/episode.py" line="68"/>
        <location filename="../../models/person.py" line="56"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="54"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="54"/>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="113"/>
        <source>Kind of assessment</source>
        <translation>Jenis asesmen</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="114"/>
        <source>Date of assessment</source>
        <translation>Tanggal asesmen</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="115"/>
        <source>Treatment plan</source>
        <translation>Rencana terapi</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="116"/>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="117"/>
        <location filename="../../models/enrollment.py" line="35"/>
        <location filename="../../models/intake.py" line="21"/>
        <location filename="../../models/notes.py" line="66"/>
        <location filename="../../models/urine.py" line="88"/>
        <source>Date reported</source>
        <translation>Tanggal lapor</translation>
    </message>
    <message>
        <location filename="../../models/client_list.py" line="22"/>
        <source>No episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="10"/>
        <source>Diagnosis (ICD-10)</source>
        <translation>Diagnosis (ICD-10)</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="12"/>
        <location filename="../../models/episode.py" line="60"/>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="13"/>
        <source>Opioids</source>
        <translation>Opioida</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="14"/>
        <source>Cannabinoids</source>
        <translation>Kanabinoid</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="15"/>
        <source>Sedatives or hypnotics</source>
        <translation>Sedativa atau hipnotika</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="16"/>
        <location filename="../../models/episode.py" line="62"/>
        <location filename="../../models/urine.py" line="31"/>
        <source>Cocaine</source>
        <translation>Kokain</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="17"/>
        <source>Other stimulants, including caffeine</source>
        <translation>Stimulansia lain, termasuk kafein</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="18"/>
        <location filename="../../models/episode.py" line="63"/>
        <source>Hallucinogens</source>
        <translation>Halusinogen</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="19"/>
        <source>Tobacco</source>
        <translation>Tembakau</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="20"/>
        <source>Volatile solvents</source>
        <translation>Pelarut yang mudah menguap</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="21"/>
        <source>Multiple drug use and other psychoactive substances</source>
        <translation>Penggunaan berbagai zat dan zat psikoaktif lain</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="24"/>
        <source>Acute intoxication</source>
        <translation>Intoksikasi akut</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="25"/>
        <source>Harmful use</source>
        <translation>Penggunaan yang merugikan</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="26"/>
        <source>Dependence syndrome</source>
        <translation>Sindrom ketergantungan</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="27"/>
        <source>Withdrawal state</source>
        <translation>Keadaan putus zat</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="28"/>
        <source>Withdrawal state with delirium</source>
        <translation>Keadaan putus zat dengan delirium</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="29"/>
        <source>Psychotic disorder</source>
        <translation>Gangguan psikotik</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="30"/>
        <source>Amnesic syndrome</source>
        <translation>Sindrom amnestik</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="31"/>
        <source>Residual and late-onset psychotic disorder</source>
        <translation>Gangguan psikotik residual dan onset lambat</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="32"/>
        <source>Other mental and behavioural disorders</source>
        <translation>Gangguan mental dan perilaku lainnya</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="33"/>
        <source>Unspecified mental and behavioural disorder</source>
        <translation>Gangguan mental dan perilaku YTT</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="29"/>
        <source>Completed</source>
        <translation>Selesai program</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="30"/>
        <source>Left against advice / dropped out</source>
        <translation>Pulang atas permintaan sendiri / putus program</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="31"/>
        <source>Absconded</source>
        <translation>Melarikan diri</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="32"/>
        <source>Terminated by the facility (rule breach)</source>
        <translation>Dikeluarkan oleh fasilitas (melanggar aturan)</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="33"/>
        <source>Referred / transferred</source>
        <translation>Dirujuk / dipindahkan</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="34"/>
        <source>Arrested or imprisoned</source>
        <translation>Ditangkap atau dipenjara</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="35"/>
        <source>Died</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="62"/>
        <source>Reason for discharge</source>
        <translation>Alasan terminasi</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="63"/>
        <source>Referred to</source>
        <translation>Dirujuk ke</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="64"/>
        <location filename="../../models/enrollment.py" line="33"/>
        <location filename="../../models/notes.py" line="64"/>
        <location filename="../../models/urine.py" line="87"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="65"/>
        <source>Reason for the correction</source>
        <translation>Alasan koreksi</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="66"/>
        <location filename="../../models/enrollment.py" line="36"/>
        <location filename="../../models/intake.py" line="41"/>
        <source>Admission date</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="67"/>
        <source>the last phase move</source>
        <translation>perpindahan tahap terakhir</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="15"/>
        <source>SKHPN (narcotics test result)</source>
        <translation>SKHPN (hasil pemeriksaan narkotika)</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="16"/>
        <source>Kartu Lapor Diri</source>
        <translation>Kartu Lapor Diri</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="17"/>
        <source>Certificate of rehabilitation in progress</source>
        <translation>Surat keterangan sedang menjalani rehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="18"/>
        <source>Certificate of completed rehabilitation</source>
        <translation>Surat keterangan selesai rehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="19"/>
        <source>Referral letter</source>
        <translation>Surat rujukan</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="20"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="21"/>
        <source>Assessment summary</source>
        <translation>Ringkasan asesmen</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="24"/>
        <source>Not indicated to be using narcotics</source>
        <translation>Tidak terindikasi menggunakan narkotika</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="25"/>
        <source>Indicated to be using narcotics</source>
        <translation>Terindikasi menggunakan narkotika</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="28"/>
        <source>Job application</source>
        <translation>Melamar pekerjaan</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="29"/>
        <source>School / university</source>
        <translation>Sekolah / perguruan tinggi</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="30"/>
        <source>Candidacy (election, civil service, police, military)</source>
        <translation>Pencalonan (pemilu, CPNS, Polri, TNI)</translation>
    </message>
    <message>
        <location filename="../../models/document.py" line="31"/>
        <source>Licence (driving, firearms)</source>
        <translation>Perizinan (SIM, senjata api)</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="30"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="31"/>
        <source>Program start date</source>
        <translation>Tanggal mulai program</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="32"/>
        <source>Date of the move</source>
        <translation>Tanggal perpindahan</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="34"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="37"/>
        <source>the previous phase move</source>
        <translation>perpindahan tahap sebelumnya</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="16"/>
        <source>Screening</source>
        <translation>Skrining</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="17"/>
        <source>Waiting list</source>
        <translation>Daftar tunggu</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="18"/>
        <source>In program</source>
        <translation>Dalam program</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="19"/>
        <location filename="../../models/urine.py" line="42"/>
        <source>Aftercare</source>
        <translation>Pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="20"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="23"/>
        <source>Self</source>
        <translation>Diri sendiri</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="24"/>
        <source>Parent / guardian</source>
        <translation>Orang tua / wali</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="25"/>
        <source>Spouse / family</source>
        <translation>Suami/istri / keluarga</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="29"/>
        <source>Voluntary</source>
        <translation>Sukarela</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="30"/>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="31"/>
        <source>Police / investigator via TAT</source>
        <translation>Kepolisian / penyidik melalui TAT</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="32"/>
        <source>Prosecutor / court order</source>
        <translation>Kejaksaan / putusan pengadilan</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="33"/>
        <source>Prison (lapas/rutan)</source>
        <translation>Lapas / rutan</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="34"/>
        <source>Hospital / puskesmas</source>
        <translation>Rumah sakit / puskesmas</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="35"/>
        <source>Another rehabilitation institution</source>
        <translation>Lembaga rehabilitasi lain</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="36"/>
        <source>School / campus</source>
        <translation>Sekolah / kampus</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="37"/>
        <source>Workplace</source>
        <translation>Tempat kerja</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="41"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="42"/>
        <source>Suspect</source>
        <translation>Tersangka</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="43"/>
        <source>Defendant</source>
        <translation>Terdakwa</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="44"/>
        <source>Sentenced inmate (WBP)</source>
        <translation>Narapidana (WBP)</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="47"/>
        <source>Outpatient (rawat jalan)</source>
        <translation>Rawat jalan</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="48"/>
        <source>Inpatient (rawat inap)</source>
        <translation>Rawat inap</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="49"/>
        <source>Maintenance (rumatan)</source>
        <translation>Rumatan</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="50"/>
        <source>Social rehabilitation</source>
        <translation>Rehabilitasi sosial</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="53"/>
        <source>Methamphetamine (sabu)</source>
        <translation>Metamfetamin (sabu)</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="54"/>
        <source>Cannabis (ganja)</source>
        <translation>Ganja</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="55"/>
        <source>Synthetic cannabinoids (tembakau sintetis)</source>
        <translation>Kanabinoid sintetis (tembakau sintetis)</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="56"/>
        <source>Ecstasy (MDMA)</source>
        <translation>Ekstasi (MDMA)</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="57"/>
        <source>Heroin</source>
        <translation>Heroin</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="58"/>
        <source>Other opioids</source>
        <translation>Opioid lainnya</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="59"/>
        <source>Benzodiazepines / sedatives</source>
        <translation>Benzodiazepin / obat penenang</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="61"/>
        <source>Inhalants (lem)</source>
        <translation>Inhalan (lem)</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="64"/>
        <source>Tramadol</source>
        <translation>Tramadol</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="65"/>
        <source>Dextromethorphan</source>
        <translation>Dekstrometorfan</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="66"/>
        <source>Trihexyphenidyl</source>
        <translation>Triheksifenidil</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="67"/>
        <source>PCC</source>
        <translation>PCC</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="71"/>
        <source>Oral</source>
        <translation>Oral (ditelan)</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="72"/>
        <source>Nasal / sublingual</source>
        <translation>Nasal / sublingual</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="73"/>
        <source>Smoked / inhaled</source>
        <translation>Dirokok / dihirup</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="74"/>
        <source>Injected, not IV</source>
        <translation>Disuntikkan, bukan IV</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="75"/>
        <source>Intravenous</source>
        <translation>Intravena (IV)</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="78"/>
        <source>Experimental (coba-coba)</source>
        <translation>Coba-coba</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="79"/>
        <source>Recreational</source>
        <translation>Rekreasional</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="80"/>
        <source>Situational</source>
        <translation>Situasional</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="81"/>
        <source>Habitual</source>
        <translation>Habitual (teratur)</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="82"/>
        <source>Compulsive</source>
        <translation>Kompulsif</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="85"/>
        <source>General consent</source>
        <translation>Persetujuan umum</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="86"/>
        <source>Consent to disclose</source>
        <translation>Persetujuan pengungkapan informasi</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="14"/>
        <source>IPWL puskesmas</source>
        <translation>IPWL puskesmas</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="15"/>
        <source>IPWL hospital</source>
        <translation>IPWL rumah sakit</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="16"/>
        <source>IPWL clinic</source>
        <translation>IPWL klinik</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="17"/>
        <source>BNN clinic (Klinik Pratama)</source>
        <translation>Klinik Pratama BNN</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="18"/>
        <source>BNN rehabilitation centre</source>
        <translation>Balai / Loka Rehabilitasi BNN</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="19"/>
        <source>Kemensos centre</source>
        <translation>Sentra Kemensos</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="20"/>
        <source>Community rehabilitation (LRKM/LKS)</source>
        <translation>Rehabilitasi berbasis masyarakat (LRKM/LKS)</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="21"/>
        <source>Prison program (lapas/rutan)</source>
        <translation>Program rehabilitasi di lapas/rutan</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="18"/>
        <source>Letterhead name lines</source>
        <translation>Baris nama kop surat</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="19"/>
        <source>Facility code</source>
        <translation>Kode fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="20"/>
        <source>Facility type</source>
        <translation>Jenis fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="21"/>
        <location filename="../../models/registry.py" line="40"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="22"/>
        <source>City for letter dates</source>
        <translation>Kota pada tanggal surat</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="24"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="25"/>
        <source>Web site</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="26"/>
        <source>Head of facility</source>
        <translation>Kepala fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="27"/>
        <source>Head's position</source>
        <translation>Jabatan kepala</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="28"/>
        <source>Head's NIP</source>
        <translation>NIP kepala</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="29"/>
        <source>Program capacity</source>
        <translation>Kapasitas program</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="30"/>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="31"/>
        <source>Annual target</source>
        <translation>Target tahunan</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="32"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="33"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="22"/>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="23"/>
        <source>Reporter's name</source>
        <translation>Nama pelapor</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="24"/>
        <source>Referral route</source>
        <translation>Asal rujukan</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="25"/>
        <source>Referred by</source>
        <translation>Dirujuk oleh</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="26"/>
        <source>Legal status</source>
        <translation>Status hukum</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="27"/>
        <source>Court / letter numbers</source>
        <translation>Nomor putusan / surat</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="28"/>
        <source>Funding</source>
        <translation>Pembiayaan</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="29"/>
        <source>Service type</source>
        <translation>Jenis layanan</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="30"/>
        <source>Substance</source>
        <translation>Zat</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="31"/>
        <source>Route of use</source>
        <translation>Cara pakai</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="32"/>
        <source>Use pattern</source>
        <translation>Pola pakai</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="33"/>
        <source>Days used in the last 30</source>
        <translation>Hari pakai dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="34"/>
        <source>Years of use</source>
        <translation>Lama pakai (tahun)</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="35"/>
        <source>Age at first use</source>
        <translation>Usia pertama kali pakai</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="36"/>
        <source>Overdoses</source>
        <translation>Riwayat overdosis</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="37"/>
        <location filename="../../models/intake_flow.py" line="18"/>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="38"/>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="39"/>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="40"/>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../models/nik.py" line="40"/>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <location filename="../../models/nik.py" line="40"/>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="27"/>
        <source>Individual session</source>
        <translation>Sesi individu</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="28"/>
        <source>Group session</source>
        <translation>Sesi kelompok</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="61"/>
        <source>Kind of session</source>
        <translation>Jenis sesi</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="62"/>
        <source>Session date</source>
        <translation>Tanggal sesi</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="63"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="65"/>
        <source>Attendees</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="67"/>
        <source>Search text</source>
        <translation>Teks pencarian</translation>
    </message>
    <message>
        <location filename="../../models/numbering.py" line="30"/>
        <source>Number template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="16"/>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="16"/>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="18"/>
        <source>NIK (KTP / KK)</source>
        <translation>NIK (KTP / KK)</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="19"/>
        <source>Passport</source>
        <translation>Paspor</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="20"/>
        <source>KITAS</source>
        <translation>KITAS</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="21"/>
        <source>KITAP</source>
        <translation>KITAP</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="22"/>
        <source>No identity document</source>
        <translation>Tidak ada dokumen identitas</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="25"/>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="26"/>
        <source>Protestant Christian</source>
        <translation>Kristen Protestan</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="27"/>
        <source>Catholic</source>
        <translation>Katolik</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="28"/>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="29"/>
        <source>Buddhist</source>
        <translation>Buddha</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="30"/>
        <source>Confucian</source>
        <translation>Khonghucu</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="31"/>
        <source>Belief in God Almighty (kepercayaan)</source>
        <translation>Kepercayaan terhadap Tuhan Yang Maha Esa</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="32"/>
        <source>Not stated</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="35"/>
        <source>Not married</source>
        <translation>Belum kawin</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="36"/>
        <source>Married</source>
        <translation>Kawin</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="37"/>
        <source>Divorced</source>
        <translation>Cerai hidup</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="38"/>
        <source>Widowed</source>
        <translation>Cerai mati</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="41"/>
        <source>No schooling</source>
        <translation>Tidak sekolah</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="42"/>
        <source>Primary school (SD)</source>
        <translation>SD / sederajat</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="43"/>
        <source>Junior high (SMP/SLTP)</source>
        <translation>SMP / SLTP</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="44"/>
        <source>Senior high (SMA/SLTA)</source>
        <translation>SMA / SLTA</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="45"/>
        <source>Diploma / academy</source>
        <translation>Diploma / akademi</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="46"/>
        <source>University</source>
        <translation>Perguruan tinggi</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="50"/>
        <source>Father</source>
        <translation>Ayah</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="51"/>
        <source>Mother</source>
        <translation>Ibu</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="52"/>
        <source>Spouse</source>
        <translation>Suami / istri</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="53"/>
        <source>Guardian</source>
        <translation>Wali</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="54"/>
        <source>Sibling</source>
        <translation>Saudara kandung</translation>
    </message>
    <message>
        <location filename="../../models/person.py" line="55"/>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <location filename="../../models/program.py" line="15"/>
        <source>Forward</source>
        <translation>Maju ke fase berikutnya</translation>
    </message>
    <message>
        <location filename="../../models/program.py" line="16"/>
        <source>Back after relapse</source>
        <translation>Kembali karena kambuh (relapse)</translation>
    </message>
    <message>
        <location filename="../../models/program.py" line="17"/>
        <source>Skip (with a reason)</source>
        <translation>Lewati (dengan alasan)</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="27"/>
        <source>Alias</source>
        <translation>Nama alias</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="28"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="29"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="30"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="31"/>
        <source>Identity document</source>
        <translation>Dokumen identitas</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="32"/>
        <source>Document number</source>
        <translation>Nomor dokumen</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="33"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="34"/>
        <source>Reason for no identity document</source>
        <translation>Alasan tidak ada dokumen identitas</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="35"/>
        <source>Family card number (KK)</source>
        <translation>Nomor Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="36"/>
        <source>Religion</source>
        <translation>Agama</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="37"/>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="38"/>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="39"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="41"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="42"/>
        <source>Village (kelurahan/desa)</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="43"/>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="44"/>
        <source>Regency / city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="45"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="47"/>
        <source>Blood type</source>
        <translation>Golongan darah</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="48"/>
        <source>Nationality</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="49"/>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="50"/>
        <source>Contact name</source>
        <translation>Nama kontak</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="284"/>
        <source>same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="285"/>
        <source>similar name, same date of birth</source>
        <translation>nama mirip, tanggal lahir sama</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="286"/>
        <source>same phone number</source>
        <translation>nomor telepon sama</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="37"/>
        <source>identity data</source>
        <translation>data identitas</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="38"/>
        <source>intake and episode data</source>
        <translation>data pendaftaran dan episode</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="39"/>
        <source>program, discharge and aftercare</source>
        <translation>data program, terminasi, dan pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="40"/>
        <source>assessments and diagnoses</source>
        <translation>asesmen dan diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="41"/>
        <source>session notes</source>
        <translation>catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="42"/>
        <source>urine tests and examinations</source>
        <translation>tes urine dan pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="43"/>
        <source>letters and certificates</source>
        <translation>surat dan sertifikat</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="44"/>
        <source>reports and tallies</source>
        <translation>laporan dan rekapitulasi</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="45"/>
        <source>administration</source>
        <translation>administrasi</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="64"/>
        <source>view</source>
        <translation>melihat</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="65"/>
        <source>enter</source>
        <translation>mengisi</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="66"/>
        <source>correct</source>
        <translation>mengoreksi</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="43"/>
        <source>a. Tobacco products</source>
        <translation>a. Produk tembakau</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="44"/>
        <source>b. Alcoholic beverages</source>
        <translation>b. Minuman beralkohol</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="45"/>
        <source>c. Cannabis</source>
        <translation>c. Kanabis (ganja)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="46"/>
        <source>d. Cocaine</source>
        <translation>d. Kokain</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="47"/>
        <source>e. Amphetamine-type stimulants</source>
        <translation>e. Stimulan jenis amfetamin</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="48"/>
        <source>f. Inhalants</source>
        <translation>f. Inhalansia</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="49"/>
        <source>g. Sedatives or sleeping pills</source>
        <translation>g. Sedativa atau obat tidur</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="50"/>
        <source>h. Hallucinogens</source>
        <translation>h. Halusinogen</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="51"/>
        <source>i. Opioids</source>
        <translation>i. Opioida</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="52"/>
        <source>j. Other</source>
        <translation>j. Lainnya</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="55"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="56"/>
        <source>Once or twice</source>
        <translation>Sekali atau dua kali</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="57"/>
        <source>Monthly</source>
        <translation>Setiap bulan</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="58"/>
        <source>Weekly</source>
        <translation>Setiap minggu</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="59"/>
        <source>Daily or almost daily</source>
        <translation>Setiap hari atau hampir setiap hari</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="62"/>
        <source>No, never</source>
        <translation>Tidak, tidak pernah</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="63"/>
        <source>Yes, in the last 3 months</source>
        <translation>Ya, dalam 3 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="64"/>
        <source>Yes, but not in the last 3 months</source>
        <translation>Ya, tetapi tidak dalam 3 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="76"/>
        <source>ASSIST Q2 (use in the last 3 months)</source>
        <translation>ASSIST P2 (penggunaan dalam 3 bulan terakhir)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="77"/>
        <source>ASSIST Q3 (strong desire or urge)</source>
        <translation>ASSIST P3 (keinginan kuat atau dorongan)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="78"/>
        <source>ASSIST Q4 (health, social, legal or money problems)</source>
        <translation>ASSIST P4 (masalah kesehatan, sosial, hukum atau keuangan)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="79"/>
        <source>ASSIST Q5 (failed to do what was expected)</source>
        <translation>ASSIST P5 (gagal melakukan yang seharusnya)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="80"/>
        <source>ASSIST Q6 (someone expressed concern)</source>
        <translation>ASSIST P6 (ada yang menyatakan khawatir)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="81"/>
        <source>ASSIST Q7 (tried and failed to cut down)</source>
        <translation>ASSIST P7 (pernah gagal mengurangi)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="82"/>
        <source>ASSIST Q8 (injecting)</source>
        <translation>ASSIST P8 (penggunaan dengan suntikan)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="87"/>
        <source>Low risk</source>
        <translation>Risiko rendah</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="88"/>
        <source>Moderate risk</source>
        <translation>Risiko sedang</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="89"/>
        <source>High risk</source>
        <translation>Risiko tinggi</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="96"/>
        <source>DAST-10 item 1 (drugs other than for medical reasons)</source>
        <translation>DAST-10 butir 1 (memakai obat bukan untuk pengobatan)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="97"/>
        <source>DAST-10 item 2 (more than one drug at a time)</source>
        <translation>DAST-10 butir 2 (lebih dari satu zat sekaligus)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="98"/>
        <source>DAST-10 item 3 (always able to stop)</source>
        <translation>DAST-10 butir 3 (selalu mampu berhenti)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="99"/>
        <source>DAST-10 item 4 (blackouts or flashbacks)</source>
        <translation>DAST-10 butir 4 (hilang ingatan atau kilas balik)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="100"/>
        <source>DAST-10 item 5 (feel bad or guilty)</source>
        <translation>DAST-10 butir 5 (merasa buruk atau bersalah)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="101"/>
        <source>DAST-10 item 6 (spouse or parents complain)</source>
        <translation>DAST-10 butir 6 (pasangan atau orang tua mengeluh)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="102"/>
        <source>DAST-10 item 7 (neglected family)</source>
        <translation>DAST-10 butir 7 (menelantarkan keluarga)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="103"/>
        <source>DAST-10 item 8 (illegal activities to get drugs)</source>
        <translation>DAST-10 butir 8 (kegiatan ilegal untuk mendapat narkoba)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="104"/>
        <source>DAST-10 item 9 (withdrawal symptoms)</source>
        <translation>DAST-10 butir 9 (gejala putus zat)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="105"/>
        <source>DAST-10 item 10 (medical problems from use)</source>
        <translation>DAST-10 butir 10 (masalah kesehatan akibat pemakaian)</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="110"/>
        <source>No problems reported</source>
        <translation>Tidak ada masalah yang dilaporkan</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="111"/>
        <source>Low level</source>
        <translation>Tingkat rendah</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="112"/>
        <source>Moderate level</source>
        <translation>Tingkat sedang</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="113"/>
        <source>Substantial level</source>
        <translation>Tingkat cukup berat</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="114"/>
        <source>Severe level</source>
        <translation>Tingkat berat</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="116"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="116"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="121"/>
        <source>Medical</source>
        <translation>Medis</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="122"/>
        <source>Employment / support</source>
        <translation>Pekerjaan / dukungan hidup</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="123"/>
        <source>Drug use</source>
        <translation>Penggunaan NAPZA</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="124"/>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="125"/>
        <source>Family / social</source>
        <translation>Keluarga / sosial</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="126"/>
        <source>Psychiatric</source>
        <translation>Psikiatris</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="128"/>
        <source>Interviewer severity rating</source>
        <translation>Penilaian keparahan oleh pewawancara</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="129"/>
        <source>Client's rating of trouble</source>
        <translation>Penilaian klien atas beratnya masalah</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="130"/>
        <source>Client's rating of need for help</source>
        <translation>Penilaian klien atas kebutuhan bantuan</translation>
    </message>
    <message>
        <location filename="../../models/staff.py" line="15"/>
        <source>Facility admin</source>
        <translation>Admin fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/staff.py" line="16"/>
        <source>Intake desk</source>
        <translation>Petugas pendaftaran</translation>
    </message>
    <message>
        <location filename="../../models/staff.py" line="17"/>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <location filename="../../models/staff.py" line="18"/>
        <source>Doctor</source>
        <translation>Dokter</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="28"/>
        <source>Amphetamine</source>
        <translation>Amfetamin</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="29"/>
        <source>Methamphetamine</source>
        <translation>Metamfetamin</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="30"/>
        <source>Cannabis</source>
        <translation>Ganja</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="32"/>
        <source>Morphine / opiates</source>
        <translation>Morfin / opiat</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="33"/>
        <source>Benzodiazepines</source>
        <translation>Benzodiazepin</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="36"/>
        <source>Negative</source>
        <translation>Negatif</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="37"/>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="38"/>
        <source>Invalid</source>
        <translation>Tidak valid</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="41"/>
        <source>During a program</source>
        <translation>Selama program</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="43"/>
        <source>SKHPN examination</source>
        <translation>Pemeriksaan SKHPN</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="81"/>
        <source>Specimen code</source>
        <translation>Kode spesimen</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="82"/>
        <source>Collected at</source>
        <translation>Waktu pengambilan sampel</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="83"/>
        <source>Test kit</source>
        <translation>Alat tes</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="84"/>
        <source>Lot number</source>
        <translation>Nomor lot</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="85"/>
        <source>Purpose of the test</source>
        <translation>Tujuan pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="86"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="26"/>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="51"/>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../models/accounts.py" line="25"/>
        <source>User name or password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="26"/>
        <source>Too many failed sign-ins. Try again after {time}, or ask an admin to unlock.</source>
        <translation>Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah pukul {time}, atau minta admin membuka kunci akun Anda.</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="27"/>
        <source>The first admin account already exists.</source>
        <translation>Akun admin pertama sudah ada.</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="28"/>
        <source>A password needs at least {count} characters.</source>
        <translation>Kata sandi harus terdiri dari paling sedikit {count} karakter.</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="29"/>
        <source>The user name {username} is already in use.</source>
        <translation>Nama pengguna {username} sudah dipakai. Silakan pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="30"/>
        <source>A user name uses only letters, digits, dot, dash and underscore.</source>
        <translation>Nama pengguna hanya boleh berisi huruf, angka, titik, tanda hubung, dan garis bawah.</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="31"/>
        <location filename="../../models/facility_admin.py" line="42"/>
        <source>A NIP has 18 digits.</source>
        <translation>NIP terdiri dari 18 angka.</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="32"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../models/accounts.py" line="98"/>
        <location filename="../../models/accounts.py" line="116"/>
        <location filename="../../models/accounts.py" line="128"/>
        <location filename="../../models/staff_admin.py" line="21"/>
        <source>That staff account does not exist.</source>
        <translation>Akun petugas tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../models/addenda.py" line="27"/>
        <source>The record to add to does not exist.</source>
        <translation>Catatan yang hendak ditambahi tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/addenda.py" line="28"/>
        <source>This record is still a draft: change it directly instead of adding an addendum.</source>
        <translation>Catatan ini masih draf: ubah langsung, tidak perlu adendum.</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="86"/>
        <source>This aftercare plan does not exist.</source>
        <translation>Rencana pascarehabilitasi ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="87"/>
        <source>Aftercare starts after the discharge: discharge episode {episode_no} first.</source>
        <translation>Pascarehabilitasi dimulai setelah terminasi: lakukan terminasi episode {episode_no} lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="89"/>
        <source>Episode {episode_no} already has an aftercare plan.</source>
        <translation>Episode {episode_no} sudah memiliki rencana pascarehabilitasi.</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="90"/>
        <location filename="../../models/discharge.py" line="75"/>
        <source>The client died: there is no aftercare to plan.</source>
        <translation>Klien meninggal dunia: tidak ada pascarehabilitasi yang dapat direncanakan.</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="91"/>
        <source>This aftercare ended on {date}: nothing more can be recorded.</source>
        <translation>Pascarehabilitasi ini berakhir pada {date}: tidak ada lagi yang dapat dicatat.</translation>
    </message>
    <message>
        <location filename="../../models/aftercare.py" line="92"/>
        <location filename="../../models/facility_admin.py" line="41"/>
        <location filename="../../models/intake.py" line="46"/>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="119"/>
        <source>This assessment does not exist.</source>
        <translation>Asesmen ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="120"/>
        <source>This assessment was signed on {date} and is locked. Add an addendum to correct it.</source>
        <translation>Asesmen ini ditandatangani pada {date} dan terkunci. Tambahkan adendum untuk mengoreksinya.</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="122"/>
        <source>The assessment cannot be signed yet; still unanswered: {missing}.</source>
        <translation>Asesmen belum dapat ditandatangani; yang belum dijawab: {missing}.</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="123"/>
        <source>Only {name}, who made this assessment, can sign it.</source>
        <translation>Hanya {name}, yang membuat asesmen ini, yang dapat menandatanganinya.</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="124"/>
        <source>The kind and the person of an assessment cannot change; start a new assessment instead.</source>
        <translation>Jenis dan orang pada asesmen tidak dapat diubah; mulailah asesmen baru.</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="126"/>
        <source>Another desk changed this assessment since you opened it. Your input is kept; review their change and save again.</source>
        <translation>Meja lain mengubah asesmen ini sejak Anda membukanya. Isian Anda tetap tersimpan di layar; periksa perubahan tersebut lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="128"/>
        <source>The answers of this form are too large to save.</source>
        <translation>Jawaban formulir ini terlalu besar untuk disimpan.</translation>
    </message>
    <message>
        <location filename="../../models/assessment.py" line="129"/>
        <source>{value} is chosen twice in {field}.</source>
        <translation>{value} dipilih dua kali pada {field}.</translation>
    </message>
    <message>
        <location filename="../../models/demo.py" line="49"/>
        <source>This database already holds data ({persons} persons, {staff} staff accounts). A demo facility is only built into a new, empty database; choose another file.</source>
        <translation>Basis data ini sudah berisi data ({persons} orang, {staff} akun staf). Fasilitas demo hanya dibuat di basis data baru yang kosong; pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../../models/demo.py" line="52"/>
        <source>The number of demo clients must be between 1 and {maximum}.</source>
        <translation>Jumlah klien demo harus antara 1 dan {maximum}.</translation>
    </message>
    <message>
        <location filename="../../models/diagnosis.py" line="36"/>
        <source>{value} is not a diagnosis code of the form F10.0 to F19.9.</source>
        <translation>{value} bukan kode diagnosis berbentuk F10.0 sampai F19.9.</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="70"/>
        <source>This discharge does not exist.</source>
        <translation>Terminasi ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="71"/>
        <source>Episode {episode_no} was already discharged on {date}. Correct that discharge instead.</source>
        <translation>Episode {episode_no} sudah diterminasi pada {date}. Koreksi terminasi tersebut saja.</translation>
    </message>
    <message>
        <location filename="../../models/discharge.py" line="73"/>
        <source>Episode {episode_no} was never admitted: only a client in a program can be discharged.</source>
        <translation>Episode {episode_no} belum pernah diterima: hanya klien dalam program yang dapat diterminasi.</translation>
    </message>
    <message>
        <location filename="../../models/drafts.py" line="21"/>
        <source>This draft is too large to keep ({size} characters).</source>
        <translation>Draf ini terlalu besar untuk disimpan ({size} karakter).</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="39"/>
        <source>This program does not exist or is no longer offered.</source>
        <translation>Program ini tidak ada atau tidak lagi ditawarkan.</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="40"/>
        <source>The program {template} has no first phase. Ask the facility admin to fix the program template.</source>
        <translation>Program {template} tidak memiliki tahap pertama. Minta admin fasilitas memperbaiki templat program.</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="42"/>
        <source>Episode {episode_no} cannot start a program: only a client in screening, on the waiting list or admitted can.</source>
        <translation>Episode {episode_no} tidak dapat memulai program: hanya klien dalam skrining, daftar tunggu atau yang sudah diterima yang dapat.</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="44"/>
        <source>Episode {episode_no} is already in the program {template}.</source>
        <translation>Episode {episode_no} sudah mengikuti program {template}.</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="45"/>
        <source>This program enrolment does not exist.</source>
        <translation>Keikutsertaan program ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="46"/>
        <source>The program ended on {date} with the discharge: no more phase moves.</source>
        <translation>Program berakhir pada {date} dengan terminasi: tidak ada lagi perpindahan tahap.</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="47"/>
        <source>The program {template} does not allow a move from {from_phase} to {to_phase}.</source>
        <translation>Program {template} tidak mengizinkan perpindahan dari {from_phase} ke {to_phase}.</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="49"/>
        <source>A move from {from_phase} to {to_phase} needs a reason.</source>
        <translation>Perpindahan dari {from_phase} ke {to_phase} memerlukan alasan.</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="50"/>
        <source>{phase} cannot be left yet: a signed {instrument} for this episode is needed first.</source>
        <translation>{phase} belum dapat ditinggalkan: diperlukan {instrument} yang sudah ditandatangani untuk episode ini.</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="52"/>
        <source>The phase {phase} requires {code}, which Pulih does not know. Ask the facility admin to fix the program template.</source>
        <translation>Tahap {phase} mensyaratkan {code}, yang tidak dikenal Pulih. Minta admin fasilitas memperbaiki templat program.</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="54"/>
        <source>There is no phase move to undo: the program is at its start.</source>
        <translation>Tidak ada perpindahan tahap yang dapat dibatalkan: program masih di awal.</translation>
    </message>
    <message>
        <location filename="../../models/enrollment.py" line="55"/>
        <source>Another desk moved this client since you opened the record. Review the current phase and try again.</source>
        <translation>Meja lain sudah memindahkan klien ini sejak Anda membuka datanya. Periksa tahap saat ini lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="167"/>
        <location filename="../../models/intake.py" line="48"/>
        <source>This episode does not exist.</source>
        <translation>Episode ini tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="168"/>
        <location filename="../../models/intake.py" line="145"/>
        <location filename="../../models/merge.py" line="69"/>
        <location filename="../../models/merge.py" line="228"/>
        <location filename="../../models/registry.py" line="58"/>
        <source>This person's record does not exist.</source>
        <translation>Data orang ini tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../models/episode.py" line="169"/>
        <source>Episode {episode_no} belongs to another person.</source>
        <translation>Episode {episode_no} milik orang lain.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="69"/>
        <source>The file {path} is not a Pulih database. It was not changed.</source>
        <translation>Berkas {path} bukan basis data Pulih. Berkas tersebut tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="71"/>
        <source>The database {path} is damaged ({detail}). It was not changed; restore the newest backup.</source>
        <translation>Basis data {path} rusak ({detail}). Basis data tidak diubah; silakan pulihkan dari cadangan terbaru.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="74"/>
        <source>The database was made by a newer version of Pulih (schema {found}, this program knows up to {known}). Install the newer Pulih.</source>
        <translation>Basis data ini dibuat oleh Pulih versi yang lebih baru (skema {found}, program ini hanya mengenal sampai skema {known}). Silakan pasang Pulih versi terbaru.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="77"/>
        <source>The database is busy at another desk. Wait a moment and try again; nothing you typed was lost.</source>
        <translation>Basis data sedang dipakai di meja lain. Tunggu sebentar lalu coba lagi; isian Anda tidak hilang.</translation>
    </message>
    <message>
        <location filename="../../models/errors.py" line="80"/>
        <source>Cannot connect to the database server: {detail}</source>
        <translation>Tidak dapat terhubung ke server basis data: {detail}</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="35"/>
        <source>The letterhead needs one to four name lines.</source>
        <translation>Kop surat memerlukan satu sampai empat baris nama.</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="36"/>
        <source>A facility code uses capital letters, digits and dashes, e.g. BNNK-JU.</source>
        <translation>Kode fasilitas hanya boleh berisi huruf kapital, angka, dan tanda hubung, misalnya BNNK-JU.</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="37"/>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} bukan alamat email yang benar.</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="38"/>
        <source>The logo must be a PNG or JPEG image of at most 2 MB.</source>
        <translation>Logo harus berupa gambar PNG atau JPEG dengan ukuran paling besar 2 MB.</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="39"/>
        <source>There is no setting called {key}.</source>
        <translation>Tidak ada pengaturan bernama {key}.</translation>
    </message>
    <message>
        <location filename="../../models/facility_admin.py" line="40"/>
        <source>{field} has the wrong kind of value.</source>
        <translation>Jenis nilai {field} tidak sesuai.</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="43"/>
        <source>A client under 18 is reported by a parent or guardian.</source>
        <translation>Klien di bawah 18 tahun harus dilaporkan oleh orang tua atau wali.</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="44"/>
        <source>At most three substances: primary, secondary and tertiary.</source>
        <translation>Paling banyak tiga zat: primer, sekunder, dan tersier.</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="45"/>
        <source>{substance} is listed twice.</source>
        <translation>{substance} tercantum dua kali.</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="47"/>
        <source>{name} already has an open episode ({episode_no}).</source>
        <translation>{name} masih memiliki episode yang belum ditutup ({episode_no}).</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="49"/>
        <source>Only a person in screening or on the waiting list can be admitted.</source>
        <translation>Hanya orang yang sedang dalam skrining atau di daftar tunggu yang dapat diterima masuk program.</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="50"/>
        <source>A consent to disclose names its recipient, purpose and end date.</source>
        <translation>Persetujuan pengungkapan informasi harus mencantumkan penerima, keperluan, dan tanggal berakhirnya.</translation>
    </message>
    <message>
        <location filename="../../models/intake.py" line="51"/>
        <source>{field} is before the date reported.</source>
        <translation>{field} lebih awal dari tanggal lapor.</translation>
    </message>
    <message>
        <location filename="../../models/merge.py" line="26"/>
        <source>Choose two different people to merge.</source>
        <translation>Pilih dua orang yang berbeda untuk digabungkan.</translation>
    </message>
    <message>
        <location filename="../../models/merge.py" line="27"/>
        <source>{name} was already merged into another record.</source>
        <translation>{name} sudah digabungkan ke data lain.</translation>
    </message>
    <message>
        <location filename="../../models/merge.py" line="28"/>
        <source>Both people have an open episode; close one before merging.</source>
        <translation>Kedua orang masih memiliki episode yang terbuka; tutup salah satunya sebelum menggabungkan.</translation>
    </message>
    <message>
        <location filename="../../models/merge.py" line="29"/>
        <source>This merge was already undone.</source>
        <translation>Penggabungan ini sudah dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../models/merge.py" line="30"/>
        <source>A later merge involves these people; undo that one first.</source>
        <translation>Ada penggabungan yang lebih baru yang melibatkan orang-orang ini; batalkan itu terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../models/merge.py" line="31"/>
        <source>This merge does not exist.</source>
        <translation>Penggabungan ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/nik.py" line="29"/>
        <source>A NIK has exactly 16 digits (this one has {count}).</source>
        <translation>NIK harus tepat 16 angka (yang diisi {count} angka).</translation>
    </message>
    <message>
        <location filename="../../models/nik.py" line="30"/>
        <source>The NIK starts with {code}, which is not a province code.</source>
        <translation>NIK diawali {code}, padahal itu bukan kode provinsi.</translation>
    </message>
    <message>
        <location filename="../../models/nik.py" line="31"/>
        <source>The regency or district code in the NIK is 00.</source>
        <translation>Kode kabupaten/kota atau kecamatan pada NIK tidak boleh 00.</translation>
    </message>
    <message>
        <location filename="../../models/nik.py" line="32"/>
        <source>The NIK's date part {part} is not a real date of birth.</source>
        <translation>Bagian tanggal NIK ({part}) bukan tanggal lahir yang benar.</translation>
    </message>
    <message>
        <location filename="../../models/nik.py" line="34"/>
        <source>The NIK's last four digits cannot be 0000.</source>
        <translation>Empat angka terakhir NIK tidak boleh 0000.</translation>
    </message>
    <message>
        <location filename="../../models/nik.py" line="35"/>
        <source>The NIK's date of birth lies in the future.</source>
        <translation>Tanggal lahir pada NIK berada di masa depan.</translation>
    </message>
    <message>
        <location filename="../../models/nik.py" line="36"/>
        <source>The NIK says born {nik_date}, but the birth date entered is {entered}.</source>
        <translation>Menurut NIK, tanggal lahirnya {nik_date}, tetapi tanggal lahir yang diisi {entered}.</translation>
    </message>
    <message>
        <location filename="../../models/nik.py" line="38"/>
        <source>The NIK's day of birth {day} means {nik_sex}, but the sex entered is {entered}.</source>
        <translation>Tanggal lahir {day} pada NIK berarti {nik_sex}, tetapi jenis kelamin yang diisi {entered}.</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="69"/>
        <source>This note does not exist.</source>
        <translation>Catatan ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="70"/>
        <source>This note was signed on {date} and is locked. Add an addendum to correct it.</source>
        <translation>Catatan ini ditandatangani pada {date} dan terkunci. Tambahkan adendum untuk mengoreksinya.</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="72"/>
        <source>An individual note belongs to exactly one client's episode.</source>
        <translation>Catatan individu milik tepat satu episode klien.</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="73"/>
        <source>A group note needs at least one attendee and no single episode.</source>
        <translation>Catatan kelompok membutuhkan minimal satu peserta dan tidak terikat pada satu episode.</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="74"/>
        <source>Episode {episode_no} is on the roster twice.</source>
        <translation>Episode {episode_no} tercantum dua kali dalam daftar hadir.</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="75"/>
        <source>Only {name}, who wrote this note, can sign it.</source>
        <translation>Hanya {name}, yang menulis catatan ini, yang dapat menandatanganinya.</translation>
    </message>
    <message>
        <location filename="../../models/notes.py" line="76"/>
        <source>Another desk changed this note since you opened it. Your input is kept; review their change and save again.</source>
        <translation>Meja lain mengubah catatan ini sejak Anda membukanya. Isian Anda tetap tersimpan di layar; periksa perubahan tersebut lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../../models/numbering.py" line="31"/>
        <source>The number template {template} is not valid: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/numbering.py" line="32"/>
        <source>A number template must contain {{seq}} and {{year}}, e.g. {{kind}}/{{seq:04d}}/{{month_roman}}/{{year}}/{{facility}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/numbering.py" line="34"/>
        <source>The number {number} was issued before. Change the number template so that each kind's numbers differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/program_templates.py" line="25"/>
        <source>The program template file is damaged ({detail}). Reinstall Pulih.</source>
        <translation>Berkas templat program rusak ({detail}). Pasang ulang Pulih.</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="52"/>
        <source>This NIK is already registered to {name} ({reg_no}). Open that record instead of making a new one.</source>
        <translation>NIK ini sudah terdaftar atas nama {name} ({reg_no}). Buka data tersebut; jangan membuat data baru.</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="54"/>
        <source>Enter the NIK, or choose another identity document.</source>
        <translation>Isi NIK, atau pilih dokumen identitas lain.</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="55"/>
        <source>A family card (KK) number has 16 digits.</source>
        <translation>Nomor Kartu Keluarga (KK) terdiri dari 16 angka.</translation>
    </message>
    <message>
        <location filename="../../models/registry.py" line="56"/>
        <source>Another desk changed this record at {time} (by {staff}). Your input is kept; review their change and save again.</source>
        <translation>Data ini diubah dari meja lain pada {time} (oleh {staff}). Isian Anda tetap ada; periksa perubahan tersebut, lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="60"/>
        <source>You do not have the right to {action} {area}. Ask the facility admin.</source>
        <extracomment>Default rights per role: letters v(iew), i(nput), c(orrect); absent means none.</extracomment>
        <translation>Anda tidak memiliki hak untuk {action} {area}. Silakan hubungi admin fasilitas.</translation>
    </message>
    <message>
        <location filename="../../models/rights.py" line="62"/>
        <source>This account has been deactivated.</source>
        <translation>Akun ini sudah dinonaktifkan. Silakan hubungi admin fasilitas.</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="133"/>
        <source>{value} is not a valid answer to {field}.</source>
        <translation>{value} bukan jawaban yang sah untuk {field}.</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="134"/>
        <source>{value} is not a valid answer to {field} for {substance}.</source>
        <translation>{value} bukan jawaban yang sah untuk {field} pada {substance}.</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="135"/>
        <source>{field} is not asked for {substance}: leave it empty.</source>
        <translation>{field} tidak ditanyakan untuk {substance}: biarkan kosong.</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="136"/>
        <source>{field} is skipped for {substance} when it was never used in the last 3 months: leave it empty.</source>
        <translation>{field} dilewati untuk {substance} bila tidak pernah dipakai dalam 3 bulan terakhir: biarkan kosong.</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="138"/>
        <source>The answers contain {item}, which this form does not have.</source>
        <translation>Jawaban memuat {item}, yang tidak ada dalam formulir ini.</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="139"/>
        <source>The answers of {field} are not a filled form.</source>
        <translation>Jawaban {field} bukan formulir yang terisi.</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="140"/>
        <source>{field} for {domain} must be a whole number from 0 to {high}.</source>
        <translation>{field} untuk {domain} harus bilangan bulat dari 0 sampai {high}.</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="141"/>
        <source>{value} is not a possible score.</source>
        <translation>{value} bukan skor yang mungkin.</translation>
    </message>
    <message>
        <location filename="../../models/scoring.py" line="253"/>
        <location filename="../../models/scoring.py" line="302"/>
        <location filename="../../models/scoring.py" line="355"/>
        <location filename="../../models/validation.py" line="10"/>
        <source>Please fill in {field}.</source>
        <translation>Silakan isi {field}.</translation>
    </message>
    <message>
        <location filename="../../models/signing.py" line="51"/>
        <source>This is not a Pulih public key: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/signing.py" line="52"/>
        <source>Key {key_id} is already known ({facility}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/staff_admin.py" line="20"/>
        <source>You cannot change your own role; another admin can.</source>
        <translation>Anda tidak dapat mengubah peran Anda sendiri; admin lain dapat melakukannya.</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="90"/>
        <source>This urine test does not exist.</source>
        <translation>Tes urine ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="91"/>
        <source>Specimen code {code} is already recorded. Check the label.</source>
        <translation>Kode spesimen {code} sudah tercatat. Periksa labelnya.</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="92"/>
        <source>Enter the result of {parameter}.</source>
        <translation>Isi hasil {parameter}.</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="93"/>
        <source>{parameter} is not on this facility's urine panel.</source>
        <translation>{parameter} tidak termasuk panel tes urine fasilitas ini.</translation>
    </message>
    <message>
        <location filename="../../models/urine.py" line="94"/>
        <location filename="../../models/validation.py" line="17"/>
        <source>{field} cannot be in the future.</source>
        <translation>{field} tidak boleh di masa depan.</translation>
    </message>
    <message>
        <location filename="../../models/validation.py" line="11"/>
        <source>{field} is too long: {length} characters, at most {limit}.</source>
        <translation>{field} terlalu panjang: {length} karakter, paling banyak {limit}.</translation>
    </message>
    <message>
        <location filename="../../models/validation.py" line="13"/>
        <source>{field} contains characters that cannot be printed.</source>
        <translation>{field} berisi karakter yang tidak dapat dicetak.</translation>
    </message>
    <message>
        <location filename="../../models/validation.py" line="14"/>
        <source>{value} is not a valid choice for {field}.</source>
        <translation>{value} bukan pilihan yang tersedia untuk {field}.</translation>
    </message>
    <message>
        <location filename="../../models/validation.py" line="15"/>
        <source>The phone number {value} is not valid: use 8 to 15 digits, e.g. 0812 3456 7890.</source>
        <translation>Nomor telepon {value} tidak benar: gunakan 8 sampai 15 angka, misalnya 0812 3456 7890.</translation>
    </message>
    <message>
        <location filename="../../models/validation.py" line="18"/>
        <source>{field} is before 1900.</source>
        <translation>{field} tidak boleh sebelum tahun 1900.</translation>
    </message>
    <message>
        <location filename="../../models/validation.py" line="19"/>
        <source>{field} ({date}) is before {other} ({other_date}).</source>
        <translation>{field} ({date}) lebih awal dari {other} ({other_date}).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="16"/>
        <source>{field}: write the date as day-month-year, for example 17-08-1995.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>Intake</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>This screen comes in a later version of Pulih.</source>
        <translation>Layar ini hadir di versi Pulih berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>&amp;Language</source>
        <translation>B&amp;ahasa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Database in use: {where}</source>
        <translation>Basis data yang dipakai: {where}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/home/overview_page.py" line="210"/>
        <source>This facility has not been set up yet. Its name and address will appear here once an admin has filled in the facility profile.</source>
        <translation>Profil fasilitas belum diisi. Nama dan alamat fasilitas akan tampil di sini setelah admin mengisi profil fasilitas.</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="212"/>
        <source>People registered</source>
        <translation>Orang terdaftar</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="213"/>
        <source>Episodes of care by status</source>
        <translation>Episode layanan menurut status</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="224"/>
        <source>Documents issued in {year}</source>
        <translation>Dokumen terbit tahun {year}</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="225"/>
        <source>Documents issued this year</source>
        <translation>Dokumen terbit tahun ini</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="228"/>
        <source>The overview could not be loaded.</source>
        <translation>Ringkasan tidak dapat dimuat.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/clients/person_form.py" line="283"/>
        <source>{count} of 16 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="296"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="299"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="301"/>
        <source>Filled in from the NIK: {what}. Check them against the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="306"/>
        <source>NIK valid. Province: {province}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="320"/>
        <source>The date of birth is an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="321"/>
        <source>The card really says so: save anyway (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="323"/>
        <source>16 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../models/facility.py" line="67"/>
        <source>Minutes without input before the window locks</source>
        <translation>Menit tanpa aktivitas sebelum jendela terkunci</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="70"/>
        <source>Failed sign-ins before the account waits</source>
        <translation>Jumlah gagal masuk sebelum akun harus menunggu</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="72"/>
        <source>Months between aftercare follow-ups</source>
        <translation>Jarak antar-tindak lanjut pascarehabilitasi (bulan)</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="74"/>
        <source>Number of aftercare follow-ups</source>
        <translation>Jumlah tindak lanjut pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="76"/>
        <source>SKHPN examination fee in rupiah</source>
        <translation>Tarif pemeriksaan SKHPN (rupiah)</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="78"/>
        <source>Months a Kartu Lapor Diri is valid</source>
        <translation>Masa berlaku Kartu Lapor Diri (bulan)</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="80"/>
        <source>Urine test parameters beyond the six-panel</source>
        <translation>Parameter tes urine di luar enam parameter standar</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="82"/>
        <source>Funding sources offered at intake</source>
        <translation>Pilihan sumber pembiayaan saat pendaftaran</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="84"/>
        <source>Lower edges of the age bands in tallies</source>
        <translation>Batas bawah kelompok umur pada rekapitulasi</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="86"/>
        <source>Template of document numbers</source>
        <translation>Format nomor dokumen</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="88"/>
        <source>Daily backups kept</source>
        <translation>Jumlah cadangan harian yang disimpan</translation>
    </message>
    <message>
        <location filename="../../models/facility.py" line="90"/>
        <source>Monthly backups kept</source>
        <translation>Jumlah cadangan bulanan yang disimpan</translation>
    </message>
</context>
</TS>
