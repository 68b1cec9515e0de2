<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
<context>
    <name>ActDialog</name>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>AddendaPanel</name>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="71"/>
        <source>Added by {name} on {when}:
{text}</source>
        <translation>Ditambahkan oleh {name} pada {when}:
{text}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="74"/>
        <source>No addenda yet.</source>
        <translation>Belum ada adendum.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="95"/>
        <source>Addenda</source>
        <translation>Adendum</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="96"/>
        <source>A signed record is locked. To correct or add to it, write an addendum: it shows who wrote it and when.</source>
        <translation>Catatan yang sudah ditandatangani terkunci. Untuk mengoreksi atau menambahkannya, tulis adendum: adendum menunjukkan siapa yang menulis dan kapan.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="98"/>
        <location filename="../../ui/clinical/addenda_panel.py" line="99"/>
        <source>New addendum</source>
        <translation>Adendum baru</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="100"/>
        <source>Add addendum</source>
        <translation>Tambah adendum</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="60"/>
        <source>Merges</source>
        <translation>Penggabungan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="60"/>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="61"/>
        <source>Facility profile</source>
        <translation>Profil fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="61"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="62"/>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="62"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="63"/>
        <source>Data exchange</source>
        <translation>Pertukaran data</translation>
    </message>
</context>
<context>
    <name>AdmissionBox</name>
    <message>
        <location filename="../../ui/program/admission_box.py" line="154"/>
        <source>Choose a program. Only programs for the episode's service type are offered; ask the facility admin if none is.</source>
        <extracomment>the row label, marked in context "Codes" with the consent kinds</extracomment>
        <translation>Pilih program. Hanya program untuk jenis layanan episode ini yang ditawarkan; hubungi admin fasilitas bila tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="162"/>
        <source>Tick this once the client (or the parent or guardian of a minor) has signed the general consent.</source>
        <translation>Centang ini setelah klien (atau orang tua/wali bila di bawah umur) menandatangani persetujuan umum.</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="207"/>
        <source>{service}: {taken} of {capacity} places taken.</source>
        <translation>{service}: {taken} dari {capacity} tempat terisi.</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="211"/>
        <source>Every place is taken: the program cannot start now. The intake desk puts the client on the waiting list.</source>
        <translation>Semua tempat terisi: program belum dapat dimulai. Petugas pendaftaran memasukkan klien ke daftar tunggu.</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="214"/>
        <source>{service}: {taken} in a program (no limit set).</source>
        <translation>{service}: {taken} dalam program (tanpa batas).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/admission_box.py" line="219"/>
        <source>%n client(s) wait ahead for this service, first {name} (since {date}). Starting now admits this client ahead of them: say why.</source>
        <translation>
            <numerusform>%n klien menunggu lebih dulu untuk layanan ini, yang pertama {name} (sejak {date}). Memulai sekarang berarti menerima klien ini mendahului mereka: tuliskan alasannya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="225"/>
        <source>Admission and program start</source>
        <translation>Penerimaan dan mulai program</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="226"/>
        <source>&amp;Start the program</source>
        <translation>&amp;Mulai program</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="227"/>
        <source>Not continuing…</source>
        <translation>Tidak melanjutkan…</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="229"/>
        <source>Close this episode: the client does not go on to admission</source>
        <translation>Tutup episode ini: klien tidak melanjutkan ke penerimaan</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="230"/>
        <source>Signed on the start date</source>
        <translation>Ditandatangani pada tanggal mulai</translation>
    </message>
</context>
<context>
    <name>AftercareTab</name>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="208"/>
        <source>Kept on {date} ({kind})</source>
        <translation>Terlaksana pada {date} ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="211"/>
        <source>Not needed: aftercare ended</source>
        <translation>Tidak diperlukan: pascarehabilitasi sudah berakhir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/aftercare_tab.py" line="214"/>
        <source>Missed: %n day(s) late</source>
        <translation>
            <numerusform>Terlewat: terlambat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="217"/>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="219"/>
        <source>To come</source>
        <translation>Akan datang</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/aftercare_tab.py" line="225"/>
        <source>%n follow-up(s) missed: contact the client.</source>
        <translation>
            <numerusform>%n tindak lanjut terlewat: hubungi klien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="230"/>
        <source>relapse</source>
        <translation>kambuh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/aftercare_tab.py" line="238"/>
        <source>{outcome} (+%n addendum(s))</source>
        <translation>
            <numerusform>{outcome} (+%n adendum)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="321"/>
        <location filename="../../ui/program/aftercare_tab.py" line="325"/>
        <location filename="../../ui/program/aftercare_tab.py" line="403"/>
        <source>End aftercare</source>
        <translation>Akhiri pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="322"/>
        <source>End this client's aftercare on {date}? Ending cannot be undone: no more follow-ups or contacts can be recorded on this plan afterwards.</source>
        <translation>Akhiri pascarehabilitasi klien ini pada {date}? Pengakhiran tidak dapat dibatalkan: setelahnya tidak ada lagi tindak lanjut atau kontak yang dapat dicatat pada rencana ini.</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="325"/>
        <source>Keep it running</source>
        <translation>Tetap berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="340"/>
        <source>Type the start date to see the follow-up dates.</source>
        <translation>Ketik tanggal mulai untuk melihat tanggal-tanggal tindak lanjut.</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="345"/>
        <source>Follow-ups on: {dates}</source>
        <translation>Tindak lanjut pada: {dates}</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="350"/>
        <source>This person has no episode of care yet.</source>
        <translation>Orang ini belum memiliki episode layanan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/aftercare_tab.py" line="353"/>
        <source>Aftercare since {date}, a follow-up every %n month(s).</source>
        <translation>
            <numerusform>Pascarehabilitasi sejak {date}, tindak lanjut setiap %n bulan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="356"/>
        <source>Ended on {date}. Working: {work} · In school: {school} · Back with the family: {family}</source>
        <translation>Berakhir pada {date}. Bekerja: {work} · Bersekolah: {school} · Kembali ke keluarga: {family}</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="362"/>
        <source>Aftercare starts after the discharge. Discharge this episode in the Program tab first.</source>
        <translation>Pascarehabilitasi dimulai setelah terminasi. Terminasi episode ini terlebih dahulu di tab Program.</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="365"/>
        <source>Discharged on {date}. Start the aftercare plan: the follow-up dates come from the facility's settings.</source>
        <translation>Terminasi pada {date}. Mulailah rencana pascarehabilitasi: tanggal tindak lanjut mengikuti pengaturan fasilitas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/aftercare_tab.py" line="376"/>
        <source>Abstinent since {date}: %n day(s).</source>
        <translation>
            <numerusform>Abstinen sejak {date}: %n hari.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="381"/>
        <source>a positive urine test</source>
        <translation>tes urine positif</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="382"/>
        <source>a contact marked relapse</source>
        <translation>kontak yang dicatat kambuh</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="383"/>
        <source>Relapse on {date} ({source}): abstinence counted again from that day.</source>
        <translation>Kambuh pada {date} ({source}): masa abstinen dihitung ulang sejak hari itu.</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="386"/>
        <source>Positive urine screen of {date} awaiting confirmation: the abstinence date changes only once a laboratory or the client's admission confirms it.</source>
        <translation>Skrining urine positif tanggal {date} menunggu konfirmasi: tanggal abstinen baru berubah setelah dikonfirmasi laboratorium atau pengakuan klien.</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="392"/>
        <source>Start aftercare</source>
        <translation>Mulai pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="393"/>
        <source>&amp;Start aftercare</source>
        <translation>&amp;Mulai pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="394"/>
        <source>Follow-up schedule</source>
        <translation>Jadwal tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="395"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="395"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="396"/>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="397"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="397"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="398"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="398"/>
        <source>Relapse</source>
        <translation>Kambuh</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="399"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="400"/>
        <source>Record a contact</source>
        <translation>Catat kontak</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="401"/>
        <source>&amp;Record the contact</source>
        <translation>&amp;Catat kontak</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="402"/>
        <source>The client relapsed (abstinence starts again)</source>
        <translation>Klien kambuh (masa abstinen dimulai lagi)</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="404"/>
        <source>&amp;End aftercare</source>
        <translation>&amp;Akhiri pascarehabilitasi</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/admin/auto_backup.py" line="101"/>
        <location filename="../../ui/admin/auto_backup.py" line="156"/>
        <location filename="../../ui/admin/backup_offer.py" line="80"/>
        <location filename="../../ui/error_log.py" line="115"/>
        <location filename="../../ui/error_log.py" line="148"/>
        <location filename="../../ui/wal_guard.py" line="43"/>
        <source>Pulih</source>
        <extracomment>The exit backup's window appears only when the backup takes longer than this.</extracomment>
        <translation>Pulih</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="43"/>
        <source>Pulih cannot open the database</source>
        <extracomment>How long after the sign-in window's loop starts the background integrity check begins.</extracomment>
        <translation>Pulih tidak dapat membuka basis data</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="45"/>
        <source>Database: {where}</source>
        <translation>Basis data: {where}</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="19"/>
        <source>Pulih needs a screen to show its window, and this session has none (no graphical desktop: DISPLAY and WAYLAND_DISPLAY are not set). Start Pulih from the computer's desktop. Commands that need no window still work here, for example "python main.py check" or "python main.py backup" (see "python main.py --help").</source>
        <translation>Pulih memerlukan layar untuk menampilkan jendelanya, dan sesi ini tidak memilikinya (tidak ada desktop grafis: DISPLAY dan WAYLAND_DISPLAY tidak diatur). Jalankan Pulih dari desktop komputer. Perintah yang tidak memerlukan jendela tetap dapat dijalankan di sini, misalnya "python main.py check" atau "python main.py backup" (lihat "python main.py --help").</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="24"/>
        <source>Pulih could not open its window on the screen "{display}": that screen does not answer (the desktop session may have ended, or this session may not use it). Start Pulih from the computer's desktop. Commands that need no window still work here, for example "python main.py check" (see "python main.py --help").</source>
        <translation>Pulih tidak dapat membuka jendelanya di layar "{display}": layar itu tidak menjawab (sesi desktop mungkin sudah berakhir, atau sesi ini tidak memakainya). Jalankan Pulih dari desktop komputer. Perintah yang tidak memerlukan jendela tetap dapat dijalankan di sini, misalnya "python main.py check" (lihat "python main.py --help").</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="29"/>
        <source>Pulih could not start its window: Qt's window system part failed ({detail}). Commands that need no window still work, for example "python main.py check". Send this sentence to your Pulih support.</source>
        <translation>Pulih tidak dapat memulai jendelanya: bagian sistem jendela Qt gagal ({detail}). Perintah yang tidak memerlukan jendela tetap dapat dijalankan, misalnya "python main.py check". Kirim kalimat ini kepada petugas dukungan Pulih Anda.</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="118"/>
        <source>Register an SKHPN applicant</source>
        <translation>Daftarkan pemohon SKHPN</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="121"/>
        <source>&amp;Save the applicant</source>
        <translation>&amp;Simpan pemohon</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="122"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ArrivalForm</name>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="177"/>
        <source>Reported under the duty to report (PP 25/2011)</source>
        <translation>Melapor dalam rangka wajib lapor (PP 25/2011)</translation>
    </message>
</context>
<context>
    <name>AsiDialog</name>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="197"/>
        <source>severity of {domain}</source>
        <translation>tingkat keparahan {domain}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="210"/>
        <source>No signed physical examination yet: the doctor records it with "New physical exam" on the Assessments tab.</source>
        <translation>Belum ada pemeriksaan fisik yang ditandatangani: dokter mencatatnya dengan "Pemeriksaan fisik baru" di tab Asesmen.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="220"/>
        <source>Filled from the physical examination of {date} by {name}.</source>
        <translation>Diisi dari pemeriksaan fisik tanggal {date} oleh {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="227"/>
        <source>Fill from the doctor's examination</source>
        <translation>Isi dari pemeriksaan dokter</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="113"/>
        <source>Draft saved at {time}; not signed yet.</source>
        <translation>Draf disimpan pukul {time}; belum ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="126"/>
        <source>The form cannot be signed yet; still unanswered: {missing}.</source>
        <translation>Formulir belum dapat ditandatangani; belum dijawab: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="140"/>
        <source>Still to answer before signing: {missing}</source>
        <translation>Masih harus dijawab sebelum ditandatangani: {missing}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="143"/>
        <source>Every required question is answered: the form can be signed.</source>
        <translation>Semua pertanyaan wajib sudah dijawab: formulir dapat ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="169"/>
        <source>Signed by {name} on {when}. Locked: corrections are addenda.</source>
        <translation>Ditandatangani oleh {name} pada {when}. Terkunci: koreksi dibuat sebagai adendum.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="174"/>
        <source>Draft by {name}; not signed yet.</source>
        <translation>Draf oleh {name}; belum ditandatangani.</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="127"/>
        <source>New ASI</source>
        <extracomment>Each instrument's own words for its levels: ASSIST's "moderate" risk is not DAST-10's "moderate" band (the codes are the same, the labels are not).</extracomment>
        <translation>ASI baru</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="129"/>
        <source>New ASSIST</source>
        <translation>ASSIST baru</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="130"/>
        <source>New DAST-10</source>
        <translation>DAST-10 baru</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="131"/>
        <source>New physical exam</source>
        <translation>Pemeriksaan fisik baru</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="132"/>
        <source>Diagnoses...</source>
        <translation>Diagnosis...</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="133"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="134"/>
        <source>Sign</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="135"/>
        <source>Addendum</source>
        <translation>Adendum</translation>
    </message>
</context>
<context>
    <name>AssistDialog</name>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="31"/>
        <location filename="../../ui/clinical/assist_form.py" line="188"/>
        <source>Q{number}</source>
        <translation>P{number}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="163"/>
        <source>Highest score {score}: {risk}. Injecting (Q8): {q8}.</source>
        <translation>Skor tertinggi {score}: {risk}. Penggunaan dengan suntikan (P8): {q8}.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="168"/>
        <source>No substance used in life: low risk.</source>
        <translation>Tidak ada zat yang pernah dipakai: risiko rendah.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="170"/>
        <source>{count} answers still missing.</source>
        <translation>{count} jawaban masih kosong.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="192"/>
        <source>Tick each substance the client has ever used (Q1), then ask Q2 to Q7 about it. Q2 “never” skips Q3 to Q5; Q5 is not asked for tobacco.</source>
        <translation>Centang setiap zat yang pernah dipakai klien (P1), lalu tanyakan P2 sampai P7 untuk zat itu. Jawaban P2 “tidak pernah” melewati P3 sampai P5; P5 tidak ditanyakan untuk tembakau.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="34"/>
        <source>Event {event} was changed after it was written.</source>
        <translation>Peristiwa {event} diubah setelah ditulis.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="35"/>
        <source>Event {event} was changed after it was written and its hash made again to hide it (event {next} no longer links to it).</source>
        <translation>Peristiwa {event} diubah setelah ditulis dan hash-nya dibuat ulang untuk menutupinya (peristiwa {next} tidak lagi tertaut padanya).</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="38"/>
        <source>Events between {event} and {next} were deleted.</source>
        <translation>Peristiwa di antara {event} dan {next} telah dihapus.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="39"/>
        <source>Event {event} was inserted into the trail afterwards.</source>
        <translation>Peristiwa {event} disisipkan ke jejak audit belakangan.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="40"/>
        <source>Event {event} is out of order: it was written after event {other}.</source>
        <translation>Urutan peristiwa {event} tidak sesuai: peristiwa ini ditulis setelah peristiwa {other}.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="42"/>
        <source>The trail was cut off after event {event}: {missing} newer event(s) are missing.</source>
        <translation>Jejak audit terpotong setelah peristiwa {event}: {missing} peristiwa yang lebih baru hilang.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="44"/>
        <source>Events after {event} were added outside Pulih.</source>
        <translation>Peristiwa setelah {event} ditambahkan di luar Pulih.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="45"/>
        <source>The end marker of the trail is missing.</source>
        <translation>Penanda akhir jejak audit hilang.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="46"/>
        <source>Event {event} has an id no event written by Pulih can have (zero or below): it was added outside Pulih.</source>
        <translation>Peristiwa {event} memiliki nomor yang tidak mungkin ditulis oleh Pulih (nol atau kurang): peristiwa ini ditambahkan di luar Pulih.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="48"/>
        <source>The event ids jump from {event} to {next}: the events between are missing.</source>
        <translation>Nomor peristiwa melompat dari {event} ke {next}: peristiwa di antaranya hilang.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="50"/>
        <source>The end marker counts {expected} events, but the trail holds {found}.</source>
        <translation>Penanda akhir menghitung {expected} peristiwa, tetapi jejak audit berisi {found}.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="52"/>
        <source>The end marker names event {expected} as the newest, but the newest is event {event}.</source>
        <translation>Penanda akhir menyebut peristiwa {expected} sebagai yang terbaru, padahal yang terbaru adalah peristiwa {event}.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="54"/>
        <source>The audit trail is empty although the database holds {people} people, {staff} staff members and {documents} documents: the trail was wiped.</source>
        <translation>Jejak audit kosong, padahal basis data berisi {people} orang, {staff} petugas, dan {documents} dokumen: jejak audit telah dihapus.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="57"/>
        <source>Rewritten after the checkpoint of {date}: event {event} no longer has the hash the checkpoint signed.</source>
        <translation>Ditulis ulang setelah titik periksa {date}: peristiwa {event} tidak lagi memiliki hash yang ditandatangani titik periksa itu.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="59"/>
        <source>Rewritten after the checkpoint of {date}: the trail holds {found} events, the checkpoint counted {expected}.</source>
        <translation>Ditulis ulang setelah titik periksa {date}: jejak audit berisi {found} peristiwa, titik periksa itu menghitung {expected}.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="61"/>
        <source>The checkpoint {file} does not carry a valid signature of this facility; it was not used.</source>
        <translation>Titik periksa {file} tidak membawa tanda tangan sah fasilitas ini; titik periksa itu tidak dipakai.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <location filename="../../ui/common/audit_check.py" line="35"/>
        <source>The audit trail is intact: {events} events checked in {seconds:.1f} s; the chain is unbroken.</source>
        <translation>Jejak audit utuh: {events} peristiwa diperiksa dalam {seconds:.1f} detik; rantai utuh.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="37"/>
        <source>The audit trail was altered outside Pulih: {count} break(s) found in {events} events checked.</source>
        <translation>Jejak audit diubah di luar Pulih: ditemukan {count} kerusakan pada {events} peristiwa yang diperiksa.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="39"/>
        <source>No signed checkpoint was found outside the database (backup folder: {folder}), so a rewrite of the whole trail could not be seen. Each backup writes one.</source>
        <translation>Tidak ditemukan titik periksa bertanda tangan di luar basis data (folder cadangan: {folder}), sehingga penulisan ulang seluruh jejak audit tidak dapat terlihat. Setiap pencadangan menulis satu.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="42"/>
        <source>… and {count} more.</source>
        <translation>… dan {count} lagi.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {events} events checked in {seconds:.1f} s.</source>
        <translation type="vanished">Jejak audit utuh: {events} peristiwa diperiksa dalam {seconds:.1f} detik.</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="180"/>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="181"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="184"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="185"/>
        <source>Check the trail</source>
        <translation>Periksa jejak</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="187"/>
        <source>Checks every event, the count and the end of the trail, and compares them with the signed checkpoints kept beside the backups.</source>
        <translation>Memeriksa setiap peristiwa, jumlah, dan akhir jejak audit, lalu membandingkannya dengan titik periksa bertanda tangan yang disimpan di samping cadangan.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="189"/>
        <location filename="../../ui/admin/audit_panel.py" line="209"/>
        <source>Everyone</source>
        <translation>Semua staf</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="190"/>
        <location filename="../../ui/admin/audit_panel.py" line="213"/>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="243"/>
        <source>The newest {count} events are shown; narrow the filter to see older ones.</source>
        <translation>Ditampilkan {count} peristiwa terbaru; persempit saringan untuk melihat yang lebih lama.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="245"/>
        <source>{count} events.</source>
        <translation>{count} peristiwa.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="257"/>
        <source>Checking the trail…</source>
        <translation>Memeriksa jejak audit…</translation>
    </message>
    <message>
        <source>The trail is intact: {events} events checked; {anchored}.</source>
        <translation type="vanished">Jejak audit utuh: {events} peristiwa diperiksa; {anchored}.</translation>
    </message>
    <message>
        <source>The trail was altered outside Pulih:</source>
        <translation type="vanished">Jejak audit diubah di luar Pulih:</translation>
    </message>
    <message>
        <source>compared with {count} signed checkpoint(s) kept outside the database, the newest of {date}</source>
        <translation type="vanished">dibandingkan dengan {count} titik periksa bertanda tangan yang disimpan di luar basis data, yang terbaru dari {date}</translation>
    </message>
    <message>
        <source>no signed checkpoint was found outside the database yet (each backup writes one)</source>
        <translation type="vanished">belum ada titik periksa bertanda tangan di luar basis data (setiap pencadangan menulis satu)</translation>
    </message>
    <message>
        <source>{events} events checked; {anchored}.</source>
        <translation type="vanished">{events} peristiwa diperiksa; {anchored}.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation type="vanished">… dan {count} lagi.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="35"/>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="35"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="36"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="36"/>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="37"/>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="37"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../ui/admin/auto_backup.py" line="25"/>
        <source>Making the automatic backup before Pulih closes...</source>
        <translation>Membuat cadangan otomatis sebelum Pulih ditutup...</translation>
    </message>
    <message>
        <location filename="../../ui/admin/auto_backup.py" line="26"/>
        <source>The automatic backup was not made: {reason}</source>
        <translation>Cadangan otomatis tidak dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/auto_backup.py" line="27"/>
        <source>Making the daily backup in the background…</source>
        <translation>Membuat cadangan harian di latar belakang…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/auto_backup.py" line="28"/>
        <source>Daily backup made and checked: {file}</source>
        <translation>Cadangan harian dibuat dan diperiksa: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/auto_backup.py" line="29"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <location filename="../../ui/admin/backup_offer.py" line="19"/>
        <source>The newest good backup is from {date} at {time} ({file}). Restoring puts it in place of the damaged database, which is kept aside as a safety copy. Anything entered after that backup is not in it.</source>
        <translation>Cadangan baik yang terbaru berasal dari {date} pukul {time} ({file}). Pemulihan menaruhnya menggantikan basis data yang rusak, yang disimpan terpisah sebagai salinan pengaman. Apa pun yang dimasukkan setelah cadangan itu tidak ada di dalamnya.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_offer.py" line="23"/>
        <source>Restore the backup of {date}</source>
        <translation>Pulihkan cadangan {date}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_offer.py" line="24"/>
        <source>No good backup was found in the backup folder. Ask your Pulih support to look at the file before anything else is done with it.</source>
        <translation>Tidak ditemukan cadangan yang baik di folder cadangan. Mintalah dukungan Pulih memeriksa berkas ini sebelum dilakukan apa pun terhadapnya.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_offer.py" line="27"/>
        <source>The backup of {date} was restored. The damaged database was kept as {safety}.</source>
        <translation>Cadangan {date} telah dipulihkan. Basis data yang rusak disimpan sebagai {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_offer.py" line="29"/>
        <source>The backup could not be restored: {reason}</source>
        <translation>Cadangan tidak dapat dipulihkan: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="125"/>
        <source>Each backup is a complete copy of the database, checked after it is written. Keep the folder on a USB stick or another disk, so a broken computer does not take the backups with it.</source>
        <translation>Setiap cadangan adalah salinan lengkap basis data yang diperiksa setelah ditulis. Simpan foldernya di USB flash disk atau disk lain, agar komputer yang rusak tidak ikut menghilangkan cadangannya.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="128"/>
        <location filename="../../ui/admin/backup_panel.py" line="247"/>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="129"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="130"/>
        <source>Back up automatically when Pulih closes and once a day</source>
        <translation>Cadangkan otomatis saat Pulih ditutup dan sekali sehari</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="131"/>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="132"/>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="133"/>
        <source>Choose a USB stick or another disk…</source>
        <translation>Pilih flashdisk atau disk lain…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="135"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="135"/>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="135"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="136"/>
        <source>Checked when written</source>
        <translation>Diperiksa saat ditulis</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="183"/>
        <source>No backup in this folder yet.</source>
        <translation>Belum ada cadangan di folder ini.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="186"/>
        <source>Newest good backup: {when}, {size}, checked after writing (SQLite integrity check). {count} backups here, {total} in all.</source>
        <translation>Cadangan baik terbaru: {when}, {size}, diperiksa setelah ditulis (pemeriksaan integritas SQLite). {count} cadangan di sini, seluruhnya {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="191"/>
        <source>Kept here: the {keep} newest.</source>
        <translation>Disimpan di sini: {keep} yang terbaru.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="193"/>
        <source>Kept: the 3 newest, the newest of each recent day and of each recent month (see Settings).</source>
        <translation>Disimpan: 3 yang terbaru, yang terbaru dari tiap hari terakhir dan tiap bulan terakhir (lihat Pengaturan).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="197"/>
        <source>This folder is on the same disk as the database: if that disk fails, the backups are lost with it. Choose a USB stick or another disk.</source>
        <translation>Folder ini berada di disk yang sama dengan basis data: jika disk itu rusak, cadangannya ikut hilang. Pilih flashdisk atau disk lain.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="211"/>
        <source>The last backup ({when}) was not made: {cause}</source>
        <translation>Cadangan terakhir ({when}) tidak dibuat: {cause}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="222"/>
        <source>Change the database key…</source>
        <translation>Ganti kunci basis data…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="223"/>
        <source>Encrypt the database…</source>
        <translation>Enkripsi basis data…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="234"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="274"/>
        <source>Making the backup…</source>
        <translation>Membuat cadangan…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="297"/>
        <source>Backup made and checked: {file} ({size}).</source>
        <translation>Cadangan dibuat dan diperiksa: {file} ({size}).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="314"/>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="315"/>
        <source>Pulih backups (*.sqlite3 *.pgdump)</source>
        <translation>Cadangan Pulih (*.sqlite3 *.pgdump)</translation>
    </message>
    <message>
        <source>Backup made and checked: {file}.</source>
        <translation type="vanished">Cadangan dibuat dan diperiksa: {file}.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="vanished">Diperiksa</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="vanished">Pulihkan</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="vanished">Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Restore the backup of {when}?</source>
        <translation type="vanished">Pulihkan cadangan {when}?</translation>
    </message>
    <message>
        <source>The backup is checked first. The database in use now is kept as a safety copy beside it, then replaced by the backup of {when}. Everything entered after {when} (at every desk) will no longer be shown; it stays only in the safety copy. Pulih then closes: start it again and sign in.</source>
        <translation type="vanished">Cadangan diperiksa terlebih dahulu. Basis data yang dipakai sekarang disimpan sebagai salinan pengaman di sebelahnya, lalu diganti dengan cadangan {when}. Semua yang dimasukkan setelah {when} (di semua meja) tidak akan tampil lagi; data itu hanya tersimpan di salinan pengaman. Pulih kemudian ditutup: jalankan kembali dan masuk lagi.</translation>
    </message>
    <message>
        <source>The backup of {when} was restored; the data before it was kept as {safety}. Pulih closes now: start it again and sign in.</source>
        <translation type="vanished">Cadangan {when} telah dipulihkan; data sebelumnya disimpan sebagai {safety}. Pulih sekarang ditutup: jalankan kembali dan masuk lagi.</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="160"/>
        <source>Book the program's series: {n} sessions, every {d} days (adjust the times below)</source>
        <translation>Jadwalkan seri sesi program: {n} sesi, setiap {d} hari (sesuaikan waktunya di bawah)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="187"/>
        <source>Session {n}</source>
        <translation>Sesi {n}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="249"/>
        <source>Move the appointment</source>
        <translation>Pindahkan janji temu</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="250"/>
        <source>New appointment</source>
        <translation>Janji temu baru</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="251"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="251"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="252"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="252"/>
        <source>Staff member</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="253"/>
        <source>Length (minutes)</source>
        <translation>Lama (menit)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="253"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="254"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="256"/>
        <source>Choose...</source>
        <translation>Pilih...</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="257"/>
        <source>e.g. Room 2 (printed on the slip: do not name the program)</source>
        <translation>mis. Ruang 2 (tercetak di kartu: jangan sebut nama program)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="259"/>
        <source>Reason to book at this time anyway</source>
        <translation>Alasan tetap menjadwalkan pada jam ini</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="261"/>
        <source>Book</source>
        <translation>Jadwalkan</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="261"/>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="262"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose the client</source>
        <translation type="vanished">Pilih klien</translation>
    </message>
    <message>
        <source>Tick the client (for a group session: every participant). Clients now in a program are listed.</source>
        <translation type="vanished">Centang klien (untuk sesi kelompok: semua peserta). Yang tercantum adalah klien yang sedang mengikuti program.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="23"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="24"/>
        <source>Length</source>
        <translation>Lama</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="25"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="26"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="27"/>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="28"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="76"/>
        <source>Enter shows the roster and marks attendance for all at once.</source>
        <extracomment>Status colours that also differ in lightness (read by the colour-blind too).</extracomment>
        <translation>Enter menampilkan daftar peserta dan mencatat kehadiran semuanya sekaligus.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="85"/>
        <source>{n} min</source>
        <translation>{n} menit</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="91"/>
        <source>{n} participants</source>
        <translation>{n} peserta</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="vanished">Jum</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="vanished">Sen</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="vanished">Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="vanished">Min</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="vanished">Kam</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="vanished">Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="vanished">Rab</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="191"/>
        <source>Week {first} – {last}</source>
        <extracomment>Keys the page takes even where the window has a shortcut of its own (Ctrl+N = intake).</extracomment>
        <translation>Minggu {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="196"/>
        <source>Today, {day}</source>
        <translation>Hari ini, {day}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="199"/>
        <source>No appointments in this period. Ctrl+N books one; Left and Right go to the previous or next period.</source>
        <translation>Tidak ada janji temu pada periode ini. Ctrl+N membuat janji; panah Kiri dan Kanan pindah ke periode sebelum atau sesudahnya.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="289"/>
        <source>Write the session note of {name}</source>
        <translation>Tulis catatan sesi {name}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="311"/>
        <source>Cancel the appointment</source>
        <translation>Batalkan janji temu</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="312"/>
        <source>Why is it cancelled?</source>
        <translation>Mengapa dibatalkan?</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="319"/>
        <source>Choose one client's appointment first.</source>
        <translation>Pilih dulu janji temu seorang klien.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="327"/>
        <source>Choose a staff member: the calendar file is for one person's own calendar.</source>
        <translation>Pilih petugas: berkas kalender dibuat untuk kalender pribadi satu orang.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="333"/>
        <source>Save the calendar file</source>
        <translation>Simpan berkas kalender</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="335"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="348"/>
        <source>Appointment</source>
        <translation>Janji temu</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="356"/>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="359"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="360"/>
        <source>Previous (Left)</source>
        <translation>Sebelumnya (Kiri)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="361"/>
        <source>Next (Right)</source>
        <translation>Berikutnya (Kanan)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="362"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="363"/>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="364"/>
        <source>Whole facility</source>
        <translation>Seluruh fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="365"/>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="369"/>
        <source>Move (Ctrl+M)</source>
        <translation>Pindahkan (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="369"/>
        <source>New (Ctrl+N)</source>
        <translation>Baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="370"/>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="370"/>
        <source>Did not come</source>
        <translation>Tidak datang</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="371"/>
        <source>Cancel (Del)</source>
        <translation>Batalkan (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="371"/>
        <source>Remind...</source>
        <translation>Ingatkan...</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="372"/>
        <source>Calendar file</source>
        <translation>Berkas kalender</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="106"/>
        <source>Hand over a caseload</source>
        <translation>Alihkan klien seorang konselor</translation>
    </message>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="108"/>
        <source>Every open episode whose counselor of record is {name} goes to the counselor chosen here. Each client's record shows the change and its reason.</source>
        <translation>Setiap episode terbuka dengan konselor penanggung jawab {name} dialihkan ke konselor yang dipilih di sini. Catatan setiap klien menunjukkan perubahan itu beserta alasannya.</translation>
    </message>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="111"/>
        <source>Hand over</source>
        <translation>Alihkan</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="166"/>
        <source>Nobody completed a program in this period who does not have a certificate yet. Nothing was issued.</source>
        <translation>Tidak ada klien yang menyelesaikan program pada periode ini dan belum memiliki sertifikat. Tidak ada yang diterbitkan.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="174"/>
        <source>Completion certificates</source>
        <translation>Sertifikat selesai program</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="175"/>
        <source>Certificates for everyone who completed a program</source>
        <translation>Sertifikat bagi semua yang menyelesaikan program</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="177"/>
        <source>Issues one certificate (landscape) for each client whose program ended as completed in the period (discharge date), unless they already have one. All are issued together, then shown for printing.</source>
        <translation>Menerbitkan satu sertifikat (lanskap) untuk setiap klien yang programnya berakhir selesai dalam periode ini (menurut tanggal terminasi), kecuali yang sudah memilikinya. Semua diterbitkan sekaligus, lalu ditampilkan untuk dicetak.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="180"/>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="183"/>
        <source>&amp;Issue the certificates</source>
        <translation>&amp;Terbitkan sertifikat</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/widgets/choice_field.py" line="72"/>
        <source>No choice matches “{typed}”</source>
        <translation>Tidak ada pilihan yang cocok dengan “{typed}”</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli/audit_check.py" line="20"/>
        <source>There is no checkpoint file at {path}.</source>
        <translation>Tidak ada berkas titik periksa di {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/audit_check.py" line="21"/>
        <source>Give a checkpoint kept elsewhere with --checkpoint FILE.</source>
        <translation>Berikan titik periksa yang disimpan di tempat lain dengan --checkpoint BERKAS.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="20"/>
        <source>Backup written and checked: {path} ({size:.1f} MB).</source>
        <translation>Cadangan ditulis dan diperiksa: {path} ({size:.1f} MB).</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="21"/>
        <source>Old backups removed by rotation: {count}.</source>
        <translation>Cadangan lama yang dihapus oleh rotasi: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="22"/>
        <source>There is no backup file at {path}.</source>
        <translation>Tidak ada berkas cadangan di {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="23"/>
        <source>Restored {backup} into {where}. The database in use before was kept as {safety}.</source>
        <translation>{backup} telah dipulihkan ke {where}. Basis data yang dipakai sebelumnya disimpan sebagai {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="25"/>
        <source>Restored {backup} into {where}.</source>
        <translation>{backup} telah dipulihkan ke {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="26"/>
        <source>  {side}: facility {code}, {people} people, {episodes} episodes, {documents} documents, newest entry {when}.</source>
        <translation>  {side}: fasilitas {code}, {people} orang, {episodes} episode, {documents} dokumen, entri terbaru {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="29"/>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="30"/>
        <source>Replaced</source>
        <translation>Digantikan</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="31"/>
        <source>The database {where} is now encrypted with the new key; it was checked before it replaced the old file.</source>
        <translation>Basis data {where} kini terenkripsi dengan kunci baru; salinannya diperiksa sebelum menggantikan berkas lama.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="34"/>
        <source>The old file was overwritten with zeros and removed (on a flash disk or SSD an overwrite cannot promise that no old block survives inside the device).</source>
        <translation>Berkas lama ditimpa dengan nol lalu dihapus (pada flashdisk atau SSD, penimpaan tidak dapat menjamin tidak ada blok lama yang tersisa di dalam perangkat).</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="37"/>
        <source>The old file was kept as {path}, as asked: keep it safe or delete it.</source>
        <translation>Berkas lama disimpan sebagai {path}, sesuai permintaan: simpan di tempat aman atau hapus.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="39"/>
        <source>Backups made before stay as they were (plain or under the old key): make a new backup now, and keep the old ones safe or delete them.</source>
        <translation>Cadangan yang dibuat sebelumnya tetap seperti semula (tanpa enkripsi atau dengan kunci lama): buat cadangan baru sekarang, lalu simpan yang lama di tempat aman atau hapus.</translation>
    </message>
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
        <source>--encrypt makes a new encrypted SQLite file: give a new file with --db and its key with --db-key-file or PULIH_DB_KEY.</source>
        <translation>--encrypt membuat berkas SQLite baru yang terenkripsi: berikan berkas baru dengan --db dan kuncinya dengan --db-key-file atau PULIH_DB_KEY.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="31"/>
        <source>The computer refused to read or write a file: {detail}. Check free disk space and folder permissions, then try again.</source>
        <translation>Komputer menolak membaca atau menulis berkas: {detail}. Periksa sisa ruang disk dan izin folder, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="34"/>
        <source>Something unexpected went wrong; nothing was saved half-way. The details are in {log}; please send that file to your Pulih support.</source>
        <translation>Terjadi kesalahan yang tidak terduga; tidak ada data yang tersimpan setengah jalan. Rinciannya ada di {log}; silakan kirim berkas tersebut ke petugas dukungan Pulih Anda.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="79"/>
        <source>Database: {where} ({engine})</source>
        <translation>Basis data: {where} ({engine})</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="81"/>
        <source>Schema version: {found} (this program: {known})</source>
        <translation>Versi skema: {found} (program ini: {known})</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="84"/>
        <source>Integrity: kept by the PostgreSQL server (use its own tools, such as amcheck, to verify)</source>
        <translation>Integritas: dijaga oleh server PostgreSQL (gunakan alatnya sendiri, misalnya amcheck, untuk memeriksa)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="87"/>
        <source>Integrity: ok</source>
        <translation>Integritas: baik</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="89"/>
        <source>Integrity: DAMAGED: {detail}</source>
        <translation>Integritas: RUSAK: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="91"/>
        <source>The schema will be upgraded the next time Pulih opens it.</source>
        <translation>Skema akan diperbarui saat Pulih membukanya lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="92"/>
        <source>Rows per table:</source>
        <translation>Jumlah baris per tabel:</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="106"/>
        <source>--clients must be between 1 and 1000000.</source>
        <translation>--clients harus antara 1 dan 1000000.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="131"/>
        <source>Demo facility built in {seconds:.1f} s: {rows} rows in {where}.</source>
        <translation>Fasilitas demo selesai dibuat dalam {seconds:.1f} detik: {rows} baris di {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="136"/>
        <source>File size: {size:.0f} MB</source>
        <translation>Ukuran berkas: {size:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="137"/>
        <source>Demo accounts (for this demo database only):</source>
        <translation>Akun demo (hanya untuk basis data demo ini):</translation>
    </message>
    <message>
        <location filename="../../ui/cli/documents.py" line="27"/>
        <source>The output file must end in .pdf: {path}</source>
        <translation>Nama berkas keluaran harus berakhiran .pdf: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/cli/documents.py" line="28"/>
        <source>Saved {path}: copy (SALINAN) of {number}.</source>
        <translation>Tersimpan {path}: salinan dari {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/documents.py" line="29"/>
        <source>Saved {path}: copy of {number}, which was voided on {date} ({reason}).</source>
        <translation>Tersimpan {path}: salinan dari {number}, yang telah dibatalkan pada {date} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/cli/documents.py" line="31"/>
        <source>The date of birth must be written as YYYY-MM-DD, for example 1990-01-31: {value}</source>
        <translation>Tanggal lahir harus ditulis TTTT-BB-HH, misalnya 1990-01-31: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/cli/documents.py" line="33"/>
        <source>{source} was not checked: {why}</source>
        <translation>{source} tidak diperiksa: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/cli/exchange.py" line="23"/>
        <source>Saved {path}: {period}, mapping {mapping}, {count} values.</source>
        <translation>Tersimpan {path}: {period}, pemetaan {mapping}, {count} nilai.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/exchange.py" line="24"/>
        <source>Saved {path}: signed package of {period}.</source>
        <translation>Tersimpan {path}: paket bertanda tangan {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/exchange.py" line="25"/>
        <source>GENUINE: package of {facility} ({name}) for {period}, made {made}, definitions version {version}, mapping {mapping}, signed with key {key}.</source>
        <translation>ASLI: paket {facility} ({name}) untuk {period}, dibuat {made}, versi definisi {version}, pemetaan {mapping}, ditandatangani dengan kunci {key}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/exchange.py" line="28"/>
        <source>NOT GENUINE: {why}</source>
        <translation>TIDAK ASLI: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/cli/pg_roles.py" line="19"/>
        <source>pg-roles is for a PostgreSQL database: give it with --database-url (as a superuser or the owner role).</source>
        <translation>pg-roles untuk basis data PostgreSQL: berikan dengan --database-url (sebagai superuser atau peran pemilik).</translation>
    </message>
    <message>
        <location filename="../../ui/cli/pg_roles.py" line="21"/>
        <source>The database {database} now belongs to {owner}; the desks connect as {app}, which may read and write data but not change the schema, empty tables or alter the audit trail. Set its password (ALTER ROLE {app} PASSWORD ...) or use a pgpass file, and give the desks its address.</source>
        <translation>Basis data {database} kini milik {owner}; meja layanan tersambung sebagai {app}, yang boleh membaca dan menulis data tetapi tidak boleh mengubah skema, mengosongkan tabel, atau mengubah jejak audit. Tetapkan kata sandinya (ALTER ROLE {app} PASSWORD ...) atau pakai berkas pgpass, lalu berikan alamatnya ke meja layanan.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/pg_roles.py" line="26"/>
        <source>PostgreSQL refused the roles ({detail}); nothing was changed. Run pg-roles as a superuser (e.g. postgres) the first time, later as the owner role.</source>
        <translation>PostgreSQL menolak peran tersebut ({detail}); tidak ada yang diubah. Jalankan pg-roles sebagai superuser (mis. postgres) pertama kali, selanjutnya sebagai peran pemilik.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/pg_roles.py" line="29"/>
        <source>-- Run as a PostgreSQL superuser on database {database} (or add --apply):</source>
        <translation>-- Jalankan sebagai superuser PostgreSQL pada basis data {database} (atau tambahkan --apply):</translation>
    </message>
    <message>
        <location filename="../../ui/cli/sign_in.py" line="19"/>
        <source>Give your user name with --user; the password is read from PULIH_PASSWORD or asked for.</source>
        <translation>Sebutkan nama pengguna Anda dengan --user; kata sandi dibaca dari PULIH_PASSWORD atau ditanyakan.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/sign_in.py" line="21"/>
        <source>No password: set the environment variable PULIH_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Tidak ada kata sandi: isi variabel lingkungan PULIH_PASSWORD, atau jalankan perintah di terminal untuk mengetiknya.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/sign_in.py" line="24"/>
        <source>Password for {user}: </source>
        <translation>Kata sandi untuk {user}: </translation>
    </message>
    <message>
        <location filename="../../ui/cli/tally.py" line="24"/>
        <source>Saved {path}: monthly report for {period}.</source>
        <translation>Tersimpan {path}: laporan bulanan {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/tally.py" line="25"/>
        <source>Saved {path}: {count} clients by name and address for {period}. The file holds personal data: keep it safe and send it only to the named recipient.</source>
        <translation>Tersimpan {path}: {count} klien by name by address untuk {period}. Berkas ini berisi data pribadi: simpan dengan aman dan kirim hanya kepada penerima yang ditunjuk.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="26"/>
        <source>This database is at schema version {found}; its audit trail is chained from version {needed} on. Open it once with Pulih to upgrade it, then check again.</source>
        <translation>Basis data ini berada pada versi skema {found}; jejak auditnya berantai mulai versi {needed}. Buka sekali dengan Pulih untuk memperbaruinya, lalu periksa lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="29"/>
        <source>Compared with {count} signed checkpoint(s) kept outside the database; the newest is of {date}.</source>
        <translation>Dibandingkan dengan {count} titik periksa bertanda tangan yang disimpan di luar basis data; yang terbaru dari {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="31"/>
        <source>Warning: this connection's PostgreSQL role {role} may empty or rewrite the audit trail (a superuser or the tables' owner). Make the data-only role with "python main.py pg-roles" and connect the desks as it.</source>
        <translation>Peringatan: peran PostgreSQL koneksi ini ({role}) dapat mengosongkan atau menulis ulang jejak audit (superuser atau pemilik tabel). Buat peran khusus data dengan "python main.py pg-roles" dan sambungkan meja layanan dengan peran itu.</translation>
    </message>
    <message>
        <location filename="../../ui/common/national_export.py" line="22"/>
        <source>The file name must end in .json or .csv (DHIS2), .xml (ADX) or .zip (signed package): {path}</source>
        <translation>Nama file harus berakhiran .json atau .csv (DHIS2), .xml (ADX) atau .zip (paket bertanda tangan): {path}</translation>
    </message>
    <message>
        <location filename="../../ui/common/packages.py" line="17"/>
        <source>{path} cannot be read: {why}</source>
        <translation>{path} tidak dapat dibaca: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/common/packages.py" line="19"/>
        <source>{path}: imported ({facility}, {period}).</source>
        <translation>{path}: diimpor ({facility}, {period}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/packages.py" line="20"/>
        <source>{path}: already imported, nothing changed ({facility}, {period}).</source>
        <translation>{path}: sudah pernah diimpor, tidak ada yang berubah ({facility}, {period}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/packages.py" line="22"/>
        <source>{path}: replaced the older package of {facility} for {period}.</source>
        <translation>{path}: menggantikan paket lama {facility} untuk {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/packages.py" line="25"/>
        <source>{path}: {why}</source>
        <translation>{path}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/common/tally_export.py" line="30"/>
        <source>The file name must end in .xlsx, .csv or .pdf (the format follows it): {path}</source>
        <translation>Nama berkas harus berakhiran .xlsx, .csv atau .pdf (formatnya mengikuti akhiran itu): {path}</translation>
    </message>
    <message>
        <location filename="../../ui/common/tally_export.py" line="32"/>
        <source>The BNBA list is exported as .xlsx or .csv.</source>
        <translation>Daftar BNBA diekspor sebagai .xlsx atau .csv.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="93"/>
        <source>No Pulih QR code was found in {source}.</source>
        <extracomment>verdict -&gt; (headline, colour); green only for a fully checked genuine paper mildest first: the worst verdict of a file with several seals wins kept in the command line's context, where it was first written and translated</extracomment>
        <translation>Tidak ditemukan kode QR Pulih dalam {source}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verifier_page.py" line="18"/>
        <source>Saved the verifier page {path} ({size} bytes). Keys: {keys}; voided numbers: {voided}.</source>
        <translation>Halaman pemeriksa disimpan di {path} ({size} bita). Kunci: {keys}; nomor yang dibatalkan: {voided}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verifier_page.py" line="20"/>
        <source>Publish it at the verification address ({address}) so phones that scan a paper open it.</source>
        <translation>Terbitkan halaman ini di alamat verifikasi ({address}) agar ponsel yang memindai dokumen membukanya.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verifier_page.py" line="22"/>
        <source>No verification address is set: papers' QR codes hold the seal as text. Publish this page and set its address under Admin &gt; Settings so a phone camera opens it.</source>
        <translation>Alamat verifikasi belum diatur: kode QR dokumen berisi segel sebagai teks. Terbitkan halaman ini dan isi alamatnya di Admin &gt; Pengaturan agar kamera ponsel membukanya.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verifier_page.py" line="25"/>
        <source>The page has no keys yet: it will answer UNKNOWN KEY until a paper has been issued here and the page written again.</source>
        <translation>Halaman ini belum memuat kunci: jawabannya KUNCI TIDAK DIKENAL sampai ada dokumen yang diterbitkan di sini dan halaman ditulis ulang.</translation>
    </message>
    <message>
        <source>Audit trail: {events} events checked in {seconds:.1f} s; the chain is intact.</source>
        <translation type="vanished">Jejak audit: {events} peristiwa diperiksa dalam {seconds:.1f} detik; rantai utuh.</translation>
    </message>
    <message>
        <source>Audit trail: {events} events checked; {count} break(s) found. The trail was altered outside Pulih:</source>
        <translation type="vanished">Jejak audit: {events} peristiwa diperiksa; ditemukan {count} kerusakan. Jejak audit diubah di luar Pulih:</translation>
    </message>
    <message>
        <source>GENUINE: signed by {name}. Check that the paper shows the same number, date and result.</source>
        <translation type="vanished">ASLI: ditandatangani oleh {name}. Pastikan nomor, tanggal, dan hasil pada kertas sama dengan ini.</translation>
    </message>
    <message>
        <source>NOT A PULIH QR: the text is not a document seal (damaged or from another system). Treat the paper as unverified.</source>
        <translation type="vanished">BUKAN QR PULIH: teks ini bukan segel dokumen (rusak atau dari sistem lain). Anggap dokumen belum terverifikasi.</translation>
    </message>
    <message>
        <source>NOT GENUINE: the QR code printed on the page and the data inside the file differ; the file was altered.</source>
        <translation type="vanished">TIDAK ASLI: kode QR yang tercetak di halaman berbeda dengan data di dalam berkas; berkas telah diubah.</translation>
    </message>
    <message>
        <source>NOT GENUINE: the signature does not match the text. The paper or its QR code was altered or forged.</source>
        <translation type="vanished">TIDAK ASLI: tanda tangan digital tidak cocok dengan isinya. Dokumen atau kode QR-nya telah diubah atau dipalsukan.</translation>
    </message>
    <message>
        <source>No signed checkpoint was found outside the database (backup folder: {folder}); a rewrite of the whole trail could not be seen. Give one with --checkpoint FILE.</source>
        <translation type="vanished">Tidak ditemukan titik periksa bertanda tangan di luar basis data (folder cadangan: {folder}); penulisan ulang seluruh jejak audit tidak dapat terlihat. Berikan satu dengan --checkpoint BERKAS.</translation>
    </message>
    <message>
        <source>Number {number}, {kind}, dated {date}, {status}, issued by {facility} (key {key_id}).</source>
        <translation type="vanished">Nomor {number}, {kind}, tanggal {date}, {status}, diterbitkan oleh {facility} (kunci {key_id}).</translation>
    </message>
    <message>
        <source>The holder's name and date of birth do NOT match the QR code.</source>
        <translation type="vanished">Nama dan tanggal lahir pemegang TIDAK cocok dengan kode QR.</translation>
    </message>
    <message>
        <source>The holder's name and date of birth match the QR code.</source>
        <translation type="vanished">Nama dan tanggal lahir pemegang cocok dengan kode QR.</translation>
    </message>
    <message>
        <source>UNKNOWN KEY: this QR was signed with key {key_id}, which is not in this database. Import the issuing facility's public key, or ask them to check it.</source>
        <translation type="vanished">KUNCI TIDAK DIKENAL: kode QR ini ditandatangani dengan kunci {key_id} yang tidak ada di basis data ini. Impor kunci publik fasilitas penerbit, atau minta mereka memeriksanya.</translation>
    </message>
    <message>
        <source>VOIDED: the signature is genuine, but the document was voided on {date}: {reason}</source>
        <translation type="vanished">DIBATALKAN: tanda tangannya asli, tetapi dokumen telah dibatalkan pada {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>ClientImportPanel</name>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="116"/>
        <source>Saved column mappings...</source>
        <translation>Pemetaan kolom tersimpan...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="126"/>
        <source>Choose the client list</source>
        <translation>Pilih daftar klien</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="127"/>
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="137"/>
        <source>The file cannot be read: {detail}</source>
        <translation>File tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="152"/>
        <source>(not in the file)</source>
        <translation>(tidak ada di file)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="168"/>
        <source>Save the column mapping</source>
        <translation>Simpan pemetaan kolom</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="169"/>
        <source>Name (e.g. the old program's export):</source>
        <translation>Nama (mis. ekspor dari program lama):</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="219"/>
        <source>Checking every row...</source>
        <translation>Memeriksa setiap baris...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="236"/>
        <source>Dry run of {file} ({rows} rows): {create} would be created, {refused} refused, {duplicates} likely duplicates (created only when you tick them as different people). Nothing has been saved yet.</source>
        <translation>Uji coba {file} ({rows} baris): {create} akan dibuat, {refused} ditolak, {duplicates} kemungkinan ganda (dibuat hanya jika Anda mencentangnya sebagai orang berbeda). Belum ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="255"/>
        <source>different person</source>
        <translation>orang berbeda</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="259"/>
        <source>row {row} of this file</source>
        <translation>baris {row} file ini</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="260"/>
        <source>on file: {who}</source>
        <translation>sudah terdaftar: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="279"/>
        <source>Import the client list</source>
        <translation>Impor daftar klien</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="280"/>
        <source>Create {count} people from {file}? They are saved all at once (or none if anything fails) and recorded in the audit trail as one import.</source>
        <translation>Buat {count} orang dari {file}? Semuanya disimpan sekaligus (atau tidak satu pun bila ada yang gagal) dan dicatat di jejak audit sebagai satu impor.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="283"/>
        <location filename="../../ui/exchange/client_import_panel.py" line="319"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="283"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="289"/>
        <source>Saving the people...</source>
        <translation>Menyimpan data orang...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="292"/>
        <source>{count} people were imported from {file}.</source>
        <translation>{count} orang diimpor dari {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="307"/>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="307"/>
        <source>Would be created</source>
        <translation>Akan dibuat</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="308"/>
        <source>Likely duplicates</source>
        <translation>Kemungkinan ganda</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="313"/>
        <source>Bring in the clients of an existing list (Excel .xlsx or .csv with commas or semicolons). Each row is checked as at the registration desk; the dry run shows what would happen before anything is saved.</source>
        <translation>Masukkan klien dari daftar yang sudah ada (Excel .xlsx atau .csv dengan koma atau titik koma). Setiap baris diperiksa seperti di meja pendaftaran; uji coba menunjukkan apa yang akan terjadi sebelum ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="316"/>
        <source>Choose file...</source>
        <translation>Pilih file...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="317"/>
        <source>Save column mapping...</source>
        <translation>Simpan pemetaan kolom...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="318"/>
        <source>Dry run</source>
        <translation>Uji coba</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="321"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="321"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="321"/>
        <location filename="../../ui/exchange/client_import_panel.py" line="323"/>
        <location filename="../../ui/exchange/client_import_panel.py" line="325"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="321"/>
        <location filename="../../ui/exchange/client_import_panel.py" line="323"/>
        <location filename="../../ui/exchange/client_import_panel.py" line="325"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="323"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="325"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="325"/>
        <source>Similar to</source>
        <translation>Mirip dengan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="328"/>
        <source>No file chosen yet.</source>
        <translation>Belum ada file yang dipilih.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/clients/list_model.py" line="25"/>
        <source>Reg. no.</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="26"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="27"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="28"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="29"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="84"/>
        <source>No open episode matches this name.</source>
        <translation>Tidak ada episode berjalan dengan nama ini.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="96"/>
        <source>Type a name and choose the client.</source>
        <translation>Ketik nama lalu pilih kliennya.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="103"/>
        <source>Choose the client</source>
        <translation>Pilih klien</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="104"/>
        <source>Type at least two letters of the name. Clients in screening, on the waiting list, in a program or in aftercare are listed.</source>
        <translation>Ketik paling sedikit dua huruf nama. Yang tercantum: klien dalam skrining, daftar tunggu, program, atau pascarehabilitasi.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="107"/>
        <source>Tick every participant (Space).</source>
        <translation>Centang setiap peserta (Spasi).</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="108"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="109"/>
        <source>Choose</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="110"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ClientRecord</name>
    <message>
        <location filename="../../ui/clients/record_page.py" line="136"/>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="137"/>
        <source>Reported</source>
        <translation>Tanggal lapor</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="139"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="141"/>
        <source>Admitted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="142"/>
        <source>Discharged</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="143"/>
        <source>Referral</source>
        <translation>Asal rujukan</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="145"/>
        <source>Primary substance</source>
        <translation>Zat utama</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="147"/>
        <source>No episodes of care yet.</source>
        <translation>Belum ada episode layanan.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="160"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="161"/>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="162"/>
        <source>What</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="164"/>
        <source>Nothing recorded yet.</source>
        <translation>Belum ada yang tercatat.</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="vanished">Oleh</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="vanished">Diambil</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Tanggal</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="vanished">Diagnosis</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="vanished">Instrumen</translation>
    </message>
    <message>
        <source>No assessments yet.</source>
        <translation type="vanished">Belum ada asesmen.</translation>
    </message>
    <message>
        <source>No session notes yet.</source>
        <translation type="vanished">Belum ada catatan sesi.</translation>
    </message>
    <message>
        <source>No urine tests yet.</source>
        <translation type="vanished">Belum ada tes urine.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="vanished">Hasil</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="vanished">Skor</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation type="vanished">Spesimen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="vanished">Topik</translation>
    </message>
</context>
<context>
    <name>ClinicalDialog</name>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="253"/>
        <source>This form has changes that are not saved yet.</source>
        <extracomment>what models.care.addenda calls this kind of record ("assessment" or "note"); "" for none whether the record has a draft state (a changed form can be kept as a draft)</extracomment>
        <translation>Formulir ini memiliki perubahan yang belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="257"/>
        <source>Keep editing</source>
        <translation>Lanjut mengisi</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="260"/>
        <source>Save as draft and close</source>
        <translation>Simpan sebagai draf lalu tutup</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="263"/>
        <source>Discard the changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="311"/>
        <source>Save &amp;draft</source>
        <translation>Simpan &amp;draf</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="312"/>
        <source>Keep what is filled so far (Ctrl+S)</source>
        <translation>Simpan yang sudah diisi (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="313"/>
        <source>Si&amp;gn</source>
        <translation>&amp;Tandatangani</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="314"/>
        <source>Sign and lock (Ctrl+Enter)</source>
        <translation>Tandatangani dan kunci (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="315"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="317"/>
        <source>Signing locks this record for good: later corrections are addenda that show who wrote them and when. Sign now?</source>
        <translation>Tanda tangan mengunci catatan ini untuk seterusnya: koreksi sesudahnya dibuat sebagai adendum yang menunjukkan siapa penulisnya dan kapan. Tandatangani sekarang?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="319"/>
        <source>Sign now</source>
        <translation>Tandatangani sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="320"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
</context>
<context>
    <name>ClinicalTabs</name>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="42"/>
        <location filename="../../ui/clinical/notes_tab.py" line="27"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="43"/>
        <source>Instrument</source>
        <translation>Instrumen</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="44"/>
        <location filename="../../ui/clinical/notes_tab.py" line="29"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="45"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="46"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="47"/>
        <location filename="../../ui/clinical/notes_tab.py" line="31"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="48"/>
        <source>No assessments yet.</source>
        <translation>Belum ada asesmen.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="28"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="30"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="32"/>
        <source>No session notes yet.</source>
        <translation>Belum ada catatan sesi.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="30"/>
        <source>Collected</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="31"/>
        <source>Specimen</source>
        <translation>Spesimen</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="32"/>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="33"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="34"/>
        <source>No urine tests yet.</source>
        <translation>Belum ada tes urine.</translation>
    </message>
    <message>
        <source>No positive parameter</source>
        <translation type="vanished">Tidak ada parameter positif</translation>
    </message>
    <message>
        <source>Positive: needs lab confirmation</source>
        <translation type="vanished">Positif: perlu konfirmasi lab</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../models/admin/client_import.py" line="42"/>
        <location filename="../../models/documents/rules.py" line="132"/>
        <location filename="../../models/people/duplicates.py" line="24"/>
        <location filename="../../models/people/registry.py" line="31"/>
        <location filename="../../models/safety/accounts.py" line="30"/>
        <location filename="../../ui/admin/merge_dialog.py" line="181"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="42"/>
        <location filename="../../models/people/registry.py" line="33"/>
        <location filename="../../ui/admin/merge_dialog.py" line="182"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="43"/>
        <location filename="../../models/people/registry.py" line="35"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="43"/>
        <location filename="../../models/documents/rules.py" line="133"/>
        <location filename="../../models/people/registry.py" line="34"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="44"/>
        <location filename="../../models/admin/facility_admin.py" line="20"/>
        <location filename="../../models/documents/rules.py" line="135"/>
        <location filename="../../models/people/registry.py" line="45"/>
        <location filename="../../ui/admin/merge_dialog.py" line="185"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="44"/>
        <location filename="../../models/people/registry.py" line="38"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="45"/>
        <location filename="../../models/people/registry.py" line="46"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="45"/>
        <location filename="../../models/people/registry.py" line="47"/>
        <source>Village (kelurahan/desa)</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="46"/>
        <location filename="../../models/people/registry.py" line="48"/>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="47"/>
        <location filename="../../models/admin/facility_admin.py" line="22"/>
        <location filename="../../models/care/aftercare.py" line="32"/>
        <location filename="../../models/people/duplicates.py" line="25"/>
        <location filename="../../models/people/registry.py" line="51"/>
        <location filename="../../ui/admin/merge_dialog.py" line="185"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="47"/>
        <location filename="../../models/people/registry.py" line="49"/>
        <source>Regency / city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="48"/>
        <source>Medical record number</source>
        <translation>Nomor rekam medis</translation>
    </message>
    <message>
        <location filename="../../models/admin/encrypted_setup.py" line="18"/>
        <source>Database key</source>
        <translation>Kunci basis data</translation>
    </message>
    <message>
        <location filename="../../models/admin/encrypted_setup.py" line="19"/>
        <source>Database key again</source>
        <translation>Ulangi kunci basis data</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="36"/>
        <source>New database key</source>
        <translation>Kunci basis data baru</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="37"/>
        <source>New database key again</source>
        <translation>Ulangi kunci basis data baru</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="17"/>
        <source>Letterhead name lines</source>
        <translation>Baris nama kop surat</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="18"/>
        <source>Facility code</source>
        <translation>Kode fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="19"/>
        <source>Facility type</source>
        <translation>Jenis fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="21"/>
        <source>City for letter dates</source>
        <translation>Kota pada tanggal surat</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="23"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="24"/>
        <source>Web site</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="25"/>
        <source>Head of facility</source>
        <translation>Kepala fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="26"/>
        <source>Head's position</source>
        <translation>Jabatan kepala</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="27"/>
        <source>Head's NIP</source>
        <translation>NIP kepala</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="28"/>
        <source>Program capacity</source>
        <translation>Kapasitas program</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="29"/>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="40"/>
        <source>Individual counselling</source>
        <translation>Konseling individu</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="41"/>
        <location filename="../../models/care/notes.py" line="34"/>
        <source>Group session</source>
        <translation>Sesi kelompok</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="42"/>
        <source>Doctor visit</source>
        <translation>Kunjungan dokter</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="43"/>
        <location filename="../../models/care/aftercare.py" line="34"/>
        <source>Urine test</source>
        <translation>Tes urine</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="44"/>
        <location filename="../../models/care/addenda.py" line="26"/>
        <source>Aftercare contact</source>
        <translation>Kontak pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="45"/>
        <location filename="../../models/care/urine.py" line="47"/>
        <source>SKHPN examination</source>
        <translation>Pemeriksaan SKHPN</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="46"/>
        <location filename="../../models/care/assessment.py" line="54"/>
        <location filename="../../models/care/discharge.py" line="44"/>
        <location filename="../../models/documents/document.py" line="33"/>
        <location filename="../../models/intake/episode.py" line="35"/>
        <location filename="../../models/intake/episode.py" line="47"/>
        <location filename="../../models/intake/episode.py" line="77"/>
        <location filename="../../models/people/person.py" line="64"/>
        <location filename="../../ui/intake/episode_form.py" line="27"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="49"/>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="50"/>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="51"/>
        <source>Missed</source>
        <translation>Tidak datang</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="52"/>
        <location filename="../../models/documents/skhpn.py" line="56"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="53"/>
        <source>Rescheduled</source>
        <translation>Dijadwal ulang</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="68"/>
        <source>Kind of appointment</source>
        <translation>Jenis janji temu</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="69"/>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="70"/>
        <source>Length (minutes)</source>
        <translation>Lama (menit)</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="71"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="72"/>
        <source>Staff member</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="73"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="74"/>
        <location filename="../../models/care/enrollment.py" line="32"/>
        <location filename="../../models/desk/audit_words.py" line="185"/>
        <location filename="../../models/documents/trust.py" line="43"/>
        <location filename="../../models/rumatan/dispense.py" line="33"/>
        <location filename="../../models/rumatan/stock.py" line="28"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="33"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="34"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="35"/>
        <source>Printed slip only</source>
        <translation>Hanya kartu cetak</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="53"/>
        <source>Reminder channel</source>
        <translation>Saluran pengingat</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="54"/>
        <source>Phone number for reminders</source>
        <translation>Nomor telepon untuk pengingat</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="55"/>
        <source>Date of consent to be contacted</source>
        <translation>Tanggal persetujuan dihubungi</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="25"/>
        <location filename="../../models/care/urine.py" line="48"/>
        <source>Assessment</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="25"/>
        <source>Session note</source>
        <translation>Catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="27"/>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="28"/>
        <source>Addendum</source>
        <translation>Adendum</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="31"/>
        <source>Home visit</source>
        <translation>Kunjungan rumah</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="33"/>
        <source>Group meeting</source>
        <translation>Pertemuan kelompok</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="35"/>
        <source>Vocational training</source>
        <translation>Pelatihan vokasional</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="79"/>
        <location filename="../../models/care/discharge.py" line="76"/>
        <source>Aftercare start date</source>
        <translation>Tanggal mulai pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="80"/>
        <location filename="../../models/desk/audit_words.py" line="194"/>
        <source>Months between follow-ups</source>
        <translation>Jarak antar tindak lanjut (bulan)</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="81"/>
        <location filename="../../models/desk/audit_words.py" line="194"/>
        <source>Number of follow-ups</source>
        <translation>Jumlah tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="82"/>
        <location filename="../../models/desk/audit_words.py" line="185"/>
        <source>Kind of contact</source>
        <translation>Jenis kontak</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="83"/>
        <source>Date of contact</source>
        <translation>Tanggal kontak</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="84"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="85"/>
        <source>Date aftercare ended</source>
        <translation>Tanggal pascarehabilitasi berakhir</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="86"/>
        <location filename="../../models/care/discharge.py" line="69"/>
        <location filename="../../models/desk/audit_words.py" line="193"/>
        <source>Discharge date</source>
        <translation>Tanggal terminasi</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="39"/>
        <location filename="../../models/care/scoring.py" line="146"/>
        <location filename="../../ui/clinical/assessments_tab.py" line="128"/>
        <source>ASI-based assessment</source>
        <translation>Asesmen berbasis ASI</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="40"/>
        <location filename="../../models/care/scoring.py" line="144"/>
        <source>WHO ASSIST v3.1</source>
        <translation>WHO ASSIST v3.1</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="41"/>
        <location filename="../../models/care/scoring.py" line="145"/>
        <source>DAST-10</source>
        <translation>DAST-10</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="42"/>
        <location filename="../../models/care/physical_exam.py" line="25"/>
        <location filename="../../ui/clinical/asi_form.py" line="33"/>
        <source>Physical examination</source>
        <translation>Pemeriksaan fisik</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="43"/>
        <source>Integrated assessment (TAT)</source>
        <translation>Asesmen terpadu (TAT)</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="46"/>
        <source>Further assessment</source>
        <translation>Asesmen lanjutan</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="47"/>
        <source>Psychological evaluation</source>
        <translation>Evaluasi psikologis</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="48"/>
        <source>Detoxification</source>
        <translation>Detoksifikasi</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="49"/>
        <source>Motivational interviewing</source>
        <translation>Wawancara motivasional</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="50"/>
        <source>Brief intervention</source>
        <translation>Intervensi singkat</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="51"/>
        <source>Maintenance therapy</source>
        <translation>Terapi rumatan</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="52"/>
        <source>Inpatient rehabilitation</source>
        <translation>Rehabilitasi rawat inap</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="53"/>
        <source>Counselling</source>
        <translation>Konseling</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="56"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="56"/>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="115"/>
        <source>Kind of assessment</source>
        <translation>Jenis asesmen</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="116"/>
        <source>Date of assessment</source>
        <translation>Tanggal asesmen</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="117"/>
        <source>Treatment plan</source>
        <translation>Rencana terapi</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="118"/>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="119"/>
        <location filename="../../models/care/enrollment.py" line="33"/>
        <location filename="../../models/care/episode_diagnosis.py" line="49"/>
        <location filename="../../models/care/notes.py" line="74"/>
        <location filename="../../models/care/urine.py" line="122"/>
        <location filename="../../models/intake/admission.py" line="44"/>
        <location filename="../../models/intake/intake.py" line="26"/>
        <source>Date reported</source>
        <translation>Tanggal lapor</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="10"/>
        <source>Diagnosis (ICD-10)</source>
        <translation>Diagnosis (ICD-10)</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="12"/>
        <location filename="../../models/intake/episode.py" line="69"/>
        <location filename="../../ui/clinical/asi_grids.py" line="28"/>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="13"/>
        <source>Opioids</source>
        <translation>Opioida</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="14"/>
        <source>Cannabinoids</source>
        <translation>Kanabinoid</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="15"/>
        <source>Sedatives or hypnotics</source>
        <translation>Sedativa atau hipnotika</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="16"/>
        <location filename="../../models/care/urine.py" line="35"/>
        <location filename="../../models/intake/episode.py" line="71"/>
        <location filename="../../ui/clinical/asi_grids.py" line="34"/>
        <source>Cocaine</source>
        <translation>Kokain</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="17"/>
        <source>Other stimulants, including caffeine</source>
        <translation>Stimulansia lain, termasuk kafein</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="18"/>
        <location filename="../../models/intake/episode.py" line="72"/>
        <location filename="../../ui/clinical/asi_grids.py" line="37"/>
        <source>Hallucinogens</source>
        <translation>Halusinogen</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="19"/>
        <source>Tobacco</source>
        <translation>Tembakau</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="20"/>
        <source>Volatile solvents</source>
        <translation>Pelarut yang mudah menguap</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="21"/>
        <source>Multiple drug use and other psychoactive substances</source>
        <translation>Penggunaan berbagai zat dan zat psikoaktif lain</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="24"/>
        <source>Acute intoxication</source>
        <translation>Intoksikasi akut</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="25"/>
        <source>Harmful use</source>
        <translation>Penggunaan yang merugikan</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="26"/>
        <source>Dependence syndrome</source>
        <translation>Sindrom ketergantungan</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="27"/>
        <source>Withdrawal state</source>
        <translation>Keadaan putus zat</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="28"/>
        <source>Withdrawal state with delirium</source>
        <translation>Keadaan putus zat dengan delirium</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="29"/>
        <source>Psychotic disorder</source>
        <translation>Gangguan psikotik</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="30"/>
        <source>Amnesic syndrome</source>
        <translation>Sindrom amnestik</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="31"/>
        <source>Residual and late-onset psychotic disorder</source>
        <translation>Gangguan psikotik residual dan onset lambat</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="32"/>
        <source>Other mental and behavioural disorders</source>
        <translation>Gangguan mental dan perilaku lainnya</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="33"/>
        <source>Unspecified mental and behavioural disorder</source>
        <translation>Gangguan mental dan perilaku YTT</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="37"/>
        <source>Completed</source>
        <translation>Selesai program</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="38"/>
        <source>Left against advice / dropped out</source>
        <translation>Pulang atas permintaan sendiri / putus program</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="39"/>
        <source>Absconded</source>
        <translation>Melarikan diri</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="40"/>
        <source>Terminated by the facility (rule breach)</source>
        <translation>Dikeluarkan oleh fasilitas (melanggar aturan)</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="41"/>
        <source>Referred / transferred</source>
        <translation>Dirujuk / dipindahkan</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="42"/>
        <source>Arrested or imprisoned</source>
        <translation>Ditangkap atau dipenjara</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="43"/>
        <source>Died</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="70"/>
        <source>Reason for discharge</source>
        <translation>Alasan terminasi</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="71"/>
        <location filename="../../models/documents/letters.py" line="42"/>
        <source>Referred to</source>
        <translation>Dirujuk ke</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="72"/>
        <location filename="../../models/care/enrollment.py" line="31"/>
        <location filename="../../models/care/episode_diagnosis.py" line="48"/>
        <location filename="../../models/care/notes.py" line="72"/>
        <location filename="../../models/care/urine.py" line="121"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="73"/>
        <source>Reason for the correction</source>
        <translation>Alasan koreksi</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="74"/>
        <location filename="../../models/care/enrollment.py" line="34"/>
        <location filename="../../models/intake/admission.py" line="43"/>
        <location filename="../../models/intake/intake.py" line="46"/>
        <source>Admission date</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="75"/>
        <source>the last phase move</source>
        <translation>perpindahan tahap terakhir</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="87"/>
        <source>Reason the program counts as completed early</source>
        <translation>Alasan selesai lebih awal</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="28"/>
        <location filename="../../models/desk/audit_words.py" line="198"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="29"/>
        <source>Program start date</source>
        <translation>Tanggal mulai program</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="30"/>
        <source>Date of the move</source>
        <translation>Tanggal perpindahan</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="35"/>
        <source>the previous phase move</source>
        <translation>perpindahan tahap sebelumnya</translation>
    </message>
    <message>
        <location filename="../../models/care/episode_diagnosis.py" line="47"/>
        <source>Date of diagnosis</source>
        <translation>Tanggal diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="33"/>
        <source>Individual session</source>
        <translation>Sesi individu</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="69"/>
        <source>Kind of session</source>
        <translation>Jenis sesi</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="70"/>
        <source>Session date</source>
        <translation>Tanggal sesi</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="71"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="73"/>
        <source>Attendees</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="75"/>
        <location filename="../../models/care/roster.py" line="22"/>
        <source>Search text</source>
        <translation>Teks pencarian</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="76"/>
        <source>Participant's entry</source>
        <translation>Catatan per peserta</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="26"/>
        <source>Blood pressure (mmHg)</source>
        <translation>Tekanan darah (mmHg)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="27"/>
        <source>Pulse (per minute)</source>
        <translation>Nadi (per menit)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="28"/>
        <source>Respiration (per minute)</source>
        <translation>Pernapasan (per menit)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="29"/>
        <source>Temperature (°C)</source>
        <translation>Suhu (°C)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="30"/>
        <source>Body weight (kg)</source>
        <translation>Berat badan (kg)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="31"/>
        <source>Height (cm)</source>
        <translation>Tinggi badan (cm)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="32"/>
        <source>Overall finding</source>
        <translation>Temuan keseluruhan</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="34"/>
        <source>General condition</source>
        <translation>Keadaan umum</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="35"/>
        <source>Head and neck</source>
        <translation>Kepala dan leher</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="36"/>
        <source>Heart and lungs</source>
        <translation>Jantung dan paru</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="37"/>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="38"/>
        <source>Extremities</source>
        <translation>Ekstremitas</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="39"/>
        <source>Skin (injection marks, scars)</source>
        <translation>Kulit (bekas suntikan, parut)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="40"/>
        <source>Neurological</source>
        <translation>Neurologis</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="42"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="43"/>
        <source>Abnormal</source>
        <translation>Tidak normal</translation>
    </message>
    <message>
        <location filename="../../models/care/program.py" line="24"/>
        <source>Forward</source>
        <translation>Maju ke fase berikutnya</translation>
    </message>
    <message>
        <location filename="../../models/care/program.py" line="25"/>
        <source>Back after relapse</source>
        <translation>Kembali karena kambuh (relapse)</translation>
    </message>
    <message>
        <location filename="../../models/care/program.py" line="26"/>
        <source>Skip (with a reason)</source>
        <translation>Lewati (dengan alasan)</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="25"/>
        <source>Phase name</source>
        <translation>Nama fase</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="26"/>
        <source>Target duration (days)</source>
        <translation>Target durasi (hari)</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="27"/>
        <source>Required before leaving</source>
        <translation>Syarat sebelum meninggalkan fase</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="28"/>
        <location filename="../../models/desk/audit_words.py" line="197"/>
        <source>From phase</source>
        <translation>Dari fase</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="29"/>
        <location filename="../../models/desk/audit_words.py" line="198"/>
        <source>To phase</source>
        <translation>Ke fase</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="30"/>
        <source>Kind of move</source>
        <translation>Jenis perpindahan</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="44"/>
        <source>a. Tobacco products</source>
        <translation>a. Produk tembakau</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="45"/>
        <source>b. Alcoholic beverages</source>
        <translation>b. Minuman beralkohol</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="46"/>
        <source>c. Cannabis</source>
        <translation>c. Kanabis (ganja)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="47"/>
        <source>d. Cocaine</source>
        <translation>d. Kokain</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="48"/>
        <source>e. Amphetamine-type stimulants</source>
        <translation>e. Stimulan jenis amfetamin</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="49"/>
        <source>f. Inhalants</source>
        <translation>f. Inhalansia</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="50"/>
        <source>g. Sedatives or sleeping pills</source>
        <translation>g. Sedativa atau obat tidur</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="51"/>
        <source>h. Hallucinogens</source>
        <translation>h. Halusinogen</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="52"/>
        <source>i. Opioids</source>
        <translation>i. Opioida</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="53"/>
        <source>j. Other</source>
        <translation>j. Lainnya</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="56"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="57"/>
        <source>Once or twice</source>
        <translation>Sekali atau dua kali</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="58"/>
        <source>Monthly</source>
        <translation>Setiap bulan</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="59"/>
        <source>Weekly</source>
        <translation>Setiap minggu</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="60"/>
        <source>Daily or almost daily</source>
        <translation>Setiap hari atau hampir setiap hari</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="63"/>
        <source>No, never</source>
        <translation>Tidak, tidak pernah</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="64"/>
        <source>Yes, in the last 3 months</source>
        <translation>Ya, dalam 3 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="65"/>
        <source>Yes, but not in the last 3 months</source>
        <translation>Ya, tetapi tidak dalam 3 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="77"/>
        <source>ASSIST Q2 (use in the last 3 months)</source>
        <translation>ASSIST P2 (penggunaan dalam 3 bulan terakhir)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="78"/>
        <source>ASSIST Q3 (strong desire or urge)</source>
        <translation>ASSIST P3 (keinginan kuat atau dorongan)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="79"/>
        <source>ASSIST Q4 (health, social, legal or money problems)</source>
        <translation>ASSIST P4 (masalah kesehatan, sosial, hukum atau keuangan)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="80"/>
        <source>ASSIST Q5 (failed to do what was expected)</source>
        <translation>ASSIST P5 (gagal melakukan yang seharusnya)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="81"/>
        <source>ASSIST Q6 (someone expressed concern)</source>
        <translation>ASSIST P6 (ada yang menyatakan khawatir)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="82"/>
        <source>ASSIST Q7 (tried and failed to cut down)</source>
        <translation>ASSIST P7 (pernah gagal mengurangi)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="83"/>
        <source>ASSIST Q8 (injecting)</source>
        <translation>ASSIST P8 (penggunaan dengan suntikan)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="88"/>
        <source>Low risk</source>
        <translation>Risiko rendah</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="89"/>
        <source>Moderate risk</source>
        <translation>Risiko sedang</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="90"/>
        <source>High risk</source>
        <translation>Risiko tinggi</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="97"/>
        <source>DAST-10 item 1 (drugs other than for medical reasons)</source>
        <translation>DAST-10 butir 1 (memakai obat bukan untuk pengobatan)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="98"/>
        <source>DAST-10 item 2 (more than one drug at a time)</source>
        <translation>DAST-10 butir 2 (lebih dari satu zat sekaligus)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="99"/>
        <source>DAST-10 item 3 (always able to stop)</source>
        <translation>DAST-10 butir 3 (selalu mampu berhenti)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="100"/>
        <source>DAST-10 item 4 (blackouts or flashbacks)</source>
        <translation>DAST-10 butir 4 (hilang ingatan atau kilas balik)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="101"/>
        <source>DAST-10 item 5 (feel bad or guilty)</source>
        <translation>DAST-10 butir 5 (merasa buruk atau bersalah)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="102"/>
        <source>DAST-10 item 6 (spouse or parents complain)</source>
        <translation>DAST-10 butir 6 (pasangan atau orang tua mengeluh)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="103"/>
        <source>DAST-10 item 7 (neglected family)</source>
        <translation>DAST-10 butir 7 (menelantarkan keluarga)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="104"/>
        <source>DAST-10 item 8 (illegal activities to get drugs)</source>
        <translation>DAST-10 butir 8 (kegiatan ilegal untuk mendapat narkoba)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="105"/>
        <source>DAST-10 item 9 (withdrawal symptoms)</source>
        <translation>DAST-10 butir 9 (gejala putus zat)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="106"/>
        <source>DAST-10 item 10 (medical problems from use)</source>
        <translation>DAST-10 butir 10 (masalah kesehatan akibat pemakaian)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="111"/>
        <source>No problems reported</source>
        <translation>Tidak ada masalah yang dilaporkan</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="112"/>
        <source>Low level</source>
        <translation>Tingkat rendah</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="113"/>
        <source>Moderate level</source>
        <translation>Tingkat sedang</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="114"/>
        <source>Substantial level</source>
        <translation>Tingkat cukup berat</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="115"/>
        <source>Severe level</source>
        <translation>Tingkat berat</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="117"/>
        <location filename="../../ui/program/yes_no.py" line="12"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="117"/>
        <location filename="../../ui/program/yes_no.py" line="11"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="122"/>
        <source>Medical</source>
        <translation>Medis</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="123"/>
        <location filename="../../ui/clinical/asi_sections.py" line="107"/>
        <source>Employment / support</source>
        <translation>Pekerjaan / dukungan hidup</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="124"/>
        <location filename="../../ui/clinical/asi_sections.py" line="118"/>
        <source>Drug use</source>
        <translation>Penggunaan NAPZA</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="125"/>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="126"/>
        <location filename="../../ui/clinical/asi_sections.py" line="138"/>
        <source>Family / social</source>
        <translation>Keluarga / sosial</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="127"/>
        <source>Psychiatric</source>
        <translation>Psikiatris</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="129"/>
        <source>Interviewer severity rating</source>
        <translation>Penilaian keparahan oleh pewawancara</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="130"/>
        <source>Client's rating of trouble</source>
        <translation>Penilaian klien atas beratnya masalah</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="131"/>
        <source>Client's rating of need for help</source>
        <translation>Penilaian klien atas kebutuhan bantuan</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="32"/>
        <source>Amphetamine</source>
        <translation>Amfetamin</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="33"/>
        <source>Methamphetamine</source>
        <translation>Metamfetamin</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="34"/>
        <location filename="../../ui/clinical/asi_grids.py" line="36"/>
        <source>Cannabis</source>
        <translation>Ganja</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="36"/>
        <source>Morphine / opiates</source>
        <translation>Morfin / opiat</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="37"/>
        <source>Benzodiazepines</source>
        <translation>Benzodiazepin</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="40"/>
        <location filename="../../models/care/urine.py" line="60"/>
        <source>Negative</source>
        <translation>Negatif</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="41"/>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="42"/>
        <location filename="../../models/care/urine.py" line="61"/>
        <source>Invalid</source>
        <translation>Tidak valid</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="45"/>
        <source>During a program</source>
        <translation>Selama program</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="46"/>
        <location filename="../../models/intake/episode.py" line="28"/>
        <location filename="../../ui/program/discharge_dialog.py" line="41"/>
        <source>Aftercare</source>
        <translation>Pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="51"/>
        <source>Laboratory confirmation</source>
        <translation>Konfirmasi laboratorium</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="52"/>
        <source>Client's own admission of use</source>
        <translation>Pengakuan pemakaian oleh klien sendiri</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="55"/>
        <source>Confirmed positive</source>
        <translation>Terkonfirmasi positif</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="56"/>
        <source>Not confirmed (negative)</source>
        <translation>Tidak terkonfirmasi (negatif)</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="62"/>
        <source>Positive screen: awaiting confirmation</source>
        <translation>Skrining positif: menunggu konfirmasi</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="63"/>
        <source>Positive, confirmed</source>
        <translation>Positif, terkonfirmasi</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="64"/>
        <source>Positive screen, not confirmed by the laboratory</source>
        <translation>Skrining positif, tidak terkonfirmasi oleh laboratorium</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="115"/>
        <source>Specimen code</source>
        <translation>Kode spesimen</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="116"/>
        <source>Collected at</source>
        <translation>Waktu pengambilan sampel</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="117"/>
        <source>Test kit</source>
        <translation>Alat tes</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="118"/>
        <source>Lot number</source>
        <translation>Nomor lot</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="119"/>
        <source>Purpose of the test</source>
        <translation>Tujuan pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="120"/>
        <location filename="../../models/desk/audit_words.py" line="189"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="123"/>
        <location filename="../../models/desk/audit_words.py" line="189"/>
        <source>Confirmed by</source>
        <translation>Dikonfirmasi dengan</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="124"/>
        <source>Laboratory</source>
        <translation>Laboratorium</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="125"/>
        <location filename="../../models/desk/audit_words.py" line="190"/>
        <source>Date of confirmation</source>
        <translation>Tanggal konfirmasi</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="126"/>
        <source>Confirmation result</source>
        <translation>Hasil konfirmasi</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="43"/>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="43"/>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="19"/>
        <source>ended the aftercare</source>
        <translation>mengakhiri pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="20"/>
        <source>recorded an aftercare contact</source>
        <translation>mencatat kontak pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="21"/>
        <source>recorded a relapse: abstinence counts again</source>
        <translation>mencatat kekambuhan: masa abstinen dihitung ulang</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="22"/>
        <source>started the aftercare</source>
        <translation>memulai pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="23"/>
        <source>read the aftercare plan</source>
        <translation>membuka rencana pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="24"/>
        <source>booked an appointment</source>
        <translation>membuat janji temu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="25"/>
        <source>searched the clients to book for</source>
        <translation>mencari klien untuk dibuatkan janji temu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="26"/>
        <source>read the participants of a session</source>
        <translation>membuka daftar peserta sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="27"/>
        <source>exported an appointment to a calendar</source>
        <translation>mengekspor janji temu ke kalender</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="28"/>
        <source>marked the day's missed appointments</source>
        <translation>menandai janji temu yang terlewat hari itu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="29"/>
        <source>wrote a note on an appointment</source>
        <translation>menulis catatan pada janji temu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="30"/>
        <source>sent an appointment reminder</source>
        <translation>mengirim pengingat janji temu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="31"/>
        <source>printed an appointment slip</source>
        <translation>mencetak slip janji temu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="32"/>
        <source>scheduled an appointment again</source>
        <translation>menjadwalkan ulang janji temu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="33"/>
        <source>marked an appointment attended</source>
        <translation>menandai janji temu dihadiri</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="34"/>
        <source>marked an appointment missed</source>
        <translation>menandai janji temu tidak dihadiri</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="35"/>
        <source>cancelled an appointment</source>
        <translation>membatalkan janji temu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="36"/>
        <source>moved an appointment</source>
        <translation>memindahkan janji temu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="37"/>
        <source>put on a session's list</source>
        <translation>memasukkan ke daftar sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="38"/>
        <source>marked present at a session</source>
        <translation>menandai hadir dalam sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="39"/>
        <source>marked absent from a session</source>
        <translation>menandai tidak hadir dalam sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="40"/>
        <source>took off a session's list</source>
        <translation>mengeluarkan dari daftar sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="41"/>
        <source>moved to another session</source>
        <translation>memindahkan ke sesi lain</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="42"/>
        <source>added an addendum to an assessment</source>
        <translation>menambahkan adendum pada asesmen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="43"/>
        <source>wrote an assessment</source>
        <translation>menulis asesmen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="44"/>
        <source>listed the assessments</source>
        <translation>melihat daftar asesmen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="45"/>
        <source>signed an assessment</source>
        <translation>menandatangani asesmen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="46"/>
        <source>changed an assessment</source>
        <translation>mengubah asesmen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="47"/>
        <source>read an assessment</source>
        <translation>membaca asesmen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="48"/>
        <source>made a backup</source>
        <translation>membuat cadangan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="49"/>
        <source>restored a backup</source>
        <translation>memulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="50"/>
        <source>exported the by-name list (BNBA)</source>
        <translation>mengekspor daftar BNBA</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="51"/>
        <source>exported in a by-name list</source>
        <translation>mengekspor dalam daftar BNBA</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="52"/>
        <source>imported a client list</source>
        <translation>mengimpor daftar klien</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="53"/>
        <source>saved the columns of a client list import</source>
        <translation>menyimpan pemetaan kolom impor daftar klien</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="54"/>
        <source>recorded a consent</source>
        <translation>mencatat persetujuan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="55"/>
        <source>added an addendum to an aftercare contact</source>
        <translation>menambahkan adendum pada kontak pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="56"/>
        <source>added a family contact</source>
        <translation>menambah kontak keluarga</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="57"/>
        <source>set the guardian</source>
        <translation>menetapkan wali</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="58"/>
        <source>recorded the consent to be contacted</source>
        <translation>mencatat persetujuan untuk dihubungi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="59"/>
        <source>withdrew the consent to be contacted</source>
        <translation>mencabut persetujuan untuk dihubungi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="60"/>
        <source>changed the database key</source>
        <translation>mengganti kunci basis data</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="61"/>
        <source>gave a diagnosis</source>
        <translation>menetapkan diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="62"/>
        <source>listed the diagnoses</source>
        <translation>melihat daftar diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="63"/>
        <source>made a diagnosis the primary one</source>
        <translation>menjadikan diagnosis sebagai diagnosis utama</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="64"/>
        <source>withdrew a diagnosis</source>
        <translation>menarik diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="65"/>
        <source>corrected a discharge</source>
        <translation>mengoreksi terminasi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="66"/>
        <source>read a discharge</source>
        <translation>membuka data terminasi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="67"/>
        <source>issued a document</source>
        <translation>menerbitkan dokumen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="68"/>
        <source>issued a document again</source>
        <translation>menerbitkan ulang dokumen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="69"/>
        <source>printed a copy of a document</source>
        <translation>mencetak salinan dokumen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="70"/>
        <source>looked at a document</source>
        <translation>membuka dokumen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="71"/>
        <source>voided a document</source>
        <translation>membatalkan dokumen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="72"/>
        <source>started a program</source>
        <translation>memulai program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="73"/>
        <source>read the program</source>
        <translation>membuka data program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="74"/>
        <source>admitted to a program</source>
        <translation>menerima ke dalam program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="75"/>
        <source>set the counselor of record</source>
        <translation>menetapkan konselor penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="76"/>
        <source>registered an episode</source>
        <translation>mendaftarkan episode</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="77"/>
        <source>discharged</source>
        <translation>mengakhiri program (terminasi)</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="78"/>
        <source>closed the episode: the client did not continue</source>
        <translation>menutup episode: klien tidak melanjutkan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="79"/>
        <source>put on the waiting list</source>
        <translation>memasukkan ke daftar tunggu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="80"/>
        <source>took off the waiting list</source>
        <translation>mengeluarkan dari daftar tunggu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="81"/>
        <source>replaced an imported facility package</source>
        <translation>mengganti paket fasilitas yang diimpor</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="82"/>
        <source>loaded a mapping for the national systems</source>
        <translation>memuat pemetaan untuk sistem nasional</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="83"/>
        <source>made a package for the national systems</source>
        <translation>membuat paket untuk sistem nasional</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="84"/>
        <source>set up the facility</source>
        <translation>menyiapkan profil fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="85"/>
        <source>changed the facility profile</source>
        <translation>mengubah profil fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="86"/>
        <source>cleared a flag</source>
        <translation>mencabut penanda</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="87"/>
        <source>put a flag on the record</source>
        <translation>memasang penanda pada rekam</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="88"/>
        <source>added an addendum to a session note</source>
        <translation>menambahkan adendum pada catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="89"/>
        <source>wrote a session note</source>
        <translation>menulis catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="90"/>
        <source>wrote a participant's entry of a group session</source>
        <translation>menulis catatan peserta sesi kelompok</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="91"/>
        <source>listed the session notes</source>
        <translation>melihat daftar catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="92"/>
        <source>searched the session notes</source>
        <translation>mencari dalam catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="93"/>
        <source>signed a session note</source>
        <translation>menandatangani catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="94"/>
        <source>changed a session note</source>
        <translation>mengubah catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="95"/>
        <source>read a session note</source>
        <translation>membuka catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="96"/>
        <source>changed a number format</source>
        <translation>mengubah format nomor</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="97"/>
        <source>read this list</source>
        <translation>membaca daftar ini</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="98"/>
        <source>registered the person</source>
        <translation>mendaftarkan orang</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="99"/>
        <source>merged a duplicate record</source>
        <translation>menggabungkan data ganda</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="100"/>
        <source>undid a merge</source>
        <translation>membatalkan penggabungan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="101"/>
        <source>confirmed this is not the person of a similar record</source>
        <translation>memastikan bukan orang yang sama dengan data yang mirip</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="102"/>
        <source>became a client: new registration number</source>
        <translation>menjadi klien: nomor registrasi baru</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="103"/>
        <source>was refused the restricted record</source>
        <translation>ditolak membuka rekam yang dibatasi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="104"/>
        <source>changed the identity</source>
        <translation>mengubah identitas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="105"/>
        <source>opened the record</source>
        <translation>membuka data</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="106"/>
        <source>moved to another phase</source>
        <translation>memindahkan ke tahap lain</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="107"/>
        <source>undid a phase move</source>
        <translation>membatalkan perpindahan fase</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="108"/>
        <source>took a photo</source>
        <translation>mengambil foto</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="109"/>
        <source>looked at the photo</source>
        <translation>melihat foto</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="110"/>
        <source>listed the clients of a program</source>
        <translation>melihat daftar klien program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="111"/>
        <source>recorded the client as away (hospital, detained, out of town)</source>
        <translation>mencatat klien tidak di tempat (dirawat, ditahan, ke luar kota)</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="112"/>
        <source>read the dose chart</source>
        <translation>membuka grafik dosis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="113"/>
        <source>gave a dose</source>
        <translation>memberikan dosis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="114"/>
        <source>split a dose</source>
        <translation>membagi dosis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="115"/>
        <source>ordered a dose</source>
        <translation>menetapkan dosis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="116"/>
        <source>gave a replacement dose</source>
        <translation>memberikan dosis pengganti</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="117"/>
        <source>reviewed the client after missed doses</source>
        <translation>meninjau klien setelah tidak datang beberapa hari</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="118"/>
        <source>printed a dosing sheet</source>
        <translation>mencetak lembar dosis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="119"/>
        <source>counted the stock</source>
        <translation>menghitung stok</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="120"/>
        <source>recorded stock received</source>
        <translation>mencatat penerimaan stok</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="121"/>
        <source>recorded wasted stock</source>
        <translation>mencatat stok terbuang</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="122"/>
        <source>stopped the maintenance therapy</source>
        <translation>menghentikan terapi rumatan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="123"/>
        <source>read the maintenance therapy summary</source>
        <translation>membuka ringkasan terapi rumatan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="124"/>
        <source>exported the maintenance therapy summary</source>
        <translation>mengekspor ringkasan terapi rumatan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="125"/>
        <source>recorded take-home doses returned</source>
        <translation>mencatat pengembalian dosis bawa pulang</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="126"/>
        <source>recorded a vomited dose</source>
        <translation>mencatat dosis yang dimuntahkan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="127"/>
        <source>opened the dosing window</source>
        <translation>membuka layar pemberian dosis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="128"/>
        <source>changed a setting</source>
        <translation>mengubah pengaturan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="129"/>
        <source>made a signing key</source>
        <translation>membuat kunci tanda tangan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="130"/>
        <source>exported the public keys</source>
        <translation>mengekspor kunci publik</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="131"/>
        <source>retired a signing key</source>
        <translation>mempensiunkan kunci tanda tangan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="132"/>
        <source>revoked a signing key</source>
        <translation>mencabut kunci tanda tangan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="133"/>
        <source>imported another facility's keys</source>
        <translation>mengimpor kunci fasilitas lain</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="134"/>
        <source>cancelled an SKHPN application</source>
        <translation>membatalkan permohonan SKHPN</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="135"/>
        <source>examined for an SKHPN</source>
        <translation>memeriksa untuk SKHPN</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="136"/>
        <source>took an SKHPN application</source>
        <translation>menerima permohonan SKHPN</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="137"/>
        <source>changed whether a staff account is active</source>
        <translation>mengubah status aktif akun petugas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="138"/>
        <source>deactivated a staff account</source>
        <translation>menonaktifkan akun petugas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="139"/>
        <source>changed their own password</source>
        <translation>mengganti kata sandinya sendiri</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="140"/>
        <source>was refused a password change</source>
        <translation>ditolak saat mengganti kata sandi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="141"/>
        <source>corrected a staff member's details</source>
        <translation>mengoreksi data petugas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="142"/>
        <source>created a staff account</source>
        <translation>membuat akun petugas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="143"/>
        <source>created the first administrator</source>
        <translation>membuat administrator pertama</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="144"/>
        <source>set a new password for a staff member</source>
        <translation>menetapkan kata sandi baru untuk petugas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="145"/>
        <source>changed a staff member's rights</source>
        <translation>mengubah hak akses petugas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="146"/>
        <source>changed a staff member's role</source>
        <translation>mengubah peran petugas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="147"/>
        <source>signed in</source>
        <translation>masuk</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="148"/>
        <source>failed to sign in</source>
        <translation>gagal masuk</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="149"/>
        <source>unlocked a staff account</source>
        <translation>membuka kunci akun petugas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="150"/>
        <source>closed a month</source>
        <translation>menutup bulan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="151"/>
        <source>closed a month after its checks</source>
        <translation>menutup bulan setelah pemeriksaannya</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="152"/>
        <source>exported the monthly report</source>
        <translation>mengekspor laporan bulanan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="153"/>
        <source>reopened a closed month</source>
        <translation>membuka kembali bulan yang ditutup</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="154"/>
        <source>set an annual target</source>
        <translation>menetapkan target tahunan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="155"/>
        <source>changed whether a program is offered</source>
        <translation>mengubah status program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="156"/>
        <source>added a phase move to a program</source>
        <translation>menambahkan perpindahan fase pada program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="157"/>
        <source>removed a phase move from a program</source>
        <translation>menghapus perpindahan fase dari program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="158"/>
        <source>changed a program phase</source>
        <translation>mengubah fase program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="159"/>
        <source>changed a program's session series</source>
        <translation>mengubah rangkaian sesi program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="160"/>
        <source>recorded the confirmation of a urine test</source>
        <translation>mencatat konfirmasi tes urine</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="161"/>
        <source>recorded a urine test</source>
        <translation>mencatat tes urine</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="162"/>
        <source>listed the urine tests</source>
        <translation>melihat daftar tes urine</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="163"/>
        <source>read a urine test</source>
        <translation>membaca tes urine</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="164"/>
        <source>wrote the verifier page</source>
        <translation>menulis halaman pemeriksa</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="165"/>
        <source>admitted ahead of the waiting list</source>
        <translation>menerima klien mendahului daftar tunggu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="167"/>
        <source>recorded an event</source>
        <translation>mencatat suatu kejadian</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="171"/>
        <source>client record</source>
        <translation>rekam klien</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="171"/>
        <source>episode</source>
        <translation>episode</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="172"/>
        <source>assessment</source>
        <translation>asesmen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="172"/>
        <source>urine test</source>
        <translation>tes urine</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="173"/>
        <source>aftercare plan</source>
        <translation>rencana pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="173"/>
        <source>session note</source>
        <translation>catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="174"/>
        <source>document</source>
        <translation>dokumen</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="174"/>
        <source>staff account</source>
        <translation>akun petugas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="175"/>
        <source>facility profile</source>
        <translation>profil fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="175"/>
        <source>setting</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="176"/>
        <source>monthly report</source>
        <translation>laporan bulanan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="176"/>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="177"/>
        <source>appointment</source>
        <translation>janji temu</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="177"/>
        <source>program template</source>
        <translation>templat program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="178"/>
        <source>discharge</source>
        <translation>terminasi</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="178"/>
        <source>signing key</source>
        <translation>kunci tanda tangan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="180"/>
        <source>record</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="184"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="184"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="184"/>
        <location filename="../../models/intake/intake.py" line="44"/>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="186"/>
        <source>Positive parameter</source>
        <translation>Parameter positif</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="186"/>
        <location filename="../../ui/program/aftercare_tab.py" line="39"/>
        <source>Relapse</source>
        <translation>Kambuh</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="187"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="187"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="187"/>
        <source>Small counts hidden</source>
        <translation>Angka kecil disembunyikan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="188"/>
        <source>Fields changed</source>
        <translation>Isian yang diubah</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="188"/>
        <source>Number of lines</source>
        <translation>Jumlah baris</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="190"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="191"/>
        <source>Primary</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="191"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="192"/>
        <source>Abstinent since</source>
        <translation>Abstinen sejak</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="192"/>
        <location filename="../../models/desk/audit_words.py" line="196"/>
        <source>Before</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="193"/>
        <source>Date of use</source>
        <translation>Tanggal pemakaian</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="195"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="195"/>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="195"/>
        <location filename="../../models/safety/accounts.py" line="32"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="196"/>
        <source>Compulsory reporting (wajib lapor)</source>
        <translation>Wajib lapor</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="197"/>
        <source>TEDS code</source>
        <translation>Kode TEDS</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="198"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="199"/>
        <source>Interval</source>
        <translation>Jarak</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="199"/>
        <source>NIK check overridden</source>
        <translation>Pemeriksaan NIK dikesampingkan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="201"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="201"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../models/desk/client_list.py" line="31"/>
        <source>No episode</source>
        <translation>Belum ada episode</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="14"/>
        <source>SKHPN (narcotics test result)</source>
        <translation>SKHPN (hasil pemeriksaan narkotika)</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="15"/>
        <source>Kartu Lapor Diri</source>
        <translation>Kartu Lapor Diri</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="16"/>
        <source>Certificate of rehabilitation in progress</source>
        <translation>Surat keterangan sedang menjalani rehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="17"/>
        <source>Certificate of completed rehabilitation</source>
        <translation>Surat keterangan selesai rehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="18"/>
        <source>Completion certificate (landscape)</source>
        <translation>Sertifikat selesai program (lanskap)</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="19"/>
        <source>Referral letter</source>
        <translation>Surat rujukan</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="20"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="21"/>
        <source>Assessment summary</source>
        <translation>Ringkasan asesmen</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="22"/>
        <source>Receipt (kuitansi) of a paid fee</source>
        <translation>Kuitansi pembayaran biaya</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="25"/>
        <source>Not indicated to be using narcotics</source>
        <translation>Tidak terindikasi menggunakan narkotika</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="26"/>
        <source>Indicated to be using narcotics</source>
        <translation>Terindikasi menggunakan narkotika</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="29"/>
        <source>Job application</source>
        <translation>Melamar pekerjaan</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="30"/>
        <source>School / university</source>
        <translation>Sekolah / perguruan tinggi</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="31"/>
        <source>Candidacy (election, civil service, police, military)</source>
        <translation>Pencalonan (pemilu, CPNS, Polri, TNI)</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="32"/>
        <source>Licence (driving, firearms)</source>
        <translation>Perizinan (SIM, senjata api)</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="34"/>
        <source>Reason for voiding</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="35"/>
        <location filename="../../models/people/registry.py" line="37"/>
        <source>Document number</source>
        <translation>Nomor dokumen</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="41"/>
        <source>Purpose of the letter</source>
        <translation>Keperluan surat</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="43"/>
        <source>Address of the receiving facility</source>
        <translation>Alamat fasilitas tujuan</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="44"/>
        <source>Reason for referral</source>
        <translation>Alasan rujukan</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="45"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="46"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../models/documents/numbering.py" line="31"/>
        <source>Number template</source>
        <translation>Format nomor surat</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="32"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="32"/>
        <source>Webcam</source>
        <translation>Kamera web</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="38"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="26"/>
        <source>Reason for a new original</source>
        <translation>Alasan menerbitkan asli baru</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="134"/>
        <location filename="../../models/people/registry.py" line="44"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="54"/>
        <source>Waiting for the examination</source>
        <translation>Menunggu pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="55"/>
        <source>Certificate issued</source>
        <translation>Surat keterangan diterbitkan</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="58"/>
        <source>Purpose of the certificate</source>
        <translation>Keperluan surat keterangan</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="59"/>
        <source>Purpose (details)</source>
        <translation>Keperluan (rincian)</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="60"/>
        <source>SKTM number (fee waived)</source>
        <translation>Nomor SKTM (bebas biaya)</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="61"/>
        <source>Physical examination finding</source>
        <translation>Hasil pemeriksaan fisik</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="62"/>
        <source>Conclusion</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="67"/>
        <source>place of birth</source>
        <translation>tempat lahir</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="68"/>
        <source>date of birth</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="69"/>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="70"/>
        <source>identity number (NIK or passport)</source>
        <translation>nomor identitas (NIK atau paspor)</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn_rule.py" line="40"/>
        <source>Clinical reason for a conclusion that differs from the results</source>
        <translation>Alasan klinis untuk kesimpulan yang berbeda dari hasil pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="42"/>
        <source>Date from which the key is no longer trusted</source>
        <translation>Tanggal mulai kunci tidak dipercaya</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="15"/>
        <source>IPWL puskesmas</source>
        <translation>IPWL puskesmas</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="16"/>
        <source>IPWL hospital</source>
        <translation>IPWL rumah sakit</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="17"/>
        <source>IPWL clinic</source>
        <translation>IPWL klinik</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="18"/>
        <source>BNN clinic (Klinik Pratama)</source>
        <translation>Klinik Pratama BNN</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="19"/>
        <source>BNN rehabilitation centre</source>
        <translation>Balai / Loka Rehabilitasi BNN</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="20"/>
        <source>Kemensos centre</source>
        <translation>Sentra Kemensos</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="21"/>
        <source>Community rehabilitation (LRKM/LKS)</source>
        <translation>Rehabilitasi berbasis masyarakat (LRKM/LKS)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="22"/>
        <source>Prison program (lapas/rutan)</source>
        <translation>Program rehabilitasi di lapas/rutan</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="38"/>
        <source>Reason for admitting ahead of the waiting list</source>
        <translation>Alasan menerima mendahului daftar tunggu</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="39"/>
        <source>Counselor of record</source>
        <translation>Konselor penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="40"/>
        <location filename="../../models/rumatan/orders.py" line="31"/>
        <source>Reason for the change</source>
        <translation>Alasan perubahan</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="41"/>
        <source>Date closed</source>
        <translation>Tanggal ditutup</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="42"/>
        <source>Reason the client did not continue</source>
        <translation>Alasan klien tidak melanjutkan</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="25"/>
        <source>Screening</source>
        <translation>Skrining</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="26"/>
        <source>Waiting list</source>
        <translation>Daftar tunggu</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="27"/>
        <source>In program</source>
        <translation>Dalam program</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="29"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="32"/>
        <source>Self</source>
        <translation>Diri sendiri</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="33"/>
        <source>Parent / guardian</source>
        <translation>Orang tua / wali</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="34"/>
        <source>Spouse / family</source>
        <translation>Suami/istri / keluarga</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="38"/>
        <source>Voluntary</source>
        <translation>Sukarela</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="39"/>
        <location filename="../../ui/clinical/asi_sections.py" line="81"/>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="40"/>
        <source>Police / investigator via TAT</source>
        <translation>Kepolisian / penyidik melalui TAT</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="41"/>
        <source>Prosecutor / court order</source>
        <translation>Kejaksaan / putusan pengadilan</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="42"/>
        <source>Prison (lapas/rutan)</source>
        <translation>Lapas / rutan</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="43"/>
        <source>Hospital / puskesmas</source>
        <translation>Rumah sakit / puskesmas</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="44"/>
        <source>Another rehabilitation institution</source>
        <translation>Lembaga rehabilitasi lain</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="45"/>
        <source>School / campus</source>
        <translation>Sekolah / kampus</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="46"/>
        <source>Workplace</source>
        <translation>Tempat kerja</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="50"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="51"/>
        <source>Suspect</source>
        <translation>Tersangka</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="52"/>
        <source>Defendant</source>
        <translation>Terdakwa</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="53"/>
        <source>Sentenced inmate (WBP)</source>
        <translation>Narapidana (WBP)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="56"/>
        <source>Outpatient (rawat jalan)</source>
        <translation>Rawat jalan</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="57"/>
        <source>Inpatient (rawat inap)</source>
        <translation>Rawat inap</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="58"/>
        <source>Maintenance (rumatan)</source>
        <translation>Rumatan</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="59"/>
        <source>Social rehabilitation</source>
        <translation>Rehabilitasi sosial</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="62"/>
        <source>Methamphetamine (sabu)</source>
        <translation>Metamfetamin (sabu)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="63"/>
        <source>Cannabis (ganja)</source>
        <translation>Ganja</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="64"/>
        <source>Synthetic cannabinoids (tembakau sintetis)</source>
        <translation>Kanabinoid sintetis (tembakau sintetis)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="65"/>
        <source>Ecstasy (MDMA)</source>
        <translation>Ekstasi (MDMA)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="66"/>
        <location filename="../../ui/clinical/asi_grids.py" line="29"/>
        <source>Heroin</source>
        <translation>Heroin</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="67"/>
        <source>Other opioids</source>
        <translation>Opioid lainnya</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="68"/>
        <source>Benzodiazepines / sedatives</source>
        <translation>Benzodiazepin / obat penenang</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="70"/>
        <source>Inhalants (lem)</source>
        <translation>Inhalan (lem)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="73"/>
        <source>Tramadol</source>
        <translation>Tramadol</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="74"/>
        <source>Dextromethorphan</source>
        <translation>Dekstrometorfan</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="75"/>
        <source>Trihexyphenidyl</source>
        <translation>Triheksifenidil</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="76"/>
        <source>PCC</source>
        <translation>PCC</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="80"/>
        <source>Oral</source>
        <translation>Oral (ditelan)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="81"/>
        <source>Nasal / sublingual</source>
        <translation>Nasal / sublingual</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="82"/>
        <source>Smoked / inhaled</source>
        <translation>Dirokok / dihirup</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="83"/>
        <source>Injected, not IV</source>
        <translation>Disuntikkan, bukan IV</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="84"/>
        <source>Intravenous</source>
        <translation>Intravena (IV)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="87"/>
        <source>Experimental (coba-coba)</source>
        <translation>Coba-coba</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="88"/>
        <source>Recreational</source>
        <translation>Rekreasional</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="89"/>
        <source>Situational</source>
        <translation>Situasional</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="90"/>
        <source>Habitual</source>
        <translation>Habitual (teratur)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="91"/>
        <source>Compulsive</source>
        <translation>Kompulsif</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="94"/>
        <location filename="../../ui/intake/episode_form.py" line="30"/>
        <source>General consent</source>
        <translation>Persetujuan umum</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="95"/>
        <source>Consent to disclose</source>
        <translation>Persetujuan pengungkapan informasi</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="27"/>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="28"/>
        <source>Reporter's name</source>
        <translation>Nama pelapor</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="29"/>
        <source>Referral route</source>
        <translation>Asal rujukan</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="30"/>
        <source>Referred by</source>
        <translation>Dirujuk oleh</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="31"/>
        <location filename="../../ui/clinical/asi_sections.py" line="126"/>
        <source>Legal status</source>
        <translation>Status hukum</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="32"/>
        <source>Court / letter numbers</source>
        <translation>Nomor putusan / surat</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="33"/>
        <source>Funding</source>
        <translation>Pembiayaan</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="34"/>
        <source>Service type</source>
        <translation>Jenis layanan</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="35"/>
        <location filename="../../ui/clinical/asi_grids.py" line="101"/>
        <source>Substance</source>
        <translation>Zat</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="36"/>
        <location filename="../../ui/clinical/asi_grids.py" line="43"/>
        <source>Route of use</source>
        <translation>Cara pakai</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="37"/>
        <source>Use pattern</source>
        <translation>Pola pakai</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="38"/>
        <location filename="../../ui/clinical/asi_grids.py" line="42"/>
        <source>Days used in the last 30</source>
        <translation>Hari pakai dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="39"/>
        <source>Years of use</source>
        <translation>Lama pakai (tahun)</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="40"/>
        <source>Age at first use</source>
        <translation>Usia pertama kali pakai</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="41"/>
        <source>Overdoses</source>
        <translation>Riwayat overdosis</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="42"/>
        <location filename="../../models/people/guardians.py" line="21"/>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="43"/>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="45"/>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="48"/>
        <location filename="../../ui/intake/episode_form.py" line="31"/>
        <source>Signed on</source>
        <translation>Tanggal tanda tangan</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="49"/>
        <source>Date withdrawn</source>
        <translation>Tanggal keluar dari daftar tunggu</translation>
    </message>
    <message>
        <location filename="../../models/people/duplicates.py" line="42"/>
        <source>same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <location filename="../../models/people/duplicates.py" line="43"/>
        <source>similar name, same date of birth</source>
        <translation>nama mirip, tanggal lahir sama</translation>
    </message>
    <message>
        <location filename="../../models/people/duplicates.py" line="44"/>
        <source>same phone number</source>
        <translation>nomor telepon sama</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="32"/>
        <source>Clinical alert</source>
        <translation>Peringatan klinis</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="33"/>
        <source>Legal alert</source>
        <translation>Peringatan hukum</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="34"/>
        <source>Administrative alert</source>
        <translation>Peringatan administrasi</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="35"/>
        <source>Restricted record</source>
        <translation>Rekam dibatasi</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="40"/>
        <source>Kind of flag</source>
        <translation>Jenis penanda</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="41"/>
        <source>What the flag says</source>
        <translation>Isi penanda</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="42"/>
        <source>Why the flag is cleared</source>
        <translation>Alasan penanda dicabut</translation>
    </message>
    <message>
        <location filename="../../models/people/guardians.py" line="22"/>
        <source>Guardian's relation</source>
        <translation>Hubungan wali dengan klien</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="24"/>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="24"/>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="26"/>
        <source>NIK (KTP / KK)</source>
        <translation>NIK (KTP / KK)</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="27"/>
        <source>Passport</source>
        <translation>Paspor</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="28"/>
        <source>KITAS</source>
        <translation>KITAS</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="29"/>
        <source>KITAP</source>
        <translation>KITAP</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="30"/>
        <source>No identity document</source>
        <translation>Tidak ada dokumen identitas</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="33"/>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="34"/>
        <source>Protestant Christian</source>
        <translation>Kristen Protestan</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="35"/>
        <source>Catholic</source>
        <translation>Katolik</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="36"/>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="37"/>
        <source>Buddhist</source>
        <translation>Buddha</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="38"/>
        <source>Confucian</source>
        <translation>Khonghucu</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="39"/>
        <source>Belief in God Almighty (kepercayaan)</source>
        <translation>Kepercayaan terhadap Tuhan Yang Maha Esa</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="40"/>
        <source>Not stated</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="43"/>
        <source>Not married</source>
        <translation>Belum kawin</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="44"/>
        <source>Married</source>
        <translation>Kawin</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="45"/>
        <source>Divorced</source>
        <translation>Cerai hidup</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="46"/>
        <source>Widowed</source>
        <translation>Cerai mati</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="49"/>
        <source>No schooling</source>
        <translation>Tidak sekolah</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="50"/>
        <source>Primary school (SD)</source>
        <translation>SD / sederajat</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="51"/>
        <source>Junior high (SMP/SLTP)</source>
        <translation>SMP / SLTP</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="52"/>
        <source>Senior high (SMA/SLTA)</source>
        <translation>SMA / SLTA</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="53"/>
        <source>Diploma / academy</source>
        <translation>Diploma / akademi</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="54"/>
        <source>University</source>
        <translation>Perguruan tinggi</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="58"/>
        <source>Father</source>
        <translation>Ayah</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="59"/>
        <source>Mother</source>
        <translation>Ibu</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="60"/>
        <source>Spouse</source>
        <translation>Suami / istri</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="61"/>
        <source>Guardian</source>
        <translation>Wali</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="62"/>
        <source>Sibling</source>
        <translation>Saudara kandung</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="63"/>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="32"/>
        <location filename="../../ui/admin/merge_dialog.py" line="182"/>
        <source>Alias</source>
        <translation>Nama alias</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="36"/>
        <location filename="../../ui/admin/merge_dialog.py" line="184"/>
        <source>Identity document</source>
        <translation>Dokumen identitas</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="39"/>
        <source>Reason for no identity document</source>
        <translation>Alasan tidak ada dokumen identitas</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="40"/>
        <source>Family card number (KK)</source>
        <translation>Nomor Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="41"/>
        <source>Religion</source>
        <translation>Agama</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="42"/>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="43"/>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="50"/>
        <location filename="../../ui/admin/facility_panel.py" line="29"/>
        <location filename="../../ui/auth/setup_dialog.py" line="62"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="52"/>
        <source>Blood type</source>
        <translation>Golongan darah</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="53"/>
        <source>Nationality</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="54"/>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="55"/>
        <source>Contact name</source>
        <translation>Nama kontak</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="30"/>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="31"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="32"/>
        <source>Take-home doses</source>
        <translation>Dosis bawa pulang</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="34"/>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="24"/>
        <location filename="../../models/rumatan/stock.py" line="47"/>
        <source>Medicine</source>
        <translation>Obat</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="25"/>
        <source>Daily dose (mg)</source>
        <translation>Dosis harian (mg)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="26"/>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="27"/>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="28"/>
        <source>Take-home days allowed</source>
        <translation>Hari bawa pulang yang diizinkan</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="29"/>
        <source>QT-prolonging co-medication</source>
        <translation>Obat lain yang memperpanjang QT</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="30"/>
        <location filename="../../ui/clinical/asi_sections.py" line="95"/>
        <location filename="../../ui/clinical/asi_sections.py" line="105"/>
        <location filename="../../ui/clinical/asi_sections.py" line="116"/>
        <location filename="../../ui/clinical/asi_sections.py" line="124"/>
        <location filename="../../ui/clinical/asi_sections.py" line="136"/>
        <location filename="../../ui/clinical/asi_sections.py" line="147"/>
        <location filename="../../ui/clinical/asi_sections.py" line="166"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="32"/>
        <source>Where the client is</source>
        <translation>Keberadaan klien</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="33"/>
        <location filename="../../ui/admin/audit_panel.py" line="39"/>
        <location filename="../../ui/documents/register_dialogs.py" line="23"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="34"/>
        <location filename="../../ui/admin/audit_panel.py" line="40"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="128"/>
        <source>Reason for stopping</source>
        <translation>Alasan penghentian</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="141"/>
        <source>Review date</source>
        <translation>Tanggal peninjauan</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="142"/>
        <source>Review note</source>
        <translation>Catatan peninjauan</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="24"/>
        <source>Batch number</source>
        <translation>Nomor batch</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="25"/>
        <source>Strength (mg per ml or per tablet)</source>
        <translation>Kekuatan (mg per ml atau per tablet)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="26"/>
        <source>Amount (mg)</source>
        <translation>Jumlah (mg)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="27"/>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="29"/>
        <source>Counted (mg)</source>
        <translation>Hasil hitung (mg)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="41"/>
        <source>Methadone oral solution</source>
        <translation>Larutan oral metadon</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="42"/>
        <source>Buprenorphine tablets</source>
        <translation>Tablet buprenorfin</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="45"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="45"/>
        <source>tablets</source>
        <translation>tablet</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="50"/>
        <source>Observed dose</source>
        <translation>Dosis diminum di tempat</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="51"/>
        <location filename="../../models/rumatan/window.py" line="38"/>
        <source>Take-home dose</source>
        <translation>Dosis bawa pulang</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="52"/>
        <source>Second part of a split dose</source>
        <translation>Bagian kedua dosis terbagi</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="53"/>
        <source>Replacement of a vomited dose</source>
        <translation>Pengganti dosis yang dimuntahkan</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="60"/>
        <source>In hospital</source>
        <translation>Dirawat di rumah sakit</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="61"/>
        <source>Detained</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="62"/>
        <source>Away (out of town)</source>
        <translation>Bepergian (ke luar kota)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="67"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="68"/>
        <source>Dispensed</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="69"/>
        <source>Wasted</source>
        <translation>Terbuang</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="70"/>
        <source>Adjusted at a count</source>
        <translation>Disesuaikan saat penghitungan</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="36"/>
        <source>Due</source>
        <translation>Belum diberi</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="37"/>
        <source>Given</source>
        <translation>Sudah diberi</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="39"/>
        <source>Waits for the doctor's review</source>
        <translation>Menunggu tinjauan dokter</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="40"/>
        <source>Away</source>
        <translation>Tidak di tempat</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="42"/>
        <source>Pregnant</source>
        <translation>Hamil</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="43"/>
        <source>QT-prolonging co-medication: {what}</source>
        <translation>Obat lain yang memperpanjang QT: {what}</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="44"/>
        <source>Clinical alert: {what}</source>
        <translation>Peringatan klinis: {what}</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="45"/>
        <source>Has take-home doses until {day}</source>
        <translation>Membawa dosis pulang sampai {day}</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="29"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="31"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="33"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="34"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="48"/>
        <location filename="../../ui/admin/staff_dialogs.py" line="16"/>
        <source>SIP (doctor's licence)</source>
        <translation>SIP (surat izin praktik dokter)</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="39"/>
        <source>identity data</source>
        <translation>data identitas</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="40"/>
        <source>intake and episode data</source>
        <translation>data pendaftaran dan episode</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="41"/>
        <source>program, discharge and aftercare</source>
        <translation>data program, terminasi, dan pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="42"/>
        <source>assessments and diagnoses</source>
        <translation>asesmen dan diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="43"/>
        <source>session notes</source>
        <translation>catatan sesi</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="44"/>
        <source>urine tests and examinations</source>
        <translation>tes urine dan pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="45"/>
        <source>letters and certificates</source>
        <translation>surat dan sertifikat</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="46"/>
        <source>reports and tallies</source>
        <translation>laporan dan rekapitulasi</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="47"/>
        <source>administration</source>
        <translation>administrasi</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="48"/>
        <source>restricted records</source>
        <translation>rekam yang dibatasi</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="49"/>
        <source>rumatan doses and medicine stock</source>
        <translation>dosis rumatan dan stok obat</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="72"/>
        <source>view</source>
        <translation>melihat</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="73"/>
        <source>enter</source>
        <translation>mengisi</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="74"/>
        <source>correct</source>
        <translation>mengoreksi</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="14"/>
        <source>Facility admin</source>
        <translation>Admin fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="15"/>
        <source>Intake desk</source>
        <translation>Petugas pendaftaran</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="16"/>
        <source>Counselor</source>
        <translation>Konselor</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="17"/>
        <source>Doctor</source>
        <translation>Dokter</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="18"/>
        <source>Nurse</source>
        <translation>Perawat</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="19"/>
        <source>Pharmacist</source>
        <translation>Apoteker</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="51"/>
        <source>not a code (letters, digits, _ - ., at most 50, not starting with a digit)</source>
        <translation>bukan kode (huruf, angka, _ - ., paling banyak 50, tidak diawali angka)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="52"/>
        <source>larger than 1 MB</source>
        <translation>lebih besar dari 1 MB</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="53"/>
        <source>not JSON text</source>
        <translation>bukan teks JSON</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="54"/>
        <source>the format is not pulih-exchange-mapping/1</source>
        <translation>formatnya bukan pulih-exchange-mapping/1</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="55"/>
        <source>the version is missing or not a short name (letters, digits, _ - .)</source>
        <translation>versi tidak ada atau bukan nama pendek (huruf, angka, _ - .)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="56"/>
        <source>not an object</source>
        <translation>bukan objek</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="57"/>
        <source>no indicators</source>
        <translation>tidak ada indikator</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="58"/>
        <source>an indicator Pulih does not have</source>
        <translation>indikator yang tidak dimiliki Pulih</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="59"/>
        <source>a field the format does not have</source>
        <translation>isian yang tidak ada dalam format</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="60"/>
        <source>the indicator has no breakdown</source>
        <translation>indikator ini tidak punya rincian</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="61"/>
        <source>a code already used for another number</source>
        <translation>kode yang sudah dipakai untuk angka lain</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="91"/>
        <source>Not recorded</source>
        <extracomment>The fingerprint of the definitions of each version (see :func:`definitions_fingerprint`). Version 2 (issue 17): episodes closed without admission ("tidak melanjutkan") and the waiting list by service type (places are counted per service type); appointments attended and missed by kind (issue 13). A month closed under version 1 keeps its numbers; its stored tally simply has no value for the new indicators. Version 2 also splits the positive urine screens by their confirmation (a screen is presumptive until a laboratory or the client's admission confirms it) and counts the doctor's own physical examinations. How periods, episodes, dates and ages are counted; shown with the definitions.</extracomment>
        <translation>Tidak tercatat</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="95"/>
        <source>Confirmed by a laboratory</source>
        <translation>Dikonfirmasi laboratorium</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="96"/>
        <source>Confirmed by the client's admission</source>
        <translation>Dikonfirmasi dengan pengakuan klien</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="97"/>
        <source>Not confirmed by the laboratory</source>
        <translation>Tidak terkonfirmasi oleh laboratorium</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="98"/>
        <source>Awaiting confirmation</source>
        <translation>Menunggu konfirmasi</translation>
    </message>
    <message>
        <location filename="../../models/tallies/targets.py" line="14"/>
        <source>Annual target</source>
        <translation>Target tahunan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/targets.py" line="15"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../models/tallies/targets.py" line="16"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="38"/>
        <source>Person (reg. no. or NIK)</source>
        <translation>Orang (no. registrasi atau NIK)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="30"/>
        <location filename="../../ui/auth/setup_dialog.py" line="27"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="15"/>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="16"/>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="17"/>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="26"/>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="26"/>
        <source>Estimated</source>
        <translation>Perkiraan</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="34"/>
        <source>Urine screen</source>
        <translation>Skrining urine</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="35"/>
        <source>Severity ratings</source>
        <translation>Penilaian keparahan</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="36"/>
        <source>Diagnosis and plan</source>
        <translation>Diagnosis dan rencana</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="37"/>
        <source>The rapid test read during the assessment. Record the full test, with specimen code and kit, on the Urine tests tab.</source>
        <translation>Hasil tes cepat yang dibaca saat asesmen. Catat tes lengkapnya, dengan kode spesimen dan kit, di tab Tes urine.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="30"/>
        <source>Methadone / buprenorphine</source>
        <translation>Metadon / buprenorfin</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="31"/>
        <source>Other opioids / analgesics</source>
        <translation>Opioid lain / analgesik</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="32"/>
        <source>Barbiturates</source>
        <translation>Barbiturat</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="33"/>
        <source>Sedatives / hypnotics / tranquillisers</source>
        <translation>Sedatif / hipnotik / penenang</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="35"/>
        <source>Amphetamines (including methamphetamine)</source>
        <translation>Amfetamin (termasuk metamfetamin/sabu)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="38"/>
        <source>Inhalants</source>
        <translation>Inhalan</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="39"/>
        <source>More than one substance a day</source>
        <translation>Lebih dari satu zat per hari</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="41"/>
        <source>Use per substance</source>
        <translation>Pemakaian per zat</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="42"/>
        <source>Years of use in life</source>
        <translation>Lama pakai seumur hidup (tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="205"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="212"/>
        <source>0 - not at all</source>
        <translation>0 - sama sekali tidak</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="213"/>
        <source>1 - slightly</source>
        <translation>1 - sedikit</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="214"/>
        <source>2 - moderately</source>
        <translation>2 - sedang</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="215"/>
        <source>3 - considerably</source>
        <translation>3 - cukup berat</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="216"/>
        <source>4 - extremely</source>
        <translation>4 - sangat berat</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="218"/>
        <source>Interviewer severity: 0-1 no real problem, treatment not needed; 2-3 slight problem; 4-5 moderate problem, some treatment indicated; 6-7 considerable problem, treatment needed; 8-9 extreme problem, treatment absolutely necessary. The client rates how troubled they have been and how important treatment is to them, 0-4.</source>
        <translation>Keparahan menurut pewawancara: 0-1 tidak ada masalah berarti, tidak perlu terapi; 2-3 masalah ringan; 4-5 masalah sedang, perlu sedikit terapi; 6-7 masalah cukup berat, perlu terapi; 8-9 masalah sangat berat, terapi mutlak diperlukan. Klien menilai sendiri seberapa terganggu dirinya dan seberapa penting terapi baginya, 0-4.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="273"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_plan.py" line="15"/>
        <source>Other plan, details</source>
        <translation>Rencana lain, rinciannya</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_plan.py" line="16"/>
        <source>Summary and recommendation</source>
        <translation>Ringkasan dan rekomendasi</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_plan.py" line="17"/>
        <source>- no diagnosis yet -</source>
        <translation>- belum ada diagnosis -</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_plan.py" line="18"/>
        <source>- fourth character -</source>
        <translation>- karakter keempat -</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="54"/>
        <source>With partner and children</source>
        <translation>Dengan pasangan dan anak</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="55"/>
        <source>With partner alone</source>
        <translation>Dengan pasangan saja</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="56"/>
        <source>With children alone</source>
        <translation>Dengan anak saja</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="57"/>
        <source>With parents</source>
        <translation>Dengan orang tua</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="58"/>
        <source>With other family</source>
        <translation>Dengan keluarga lain</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="59"/>
        <source>With friends</source>
        <translation>Dengan teman</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="60"/>
        <location filename="../../ui/clinical/asi_sections.py" line="83"/>
        <source>Alone</source>
        <translation>Sendiri</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="61"/>
        <source>Controlled environment</source>
        <translation>Lingkungan terkontrol</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="62"/>
        <source>No stable arrangement</source>
        <translation>Tidak menetap</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="65"/>
        <source>Never tested</source>
        <translation>Belum pernah dites</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="66"/>
        <source>Tested, negative</source>
        <translation>Sudah dites, negatif</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="67"/>
        <source>Tested, positive</source>
        <translation>Sudah dites, positif</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="68"/>
        <source>Tested, result not known</source>
        <translation>Sudah dites, hasil tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="71"/>
        <source>Full time</source>
        <translation>Penuh waktu</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="72"/>
        <source>Part time</source>
        <translation>Paruh waktu</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="73"/>
        <source>Irregular / day labour</source>
        <translation>Tidak tetap / buruh harian</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="74"/>
        <source>Student</source>
        <translation>Pelajar / mahasiswa</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="75"/>
        <source>Homemaker</source>
        <translation>Mengurus rumah tangga</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="76"/>
        <source>Retired or disabled</source>
        <translation>Pensiun atau disabilitas</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="77"/>
        <source>Unemployed</source>
        <translation>Tidak bekerja</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="78"/>
        <source>In a controlled environment</source>
        <translation>Di lingkungan terkontrol</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="82"/>
        <source>Friends</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="88"/>
        <source>Demographics</source>
        <translation>Demografi</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="89"/>
        <source>Kind of interview</source>
        <translation>Jenis wawancara</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="90"/>
        <source>By phone</source>
        <translation>Lewat telepon</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="90"/>
        <source>Face to face</source>
        <translation>Tatap muka</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="91"/>
        <source>Usual living arrangement (last 3 years)</source>
        <translation>Tinggal bersama siapa biasanya (3 tahun terakhir)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="92"/>
        <source>Lives with someone who uses alcohol or drugs</source>
        <translation>Tinggal bersama orang yang memakai alkohol atau narkoba</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="93"/>
        <source>Days in a controlled environment in the last 30 (prison, hospital, rehabilitation)</source>
        <translation>Hari di lingkungan terkontrol dalam 30 hari terakhir (lapas, rumah sakit, rehabilitasi)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="97"/>
        <source>Medical status</source>
        <translation>Status medis</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="98"/>
        <source>Times hospitalised for medical problems in life</source>
        <translation>Berapa kali dirawat inap karena masalah medis seumur hidup</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="100"/>
        <source>Chronic medical problem that interferes with daily life</source>
        <translation>Penyakit kronis yang mengganggu kehidupan sehari-hari</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="101"/>
        <source>Takes prescribed medication for a physical problem</source>
        <translation>Minum obat resep untuk masalah fisik</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="102"/>
        <source>HIV test</source>
        <translation>Tes HIV</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="103"/>
        <source>Hepatitis C test</source>
        <translation>Tes hepatitis C</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="104"/>
        <source>Days with medical problems in the last 30</source>
        <translation>Hari dengan masalah kesehatan dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="108"/>
        <source>Years of schooling completed</source>
        <translation>Lama sekolah yang diselesaikan (tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="109"/>
        <source>Has a trade or skill</source>
        <translation>Memiliki keterampilan atau keahlian</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="110"/>
        <source>Usual employment pattern (last 3 years)</source>
        <translation>Pola kerja biasanya (3 tahun terakhir)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="112"/>
        <source>Days paid for working in the last 30</source>
        <translation>Hari bekerja dengan upah dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="113"/>
        <source>Income from work in the last 30 days (Rp)</source>
        <translation>Penghasilan dari bekerja dalam 30 hari terakhir (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="114"/>
        <source>Someone contributes to the client's support</source>
        <translation>Ada orang yang ikut menanggung biaya hidup klien</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="115"/>
        <source>Days with employment problems in the last 30</source>
        <translation>Hari dengan masalah pekerjaan dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="119"/>
        <source>Overdoses in life</source>
        <translation>Jumlah overdosis seumur hidup</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="120"/>
        <source>Times treated for alcohol or drug use in life</source>
        <translation>Berapa kali menjalani terapi alkohol atau narkoba seumur hidup</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="121"/>
        <source>Money spent on alcohol and drugs in the last 30 days (Rp)</source>
        <translation>Uang yang dihabiskan untuk alkohol dan narkoba dalam 30 hari terakhir (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="123"/>
        <source>Days with alcohol or drug problems in the last 30</source>
        <translation>Hari dengan masalah alkohol atau narkoba dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="127"/>
        <source>Admission prompted by the police, prosecutor or court</source>
        <translation>Datang atas dorongan polisi, jaksa atau pengadilan</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="129"/>
        <source>On probation or parole</source>
        <translation>Sedang menjalani masa percobaan atau pembebasan bersyarat</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="130"/>
        <source>Times charged with drug offences in life</source>
        <translation>Berapa kali didakwa kasus narkoba seumur hidup</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="131"/>
        <source>Times charged with other offences in life</source>
        <translation>Berapa kali didakwa kasus lain seumur hidup</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="132"/>
        <source>Times convicted in life</source>
        <translation>Berapa kali dihukum seumur hidup</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="133"/>
        <source>Months in prison or detention in life</source>
        <translation>Lama di penjara atau tahanan seumur hidup (bulan)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="134"/>
        <source>Awaiting charges, trial or sentence now</source>
        <translation>Sedang menunggu dakwaan, sidang atau putusan</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="135"/>
        <source>Days of illegal activity for profit in the last 30</source>
        <translation>Hari melakukan kegiatan ilegal untuk mendapat uang dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="139"/>
        <source>Spends most free time with</source>
        <translation>Paling banyak menghabiskan waktu luang bersama</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="140"/>
        <source>Has a close friend</source>
        <translation>Memiliki teman dekat</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="141"/>
        <source>Family members with alcohol or drug problems</source>
        <translation>Ada anggota keluarga dengan masalah alkohol atau narkoba</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="142"/>
        <source>Ever abused emotionally, physically or sexually</source>
        <translation>Pernah mengalami kekerasan emosional, fisik atau seksual</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="144"/>
        <source>Days of serious conflict with family in the last 30</source>
        <translation>Hari dengan konflik serius dengan keluarga dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="146"/>
        <source>Days of serious conflict with other people in the last 30</source>
        <translation>Hari dengan konflik serius dengan orang lain dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="149"/>
        <source>Psychiatric status</source>
        <translation>Status psikiatris</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="150"/>
        <source>Times treated for psychological or emotional problems in life</source>
        <translation>Berapa kali dirawat karena masalah psikologis atau emosional seumur hidup</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="152"/>
        <source>Serious depression in the last 30 days</source>
        <translation>Depresi serius dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="153"/>
        <source>Serious anxiety or tension in the last 30 days</source>
        <translation>Kecemasan atau ketegangan serius dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="154"/>
        <source>Hallucinations in the last 30 days</source>
        <translation>Halusinasi dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="155"/>
        <source>Trouble understanding, concentrating or remembering in the last 30 days</source>
        <translation>Sulit memahami, berkonsentrasi atau mengingat dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="157"/>
        <source>Trouble controlling violent behaviour in the last 30 days</source>
        <translation>Sulit mengendalikan perilaku kekerasan dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="159"/>
        <source>Serious thoughts of suicide in the last 30 days</source>
        <translation>Pikiran serius untuk bunuh diri dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="161"/>
        <source>Attempted suicide in the last 30 days</source>
        <translation>Percobaan bunuh diri dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="162"/>
        <source>Prescribed medication for a psychological problem in the last 30 days</source>
        <translation>Mendapat resep obat untuk masalah psikologis dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="164"/>
        <source>Days with psychological or emotional problems in the last 30</source>
        <translation>Hari dengan masalah psikologis atau emosional dalam 30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="19"/>
        <source>1. Have you used drugs other than those required for medical reasons?</source>
        <translation>1. Apakah Anda pernah memakai obat/zat selain untuk keperluan medis?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="20"/>
        <source>2. Do you use more than one drug at a time?</source>
        <translation>2. Apakah Anda memakai lebih dari satu jenis zat dalam satu waktu?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="21"/>
        <source>3. Are you always able to stop using drugs when you want to?</source>
        <translation>3. Apakah Anda selalu dapat berhenti memakai zat ketika Anda ingin berhenti?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="22"/>
        <source>4. Have you had blackouts or flashbacks as a result of drug use?</source>
        <translation>4. Apakah Anda pernah mengalami hilang ingatan sesaat (blackout) atau kilas balik (flashback) akibat pemakaian zat?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="23"/>
        <source>5. Do you ever feel bad or guilty about your drug use?</source>
        <translation>5. Apakah Anda pernah merasa tidak enak atau bersalah karena pemakaian zat?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="24"/>
        <source>6. Does your spouse (or parents) ever complain about your involvement with drugs?</source>
        <translation>6. Apakah pasangan (atau orang tua) Anda pernah mengeluhkan keterlibatan Anda dengan narkoba?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="26"/>
        <source>7. Have you neglected your family because of your use of drugs?</source>
        <translation>7. Apakah Anda pernah menelantarkan keluarga karena pemakaian zat?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="27"/>
        <source>8. Have you engaged in illegal activities in order to obtain drugs?</source>
        <translation>8. Apakah Anda pernah melakukan kegiatan melanggar hukum untuk mendapatkan narkoba?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="28"/>
        <source>9. Have you ever experienced withdrawal symptoms (felt sick) when you stopped taking drugs?</source>
        <translation>9. Apakah Anda pernah mengalami gejala putus zat (merasa sakit) ketika berhenti memakai?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="30"/>
        <source>10. Have you had medical problems as a result of your drug use (for example memory loss, hepatitis, convulsions, bleeding)?</source>
        <translation>10. Apakah Anda pernah mengalami masalah kesehatan akibat pemakaian zat (misalnya hilang ingatan, hepatitis, kejang, perdarahan)?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="33"/>
        <source>These questions are about the last 12 months, and about drugs other than alcohol and tobacco. Item 3 scores a point on “No”; every other item on “Yes”.</source>
        <translation>Pertanyaan ini tentang 12 bulan terakhir, dan tentang zat selain alkohol dan tembakau. Butir 3 diberi nilai satu bila dijawab “Tidak”; butir lainnya bila dijawab “Ya”.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/episode_choice.py" line="17"/>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/episode_choice.py" line="18"/>
        <source>No episode (examination only)</source>
        <translation>Tanpa episode (pemeriksaan saja)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="30"/>
        <location filename="../../ui/documents/skhpn_exam.py" line="45"/>
        <source>Supervised collection</source>
        <translation>Pengambilan diawasi</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="31"/>
        <source>Examiner</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="32"/>
        <source>Collected under supervision</source>
        <translation>Diambil dengan pengawasan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="24"/>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="33"/>
        <source>All documents</source>
        <translation>Semua dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="34"/>
        <source>Valid and voided</source>
        <translation>Berlaku dan dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="35"/>
        <source>Valid only</source>
        <translation>Hanya yang berlaku</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="36"/>
        <source>Voided only</source>
        <translation>Hanya yang dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="31"/>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="43"/>
        <source>Blood pressure</source>
        <translation>Tekanan darah</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="44"/>
        <source>Pulse</source>
        <translation>Nadi</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="31"/>
        <source>QR code text</source>
        <translation>Teks kode QR</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="32"/>
        <source>Holder's name (as on the identity card)</source>
        <translation>Nama pemegang (sesuai kartu identitas)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="33"/>
        <source>Holder's date of birth (as on the identity card)</source>
        <translation>Tanggal lahir pemegang (sesuai kartu identitas)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="25"/>
        <source>Government program</source>
        <translation>Program pemerintah</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="26"/>
        <source>Self-paying</source>
        <translation>Biaya sendiri</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="29"/>
        <source>Wajib lapor</source>
        <translation>Wajib lapor</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="32"/>
        <source>Admit now</source>
        <translation>Terima sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="114"/>
        <source>Reporter's phone</source>
        <translation>Telepon pelapor</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="189"/>
        <source>Treated before</source>
        <translation>Pernah dirawat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="24"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="36"/>
        <source>Working</source>
        <translation>Bekerja</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="37"/>
        <source>In school</source>
        <translation>Bersekolah</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="38"/>
        <source>Back with the family</source>
        <translation>Kembali ke keluarga</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="38"/>
        <source>Recovered</source>
        <extracomment>The TEDS discharge codes and what each means (TEDS-D "reason for discharge").</extracomment>
        <translation>Pulih</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="39"/>
        <source>Skilled</source>
        <translation>Terampil</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="40"/>
        <source>Independent</source>
        <translation>Mandiri</translation>
    </message>
    <message>
        <location filename="../../ui/program/yes_no.py" line="10"/>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Approving doctor</source>
        <translation type="vanished">Dokter yang menyetujui</translation>
    </message>
    <message>
        <source>Holder's date of birth on the paper</source>
        <translation type="vanished">Tanggal lahir pemegang pada surat</translation>
    </message>
    <message>
        <source>Holder's name on the paper</source>
        <translation type="vanished">Nama pemegang pada surat</translation>
    </message>
    <message>
        <source>recorded a missed dose</source>
        <translation type="vanished">mencatat dosis yang terlewat</translation>
    </message>
    <message>
        <source>reviewed the dose</source>
        <translation type="vanished">meninjau dosis</translation>
    </message>
</context>
<context>
    <name>ConclusionBox</name>
    <message>
        <location filename="../../ui/documents/conclusion_box.py" line="129"/>
        <source>The proposal appears when the DAST-10 and the urine panel are complete.</source>
        <translation>Usulan kesimpulan muncul setelah DAST-10 dan tes urine lengkap.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/conclusion_box.py" line="132"/>
        <source>The results propose: {conclusion} ({why}).</source>
        <translation>Usulan dari hasil pemeriksaan: {conclusion} ({why}).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/conclusion_box.py" line="141"/>
        <source>I confirm a conclusion that differs from the results</source>
        <translation>Saya mengonfirmasi kesimpulan yang berbeda dari hasil pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/conclusion_box.py" line="143"/>
        <source>Clinical reason, e.g. BZO positive: diazepam on a prescription that was shown</source>
        <translation>Alasan klinis, mis. BZO positif: diazepam dengan resep dokter yang ditunjukkan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/conclusion_box.py" line="145"/>
        <source>This conclusion differs from what the results propose. It needs your confirmation and a clinical reason, printed on the certificate.</source>
        <translation>Kesimpulan ini berbeda dari usulan hasil pemeriksaan. Diperlukan konfirmasi Anda dan alasan klinis, yang dicetak pada surat keterangan.</translation>
    </message>
</context>
<context>
    <name>ConfirmationFlag</name>
    <message>
        <location filename="../../ui/clinical/urine_panel.py" line="39"/>
        <source>Positive: needs lab confirmation</source>
        <translation>Positif: perlu konfirmasi lab</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="354"/>
        <source>The client is under 18: a parent or guardian signs the consent. The reporting parent or guardian is added to the family contacts as guardian.</source>
        <translation>Klien berusia di bawah 18 tahun: persetujuan ditandatangani orang tua atau wali. Orang tua/wali yang melapor dicatat sebagai wali di kontak keluarga.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="373"/>
        <source>The general consent form has been signed</source>
        <translation>Formulir persetujuan umum sudah ditandatangani</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="374"/>
        <source>Admit to the program today</source>
        <translation>Terima ke dalam program hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="376"/>
        <source>The admission date is the first day of service. When every place in the program is taken, the person joins the waiting list instead.</source>
        <translation>Tanggal masuk adalah hari pertama layanan. Bila semua tempat dalam program sudah terisi, orang ini masuk daftar tunggu.</translation>
    </message>
    <message>
        <source>Admit to the program now (the first day of service); when every place is taken the person joins the waiting list</source>
        <translation type="vanished">Terima ke dalam program sekarang (hari pertama layanan); bila semua tempat terisi, orang ini masuk daftar tunggu</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="73"/>
        <source>Your role may not add family contacts; ask the intake desk.</source>
        <translation>Peran Anda tidak boleh menambah kontak keluarga; minta bantuan petugas pendaftaran.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="85"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="105"/>
        <source>Add the contact (Enter)</source>
        <translation>Tambahkan kontak (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="108"/>
        <source>Parent or legal guardian of a minor</source>
        <translation>Orang tua atau wali sah dari anak di bawah umur</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="109"/>
        <source>&amp;Add contact</source>
        <translation>&amp;Tambah kontak</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="111"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="111"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="111"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="111"/>
        <source>Relation</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="112"/>
        <source>Guardian</source>
        <translation>Wali</translation>
    </message>
</context>
<context>
    <name>CounselorDialogs</name>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="18"/>
        <source>Choose a counselor.</source>
        <translation>Pilih konselor.</translation>
    </message>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="19"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DastDialog</name>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="71"/>
        <source>Total {total} of 10: {band}</source>
        <extracomment>The questions as asked (about the last 12 months); the short item names are models'.</extracomment>
        <translation>Total {total} dari 10: {band}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="75"/>
        <source>Answered {done} of 10.</source>
        <translation>{done} dari 10 sudah dijawab.</translation>
    </message>
</context>
<context>
    <name>DastWidget</name>
    <message>
        <location filename="../../ui/documents/dast_widget.py" line="84"/>
        <source>Total {total} of 10: {band}</source>
        <translation>Total {total} dari 10: {band}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dast_widget.py" line="88"/>
        <source>Answered {done} of 10.</source>
        <translation>Terjawab {done} dari 10.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="57"/>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../ui/home/day_panel.py" line="47"/>
        <source>contact made</source>
        <translation>sudah dihubungi</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="48"/>
        <source>not contacted yet</source>
        <translation>belum dihubungi</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="49"/>
        <source>({shown} of {total} shown)</source>
        <translation>({shown} dari {total} ditampilkan)</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="50"/>
        <source>Census by service type</source>
        <translation>Sensus per jenis layanan</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="51"/>
        <source>{taken} of {capacity} places taken</source>
        <translation>{taken} dari {capacity} tempat terisi</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="52"/>
        <source>{taken} in a program (no capacity set)</source>
        <translation>{taken} dalam program (kapasitas belum ditetapkan)</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="53"/>
        <source>{service}: {taken} of {capacity} places taken</source>
        <translation>{service}: {taken} dari {capacity} tempat terisi</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="54"/>
        <source>{service}: {taken} (no limit set)</source>
        <translation>{service}: {taken} (tanpa batas)</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="55"/>
        <source>Today, {date}</source>
        <translation>Hari ini, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="56"/>
        <source>(restricted record)</source>
        <translation>(rekam dibatasi)</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="57"/>
        <source>none since admission ({date})</source>
        <translation>belum ada sejak masuk ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="61"/>
        <source>%n day(s)</source>
        <extracomment>Wider than this, the sections stand in two columns.</extracomment>
        <translation>%n hari</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="77"/>
        <source>{name} and %n other(s)</source>
        <translation>{name} dan %n lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="82"/>
        <source>Follow-ups due today</source>
        <translation>Tindak lanjut hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="83"/>
        <source>No follow-up is due today.</source>
        <translation>Tidak ada tindak lanjut yang jatuh tempo hari ini.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="84"/>
        <location filename="../../ui/home/day_panel.py" line="89"/>
        <location filename="../../ui/home/day_panel.py" line="94"/>
        <location filename="../../ui/home/day_panel.py" line="100"/>
        <location filename="../../ui/home/day_panel.py" line="112"/>
        <location filename="../../ui/home/day_panel.py" line="118"/>
        <location filename="../../ui/home/day_panel.py" line="125"/>
        <location filename="../../ui/home/day_panel.py" line="130"/>
        <location filename="../../ui/home/day_panel.py" line="135"/>
        <location filename="../../ui/home/day_panel.py" line="140"/>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="84"/>
        <location filename="../../ui/home/day_panel.py" line="107"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="87"/>
        <source>Missed follow-ups</source>
        <translation>Tindak lanjut terlewat</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="88"/>
        <source>No follow-up was missed.</source>
        <translation>Tidak ada tindak lanjut yang terlewat.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="89"/>
        <source>Was due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="92"/>
        <source>Overdue phases</source>
        <translation>Fase melewati target</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="93"/>
        <source>No client is past a phase's target duration.</source>
        <translation>Tidak ada klien yang melewati target durasi fasenya.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="94"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="95"/>
        <source>Days / target</source>
        <translation>Hari / target</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="98"/>
        <source>Waiting list</source>
        <translation>Daftar tunggu</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="99"/>
        <source>Nobody is waiting for a place.</source>
        <translation>Tidak ada yang menunggu tempat.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="100"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="101"/>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="104"/>
        <source>SKHPN today</source>
        <translation>SKHPN hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="105"/>
        <source>No SKHPN application today.</source>
        <translation>Tidak ada permohonan SKHPN hari ini.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="106"/>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="106"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="110"/>
        <source>My unsigned notes</source>
        <translation>Catatan saya yang belum ditandatangani</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="111"/>
        <source>Every note of yours is signed.</source>
        <translation>Semua catatan Anda sudah ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="112"/>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="113"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="116"/>
        <source>My unsigned assessments</source>
        <translation>Asesmen saya yang belum ditandatangani</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="117"/>
        <source>Every assessment of yours is signed.</source>
        <translation>Semua asesmen Anda sudah ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="118"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="119"/>
        <source>Instrument</source>
        <translation>Instrumen</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="122"/>
        <source>Positive urine screens awaiting confirmation</source>
        <translation>Tes urine positif menunggu konfirmasi</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="124"/>
        <source>No positive screen is waiting for its confirmation.</source>
        <translation>Tidak ada hasil skrining positif yang menunggu konfirmasi.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="125"/>
        <source>Collected</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="128"/>
        <source>Flagged risks</source>
        <translation>Risiko yang ditandai</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="129"/>
        <source>No client carries a risk flag.</source>
        <translation>Tidak ada klien dengan tanda risiko.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="130"/>
        <source>Flag</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="131"/>
        <source>What it says</source>
        <translation>Isi tanda</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="133"/>
        <source>Urine tests due</source>
        <translation>Tes urine yang sudah waktunya</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="134"/>
        <source>No client in a program is due a urine test.</source>
        <translation>Tidak ada klien dalam program yang perlu tes urine.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="135"/>
        <source>Last test</source>
        <translation>Tes terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="137"/>
        <source>Rumatan: doses waiting for a doctor's review</source>
        <translation>Rumatan: dosis menunggu tinjauan dokter</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="139"/>
        <source>No rumatan client waits for a review.</source>
        <translation>Tidak ada klien rumatan yang menunggu tinjauan.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="140"/>
        <source>Missed</source>
        <translation>Tidak datang</translation>
    </message>
</context>
<context>
    <name>DiagnosesDialog</name>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="102"/>
        <source>Primary: {diagnosis}</source>
        <translation>Utama: {diagnosis}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="110"/>
        <source>No diagnosis for this episode yet.</source>
        <translation>Belum ada diagnosis untuk episode ini.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="158"/>
        <source>Diagnoses of the episode</source>
        <translation>Diagnosis episode</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="160"/>
        <source>Several diagnoses can be given; one is the primary diagnosis. A diagnosis given in error is withdrawn, not deleted.</source>
        <translation>Episode dapat memiliki beberapa diagnosis; satu di antaranya diagnosis utama. Diagnosis yang keliru ditarik, tidak dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="166"/>
        <source>Make it the primary diagnosis</source>
        <translation>Jadikan diagnosis utama</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="167"/>
        <source>Add diagnosis</source>
        <translation>Tambah diagnosis</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="168"/>
        <source>Make primary</source>
        <translation>Jadikan utama</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="169"/>
        <source>Withdraw</source>
        <translation>Tarik</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="29"/>
        <source>treatment completed</source>
        <translation>program selesai</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="30"/>
        <source>dropped out of treatment</source>
        <translation>putus program</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="31"/>
        <source>terminated by the facility</source>
        <translation>dihentikan oleh fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="32"/>
        <source>transferred to another program or facility</source>
        <translation>dirujuk ke program atau fasilitas lain</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="33"/>
        <source>incarcerated</source>
        <translation>ditahan atau dipenjara</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="34"/>
        <source>death</source>
        <translation>meninggal dunia</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="35"/>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="37"/>
        <source>TEDS {code} – {meaning}</source>
        <translation>TEDS {code} – {meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="144"/>
        <source>{phase} is not the program's last phase ({final}). Record "Completed" only if the program really counts as completed, and say why.</source>
        <translation>{phase} bukan fase terakhir program ({final}). Catat "Selesai" hanya bila program memang dianggap selesai, dan tuliskan alasannya.</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="185"/>
        <source>Correct the discharge</source>
        <translation>Koreksi terminasi</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="186"/>
        <source>Discharge (terminasi)</source>
        <translation>Terminasi</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="188"/>
        <source>The discharge date, reason and outcomes change only here; the old and new values and your reason are recorded.</source>
        <translation>Tanggal, alasan dan hasil terminasi hanya dapat diubah di sini; nilai lama dan baru serta alasan Anda dicatat.</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="190"/>
        <source>Discharge ends the program on this date. With aftercare ticked, the aftercare plan starts the same day with the facility's follow-up schedule.</source>
        <translation>Terminasi mengakhiri program pada tanggal ini. Bila pascarehabilitasi dicentang, rencana pascarehabilitasi dimulai pada hari yang sama dengan jadwal tindak lanjut fasilitas.</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="195"/>
        <source>Start aftercare on the discharge date</source>
        <translation>Mulai pascarehabilitasi pada tanggal terminasi</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="196"/>
        <source>Save the correction</source>
        <translation>Simpan koreksi</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="197"/>
        <source>Discharge</source>
        <translation>Terminasi</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="198"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../ui/documents/preview.py" line="78"/>
        <source>The printer could not be started.</source>
        <extracomment>Pages are drawn as pictures for the printer; above this resolution they only get bigger.</extracomment>
        <translation>Printer tidak dapat dijalankan. Periksa apakah printer menyala dan terhubung.</translation>
    </message>
</context>
<context>
    <name>DoseChartTab</name>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="94"/>
        <source>Dose order</source>
        <translation>Resep dosis</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="95"/>
        <source>The order starts on the date given; an order still open then ends the day before. A large change needs the confirmation and its reason.</source>
        <translation>Resep berlaku mulai tanggal yang diisi; resep yang masih berlaku berakhir sehari sebelumnya. Perubahan besar memerlukan konfirmasi dan alasannya.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="104"/>
        <source>Medicine</source>
        <translation>Obat</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="109"/>
        <source>Daily dose (mg)</source>
        <translation>Dosis harian (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="111"/>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="112"/>
        <source>Take-home days allowed</source>
        <translation>Hari bawa pulang yang diizinkan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="114"/>
        <source>Pregnant</source>
        <translation>Hamil</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="115"/>
        <source>QT-prolonging co-medication</source>
        <translation>Obat lain yang memperpanjang QT</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="117"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="118"/>
        <source>I confirm a change larger than the facility's limit</source>
        <translation>Saya mengonfirmasi perubahan yang melebihi batas fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="120"/>
        <source>Reason for the change</source>
        <translation>Alasan perubahan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="130"/>
        <source>Stop therapy</source>
        <translation>Hentikan terapi</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="131"/>
        <source>No dose is ordered after the last day given.</source>
        <translation>Tidak ada dosis yang diresepkan setelah hari terakhir yang diisi.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="133"/>
        <source>Last day of therapy</source>
        <translation>Hari terakhir terapi</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="134"/>
        <source>Reason for stopping</source>
        <translation>Alasan penghentian</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="144"/>
        <source>Ordered daily dose (mg)</source>
        <translation>Dosis harian yang diresepkan (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="147"/>
        <source>Observed dose</source>
        <translation>Dosis diminum di tempat</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="151"/>
        <source>Take-home dose</source>
        <translation>Dosis bawa pulang</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="155"/>
        <source>Missed day</source>
        <translation>Hari tidak datang</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="186"/>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="197"/>
        <source>No dose orders yet.</source>
        <translation>Belum ada resep dosis.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="204"/>
        <source>From {first} to {last}: {given} doses given, {missed} days missed; no order is in force today.</source>
        <translation>Dari {first} sampai {last}: {given} dosis diberikan, {missed} hari tidak datang; tidak ada resep yang berlaku hari ini.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="210"/>
        <source>From {first} to {last}: {given} doses given, {missed} days missed; ordered today: {mg:g} mg.</source>
        <translation>Dari {first} sampai {last}: {given} dosis diberikan, {missed} hari tidak datang; dosis resep hari ini: {mg:g} mg.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="216"/>
        <source>Order or change dose...</source>
        <translation>Resepkan atau ubah dosis...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="217"/>
        <source>Stop therapy...</source>
        <translation>Hentikan terapi...</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="18"/>
        <source>Reg. no.</source>
        <translation>No. reg.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="19"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="20"/>
        <source>Medicine</source>
        <translation>Obat</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="21"/>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="23"/>
        <source>Given</source>
        <translation>Diberikan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="24"/>
        <source>Missed days</source>
        <translation>Tidak datang (hari)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="25"/>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="28"/>
        <source>Methadone</source>
        <translation>Metadon</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="29"/>
        <source>Buprenorphine</source>
        <translation>Buprenorfin</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="30"/>
        <source>Possibly the same person</source>
        <translation>Mungkin orang yang sama</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="35"/>
        <source>Someone on file has a similar name and the same date of birth. Compare them before saving: a second record for one person splits their history.</source>
        <translation>Ada orang terdaftar dengan nama mirip dan tanggal lahir sama. Bandingkan sebelum menyimpan: data kedua untuk satu orang memecah riwayatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="40"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="40"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="40"/>
        <source>Registration number</source>
        <translation>Nomor registrasi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="41"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="41"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="41"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="44"/>
        <source>(new)</source>
        <translation>(baru)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="44"/>
        <source>Being registered now</source>
        <translation>Yang sedang didaftarkan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="46"/>
        <source>On file</source>
        <translation>Sudah terdaftar</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="61"/>
        <source>&amp;Open the record on file</source>
        <translation>&amp;Buka data yang sudah ada</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="65"/>
        <source>This is a &amp;different person: save</source>
        <translation>Ini orang yang &amp;berbeda: simpan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="69"/>
        <source>Back to the form</source>
        <translation>Kembali ke formulir</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="53"/>
        <source>New key</source>
        <translation>Kunci baru</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="54"/>
        <source>New key again</source>
        <translation>Ulangi kunci baru</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="68"/>
        <source>Change the database key</source>
        <translation>Ganti kunci basis data</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="69"/>
        <source>Encrypt the database</source>
        <translation>Enkripsi basis data</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="71"/>
        <source>A copy encrypted with the new key is written beside the database, checked, and only then put in its place. The key must have at least {minimum} characters (a few words are easy to remember). Pulih asks for it at every start; without it the data cannot be recovered: keep it written down in a safe place.</source>
        <translation>Salinan yang dienkripsi dengan kunci baru ditulis di samping basis data, diperiksa, dan baru kemudian dipasang menggantikannya. Kunci minimal {minimum} karakter (beberapa kata mudah diingat). Pulih menanyakannya setiap kali dijalankan; tanpa kunci itu data tidak dapat dipulihkan: catat dan simpan di tempat aman.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="76"/>
        <source>Keep the old file (plain or under the old key) beside it; otherwise it is overwritten and removed</source>
        <translation>Simpan berkas lama (tanpa enkripsi atau dengan kunci lama) di sampingnya; jika tidak, berkas itu ditimpa dan dihapus</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="97"/>
        <source>Writing the encrypted copy…</source>
        <translation>Menulis salinan terenkripsi…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="129"/>
        <source>The database is now encrypted with the new key.</source>
        <translation>Basis data kini terenkripsi dengan kunci baru.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="131"/>
        <source>The old file was kept as {path}, as asked: keep it safe or delete it.</source>
        <translation>Berkas lama disimpan sebagai {path}, sesuai permintaan: simpan di tempat aman atau hapus.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="134"/>
        <source>The old file was overwritten with zeros and removed (on a flash disk or SSD an overwrite cannot promise that no old block survives inside the device).</source>
        <translation>Berkas lama ditimpa dengan nol lalu dihapus (pada flashdisk atau SSD, penimpaan tidak dapat menjamin tidak ada blok lama yang tersisa di dalam perangkat).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="137"/>
        <source>Backups made before stay as they were (plain or under the old key): make a new backup now, and keep the old ones safe or delete them.</source>
        <translation>Cadangan yang dibuat sebelumnya tetap seperti semula (tanpa enkripsi atau dengan kunci lama): buat cadangan baru sekarang, lalu simpan yang lama di tempat aman atau hapus.</translation>
    </message>
</context>
<context>
    <name>EpisodeChoice</name>
    <message>
        <location filename="../../ui/program/episode_choice.py" line="61"/>
        <source>&amp;Episode:</source>
        <translation>&amp;Episode:</translation>
    </message>
    <message>
        <location filename="../../ui/program/episode_choice.py" line="64"/>
        <source>{number} · {status} · reported {date}</source>
        <translation>{number} · {status} · lapor {date}</translation>
    </message>
</context>
<context>
    <name>EpisodeCounselorDialog</name>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="83"/>
        <source>Change the counselor of record</source>
        <translation>Ganti konselor penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="84"/>
        <source>Now: {name}. The change and its reason are recorded.</source>
        <translation>Sekarang: {name}. Perubahan dan alasannya dicatat.</translation>
    </message>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="86"/>
        <source>Change</source>
        <translation>Ganti</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../../ui/widgets/errors.py" line="36"/>
        <source>Pulih</source>
        <translation>Pulih</translation>
    </message>
</context>
<context>
    <name>ErrorLog</name>
    <message>
        <location filename="../../ui/error_log.py" line="27"/>
        <source>Something unexpected went wrong, so the last action may not have been done. What was saved before is safe. The details were written to {log}: please send that file to your Pulih support.</source>
        <translation>Terjadi kesalahan yang tidak terduga, jadi tindakan terakhir mungkin belum terlaksana. Yang sudah tersimpan sebelumnya aman. Rinciannya ditulis ke {log}: kirimkan berkas itu kepada dukungan Pulih Anda.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/error_summary.py" line="66"/>
        <source>%n thing(s) to fix before saving:</source>
        <translation>
            <numerusform>%n isian perlu diperbaiki sebelum disimpan:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../models/admin/client_import.py" line="70"/>
        <source>Choose the column that holds the full name.</source>
        <translation>Pilih kolom yang berisi nama lengkap.</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="71"/>
        <source>Choose the column that holds the sex.</source>
        <translation>Pilih kolom yang berisi jenis kelamin.</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="72"/>
        <source>"{value}" is not a sex (write L or P).</source>
        <translation>"{value}" bukan jenis kelamin (tulis L atau P).</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="73"/>
        <source>"{value}" is not a date (write e.g. 17-08-1995 or 17 Agustus 1995).</source>
        <translation>"{value}" bukan tanggal (tulis mis. 17-08-1995 atau 17 Agustus 1995).</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="74"/>
        <source>This NIK is already registered to {name} ({reg_no}).</source>
        <translation>NIK ini sudah terdaftar atas nama {name} ({reg_no}).</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="75"/>
        <source>The same NIK as row {row}.</source>
        <translation>NIK sama dengan baris {row}.</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="76"/>
        <source>The file changed since the dry run. Run the dry run again and check its result before importing.</source>
        <translation>File berubah sejak uji coba. Jalankan uji coba lagi dan periksa hasilnya sebelum mengimpor.</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="78"/>
        <source>Give the column mapping a name (at most 100 characters).</source>
        <translation>Beri nama pemetaan kolom (paling banyak 100 karakter).</translation>
    </message>
    <message>
        <location filename="../../models/admin/encrypted_setup.py" line="21"/>
        <source>The key of the database must have at least {minimum} characters.</source>
        <translation>Kunci basis data harus terdiri dari sedikitnya {minimum} karakter.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encrypted_setup.py" line="23"/>
        <location filename="../../models/admin/encryption.py" line="38"/>
        <source>The two keys are not the same.</source>
        <translation>Kedua kunci tidak sama.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encrypted_setup.py" line="24"/>
        <source>Only a new, empty SQLite database can be encrypted at set-up.</source>
        <translation>Hanya basis data SQLite yang baru dan masih kosong yang dapat dienkripsi saat penyiapan.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="39"/>
        <source>The new key is the key in use. Choose another.</source>
        <translation>Kunci baru sama dengan kunci yang sedang dipakai. Pilih kunci lain.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="40"/>
        <source>Encryption at rest is for an SQLite database; a PostgreSQL server encrypts its disk itself.</source>
        <translation>Enkripsi penyimpanan hanya untuk basis data SQLite; server PostgreSQL mengenkripsi disknya sendiri.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="43"/>
        <source>The database is already encrypted. Change its key instead.</source>
        <translation>Basis data sudah terenkripsi. Ganti kuncinya saja.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="44"/>
        <source>The database is not encrypted; encrypt it first.</source>
        <translation>Basis data belum terenkripsi; enkripsi dulu.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="46"/>
        <source>The encrypted copy did not match the database ({detail}); it was removed and nothing was changed.</source>
        <translation>Salinan terenkripsi tidak sama dengan basis data ({detail}); salinan itu dihapus dan tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="31"/>
        <source>The letterhead needs one to four name lines.</source>
        <translation>Kop surat memerlukan satu sampai empat baris nama.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="32"/>
        <source>A facility code uses capital letters, digits and dashes, e.g. BNNK-JU.</source>
        <translation>Kode fasilitas hanya boleh berisi huruf kapital, angka, dan tanda hubung, misalnya BNNK-JU.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="33"/>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} bukan alamat email yang benar.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="34"/>
        <source>The logo must be a PNG or JPEG image of at most 2 MB.</source>
        <translation>Logo harus berupa gambar PNG atau JPEG dengan ukuran paling besar 2 MB.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="35"/>
        <source>There is no setting called {key}.</source>
        <translation>Tidak ada pengaturan bernama {key}.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="36"/>
        <source>{field} has the wrong kind of value.</source>
        <translation>Jenis nilai {field} tidak sesuai.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="37"/>
        <location filename="../../models/appointments/appointment.py" line="80"/>
        <location filename="../../models/care/aftercare.py" line="94"/>
        <location filename="../../models/intake/intake.py" line="57"/>
        <location filename="../../models/tallies/targets.py" line="17"/>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="38"/>
        <location filename="../../models/safety/accounts.py" line="44"/>
        <source>A NIP has 18 digits.</source>
        <translation>NIP terdiri dari 18 angka.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="26"/>
        <source>Choose two different people to merge.</source>
        <translation>Pilih dua orang yang berbeda untuk digabungkan.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="27"/>
        <source>{name} was already merged into another record.</source>
        <translation>{name} sudah digabungkan ke data lain.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="28"/>
        <source>Both people have an open episode; close one before merging (an episode still in screening or on the waiting list: "Not continuing..." on its Program tab).</source>
        <translation>Kedua orang masih memiliki episode yang terbuka; tutup salah satunya sebelum menggabungkan (episode yang masih skrining atau di daftar tunggu: "Tidak melanjutkan..." di tab Program).</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="31"/>
        <source>This merge was already undone.</source>
        <translation>Penggabungan ini sudah dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="32"/>
        <source>A later merge involves these people; undo that one first.</source>
        <translation>Ada penggabungan yang lebih baru yang melibatkan orang-orang ini; batalkan itu terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="33"/>
        <source>This merge does not exist.</source>
        <translation>Penggabungan ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="71"/>
        <location filename="../../models/admin/merge.py" line="230"/>
        <location filename="../../models/documents/issue.py" line="41"/>
        <location filename="../../models/intake/episode.py" line="183"/>
        <location filename="../../models/intake/intake.py" line="153"/>
        <location filename="../../models/people/registry.py" line="66"/>
        <source>This person's record does not exist.</source>
        <translation>Data orang ini tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../models/admin/setting_rules.py" line="17"/>
        <source>{field}: write each item once, in words of at most {limit} characters, separated by commas.</source>
        <translation>{field}: tulis setiap butir sekali saja, paling banyak {limit} karakter, dipisahkan koma.</translation>
    </message>
    <message>
        <location filename="../../models/admin/setting_rules.py" line="20"/>
        <source>{field} needs at least one item.</source>
        <translation>{field} perlu paling sedikit satu butir.</translation>
    </message>
    <message>
        <location filename="../../models/admin/staff_admin.py" line="21"/>
        <source>You cannot change your own role; another admin can.</source>
        <translation>Anda tidak dapat mengubah peran Anda sendiri; admin lain dapat melakukannya.</translation>
    </message>
    <message>
        <location filename="../../models/admin/staff_admin.py" line="22"/>
        <location filename="../../models/safety/accounts.py" line="118"/>
        <location filename="../../models/safety/accounts.py" line="136"/>
        <location filename="../../models/safety/accounts.py" line="148"/>
        <source>That staff account does not exist.</source>
        <translation>Akun petugas tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="76"/>
        <location filename="../../models/appointments/reminders.py" line="189"/>
        <location filename="../../models/appointments/reminders.py" line="235"/>
        <source>This appointment does not exist.</source>
        <translation>Janji temu ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="77"/>
        <source>An appointment that is {status} cannot become {new}.</source>
        <translation>Janji temu yang berstatus {status} tidak dapat menjadi {new}.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="78"/>
        <source>An appointment on {date} has not happened yet: it can be marked attended or missed from that day on.</source>
        <translation>Janji temu tanggal {date} belum berlangsung: hadir atau tidak datang baru dapat dicatat mulai hari itu.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="81"/>
        <source>{field} must be between 06:00 and 22:00.</source>
        <translation>{field} harus antara pukul 06.00 dan 22.00.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="82"/>
        <source>Choose the client (a group session needs its participants).</source>
        <translation>Pilih klien (sesi kelompok memerlukan pesertanya).</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="83"/>
        <source>Episode {episode_no} is closed: book for an open episode.</source>
        <translation>Episode {episode_no} sudah ditutup: jadwalkan untuk episode yang masih berjalan.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="84"/>
        <source>{name} is no longer active: choose another staff member.</source>
        <translation>{name} sudah tidak aktif: pilih petugas lain.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="85"/>
        <source>{name} already has {count} appointment(s) at that time. Choose another time, or give a reason to book anyway.</source>
        <translation>{name} sudah punya {count} janji temu pada jam itu. Pilih jam lain, atau tulis alasan untuk tetap menjadwalkan.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="87"/>
        <source>{field} is in the past: book from today on.</source>
        <translation>{field} sudah lewat: jadwalkan mulai hari ini.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="305"/>
        <source>Another desk changed this appointment. It was read again: check it and try once more.</source>
        <translation>Meja lain mengubah janji temu ini. Data sudah dibaca ulang: periksa lalu coba sekali lagi.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="442"/>
        <location filename="../../models/care/notes.py" line="78"/>
        <source>This note does not exist.</source>
        <translation>Catatan ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="56"/>
        <source>This client has not consented to be contacted: record the consent (with the channel) in the record first.</source>
        <translation>Klien ini belum setuju untuk dihubungi: catat dulu persetujuannya (beserta salurannya).</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="58"/>
        <source>This client consented to be contacted by {channel} only.</source>
        <translation>Klien ini hanya setuju dihubungi melalui {channel}.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="59"/>
        <source>The message would say "{word}", which tells a reader what the appointment is about. Change the place or the text.</source>
        <translation>Pesan akan memuat kata "{word}", yang memberi tahu pembaca tujuan janji temu ini. Ubah tempat atau teksnya.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="61"/>
        <source>Fill in {field}: WhatsApp and SMS need a number.</source>
        <translation>Isi {field}: WhatsApp dan SMS memerlukan nomor.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="102"/>
        <location filename="../../models/people/flags.py" line="123"/>
        <source>This person does not exist.</source>
        <translation>Orang ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/series.py" line="26"/>
        <source>A series has between 0 and {high} sessions, 1 to 60 days apart.</source>
        <translation>Satu seri berisi 0 sampai {high} sesi, berjarak 1 sampai 60 hari.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/series.py" line="28"/>
        <source>This program offers no session series: set one for its template in Admin first.</source>
        <translation>Program ini tidak menawarkan seri sesi: atur dulu serinya pada templat program di Admin.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="53"/>
        <source>The backup folder {folder} cannot be used ({detail}). Plug in the USB stick or choose another folder.</source>
        <translation>Folder cadangan {folder} tidak dapat dipakai ({detail}). Pasang USB flash disk atau pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="56"/>
        <source>The backup just written to {path} failed its check ({detail}) and was removed. The database itself is unchanged; try again, or use another USB stick.</source>
        <translation>Cadangan yang baru ditulis ke {path} gagal diperiksa ({detail}) dan telah dihapus. Basis datanya sendiri tidak berubah; coba lagi, atau gunakan USB flash disk lain.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="59"/>
        <source>The backup folder {folder} is full ({free} MB free). The database itself is fine. Delete old backups there, or choose a USB stick or another disk with more space.</source>
        <translation>Folder cadangan {folder} penuh (tersisa {free} MB). Basis datanya sendiri baik-baik saja. Hapus cadangan lama di sana, atau pilih flashdisk atau disk lain yang ruangnya lebih besar.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="62"/>
        <source>The backup was not made because the database itself could not be read ({detail}). The backup folder is not the cause: do not change the USB stick. Close Pulih and start it again; if this message comes back, run python main.py check --full and keep the last good backup safe.</source>
        <translation>Cadangan tidak dibuat karena basis datanya sendiri tidak dapat dibaca ({detail}). Penyebabnya bukan folder cadangan: flashdisk tidak perlu diganti. Tutup Pulih lalu jalankan lagi; jika pesan ini muncul lagi, jalankan python main.py check --full dan simpan baik-baik cadangan baik yang terakhir.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="67"/>
        <source>{path} is not a usable Pulih backup ({detail}). Nothing was restored; choose another backup.</source>
        <translation>{path} bukan cadangan Pulih yang dapat dipakai ({detail}). Tidak ada yang dipulihkan; pilih cadangan lain.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="70"/>
        <source>The database is still open in another Pulih window or program. Close Pulih everywhere else on this computer, then restore again. Nothing was changed.</source>
        <translation>Basis data masih terbuka di jendela Pulih atau program lain. Tutup Pulih di tempat lain di komputer ini, lalu pulihkan lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="73"/>
        <source>A backup of the database is being made right now. Nothing was changed; restore again when the backup has finished (usually within a few minutes).</source>
        <translation>Cadangan basis data sedang dibuat saat ini. Tidak ada yang diubah; pulihkan lagi setelah pencadangan selesai (biasanya dalam beberapa menit).</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="76"/>
        <source>{path} is a backup of another kind of database than the one in use. Nothing was restored.</source>
        <translation>{path} adalah cadangan dari jenis basis data yang berbeda dengan yang dipakai. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../models/backup/postgres.py" line="19"/>
        <source>{tool} is not installed on this computer, so Pulih cannot back up or restore the PostgreSQL database from here. Install the PostgreSQL client tools (the same version as the server) on this computer, or ask whoever runs the database server to make the backups there with pg_dump.</source>
        <translation>{tool} tidak terpasang di komputer ini, sehingga Pulih tidak dapat mencadangkan atau memulihkan basis data PostgreSQL dari sini. Pasang perangkat klien PostgreSQL (versi yang sama dengan servernya) di komputer ini, atau mintalah pengelola server basis data membuat cadangan di sana dengan pg_dump.</translation>
    </message>
    <message>
        <location filename="../../models/backup/postgres.py" line="24"/>
        <source>{tool} stopped with an error: {detail}. Nothing was changed.</source>
        <translation>{tool} berhenti karena galat: {detail}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore.py" line="56"/>
        <source>There is not enough free space on the disk of the database ({folder}) to restore this backup: {need} MB are needed, {free} MB are free. Nothing was changed; free some space on that disk and restore again.</source>
        <translation>Ruang kosong di disk basis data ({folder}) tidak cukup untuk memulihkan cadangan ini: perlu {need} MB, tersedia {free} MB. Tidak ada yang diubah; kosongkan sebagian ruang di disk itu lalu pulihkan lagi.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore.py" line="60"/>
        <source>The disk of the database ({folder}) became full while the backup was being copied. Nothing was changed: the database in use is as it was. Free some space on that disk and restore again.</source>
        <translation>Disk basis data ({folder}) penuh ketika cadangan sedang disalin. Tidak ada yang diubah: basis data yang dipakai tetap seperti semula. Kosongkan sebagian ruang di disk itu lalu pulihkan lagi.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore.py" line="64"/>
        <source>The backup could not be copied beside the database ({detail}). Nothing was changed: the database in use is as it was.</source>
        <translation>Cadangan tidak dapat disalin ke samping basis data ({detail}). Tidak ada yang diubah: basis data yang dipakai tetap seperti semula.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore.py" line="67"/>
        <source>The backup {path} belongs to another facility ({found}; this database is {current}). Nothing was restored. Restore it only if you mean to replace this facility's data with it, and confirm that explicitly.</source>
        <translation>Cadangan {path} milik fasilitas lain ({found}; basis data ini {current}). Tidak ada yang dipulihkan. Pulihkan hanya jika Anda memang hendak mengganti data fasilitas ini dengannya, dan tegaskan hal itu secara jelas.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore.py" line="71"/>
        <source>The backup {path} is not encrypted, but this database is. Nothing was restored. Restore it only with the choice to encrypt it with the key in use.</source>
        <translation>Cadangan {path} tidak terenkripsi, sedangkan basis data ini terenkripsi. Tidak ada yang dipulihkan. Pulihkan hanya dengan pilihan untuk mengenkripsinya dengan kunci yang sedang dipakai.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore_check.py" line="31"/>
        <source>The backup {path} was made by a newer version of Pulih (schema {found}, this program knows up to {known}). Nothing was restored; install the newer Pulih first.</source>
        <translation>Cadangan {path} dibuat oleh versi Pulih yang lebih baru (skema {found}, program ini mengenal sampai {known}). Tidak ada yang dipulihkan; pasang dulu Pulih yang lebih baru.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore_check.py" line="34"/>
        <source>The backup {path} holds database objects that Pulih never makes ({detail}). It may have been tampered with. Nothing was restored; use another backup and keep this file for whoever looks into it.</source>
        <translation>Cadangan {path} berisi objek basis data yang tidak pernah dibuat Pulih ({detail}). Mungkin berkas ini telah diutak-atik. Tidak ada yang dipulihkan; gunakan cadangan lain dan simpan berkas ini untuk diperiksa.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore_check.py" line="38"/>
        <source>The backup {path} is encrypted and the key in use does not open it. Nothing was restored; start Pulih with that backup's key, or choose another backup.</source>
        <translation>Cadangan {path} terenkripsi dan kunci yang sedang dipakai tidak dapat membukanya. Tidak ada yang dipulihkan; jalankan Pulih dengan kunci cadangan itu, atau pilih cadangan lain.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore_postgres.py" line="45"/>
        <source>The database is still in use by {count} other connection(s) ({who}). Pulih does not cut them off: close Pulih at the other desks (and any other program using the database), then restore again. Nothing was changed.</source>
        <translation>Basis data masih dipakai oleh {count} koneksi lain ({who}). Pulih tidak memutus koneksi itu: tutup Pulih di meja lain (dan program lain yang memakai basis data ini), lalu pulihkan lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore_postgres.py" line="49"/>
        <source>The database server refused the restore ({detail}). Nothing was changed: the database in use is as it was.</source>
        <translation>Server basis data menolak pemulihan ({detail}). Tidak ada yang diubah: basis data yang dipakai tetap seperti semula.</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="31"/>
        <source>The record to add to does not exist.</source>
        <translation>Catatan yang hendak ditambahi tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="32"/>
        <source>This record is still a draft: change it directly instead of adding an addendum.</source>
        <translation>Catatan ini masih draf: ubah langsung, tidak perlu adendum.</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="88"/>
        <source>This aftercare plan does not exist.</source>
        <translation>Rencana pascarehabilitasi ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="89"/>
        <source>Aftercare starts after the discharge: discharge episode {episode_no} first.</source>
        <translation>Pascarehabilitasi dimulai setelah terminasi: lakukan terminasi episode {episode_no} lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="91"/>
        <source>Episode {episode_no} already has an aftercare plan.</source>
        <translation>Episode {episode_no} sudah memiliki rencana pascarehabilitasi.</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="92"/>
        <location filename="../../models/care/discharge.py" line="83"/>
        <source>The client died: there is no aftercare to plan.</source>
        <translation>Klien meninggal dunia: tidak ada pascarehabilitasi yang dapat direncanakan.</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="93"/>
        <source>This aftercare ended on {date}: nothing more can be recorded.</source>
        <translation>Pascarehabilitasi ini berakhir pada {date}: tidak ada lagi yang dapat dicatat.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="121"/>
        <location filename="../../models/documents/letters.py" line="50"/>
        <source>This assessment does not exist.</source>
        <translation>Asesmen ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="122"/>
        <source>This assessment was signed on {date} and is locked. Add an addendum to correct it.</source>
        <translation>Asesmen ini ditandatangani pada {date} dan terkunci. Tambahkan adendum untuk mengoreksinya.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="124"/>
        <source>The assessment cannot be signed yet; still unanswered: {missing}.</source>
        <translation>Asesmen belum dapat ditandatangani; yang belum dijawab: {missing}.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="125"/>
        <source>Only {name}, who made this assessment, can sign it.</source>
        <translation>Hanya {name}, yang membuat asesmen ini, yang dapat menandatanganinya.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="126"/>
        <source>The kind and the person of an assessment cannot change; start a new assessment instead.</source>
        <translation>Jenis dan orang pada asesmen tidak dapat diubah; mulailah asesmen baru.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="128"/>
        <source>Another desk changed this assessment since you opened it. Your input is kept; review their change and save again.</source>
        <translation>Meja lain mengubah asesmen ini sejak Anda membukanya. Isian Anda tetap tersimpan di layar; periksa perubahan tersebut lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="130"/>
        <source>The answers of this form are too large to save.</source>
        <translation>Jawaban formulir ini terlalu besar untuk disimpan.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="131"/>
        <source>{value} is chosen twice in {field}.</source>
        <translation>{value} dipilih dua kali pada {field}.</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="36"/>
        <source>{value} is not a diagnosis code of the form F10.0 to F19.9.</source>
        <translation>{value} bukan kode diagnosis berbentuk F10.0 sampai F19.9.</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="78"/>
        <source>This discharge does not exist.</source>
        <translation>Terminasi ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="79"/>
        <source>Episode {episode_no} was already discharged on {date}. Correct that discharge instead.</source>
        <translation>Episode {episode_no} sudah diterminasi pada {date}. Koreksi terminasi tersebut saja.</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="81"/>
        <source>Episode {episode_no} was never admitted: only a client in a program can be discharged.</source>
        <translation>Episode {episode_no} belum pernah diterima: hanya klien dalam program yang dapat diterminasi.</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="84"/>
        <source>The client is in {phase}, before the program's last phase ({final}). Recording "Completed" now needs a confirmation with the reason the program counts as completed.</source>
        <translation>Klien berada di fase {phase}, sebelum fase terakhir program ({final}). Mencatat "Selesai" sekarang perlu konfirmasi dengan alasan program dianggap selesai.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="37"/>
        <source>This program does not exist or is no longer offered.</source>
        <translation>Program ini tidak ada atau tidak lagi ditawarkan.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="38"/>
        <source>The program {template} has no first phase. Ask the facility admin to fix the program template.</source>
        <translation>Program {template} tidak memiliki tahap pertama. Minta admin fasilitas memperbaiki templat program.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="40"/>
        <source>Episode {episode_no} cannot start a program: only a client in screening, on the waiting list or admitted can.</source>
        <translation>Episode {episode_no} tidak dapat memulai program: hanya klien dalam skrining, daftar tunggu atau yang sudah diterima yang dapat.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="42"/>
        <source>Episode {episode_no} is already in the program {template}.</source>
        <translation>Episode {episode_no} sudah mengikuti program {template}.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="43"/>
        <source>This program enrolment does not exist.</source>
        <translation>Keikutsertaan program ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="44"/>
        <source>The program ended on {date} with the discharge: no more phase moves.</source>
        <translation>Program berakhir pada {date} dengan terminasi: tidak ada lagi perpindahan tahap.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="45"/>
        <source>The program {template} does not allow a move from {from_phase} to {to_phase}.</source>
        <translation>Program {template} tidak mengizinkan perpindahan dari {from_phase} ke {to_phase}.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="47"/>
        <source>A move from {from_phase} to {to_phase} needs a reason.</source>
        <translation>Perpindahan dari {from_phase} ke {to_phase} memerlukan alasan.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="48"/>
        <source>{phase} cannot be left yet: a signed {instrument} for this episode is needed first.</source>
        <translation>{phase} belum dapat ditinggalkan: diperlukan {instrument} yang sudah ditandatangani untuk episode ini.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="50"/>
        <source>The phase {phase} requires {code}, which Pulih does not know. Ask the facility admin to fix the program template.</source>
        <translation>Tahap {phase} mensyaratkan {code}, yang tidak dikenal Pulih. Minta admin fasilitas memperbaiki templat program.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="52"/>
        <source>There is no phase move to undo: the program is at its start.</source>
        <translation>Tidak ada perpindahan tahap yang dapat dibatalkan: program masih di awal.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="53"/>
        <source>Another desk moved this client since you opened the record. Review the current phase and try again.</source>
        <translation>Meja lain sudah memindahkan klien ini sejak Anda membuka datanya. Periksa tahap saat ini lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../models/care/episode_diagnosis.py" line="50"/>
        <source>This diagnosis does not exist or was withdrawn.</source>
        <translation>Diagnosis ini tidak ada atau sudah ditarik.</translation>
    </message>
    <message>
        <location filename="../../models/care/episode_diagnosis.py" line="51"/>
        <source>{code} is already a diagnosis of this episode.</source>
        <translation>{code} sudah menjadi diagnosis episode ini.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="79"/>
        <source>This note was signed on {date} and is locked. Add an addendum to correct it.</source>
        <translation>Catatan ini ditandatangani pada {date} dan terkunci. Tambahkan adendum untuk mengoreksinya.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="81"/>
        <source>An individual note belongs to exactly one client's episode.</source>
        <translation>Catatan individu milik tepat satu episode klien.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="82"/>
        <source>A group note needs at least one attendee and no single episode.</source>
        <translation>Catatan kelompok membutuhkan minimal satu peserta dan tidak terikat pada satu episode.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="83"/>
        <source>Episode {episode_no} is on the roster twice.</source>
        <translation>Episode {episode_no} tercantum dua kali dalam daftar hadir.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="84"/>
        <source>Only {name}, who wrote this note, can sign it.</source>
        <translation>Hanya {name}, yang menulis catatan ini, yang dapat menandatanganinya.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="85"/>
        <source>Another desk changed this note since you opened it. Your input is kept; review their change and save again.</source>
        <translation>Meja lain mengubah catatan ini sejak Anda membukanya. Isian Anda tetap tersimpan di layar; periksa perubahan tersebut lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="87"/>
        <source>Write the entry of each participant present before signing; still without one: {names}.</source>
        <translation>Tulis catatan setiap peserta yang hadir sebelum menandatangani; yang belum ada catatannya: {names}.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="89"/>
        <source>This client is not on the roster of this group session.</source>
        <translation>Klien ini tidak ada dalam daftar peserta sesi kelompok ini.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="90"/>
        <source>Only a group note has an entry per participant.</source>
        <translation>Hanya catatan sesi kelompok yang memiliki catatan per peserta.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="54"/>
        <source>{field}: write systolic/diastolic, for example 120/80.</source>
        <translation>{field}: tulis sistolik/diastolik, misalnya 120/80.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="55"/>
        <source>{field}: write a temperature from 30 to 45, for example 36.8.</source>
        <translation>{field}: tulis suhu antara 30 dan 45, misalnya 36.8.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="56"/>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>{field} harus berupa bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="57"/>
        <source>{field}: choose normal or abnormal.</source>
        <translation>{field}: pilih normal atau tidak normal.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="58"/>
        <source>{field} is longer than {limit} characters.</source>
        <translation>{field} lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="59"/>
        <source>{field} is abnormal: describe the finding.</source>
        <translation>{field} tidak normal: tuliskan temuannya.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="33"/>
        <source>This program template does not exist.</source>
        <translation>Templat program ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="34"/>
        <source>This phase does not exist in the program.</source>
        <translation>Fase ini tidak ada dalam program.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="35"/>
        <source>This move is not allowed by the program any more.</source>
        <translation>Perpindahan ini sudah tidak diizinkan oleh program.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="36"/>
        <source>{field} must be between 1 and {high} days, or empty for no target.</source>
        <translation>{field} harus antara 1 dan {high} hari, atau dikosongkan bila tanpa target.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="37"/>
        <source>A move goes from one phase to another, not to the same phase.</source>
        <translation>Perpindahan harus dari satu fase ke fase lain, bukan ke fase yang sama.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="38"/>
        <source>A forward move goes to the next phase ({phase}).</source>
        <translation>Perpindahan maju harus ke fase berikutnya ({phase}).</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="39"/>
        <source>A move back goes to an earlier phase.</source>
        <translation>Perpindahan mundur harus ke fase sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="40"/>
        <source>A skip goes past the next phase to a later one.</source>
        <translation>Lompatan harus melewati fase berikutnya menuju fase yang lebih lanjut.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="41"/>
        <source>{phase} ends the program: from there only a move back is possible; the program ends with the discharge.</source>
        <translation>{phase} adalah akhir program: dari fase ini hanya dapat mundur; program berakhir dengan terminasi.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="43"/>
        <source>The move from {from_phase} to {to_phase} is already allowed.</source>
        <translation>Perpindahan dari {from_phase} ke {to_phase} sudah diizinkan.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="44"/>
        <source>This is the only forward move out of {phase}: without it a client in that phase could never move on. Add another way on first.</source>
        <translation>Ini satu-satunya perpindahan maju dari {phase}: tanpanya klien di fase itu tidak dapat melanjutkan. Tambahkan jalur lain terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="46"/>
        <source>Clients have already made this move; it stays in their history, but no new client can make it.</source>
        <translation>Sudah ada klien yang melakukan perpindahan ini; riwayat mereka tetap tersimpan, tetapi klien baru tidak dapat melakukannya lagi.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_templates.py" line="25"/>
        <source>The program template file is damaged ({detail}). Reinstall Pulih.</source>
        <translation>Berkas templat program rusak ({detail}). Pasang ulang Pulih.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="134"/>
        <source>{value} is not a valid answer to {field}.</source>
        <translation>{value} bukan jawaban yang sah untuk {field}.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="135"/>
        <source>{value} is not a valid answer to {field} for {substance}.</source>
        <translation>{value} bukan jawaban yang sah untuk {field} pada {substance}.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="136"/>
        <source>{field} is not asked for {substance}: leave it empty.</source>
        <translation>{field} tidak ditanyakan untuk {substance}: biarkan kosong.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="137"/>
        <source>{field} is skipped for {substance} when it was never used in the last 3 months: leave it empty.</source>
        <translation>{field} dilewati untuk {substance} bila tidak pernah dipakai dalam 3 bulan terakhir: biarkan kosong.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="139"/>
        <source>The answers contain {item}, which this form does not have.</source>
        <translation>Jawaban memuat {item}, yang tidak ada dalam formulir ini.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="140"/>
        <source>The answers of {field} are not a filled form.</source>
        <translation>Jawaban {field} bukan formulir yang terisi.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="141"/>
        <source>{field} for {domain} must be a whole number from 0 to {high}.</source>
        <translation>{field} untuk {domain} harus bilangan bulat dari 0 sampai {high}.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="142"/>
        <source>{value} is not a possible score.</source>
        <translation>{value} bukan skor yang mungkin.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="254"/>
        <location filename="../../models/care/scoring.py" line="303"/>
        <location filename="../../models/care/scoring.py" line="356"/>
        <location filename="../../models/core/validation.py" line="12"/>
        <source>Please fill in {field}.</source>
        <translation>Silakan isi {field}.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="128"/>
        <source>This urine test does not exist.</source>
        <translation>Tes urine ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="129"/>
        <source>Specimen code {code} is already recorded. Check the label.</source>
        <translation>Kode spesimen {code} sudah tercatat. Periksa labelnya.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="130"/>
        <source>Enter the result of {parameter}.</source>
        <translation>Isi hasil {parameter}.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="131"/>
        <source>{parameter} is not on this facility's urine panel.</source>
        <translation>{parameter} tidak termasuk panel tes urine fasilitas ini.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="132"/>
        <location filename="../../models/core/validation.py" line="26"/>
        <source>{field} cannot be in the future.</source>
        <translation>{field} tidak boleh di masa depan.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="133"/>
        <source>This test has no positive parameter: there is nothing to confirm.</source>
        <translation>Tes ini tidak memiliki parameter positif: tidak ada yang perlu dikonfirmasi.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="135"/>
        <source>This test was already confirmed on {date}.</source>
        <translation>Tes ini sudah dikonfirmasi pada {date}.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="136"/>
        <source>An admission of use confirms a positive: choose "Confirmed positive" or record the laboratory's result.</source>
        <translation>Pengakuan pemakaian mengonfirmasi hasil positif: pilih "Terkonfirmasi positif" atau catat hasil laboratorium.</translation>
    </message>
    <message>
        <location filename="../../models/core/cancel.py" line="12"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Dihentikan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../models/core/client_file.py" line="19"/>
        <source>The client list cannot be read: {detail}. Save it from the spreadsheet as .xlsx or .csv and choose it again.</source>
        <translation>Daftar klien tidak dapat dibaca: {detail}. Simpan dari lembar kerja sebagai .xlsx atau .csv lalu pilih lagi.</translation>
    </message>
    <message>
        <location filename="../../models/core/client_file.py" line="21"/>
        <source>The client list has no rows under its header line.</source>
        <translation>Daftar klien tidak berisi baris di bawah baris judulnya.</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="69"/>
        <source>The file {path} is not a Pulih database. It was not changed.</source>
        <translation>Berkas {path} bukan basis data Pulih. Berkas tersebut tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="71"/>
        <source>The database {path} is damaged ({detail}). It was not changed; restore the newest backup.</source>
        <translation>Basis data {path} rusak ({detail}). Basis data tidak diubah; silakan pulihkan dari cadangan terbaru.</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="74"/>
        <source>The database was made by a newer version of Pulih (schema {found}, this program knows up to {known}). Install the newer Pulih.</source>
        <translation>Basis data ini dibuat oleh Pulih versi yang lebih baru (skema {found}, program ini hanya mengenal sampai skema {known}). Silakan pasang Pulih versi terbaru.</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="77"/>
        <source>The database is busy at another desk. Wait a moment and try again; nothing you typed was lost.</source>
        <translation>Basis data sedang dipakai di meja lain. Tunggu sebentar lalu coba lagi; isian Anda tidak hilang.</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="80"/>
        <source>Cannot connect to the database server: {detail}</source>
        <translation>Tidak dapat terhubung ke server basis data: {detail}</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="29"/>
        <source>A NIK has exactly 16 digits (this one has {count}).</source>
        <translation>NIK harus tepat 16 angka (yang diisi {count} angka).</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="30"/>
        <source>The NIK starts with {code}, which is not a province code.</source>
        <translation>NIK diawali {code}, padahal itu bukan kode provinsi.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="32"/>
        <source>The regency or district code in the NIK is 00.</source>
        <translation>Kode kabupaten/kota atau kecamatan pada NIK tidak boleh 00.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="33"/>
        <source>The NIK's date part {part} is not a real date of birth.</source>
        <translation>Bagian tanggal NIK ({part}) bukan tanggal lahir yang benar.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="35"/>
        <source>The NIK's last four digits cannot be 0000.</source>
        <translation>Empat angka terakhir NIK tidak boleh 0000.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="36"/>
        <source>The NIK's date of birth lies in the future.</source>
        <translation>Tanggal lahir pada NIK berada di masa depan.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="37"/>
        <source>The NIK says born {nik_date}, but the birth date entered is {entered}.</source>
        <translation>Menurut NIK, tanggal lahirnya {nik_date}, tetapi tanggal lahir yang diisi {entered}.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="39"/>
        <source>The NIK's day of birth {day} means {nik_sex}, but the sex entered is {entered}.</source>
        <translation>Tanggal lahir {day} pada NIK berarti {nik_sex}, tetapi jenis kelamin yang diisi {entered}.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="41"/>
        <source>The NIK was issued in {nik_province}, but the province entered is {entered}.</source>
        <translation>NIK diterbitkan di {nik_province}, tetapi provinsi yang diisi {entered}.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="13"/>
        <source>{field} is too long: {length} characters, at most {limit}.</source>
        <translation>{field} terlalu panjang: {length} karakter, paling banyak {limit}.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="15"/>
        <source>{field} contains characters that cannot be printed.</source>
        <translation>{field} berisi karakter yang tidak dapat dicetak.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="16"/>
        <source>{field} contains the invisible character {char}, which turns the text around on the screen but not on paper. Clear the field and type the text again.</source>
        <translation>{field} berisi karakter tak terlihat {char}, yang membalik urutan tulisan di layar tetapi tidak di kertas. Kosongkan kolom itu lalu ketik ulang.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="19"/>
        <source>{field} contains the character {char}, which cannot be printed on letters. Delete it or write it another way.</source>
        <translation>{field} berisi karakter {char} yang tidak dapat dicetak pada surat. Hapus karakter itu atau tulis dengan cara lain.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="22"/>
        <source>{value} is not a valid choice for {field}.</source>
        <translation>{value} bukan pilihan yang tersedia untuk {field}.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="23"/>
        <source>Choose {field}.</source>
        <translation>Pilih {field}.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="24"/>
        <source>The phone number {value} is not valid: use 8 to 15 digits, e.g. 0812 3456 7890.</source>
        <translation>Nomor telepon {value} tidak benar: gunakan 8 sampai 15 angka, misalnya 0812 3456 7890.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="27"/>
        <source>{field} is before 1900.</source>
        <translation>{field} tidak boleh sebelum tahun 1900.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="28"/>
        <source>{field} ({date}) is before {other} ({other_date}).</source>
        <translation>{field} ({date}) lebih awal dari {other} ({other_date}).</translation>
    </message>
    <message>
        <location filename="../../models/core/verification_address.py" line="23"/>
        <source>The verification address must be a full https:// address of a web page, e.g. https://verifikasi.example.go.id/pulih.html, or empty.</source>
        <translation>Alamat verifikasi harus alamat lengkap halaman web yang diawali https://, misalnya https://verifikasi.example.go.id/pulih.html, atau dikosongkan.</translation>
    </message>
    <message>
        <location filename="../../models/core/verification_address.py" line="26"/>
        <source>The verification address may not contain '#', a user name or a password: Pulih adds the seal after '#' itself.</source>
        <translation>Alamat verifikasi tidak boleh memuat '#', nama pengguna, atau kata sandi: Pulih sendiri menambahkan segel setelah '#'.</translation>
    </message>
    <message>
        <location filename="../../models/db/cipher.py" line="29"/>
        <source>The file {path} is not a Pulih database that opens without a key. If it is an encrypted Pulih database, enter its key (or start Pulih with --db-key-file or PULIH_DB_KEY). It was not changed.</source>
        <translation>Berkas {path} bukan basis data Pulih yang dapat dibuka tanpa kunci. Jika ini basis data Pulih yang terenkripsi, masukkan kuncinya (atau jalankan Pulih dengan --db-key-file atau PULIH_DB_KEY). Berkas tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../models/db/cipher.py" line="33"/>
        <source>The key does not open the encrypted database {path}: the key is wrong (or the file is not a Pulih database). Nothing was changed; enter the right key.</source>
        <translation>Kunci tidak dapat membuka basis data terenkripsi {path}: kuncinya salah (atau berkas itu bukan basis data Pulih). Tidak ada yang diubah; masukkan kunci yang benar.</translation>
    </message>
    <message>
        <location filename="../../models/db/cipher.py" line="36"/>
        <source>The key file {path} cannot be read ({detail}). Plug in the USB stick that holds it, or give the right file.</source>
        <translation>Berkas kunci {path} tidak dapat dibaca ({detail}). Pasang flashdisk yang menyimpannya, atau berikan berkas yang benar.</translation>
    </message>
    <message>
        <location filename="../../models/db/cipher.py" line="39"/>
        <source>The key file {path} is empty.</source>
        <translation>Berkas kunci {path} kosong.</translation>
    </message>
    <message>
        <location filename="../../models/db/cipher.py" line="40"/>
        <source>The key of an encrypted database must have at least {minimum} characters (the one given has {length}). Choose a longer passphrase, e.g. a few words; nothing was changed.</source>
        <translation>Kunci basis data terenkripsi minimal {minimum} karakter (yang diberikan {length} karakter). Pilih frasa sandi yang lebih panjang, misalnya beberapa kata; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../models/db/connection.py" line="40"/>
        <source>The database {path} is on a network share ({kind}). Pulih does not keep its SQLite file on a network share: two desks writing over the network damage it. Keep the file on this computer's own disk, or, for several desks, set up a PostgreSQL server and start Pulih with --database-url postgresql://user@server/pulih, with the password in a pgpass file or PGPASSWORD (see the README, 'several desks').</source>
        <extracomment>A table that every Pulih database has from its first schema version on. File systems that reach another computer; SQLite's locking does not work across them.</extracomment>
        <translation>Basis data {path} berada di folder jaringan ({kind}). Pulih tidak menyimpan berkas SQLite-nya di folder jaringan: dua desk yang menulis lewat jaringan merusaknya. Simpan berkas di disk komputer ini sendiri, atau, untuk beberapa desk, siapkan server PostgreSQL dan jalankan Pulih dengan --database-url postgresql://pengguna@server/pulih, dengan kata sandi di berkas pgpass atau PGPASSWORD (lihat README, 'several desks').</translation>
    </message>
    <message>
        <location filename="../../models/db/connection.py" line="366"/>
        <source>Another program removed the database's journal file ({path}) while Pulih was running. To keep the data safe Pulih saves nothing more now: close Pulih and start it again (what was saved before is kept).</source>
        <extracomment>SQLCipher passphrase of an encrypted SQLite file (or of a new one to encrypt) How long a PostgreSQL statement waits for a lock (another desk's save) before it gives up with "another desk is saving"; the desk's input stays on screen. Files SQLite keeps beside the database.</extracomment>
        <translation>Program lain menghapus berkas jurnal basis data ({path}) saat Pulih berjalan. Demi keamanan data, Pulih tidak menyimpan apa pun lagi sekarang: tutup Pulih lalu jalankan lagi (yang sudah tersimpan sebelumnya tetap aman).</translation>
    </message>
    <message>
        <location filename="../../models/db/pg_roles.py" line="21"/>
        <source>A PostgreSQL role name is 1 to 63 lowercase letters, digits or underscores, starting with a letter: {name}.</source>
        <translation>Nama peran PostgreSQL terdiri dari 1 sampai 63 huruf kecil, angka, atau garis bawah, diawali huruf: {name}.</translation>
    </message>
    <message>
        <location filename="../../models/db/pg_roles.py" line="23"/>
        <source>The owner role and the app role must be two different roles.</source>
        <translation>Peran pemilik dan peran aplikasi harus dua peran yang berbeda.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="25"/>
        <location filename="../../ui/widgets/errors.py" line="33"/>
        <source>The disk is full, so nothing was saved. What you typed is still here: free some space (or ask the admin), then save again.</source>
        <translation>Disk penuh, sehingga tidak ada yang tersimpan. Isian Anda masih ada: kosongkan sebagian ruang (atau hubungi admin), lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="28"/>
        <source>The database cannot be written (the file or its folder is read-only), so nothing was saved. What you typed is still here; ask the admin to check the file's permissions.</source>
        <translation>Basis data tidak dapat ditulisi (berkas atau foldernya hanya-baca), sehingga tidak ada yang tersimpan. Isian Anda masih ada; minta admin memeriksa izin berkas tersebut.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="31"/>
        <source>The database refused the change ({detail}). Nothing was saved; what you typed is still here.</source>
        <translation>Basis data menolak perubahan ({detail}). Tidak ada yang tersimpan; isian Anda masih ada.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="34"/>
        <source>Another desk is saving at this moment, so this was not saved yet. What you typed is still here: wait a few seconds, then save again.</source>
        <translation>Desk lain sedang menyimpan saat ini, jadi ini belum tersimpan. Yang Anda ketik masih ada: tunggu beberapa detik, lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="37"/>
        <source>The disk that holds the database {path} is full. The database is not damaged and was not changed: free some space on that disk (or ask the admin), then start Pulih again. Do not restore a backup.</source>
        <translation>Disk tempat basis data {path} penuh. Basis data tidak rusak dan tidak diubah: kosongkan sebagian ruang di disk itu (atau minta bantuan admin), lalu jalankan Pulih lagi. Jangan memulihkan cadangan.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="41"/>
        <source>The database file {path} is read-only, so Pulih cannot save in it. The database is not damaged and was not changed: ask the admin to make the file writable for this user, then start Pulih again.</source>
        <translation>Berkas basis data {path} hanya-baca, jadi Pulih tidak dapat menyimpan di dalamnya. Basis data tidak rusak dan tidak diubah: minta admin membuat berkas itu dapat ditulis oleh pengguna ini, lalu jalankan Pulih lagi.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="45"/>
        <source>The folder {folder} that holds the database is read-only (Pulih keeps its journal files beside the database). The database is not damaged and was not changed: ask the admin to make the folder writable for this user, then start Pulih again.</source>
        <translation>Folder {folder} tempat basis data berada hanya-baca (Pulih menyimpan berkas jurnalnya di samping basis data). Basis data tidak rusak dan tidak diubah: minta admin membuat folder itu dapat ditulis oleh pengguna ini, lalu jalankan Pulih lagi.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="49"/>
        <source>This computer user may not open the database {path} (permission denied). The database was not changed: ask the admin to give this user access to the file and its folder.</source>
        <translation>Pengguna komputer ini tidak diizinkan membuka basis data {path} (izin ditolak). Basis data tidak diubah: minta admin memberi pengguna ini akses ke berkas dan foldernya.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="53"/>
        <source>The database {path} is locked by another program (another Pulih window, a backup or a database tool). Close that program, then start Pulih again. Nothing was changed.</source>
        <translation>Basis data {path} dikunci oleh program lain (jendela Pulih lain, pencadangan, atau alat basis data). Tutup program itu, lalu jalankan Pulih lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="56"/>
        <source>The database {path} cannot be read right now ({detail}). That does not mean it is damaged, and it was not changed: check that the disk or USB stick is connected and working, then start Pulih again.</source>
        <translation>Basis data {path} tidak dapat dibaca saat ini ({detail}). Itu tidak berarti basis data rusak, dan tidak ada yang diubah: periksa apakah disk atau flashdisk terpasang dan berfungsi, lalu jalankan Pulih lagi.</translation>
    </message>
    <message>
        <location filename="../../models/db/schema.py" line="30"/>
        <source>This version of Pulih must first upgrade the database (schema {found} to {known}), and the role the desks connect as may not change the schema. Nothing was changed and nothing is damaged. Ask the administrator to run "python main.py pg-roles --apply" as the owner role, then start Pulih again.</source>
        <translation>Versi Pulih ini harus lebih dulu memperbarui basis data (skema {found} ke {known}), sedangkan peran yang dipakai meja layanan tidak boleh mengubah skema. Tidak ada yang diubah dan tidak ada yang rusak. Minta administrator menjalankan "python main.py pg-roles --apply" sebagai peran pemilik, lalu mulai Pulih lagi.</translation>
    </message>
    <message>
        <location filename="../../models/demo/demo.py" line="56"/>
        <source>This database already holds data ({persons} persons, {staff} staff accounts). A demo facility is only built into a new, empty database; choose another file.</source>
        <translation>Basis data ini sudah berisi data ({persons} orang, {staff} akun staf). Fasilitas demo hanya dibuat di basis data baru yang kosong; pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../../models/demo/demo.py" line="59"/>
        <source>The number of demo clients must be between 1 and {maximum}.</source>
        <translation>Jumlah klien demo harus antara 1 dan {maximum}.</translation>
    </message>
    <message>
        <location filename="../../models/desk/drafts.py" line="21"/>
        <source>This draft is too large to keep ({size} characters).</source>
        <translation>Draf ini terlalu besar untuk disimpan ({size} karakter).</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="36"/>
        <source>The facility profile (letterhead) is not set up yet. Ask the facility admin to fill it in first.</source>
        <translation>Profil fasilitas (kop surat) belum diisi. Minta admin fasilitas mengisinya terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="38"/>
        <location filename="../../models/documents/rules.py" line="39"/>
        <source>There is no document numbered {number}.</source>
        <translation>Tidak ada dokumen bernomor {number}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="39"/>
        <location filename="../../models/documents/rules.py" line="40"/>
        <source>Document {number} was already voided on {date}.</source>
        <translation>Dokumen {number} sudah dibatalkan pada {date}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="40"/>
        <source>Write why the document is voided (at least 5 characters).</source>
        <translation>Tuliskan alasan pembatalan dokumen (paling sedikit 5 karakter).</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="47"/>
        <source>This consent does not exist.</source>
        <translation>Persetujuan ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="48"/>
        <source>Only a signed ASI-based assessment has a summary to print.</source>
        <translation>Hanya asesmen berbasis ASI yang sudah ditandatangani yang memiliki ringkasan untuk dicetak.</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="49"/>
        <source>The period ends before it starts.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <location filename="../../models/documents/numbering.py" line="32"/>
        <source>The number template {template} is not valid: {detail}.</source>
        <translation>Format nomor {template} tidak sah: {detail}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/numbering.py" line="33"/>
        <source>A number template must contain {{seq}} and {{year}}, e.g. {{kind}}/{{seq:04d}}/{{month_roman}}/{{year}}/{{facility}}.</source>
        <translation>Format nomor harus memuat {{seq}} dan {{year}}, misalnya {{kind}}/{{seq:04d}}/{{month_roman}}/{{year}}/{{facility}}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/numbering.py" line="35"/>
        <source>The number {number} was issued before. Change the number template so that each kind's numbers differ.</source>
        <translation>Nomor {number} sudah pernah diterbitkan. Ubah format nomor agar nomor setiap jenis dokumen berbeda.</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="39"/>
        <source>This file is not a JPEG or PNG picture. Choose a photo taken with a camera or phone (.jpg or .png).</source>
        <translation>Berkas ini bukan gambar JPEG atau PNG. Pilih foto dari kamera atau ponsel (.jpg atau .png).</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="41"/>
        <source>The picture is too large ({size} MB; at most {limit} MB). Choose a smaller photo.</source>
        <translation>Gambar terlalu besar ({size} MB; paling besar {limit} MB). Pilih foto yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="43"/>
        <source>The picture has too many pixels ({width} x {height}). Choose a smaller photo.</source>
        <translation>Gambar memiliki terlalu banyak piksel ({width} x {height}). Pilih foto yang lebih kecil.</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="45"/>
        <source>The picture is too small ({width} x {height}); a face needs at least {min_w} x {min_h} pixels.</source>
        <translation>Gambar terlalu kecil ({width} x {height}); wajah memerlukan paling sedikit {min_w} x {min_h} piksel.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="27"/>
        <source>A Kartu Lapor Diri is only for a compulsory report (wajib lapor). Episode {episode_no} was not recorded as wajib lapor.</source>
        <translation>Kartu Lapor Diri hanya untuk wajib lapor. Episode {episode_no} tidak dicatat sebagai wajib lapor.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="29"/>
        <source>A Kartu Lapor Diri needs a signed assessment (ASI-based or ASSIST) in episode {episode_no}. Sign the assessment first.</source>
        <translation>Kartu Lapor Diri memerlukan asesmen yang sudah ditandatangani (berbasis ASI atau ASSIST) pada episode {episode_no}. Tanda tangani asesmen terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="31"/>
        <source>Episode {episode_no} is not in a program now, so it cannot be certified as in rehabilitation.</source>
        <translation>Episode {episode_no} sedang tidak mengikuti program, jadi tidak dapat diterangkan sedang menjalani rehabilitasi.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="33"/>
        <source>Episode {episode_no} has not ended yet: the completion letter is issued after a discharge with a completed program.</source>
        <translation>Episode {episode_no} belum berakhir: surat keterangan selesai rehabilitasi diterbitkan setelah klien dipulangkan dengan program selesai.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="35"/>
        <source>Episode {episode_no} did not end with a completed program.</source>
        <translation>Episode {episode_no} tidak berakhir dengan program yang selesai.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="36"/>
        <source>This letter was already issued as {number}. Print a copy of it, or write why a new original is needed.</source>
        <translation>Surat ini sudah diterbitkan dengan nomor {number}. Cetak salinannya, atau tulis alasan mengapa perlu asli baru.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="38"/>
        <source>Write why a new original is needed (at least 5 characters).</source>
        <translation>Tulis alasan mengapa perlu asli baru (paling sedikit 5 karakter).</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="41"/>
        <source>Only the doctor who signed certificate {number}, or someone with the right to correct letters and certificates, may void it.</source>
        <translation>Hanya dokter yang menandatangani surat keterangan {number}, atau petugas yang berhak mengoreksi surat dan sertifikat, yang boleh membatalkannya.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="43"/>
        <source>You do not have the right to void document {number}. Ask the facility admin.</source>
        <translation>Anda tidak berhak membatalkan dokumen {number}. Hubungi admin fasilitas.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="45"/>
        <source>{name}: {field} holds the character {char}, which cannot be printed on papers. Correct the person's record first.</source>
        <translation>{name}: {field} berisi karakter {char} yang tidak dapat dicetak pada surat. Perbaiki data orang ini terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="47"/>
        <source>Document {number} holds clinical content (a diagnosis or an assessment summary), which you may not view. Ask a counselor or doctor.</source>
        <translation>Dokumen {number} memuat isi klinis (diagnosis atau ringkasan asesmen) yang tidak boleh Anda lihat. Minta bantuan konselor atau dokter.</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="63"/>
        <source>This SKHPN application does not exist.</source>
        <translation>Permohonan SKHPN ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="64"/>
        <source>This SKHPN application is already {state}.</source>
        <translation>Permohonan SKHPN ini sudah berstatus: {state}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="65"/>
        <source>An SKHPN needs the applicant's {fields}. Complete the identity record first (from their identity card).</source>
        <translation>SKHPN memerlukan {fields} pemohon. Lengkapi data identitasnya dahulu (dari kartu identitasnya).</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="73"/>
        <source>Your practice licence (SIP) is not recorded. An SKHPN carries the examining doctor's SIP: ask the facility admin to add it to your account.</source>
        <translation>Surat izin praktik (SIP) Anda belum tercatat. SKHPN memuat SIP dokter pemeriksa: minta admin fasilitas menambahkannya ke akun Anda.</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn_rule.py" line="41"/>
        <source>The results propose “{proposal}” ({why}). To conclude otherwise, confirm it and write the clinical reason (at least {n} characters), e.g. a prescription that was shown.</source>
        <translation>Hasil pemeriksaan mengusulkan “{proposal}” ({why}). Untuk menyimpulkan lain, konfirmasikan dan tulis alasan klinisnya (minimal {n} karakter), misalnya resep dokter yang ditunjukkan.</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn_rule.py" line="44"/>
        <source>The urine result of {parameter} is invalid: repeat the test before issuing the certificate.</source>
        <translation>Hasil urine {parameter} tidak sah: ulangi tes sebelum menerbitkan surat keterangan.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="44"/>
        <source>There is no key {key_id} in the key store.</source>
        <translation>Tidak ada kunci {key_id} di penyimpanan kunci.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="45"/>
        <source>Write why the key is retired or revoked (at least 5 characters).</source>
        <translation>Tulis alasan kunci dipensiunkan atau dicabut (minimal 5 karakter).</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="46"/>
        <source>Key {key_id} was already retired on {date}.</source>
        <translation>Kunci {key_id} sudah dipensiunkan pada {date}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="47"/>
        <source>Key {key_id} was already revoked from {date}; a revocation can only be moved to an earlier date.</source>
        <translation>Kunci {key_id} sudah dicabut sejak {date}; pencabutan hanya dapat dimajukan ke tanggal yang lebih awal.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="49"/>
        <source>This import claims to come from this facility ({code}). Keys of this facility are made by its own desks and are never imported; the file was refused and nothing was changed.</source>
        <translation>Impor ini mengaku berasal dari fasilitas ini ({code}). Kunci fasilitas ini dibuat oleh komputer mejanya sendiri dan tidak pernah diimpor; berkas ditolak dan tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="52"/>
        <source>The signed list of revoked keys and voided numbers in this import cannot be trusted ({detail}); nothing was changed.</source>
        <translation>Daftar bertanda tangan berisi kunci yang dicabut dan nomor yang dibatalkan dalam impor ini tidak dapat dipercaya ({detail}); tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="54"/>
        <source>This file is too large to be a key export.</source>
        <translation>Berkas ini terlalu besar untuk sebuah ekspor kunci.</translation>
    </message>
    <message>
        <location filename="../../models/documents/verifier_site.py" line="21"/>
        <source>The facility is not set up yet: there is no key to put in a verifier page.</source>
        <translation>Fasilitas belum diatur: belum ada kunci untuk dimuat di halaman pemeriksa.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="46"/>
        <source>Episode {episode_no} has no signed general consent on or before {date}. Record the consent first (signed by the client, or by the parent or guardian of a minor).</source>
        <translation>Episode {episode_no} belum memiliki persetujuan umum yang ditandatangani pada atau sebelum {date}. Catat persetujuan itu dulu (ditandatangani klien, atau orang tua/wali bila klien di bawah umur).</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="49"/>
        <source>All {capacity} places for {service} are taken. Put the client on the waiting list, or discharge someone first.</source>
        <translation>Semua {capacity} tempat untuk {service} sudah terisi. Masukkan klien ke daftar tunggu, atau selesaikan (terminasi) klien lain dulu.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="51"/>
        <source>{count} client(s) wait ahead for {service}, first {name} (since {date}). Admit them first, or give the reason for admitting this client ahead.</source>
        <translation>{count} klien menunggu lebih dulu untuk {service}, yang pertama {name} (sejak {date}). Terima mereka lebih dulu, atau tuliskan alasan menerima klien ini mendahului mereka.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="53"/>
        <source>The program {template} is for {template_service}; this episode is for {service}. Choose a program of the episode's service type.</source>
        <translation>Program {template} untuk {template_service}; episode ini untuk {service}. Pilih program yang sesuai dengan jenis layanan episode.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="56"/>
        <source>Only an episode in screening or on the waiting list can be closed as not continuing; episode {episode_no} is past that.</source>
        <translation>Hanya episode yang masih skrining atau di daftar tunggu yang dapat ditutup sebagai tidak melanjutkan; episode {episode_no} sudah melewati tahap itu.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="58"/>
        <source>{name} is not an active counselor.</source>
        <translation>{name} bukan konselor yang aktif.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="59"/>
        <source>{name} is already the counselor of record.</source>
        <translation>{name} sudah menjadi konselor penanggung jawab.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="60"/>
        <source>{name} has no open episodes to hand over.</source>
        <translation>{name} tidak memiliki episode terbuka untuk dialihkan.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="61"/>
        <source>Episode {episode_no} is closed: its counselor of record no longer changes.</source>
        <translation>Episode {episode_no} sudah ditutup: konselor penanggung jawabnya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="182"/>
        <location filename="../../models/intake/intake.py" line="59"/>
        <source>This episode does not exist.</source>
        <translation>Episode ini tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="184"/>
        <source>Episode {episode_no} belongs to another person.</source>
        <translation>Episode {episode_no} milik orang lain.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="50"/>
        <source>{field} ({date}) has already passed: a consent is valid from the day it is signed until a later date.</source>
        <translation>{field} ({date}) sudah lewat: persetujuan berlaku sejak ditandatangani sampai tanggal sesudahnya.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="52"/>
        <source>{field} is before the day the person joined the waiting list ({date}).</source>
        <translation>{field} lebih awal daripada hari orang ini masuk daftar tunggu ({date}).</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="54"/>
        <source>A client under 18 is reported by a parent or guardian.</source>
        <translation>Klien di bawah 18 tahun harus dilaporkan oleh orang tua atau wali.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="55"/>
        <source>At most three substances: primary, secondary and tertiary.</source>
        <translation>Paling banyak tiga zat: primer, sekunder, dan tersier.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="56"/>
        <source>{substance} is listed twice.</source>
        <translation>{substance} tercantum dua kali.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="58"/>
        <source>{name} already has an open episode ({episode_no}).</source>
        <translation>{name} masih memiliki episode yang belum ditutup ({episode_no}).</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="60"/>
        <source>Only a person in screening or on the waiting list can be admitted.</source>
        <translation>Hanya orang yang sedang dalam skrining atau di daftar tunggu yang dapat diterima masuk program.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="61"/>
        <source>A consent to disclose names its recipient, purpose and end date.</source>
        <translation>Persetujuan pengungkapan informasi harus mencantumkan penerima, keperluan, dan tanggal berakhirnya.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="62"/>
        <source>{field} is before the date reported.</source>
        <translation>{field} lebih awal dari tanggal lapor.</translation>
    </message>
    <message>
        <location filename="../../models/people/duplicates.py" line="26"/>
        <source>{name} ({reg_no}) has a similar name and the same date of birth: this may be the same person. Open that record, or confirm that this is a different person.</source>
        <translation>{name} ({reg_no}) bernama mirip dan bertanggal lahir sama: mungkin orang yang sama. Buka data itu, atau pastikan bahwa ini orang yang berbeda.</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="43"/>
        <source>This record is restricted: only staff with the right to restricted records may see its content. Ask the facility admin.</source>
        <translation>Rekam ini dibatasi: hanya petugas yang berhak atas rekam yang dibatasi yang boleh melihat isinya. Tanyakan kepada admin fasilitas.</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="45"/>
        <source>That flag does not exist or was already cleared.</source>
        <translation>Penanda itu tidak ada atau sudah dicabut.</translation>
    </message>
    <message>
        <location filename="../../models/people/guardians.py" line="23"/>
        <source>{name} is under 18 on {date}, so a parent or guardian signs the consent. Write the name of a family contact marked as guardian, or record the reporting parent or guardian at arrival.</source>
        <translation>{name} berusia di bawah 18 tahun pada {date}, jadi persetujuan ditandatangani orang tua atau wali. Tulis nama kontak keluarga yang ditandai sebagai wali, atau catat orang tua/wali yang melapor pada langkah kedatangan.</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="57"/>
        <source>The NIK disagrees with what was entered: correct it, or say why the card really says so.</source>
        <translation>NIK tidak cocok dengan isian: perbaiki, atau tulis alasan mengapa kartunya memang begitu.</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="60"/>
        <source>This NIK is already registered to {name} ({reg_no}). Open that record instead of making a new one.</source>
        <translation>NIK ini sudah terdaftar atas nama {name} ({reg_no}). Buka data tersebut; jangan membuat data baru.</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="62"/>
        <source>Enter the NIK, or choose another identity document.</source>
        <translation>Isi NIK, atau pilih dokumen identitas lain.</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="63"/>
        <source>A family card (KK) number has 16 digits.</source>
        <translation>Nomor Kartu Keluarga (KK) terdiri dari 16 angka.</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="64"/>
        <source>Another desk changed this record at {time} (by {staff}). Your input is kept; review their change and save again.</source>
        <translation>Data ini diubah dari meja lain pada {time} (oleh {staff}). Isian Anda tetap ada; periksa perubahan tersebut, lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="35"/>
        <source>{name} already received today's dose ({kind}, {time}, given by {staff}). At most one dose per client per day.</source>
        <translation>{name} sudah menerima dosis hari ini ({kind}, pukul {time}, diberikan oleh {staff}). Paling banyak satu dosis per klien per hari.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="38"/>
        <source>{name} already received today's dose: another desk recorded it a moment ago. At most one dose per client per day.</source>
        <translation>{name} sudah menerima dosis hari ini: meja lain baru saja mencatatnya. Paling banyak satu dosis per klien per hari.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="41"/>
        <source>No open batch of this medicine holds {amount} mg. Record the stock received first.</source>
        <translation>Tidak ada batch obat ini yang masih berisi {amount} mg. Catat dahulu stok yang diterima.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="43"/>
        <source>Batch {batch} is not the ordered medicine.</source>
        <translation>Batch {batch} bukan obat yang diresepkan.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="44"/>
        <source>The order allows at most {limit} take-home doses.</source>
        <translation>Resep hanya mengizinkan paling banyak {limit} dosis bawa pulang.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="45"/>
        <source>{name} is recorded as {where} on this day. Confirm that the client is here before giving the dose.</source>
        <translation>{name} tercatat {where} pada hari ini. Pastikan klien memang hadir sebelum memberi dosis.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="47"/>
        <source>The first part of a split dose must be less than the daily dose ({daily} mg).</source>
        <translation>Bagian pertama dosis terbagi harus kurang dari dosis harian ({daily} mg).</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="49"/>
        <source>There is no first part of a split dose today to complete.</source>
        <translation>Hari ini tidak ada bagian pertama dosis terbagi yang perlu dilengkapi.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="50"/>
        <source>A replacement is given only for today's observed dose marked as vomited.</source>
        <translation>Dosis pengganti hanya diberikan untuk dosis hari ini yang dicatat dimuntahkan.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="52"/>
        <source>The replacement needs the approval of a doctor who may order doses: their user name and password.</source>
        <translation>Dosis pengganti memerlukan persetujuan dokter yang berhak meresepkan dosis: nama pengguna dan kata sandinya.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="54"/>
        <source>A replacement cannot be more than the daily dose ({daily} mg).</source>
        <translation>Dosis pengganti tidak boleh lebih dari dosis harian ({daily} mg).</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="55"/>
        <source>{field} must be between 0 and {count}.</source>
        <translation>{field} harus antara 0 dan {count}.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="56"/>
        <source>A dose is recorded on the day it is given, not for a later day (doses for later days are take-home doses).</source>
        <translation>Dosis dicatat pada hari diberikan, bukan untuk hari berikutnya (dosis untuk hari berikutnya adalah dosis bawa pulang).</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="67"/>
        <location filename="../../models/rumatan/orders.py" line="84"/>
        <source>That client does not exist.</source>
        <translation>Klien tersebut tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="169"/>
        <source>That dose is not on record.</source>
        <translation>Dosis tersebut tidak tercatat.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="292"/>
        <source>Those take-home doses are not on record.</source>
        <translation>Dosis bawa pulang tersebut tidak tercatat.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="35"/>
        <source>{field} must be more than 0 and at most {limit} mg.</source>
        <translation>{field} harus lebih dari 0 dan paling banyak {limit} mg.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="36"/>
        <source>{field} must be between 0 and 14.</source>
        <translation>{field} harus antara 0 dan 14.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="37"/>
        <source>The daily dose changes from {old} mg to {new} mg ({percent}%), more than the {limit}% the facility allows without a confirmation. Confirm the change and give its reason.</source>
        <translation>Dosis harian berubah dari {old} mg menjadi {new} mg ({percent}%), lebih dari {limit}% yang diizinkan fasilitas tanpa konfirmasi. Konfirmasikan perubahan dan tuliskan alasannya.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="41"/>
        <source>{field} must be within a year of today.</source>
        <translation>{field} harus dalam rentang satu tahun dari hari ini.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="42"/>
        <source>This client has no dose order in force today. A doctor must order the dose first.</source>
        <translation>Klien ini tidak memiliki resep dosis yang berlaku hari ini. Dokter harus meresepkan dosis terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/rules.py" line="24"/>
        <source>{name} has missed {days} days in a row (the rule: after {limit} missed days the next dose waits for a doctor's review). Ask the doctor to review the client before giving a dose.</source>
        <translation>{name} tidak datang {days} hari berturut-turut (aturannya: setelah {limit} hari tidak datang, dosis berikutnya menunggu tinjauan dokter). Mintalah dokter meninjau klien sebelum memberi dosis.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="30"/>
        <source>Batch {batch} holds {balance} mg; {amount} mg cannot be taken from it. Use another batch or record the stock received first.</source>
        <translation>Batch {batch} berisi {balance} mg; {amount} mg tidak dapat diambil darinya. Gunakan batch lain atau catat dahulu stok yang diterima.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="33"/>
        <source>That batch does not exist.</source>
        <translation>Batch tersebut tidak ada.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="34"/>
        <source>The witness of wasted medicine must be another staff member.</source>
        <translation>Saksi obat yang terbuang harus petugas lain.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="35"/>
        <source>{field} must be more than 0.</source>
        <translation>{field} harus lebih dari 0.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="36"/>
        <source>The count ({counted} mg) differs from the ledger ({expected} mg) by {diff} mg. Write the reason for the difference.</source>
        <translation>Hasil hitung ({counted} mg) berbeda {diff} mg dari buku stok ({expected} mg). Tuliskan alasan selisihnya.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="39"/>
        <source>Batch {batch} was already reconciled on {day}.</source>
        <translation>Batch {batch} sudah dihitung pada {day}.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="40"/>
        <source>Batch {batch} of this medicine is already in the stock.</source>
        <translation>Batch {batch} obat ini sudah ada di stok.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="37"/>
        <source>User name or password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="38"/>
        <source>Too many failed sign-ins. Try again after {time}, or ask an admin to unlock.</source>
        <translation>Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah pukul {time}, atau minta admin membuka kunci akun Anda.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="40"/>
        <source>The first admin account already exists.</source>
        <translation>Akun admin pertama sudah ada.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="41"/>
        <source>A password needs at least {count} characters.</source>
        <translation>Kata sandi harus terdiri dari paling sedikit {count} karakter.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="42"/>
        <source>The user name {username} is already in use.</source>
        <translation>Nama pengguna {username} sudah dipakai. Silakan pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="43"/>
        <source>A user name uses only letters, digits, dot, dash and underscore.</source>
        <translation>Nama pengguna hanya boleh berisi huruf, angka, titik, tanda hubung, dan garis bawah.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="45"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="46"/>
        <source>You cannot take away your own administration rights; another admin can.</source>
        <translation>Anda tidak dapat mencabut hak administrasi Anda sendiri; admin lain dapat melakukannya.</translation>
    </message>
    <message>
        <location filename="../../models/seals/signing.py" line="60"/>
        <source>This is not a Pulih public key: {detail}.</source>
        <translation>Ini bukan kunci publik Pulih: {detail}.</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="68"/>
        <source>You do not have the right to {action} {area}. Ask the facility admin.</source>
        <extracomment>Default rights per role: letters v(iew), i(nput), c(orrect); absent means none.</extracomment>
        <translation>Anda tidak memiliki hak untuk {action} {area}. Silakan hubungi admin fasilitas.</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="70"/>
        <source>This account has been deactivated.</source>
        <translation>Akun ini sudah dinonaktifkan. Silakan hubungi admin fasilitas.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/achievement.py" line="15"/>
        <source>{value} is not an indicator that takes an annual target.</source>
        <translation>{value} bukan indikator yang memiliki target tahunan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/age_bands.py" line="26"/>
        <source>Age bands are whole numbers of years, rising, the first one 0 and none above {maximum}, for example 0, 15, 20, 25, 30, 35, 40, 50, 60.</source>
        <translation>Kelompok umur berupa bilangan bulat tahun yang terus naik, dimulai dari 0 dan tidak ada yang lebih dari {maximum}, misalnya 0, 15, 20, 25, 30, 35, 40, 50, 60.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/close.py" line="33"/>
        <source>{month} is not over yet: a month can be closed from its last day's end on.</source>
        <translation>{month} belum berakhir: sebuah bulan baru dapat ditutup setelah hari terakhirnya lewat.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/close.py" line="35"/>
        <source>{month} was already closed on {date} by {name}.</source>
        <translation>{month} sudah ditutup pada {date} oleh {name}.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/close.py" line="36"/>
        <source>{month} is not closed.</source>
        <translation>{month} belum ditutup.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/close.py" line="37"/>
        <source>The closed tally of {month} does not match its checksum: it was changed outside Pulih. Restore a backup, or reopen and close the month again.</source>
        <translation>Rekapitulasi {month} yang sudah ditutup tidak cocok dengan checksum-nya: data itu diubah di luar Pulih. Pulihkan cadangan, atau buka kembali lalu tutup lagi bulan tersebut.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="67"/>
        <source>{month} has {count} open data-quality problems. Correct them, or confirm that the month is closed with them (the confirmation is recorded with the closed month).</source>
        <translation>{month} masih punya {count} masalah kualitas data. Perbaiki dulu, atau konfirmasi bahwa bulan ditutup dengan masalah itu (konfirmasi dicatat bersama bulan yang ditutup).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="48"/>
        <source>The mapping file cannot be used: {detail} (at {where}). Nothing was changed.</source>
        <translation>File pemetaan tidak dapat dipakai: {detail} (di {where}). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="62"/>
        <source>The mapping {version} has no code for "{key}" of {indicator}, which has a value this month. Add it to the mapping (or an option_pattern) and export again.</source>
        <translation>Pemetaan {version} tidak punya kode untuk "{key}" pada {indicator}, yang bernilai bulan ini. Tambahkan ke pemetaan (atau option_pattern) lalu ekspor lagi.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="43"/>
        <source>{month} is not closed. Only a closed month can be exported to the national systems: close it on the Laporan page first.</source>
        <translation>{month} belum ditutup. Hanya bulan yang sudah ditutup yang dapat dikirim ke sistem nasional: tutup dulu di halaman Laporan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="45"/>
        <source>This file is too large to be a Pulih package; it was refused.</source>
        <translation>File ini terlalu besar untuk sebuah paket Pulih; ditolak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="46"/>
        <source>This file is not a Pulih package (not a readable zip file).</source>
        <translation>File ini bukan paket Pulih (bukan file zip yang dapat dibaca).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="47"/>
        <source>This file holds more or larger files than a Pulih package does; it was refused.</source>
        <translation>File ini berisi lebih banyak atau lebih besar berkas daripada paket Pulih; ditolak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="49"/>
        <source>This package has no signed manifest; it was refused.</source>
        <translation>Paket ini tidak punya manifes bertanda tangan; ditolak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="50"/>
        <source>This file is not a package of the format {format}; it was refused.</source>
        <translation>File ini bukan paket berformat {format}; ditolak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="51"/>
        <source>This package is signed with a key that is not imported for facility {facility}. Import that facility's public keys first (Admin &gt; Facility profile).</source>
        <translation>Paket ini ditandatangani dengan kunci yang belum diimpor untuk fasilitas {facility}. Impor dulu kunci publik fasilitas itu (Admin &gt; Profil fasilitas).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="53"/>
        <source>The signature of this package does not match: it was changed after it was signed. It was refused.</source>
        <translation>Tanda tangan paket ini tidak cocok: paket diubah setelah ditandatangani. Paket ditolak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="55"/>
        <source>The manifest of this package lacks the period, the date or the definitions version; it was refused.</source>
        <translation>Manifes paket ini tidak memuat periode, tanggal atau versi definisi; ditolak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="57"/>
        <source>Key {key} was revoked from {date}; this package was refused.</source>
        <translation>Kunci {key} dicabut sejak {date}; paket ini ditolak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="58"/>
        <source>Key {key} was retired on {date}; this package was refused.</source>
        <translation>Kunci {key} dipensiunkan pada {date}; paket ini ditolak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="59"/>
        <source>This package was counted by definitions version {version}, which is unknown to this Pulih. Update Pulih to import it.</source>
        <translation>Paket ini dihitung dengan versi definisi {version}, yang tidak dikenal Pulih ini. Perbarui Pulih untuk mengimpornya.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="61"/>
        <source>The files of this package are not those its manifest lists; it was refused.</source>
        <translation>Berkas dalam paket ini tidak sesuai dengan daftar di manifesnya; ditolak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="63"/>
        <source>{name} was changed after the package was signed; the package was refused.</source>
        <translation>{name} diubah setelah paket ditandatangani; paket ditolak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="65"/>
        <source>The tally in this package cannot be read or is not of the month its manifest names; it was refused.</source>
        <translation>Rekapitulasi dalam paket ini tidak dapat dibaca atau bukan untuk bulan yang disebut manifesnya; ditolak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="67"/>
        <source>Set up the facility profile first.</source>
        <translation>Isi profil fasilitas terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/province.py" line="40"/>
        <source>This installation is not marked as a provincial office (Settings: provincial office). Facility packages are imported there.</source>
        <translation>Instalasi ini tidak ditandai sebagai kantor provinsi (Pengaturan: kantor provinsi). Paket fasilitas diimpor di sana.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/province.py" line="42"/>
        <source>This package of {facility} for {period} was made on {made}, before the one already imported (made on {kept}); the newer one is kept.</source>
        <translation>Paket {facility} untuk {period} ini dibuat pada {made}, sebelum paket yang sudah diimpor (dibuat pada {kept}); paket yang lebih baru tetap dipakai.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/province.py" line="44"/>
        <source>No facility package of {period} has been imported yet.</source>
        <translation>Belum ada paket fasilitas untuk {period} yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/province.py" line="45"/>
        <source>The packages of {period} were counted under different definitions versions ({versions}), so they cannot be added up into one package. Ask the facilities on the older version to update Pulih and send the month again.</source>
        <translation>Paket {period} dihitung dengan versi definisi yang berbeda ({versions}), sehingga tidak dapat dijumlahkan menjadi satu paket. Minta fasilitas yang masih memakai versi lama memperbarui Pulih dan mengirim bulan itu lagi.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/tally.py" line="30"/>
        <source>There is no such period: {value}.</source>
        <translation>Periode {value} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="41"/>
        <source>{field}: no person has this registration number or NIK.</source>
        <translation>{field}: tidak ada orang dengan nomor registrasi atau NIK ini.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="28"/>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="44"/>
        <source>{substance}, {column}: write a whole number from {low} to {high}.</source>
        <translation>{substance}, {column}: tulis bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="17"/>
        <source>{field}: write the date as day-month-year, for example 17-08-1995.</source>
        <translation>{field}: tulis tanggal sebagai hari-bulan-tahun, misalnya 17-08-1995.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="19"/>
        <source>{field}: {typed} is not a date that exists; check the day and the month.</source>
        <translation>{field}: {typed} bukan tanggal yang ada; periksa hari dan bulannya.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/errors.py" line="30"/>
        <source>The computer refused to read or write a file ({detail}). Nothing was saved; what you typed is still here.</source>
        <translation>Komputer menolak membaca atau menulis berkas ({detail}). Tidak ada yang tersimpan; isian Anda masih ada.</translation>
    </message>
    <message>
        <source>Both people have an open episode; close one before merging.</source>
        <translation type="vanished">Kedua orang masih memiliki episode yang terbuka; tutup salah satunya sebelum menggabungkan.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({kind}). Pulih does not keep its SQLite file on a network share: two desks writing over the network damage it. Keep the file on this computer's own disk, or, for several desks, set up a PostgreSQL server and start Pulih with --database-url postgresql://user:password@server/pulih (see the README, 'several desks').</source>
        <translation type="vanished">Basis data {path} berada di folder jaringan ({kind}). Pulih tidak menyimpan berkas SQLite-nya di folder jaringan: dua meja yang menulis lewat jaringan akan merusaknya. Simpan berkas di disk komputer ini sendiri, atau, untuk beberapa meja, siapkan server PostgreSQL dan jalankan Pulih dengan --database-url postgresql://pengguna:sandi@server/pulih (lihat README, bagian beberapa meja).</translation>
    </message>
    <message>
        <source>The mapping file cannot be used: {detail}. Nothing was changed.</source>
        <translation type="vanished">File pemetaan tidak dapat dipakai: {detail}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{field}: {text} is not a date that exists; check the day and the month.</source>
        <translation type="vanished">{field}: {text} bukan tanggal yang ada; periksa hari dan bulannya.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../models/core/client_file.py" line="18"/>
        <source>Client list file</source>
        <translation>File daftar klien</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="47"/>
        <source>Mapping file</source>
        <translation>File pemetaan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="42"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <location filename="../../ui/exchange/exchange_tab.py" line="39"/>
        <source>Codes for national systems</source>
        <translation>Kode untuk sistem nasional</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_tab.py" line="40"/>
        <source>Provincial roll-up</source>
        <translation>Rekap provinsi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_tab.py" line="41"/>
        <source>Import client list</source>
        <translation>Impor daftar klien</translation>
    </message>
</context>
<context>
    <name>FacilityForm</name>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="76"/>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="77"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="100"/>
        <source>One line each, as on the letterhead, e.g.
BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA
BADAN NARKOTIKA NASIONAL KOTA ...</source>
        <translation>Satu baris per nama, seperti pada kop surat, misalnya
BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA
BADAN NARKOTIKA NASIONAL KOTA ...</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="103"/>
        <source>Choose a PNG or JPEG file...</source>
        <translation>Pilih berkas PNG atau JPEG...</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="vanished">tanpa batas</translation>
    </message>
</context>
<context>
    <name>FacilityPanel</name>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="172"/>
        <source>Every letter and certificate is printed on this letterhead. The name lines go from the ministry or parent body down to the facility itself.</source>
        <translation>Semua surat dan sertifikat dicetak dengan kop surat ini. Baris nama disusun dari kementerian atau instansi induk sampai nama fasilitas itu sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="175"/>
        <source>Line 1, e.g. BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA</source>
        <translation>Baris 1, misalnya BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="176"/>
        <source>Line 2 (optional)</source>
        <translation>Baris 2 (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="176"/>
        <source>Line 3 (optional)</source>
        <translation>Baris 3 (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="177"/>
        <source>Line 4 (optional)</source>
        <translation>Baris 4 (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="180"/>
        <source>e.g. BNNK-JU (used in document numbers)</source>
        <translation>misalnya BNNK-JU (dipakai dalam nomor surat)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="183"/>
        <source>(not chosen)</source>
        <translation>(belum dipilih)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="184"/>
        <source>18 digits</source>
        <translation>18 angka</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="185"/>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="186"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="187"/>
        <source>PNG or JPEG, at most 2 MB</source>
        <translation>PNG atau JPEG, paling besar 2 MB</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="189"/>
        <location filename="../../ui/admin/facility_panel.py" line="299"/>
        <source>No logo</source>
        <translation>Belum ada logo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="190"/>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="191"/>
        <source>Undo my edits</source>
        <translation>Batalkan perubahan saya</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="231"/>
        <source>The facility has no profile yet. Fill it in and save it.</source>
        <translation>Fasilitas belum memiliki profil. Isi lalu simpan.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="263"/>
        <source>Facility profile saved.</source>
        <translation>Profil fasilitas sudah disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="271"/>
        <source>Choose the facility's logo</source>
        <translation>Pilih logo fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="272"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="300"/>
        <source>Not an image</source>
        <translation>Bukan gambar</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="vanished">Tanpa batas</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../ui/widgets/file_dialogs.py" line="39"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialogs.py" line="41"/>
        <source>{suffix} file</source>
        <translation>Berkas {suffix}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialogs.py" line="42"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../ui/clients/record_header.py" line="59"/>
        <source>Kind</source>
        <extracomment>Banner colours per kind: background, border (legible in light and dark themes' text).</extracomment>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="60"/>
        <source>What it says</source>
        <translation>Isinya</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="61"/>
        <source>Add a flag</source>
        <translation>Tambah penanda</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="64"/>
        <source>Why is it cleared?</source>
        <translation>Mengapa dicabut?</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="65"/>
        <source>Clear the flag</source>
        <translation>Cabut penanda</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../models/rumatan/summary.py" line="30"/>
        <source>Active clients</source>
        <translation>Klien aktif</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="31"/>
        <source>Clients with a dose order in force on at least one day of the month.</source>
        <translation>Klien yang memiliki perintah dosis berlaku pada sedikitnya satu hari dalam bulan ini.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="32"/>
        <source>New clients</source>
        <translation>Klien baru</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="33"/>
        <source>Clients whose first dose order ever starts in the month.</source>
        <translation>Klien yang perintah dosis pertamanya dimulai dalam bulan ini.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="34"/>
        <source>Stopped</source>
        <translation>Berhenti</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="35"/>
        <source>Clients whose therapy ended in the month: the last day of their last order falls in the month and no order of theirs is open.</source>
        <translation>Klien yang terapinya berakhir dalam bulan ini: hari terakhir perintah dosis terakhirnya jatuh dalam bulan ini dan tidak ada perintah dosisnya yang masih terbuka.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="37"/>
        <source>Average dose (mg)</source>
        <translation>Rata-rata dosis (mg)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="38"/>
        <source>The mean of the regular doses given in the month (observed and take-home), in mg, to one decimal; split and replacement doses are not included.</source>
        <translation>Rata-rata dosis reguler yang diberikan dalam bulan ini (diminum di tempat dan bawa pulang), dalam mg dengan satu desimal; dosis terbagi bagian kedua dan dosis pengganti tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="40"/>
        <source>Observed doses given</source>
        <translation>Dosis diminum di tempat</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="41"/>
        <source>Regular doses taken under observation at the window on a day of the month.</source>
        <translation>Dosis reguler yang diminum di bawah pengawasan di loket pada suatu hari dalam bulan ini.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="42"/>
        <source>Take-home doses</source>
        <translation>Dosis bawa pulang</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="43"/>
        <source>Take-home doses for a day of the month (counted on the day they are for).</source>
        <translation>Dosis bawa pulang untuk suatu hari dalam bulan ini (dihitung pada hari dosis itu diperuntukkan).</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="44"/>
        <source>Missed days</source>
        <translation>Hari tidak datang</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="45"/>
        <source>Days of the month, up to the day before the count, on which an order was in force, the client was not in hospital, detained or away, and no regular dose was given or taken home.</source>
        <translation>Hari dalam bulan ini, sampai sehari sebelum penghitungan, ketika perintah dosis berlaku, klien tidak dirawat, ditahan atau bepergian, dan tidak ada dosis reguler yang diberikan atau dibawa pulang.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="48"/>
        <source>Started 6 months earlier</source>
        <translation>Mulai 6 bulan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="49"/>
        <source>Clients whose first order started in the month six months before this one.</source>
        <translation>Klien yang perintah dosis pertamanya dimulai pada bulan enam bulan sebelum bulan ini.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="50"/>
        <source>Of them still in therapy</source>
        <translation>Dari mereka, masih dalam terapi</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="51"/>
        <location filename="../../models/rumatan/summary.py" line="56"/>
        <source>Of those clients, the ones with an order in force on the last day of this month (or on the day of the count, for a month still running).</source>
        <translation>Dari klien tersebut, yang memiliki perintah dosis berlaku pada hari terakhir bulan ini (atau pada hari penghitungan, untuk bulan yang masih berjalan).</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="53"/>
        <source>Started 12 months earlier</source>
        <translation>Mulai 12 bulan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="54"/>
        <source>Clients whose first order started in the month twelve months before this one.</source>
        <translation>Klien yang perintah dosis pertamanya dimulai pada bulan dua belas bulan sebelum bulan ini.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="55"/>
        <source>Of them still in therapy (12 months)</source>
        <translation>Dari mereka, masih dalam terapi (12 bulan)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="35"/>
        <source>By-name, by-address list of clients served (BNBA)</source>
        <translation>Daftar klien yang dilayani by name by address (BNBA)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="36"/>
        <source>Confidential: personal health data (UU 27/2022). For the named recipient only; do not copy or pass on.</source>
        <translation>Rahasia: data pribadi kesehatan (UU 27/2022). Hanya untuk penerima yang ditunjuk; jangan digandakan atau diteruskan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="38"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="38"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="41"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="41"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="41"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="42"/>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="42"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="42"/>
        <location filename="../../models/tallies/indicators.py" line="103"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="43"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="43"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="43"/>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="44"/>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="44"/>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="44"/>
        <source>Regency / city</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="45"/>
        <location filename="../../models/tallies/indicators.py" line="104"/>
        <source>Primary substance</source>
        <translation>Zat utama</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="45"/>
        <location filename="../../models/tallies/indicators.py" line="112"/>
        <source>Service type</source>
        <translation>Jenis layanan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="46"/>
        <source>Date admitted</source>
        <translation>Tanggal masuk</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="46"/>
        <location filename="../../models/tallies/indicators.py" line="110"/>
        <source>Referral route</source>
        <translation>Asal rujukan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="47"/>
        <source>Date discharged</source>
        <translation>Tanggal keluar</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="47"/>
        <source>Wajib lapor</source>
        <translation>Wajib lapor</translation>
    </message>
    <message>
        <location filename="../../models/tallies/close.py" line="32"/>
        <source>Reason for reopening</source>
        <translation>Alasan membuka kembali</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="36"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="36"/>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="36"/>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="36"/>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="36"/>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="37"/>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="37"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="37"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="37"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="37"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="38"/>
        <source>December</source>
        <translation>Desember</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="38"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="40"/>
        <source>Monthly report of rehabilitation services</source>
        <translation>Laporan bulanan layanan rehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="41"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="42"/>
        <source>Breakdown</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="43"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="44"/>
        <source>Year to date</source>
        <translation>Tahun berjalan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="45"/>
        <source>Annual target</source>
        <translation>Target tahunan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="46"/>
        <source>Achievement</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="47"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="48"/>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="49"/>
        <source>Annual targets</source>
        <translation>Target tahunan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="50"/>
        <source>Definitions</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="51"/>
        <source>How the numbers are counted</source>
        <translation>Cara penghitungan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="52"/>
        <source>New clients by primary substance, {period}</source>
        <translation>Klien baru menurut zat utama, {period}</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="53"/>
        <source>The last twelve months</source>
        <translation>Dua belas bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="54"/>
        <source>All others</source>
        <translation>Selebihnya</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="55"/>
        <source>Page {page}</source>
        <translation>Halaman {page}</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="56"/>
        <source>Made on {date} by {name}.</source>
        <translation>Dibuat pada {date} oleh {name}.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="57"/>
        <source>Month closed on {date} by {name}; definitions version {version}; checksum {checksum}.</source>
        <translation>Bulan ditutup pada {date} oleh {name}; definisi versi {version}; checksum {checksum}.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="59"/>
        <source>Provisional figures: the month has not been closed, so they can still change.</source>
        <translation>Angka sementara: bulan ini belum ditutup, sehingga angkanya masih dapat berubah.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="61"/>
        <source>Counts from 1 to 4 are shown as &lt;5; a * hides a further count so that no hidden count can be worked out from the total.</source>
        <translation>Jumlah 1 sampai 4 ditampilkan sebagai &lt;5; tanda * menyembunyikan satu angka lagi agar angka yang disembunyikan tidak dapat dihitung dari jumlahnya.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="63"/>
        <source>PROVISIONAL</source>
        <translation>SEMENTARA</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="64"/>
        <source>Acknowledged by,</source>
        <translation>Mengetahui,</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="65"/>
        <source>Head of the facility</source>
        <translation>Kepala Fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="66"/>
        <source>Prepared by,</source>
        <translation>Yang membuat laporan,</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="67"/>
        <source>Facility</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="68"/>
        <location filename="../../models/tallies/tally.py" line="29"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="70"/>
        <source>Audit checkpoint</source>
        <translation>Titik periksa audit</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="71"/>
        <source>The signed state of the audit trail when this closed month was exported. Keep the file: "python main.py check --audit --checkpoint FILE" shows whether the trail was rewritten since.</source>
        <translation>Keadaan jejak audit bertanda tangan saat bulan yang sudah ditutup ini diekspor. Simpan berkas ini: "python main.py check --audit --checkpoint BERKAS" menunjukkan apakah jejak audit ditulis ulang sejak itu.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="75"/>
        <source>{low}-{high} years</source>
        <translation>{low}-{high} tahun</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="76"/>
        <source>{low} years and over</source>
        <translation>{low} tahun ke atas</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="77"/>
        <source>age unknown</source>
        <translation>umur tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="78"/>
        <source>{sex}, {band}</source>
        <translation>{sex}, {band}</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="79"/>
        <source>{program}: {phase}</source>
        <translation>{program}: {phase}</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="80"/>
        <source>No phase recorded yet</source>
        <translation>Belum ada tahap tercatat</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="45"/>
        <source>A period runs from its first day to its last day, both included. An event (a report, an admission, a discharge, a test, a certificate) counts in the period that holds its date; a test or a certificate is dated by the day it was taken or issued, whatever the hour.</source>
        <translation>Sebuah periode berlangsung dari hari pertama sampai hari terakhirnya, keduanya termasuk. Suatu kejadian (laporan, penerimaan, terminasi, tes, surat keterangan) dihitung pada periode yang memuat tanggalnya; tes atau surat keterangan diberi tanggal hari pengambilan atau penerbitannya, pukul berapa pun.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="49"/>
        <source>The unit is the episode of care: a person admitted twice in one period counts twice among the admissions.</source>
        <translation>Satuan hitungnya adalah episode perawatan: orang yang diterima dua kali dalam satu periode dihitung dua kali dalam penerimaan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="51"/>
        <source>An episode that spans months is a new client only in the month of its admission, and a continuing client in every later month up to and including the month of its discharge; it never counts as both in one period.</source>
        <translation>Episode yang berlangsung lintas bulan dihitung sebagai klien baru hanya pada bulan penerimaannya, dan sebagai klien lanjutan pada setiap bulan sesudahnya sampai dengan bulan terminasinya; dalam satu periode episode tidak pernah dihitung sebagai keduanya.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="55"/>
        <source>A discharge on the last day of a month counts among that month's discharges; the client is still counted as served in that month, is not in that month's end census, and is not a continuing client of the next month. The census counts who is still in a program at the end of the period's last day.</source>
        <translation>Terminasi pada hari terakhir suatu bulan dihitung dalam terminasi bulan itu; klien tetap dihitung sebagai dilayani pada bulan itu, tidak masuk sensus akhir bulan itu, dan bukan klien lanjutan pada bulan berikutnya. Sensus menghitung siapa yang masih berada dalam program pada akhir hari terakhir periode.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="60"/>
        <source>Age is counted in completed years and goes up on the birthday itself: a client whose birthday is the first day of the period is counted at the new age (a birthday on 29 February counts as 28 February in common years). New clients are counted at their age on the day of admission, continuing clients at their age on the first day of the period. A missing birth date, or one after that day, counts as age unknown.</source>
        <translation>Umur dihitung dalam tahun penuh dan bertambah tepat pada hari ulang tahun: klien yang berulang tahun pada hari pertama periode dihitung dengan umur barunya (ulang tahun 29 Februari dianggap 28 Februari pada tahun biasa). Klien baru dihitung menurut umurnya pada hari penerimaan, klien lanjutan menurut umurnya pada hari pertama periode. Tanggal lahir yang kosong, atau yang jatuh sesudah hari itu, dihitung sebagai umur tidak diketahui.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="67"/>
        <source>Year to date runs from 1 January to the last day of the month reported. A figure at the period's end (census, phases, waiting list) is the same for the month and for the year to date.</source>
        <translation>Tahun berjalan dihitung dari 1 Januari sampai hari terakhir bulan yang dilaporkan. Angka pada akhir periode (sensus, tahap program, daftar tunggu) sama untuk bulan ini dan untuk tahun berjalan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="102"/>
        <source>Sex and age band</source>
        <translation>Jenis kelamin dan kelompok umur</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="106"/>
        <source>Route of use of the primary substance</source>
        <translation>Cara pakai zat utama</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="108"/>
        <source>Diagnosis (ICD-10)</source>
        <translation>Diagnosis (ICD-10)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="111"/>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="113"/>
        <source>Program phase</source>
        <translation>Tahap program</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="114"/>
        <source>Reason for discharge</source>
        <translation>Alasan terminasi</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="116"/>
        <source>Kind of contact</source>
        <translation>Jenis kontak</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="117"/>
        <source>Instrument</source>
        <translation>Instrumen</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="118"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="119"/>
        <source>Confirmation</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="120"/>
        <source>SKHPN result</source>
        <translation>Hasil SKHPN</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="121"/>
        <source>SKHPN purpose</source>
        <translation>Keperluan SKHPN</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="122"/>
        <source>Kind of appointment</source>
        <translation>Jenis janji temu</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="136"/>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="137"/>
        <source>Reports and referrals</source>
        <translation>Laporan dan rujukan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="138"/>
        <source>Substances and diagnoses</source>
        <translation>Zat dan diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="139"/>
        <source>Service types</source>
        <translation>Jenis layanan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="140"/>
        <source>Census</source>
        <translation>Sensus</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="141"/>
        <source>Discharge and aftercare</source>
        <translation>Terminasi dan pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="142"/>
        <source>Assessments and urine tests</source>
        <translation>Asesmen dan tes urine</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="143"/>
        <source>SKHPN</source>
        <translation>SKHPN</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="144"/>
        <source>Appointments</source>
        <translation>Janji temu</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="176"/>
        <source>New clients (admissions)</source>
        <translation>Klien baru (penerimaan)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="177"/>
        <source>Episodes whose admission date (the first day of service) falls in the period, by sex and by age on the day of admission. A screening or an assessment alone is not an admission.</source>
        <translation>Episode yang tanggal penerimaannya (hari pertama layanan) jatuh dalam periode, menurut jenis kelamin dan umur pada hari penerimaan. Skrining atau asesmen saja bukan penerimaan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="180"/>
        <source>Continuing clients</source>
        <translation>Klien lanjutan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="181"/>
        <source>Episodes admitted before the first day of the period and not discharged before it, by sex and by age on the first day of the period.</source>
        <translation>Episode yang diterima sebelum hari pertama periode dan belum diterminasi sebelum hari itu, menurut jenis kelamin dan umur pada hari pertama periode.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="183"/>
        <source>Clients served</source>
        <translation>Klien yang dilayani</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="184"/>
        <source>New and continuing clients together: episodes in a program on at least one day of the period, by service type.</source>
        <translation>Klien baru dan klien lanjutan bersama-sama: episode yang berada dalam program sekurang-kurangnya satu hari dalam periode, menurut jenis layanan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="186"/>
        <source>Reports received</source>
        <translation>Laporan yang diterima</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="187"/>
        <source>Episodes whose report date falls in the period, admitted or not, by referral route.</source>
        <translation>Episode yang tanggal laporannya jatuh dalam periode, diterima dalam program atau tidak, menurut asal rujukan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="189"/>
        <source>Reports received by reporter</source>
        <translation>Laporan yang diterima menurut pelapor</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="191"/>
        <source>The same reports, by who made the report.</source>
        <translation>Laporan yang sama, menurut siapa yang melapor.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="192"/>
        <source>Wajib lapor reports received</source>
        <translation>Laporan wajib lapor yang diterima</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="193"/>
        <source>Reports received in the period that were made under the duty to report (wajib lapor, PP 25/2011).</source>
        <translation>Laporan yang diterima dalam periode yang dibuat dalam rangka wajib lapor (PP 25/2011).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="195"/>
        <source>New clients by primary substance</source>
        <translation>Klien baru menurut zat utama</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="197"/>
        <source>Admissions in the period by the primary substance recorded at intake.</source>
        <translation>Penerimaan dalam periode menurut zat utama yang dicatat saat pendaftaran.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="198"/>
        <source>New clients by route of use</source>
        <translation>Klien baru menurut cara pakai</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="200"/>
        <source>Admissions in the period by the route of use of the primary substance.</source>
        <translation>Penerimaan dalam periode menurut cara pakai zat utama.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="201"/>
        <source>New clients by diagnosis</source>
        <translation>Klien baru menurut diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="203"/>
        <source>Admissions in the period by the ICD-10 category (F10 to F19) of the episode's latest signed diagnosis made on or before the period's last day; an episode without one counts as not recorded.</source>
        <translation>Penerimaan dalam periode menurut kategori ICD-10 (F10 sampai F19) dari diagnosis bertanda tangan terakhir episode itu yang dibuat paling lambat pada hari terakhir periode; episode tanpa diagnosis dihitung sebagai tidak tercatat.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="206"/>
        <source>New clients by service type</source>
        <translation>Klien baru menurut jenis layanan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="208"/>
        <source>Admissions in the period by the service type of the episode.</source>
        <translation>Penerimaan dalam periode menurut jenis layanan episode.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="209"/>
        <source>Outpatient clients admitted</source>
        <translation>Klien rawat jalan yang diterima</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="210"/>
        <source>Admissions in the period to outpatient care (rawat jalan), maintenance therapy (rumatan) included.</source>
        <translation>Penerimaan dalam periode ke layanan rawat jalan, termasuk terapi rumatan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="212"/>
        <source>Inpatient clients admitted</source>
        <translation>Klien rawat inap yang diterima</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="213"/>
        <source>Admissions in the period to inpatient care (rawat inap).</source>
        <translation>Penerimaan dalam periode ke layanan rawat inap.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="214"/>
        <source>Social rehabilitation clients admitted</source>
        <translation>Klien rehabilitasi sosial yang diterima</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="216"/>
        <source>Admissions in the period to social rehabilitation.</source>
        <translation>Penerimaan dalam periode ke rehabilitasi sosial.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="217"/>
        <source>Closed without admission (tidak melanjutkan)</source>
        <translation>Ditutup tanpa penerimaan (tidak melanjutkan)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="219"/>
        <source>Episodes in screening or on the waiting list that were closed in the period as not continuing to admission, by service type, dated by the day they were closed. They never count as admissions.</source>
        <translation>Episode yang masih skrining atau di daftar tunggu lalu ditutup dalam periode ini karena tidak melanjutkan ke penerimaan, menurut jenis layanan, dihitung pada tanggal penutupannya. Episode ini tidak pernah dihitung sebagai penerimaan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="222"/>
        <source>Census at the end of the period</source>
        <translation>Sensus akhir periode</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="223"/>
        <source>Episodes admitted on or before the period's last day and not discharged on or before it, by service type.</source>
        <translation>Episode yang diterima paling lambat pada hari terakhir periode dan belum diterminasi sampai dengan hari itu, menurut jenis layanan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="225"/>
        <source>Clients in each phase</source>
        <translation>Klien pada setiap tahap program</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="226"/>
        <source>The same census by the phase each client was in at the end of the period's last day, from the dated phase moves that were not undone.</source>
        <translation>Sensus yang sama menurut tahap yang dijalani setiap klien pada akhir hari terakhir periode, berdasarkan perpindahan tahap bertanggal yang tidak dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="229"/>
        <source>Waiting list at the end of the period</source>
        <translation>Daftar tunggu akhir periode</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="231"/>
        <source>Episodes put on the waiting list on or before the period's last day that had not left it (admitted or withdrawn) by the end of that day.</source>
        <translation>Episode yang masuk daftar tunggu paling lambat pada hari terakhir periode dan belum keluar darinya (diterima atau mengundurkan diri) sampai akhir hari itu.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="234"/>
        <source>Waiting list by service type</source>
        <translation>Daftar tunggu menurut jenis layanan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="236"/>
        <source>The same waiting list by the service type each episode waits for (places are counted per service type).</source>
        <translation>Daftar tunggu yang sama menurut jenis layanan yang ditunggu setiap episode (tempat dihitung per jenis layanan).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="238"/>
        <source>Discharges</source>
        <translation>Terminasi</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="239"/>
        <source>Discharges (terminasi) dated in the period, by reason.</source>
        <translation>Terminasi yang bertanggal dalam periode, menurut alasannya.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="240"/>
        <source>Entries into aftercare</source>
        <translation>Klien masuk pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="241"/>
        <source>Aftercare plans that started in the period.</source>
        <translation>Rencana pascarehabilitasi yang dimulai dalam periode.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="242"/>
        <source>Aftercare contacts made</source>
        <translation>Kontak pascarehabilitasi yang dilakukan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="244"/>
        <source>Aftercare contacts dated in the period, by kind of contact.</source>
        <translation>Kontak pascarehabilitasi yang bertanggal dalam periode, menurut jenis kontak.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="245"/>
        <source>Assessments done</source>
        <translation>Asesmen yang dilakukan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="246"/>
        <source>Signed assessments dated in the period, of clients and of SKHPN applicants, by instrument. Drafts do not count.</source>
        <translation>Asesmen bertanda tangan yang bertanggal dalam periode, baik klien maupun pemohon SKHPN, menurut instrumen. Draf tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="248"/>
        <source>Integrated assessments (TAT)</source>
        <translation>Asesmen terpadu (TAT)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="249"/>
        <source>Signed integrated assessments (TAT) dated in the period.</source>
        <translation>Asesmen terpadu (TAT) bertanda tangan yang bertanggal dalam periode.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="250"/>
        <source>Urine tests</source>
        <translation>Tes urine</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="251"/>
        <source>Urine rapid tests collected in the period: positive when any parameter is positive, invalid when none is positive and one is invalid, otherwise negative.</source>
        <translation>Tes cepat urine yang sampelnya diambil dalam periode: positif bila ada parameter yang positif, tidak sah bila tidak ada yang positif tetapi ada yang tidak sah, selain itu negatif.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="254"/>
        <source>Positive urine screens by confirmation</source>
        <translation>Skrining urine positif menurut konfirmasi</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="256"/>
        <source>The urine rapid tests collected in the period with a positive parameter, by their confirmation as recorded when counted: a laboratory's positive result, the client's own admission of use, a laboratory's negative result, or none yet. A positive screen is presumptive until confirmed.</source>
        <translation>Tes cepat urine yang diambil dalam periode dengan parameter positif, menurut konfirmasinya sebagaimana tercatat saat dihitung: hasil positif laboratorium, pengakuan pemakaian oleh klien sendiri, hasil negatif laboratorium, atau belum ada. Skrining positif bersifat dugaan sampai dikonfirmasi.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="260"/>
        <source>Physical examinations by a doctor</source>
        <translation>Pemeriksaan fisik oleh dokter</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="261"/>
        <source>Signed physical examinations dated in the period, each recorded and signed by a doctor on the examination's own form (SKHPN examinations included); the physical section of an ASI-based assessment is not counted here.</source>
        <translation>Pemeriksaan fisik yang ditandatangani dan bertanggal dalam periode, masing-masing dicatat dan ditandatangani dokter pada formulir pemeriksaan fisik (termasuk pemeriksaan SKHPN); bagian fisik asesmen berbasis ASI tidak dihitung di sini.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="265"/>
        <source>SKHPN issued</source>
        <translation>SKHPN yang diterbitkan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="266"/>
        <source>SKHPN certificates issued in the period and not voided, by result.</source>
        <translation>SKHPN yang diterbitkan dalam periode dan tidak dibatalkan, menurut hasilnya.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="268"/>
        <source>SKHPN issued by purpose</source>
        <translation>SKHPN yang diterbitkan menurut keperluan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="269"/>
        <source>The same certificates by the purpose the applicant gave.</source>
        <translation>Surat keterangan yang sama menurut keperluan yang disebutkan pemohon.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="270"/>
        <source>SKHPN free of charge (SKTM)</source>
        <translation>SKHPN tanpa biaya (SKTM)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="271"/>
        <source>Those certificates whose fee was waived on a certificate of poverty (SKTM).</source>
        <translation>Surat keterangan tersebut yang biayanya dibebaskan berdasarkan surat keterangan tidak mampu (SKTM).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="273"/>
        <source>SKHPN fees received (rupiah)</source>
        <translation>Penerimaan biaya SKHPN (rupiah)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="274"/>
        <source>The sum of the fees recorded on those certificates.</source>
        <translation>Jumlah biaya yang tercatat pada surat keterangan tersebut.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="275"/>
        <source>Appointments attended</source>
        <translation>Janji temu yang dihadiri</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="277"/>
        <source>Client appointments dated in the period that the client attended, by kind; in a group session each participant marked present counts once. A moved appointment counts only where it was moved to; a cancelled one does not count.</source>
        <translation>Janji temu klien yang tanggalnya dalam periode dan dihadiri klien, menurut jenis; pada sesi kelompok setiap peserta yang dicatat hadir dihitung satu kali. Janji temu yang dipindahkan hanya dihitung pada jadwal barunya; yang dibatalkan tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="281"/>
        <source>Appointments missed</source>
        <translation>Janji temu yang tidak dihadiri</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="283"/>
        <source>Client appointments dated in the period that the client did not attend, by kind, including those not marked by the end of their day (they become missed); in a group session each participant marked absent counts once.</source>
        <translation>Janji temu klien yang tanggalnya dalam periode dan tidak dihadiri klien, menurut jenis, termasuk yang belum dicatat sampai hari itu berakhir (menjadi tidak datang); pada sesi kelompok setiap peserta yang dicatat tidak hadir dihitung satu kali.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/intake/intake_page.py" line="63"/>
        <source>New registration</source>
        <translation>Pendaftaran baru</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_page.py" line="64"/>
        <source>Waiting list</source>
        <translation>Daftar tunggu</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/intake/wizard.py" line="47"/>
        <source>1. Identity</source>
        <extracomment>fields in which Enter means "the default button" (a list or a button keeps its own Enter)</extracomment>
        <translation>1. Identitas</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="48"/>
        <source>2. Arrival and referral</source>
        <translation>2. Kedatangan dan rujukan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="49"/>
        <source>3. Substances</source>
        <translation>3. Zat yang digunakan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="50"/>
        <source>4. Consent and admission</source>
        <translation>4. Persetujuan dan penerimaan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="52"/>
        <source>in screening</source>
        <translation>dalam skrining</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="53"/>
        <source>admitted to the program</source>
        <translation>diterima dalam program</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="54"/>
        <source>on the waiting list: every place in the program is taken</source>
        <translation>masuk daftar tunggu: semua tempat dalam program sudah terisi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="61"/>
        <location filename="../../ui/intake/wizard.py" line="597"/>
        <source>Discard draft</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="62"/>
        <source>Throw away everything typed for this registration? This cannot be undone.</source>
        <translation>Buang semua isian pendaftaran ini? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="259"/>
        <source>New episode for {name} ({reg_no}), born {born}.</source>
        <translation>Episode baru untuk {name} ({reg_no}), lahir {born}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="282"/>
        <source>Your role may not register a new person: ask the intake desk, or open the person's record in Klien to add a new episode there.</source>
        <translation>Peran Anda tidak boleh mendaftarkan orang baru: minta bantuan petugas pendaftaran, atau buka data orang itu di Klien untuk menambah episode baru di sana.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="317"/>
        <source>Restored what was typed before, kept at {time}.</source>
        <translation>Isian sebelumnya dipulihkan (tersimpan pukul/tanggal {time}).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="340"/>
        <source>Draft kept automatically.</source>
        <translation>Draf tersimpan otomatis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/wizard.py" line="401"/>
        <source>Possibly already registered (%n):</source>
        <translation>
            <numerusform>Mungkin sudah terdaftar (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="532"/>
        <source>Step {step}: {message}</source>
        <translation>Langkah {step}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="575"/>
        <source>Saved: {name}, registration number {reg_no}; the episode is {status}. Press Ctrl+N for the next person.</source>
        <translation>Tersimpan: {name}, nomor registrasi {reg_no}; episode {status}. Tekan Ctrl+N untuk orang berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="596"/>
        <source>Open this record instead</source>
        <translation>Buka data ini saja</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="598"/>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="599"/>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="600"/>
        <source>Next step (Alt+Right)</source>
        <translation>Langkah berikutnya (Alt+Kanan)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="601"/>
        <source>&amp;Save registration</source>
        <translation>&amp;Simpan pendaftaran</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="602"/>
        <source>Save everything at once (Ctrl+Enter)</source>
        <translation>Simpan semuanya sekaligus (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="603"/>
        <source>&amp;Open the record</source>
        <translation>&amp;Buka data klien</translation>
    </message>
    <message>
        <source>Your role may not register an episode: ask the intake desk.</source>
        <translation type="vanished">Peran Anda tidak boleh mendaftarkan episode: minta bantuan petugas pendaftaran.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../ui/integrity_check.py" line="27"/>
        <source>The check of the database file that runs after start-up found damage ({detail}). To keep what is there safe, Pulih saves nothing more from now on; what you can see is still shown. Close Pulih and start it again: it will check the file first and offer the newest good backup.</source>
        <translation>Pemeriksaan berkas basis data yang berjalan setelah Pulih dibuka menemukan kerusakan ({detail}). Agar isinya tetap aman, mulai sekarang Pulih tidak menyimpan apa pun lagi; yang sudah tampil tetap dapat dilihat. Tutup Pulih lalu jalankan lagi: Pulih akan memeriksa berkas lebih dulu dan menawarkan cadangan baik yang terbaru.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="vanished">Basis data rusak</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../ui/auth/key_dialog.py" line="48"/>
        <source>Encrypted database</source>
        <translation>Basis data terenkripsi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/key_dialog.py" line="49"/>
        <source>Database: {where}</source>
        <translation>Basis data: {where}</translation>
    </message>
    <message>
        <location filename="../../ui/auth/key_dialog.py" line="51"/>
        <source>&amp;Key of the database:</source>
        <translation>&amp;Kunci basis data:</translation>
    </message>
</context>
<context>
    <name>KeyStateDialog</name>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="70"/>
        <source>Revoke key {key_id}</source>
        <translation>Cabut kunci {key_id}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="72"/>
        <source>Revoke a key that may be in someone else's hands (a stolen or lost computer). Papers signed with it and dated on or after the date below are refused as REVOKED everywhere this list reaches; export the keys again and send them to the other facilities. This cannot be undone.</source>
        <translation>Cabut kunci yang mungkin berada di tangan orang lain (komputer dicuri atau hilang). Surat yang ditandatangani dengannya dan bertanggal pada atau setelah tanggal di bawah ditolak sebagai DICABUT di mana pun daftar ini sampai; ekspor kunci lagi dan kirimkan ke fasilitas lain. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="76"/>
        <source>Re&amp;voke the key</source>
        <translation>&amp;Cabut kunci</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="78"/>
        <source>Retire key {key_id}</source>
        <translation>Pensiunkan kunci {key_id}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="80"/>
        <source>Retire a key that is no longer used (a desk computer replaced). Papers dated up to the date below stay valid; later ones are refused. The desk makes a new key for its next paper.</source>
        <translation>Pensiunkan kunci yang tidak dipakai lagi (komputer meja diganti). Surat bertanggal sampai dengan tanggal di bawah tetap berlaku; yang lebih kemudian ditolak. Komputer meja membuat kunci baru untuk surat berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="83"/>
        <source>&amp;Retire the key</source>
        <translation>&amp;Pensiunkan kunci</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="32"/>
        <source>Facility code</source>
        <translation>Kode fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="32"/>
        <source>Key ID</source>
        <translation>ID kunci</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="33"/>
        <source>Facility</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="33"/>
        <source>Whose</source>
        <translation>Milik</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="34"/>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="34"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="131"/>
        <source>Revoked from {date}</source>
        <translation>Dicabut sejak {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="133"/>
        <source>Retired after {date}</source>
        <translation>Dipensiunkan setelah {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="134"/>
        <source>In use</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="162"/>
        <source>Key {key_id} was revoked. Export the keys again and send them to the other facilities.</source>
        <translation>Kunci {key_id} telah dicabut. Ekspor kunci lagi dan kirimkan ke fasilitas lain.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="165"/>
        <source>Key {key_id} was retired.</source>
        <translation>Kunci {key_id} telah dipensiunkan.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="170"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="170"/>
        <source>This facility</source>
        <translation>Fasilitas ini</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="198"/>
        <source>This facility has no signing key yet: one is made when the first document is issued.</source>
        <translation>Fasilitas ini belum memiliki kunci tanda tangan: kunci dibuat saat dokumen pertama diterbitkan.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="205"/>
        <source>Save the public keys</source>
        <translation>Simpan kunci publik</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="220"/>
        <source>Saved {path}: give this file to the other facility.</source>
        <translation>Tersimpan di {path}: berikan berkas ini kepada fasilitas lain.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="244"/>
        <source>Public keys as QR codes</source>
        <translation>Kunci publik dalam kode QR</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="250"/>
        <source>Import public keys</source>
        <translation>Impor kunci publik</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/keys_panel.py" line="276"/>
        <source>%n key(s) imported.</source>
        <translation>
            <numerusform>%n kunci diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="277"/>
        <source>These keys were already in the list; nothing was added.</source>
        <translation>Kunci ini sudah ada dalam daftar; tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="282"/>
        <source>Papers are signed with this facility's keys. Give the public keys to other facilities (as a file or a printed page of QR codes) so they can check your papers, and import theirs to check their papers here. Private keys never leave the computer that signs.</source>
        <translation>Surat ditandatangani dengan kunci fasilitas ini. Berikan kunci publik kepada fasilitas lain (sebagai berkas atau halaman kode QR yang dicetak) agar mereka dapat memeriksa surat Anda, dan impor kunci mereka untuk memeriksa surat mereka di sini. Kunci privat tidak pernah meninggalkan komputer yang menandatangani.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="288"/>
        <source>Export to a &amp;file...</source>
        <translation>Ekspor ke &amp;berkas...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="289"/>
        <source>Print as &amp;QR codes...</source>
        <translation>Cetak sebagai kode &amp;QR...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="290"/>
        <source>Import another facility's keys (admins)</source>
        <translation>Impor kunci fasilitas lain (admin)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="291"/>
        <source>Paste or scan the key text here (PULIH-KEY1|...)</source>
        <translation>Tempel atau pindai teks kunci di sini (PULIH-KEY1|...)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="293"/>
        <source>From a f&amp;ile...</source>
        <translation>Dari b&amp;erkas...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="294"/>
        <source>Import the &amp;pasted text</source>
        <translation>Impor teks yang &amp;ditempel</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="295"/>
        <source>Re&amp;tire key...</source>
        <translation>&amp;Pensiunkan kunci...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="296"/>
        <source>Re&amp;voke key...</source>
        <translation>&amp;Cabut kunci...</translation>
    </message>
</context>
<context>
    <name>LettersButton</name>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="186"/>
        <source>This person has no episode of care, so there is no letter to print. (An SKHPN is issued from the Documents page.)</source>
        <translation>Orang ini tidak memiliki episode perawatan, sehingga tidak ada surat yang dapat dicetak. (SKHPN diterbitkan dari halaman Dokumen.)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="285"/>
        <source>{number} (copy)</source>
        <translation>{number} (salinan)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="331"/>
        <location filename="../../ui/documents/letters_menu.py" line="354"/>
        <source>(copy of {number})</source>
        <translation>(salinan {number})</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="336"/>
        <source>No consent recorded in the current episode</source>
        <translation>Belum ada persetujuan tercatat pada episode ini</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="341"/>
        <source>Print a letter</source>
        <translation>Cetak surat</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="349"/>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="350"/>
        <source>Print a letter of the current episode</source>
        <translation>Cetak surat untuk episode yang sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="357"/>
        <source>New original, with a reason</source>
        <translation>Asli baru, dengan alasan</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="172"/>
        <source>The window was locked on request. Enter the password to go on; what you typed is still there.</source>
        <translation>Jendela dikunci atas permintaan. Masukkan kata sandi untuk melanjutkan; isian Anda masih ada.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="174"/>
        <source>The window was locked after a while without use, to keep personal data private. Enter the password to go on; what you typed is still there.</source>
        <translation>Jendela dikunci karena tidak digunakan beberapa saat, agar data pribadi tetap terlindungi. Masukkan kata sandi untuk melanjutkan; isian Anda masih ada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Intake</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Appointments</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Rumatan</source>
        <translation>Rumatan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Your password was changed.</source>
        <extracomment>Pages shown only to a member whose role may view their area (rights live in models/).</extracomment>
        <translation>Kata sandi Anda sudah diubah.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>This screen comes in a later version of Pulih.</source>
        <translation>Layar ini hadir di versi Pulih berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>&amp;Lock the window</source>
        <translation>&amp;Kunci jendela</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar akun</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Change my &amp;password...</source>
        <translation>Ubah kata &amp;sandi saya...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>&amp;Find a client</source>
        <translation>&amp;Cari klien</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>&amp;New intake</source>
        <translation>Pendaftaran &amp;baru</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <source>&amp;Language</source>
        <translation>B&amp;ahasa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>Database in use: {where}</source>
        <translation>Basis data yang dipakai: {where}</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="71"/>
        <source>Mapping in force: {version}. Data set {data_set}; organisation unit {org_unit}. Exports to DHIS2 and ADX use these codes; a province can load its own mapping file (the format is in docs/exchange-mapping.md).</source>
        <translation>Pemetaan yang berlaku: {version}. Data set {data_set}; unit organisasi {org_unit}. Ekspor ke DHIS2 dan ADX memakai kode ini; provinsi dapat memuat file pemetaannya sendiri (formatnya di docs/exchange-mapping.md).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="75"/>
        <source>the facility code</source>
        <translation>kode fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="92"/>
        <source>Load a mapping file</source>
        <translation>Muat file pemetaan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="93"/>
        <location filename="../../ui/exchange/mapping_panel.py" line="116"/>
        <source>Mapping (*.json)</source>
        <translation>Pemetaan (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="103"/>
        <source>The file cannot be read: {detail}</source>
        <translation>File tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="114"/>
        <source>Save the mapping</source>
        <translation>Simpan pemetaan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="122"/>
        <source>The file cannot be written: {detail}</source>
        <translation>File tidak dapat ditulis: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="136"/>
        <source>Data element (total)</source>
        <translation>Data element (total)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="136"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="137"/>
        <source>Category (ADX)</source>
        <translation>Kategori (ADX)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="137"/>
        <source>Data element (breakdown)</source>
        <translation>Data element (rincian)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="138"/>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="139"/>
        <source>Load mapping file...</source>
        <translation>Muat file pemetaan...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="140"/>
        <source>Save as file...</source>
        <translation>Simpan sebagai file...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="141"/>
        <source>Back to Pulih's own codes</source>
        <translation>Kembali ke kode Pulih</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="170"/>
        <source>Merge two records of one person</source>
        <translation>Gabungkan dua data milik satu orang</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="172"/>
        <source>Find the two records of the same person (name, NIK, registration number or phone), compare them, and choose the record to keep. Everything of the other record moves to it; the merge can be undone on the Merges tab.</source>
        <translation>Cari dua data milik orang yang sama (nama, NIK, nomor registrasi, atau telepon), bandingkan, lalu pilih data yang dipertahankan. Semua isi data yang lain pindah ke data tersebut; penggabungan dapat dibatalkan di tab Penggabungan.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="175"/>
        <source>First record</source>
        <translation>Data pertama</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="175"/>
        <source>Second record</source>
        <translation>Data kedua</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="178"/>
        <source>Search: name, NIK, reg. no., phone</source>
        <translation>Cari: nama, NIK, no. registrasi, telepon</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="179"/>
        <source>Keep this record</source>
        <translation>Pertahankan data ini</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="181"/>
        <source>Registration no.</source>
        <translation>No. registrasi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="183"/>
        <source>Place, date of birth</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="186"/>
        <location filename="../../ui/admin/merge_dialog.py" line="305"/>
        <source>Episodes of care</source>
        <translation>Episode layanan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="186"/>
        <source>Registered on</source>
        <translation>Terdaftar pada</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="187"/>
        <location filename="../../ui/admin/merge_dialog.py" line="307"/>
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="187"/>
        <location filename="../../ui/admin/merge_dialog.py" line="306"/>
        <source>Family contacts</source>
        <translation>Kontak keluarga</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="188"/>
        <location filename="../../ui/admin/merge_dialog.py" line="308"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="188"/>
        <location filename="../../ui/admin/merge_dialog.py" line="307"/>
        <source>Urine tests</source>
        <translation>Tes urine</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="192"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="193"/>
        <source>Continue</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="194"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="195"/>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="197"/>
        <source>The merged record stays in the database, marked as merged, and no longer appears in searches. The admin can undo the merge on the Merges tab.</source>
        <translation>Data yang digabungkan tetap tersimpan di basis data dengan tanda sudah digabungkan, dan tidak lagi muncul dalam pencarian. Admin dapat membatalkan penggabungan di tab Penggabungan.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="248"/>
        <source>(already merged)</source>
        <translation>(sudah digabungkan)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="285"/>
        <source>Both sides show the same record. Choose the other record of this person.</source>
        <translation>Kedua sisi menampilkan data yang sama. Pilih data lain milik orang ini.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="301"/>
        <source>{merged} ({merged_reg}) will be merged into {kept} ({kept_reg}).</source>
        <translation>{merged} ({merged_reg}) akan digabungkan ke {kept} ({kept_reg}).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="312"/>
        <source>Moves to the kept record: {items}.</source>
        <translation>Yang pindah ke data yang dipertahankan: {items}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="313"/>
        <source>The merged record has no episodes, contacts, assessments, urine tests or documents to move.</source>
        <translation>Data yang digabungkan tidak memiliki episode, kontak, asesmen, tes urine, atau dokumen yang perlu dipindah.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_picker.py" line="110"/>
        <source>Nobody found for “{text}”.</source>
        <translation>Tidak ada yang ditemukan untuk “{text}”.</translation>
    </message>
</context>
<context>
    <name>MergeTableModel</name>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="34"/>
        <source>Merged on</source>
        <translation>Digabungkan pada</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="35"/>
        <source>Record kept</source>
        <translation>Data yang dipertahankan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="36"/>
        <source>Record merged</source>
        <translation>Data yang digabungkan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="37"/>
        <source>Rows moved</source>
        <translation>Baris dipindah</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="38"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="39"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="68"/>
        <source>Undone {when} by {name}</source>
        <translation>Dibatalkan {when} oleh {name}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="71"/>
        <source>In force; a later merge must be undone first</source>
        <translation>Berlaku; penggabungan yang lebih baru harus dibatalkan dulu</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="72"/>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Record merged into it</source>
        <translation type="vanished">Data yang digabungkan ke dalamnya</translation>
    </message>
</context>
<context>
    <name>MergesPanel</name>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="118"/>
        <source>Merge two records…</source>
        <translation>Gabungkan dua data…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="119"/>
        <location filename="../../ui/admin/merges_panel.py" line="194"/>
        <location filename="../../ui/admin/merges_panel.py" line="202"/>
        <source>Undo merge</source>
        <translation>Batalkan penggabungan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="121"/>
        <source>No merges yet. When one person was registered twice, merge the two records here.</source>
        <translation>Belum ada penggabungan. Bila satu orang terdaftar dua kali, gabungkan kedua datanya di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="161"/>
        <source>Undo the chosen merge: each record gets back exactly what it had.</source>
        <translation>Batalkan penggabungan yang dipilih: setiap data mendapatkan kembali persis apa yang dimilikinya.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="163"/>
        <source>A later merge involves these people; undo that one first.</source>
        <translation>Ada penggabungan yang lebih baru yang melibatkan orang-orang ini; batalkan itu terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="186"/>
        <source>{merged} was merged into {kept}. Undo merge gives each record back what it had.</source>
        <translation>{merged} sudah digabungkan ke {kept}. Batalkan penggabungan mengembalikan isi masing-masing data.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="195"/>
        <source>Undo the merge of {merged} into {kept}? Both records become separate again, each with exactly the records it had before.</source>
        <translation>Batalkan penggabungan {merged} ke {kept}? Kedua data kembali terpisah, masing-masing dengan isi yang persis seperti sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="203"/>
        <source>Keep it</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="225"/>
        <source>{merged} and {kept} are separate records again.</source>
        <translation>{merged} dan {kept} kembali menjadi data terpisah.</translation>
    </message>
</context>
<context>
    <name>MissedPanel</name>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="116"/>
        <source>never attended</source>
        <translation>belum pernah hadir</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="118"/>
        <source>last came {n} days ago</source>
        <translation>terakhir datang {n} hari lalu</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="119"/>
        <source>{name} · missed {date} · {since}</source>
        <translation>{name} · tidak datang {date} · {since}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="123"/>
        <source>Did not come ({n})</source>
        <translation>Tidak datang ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="127"/>
        <source>{name} · no session for {n} days</source>
        <translation>{name} · {n} hari tanpa sesi</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="131"/>
        <source>To trace ({n})</source>
        <translation>Perlu dilacak ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="132"/>
        <source>Outpatients with no attended session for {n} days (a setting in Admin).</source>
        <translation>Klien rawat jalan yang tidak menghadiri sesi selama {n} hari (pengaturan di Admin).</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="136"/>
        <source>... and {n} more</source>
        <translation>... dan {n} lainnya</translation>
    </message>
</context>
<context>
    <name>MovePanel</name>
    <message>
        <location filename="../../ui/program/move_panel.py" line="25"/>
        <source>Forward to {phase}</source>
        <extracomment>How each kind of move reads on its button; the phase name is filled in.</extracomment>
        <translation>Lanjut ke {phase}</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="26"/>
        <source>Back to {phase} (after a relapse)</source>
        <translation>Kembali ke {phase} (setelah kambuh)</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="27"/>
        <source>Skip to {phase}</source>
        <translation>Lompat ke {phase}</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="139"/>
        <source>Choose the phase to move to first.</source>
        <translation>Pilih dahulu fase tujuan.</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="149"/>
        <source>Moved to {phase}.</source>
        <translation>Dipindahkan ke {phase}.</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="163"/>
        <source>The last move was undone.</source>
        <translation>Perpindahan terakhir telah dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="186"/>
        <source>needs a reason</source>
        <translation>perlu alasan</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="190"/>
        <source>Move to another phase</source>
        <translation>Pindah ke fase lain</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="192"/>
        <source>The program template allows no move from this phase. The next step is the discharge.</source>
        <translation>Templat program tidak mengizinkan perpindahan dari fase ini. Langkah berikutnya adalah terminasi.</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="194"/>
        <source>&amp;Move</source>
        <translation>&amp;Pindahkan</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="195"/>
        <source>&amp;Undo the last move</source>
        <translation>&amp;Batalkan perpindahan terakhir</translation>
    </message>
</context>
<context>
    <name>NationalExport</name>
    <message>
        <location filename="../../ui/exchange/month_export.py" line="17"/>
        <source>DHIS2 data value set (.json)</source>
        <translation>Data value set DHIS2 (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/month_export.py" line="19"/>
        <source>DHIS2 data value set, CSV (.csv)</source>
        <translation>Data value set DHIS2, CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/month_export.py" line="21"/>
        <source>IHE ADX (.xml)</source>
        <translation>IHE ADX (.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/month_export.py" line="22"/>
        <source>Signed package for the province (.zip)</source>
        <translation>Paket bertanda tangan untuk provinsi (.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/month_export.py" line="25"/>
        <source>Saved {path} (mapping {mapping}).</source>
        <translation>Tersimpan {path} (pemetaan {mapping}).</translation>
    </message>
    <message>
        <source>Save for the national systems</source>
        <translation type="vanished">Simpan untuk sistem nasional</translation>
    </message>
</context>
<context>
    <name>NewOriginalDialog</name>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="125"/>
        <source>New original</source>
        <translation>Asli baru</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="126"/>
        <source>A new original of {letter}</source>
        <translation>Asli baru: {letter}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="128"/>
        <source>This episode already has {number}. Printing it again gives a copy (SALINAN) with the same number. A new original gets a new number; write why it is needed (for example: the card was lost). The reason is recorded.</source>
        <translation>Episode ini sudah memiliki {number}. Mencetaknya lagi menghasilkan SALINAN dengan nomor yang sama. Asli baru mendapat nomor baru; tulis alasannya (misalnya: kartu hilang). Alasan itu dicatat.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="132"/>
        <source>&amp;Issue a new original</source>
        <translation>&amp;Terbitkan asli baru</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Batal</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="79"/>
        <source>New staff member</source>
        <translation>Anggota staf baru</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="84"/>
        <source>The password needs at least {count} characters. Give it to the new member in person; they can change it after signing in.</source>
        <translation>Kata sandi minimal {count} karakter. Serahkan langsung kepada anggota baru; ia dapat menggantinya setelah masuk.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="86"/>
        <source>Create account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="87"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="95"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Kedua kata sandi berbeda. Ketik kata sandi yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>NotContinuingDialog</name>
    <message>
        <location filename="../../ui/program/admission_box.py" line="275"/>
        <source>Not continuing (tidak melanjutkan)</source>
        <translation>Tidak melanjutkan</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="277"/>
        <source>The episode is closed without admission: it leaves screening or the waiting list and counts in the monthly report as not continuing. A later visit opens a new episode.</source>
        <translation>Episode ditutup tanpa penerimaan: keluar dari skrining atau daftar tunggu dan dihitung di laporan bulanan sebagai tidak melanjutkan. Kunjungan berikutnya membuka episode baru.</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="280"/>
        <source>Close the episode</source>
        <translation>Tutup episode</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="281"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/clinical/note_entries.py" line="104"/>
        <source>A short entry for each participant present: it is signed with the note and shown on that person's record only.</source>
        <translation>Catatan singkat untuk setiap peserta yang hadir: ditandatangani bersama catatan sesi dan hanya tampil di rekam klien itu sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_entries.py" line="108"/>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_form.py" line="190"/>
        <source>Draft saved at {time}; not signed yet.</source>
        <translation>Draf disimpan pukul {time}; belum ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_form.py" line="244"/>
        <source>Signed by {name} on {when}. Locked: corrections are addenda.</source>
        <translation>Ditandatangani oleh {name} pada {when}. Terkunci: koreksi dibuat sebagai adendum.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_form.py" line="250"/>
        <source>Draft by {name}; not signed yet.</source>
        <translation>Draf oleh {name}; belum ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_form.py" line="266"/>
        <source>Add attendees...</source>
        <translation>Tambah peserta...</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_form.py" line="267"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="63"/>
        <source>No note of this client contains this text.</source>
        <translation>Tidak ada catatan klien ini yang memuat teks tersebut.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="112"/>
        <source>Search in this client's notes</source>
        <translation>Cari di catatan klien ini</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="113"/>
        <source>New note</source>
        <translation>Catatan baru</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="114"/>
        <source>New group note</source>
        <translation>Catatan kelompok baru</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="115"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="116"/>
        <source>Sign</source>
        <translation>Tandatangani</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="117"/>
        <source>Addendum</source>
        <translation>Adendum</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/home/overview_page.py" line="295"/>
        <source>You are the counselor of record of %Ln client(s).</source>
        <translation>
            <numerusform>Anda konselor penanggung jawab %Ln klien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="301"/>
        <source>This facility has not been set up yet. Its name and address will appear here once an admin has filled in the facility profile.</source>
        <translation>Profil fasilitas belum diisi. Nama dan alamat fasilitas akan tampil di sini setelah admin mengisi profil fasilitas.</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="303"/>
        <source>Clients registered</source>
        <translation>Klien terdaftar</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="304"/>
        <source>Episodes of care by status</source>
        <translation>Episode layanan menurut status</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="310"/>
        <source>&amp;My clients</source>
        <translation>&amp;Klien saya</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="312"/>
        <source>Only the clients whose counselor of record you are, and your own drafts</source>
        <translation>Hanya klien yang konselor penanggung jawabnya Anda, dan draf Anda sendiri</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="313"/>
        <source>The &amp;whole facility</source>
        <translation>&amp;Seluruh fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="322"/>
        <source>Documents issued in {year}</source>
        <translation>Dokumen terbit tahun {year}</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="323"/>
        <source>Documents issued this year</source>
        <translation>Dokumen terbit tahun ini</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="326"/>
        <source>The overview could not be loaded.</source>
        <translation>Ringkasan tidak dapat dimuat.</translation>
    </message>
    <message>
        <source>People registered</source>
        <translation type="vanished">Orang terdaftar</translation>
    </message>
    <message numerus="yes">
        <source>You are the counselor of record of %n client(s).</source>
        <translation type="vanished">
            <numerusform>Anda konselor penanggung jawab %n klien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../ui/auth/own_password.py" line="44"/>
        <source>Change my password</source>
        <translation>Ubah kata sandi saya</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="47"/>
        <source>{name}: type your current password, then the new one twice (at least {count} characters). It counts from your next sign-in.</source>
        <translation>{name}: ketik kata sandi Anda saat ini, lalu kata sandi baru dua kali (minimal {count} karakter). Kata sandi baru berlaku mulai masuk berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="51"/>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="52"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="62"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Kedua kata sandi berbeda. Ketik kata sandi yang sama dua kali.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="71"/>
        <source>This is not your current password. Type the one you signed in with.</source>
        <translation>Ini bukan kata sandi Anda saat ini. Ketik kata sandi yang Anda pakai untuk masuk.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/clients/person_form.py" line="318"/>
        <source>{count} of 16 digits</source>
        <translation>{count} dari 16 angka</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="335"/>
        <source>Filled in from the NIK: {what}. Check them against the card.</source>
        <translation>Diisi dari NIK: {what}. Cocokkan dengan kartu.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="340"/>
        <source>NIK valid. Province: {province}</source>
        <translation>NIK sah. Provinsi: {province}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="351"/>
        <source>date of birth</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="354"/>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="357"/>
        <source>province</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="376"/>
        <source>The date of birth is an estimate</source>
        <translation>Tanggal lahir merupakan perkiraan</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="377"/>
        <source>The card really says so: save anyway (recorded in the audit trail)</source>
        <translation>Kartunya memang tertulis demikian: tetap simpan (dicatat dalam jejak audit)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="380"/>
        <source>Why? For example: the card was printed with this date</source>
        <translation>Alasannya? Misalnya: kartunya memang tercetak dengan tanggal ini</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="381"/>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message numerus="yes">
        <location filename="../../ui/program/timeline.py" line="90"/>
        <source>target %n day(s)</source>
        <translation>
            <numerusform>target %n hari</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="91"/>
        <source>no target duration</source>
        <translation>tanpa target durasi</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="97"/>
        <source>now, since {date}: day {days}</source>
        <translation>saat ini, sejak {date}: hari ke-{days}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/timeline.py" line="101"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>melewati target %n hari</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="106"/>
        <source>entered {date}</source>
        <translation>masuk {date}</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="109"/>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="133"/>
        <source>Start of the program</source>
        <translation>Awal program</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="136"/>
        <source>{kind} (undone)</source>
        <translation>{kind} (dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="138"/>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="153"/>
        <source>Phases of the program</source>
        <translation>Fase-fase program</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="154"/>
        <source>Phase history</source>
        <translation>Riwayat fase</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="156"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="156"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="156"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="156"/>
        <source>Move</source>
        <translation>Perpindahan</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="156"/>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="157"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="92"/>
        <source>No camera was found on this computer. Choose a photo file instead (JPEG or PNG).</source>
        <translation>Tidak ada kamera di komputer ini. Pilih berkas foto (JPEG atau PNG).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="113"/>
        <source>Camera: {name}. Ask the applicant to look at the camera, then take the photo.</source>
        <translation>Kamera: {name}. Minta pemohon melihat ke kamera, lalu ambil foto.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="118"/>
        <source>The camera does not work (it may be used by another program). Choose a photo file instead.</source>
        <translation>Kamera tidak berfungsi (mungkin sedang dipakai program lain). Pilih berkas foto.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="137"/>
        <source>Choose the applicant's photo</source>
        <translation>Pilih foto pemohon</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="138"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="163"/>
        <source>This file is not a picture Pulih can read. Choose a JPEG or PNG photo.</source>
        <translation>Berkas ini bukan gambar yang dapat dibaca Pulih. Pilih foto JPEG atau PNG.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="177"/>
        <location filename="../../ui/documents/photo_dialog.py" line="202"/>
        <source>No photo yet</source>
        <translation>Belum ada foto</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="195"/>
        <source>Applicant's photo</source>
        <translation>Foto pemohon</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="196"/>
        <source>&amp;Take the photo</source>
        <translation>&amp;Ambil foto</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="197"/>
        <source>Choose a photo &amp;file...</source>
        <translation>Pilih &amp;berkas foto...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="199"/>
        <source>&amp;Keep this photo</source>
        <translation>&amp;Simpan foto ini</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/documents/preview.py" line="237"/>
        <source>Document {number} was voided. Copies printed from now on are marked DIBATALKAN.</source>
        <translation>Dokumen {number} telah dibatalkan. Salinan yang dicetak sejak sekarang bertanda DIBATALKAN.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="272"/>
        <source>Page {page} of {count}</source>
        <translation>Halaman {page} dari {count}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="287"/>
        <source>Print {title}</source>
        <translation>Cetak {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/preview.py" line="300"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n halaman dikirim ke printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="315"/>
        <source>No program to show PDF files was found. Save the file and open it yourself.</source>
        <translation>Tidak ditemukan program untuk membuka berkas PDF. Simpan berkasnya, lalu buka sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="326"/>
        <source>Save the document</source>
        <translation>Simpan dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="342"/>
        <source>Saved as {path}.</source>
        <translation>Tersimpan sebagai {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="347"/>
        <source>Previous page (Page Up)</source>
        <translation>Halaman sebelumnya (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="348"/>
        <source>Next page (Page Down)</source>
        <translation>Halaman berikutnya (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="349"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Perkecil (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="350"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Perbesar (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="351"/>
        <source>Fit the page to the window width</source>
        <translation>Sesuaikan halaman dengan lebar jendela</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="352"/>
        <source>&amp;Print...</source>
        <translation>&amp;Cetak...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="353"/>
        <source>Print on one of this computer's printers (Ctrl+P)</source>
        <translation>Cetak melalui salah satu printer komputer ini (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="355"/>
        <source>Open in &amp;viewer</source>
        <translation>Buka di &amp;penampil</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="356"/>
        <source>Open the PDF in the computer's own PDF viewer</source>
        <translation>Buka PDF di penampil PDF bawaan komputer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="357"/>
        <source>Save &amp;as...</source>
        <translation>Simpan &amp;sebagai...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="358"/>
        <source>Save the PDF as a file (Ctrl+S)</source>
        <translation>Simpan PDF sebagai berkas (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="359"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="360"/>
        <source>&amp;Void this document...</source>
        <translation>&amp;Batalkan dokumen ini...</translation>
    </message>
</context>
<context>
    <name>ProgramTab</name>
    <message>
        <location filename="../../ui/program/program_tab.py" line="233"/>
        <source>This person has no episode of care yet. Register an episode at intake first.</source>
        <translation>Orang ini belum memiliki episode layanan. Daftarkan episode di pendaftaran terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="236"/>
        <source>This episode was never in a program.</source>
        <translation>Episode ini tidak pernah mengikuti program.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="238"/>
        <source>This episode is not in a program yet. Choose the program and the date it starts.</source>
        <translation>Episode ini belum mengikuti program. Pilih program dan tanggal mulainya.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="242"/>
        <source>Counselor of record: {name}</source>
        <translation>Konselor penanggung jawab: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="244"/>
        <source>No counselor of record yet: one is chosen at admission.</source>
        <translation>Belum ada konselor penanggung jawab: dipilih saat penerimaan.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="248"/>
        <source>The program ended on {date} with the discharge; last phase: {phase}.</source>
        <translation>Program berakhir pada {date} dengan terminasi; fase terakhir: {phase}.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="255"/>
        <source>Current phase: {phase}, since {date} ({days}).</source>
        <translation>Fase saat ini: {phase}, sejak {date} ({days}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/program_tab.py" line="257"/>
        <source>day %n</source>
        <translation>
            <numerusform>hari ke-%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/program_tab.py" line="259"/>
        <source>Target: %n day(s).</source>
        <translation>
            <numerusform>Target: %n hari.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/program_tab.py" line="263"/>
        <source>Overdue: this phase has run %n day(s) past its target.</source>
        <translation>
            <numerusform>Melewati target: fase ini sudah berjalan %n hari melebihi targetnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="273"/>
        <source>Discharged on {date}: {reason} ({teds}).</source>
        <translation>Terminasi pada {date}: {reason} ({teds}).</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="279"/>
        <source>Recovered: {a} · Skilled: {b} · Independent: {c}</source>
        <translation>Pulih: {a} · Terampil: {b} · Mandiri: {c}</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="284"/>
        <source>Referred to: {place}</source>
        <translation>Dirujuk ke: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="287"/>
        <source>Recorded by {name}.</source>
        <translation>Dicatat oleh {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="291"/>
        <source>Program templates</source>
        <translation>Templat program</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="293"/>
        <source>Phases, target durations and allowed moves of the programs (admins)</source>
        <translation>Fase, target durasi dan perpindahan yang diizinkan pada setiap program (admin)</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="296"/>
        <source>&amp;Discharge…</source>
        <translation>&amp;Terminasi…</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="297"/>
        <source>Change the counselor…</source>
        <translation>Ganti konselor…</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="298"/>
        <source>Discharge</source>
        <translation>Terminasi</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="299"/>
        <source>Correct the discharge…</source>
        <translation>Koreksi terminasi…</translation>
    </message>
    <message>
        <source>&amp;Start the program</source>
        <translation type="vanished">&amp;Mulai program</translation>
    </message>
    <message>
        <source>Choose a program.</source>
        <translation type="vanished">Pilih program.</translation>
    </message>
    <message>
        <source>Start a program</source>
        <translation type="vanished">Mulai program</translation>
    </message>
</context>
<context>
    <name>PtrmButton</name>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="56"/>
        <source>PTRM summary...</source>
        <translation>Ringkasan PTRM...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="57"/>
        <source>The month's rumatan (methadone) figures with definitions</source>
        <translation>Angka rumatan (metadon) bulan ini beserta definisinya</translation>
    </message>
</context>
<context>
    <name>PtrmDialog</name>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="109"/>
        <source>Retention at {n} months (%)</source>
        <translation>Retensi {n} bulan (%)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="111"/>
        <source>Of the clients who started {n} months earlier, the share still in therapy.</source>
        <translation>Dari klien yang mulai {n} bulan sebelumnya, persentase yang masih dalam terapi.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="120"/>
        <source>Facility</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="120"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="121"/>
        <source>Definitions version</source>
        <translation>Versi definisi</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="122"/>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="168"/>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="122"/>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="168"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="123"/>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="169"/>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="145"/>
        <source>Save the PTRM summary</source>
        <translation>Simpan ringkasan PTRM</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="162"/>
        <source>PTRM summary</source>
        <translation>Ringkasan PTRM</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="164"/>
        <source>Rumatan (PTRM) summary of {month}, counted on {day}; definitions version {version}.</source>
        <translation>Ringkasan rumatan (PTRM) {month}, dihitung pada {day}; versi definisi {version}.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="177"/>
        <source>Export CSV...</source>
        <translation>Ekspor CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="178"/>
        <source>Export XLSX...</source>
        <translation>Ekspor XLSX...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="179"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="13"/>
        <source>Look in:</source>
        <translation>Cari di:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="15"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="16"/>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="18"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="19"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="20"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="21"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="22"/>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="23"/>
        <source>Find Directory</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="24"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="25"/>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="26"/>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="27"/>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="28"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="29"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="30"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="31"/>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="32"/>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="33"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="34"/>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="35"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="36"/>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="37"/>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="38"/>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="39"/>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="40"/>
        <source>Change to list view mode</source>
        <translation>Tampilkan sebagai daftar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="41"/>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="42"/>
        <source>Change to detail view mode</source>
        <translation>Tampilkan dengan rincian</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="43"/>
        <source>Sidebar</source>
        <translation>Panel samping</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="44"/>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="45"/>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="46"/>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="47"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="48"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="49"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="50"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="51"/>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Yakin ingin menghapus '%1'?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="52"/>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' dilindungi dari perubahan.
Tetap hapus?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="53"/>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="54"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti dengan yang baru?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="55"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkasnya benar.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="57"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama foldernya benar.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="59"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="60"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="61"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="62"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="63"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="64"/>
        <source>My Computer</source>
        <translation>Komputer saya</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="65"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="31"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="32"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="33"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="35"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="36"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="37"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="13"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="14"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="15"/>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="16"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="18"/>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="19"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="20"/>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="21"/>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="22"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="23"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="24"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="25"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="26"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="27"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="28"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="29"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="30"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="40"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="42"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="43"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="44"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="48"/>
        <source>Required fields missing</source>
        <translation>Isian wajib kosong</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="49"/>
        <source>Impossible or future dates</source>
        <translation>Tanggal mustahil atau di masa depan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="50"/>
        <source>In a program with no contact for {days} days</source>
        <translation>Dalam program tanpa kontak selama {days} hari</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="51"/>
        <source>Assessments unsigned for more than {days} days</source>
        <translation>Asesmen belum ditandatangani lebih dari {days} hari</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="52"/>
        <source>Likely duplicate persons</source>
        <translation>Kemungkinan orang ganda</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="53"/>
        <source>Entered more than {days} days after the fact</source>
        <translation>Dicatat lebih dari {days} hari setelah kejadian</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="56"/>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="56"/>
        <source>date of birth</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="57"/>
        <source>identity number or reason for none</source>
        <translation>nomor identitas atau alasan tidak ada</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="57"/>
        <source>regency / city</source>
        <translation>kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="58"/>
        <source>primary substance</source>
        <translation>zat utama</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="58"/>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="61"/>
        <source>date of birth in the future</source>
        <translation>tanggal lahir di masa depan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="62"/>
        <source>born after the report date</source>
        <translation>lahir sesudah tanggal lapor</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="63"/>
        <source>admitted before it was reported</source>
        <translation>diterima sebelum dilaporkan</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="64"/>
        <source>discharged before admission</source>
        <translation>terminasi sebelum diterima</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="65"/>
        <source>a date after today</source>
        <translation>tanggal sesudah hari ini</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="72"/>
        <source>Checking the month's records...</source>
        <extracomment>The record's tab where a finding is corrected (rules about the person: the identity).</extracomment>
        <translation>Memeriksa data bulan ini...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="99"/>
        <source>missing: {field}</source>
        <translation>kosong: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="104"/>
        <source>{days} days</source>
        <translation>{days} hari</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="106"/>
        <source>assessment no. {id}</source>
        <translation>asesmen no. {id}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="107"/>
        <source>same birth date and name as record no. {id}</source>
        <translation>tanggal lahir dan nama sama dengan data no. {id}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="118"/>
        <source>Completeness of required fields: {percent}%. </source>
        <translation>Kelengkapan isian wajib: {percent}%. </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="120"/>
        <source>No problems found for {month}.</source>
        <translation>Tidak ada masalah untuk {month}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="122"/>
        <source>{count} problems to look at before closing {month}; double-click a line to open the record.</source>
        <translation>{count} masalah perlu dilihat sebelum menutup {month}; klik dua kali sebuah baris untuk membuka datanya.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="149"/>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="149"/>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <location filename="../../ui/clients/record_header.py" line="142"/>
        <location filename="../../ui/clients/record_header.py" line="276"/>
        <source>No photo</source>
        <translation>Belum ada foto</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="161"/>
        <source>Episode {number}: {status}, {service}</source>
        <translation>Episode {number}: {status}, {service}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="165"/>
        <source>No episode of care yet.</source>
        <translation>Belum ada episode perawatan.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="167"/>
        <source>Phase {phase} since {date}: day {days}</source>
        <translation>Fase {phase} sejak {date}: hari ke-{days}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="170"/>
        <source>Not in a program phase.</source>
        <translation>Belum dalam fase program.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="172"/>
        <source>No follow-up planned.</source>
        <translation>Belum ada tindak lanjut terjadwal.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="174"/>
        <source>Follow-up overdue since {date}</source>
        <translation>Tindak lanjut terlambat sejak {date}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="177"/>
        <source>Next follow-up: {date}</source>
        <translation>Tindak lanjut berikutnya: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="180"/>
        <source>No appointment booked.</source>
        <translation>Belum ada janji temu.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="183"/>
        <source>Next appointment: {date} {time}, {kind} with {staff}</source>
        <translation>Janji temu berikutnya: {date} {time}, {kind} dengan {staff}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="209"/>
        <source>{kind}: {text} (set by {who}, {date})</source>
        <translation>{kind}: {text} (dipasang oleh {who}, {date})</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="217"/>
        <source>Clear...</source>
        <translation>Cabut...</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="272"/>
        <source>Add flag...</source>
        <translation>Tambah penanda...</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="273"/>
        <source>A clinical, legal or administrative warning on this record (Ctrl+Shift+F)</source>
        <translation>Peringatan klinis, hukum, atau administrasi pada rekam ini (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/clients/record_page.py" line="202"/>
        <source>You are correcting this record: save or cancel the correction first, then press Ctrl+F to search.</source>
        <translation>Anda sedang memperbaiki data ini: simpan atau batalkan perbaikan dulu, lalu tekan Ctrl+F untuk mencari.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="251"/>
        <source>born {date} ({age} years)</source>
        <translation>lahir {date} ({age} tahun)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="277"/>
        <source>Your role may not correct identities; ask the intake desk or an admin.</source>
        <translation>Peran Anda tidak boleh memperbaiki identitas; minta bantuan petugas pendaftaran atau admin.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="326"/>
        <source>{field}: “{before}” → “{after}” (other desk)</source>
        <translation>{field}: “{before}” → “{after}” (meja lain)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="356"/>
        <source>Client list</source>
        <translation>Daftar klien</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="357"/>
        <source>Back to the client list (Alt+Left)</source>
        <translation>Kembali ke daftar klien (Alt+Kiri)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="358"/>
        <source>New episode</source>
        <translation>Episode baru</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="359"/>
        <source>&amp;Edit identity</source>
        <translation>&amp;Ubah identitas</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="360"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="361"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Simpan perubahan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="362"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="363"/>
        <source>Save my version over theirs</source>
        <translation>Simpan versi saya menggantikan versi mereka</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="364"/>
        <source>Discard mine, show theirs</source>
        <translation>Buang isian saya, tampilkan versi mereka</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="365"/>
        <source>Family contacts</source>
        <translation>Kontak keluarga</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="365"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="366"/>
        <source>Assessments</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="366"/>
        <source>Episodes</source>
        <translation>Episode</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="367"/>
        <source>Session notes</source>
        <translation>Catatan sesi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="367"/>
        <source>Urine tests</source>
        <translation>Tes urine</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="368"/>
        <source>Aftercare</source>
        <translation>Pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="368"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="369"/>
        <source>Who saw or changed this</source>
        <translation>Siapa yang melihat atau mengubah</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="371"/>
        <source>Rumatan doses</source>
        <translation>Dosis rumatan</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="77"/>
        <source>Referral to another facility</source>
        <translation>Rujukan ke fasilitas lain</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="80"/>
        <source>The letter states the program, the working diagnosis of the last signed assessment, and what you write here.</source>
        <translation>Surat memuat program, diagnosis kerja dari asesmen terakhir yang telah ditandatangani, dan apa yang Anda tulis di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="84"/>
        <source>The letter states the program and what you write here. It carries no diagnosis: you may not view assessments, so the receiving facility gets the diagnosis from the clinician.</source>
        <translation>Surat memuat program dan apa yang Anda tulis di sini, tanpa diagnosis: Anda tidak berhak melihat asesmen, jadi fasilitas penerima mendapat diagnosis dari klinisi.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="89"/>
        <source>&amp;Issue the referral letter</source>
        <translation>&amp;Terbitkan surat rujukan</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/documents/register_model.py" line="24"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="25"/>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="26"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="27"/>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="29"/>
        <source>Issued by</source>
        <translation>Diterbitkan oleh</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="30"/>
        <source>Purpose or result</source>
        <translation>Keperluan atau hasil</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="33"/>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="34"/>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../ui/documents/register_page.py" line="318"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="318"/>
        <source>SKHPN: application</source>
        <translation>SKHPN: permohonan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="319"/>
        <source>SKHPN: examination</source>
        <translation>SKHPN: pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="321"/>
        <source>Signing keys</source>
        <translation>Kunci tanda tangan</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../ui/documents/register_page.py" line="160"/>
        <source>No document matches.</source>
        <translation>Tidak ada dokumen yang cocok.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="162"/>
        <source>The newest {count} documents shown; scroll down for more.</source>
        <translation>{count} dokumen terbaru ditampilkan; gulir ke bawah untuk melihat lebih banyak.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/register_page.py" line="165"/>
        <source>%n document(s).</source>
        <translation>
            <numerusform>%n dokumen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="189"/>
        <source>Void the chosen document, with a reason</source>
        <translation>Batalkan dokumen yang dipilih, dengan alasan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="202"/>
        <source>{number} (copy)</source>
        <translation>{number} (salinan)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/register_page.py" line="245"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n sertifikat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="257"/>
        <source>Document number or holder's name</source>
        <translation>Nomor dokumen atau nama pemegang</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="264"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="265"/>
        <source>&amp;Open a copy</source>
        <translation>&amp;Buka salinan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="266"/>
        <source>Show the document again, marked SALINAN, to print or save (Enter)</source>
        <translation>Tampilkan kembali dokumen dengan tanda SALINAN untuk dicetak atau disimpan (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="268"/>
        <source>&amp;Void...</source>
        <translation>Bat&amp;alkan...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="269"/>
        <source>&amp;Certificates of a period...</source>
        <translation>&amp;Sertifikat satu periode...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="270"/>
        <source>Chec&amp;k a paper...</source>
        <translation>Peri&amp;ksa surat...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="271"/>
        <source>Check the QR code of a printed document (Ctrl+Shift+V)</source>
        <translation>Periksa kode QR pada dokumen cetak (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="137"/>
        <source>{name} has not consented to be contacted. Record the consent below (ask the client first; they choose the channel).</source>
        <translation>{name} belum setuju untuk dihubungi. Catat persetujuannya di bawah (tanyakan dulu kepada klien; klien yang memilih salurannya).</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="142"/>
        <source>{name} consented on {date} to be reminded by {channel}{phone}.</source>
        <translation>{name} setuju pada {date} untuk diingatkan melalui {channel}{phone}.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="171"/>
        <source>The text was copied: paste it into the SMS on the desk's phone.</source>
        <translation>Teks sudah disalin: tempelkan ke SMS di telepon meja layanan.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="174"/>
        <source>Remind the client</source>
        <translation>Ingatkan klien</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="175"/>
        <source>Consent to be contacted</source>
        <translation>Persetujuan untuk dihubungi</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="176"/>
        <source>Channel</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="176"/>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="177"/>
        <source>Consented on</source>
        <translation>Tanggal setuju</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="179"/>
        <source>The client agrees that messages may name the program (usually left unticked)</source>
        <translation>Klien setuju pesan boleh menyebut nama program (biasanya tidak dicentang)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="181"/>
        <source>Record the consent</source>
        <translation>Catat persetujuan</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="186"/>
        <source>Message {n}</source>
        <translation>Pesan {n}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="189"/>
        <source>Open WhatsApp</source>
        <translation>Buka WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="190"/>
        <source>Copy SMS text</source>
        <translation>Salin teks SMS</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="191"/>
        <source>Print slip</source>
        <translation>Cetak kartu</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="192"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../models/appointments/reminders.py" line="47"/>
        <source>Good day. A reminder of your appointment on {day}, {date} at {time}, {place}. If you cannot come, please let us know at {phone}. Thank you.</source>
        <translation>Salam. Kami mengingatkan janji temu Anda pada hari {day}, {date} pukul {time}, {place}. Bila berhalangan hadir, mohon kabari kami di {phone}. Terima kasih.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="49"/>
        <source>Reminder: your appointment is on {day}, {date} at {time} at {place}. Please bring this message. To change the time, contact {phone}.</source>
        <translation>Pengingat: janji temu Anda hari {day}, {date} pukul {time} di {place}. Mohon tunjukkan pesan ini. Untuk mengubah waktu, hubungi {phone}.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="42"/>
        <source>Appointment slip</source>
        <translation>Kartu janji temu</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="vanished">Jumat</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="vanished">Senin</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="vanished">Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="vanished">Minggu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="vanished">Kamis</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="vanished">Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="vanished">Rabu</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/exchange/laporan_extras.py" line="20"/>
        <source>Data quality</source>
        <translation>Kualitas data</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/laporan_extras.py" line="21"/>
        <source>National systems</source>
        <translation>Sistem nasional</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/laporan_extras.py" line="22"/>
        <source>{count} data-quality problems are still open (see Data quality). Closing now records your confirmation with the closed month.</source>
        <translation>{count} masalah kualitas data masih terbuka (lihat Kualitas data). Menutup sekarang mencatat konfirmasi Anda bersama bulan yang ditutup.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="38"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="39"/>
        <source>CSV, comma separated (.csv)</source>
        <translation>CSV, dipisah koma (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="40"/>
        <source>CSV for Excel in Indonesian (;)</source>
        <translation>CSV untuk Excel berbahasa Indonesia (;)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="42"/>
        <source>PDF report with charts (.pdf)</source>
        <translation>Laporan PDF dengan grafik (.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="43"/>
        <source>By-name list BNBA (.xlsx, admins)</source>
        <translation>Daftar BNBA by name by address (.xlsx, khusus admin)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="191"/>
        <source>Counting the figures of the month...</source>
        <extracomment>kind -&gt; (button text, file filter, suffix)</extracomment>
        <translation>Menghitung angka bulan ini...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="288"/>
        <source>Reopen the month...</source>
        <translation>Buka kembali bulan ini...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="289"/>
        <location filename="../../ui/reports/reports_page.py" line="320"/>
        <location filename="../../ui/reports/reports_page.py" line="326"/>
        <source>Close the month</source>
        <translation>Tutup bulan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="304"/>
        <source>Reopen the month</source>
        <translation>Buka kembali bulan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="305"/>
        <source>Why must the closed figures change? (recorded in the audit trail)</source>
        <translation>Mengapa angka yang sudah ditutup harus berubah? (dicatat dalam jejak audit)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="321"/>
        <source>Close {month}? Its figures are frozen as they are now and signed; changing them later needs a reopening with a reason, recorded in the audit trail.</source>
        <translation>Tutup {month}? Angkanya dibekukan seperti sekarang dan ditandatangani; mengubahnya nanti harus membuka kembali bulan itu dengan alasan, yang tercatat di jejak audit.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="326"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="350"/>
        <source>Save the export</source>
        <translation>Simpan hasil ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="370"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="370"/>
        <source>Making the export...</source>
        <translation>Sedang membuat ekspor...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="398"/>
        <source>Saved {path}.</source>
        <translation>Tersimpan: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="402"/>
        <source>The export could not be made ({detail}). Nothing was written.</source>
        <translation>Ekspor tidak dapat dibuat ({detail}). Tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="407"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="426"/>
        <source>Month:</source>
        <translation>Bulan:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="427"/>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="428"/>
        <source>Hide counts 1-4 as &lt;5 (for reports leaving the facility)</source>
        <translation>Samarkan angka 1-4 menjadi &lt;5 (untuk laporan keluar fasilitas)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="430"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="433"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="433"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="434"/>
        <source>Annual target</source>
        <translation>Target tahunan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="434"/>
        <source>Year to date</source>
        <translation>Tahun berjalan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="435"/>
        <source>Achievement</source>
        <translation>Capaian</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="134"/>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="136"/>
        <source>New password for {name}. The account can sign in with it at once; any wait after failed sign-ins ends.</source>
        <translation>Kata sandi baru untuk {name}. Akun dapat langsung masuk dengannya; masa tunggu karena gagal masuk ikut berakhir.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="139"/>
        <source>Set password</source>
        <translation>Tetapkan kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="140"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="147"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Kedua kata sandi berbeda. Ketik kata sandi yang sama dua kali.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirm</name>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="55"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="59"/>
        <source>Replace the data in use by this backup?</source>
        <translation>Ganti data yang sedang dipakai dengan cadangan ini?</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="62"/>
        <source>In use now</source>
        <translation>Dipakai sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="62"/>
        <source>The backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="65"/>
        <source>Facility code</source>
        <translation>Kode fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="66"/>
        <source>Facility</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="67"/>
        <source>Newest entry</source>
        <translation>Entri terbaru</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="68"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="69"/>
        <source>Episodes</source>
        <translation>Episode</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="70"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="71"/>
        <source>Encrypted</source>
        <translation>Terenkripsi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="72"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="72"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="81"/>
        <source>The backup was checked completely. The database in use now is kept as a safety copy on the database server under another name.</source>
        <translation>Cadangan sudah diperiksa seluruhnya. Basis data yang dipakai sekarang disimpan sebagai salinan pengaman di server basis data dengan nama lain.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="83"/>
        <source>The backup was checked completely. The database in use now is kept as a safety copy beside it.</source>
        <translation>Cadangan sudah diperiksa seluruhnya. Basis data yang dipakai sekarang disimpan sebagai salinan pengaman di sampingnya.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="86"/>
        <source>Only the newest {keep} safety copies are kept; older ones are deleted now. Everything entered after the backup (at every desk) will no longer be shown; it stays only in the safety copy. Pulih then closes: start it again and sign in.</source>
        <translation>Hanya {keep} salinan pengaman terbaru yang disimpan; yang lebih lama dihapus sekarang. Semua yang dimasukkan setelah cadangan itu (di semua meja) tidak akan ditampilkan lagi; data itu hanya ada di salinan pengaman. Pulih kemudian ditutup: jalankan lagi dan masuk.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="93"/>
        <source>This backup belongs to another facility ({code}): replace this facility's data with it</source>
        <translation>Cadangan ini milik fasilitas lain ({code}): ganti data fasilitas ini dengannya</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="98"/>
        <source>The backup is not encrypted: encrypt the restored data with the key in use</source>
        <translation>Cadangan tidak terenkripsi: enkripsi data yang dipulihkan dengan kunci yang sedang dipakai</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="105"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>The backup was checked completely. The database in use now is kept as a safety copy beside it. Everything entered after the backup (at every desk) will no longer be shown; it stays only in the safety copy. Pulih then closes: start it again and sign in.</source>
        <translation type="vanished">Cadangan sudah diperiksa seluruhnya. Basis data yang dipakai sekarang disimpan sebagai salinan pengaman di sampingnya. Semua yang dimasukkan setelah cadangan itu (di semua meja) tidak akan ditampilkan lagi; data itu hanya ada di salinan pengaman. Pulih kemudian ditutup: jalankan lagi dan masuk.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="38"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="147"/>
        <source>Checking the backup completely…</source>
        <translation>Memeriksa cadangan secara menyeluruh…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="194"/>
        <source>Restoring the backup into a scratch database on the server and checking it again…</source>
        <translation>Memulihkan cadangan ke basis data sementara di server dan memeriksanya lagi…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="197"/>
        <source>Copying the backup beside the database…</source>
        <translation>Menyalin cadangan ke samping basis data…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="208"/>
        <source>The backup was put in place and the database before it kept beside it, but it cannot be opened now: {problem} Pulih must close; start it again when that is solved.</source>
        <translation>Cadangan sudah dipasang dan basis data sebelumnya disimpan di sampingnya, tetapi sekarang tidak dapat dibuka: {problem} Pulih harus ditutup; jalankan lagi setelah masalah itu teratasi.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="218"/>
        <source>The backup of {when} was restored; the data before it was kept as {safety}. Pulih closes now: start it again and sign in.</source>
        <translation>Cadangan {when} sudah dipulihkan; data sebelumnya disimpan sebagai {safety}. Pulih ditutup sekarang: jalankan lagi dan masuk.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="221"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Replace the data on the database server by the backup {file}? The current data is first saved as a dump beside the backups. Everything entered after the backup (at every desk) will no longer be shown. Pulih then closes: start it again and sign in.</source>
        <translation type="vanished">Ganti data di server basis data dengan cadangan {file}? Data saat ini lebih dulu disimpan sebagai dump di samping cadangan. Semua yang dimasukkan setelah cadangan itu (di semua meja) tidak akan ditampilkan lagi. Pulih kemudian ditutup: jalankan lagi dan masuk.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="vanished">Pulihkan</translation>
    </message>
    <message>
        <source>Restoring the backup on the database server…</source>
        <translation type="vanished">Memulihkan cadangan di server basis data…</translation>
    </message>
</context>
<context>
    <name>RollupPanel</name>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="93"/>
        <source>Facilities send one signed package per month (Laporan &gt; National systems &gt; Signed package). Import their public keys first (Admin &gt; Facility profile), then their packages: the same package twice changes nothing; a newer one replaces the older and is recorded in the audit trail.</source>
        <extracomment>The indicators shown as columns (the package holds them all).</extracomment>
        <translation>Fasilitas mengirim satu paket bertanda tangan per bulan (Laporan &gt; Sistem nasional &gt; Paket bertanda tangan). Impor dulu kunci publik mereka (Admin &gt; Profil fasilitas), lalu paketnya: paket yang sama dua kali tidak mengubah apa pun; paket yang lebih baru menggantikan yang lama dan dicatat di jejak audit.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="97"/>
        <source>This installation is not a provincial office. To roll up the packages of several facilities, set "Provincial office" to 1 in Settings.</source>
        <translation>Instalasi ini bukan kantor provinsi. Untuk merekap paket beberapa fasilitas, atur "Kantor provinsi" menjadi 1 di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="117"/>
        <source>Province total ({count} facilities)</source>
        <translation>Jumlah provinsi ({count} fasilitas)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="131"/>
        <source>Not reported for {period}: {names}</source>
        <translation>Belum melapor untuk {period}: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="135"/>
        <source>Every known facility has reported for {period}.</source>
        <translation>Semua fasilitas yang dikenal sudah melapor untuk {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="139"/>
        <source>Import facility packages</source>
        <translation>Impor paket fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="140"/>
        <location filename="../../ui/exchange/rollup_panel.py" line="162"/>
        <source>Pulih package (*.zip)</source>
        <translation>Paket Pulih (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="161"/>
        <source>Save the province's package</source>
        <translation>Simpan paket provinsi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="171"/>
        <source>The file cannot be written: {detail}</source>
        <translation>File tidak dapat ditulis: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="181"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="182"/>
        <source>Import packages...</source>
        <translation>Impor paket...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="183"/>
        <source>Export the province's package...</source>
        <translation>Ekspor paket provinsi...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="185"/>
        <source>Facility</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="186"/>
        <source>Package made</source>
        <translation>Paket dibuat</translation>
    </message>
    <message>
        <source>{name}: already imported, nothing changed</source>
        <translation type="vanished">{name}: sudah pernah diimpor, tidak ada yang berubah</translation>
    </message>
    <message>
        <source>{name}: imported ({facility}, {period})</source>
        <translation type="vanished">{name}: diimpor ({facility}, {period})</translation>
    </message>
    <message>
        <source>{name}: replaced the older package of {facility}, {period}</source>
        <translation type="vanished">{name}: menggantikan paket lama {facility}, {period}</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../ui/appointments/roster_dialog.py" line="62"/>
        <source>Group session {time}: attendance</source>
        <translation>Sesi kelompok {time}: kehadiran</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/roster_dialog.py" line="64"/>
        <source>Untick who did not come (Space ticks or unticks), then save: everyone is marked at once.</source>
        <translation>Hapus centang peserta yang tidak datang (Spasi mencentang atau menghapus), lalu simpan: semua dicatat sekaligus.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/roster_dialog.py" line="67"/>
        <source>Save attendance</source>
        <translation>Simpan kehadiran</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/roster_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RosterPicker</name>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="94"/>
        <source>No client in a program matches.</source>
        <translation>Tidak ada klien dalam program yang cocok.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="111"/>
        <source>Attendees of the group session</source>
        <translation>Peserta sesi kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="112"/>
        <source>Tick the clients who attended. Only clients now in a program are listed.</source>
        <translation>Centang klien yang hadir. Hanya klien yang sedang mengikuti program yang ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="114"/>
        <source>All programs</source>
        <translation>Semua program</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="115"/>
        <source>Search by name</source>
        <translation>Cari berdasarkan nama</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="117"/>
        <source>Add to the roster</source>
        <translation>Masukkan ke daftar hadir</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="118"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RumatanPage</name>
    <message>
        <location filename="../../ui/rumatan/rumatan_page.py" line="42"/>
        <source>Dispensing window</source>
        <translation>Loket pemberian dosis</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/rumatan_page.py" line="43"/>
        <source>Medicine stock</source>
        <translation>Stok obat</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="127"/>
        <source>Newest registrations; type to search.</source>
        <translation>Pendaftaran terbaru; ketik untuk mencari.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="129"/>
        <source>Nobody found for “{text}”.</source>
        <translation>Tidak ada yang ditemukan untuk “{text}”.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="132"/>
        <source>The first {count} people found; type more to narrow the search.</source>
        <translation>{count} orang pertama yang ditemukan; ketik lebih banyak untuk mempersempit pencarian.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/search_panel.py" line="135"/>
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n orang ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="184"/>
        <source>Search by name, alias, NIK, registration number or phone (Ctrl+F)</source>
        <translation>Cari menurut nama, alias, NIK, nomor registrasi atau telepon (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="185"/>
        <source>&amp;Open record</source>
        <translation>&amp;Buka data</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="186"/>
        <source>SKHPN applicants too</source>
        <translation>Termasuk pemohon SKHPN</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="187"/>
        <source>Also list people who only applied for an SKHPN and never were rehab clients</source>
        <translation>Tampilkan juga orang yang hanya mengajukan SKHPN dan tidak pernah menjadi klien rehabilitasi</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="189"/>
        <source>&amp;New intake</source>
        <translation>Pendaftaran &amp;baru</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="190"/>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Daftarkan orang baru (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SeriesBox</name>
    <message>
        <location filename="../../ui/appointments/series_box.py" line="60"/>
        <source>Session series offered at enrolment</source>
        <translation>Seri sesi yang ditawarkan saat mulai program</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/series_box.py" line="61"/>
        <source>Sessions (0: none)</source>
        <translation>Jumlah sesi (0: tanpa seri)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/series_box.py" line="62"/>
        <source>Days between sessions</source>
        <translation>Jarak antarsesi (hari)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/series_box.py" line="63"/>
        <source>Save the series</source>
        <translation>Simpan seri</translation>
    </message>
</context>
<context>
    <name>SessionsLabel</name>
    <message>
        <location filename="../../ui/appointments/sessions_label.py" line="39"/>
        <source>Counselling sessions: {done} of {planned} attended, {missed} missed, {booked} booked (Jadwal page).</source>
        <translation>Sesi konseling: {done} dari {planned} dihadiri, {missed} tidak datang, {booked} terjadwal (halaman Jadwal).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../models/core/verification_address.py" line="21"/>
        <source>Verification address of the facility's verifier page (https://…; empty: the QR holds the seal text)</source>
        <translation>Alamat verifikasi halaman pemeriksa fasilitas (https://…; kosong: kode QR berisi teks segel)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="68"/>
        <source>Minutes without input before the window locks</source>
        <translation>Menit tanpa aktivitas sebelum jendela terkunci</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="71"/>
        <source>Failed sign-ins before the account waits</source>
        <translation>Jumlah gagal masuk sebelum akun harus menunggu</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="73"/>
        <source>Months between aftercare follow-ups</source>
        <translation>Jarak antar-tindak lanjut pascarehabilitasi (bulan)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="75"/>
        <source>Number of aftercare follow-ups</source>
        <translation>Jumlah tindak lanjut pascarehabilitasi</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="77"/>
        <source>SKHPN examination fee in rupiah</source>
        <translation>Tarif pemeriksaan SKHPN (rupiah)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="79"/>
        <source>Months an SKHPN is valid</source>
        <translation>Masa berlaku SKHPN (bulan)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="81"/>
        <source>Months a Kartu Lapor Diri is valid</source>
        <translation>Masa berlaku Kartu Lapor Diri (bulan)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="83"/>
        <source>Urine test parameters beyond the six-panel</source>
        <translation>Parameter tes urine di luar enam parameter standar</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="85"/>
        <source>Funding sources offered at intake</source>
        <translation>Pilihan sumber pembiayaan saat pendaftaran</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="87"/>
        <source>Lower edges of the age bands in tallies</source>
        <translation>Batas bawah kelompok umur pada rekapitulasi</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="89"/>
        <source>Template of document numbers</source>
        <translation>Format nomor dokumen</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="91"/>
        <source>Daily backups kept</source>
        <translation>Jumlah cadangan harian yang disimpan</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="93"/>
        <source>Monthly backups kept</source>
        <translation>Jumlah cadangan bulanan yang disimpan</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="95"/>
        <source>Backup folder, e.g. on a USB stick (empty: the folder 'backups' beside the database)</source>
        <translation>Folder cadangan, misalnya di USB flash disk (kosong: folder 'backups' di sebelah basis data)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="98"/>
        <source>Automatic backup on exit and daily (1 on, 0 off)</source>
        <translation>Cadangan otomatis saat keluar dan setiap hari (1 aktif, 0 mati)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="101"/>
        <source>Outpatient (rawat jalan) places (0: no limit)</source>
        <translation>Tempat rawat jalan (0: tanpa batas)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="104"/>
        <source>Inpatient (rawat inap) places (0: no limit)</source>
        <translation>Tempat rawat inap (0: tanpa batas)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="107"/>
        <source>Maintenance (rumatan) places (0: no limit)</source>
        <translation>Tempat rumatan (0: tanpa batas)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="110"/>
        <source>Social rehabilitation places (0: no limit)</source>
        <translation>Tempat rehabilitasi sosial (0: tanpa batas)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="113"/>
        <source>Days an outpatient may go without an attended session before being listed to trace</source>
        <translation>Hari tanpa sesi yang dihadiri sebelum klien rawat jalan masuk daftar perlu dilacak</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="116"/>
        <source>Days after the last urine test (or the admission) before a client in a program is due a test</source>
        <translation>Hari setelah tes urine terakhir (atau setelah masuk program) sebelum klien dalam program perlu dites lagi</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="120"/>
        <source>Rumatan: consecutive missed days after which the next dose waits for a doctor's review</source>
        <translation>Rumatan: jumlah hari tidak datang berturut-turut sebelum dosis berikutnya menunggu tinjauan dokter</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="123"/>
        <source>Rumatan: change of the daily dose (percent) that needs a confirmation and a reason</source>
        <translation>Rumatan: perubahan dosis harian (persen) yang memerlukan konfirmasi dan alasan</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="126"/>
        <source>Provincial office: imports and rolls up the facilities' monthly packages (1 yes, 0 no)</source>
        <translation>Kantor provinsi: mengimpor dan merekap paket bulanan fasilitas (1 ya, 0 tidak)</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="151"/>
        <source>How Pulih works at this facility. A change applies from the next time it is used; nothing already recorded changes.</source>
        <translation>Cara Pulih bekerja di fasilitas ini. Perubahan berlaku sejak pemakaian berikutnya; data yang sudah tercatat tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="155"/>
        <source>Default: {value}</source>
        <translation>Bawaan: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="158"/>
        <source>from {low} to {high}</source>
        <translation>dari {low} sampai {high}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="162"/>
        <source>separate the items with commas</source>
        <translation>pisahkan isian dengan koma</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="164"/>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="165"/>
        <source>Undo my edits</source>
        <translation>Batalkan perubahan saya</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="206"/>
        <source>Write whole numbers separated by commas, e.g. 0, 15, 20.</source>
        <translation>Tulis bilangan bulat yang dipisah koma, misalnya 0, 15, 20.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="229"/>
        <source>Settings saved.</source>
        <translation>Pengaturan sudah disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="231"/>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Tidak ada yang perlu disimpan: tidak ada pengaturan yang diubah.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="233"/>
        <source>Pulih: first-time set-up</source>
        <translation>Pulih: pengaturan awal</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="235"/>
        <source>This database is new. Enter the facility's profile (it is printed on the letterhead of every letter) and create the first admin account. Everything can be changed later under Admin.</source>
        <translation>Basis data ini masih baru. Isi profil fasilitas (dicetak pada kop setiap surat) dan buat akun admin pertama. Semuanya dapat diubah nanti di menu Admin.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="238"/>
        <source>Facility</source>
        <translation>Fasilitas</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="239"/>
        <source>First admin account</source>
        <translation>Akun admin pertama</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="240"/>
        <source>Encryption</source>
        <translation>Enkripsi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="241"/>
        <source>&amp;Encrypt the database</source>
        <translation>&amp;Enkripsi basis data</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="243"/>
        <source>An encrypted database cannot be read without its key, not even from a stolen disk or a lost backup stick. Pulih asks for the key at every start. Keep the key safe (for example written down in the head's safe): without it, nobody can recover the data.</source>
        <translation>Basis data yang terenkripsi tidak dapat dibaca tanpa kuncinya, juga tidak dari diska yang dicuri atau flashdisk cadangan yang hilang. Pulih meminta kunci setiap kali dijalankan. Simpan kunci dengan aman (misalnya tertulis di brankas pimpinan): tanpa kunci, tidak ada seorang pun yang dapat memulihkan data.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="250"/>
        <source>&amp;Save and start</source>
        <translation>&amp;Simpan dan mulai</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="251"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="84"/>
        <source>Sign in to Pulih</source>
        <translation>Masuk ke Pulih</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="85"/>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="86"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="87"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Masuk</translation>
    </message>
</context>
<context>
    <name>SkhpnDesk</name>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="274"/>
        <source>More than {limit} found; the {limit} registered most recently are listed. Type more of the name or number to narrow it down.</source>
        <translation>Ditemukan lebih dari {limit}; yang ditampilkan {limit} orang yang terdaftar paling baru. Ketik lebih banyak nama atau nomor untuk mempersempit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/skhpn_desk.py" line="278"/>
        <source>%n person(s) found. Pick the applicant, or register them if they are not here.</source>
        <translation>
            <numerusform>%n orang ditemukan. Pilih pemohonnya, atau daftarkan jika tidak ada di sini.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="282"/>
        <source>Nobody found for “{text}”: register the applicant from their identity card.</source>
        <translation>Tidak ada yang ditemukan untuk “{text}”: daftarkan pemohon dari kartu identitasnya.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="299"/>
        <location filename="../../ui/documents/skhpn_desk.py" line="305"/>
        <source>Find or register the applicant first.</source>
        <translation>Cari atau daftarkan pemohon terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="310"/>
        <source>Applicant: {name} ({reg_no}), born {born}</source>
        <translation>Pemohon: {name} ({reg_no}), lahir {born}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="324"/>
        <source>Photo on file; it is printed on the SKHPN.</source>
        <translation>Foto sudah ada; foto dicetak pada SKHPN.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="325"/>
        <source>No photo yet: take one (webcam or file) to print it on the SKHPN.</source>
        <translation>Belum ada foto: ambil foto (kamera web atau berkas) agar tercetak pada SKHPN.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="327"/>
        <source>Before the SKHPN can be issued, the identity record needs: {fields}. Complete it in Klien.</source>
        <translation>Sebelum SKHPN dapat diterbitkan, data identitas perlu dilengkapi: {fields}. Lengkapi di Klien.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="363"/>
        <source>Registered.</source>
        <translation>Terdaftar.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="376"/>
        <source>Rp 0: waived on the certificate of poverty (SKTM)</source>
        <translation>Rp 0: dibebaskan dengan surat keterangan tidak mampu (SKTM)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="378"/>
        <source>{amount}, paid as state revenue</source>
        <translation>{amount}, dibayar sebagai PNBP</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="395"/>
        <source>Application recorded: {who}. {fee} The applicant now waits for the doctor's examination.</source>
        <translation>Permohonan tercatat: {who}. {fee} Pemohon kini menunggu pemeriksaan dokter.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="409"/>
        <source>1. The applicant</source>
        <translation>1. Pemohon</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="410"/>
        <source>2. The application</source>
        <translation>2. Permohonan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="411"/>
        <source>Search by name, NIK, registration number or phone, then Enter</source>
        <translation>Cari menurut nama, NIK, nomor registrasi atau telepon, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="413"/>
        <source>&amp;Register a new applicant</source>
        <translation>&amp;Daftarkan pemohon baru</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="414"/>
        <source>&amp;Take the application</source>
        <translation>&amp;Catat permohonan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="415"/>
        <source>&amp;Photo...</source>
        <translation>&amp;Foto...</translation>
    </message>
</context>
<context>
    <name>SkhpnExam</name>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="46"/>
        <source>Applicant</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="46"/>
        <source>Registered</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="47"/>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="47"/>
        <source>Purpose</source>
        <translation>Keperluan</translation>
    </message>
</context>
<context>
    <name>SkhpnExamPanel</name>
    <message>
        <location filename="../../ui/documents/exam_drafts.py" line="76"/>
        <source>Restored what was typed before, kept at {time}.</source>
        <translation>Isian sebelumnya dipulihkan (tersimpan {time}).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="202"/>
        <source>waived (SKTM)</source>
        <extracomment>The vitals as the certificate prints them (short Indonesian names: data on the paper).</extracomment>
        <translation>dibebaskan (SKTM)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/skhpn_exam.py" line="209"/>
        <source>%n applicant(s) waiting.</source>
        <translation>
            <numerusform>%n pemohon menunggu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="210"/>
        <source>Nobody is waiting.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="233"/>
        <source>Choose an applicant from the queue.</source>
        <translation>Pilih pemohon dari antrean.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="235"/>
        <source>Examination of {name}</source>
        <translation>Pemeriksaan {name}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="269"/>
        <source>This applicant is an active rehab client: episode {episode} ({status}).</source>
        <translation>Pemohon ini klien rehabilitasi aktif: episode {episode} ({status}).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="274"/>
        <source>The certificate cannot be issued before the identity record has: {fields}.</source>
        <translation>Surat keterangan belum dapat diterbitkan sebelum data identitas memuat: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="290"/>
        <source>Cancel the application</source>
        <translation>Batalkan permohonan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="291"/>
        <source>Cancel the SKHPN application of {name}? It leaves the queue.</source>
        <translation>Batalkan permohonan SKHPN atas nama {name}? Permohonan akan keluar dari antrean.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="351"/>
        <source>The conclusion differs from what the results propose: tick the confirmation and write the clinical reason, or choose the proposed conclusion.</source>
        <translation>Kesimpulan berbeda dari usulan hasil pemeriksaan: centang konfirmasi dan tulis alasan klinisnya, atau pilih kesimpulan yang diusulkan.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="400"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="401"/>
        <source>Cancel the application...</source>
        <translation>Batalkan permohonan...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="402"/>
        <source>1. Screening interview (DAST-10)</source>
        <translation>1. Wawancara skrining (DAST-10)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="403"/>
        <source>2. Urine rapid test</source>
        <translation>2. Tes cepat urine</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="404"/>
        <source>3. Physical examination and conclusion</source>
        <translation>3. Pemeriksaan fisik dan kesimpulan</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="405"/>
        <source>&amp;Issue the SKHPN</source>
        <translation>&amp;Terbitkan SKHPN</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="406"/>
        <source>Only the examining doctor records the examination and issues the SKHPN.</source>
        <translation>Hanya dokter pemeriksa yang mencatat pemeriksaan dan menerbitkan SKHPN.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="408"/>
        <source>Collected under supervision</source>
        <translation>Diambil di bawah pengawasan</translation>
    </message>
</context>
<context>
    <name>StaffDetailsDialog</name>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="193"/>
        <source>Correct staff details</source>
        <translation>Koreksi data petugas</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="195"/>
        <source>These details are printed under signatures on new papers. Papers already issued keep what they printed. The correction is kept in the audit trail.</source>
        <translation>Data ini dicetak di bawah tanda tangan pada dokumen baru. Dokumen yang sudah diterbitkan tetap memuat apa yang tercetak saat itu. Koreksi ini dicatat di jejak audit.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="198"/>
        <source>Save correction</source>
        <translation>Simpan koreksi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="199"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="216"/>
        <source>New staff member…</source>
        <translation>Anggota staf baru…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="217"/>
        <source>Reset password…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="218"/>
        <source>Correct details…</source>
        <translation>Koreksi data…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="219"/>
        <source>Hand over clients…</source>
        <translation>Alihkan klien…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="221"/>
        <source>Give every open episode of this counselor to another counselor of record</source>
        <translation>Alihkan semua episode terbuka konselor ini ke konselor penanggung jawab lain</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="222"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="224"/>
        <source>Let the account sign in again at once after too many failed attempts.</source>
        <translation>Izinkan akun langsung masuk lagi setelah terlalu sering gagal masuk.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="225"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="228"/>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="230"/>
        <source>Changing the role replaces the rights below with that role's usual rights.</source>
        <translation>Mengubah peran akan mengganti hak di bawah ini dengan hak bawaan peran tersebut.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="231"/>
        <source>Rights</source>
        <translation>Hak akses</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="233"/>
        <source>Correct</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="233"/>
        <source>Enter</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="233"/>
        <source>View</source>
        <translation>Lihat</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="238"/>
        <source>Save rights</source>
        <translation>Simpan hak akses</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="296"/>
        <source>Choose a staff member in the list.</source>
        <translation>Pilih anggota staf dalam daftar.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="308"/>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="310"/>
        <source>SIP {sip}</source>
        <translation>SIP {sip}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="314"/>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="315"/>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="320"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="326"/>
        <source>Another admin can change your role.</source>
        <translation>Peran Anda hanya dapat diubah oleh admin lain.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="373"/>
        <source>Account {username} created for {name}.</source>
        <translation>Akun {username} dibuat untuk {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="389"/>
        <source>New password set for {name}.</source>
        <translation>Kata sandi baru sudah ditetapkan untuk {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="396"/>
        <location filename="../../ui/admin/staff_panel.py" line="406"/>
        <source>{name} can sign in again.</source>
        <translation>{name} dapat masuk lagi.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="403"/>
        <source>{name} can no longer sign in. Reactivate the account to undo this.</source>
        <translation>{name} tidak dapat masuk lagi. Aktifkan kembali akunnya untuk membatalkan ini.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="417"/>
        <source>{name} is now: {role}.</source>
        <translation>{name} sekarang: {role}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="436"/>
        <source>Nothing to save: the rights are unchanged.</source>
        <translation>Tidak ada yang perlu disimpan: hak akses tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="438"/>
        <source>Rights of {name} saved.</source>
        <translation>Hak {name} sudah disimpan.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="29"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="30"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="31"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="58"/>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="60"/>
        <source>Waiting until {time}</source>
        <translation>Menunggu sampai {time}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="62"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="vanished">Jabatan</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="87"/>
        <source>Stock on {day} (movements of the day): {n} open batches, {todo} not yet counted today</source>
        <translation>Stok pada {day} (mutasi hari itu): {n} batch terbuka, {todo} belum dihitung hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="96"/>
        <source>Stock received</source>
        <translation>Stok diterima</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="97"/>
        <source>A new bottle or batch. Methadone: its strength in mg per ml; buprenorphine: mg per tablet.</source>
        <translation>Botol atau batch baru. Metadon: kekuatannya dalam mg per ml; buprenorfin: mg per tablet.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="101"/>
        <location filename="../../ui/rumatan/stock_panel.py" line="151"/>
        <source>Medicine</source>
        <translation>Obat</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="104"/>
        <source>Batch number</source>
        <translation>Nomor batch</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="105"/>
        <source>Strength (mg per ml or tablet)</source>
        <translation>Kekuatan (mg per ml atau tablet)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="106"/>
        <source>Amount received (mg)</source>
        <translation>Jumlah diterima (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="113"/>
        <location filename="../../ui/rumatan/stock_panel.py" line="131"/>
        <source>Select the batch first.</source>
        <translation>Pilih batch terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="117"/>
        <source>Medicine wasted</source>
        <translation>Obat terbuang</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="118"/>
        <source>Batch {batch}: what was spilled or destroyed, seen by a witness.</source>
        <translation>Batch {batch}: yang tumpah atau dimusnahkan, disaksikan petugas lain.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="122"/>
        <source>Amount wasted (mg)</source>
        <translation>Jumlah terbuang (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="123"/>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="124"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="134"/>
        <source>Count of the day</source>
        <translation>Penghitungan hari ini</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="135"/>
        <source>Batch {batch}: the ledger expects {mg} mg ({units} {unit}). Count what is on the shelf; a difference needs its reason.</source>
        <translation>Batch {batch}: menurut buku stok {mg} mg ({units} {unit}). Hitung isi di rak; selisih memerlukan alasan.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="144"/>
        <location filename="../../ui/rumatan/stock_panel.py" line="154"/>
        <source>Counted (mg)</source>
        <translation>Hasil hitung (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="145"/>
        <location filename="../../ui/rumatan/stock_panel.py" line="155"/>
        <source>Reason for a difference</source>
        <translation>Alasan selisih</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="151"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="151"/>
        <source>Expires</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="152"/>
        <source>Dispensed (mg)</source>
        <translation>Diberikan (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="152"/>
        <source>Received (mg)</source>
        <translation>Diterima (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="153"/>
        <source>Balance (mg)</source>
        <translation>Saldo (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="153"/>
        <source>Wasted (mg)</source>
        <translation>Terbuang (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="154"/>
        <source>By the ledger (mg)</source>
        <translation>Menurut buku (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="155"/>
        <source>Difference (mg)</source>
        <translation>Selisih (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="156"/>
        <source>Stock received...</source>
        <translation>Stok diterima...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="157"/>
        <source>Wasted (with witness)...</source>
        <translation>Terbuang (dengan saksi)...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="158"/>
        <source>Count of the day...</source>
        <translation>Penghitungan hari ini...</translation>
    </message>
    <message>
        <source>Dispensed today (mg)</source>
        <translation type="vanished">Diberikan hari ini (mg)</translation>
    </message>
    <message>
        <source>Ledger at the count (mg)</source>
        <translation type="vanished">Menurut buku saat dihitung (mg)</translation>
    </message>
    <message>
        <source>Received today (mg)</source>
        <translation type="vanished">Diterima hari ini (mg)</translation>
    </message>
    <message>
        <source>Stock on {day}: {n} open batches, {todo} not yet counted today</source>
        <translation type="vanished">Stok pada {day}: {n} batch terbuka, {todo} belum dihitung hari ini</translation>
    </message>
    <message>
        <source>Wasted today (mg)</source>
        <translation type="vanished">Terbuang hari ini (mg)</translation>
    </message>
</context>
<context>
    <name>SubstanceBox</name>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="92"/>
        <source>Score {score}: {risk}</source>
        <translation>Skor {score}: {risk}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="96"/>
        <source>Still to answer: {questions}</source>
        <translation>Belum dijawab: {questions}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="102"/>
        <source>Tick when the client has ever used it (Q1)</source>
        <translation>Centang bila klien pernah memakainya (P1)</translation>
    </message>
</context>
<context>
    <name>SubstancesForm</name>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="190"/>
        <source>Primary</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="191"/>
        <source>Secondary</source>
        <translation>Kedua</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="192"/>
        <source>Tertiary</source>
        <translation>Ketiga</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/program/template_editor.py" line="150"/>
        <source>final</source>
        <translation>akhir</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="150"/>
        <source>first</source>
        <translation>awal</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="160"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="174"/>
        <source>signed {instrument}</source>
        <translation>{instrument} yang sudah ditandatangani</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="238"/>
        <source>Program templates</source>
        <translation>Templat program</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="239"/>
        <source>Offered for new enrolments</source>
        <translation>Ditawarkan untuk pendaftaran baru</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="240"/>
        <source>Phases</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="241"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="241"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="242"/>
        <source>Target days</source>
        <translation>Target hari</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="243"/>
        <source>Required before leaving</source>
        <translation>Syarat sebelum meninggalkan fase</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="244"/>
        <source>Selected phase</source>
        <translation>Fase terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="245"/>
        <source>no target</source>
        <translation>tanpa target</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="246"/>
        <source>Save the phase</source>
        <translation>Simpan fase</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="247"/>
        <source>Allowed moves</source>
        <translation>Perpindahan yang diizinkan</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="248"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="248"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="248"/>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="249"/>
        <source>Needs a reason</source>
        <translation>Perlu alasan</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="250"/>
        <source>Remove the selected move</source>
        <translation>Hapus perpindahan terpilih</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="251"/>
        <source>Allow another move</source>
        <translation>Izinkan perpindahan lain</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="252"/>
        <source>Needs a reason (a skip always does)</source>
        <translation>Perlu alasan (lompatan selalu perlu)</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="253"/>
        <source>Allow the move</source>
        <translation>Izinkan perpindahan</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="254"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>UrineDialog</name>
    <message>
        <location filename="../../ui/clinical/urine_confirm.py" line="33"/>
        <source>{status}: {how}, {date} (recorded by {name}).</source>
        <translation>{status}: {how}, {date} (dicatat oleh {name}).</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_confirm.py" line="115"/>
        <source>Record the confirmation</source>
        <translation>Catat konfirmasi</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="166"/>
        <source>Recorded by {name}.</source>
        <translation>Dicatat oleh {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="183"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="184"/>
        <source>Record the test (Ctrl+S)</source>
        <translation>Catat tes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="185"/>
        <source>Urine test</source>
        <translation>Tes urine</translation>
    </message>
</context>
<context>
    <name>UrineTab</name>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="85"/>
        <source>New urine test</source>
        <translation>Tes urine baru</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="86"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="87"/>
        <source>Confirm result...</source>
        <translation>Konfirmasi hasil...</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="33"/>
        <source>GENUINE</source>
        <translation>ASLI</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="34"/>
        <source>HOLDER NOT CHECKED</source>
        <translation>PEMEGANG BELUM DIPERIKSA</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="35"/>
        <source>REVOKED</source>
        <translation>DICABUT</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="36"/>
        <source>UNKNOWN KEY</source>
        <translation>KUNCI TIDAK DIKENAL</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="37"/>
        <location filename="../../ui/common/verdict_text.py" line="39"/>
        <source>FORGED</source>
        <translation>PALSU</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="38"/>
        <source>NOT READABLE</source>
        <translation>TIDAK TERBACA</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="40"/>
        <source>NOT READ</source>
        <translation>TIDAK DIBACA</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="45"/>
        <source>signature</source>
        <translation>tanda tangan</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="46"/>
        <source>holder's name</source>
        <translation>nama pemegang</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="47"/>
        <source>date of birth</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="48"/>
        <source>identity number (NIK)</source>
        <translation>nomor identitas (NIK)</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="49"/>
        <source>result</source>
        <translation>hasil</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="50"/>
        <source>document number</source>
        <translation>nomor dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="51"/>
        <source>holder's name and date of birth</source>
        <translation>nama dan tanggal lahir pemegang</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="52"/>
        <source>content in the register</source>
        <translation>isi di register</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="54"/>
        <source>Number {number}, {kind}, dated {date}, {status}, issued by {facility} (key {key_id}).</source>
        <translation>Nomor {number}, {kind}, tanggal {date}, {status}, diterbitkan oleh {facility} (kunci {key_id}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="56"/>
        <source>GENUINE: signed by {name}, and the holder's name and date of birth you gave match the paper. Check that the paper shows the same number, date and result.</source>
        <translation>ASLI: ditandatangani oleh {name}, dan nama serta tanggal lahir pemegang yang Anda masukkan cocok dengan surat ini. Pastikan surat menunjukkan nomor, tanggal, dan hasil yang sama.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="59"/>
        <source>GENUINE: signed by {name}. This paper names no holder.</source>
        <translation>ASLI: ditandatangani oleh {name}. Surat ini tidak menyebut pemegang.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="61"/>
        <source>The signature is genuine, but the holder was NOT checked: give the holder's name and date of birth as written on their identity card. Until then do not accept the paper as genuine.</source>
        <translation>Tanda tangannya asli, tetapi pemegangnya BELUM diperiksa: masukkan nama dan tanggal lahir pemegang sesuai kartu identitasnya. Sebelum itu, jangan terima surat ini sebagai asli.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="65"/>
        <source>FORGED: the signature does not match the text. The paper or its QR code was altered or forged.</source>
        <translation>PALSU: tanda tangan tidak cocok dengan isinya. Surat atau kode QR-nya telah diubah atau dipalsukan.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="67"/>
        <source>FORGED: the {field} printed on the paper differs from what was signed. The paper was altered.</source>
        <translation>PALSU: {field} yang tercetak pada surat berbeda dengan yang ditandatangani. Surat ini telah diubah.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="69"/>
        <source>NOT THE HOLDER: the {field} you gave does not match the holder this paper was issued to.</source>
        <translation>BUKAN PEMEGANGNYA: {field} yang Anda masukkan tidak cocok dengan pemegang yang menerima surat ini.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="71"/>
        <source>FORGED: this facility's register holds different content under this number.</source>
        <translation>PALSU: register fasilitas ini menyimpan isi yang berbeda untuk nomor ini.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="73"/>
        <source>REVOKED: the key that signed this paper ({key_id}) is not trusted for papers of this date ({reason}).</source>
        <translation>DICABUT: kunci yang menandatangani surat ini ({key_id}) tidak dipercaya untuk surat bertanggal ini ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="75"/>
        <source>REVOKED: the issuing facility voided this document.</source>
        <translation>DICABUT: fasilitas penerbit telah membatalkan dokumen ini.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="76"/>
        <source>Voided on {date}: {reason}</source>
        <translation>Dibatalkan pada {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="77"/>
        <source>UNKNOWN KEY: this QR was signed with key {key_id}, which is not in this database. Import the issuing facility's public key, or ask them to check it.</source>
        <translation>KUNCI TIDAK DIKENAL: kode QR ini ditandatangani dengan kunci {key_id}, yang tidak ada di basis data ini. Impor kunci publik fasilitas penerbit, atau minta mereka memeriksanya.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="80"/>
        <source>NOT READABLE: the text is not a Pulih document seal (damaged or from another system). Treat the paper as unverified.</source>
        <translation>TIDAK TERBACA: teks ini bukan segel dokumen Pulih (rusak atau dari sistem lain). Anggap surat ini belum terverifikasi.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="83"/>
        <source>Note: the validity period ended on {date}.</source>
        <translation>Catatan: masa berlaku berakhir {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="84"/>
        <source>The file has no readable text (a scan?): the printed name, date of birth and result were not compared with the seal. Compare them by eye.</source>
        <translation>Berkas ini tidak memiliki teks yang dapat dibaca (hasil pindaian?): nama, tanggal lahir, dan hasil yang tercetak belum dibandingkan dengan segel. Bandingkan sendiri dengan teliti.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="87"/>
        <source>FORGED: the QR code printed on the page and the data inside the file differ; the file was altered.</source>
        <translation>PALSU: kode QR yang tercetak di halaman dan data di dalam berkas berbeda; berkas ini telah diubah.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="89"/>
        <source>FORGED: some text in the file cannot be seen on the page (covered, invisible, white or clipped), so what the page shows is not what was read; the file was altered.</source>
        <translation>PALSU: sebagian teks di dalam berkas tidak terlihat di halaman (tertutup, tak terlihat, berwarna putih, atau terpotong), sehingga yang tampak di halaman bukan yang dibaca; berkas ini telah diubah.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="95"/>
        <source>The file cannot be opened.</source>
        <translation>Berkas tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="96"/>
        <source>The file is larger than 20 MB; a Pulih paper is far smaller. It was not read.</source>
        <translation>Berkas lebih besar dari 20 MB; surat Pulih jauh lebih kecil. Berkas tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="98"/>
        <source>The file is not a PDF.</source>
        <translation>Berkas ini bukan PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="99"/>
        <source>The file has more than 100 pages. It was not read.</source>
        <translation>Berkas memiliki lebih dari 100 halaman. Berkas tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="101"/>
        <source>The file has a page far larger than any paper. It was not read.</source>
        <translation>Berkas memiliki halaman yang jauh lebih besar dari kertas apa pun. Berkas tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="103"/>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>PDF ini rusak dan tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="104"/>
        <source>Reading the file took too long; it was stopped.</source>
        <translation>Membaca berkas terlalu lama; pembacaan dihentikan.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="105"/>
        <source>Reading the file needed too much memory; it was stopped.</source>
        <translation>Membaca berkas memerlukan terlalu banyak memori; pembacaan dihentikan.</translation>
    </message>
</context>
<context>
    <name>VerifierPageBox</name>
    <message>
        <location filename="../../ui/admin/verifier_page_box.py" line="49"/>
        <source>Verifier page for phones</source>
        <translation>Halaman pemeriksa untuk ponsel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verifier_page_box.py" line="51"/>
        <source>One web page that checks this facility's papers on any phone, offline: it holds the public keys and the voided numbers, nothing about a person. Publish it at the verification address above, and write it again after a key is retired or revoked or a paper is voided.</source>
        <translation>Satu halaman web yang memeriksa dokumen fasilitas ini di ponsel apa pun, juga tanpa internet: isinya kunci publik dan nomor yang dibatalkan, tidak ada data pribadi. Terbitkan di alamat verifikasi di atas, dan tulis ulang setelah kunci dipensiunkan atau dicabut, atau dokumen dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verifier_page_box.py" line="55"/>
        <source>Write the verifier page…</source>
        <translation>Tulis halaman pemeriksa…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verifier_page_box.py" line="62"/>
        <source>Folder for the verifier page</source>
        <translation>Folder untuk halaman pemeriksa</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verifier_page_box.py" line="69"/>
        <source>The page could not be written to {folder}: {detail}. Choose another folder (a USB stick, say).</source>
        <translation>Halaman tidak dapat ditulis ke {folder}: {detail}. Pilih folder lain (misalnya flashdisk).</translation>
    </message>
    <message>
        <source>No verification address is set yet: papers' QR codes hold their seal as text until it is.</source>
        <translation type="vanished">Alamat verifikasi belum diatur: sampai diatur, kode QR dokumen berisi segelnya sebagai teks.</translation>
    </message>
    <message>
        <source>Publish it at {address}.</source>
        <translation type="vanished">Terbitkan di {address}.</translation>
    </message>
    <message>
        <source>Saved {path}. Keys: {keys}; voided numbers: {voided}.</source>
        <translation type="vanished">Disimpan di {path}. Kunci: {keys}; nomor yang dibatalkan: {voided}.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="133"/>
        <source>Open a document to check</source>
        <translation>Buka dokumen yang akan diperiksa</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="148"/>
        <source>Reading {file}...</source>
        <translation>Membaca {file}...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="204"/>
        <source>Reading...</source>
        <translation>Membaca...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="211"/>
        <source>Check a document</source>
        <translation>Periksa keaslian dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="213"/>
        <source>Scan the QR code on the paper with the USB scanner (the cursor must be in the first field), paste its text and press Enter, or open the PDF file. Then type the holder's name and date of birth as written on their identity card (KTP): without them the holder is not checked and the paper is not confirmed.</source>
        <translation>Pindai kode QR pada surat dengan pemindai USB (kursor harus berada di kolom pertama), tempel teksnya lalu tekan Enter, atau buka berkas PDF-nya. Lalu ketik nama dan tanggal lahir pemegang sesuai kartu identitasnya (KTP): tanpa itu pemegang tidak diperiksa dan surat belum dipastikan asli.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="218"/>
        <source>PULIH2|...</source>
        <translation>PULIH2|...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="219"/>
        <source>Open &amp;PDF...</source>
        <translation>Buka &amp;PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="221"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation type="vanished">Tanggal: {date}</translation>
    </message>
    <message>
        <source>Document: {kind}</source>
        <translation type="vanished">Dokumen: {kind}</translation>
    </message>
    <message>
        <source>FORGED</source>
        <translation type="vanished">PALSU</translation>
    </message>
    <message>
        <source>GENUINE</source>
        <translation type="vanished">ASLI</translation>
    </message>
    <message>
        <source>Issued by: {facility}</source>
        <translation type="vanished">Diterbitkan oleh: {facility}</translation>
    </message>
    <message>
        <source>Key: {key_id}</source>
        <translation type="vanished">Kunci: {key_id}</translation>
    </message>
    <message>
        <source>NOT A PULIH QR</source>
        <translation type="vanished">BUKAN QR PULIH</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation type="vanished">Nomor: {number}</translation>
    </message>
    <message>
        <source>PULIH1|...</source>
        <translation type="vanished">PULIH1|...</translation>
    </message>
    <message>
        <source>Result or status: {status}</source>
        <translation type="vanished">Hasil atau status: {status}</translation>
    </message>
    <message>
        <source>Scan the QR code on the paper with the USB scanner (the cursor must be in the first field), paste its text and press Enter, or open the PDF file. To check that the paper belongs to its holder, also type the name and date of birth printed on it.</source>
        <translation type="vanished">Pindai kode QR pada surat dengan pemindai USB (kursor harus berada di kolom pertama), atau tempel teksnya lalu tekan Enter, atau buka berkas PDF-nya. Untuk memastikan surat itu milik pemegangnya, ketik juga nama dan tanggal lahir yang tercetak pada surat.</translation>
    </message>
    <message>
        <source>UNKNOWN KEY</source>
        <translation type="vanished">KUNCI TIDAK DIKENAL</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation type="vanished">DIBATALKAN</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="104"/>
        <source>Void a document</source>
        <translation>Batalkan dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="105"/>
        <source>Void document {number}</source>
        <translation>Batalkan dokumen {number}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="107"/>
        <source>A voided document stays in the register, and its QR code then checks as VOIDED here. This cannot be undone: issue a new document if one is still needed.</source>
        <translation>Dokumen yang dibatalkan tetap ada di register, dan kode QR-nya akan terperiksa sebagai DIBATALKAN di sini. Pembatalan tidak dapat diurungkan: terbitkan dokumen baru jika masih diperlukan.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="109"/>
        <source>&amp;Void the document</source>
        <translation>Bat&amp;alkan dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="110"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="82"/>
        <source>{service}: {taken} of {capacity} places taken</source>
        <translation>{service}: {taken} dari {capacity} tempat terisi</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="84"/>
        <source>{service}: {taken} (no limit)</source>
        <translation>{service}: {taken} (tanpa batas)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/waiting_panel.py" line="86"/>
        <source>%n waiting.</source>
        <translation>
            <numerusform>%n menunggu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/waiting_panel.py" line="93"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="126"/>
        <source>Every place is still taken; the person stays on the waiting list.</source>
        <translation>Semua tempat masih terisi; orang ini tetap dalam daftar tunggu.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="137"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="137"/>
        <source>Waiting since</source>
        <translation>Menunggu sejak</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="138"/>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="138"/>
        <source>Waiting</source>
        <translation>Lama menunggu</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="139"/>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="141"/>
        <source>Reason (for taking off the list, or for admitting ahead of others)</source>
        <translation>Alasan (mengeluarkan dari daftar, atau menerima mendahului yang lain)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="142"/>
        <source>&amp;Admit</source>
        <translation>&amp;Terima</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="143"/>
        <source>&amp;Take off the list</source>
        <translation>&amp;Keluarkan dari daftar</translation>
    </message>
    <message>
        <source>Note (reason for taking off the list)</source>
        <translation type="vanished">Catatan (alasan dikeluarkan dari daftar)</translation>
    </message>
    <message>
        <source>{taken} in a program (no capacity limit set); {waiting} waiting.</source>
        <translation type="vanished">{taken} dalam program (tanpa batas kapasitas); {waiting} menunggu.</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken; {waiting} waiting.</source>
        <translation type="vanished">{taken} dari {capacity} tempat terisi; {waiting} menunggu.</translation>
    </message>
</context>
<context>
    <name>WindowTab</name>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="146"/>
        <source>Dispensing on {day}: {due} of {total} clients still due</source>
        <translation>Pemberian dosis {day}: {due} dari {total} klien belum diberi</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="176"/>
        <source>No client on today's list has that number or card.</source>
        <translation>Tidak ada klien di daftar hari ini dengan nomor atau kartu itu.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="184"/>
        <source>That card belongs to a client who has no dose order in force today.</source>
        <translation>Kartu itu milik klien yang tidak memiliki resep dosis yang berlaku hari ini.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="223"/>
        <source>Type a name or number, or scan the client's card.</source>
        <translation>Ketik nama atau nomor, atau pindai kartu klien.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="229"/>
        <source>{name} ({reg}): {medicine}, {dose} mg a day; take-home allowed: {home} days</source>
        <translation>{name} ({reg}): {medicine}, {dose} mg sehari; bawa pulang diizinkan: {home} hari</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="237"/>
        <source>Warning: {text}</source>
        <translation>Perhatian: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="242"/>
        <source>Missed {days} days before today.</source>
        <translation>Tidak datang {days} hari sebelum hari ini.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="244"/>
        <source>Today's dose was vomited.</source>
        <translation>Dosis hari ini dimuntahkan.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="269"/>
        <source>No dose: the client waits for the doctor's review.</source>
        <translation>Dosis tidak diberikan: klien menunggu tinjauan dokter.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="272"/>
        <source>Before giving {name} the dose, check:
{flags}

Give the dose now?</source>
        <translation>Sebelum memberi dosis kepada {name}, periksa:
{flags}

Beri dosis sekarang?</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="275"/>
        <source>Give the dose</source>
        <translation>Beri dosis</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="275"/>
        <source>Safety check</source>
        <translation>Pemeriksaan keamanan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="276"/>
        <source>Not now</source>
        <translation>Jangan sekarang</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="291"/>
        <source>{ml} ml from batch {batch}</source>
        <translation>{ml} ml dari batch {batch}</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="292"/>
        <source>from batch {batch}</source>
        <translation>dari batch {batch}</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="293"/>
        <source>Dose of {dose} mg ({poured}) recorded for {name} at {time}.</source>
        <translation>Dosis {dose} mg ({poured}) untuk {name} dicatat pukul {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="296"/>
        <source>{n} take-home doses handed over.</source>
        <translation>{n} dosis bawa pulang diserahkan.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="311"/>
        <source>Dose vomited</source>
        <translation>Dosis dimuntahkan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="312"/>
        <source>{name} vomited today's dose. Write when and how it was seen.</source>
        <translation>{name} memuntahkan dosis hari ini. Tuliskan kapan dan bagaimana hal itu terlihat.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="315"/>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="323"/>
        <source>Replacement dose</source>
        <translation>Dosis pengganti</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="324"/>
        <source>A replacement for a vomited dose needs a doctor's approval: the doctor types their user name and password here.</source>
        <translation>Dosis pengganti untuk dosis yang dimuntahkan memerlukan persetujuan dokter: dokter mengetik nama pengguna dan kata sandinya di sini.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="329"/>
        <source>Replacement dose (mg)</source>
        <translation>Dosis pengganti (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="331"/>
        <location filename="../../ui/rumatan/window_tab.py" line="351"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="332"/>
        <source>Doctor's user name</source>
        <translation>Nama pengguna dokter</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="333"/>
        <source>Doctor's password</source>
        <translation>Kata sandi dokter</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="341"/>
        <source>Split dose</source>
        <translation>Dosis terbagi</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="342"/>
        <source>{name}'s daily dose of {dose} mg is given in two parts. The first part now; the rest later today with 'Second part of split dose'.</source>
        <translation>Dosis harian {name} sebesar {dose} mg diberikan dalam dua bagian. Bagian pertama sekarang; sisanya nanti hari ini dengan 'Bagian kedua dosis terbagi'.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="349"/>
        <source>First part (mg)</source>
        <translation>Bagian pertama (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="369"/>
        <source>Doctor's review</source>
        <translation>Tinjauan dokter</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="370"/>
        <source>{name} missed {days} days. Write the review; the next dose may then be given.</source>
        <translation>{name} tidak datang {days} hari. Tuliskan hasil tinjauan; dosis berikutnya lalu boleh diberikan.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="373"/>
        <source>Review note</source>
        <translation>Catatan tinjauan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="381"/>
        <source>Client away</source>
        <translation>Klien tidak di tempat</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="382"/>
        <source>{name} is in hospital, detained or away: those days are not missed doses, and a dose during them is asked about first.</source>
        <translation>{name} dirawat, ditahan atau bepergian: hari-hari itu tidak dihitung sebagai hari tidak datang, dan dosis pada hari itu ditanyakan dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="387"/>
        <source>Where the client is</source>
        <translation>Keberadaan klien</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="389"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="390"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="391"/>
        <location filename="../../ui/rumatan/window_tab.py" line="412"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="401"/>
        <source>{name} has no take-home doses to count back.</source>
        <translation>{name} tidak memiliki dosis bawa pulang yang perlu dihitung kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="405"/>
        <source>Take-home bottles returned</source>
        <translation>Botol bawa pulang dikembalikan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="406"/>
        <source>{count} take-home doses were handed over on {day}. How many bottles came back?</source>
        <translation>{count} dosis bawa pulang diserahkan pada {day}. Berapa botol yang dikembalikan?</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="411"/>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="426"/>
        <source>Save the day's sheet</source>
        <translation>Simpan lembar harian</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="427"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="437"/>
        <source>The day's sheet was saved: {path}</source>
        <translation>Lembar harian disimpan: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="441"/>
        <source>Find by name or number, or scan the card, then press F2 to give the dose</source>
        <translation>Cari nama atau nomor, atau pindai kartu, lalu tekan F2 untuk memberi dosis</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="443"/>
        <source>Give dose (F2)</source>
        <translation>Beri dosis (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="444"/>
        <source>Take-home doses:</source>
        <translation>Dosis bawa pulang:</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="445"/>
        <source>Vomited...</source>
        <translation>Dimuntahkan...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="446"/>
        <source>Replacement...</source>
        <translation>Dosis pengganti...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="447"/>
        <source>Second part of split dose</source>
        <translation>Bagian kedua dosis terbagi</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="448"/>
        <source>Split dose...</source>
        <translation>Dosis terbagi...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="449"/>
        <source>Doctor's review...</source>
        <translation>Tinjauan dokter...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="450"/>
        <source>Print the day's sheet (PDF)...</source>
        <translation>Cetak lembar harian (PDF)...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="451"/>
        <source>Away...</source>
        <translation>Tidak di tempat...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="452"/>
        <source>Bottles returned...</source>
        <translation>Botol dikembalikan...</translation>
    </message>
    <message>
        <source>Dose of {dose} mg recorded for {name} at {time}.</source>
        <translation type="vanished">Dosis {dose} mg untuk {name} dicatat pukul {time}.</translation>
    </message>
</context>
<context>
    <name>_CounselorDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Batal</translation>
    </message>
    <message>
        <source>Choose a counselor.</source>
        <translation type="vanished">Pilih konselor.</translation>
    </message>
</context>
</TS>
