<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActDialog</name>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="65"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddendaPanel</name>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="71"/>
        <source>Added by {name} on {when}:
{text}</source>
        <translation>Added by {name} on {when}:
{text}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="74"/>
        <source>No addenda yet.</source>
        <translation>No addenda yet.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="95"/>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="96"/>
        <source>A signed record is locked. To correct or add to it, write an addendum: it shows who wrote it and when.</source>
        <translation>A signed record is locked. To correct or add to it, write an addendum: it shows who wrote it and when.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="98"/>
        <location filename="../../ui/clinical/addenda_panel.py" line="99"/>
        <source>New addendum</source>
        <translation>New addendum</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/addenda_panel.py" line="100"/>
        <source>Add addendum</source>
        <translation>Add addendum</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="60"/>
        <source>Merges</source>
        <translation>Merges</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="60"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="61"/>
        <source>Facility profile</source>
        <translation>Facility profile</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="61"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="62"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="62"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_page.py" line="63"/>
        <source>Data exchange</source>
        <translation>Data exchange</translation>
    </message>
</context>
<context>
    <name>AdmissionBox</name>
    <message>
        <location filename="../../ui/program/admission_box.py" line="154"/>
        <source>Choose a program. Only programs for the episode's service type are offered; ask the facility admin if none is.</source>
        <extracomment>the row label, marked in context "Codes" with the consent kinds</extracomment>
        <translation>Choose a program. Only programs for the episode's service type are offered; ask the facility admin if none is.</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="162"/>
        <source>Tick this once the client (or the parent or guardian of a minor) has signed the general consent.</source>
        <translation>Tick this once the client (or the parent or guardian of a minor) has signed the general consent.</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="207"/>
        <source>{service}: {taken} of {capacity} places taken.</source>
        <translation>{service}: {taken} of {capacity} places taken.</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="211"/>
        <source>Every place is taken: the program cannot start now. The intake desk puts the client on the waiting list.</source>
        <translation>Every place is taken: the program cannot start now. The intake desk puts the client on the waiting list.</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="214"/>
        <source>{service}: {taken} in a program (no limit set).</source>
        <translation>{service}: {taken} in a program (no limit set).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/admission_box.py" line="219"/>
        <source>%n client(s) wait ahead for this service, first {name} (since {date}). Starting now admits this client ahead of them: say why.</source>
        <translation>
            <numerusform>%n client wait ahead for this service, first {name} (since {date}). Starting now admits this client ahead of them: say why.</numerusform>
            <numerusform>%n clients wait ahead for this service, first {name} (since {date}). Starting now admits this client ahead of them: say why.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="225"/>
        <source>Admission and program start</source>
        <translation>Admission and program start</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="226"/>
        <source>&amp;Start the program</source>
        <translation>&amp;Start the program</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="227"/>
        <source>Not continuing…</source>
        <translation>Not continuing…</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="229"/>
        <source>Close this episode: the client does not go on to admission</source>
        <translation>Close this episode: the client does not go on to admission</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="230"/>
        <source>Signed on the start date</source>
        <translation>Signed on the start date</translation>
    </message>
</context>
<context>
    <name>AftercareTab</name>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="208"/>
        <source>Kept on {date} ({kind})</source>
        <translation>Kept on {date} ({kind})</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="211"/>
        <source>Not needed: aftercare ended</source>
        <translation>Not needed: aftercare ended</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/aftercare_tab.py" line="214"/>
        <source>Missed: %n day(s) late</source>
        <translation>
            <numerusform>Missed: %n day late</numerusform>
            <numerusform>Missed: %n days late</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="217"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="219"/>
        <source>To come</source>
        <translation>To come</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/aftercare_tab.py" line="225"/>
        <source>%n follow-up(s) missed: contact the client.</source>
        <translation>
            <numerusform>%n follow-up missed: contact the client.</numerusform>
            <numerusform>%n follow-ups missed: contact the client.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="230"/>
        <source>relapse</source>
        <translation>relapse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/aftercare_tab.py" line="238"/>
        <source>{outcome} (+%n addendum(s))</source>
        <translation>
            <numerusform>{outcome} (+%n addendum)</numerusform>
            <numerusform>{outcome} (+%n addendums)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="321"/>
        <location filename="../../ui/program/aftercare_tab.py" line="325"/>
        <location filename="../../ui/program/aftercare_tab.py" line="403"/>
        <source>End aftercare</source>
        <translation>End aftercare</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="322"/>
        <source>End this client's aftercare on {date}? Ending cannot be undone: no more follow-ups or contacts can be recorded on this plan afterwards.</source>
        <translation>End this client's aftercare on {date}? Ending cannot be undone: no more follow-ups or contacts can be recorded on this plan afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="325"/>
        <source>Keep it running</source>
        <translation>Keep it running</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="340"/>
        <source>Type the start date to see the follow-up dates.</source>
        <translation>Type the start date to see the follow-up dates.</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="345"/>
        <source>Follow-ups on: {dates}</source>
        <translation>Follow-ups on: {dates}</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="350"/>
        <source>This person has no episode of care yet.</source>
        <translation>This person has no episode of care yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/aftercare_tab.py" line="353"/>
        <source>Aftercare since {date}, a follow-up every %n month(s).</source>
        <translation>
            <numerusform>Aftercare since {date}, a follow-up every %n month.</numerusform>
            <numerusform>Aftercare since {date}, a follow-up every %n months.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="356"/>
        <source>Ended on {date}. Working: {work} · In school: {school} · Back with the family: {family}</source>
        <translation>Ended on {date}. Working: {work} · In school: {school} · Back with the family: {family}</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="362"/>
        <source>Aftercare starts after the discharge. Discharge this episode in the Program tab first.</source>
        <translation>Aftercare starts after the discharge. Discharge this episode in the Program tab first.</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="365"/>
        <source>Discharged on {date}. Start the aftercare plan: the follow-up dates come from the facility's settings.</source>
        <translation>Discharged on {date}. Start the aftercare plan: the follow-up dates come from the facility's settings.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/aftercare_tab.py" line="376"/>
        <source>Abstinent since {date}: %n day(s).</source>
        <translation>
            <numerusform>Abstinent since {date}: %n day.</numerusform>
            <numerusform>Abstinent since {date}: %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="381"/>
        <source>a positive urine test</source>
        <translation>a positive urine test</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="382"/>
        <source>a contact marked relapse</source>
        <translation>a contact marked relapse</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="383"/>
        <source>Relapse on {date} ({source}): abstinence counted again from that day.</source>
        <translation>Relapse on {date} ({source}): abstinence counted again from that day.</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="386"/>
        <source>Positive urine screen of {date} awaiting confirmation: the abstinence date changes only once a laboratory or the client's admission confirms it.</source>
        <translation>Positive urine screen of {date} awaiting confirmation: the abstinence date changes only once a laboratory or the client's admission confirms it.</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="392"/>
        <source>Start aftercare</source>
        <translation>Start aftercare</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="393"/>
        <source>&amp;Start aftercare</source>
        <translation>&amp;Start aftercare</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="394"/>
        <source>Follow-up schedule</source>
        <translation>Follow-up schedule</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="395"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="395"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="396"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="397"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="397"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="398"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="398"/>
        <source>Relapse</source>
        <translation>Relapse</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="399"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="400"/>
        <source>Record a contact</source>
        <translation>Record a contact</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="401"/>
        <source>&amp;Record the contact</source>
        <translation>&amp;Record the contact</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="402"/>
        <source>The client relapsed (abstinence starts again)</source>
        <translation>The client relapsed (abstinence starts again)</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="404"/>
        <source>&amp;End aftercare</source>
        <translation>&amp;End aftercare</translation>
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
        <translation>Pulih cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="45"/>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="19"/>
        <source>Pulih needs a screen to show its window, and this session has none (no graphical desktop: DISPLAY and WAYLAND_DISPLAY are not set). Start Pulih from the computer's desktop. Commands that need no window still work here, for example "python main.py check" or "python main.py backup" (see "python main.py --help").</source>
        <translation>Pulih needs a screen to show its window, and this session has none (no graphical desktop: DISPLAY and WAYLAND_DISPLAY are not set). Start Pulih from the computer's desktop. Commands that need no window still work here, for example "python main.py check" or "python main.py backup" (see "python main.py --help").</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="24"/>
        <source>Pulih could not open its window on the screen "{display}": that screen does not answer (the desktop session may have ended, or this session may not use it). Start Pulih from the computer's desktop. Commands that need no window still work here, for example "python main.py check" (see "python main.py --help").</source>
        <translation>Pulih could not open its window on the screen "{display}": that screen does not answer (the desktop session may have ended, or this session may not use it). Start Pulih from the computer's desktop. Commands that need no window still work here, for example "python main.py check" (see "python main.py --help").</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="29"/>
        <source>Pulih could not start its window: Qt's window system part failed ({detail}). Commands that need no window still work, for example "python main.py check". Send this sentence to your Pulih support.</source>
        <translation>Pulih could not start its window: Qt's window system part failed ({detail}). Commands that need no window still work, for example "python main.py check". Send this sentence to your Pulih support.</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="118"/>
        <source>Register an SKHPN applicant</source>
        <translation>Register an SKHPN applicant</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="121"/>
        <source>&amp;Save the applicant</source>
        <translation>&amp;Save the applicant</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="122"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ArrivalForm</name>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="177"/>
        <source>Reported under the duty to report (PP 25/2011)</source>
        <translation>Reported under the duty to report (PP 25/2011)</translation>
    </message>
</context>
<context>
    <name>AsiDialog</name>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="197"/>
        <source>severity of {domain}</source>
        <translation>severity of {domain}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="210"/>
        <source>No signed physical examination yet: the doctor records it with "New physical exam" on the Assessments tab.</source>
        <translation>No signed physical examination yet: the doctor records it with "New physical exam" on the Assessments tab.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="220"/>
        <source>Filled from the physical examination of {date} by {name}.</source>
        <translation>Filled from the physical examination of {date} by {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="227"/>
        <source>Fill from the doctor's examination</source>
        <translation>Fill from the doctor's examination</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="113"/>
        <source>Draft saved at {time}; not signed yet.</source>
        <translation>Draft saved at {time}; not signed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="126"/>
        <source>The form cannot be signed yet; still unanswered: {missing}.</source>
        <translation>The form cannot be signed yet; still unanswered: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="140"/>
        <source>Still to answer before signing: {missing}</source>
        <translation>Still to answer before signing: {missing}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="143"/>
        <source>Every required question is answered: the form can be signed.</source>
        <translation>Every required question is answered: the form can be signed.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="169"/>
        <source>Signed by {name} on {when}. Locked: corrections are addenda.</source>
        <translation>Signed by {name} on {when}. Locked: corrections are addenda.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessment_dialog.py" line="174"/>
        <source>Draft by {name}; not signed yet.</source>
        <translation>Draft by {name}; not signed yet.</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="127"/>
        <source>New ASI</source>
        <extracomment>Each instrument's own words for its levels: ASSIST's "moderate" risk is not DAST-10's "moderate" band (the codes are the same, the labels are not).</extracomment>
        <translation>New ASI</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="129"/>
        <source>New ASSIST</source>
        <translation>New ASSIST</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="130"/>
        <source>New DAST-10</source>
        <translation>New DAST-10</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="131"/>
        <source>New physical exam</source>
        <translation>New physical exam</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="132"/>
        <source>Diagnoses...</source>
        <translation>Diagnoses...</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="133"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="134"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="135"/>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
</context>
<context>
    <name>AssistDialog</name>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="31"/>
        <location filename="../../ui/clinical/assist_form.py" line="188"/>
        <source>Q{number}</source>
        <translation>Q{number}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="163"/>
        <source>Highest score {score}: {risk}. Injecting (Q8): {q8}.</source>
        <translation>Highest score {score}: {risk}. Injecting (Q8): {q8}.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="168"/>
        <source>No substance used in life: low risk.</source>
        <translation>No substance used in life: low risk.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="170"/>
        <source>{count} answers still missing.</source>
        <translation>{count} answers still missing.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="192"/>
        <source>Tick each substance the client has ever used (Q1), then ask Q2 to Q7 about it. Q2 “never” skips Q3 to Q5; Q5 is not asked for tobacco.</source>
        <translation>Tick each substance the client has ever used (Q1), then ask Q2 to Q7 about it. Q2 “never” skips Q3 to Q5; Q5 is not asked for tobacco.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="34"/>
        <source>Event {event} was changed after it was written.</source>
        <translation>Event {event} was changed after it was written.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="35"/>
        <source>Event {event} was changed after it was written and its hash made again to hide it (event {next} no longer links to it).</source>
        <translation>Event {event} was changed after it was written and its hash made again to hide it (event {next} no longer links to it).</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="38"/>
        <source>Events between {event} and {next} were deleted.</source>
        <translation>Events between {event} and {next} were deleted.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="39"/>
        <source>Event {event} was inserted into the trail afterwards.</source>
        <translation>Event {event} was inserted into the trail afterwards.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="40"/>
        <source>Event {event} is out of order: it was written after event {other}.</source>
        <translation>Event {event} is out of order: it was written after event {other}.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="42"/>
        <source>The trail was cut off after event {event}: {missing} newer event(s) are missing.</source>
        <translation>The trail was cut off after event {event}: {missing} newer event(s) are missing.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="44"/>
        <source>Events after {event} were added outside Pulih.</source>
        <translation>Events after {event} were added outside Pulih.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="45"/>
        <source>The end marker of the trail is missing.</source>
        <translation>The end marker of the trail is missing.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="46"/>
        <source>Event {event} has an id no event written by Pulih can have (zero or below): it was added outside Pulih.</source>
        <translation>Event {event} has an id no event written by Pulih can have (zero or below): it was added outside Pulih.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="48"/>
        <source>The event ids jump from {event} to {next}: the events between are missing.</source>
        <translation>The event ids jump from {event} to {next}: the events between are missing.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="50"/>
        <source>The end marker counts {expected} events, but the trail holds {found}.</source>
        <translation>The end marker counts {expected} events, but the trail holds {found}.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="52"/>
        <source>The end marker names event {expected} as the newest, but the newest is event {event}.</source>
        <translation>The end marker names event {expected} as the newest, but the newest is event {event}.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="54"/>
        <source>The audit trail is empty although the database holds {people} people, {staff} staff members and {documents} documents: the trail was wiped.</source>
        <translation>The audit trail is empty although the database holds {people} people, {staff} staff members and {documents} documents: the trail was wiped.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="57"/>
        <source>Rewritten after the checkpoint of {date}: event {event} no longer has the hash the checkpoint signed.</source>
        <translation>Rewritten after the checkpoint of {date}: event {event} no longer has the hash the checkpoint signed.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="59"/>
        <source>Rewritten after the checkpoint of {date}: the trail holds {found} events, the checkpoint counted {expected}.</source>
        <translation>Rewritten after the checkpoint of {date}: the trail holds {found} events, the checkpoint counted {expected}.</translation>
    </message>
    <message>
        <location filename="../../models/seals/audit_chain.py" line="61"/>
        <source>The checkpoint {file} does not carry a valid signature of this facility; it was not used.</source>
        <translation>The checkpoint {file} does not carry a valid signature of this facility; it was not used.</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <location filename="../../ui/common/audit_check.py" line="35"/>
        <source>The audit trail is intact: {events} events checked in {seconds:.1f} s; the chain is unbroken.</source>
        <translation>The audit trail is intact: {events} events checked in {seconds:.1f} s; the chain is unbroken.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="37"/>
        <source>The audit trail was altered outside Pulih: {count} break(s) found in {events} events checked.</source>
        <translation>The audit trail was altered outside Pulih: {count} break(s) found in {events} events checked.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="39"/>
        <source>No signed checkpoint was found outside the database (backup folder: {folder}), so a rewrite of the whole trail could not be seen. Each backup writes one.</source>
        <translation>No signed checkpoint was found outside the database (backup folder: {folder}), so a rewrite of the whole trail could not be seen. Each backup writes one.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="42"/>
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="180"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="181"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="184"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="185"/>
        <source>Check the trail</source>
        <translation>Check the trail</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="187"/>
        <source>Checks every event, the count and the end of the trail, and compares them with the signed checkpoints kept beside the backups.</source>
        <translation>Checks every event, the count and the end of the trail, and compares them with the signed checkpoints kept beside the backups.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="189"/>
        <location filename="../../ui/admin/audit_panel.py" line="209"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="190"/>
        <location filename="../../ui/admin/audit_panel.py" line="213"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="243"/>
        <source>The newest {count} events are shown; narrow the filter to see older ones.</source>
        <translation>The newest {count} events are shown; narrow the filter to see older ones.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="245"/>
        <source>{count} events.</source>
        <translation>{count} events.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="257"/>
        <source>Checking the trail…</source>
        <translation>Checking the trail…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="35"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="35"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="36"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="36"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="37"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="37"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../ui/admin/auto_backup.py" line="25"/>
        <source>Making the automatic backup before Pulih closes...</source>
        <translation>Making the automatic backup before Pulih closes...</translation>
    </message>
    <message>
        <location filename="../../ui/admin/auto_backup.py" line="26"/>
        <source>The automatic backup was not made: {reason}</source>
        <translation>The automatic backup was not made: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/auto_backup.py" line="27"/>
        <source>Making the daily backup in the background…</source>
        <translation>Making the daily backup in the background…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/auto_backup.py" line="28"/>
        <source>Daily backup made and checked: {file}</source>
        <translation>Daily backup made and checked: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/auto_backup.py" line="29"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <location filename="../../ui/admin/backup_offer.py" line="19"/>
        <source>The newest good backup is from {date} at {time} ({file}). Restoring puts it in place of the damaged database, which is kept aside as a safety copy. Anything entered after that backup is not in it.</source>
        <translation>The newest good backup is from {date} at {time} ({file}). Restoring puts it in place of the damaged database, which is kept aside as a safety copy. Anything entered after that backup is not in it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_offer.py" line="23"/>
        <source>Restore the backup of {date}</source>
        <translation>Restore the backup of {date}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_offer.py" line="24"/>
        <source>No good backup was found in the backup folder. Ask your Pulih support to look at the file before anything else is done with it.</source>
        <translation>No good backup was found in the backup folder. Ask your Pulih support to look at the file before anything else is done with it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_offer.py" line="27"/>
        <source>The backup of {date} was restored. The damaged database was kept as {safety}.</source>
        <translation>The backup of {date} was restored. The damaged database was kept as {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_offer.py" line="29"/>
        <source>The backup could not be restored: {reason}</source>
        <translation>The backup could not be restored: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="125"/>
        <source>Each backup is a complete copy of the database, checked after it is written. Keep the folder on a USB stick or another disk, so a broken computer does not take the backups with it.</source>
        <translation>Each backup is a complete copy of the database, checked after it is written. Keep the folder on a USB stick or another disk, so a broken computer does not take the backups with it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="128"/>
        <location filename="../../ui/admin/backup_panel.py" line="247"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="129"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="130"/>
        <source>Back up automatically when Pulih closes and once a day</source>
        <translation>Back up automatically when Pulih closes and once a day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="131"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="132"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="133"/>
        <source>Choose a USB stick or another disk…</source>
        <translation>Choose a USB stick or another disk…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="135"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="135"/>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="135"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="136"/>
        <source>Checked when written</source>
        <translation>Checked when written</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="183"/>
        <source>No backup in this folder yet.</source>
        <translation>No backup in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="186"/>
        <source>Newest good backup: {when}, {size}, checked after writing (SQLite integrity check). {count} backups here, {total} in all.</source>
        <translation>Newest good backup: {when}, {size}, checked after writing (SQLite integrity check). {count} backups here, {total} in all.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="191"/>
        <source>Kept here: the {keep} newest.</source>
        <translation>Kept here: the {keep} newest.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="193"/>
        <source>Kept: the 3 newest, the newest of each recent day and of each recent month (see Settings).</source>
        <translation>Kept: the 3 newest, the newest of each recent day and of each recent month (see Settings).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="197"/>
        <source>This folder is on the same disk as the database: if that disk fails, the backups are lost with it. Choose a USB stick or another disk.</source>
        <translation>This folder is on the same disk as the database: if that disk fails, the backups are lost with it. Choose a USB stick or another disk.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="211"/>
        <source>The last backup ({when}) was not made: {cause}</source>
        <translation>The last backup ({when}) was not made: {cause}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="222"/>
        <source>Change the database key…</source>
        <translation>Change the database key…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="223"/>
        <source>Encrypt the database…</source>
        <translation>Encrypt the database…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="234"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="274"/>
        <source>Making the backup…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="297"/>
        <source>Backup made and checked: {file} ({size}).</source>
        <translation>Backup made and checked: {file} ({size}).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="314"/>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_panel.py" line="315"/>
        <source>Pulih backups (*.sqlite3 *.pgdump)</source>
        <translation>Pulih backups (*.sqlite3 *.pgdump)</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="160"/>
        <source>Book the program's series: {n} sessions, every {d} days (adjust the times below)</source>
        <translation>Book the program's series: {n} sessions, every {d} days (adjust the times below)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="187"/>
        <source>Session {n}</source>
        <translation>Session {n}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="249"/>
        <source>Move the appointment</source>
        <translation>Move the appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="250"/>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="251"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="251"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="252"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="252"/>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="253"/>
        <source>Length (minutes)</source>
        <translation>Length (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="253"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="254"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="256"/>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="257"/>
        <source>e.g. Room 2 (printed on the slip: do not name the program)</source>
        <translation>e.g. Room 2 (printed on the slip: do not name the program)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="259"/>
        <source>Reason to book at this time anyway</source>
        <translation>Reason to book at this time anyway</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="261"/>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="261"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/book_dialog.py" line="262"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="23"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="24"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="25"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="26"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="27"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="28"/>
        <source>Place</source>
        <translation>Place</translation>
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
        <translation>Enter shows the roster and marks attendance for all at once.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="85"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_model.py" line="91"/>
        <source>{n} participants</source>
        <translation>{n} participants</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="191"/>
        <source>Week {first} – {last}</source>
        <extracomment>Keys the page takes even where the window has a shortcut of its own (Ctrl+N = intake).</extracomment>
        <translation>Week {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="196"/>
        <source>Today, {day}</source>
        <translation>Today, {day}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="199"/>
        <source>No appointments in this period. Ctrl+N books one; Left and Right go to the previous or next period.</source>
        <translation>No appointments in this period. Ctrl+N books one; Left and Right go to the previous or next period.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="289"/>
        <source>Write the session note of {name}</source>
        <translation>Write the session note of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="311"/>
        <source>Cancel the appointment</source>
        <translation>Cancel the appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="312"/>
        <source>Why is it cancelled?</source>
        <translation>Why is it cancelled?</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="319"/>
        <source>Choose one client's appointment first.</source>
        <translation>Choose one client's appointment first.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="327"/>
        <source>Choose a staff member: the calendar file is for one person's own calendar.</source>
        <translation>Choose a staff member: the calendar file is for one person's own calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="333"/>
        <source>Save the calendar file</source>
        <translation>Save the calendar file</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="335"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="348"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="356"/>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="359"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="360"/>
        <source>Previous (Left)</source>
        <translation>Previous (Left)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="361"/>
        <source>Next (Right)</source>
        <translation>Next (Right)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="362"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="363"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="364"/>
        <source>Whole facility</source>
        <translation>Whole facility</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="365"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="369"/>
        <source>Move (Ctrl+M)</source>
        <translation>Move (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="369"/>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="370"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="370"/>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="371"/>
        <source>Cancel (Del)</source>
        <translation>Cancel (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="371"/>
        <source>Remind...</source>
        <translation>Remind...</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/calendar_page.py" line="372"/>
        <source>Calendar file</source>
        <translation>Calendar file</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="106"/>
        <source>Hand over a caseload</source>
        <translation>Hand over a caseload</translation>
    </message>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="108"/>
        <source>Every open episode whose counselor of record is {name} goes to the counselor chosen here. Each client's record shows the change and its reason.</source>
        <translation>Every open episode whose counselor of record is {name} goes to the counselor chosen here. Each client's record shows the change and its reason.</translation>
    </message>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="111"/>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="166"/>
        <source>Nobody completed a program in this period who does not have a certificate yet. Nothing was issued.</source>
        <translation>Nobody completed a program in this period who does not have a certificate yet. Nothing was issued.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="174"/>
        <source>Completion certificates</source>
        <translation>Completion certificates</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="175"/>
        <source>Certificates for everyone who completed a program</source>
        <translation>Certificates for everyone who completed a program</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="177"/>
        <source>Issues one certificate (landscape) for each client whose program ended as completed in the period (discharge date), unless they already have one. All are issued together, then shown for printing.</source>
        <translation>Issues one certificate (landscape) for each client whose program ended as completed in the period (discharge date), unless they already have one. All are issued together, then shown for printing.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="180"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="183"/>
        <source>&amp;Issue the certificates</source>
        <translation>&amp;Issue the certificates</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../ui/widgets/choice_field.py" line="72"/>
        <source>No choice matches “{typed}”</source>
        <translation>No choice matches “{typed}”</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli/audit_check.py" line="20"/>
        <source>There is no checkpoint file at {path}.</source>
        <translation>There is no checkpoint file at {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/audit_check.py" line="21"/>
        <source>Give a checkpoint kept elsewhere with --checkpoint FILE.</source>
        <translation>Give a checkpoint kept elsewhere with --checkpoint FILE.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="20"/>
        <source>Backup written and checked: {path} ({size:.1f} MB).</source>
        <translation>Backup written and checked: {path} ({size:.1f} MB).</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="21"/>
        <source>Old backups removed by rotation: {count}.</source>
        <translation>Old backups removed by rotation: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="22"/>
        <source>There is no backup file at {path}.</source>
        <translation>There is no backup file at {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="23"/>
        <source>Restored {backup} into {where}. The database in use before was kept as {safety}.</source>
        <translation>Restored {backup} into {where}. The database in use before was kept as {safety}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="25"/>
        <source>Restored {backup} into {where}.</source>
        <translation>Restored {backup} into {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="26"/>
        <source>  {side}: facility {code}, {people} people, {episodes} episodes, {documents} documents, newest entry {when}.</source>
        <translation>  {side}: facility {code}, {people} people, {episodes} episodes, {documents} documents, newest entry {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="29"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="30"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="31"/>
        <source>The database {where} is now encrypted with the new key; it was checked before it replaced the old file.</source>
        <translation>The database {where} is now encrypted with the new key; it was checked before it replaced the old file.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="34"/>
        <source>The old file was overwritten with zeros and removed (on a flash disk or SSD an overwrite cannot promise that no old block survives inside the device).</source>
        <translation>The old file was overwritten with zeros and removed (on a flash disk or SSD an overwrite cannot promise that no old block survives inside the device).</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="37"/>
        <source>The old file was kept as {path}, as asked: keep it safe or delete it.</source>
        <translation>The old file was kept as {path}, as asked: keep it safe or delete it.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/backup.py" line="39"/>
        <source>Backups made before stay as they were (plain or under the old key): make a new backup now, and keep the old ones safe or delete them.</source>
        <translation>Backups made before stay as they were (plain or under the old key): make a new backup now, and keep the old ones safe or delete them.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="20"/>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="21"/>
        <source>The command '{command}' is not part of this version of Pulih yet.</source>
        <translation>The command '{command}' is not part of this version of Pulih yet.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="23"/>
        <source>{path} already holds a database with data. A demo is only built into a new file; choose another file with --db.</source>
        <translation>{path} already holds a database with data. A demo is only built into a new file; choose another file with --db.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="28"/>
        <source>--encrypt makes a new encrypted SQLite file: give a new file with --db and its key with --db-key-file or PULIH_DB_KEY.</source>
        <translation>--encrypt makes a new encrypted SQLite file: give a new file with --db and its key with --db-key-file or PULIH_DB_KEY.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="31"/>
        <source>The computer refused to read or write a file: {detail}. Check free disk space and folder permissions, then try again.</source>
        <translation>The computer refused to read or write a file: {detail}. Check free disk space and folder permissions, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="34"/>
        <source>Something unexpected went wrong; nothing was saved half-way. The details are in {log}; please send that file to your Pulih support.</source>
        <translation>Something unexpected went wrong; nothing was saved half-way. The details are in {log}; please send that file to your Pulih support.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="79"/>
        <source>Database: {where} ({engine})</source>
        <translation>Database: {where} ({engine})</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="81"/>
        <source>Schema version: {found} (this program: {known})</source>
        <translation>Schema version: {found} (this program: {known})</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="84"/>
        <source>Integrity: kept by the PostgreSQL server (use its own tools, such as amcheck, to verify)</source>
        <translation>Integrity: kept by the PostgreSQL server (use its own tools, such as amcheck, to verify)</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="87"/>
        <source>Integrity: ok</source>
        <translation>Integrity: ok</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="89"/>
        <source>Integrity: DAMAGED: {detail}</source>
        <translation>Integrity: DAMAGED: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="91"/>
        <source>The schema will be upgraded the next time Pulih opens it.</source>
        <translation>The schema will be upgraded the next time Pulih opens it.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="92"/>
        <source>Rows per table:</source>
        <translation>Rows per table:</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="106"/>
        <source>--clients must be between 1 and 1000000.</source>
        <translation>--clients must be between 1 and 1000000.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="131"/>
        <source>Demo facility built in {seconds:.1f} s: {rows} rows in {where}.</source>
        <translation>Demo facility built in {seconds:.1f} s: {rows} rows in {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="136"/>
        <source>File size: {size:.0f} MB</source>
        <translation>File size: {size:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../ui/cli/commands.py" line="137"/>
        <source>Demo accounts (for this demo database only):</source>
        <translation>Demo accounts (for this demo database only):</translation>
    </message>
    <message>
        <location filename="../../ui/cli/documents.py" line="27"/>
        <source>The output file must end in .pdf: {path}</source>
        <translation>The output file must end in .pdf: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/cli/documents.py" line="28"/>
        <source>Saved {path}: copy (SALINAN) of {number}.</source>
        <translation>Saved {path}: copy (SALINAN) of {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/documents.py" line="29"/>
        <source>Saved {path}: copy of {number}, which was voided on {date} ({reason}).</source>
        <translation>Saved {path}: copy of {number}, which was voided on {date} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/cli/documents.py" line="31"/>
        <source>The date of birth must be written as YYYY-MM-DD, for example 1990-01-31: {value}</source>
        <translation>The date of birth must be written as YYYY-MM-DD, for example 1990-01-31: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/cli/documents.py" line="33"/>
        <source>{source} was not checked: {why}</source>
        <translation>{source} was not checked: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/cli/exchange.py" line="23"/>
        <source>Saved {path}: {period}, mapping {mapping}, {count} values.</source>
        <translation>Saved {path}: {period}, mapping {mapping}, {count} values.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/exchange.py" line="24"/>
        <source>Saved {path}: signed package of {period}.</source>
        <translation>Saved {path}: signed package of {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/exchange.py" line="25"/>
        <source>GENUINE: package of {facility} ({name}) for {period}, made {made}, definitions version {version}, mapping {mapping}, signed with key {key}.</source>
        <translation>GENUINE: package of {facility} ({name}) for {period}, made {made}, definitions version {version}, mapping {mapping}, signed with key {key}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/exchange.py" line="28"/>
        <source>NOT GENUINE: {why}</source>
        <translation>NOT GENUINE: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/cli/pg_roles.py" line="19"/>
        <source>pg-roles is for a PostgreSQL database: give it with --database-url (as a superuser or the owner role).</source>
        <translation>pg-roles is for a PostgreSQL database: give it with --database-url (as a superuser or the owner role).</translation>
    </message>
    <message>
        <location filename="../../ui/cli/pg_roles.py" line="21"/>
        <source>The database {database} now belongs to {owner}; the desks connect as {app}, which may read and write data but not change the schema, empty tables or alter the audit trail. Set its password (ALTER ROLE {app} PASSWORD ...) or use a pgpass file, and give the desks its address.</source>
        <translation>The database {database} now belongs to {owner}; the desks connect as {app}, which may read and write data but not change the schema, empty tables or alter the audit trail. Set its password (ALTER ROLE {app} PASSWORD ...) or use a pgpass file, and give the desks its address.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/pg_roles.py" line="26"/>
        <source>PostgreSQL refused the roles ({detail}); nothing was changed. Run pg-roles as a superuser (e.g. postgres) the first time, later as the owner role.</source>
        <translation>PostgreSQL refused the roles ({detail}); nothing was changed. Run pg-roles as a superuser (e.g. postgres) the first time, later as the owner role.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/pg_roles.py" line="29"/>
        <source>-- Run as a PostgreSQL superuser on database {database} (or add --apply):</source>
        <translation>-- Run as a PostgreSQL superuser on database {database} (or add --apply):</translation>
    </message>
    <message>
        <location filename="../../ui/cli/sign_in.py" line="19"/>
        <source>Give your user name with --user; the password is read from PULIH_PASSWORD or asked for.</source>
        <translation>Give your user name with --user; the password is read from PULIH_PASSWORD or asked for.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/sign_in.py" line="21"/>
        <source>No password: set the environment variable PULIH_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>No password: set the environment variable PULIH_PASSWORD, or run the command in a terminal to type it.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/sign_in.py" line="24"/>
        <source>Password for {user}: </source>
        <translation>Password for {user}: </translation>
    </message>
    <message>
        <location filename="../../ui/cli/tally.py" line="24"/>
        <source>Saved {path}: monthly report for {period}.</source>
        <translation>Saved {path}: monthly report for {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli/tally.py" line="25"/>
        <source>Saved {path}: {count} clients by name and address for {period}. The file holds personal data: keep it safe and send it only to the named recipient.</source>
        <translation>Saved {path}: {count} clients by name and address for {period}. The file holds personal data: keep it safe and send it only to the named recipient.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="26"/>
        <source>This database is at schema version {found}; its audit trail is chained from version {needed} on. Open it once with Pulih to upgrade it, then check again.</source>
        <translation>This database is at schema version {found}; its audit trail is chained from version {needed} on. Open it once with Pulih to upgrade it, then check again.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="29"/>
        <source>Compared with {count} signed checkpoint(s) kept outside the database; the newest is of {date}.</source>
        <translation>Compared with {count} signed checkpoint(s) kept outside the database; the newest is of {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/audit_check.py" line="31"/>
        <source>Warning: this connection's PostgreSQL role {role} may empty or rewrite the audit trail (a superuser or the tables' owner). Make the data-only role with "python main.py pg-roles" and connect the desks as it.</source>
        <translation>Warning: this connection's PostgreSQL role {role} may empty or rewrite the audit trail (a superuser or the tables' owner). Make the data-only role with "python main.py pg-roles" and connect the desks as it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/national_export.py" line="22"/>
        <source>The file name must end in .json or .csv (DHIS2), .xml (ADX) or .zip (signed package): {path}</source>
        <translation>The file name must end in .json or .csv (DHIS2), .xml (ADX) or .zip (signed package): {path}</translation>
    </message>
    <message>
        <location filename="../../ui/common/packages.py" line="17"/>
        <source>{path} cannot be read: {why}</source>
        <translation>{path} cannot be read: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/common/packages.py" line="19"/>
        <source>{path}: imported ({facility}, {period}).</source>
        <translation>{path}: imported ({facility}, {period}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/packages.py" line="20"/>
        <source>{path}: already imported, nothing changed ({facility}, {period}).</source>
        <translation>{path}: already imported, nothing changed ({facility}, {period}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/packages.py" line="22"/>
        <source>{path}: replaced the older package of {facility} for {period}.</source>
        <translation>{path}: replaced the older package of {facility} for {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/packages.py" line="25"/>
        <source>{path}: {why}</source>
        <translation>{path}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/common/tally_export.py" line="30"/>
        <source>The file name must end in .xlsx, .csv or .pdf (the format follows it): {path}</source>
        <translation>The file name must end in .xlsx, .csv or .pdf (the format follows it): {path}</translation>
    </message>
    <message>
        <location filename="../../ui/common/tally_export.py" line="32"/>
        <source>The BNBA list is exported as .xlsx or .csv.</source>
        <translation>The BNBA list is exported as .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="93"/>
        <source>No Pulih QR code was found in {source}.</source>
        <extracomment>verdict -&gt; (headline, colour); green only for a fully checked genuine paper mildest first: the worst verdict of a file with several seals wins kept in the command line's context, where it was first written and translated</extracomment>
        <translation>No Pulih QR code was found in {source}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verifier_page.py" line="18"/>
        <source>Saved the verifier page {path} ({size} bytes). Keys: {keys}; voided numbers: {voided}.</source>
        <translation>Saved the verifier page {path} ({size} bytes). Keys: {keys}; voided numbers: {voided}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verifier_page.py" line="20"/>
        <source>Publish it at the verification address ({address}) so phones that scan a paper open it.</source>
        <translation>Publish it at the verification address ({address}) so phones that scan a paper open it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verifier_page.py" line="22"/>
        <source>No verification address is set: papers' QR codes hold the seal as text. Publish this page and set its address under Admin &gt; Settings so a phone camera opens it.</source>
        <translation>No verification address is set: papers' QR codes hold the seal as text. Publish this page and set its address under Admin &gt; Settings so a phone camera opens it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verifier_page.py" line="25"/>
        <source>The page has no keys yet: it will answer UNKNOWN KEY until a paper has been issued here and the page written again.</source>
        <translation>The page has no keys yet: it will answer UNKNOWN KEY until a paper has been issued here and the page written again.</translation>
    </message>
</context>
<context>
    <name>ClientImportPanel</name>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="116"/>
        <source>Saved column mappings...</source>
        <translation>Saved column mappings...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="126"/>
        <source>Choose the client list</source>
        <translation>Choose the client list</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="127"/>
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>Spreadsheet (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="137"/>
        <source>The file cannot be read: {detail}</source>
        <translation>The file cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="152"/>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="168"/>
        <source>Save the column mapping</source>
        <translation>Save the column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="169"/>
        <source>Name (e.g. the old program's export):</source>
        <translation>Name (e.g. the old program's export):</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="219"/>
        <source>Checking every row...</source>
        <translation>Checking every row...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="236"/>
        <source>Dry run of {file} ({rows} rows): {create} would be created, {refused} refused, {duplicates} likely duplicates (created only when you tick them as different people). Nothing has been saved yet.</source>
        <translation>Dry run of {file} ({rows} rows): {create} would be created, {refused} refused, {duplicates} likely duplicates (created only when you tick them as different people). Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="255"/>
        <source>different person</source>
        <translation>different person</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="259"/>
        <source>row {row} of this file</source>
        <translation>row {row} of this file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="260"/>
        <source>on file: {who}</source>
        <translation>on file: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="279"/>
        <source>Import the client list</source>
        <translation>Import the client list</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="280"/>
        <source>Create {count} people from {file}? They are saved all at once (or none if anything fails) and recorded in the audit trail as one import.</source>
        <translation>Create {count} people from {file}? They are saved all at once (or none if anything fails) and recorded in the audit trail as one import.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="283"/>
        <location filename="../../ui/exchange/client_import_panel.py" line="319"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="283"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="289"/>
        <source>Saving the people...</source>
        <translation>Saving the people...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="292"/>
        <source>{count} people were imported from {file}.</source>
        <translation>{count} people were imported from {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="307"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="307"/>
        <source>Would be created</source>
        <translation>Would be created</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="308"/>
        <source>Likely duplicates</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="313"/>
        <source>Bring in the clients of an existing list (Excel .xlsx or .csv with commas or semicolons). Each row is checked as at the registration desk; the dry run shows what would happen before anything is saved.</source>
        <translation>Bring in the clients of an existing list (Excel .xlsx or .csv with commas or semicolons). Each row is checked as at the registration desk; the dry run shows what would happen before anything is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="316"/>
        <source>Choose file...</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="317"/>
        <source>Save column mapping...</source>
        <translation>Save column mapping...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="318"/>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="321"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="321"/>
        <location filename="../../ui/exchange/client_import_panel.py" line="323"/>
        <location filename="../../ui/exchange/client_import_panel.py" line="325"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="323"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="325"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="325"/>
        <source>Similar to</source>
        <translation>Similar to</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/client_import_panel.py" line="328"/>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/clients/list_model.py" line="25"/>
        <source>Reg. no.</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="27"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/clients/list_model.py" line="28"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
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
        <translation>No open episode matches this name.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="96"/>
        <source>Type a name and choose the client.</source>
        <translation>Type a name and choose the client.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="103"/>
        <source>Choose the client</source>
        <translation>Choose the client</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="104"/>
        <source>Type at least two letters of the name. Clients in screening, on the waiting list, in a program or in aftercare are listed.</source>
        <translation>Type at least two letters of the name. Clients in screening, on the waiting list, in a program or in aftercare are listed.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="107"/>
        <source>Tick every participant (Space).</source>
        <translation>Tick every participant (Space).</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="108"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="109"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/client_picker.py" line="110"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="139"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="141"/>
        <source>Admitted</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="142"/>
        <source>Discharged</source>
        <translation>Discharged</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="143"/>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="145"/>
        <source>Primary substance</source>
        <translation>Primary substance</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="147"/>
        <source>No episodes of care yet.</source>
        <translation>No episodes of care yet.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="160"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="161"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="162"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="164"/>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
</context>
<context>
    <name>ClinicalDialog</name>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="253"/>
        <source>This form has changes that are not saved yet.</source>
        <extracomment>what models.care.addenda calls this kind of record ("assessment" or "note"); "" for none whether the record has a draft state (a changed form can be kept as a draft)</extracomment>
        <translation>This form has changes that are not saved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="257"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="260"/>
        <source>Save as draft and close</source>
        <translation>Save as draft and close</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="263"/>
        <source>Discard the changes</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="311"/>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="312"/>
        <source>Keep what is filled so far (Ctrl+S)</source>
        <translation>Keep what is filled so far (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="313"/>
        <source>Si&amp;gn</source>
        <translation>Si&amp;gn</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="314"/>
        <source>Sign and lock (Ctrl+Enter)</source>
        <translation>Sign and lock (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="315"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="317"/>
        <source>Signing locks this record for good: later corrections are addenda that show who wrote them and when. Sign now?</source>
        <translation>Signing locks this record for good: later corrections are addenda that show who wrote them and when. Sign now?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="319"/>
        <source>Sign now</source>
        <translation>Sign now</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/form_dialog.py" line="320"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>ClinicalTabs</name>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="42"/>
        <location filename="../../ui/clinical/notes_tab.py" line="27"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="43"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="44"/>
        <location filename="../../ui/clinical/notes_tab.py" line="29"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="45"/>
        <source>Score</source>
        <translation>Score</translation>
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
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assessments_tab.py" line="48"/>
        <source>No assessments yet.</source>
        <translation>No assessments yet.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="28"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="30"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="32"/>
        <source>No session notes yet.</source>
        <translation>No session notes yet.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="30"/>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="31"/>
        <source>Specimen</source>
        <translation>Specimen</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="32"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="33"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="34"/>
        <source>No urine tests yet.</source>
        <translation>No urine tests yet.</translation>
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
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="42"/>
        <location filename="../../models/people/registry.py" line="33"/>
        <location filename="../../ui/admin/merge_dialog.py" line="182"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="43"/>
        <location filename="../../models/people/registry.py" line="35"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="43"/>
        <location filename="../../models/documents/rules.py" line="133"/>
        <location filename="../../models/people/registry.py" line="34"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="44"/>
        <location filename="../../models/admin/facility_admin.py" line="20"/>
        <location filename="../../models/documents/rules.py" line="135"/>
        <location filename="../../models/people/registry.py" line="45"/>
        <location filename="../../ui/admin/merge_dialog.py" line="185"/>
        <source>Address</source>
        <translation>Address</translation>
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
        <translation>Village (kelurahan/desa)</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="46"/>
        <location filename="../../models/people/registry.py" line="48"/>
        <source>District (kecamatan)</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="47"/>
        <location filename="../../models/admin/facility_admin.py" line="22"/>
        <location filename="../../models/care/aftercare.py" line="32"/>
        <location filename="../../models/people/duplicates.py" line="25"/>
        <location filename="../../models/people/registry.py" line="51"/>
        <location filename="../../ui/admin/merge_dialog.py" line="185"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="47"/>
        <location filename="../../models/people/registry.py" line="49"/>
        <source>Regency / city</source>
        <translation>Regency / city</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="48"/>
        <source>Medical record number</source>
        <translation>Medical record number</translation>
    </message>
    <message>
        <location filename="../../models/admin/encrypted_setup.py" line="18"/>
        <source>Database key</source>
        <translation>Database key</translation>
    </message>
    <message>
        <location filename="../../models/admin/encrypted_setup.py" line="19"/>
        <source>Database key again</source>
        <translation>Database key again</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="36"/>
        <source>New database key</source>
        <translation>New database key</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="37"/>
        <source>New database key again</source>
        <translation>New database key again</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="17"/>
        <source>Letterhead name lines</source>
        <translation>Letterhead name lines</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="18"/>
        <source>Facility code</source>
        <translation>Facility code</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="19"/>
        <source>Facility type</source>
        <translation>Facility type</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="21"/>
        <source>City for letter dates</source>
        <translation>City for letter dates</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="23"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="24"/>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="25"/>
        <source>Head of facility</source>
        <translation>Head of facility</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="26"/>
        <source>Head's position</source>
        <translation>Head's position</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="27"/>
        <source>Head's NIP</source>
        <translation>Head's NIP</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="28"/>
        <source>Program capacity</source>
        <translation>Program capacity</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="29"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="40"/>
        <source>Individual counselling</source>
        <translation>Individual counselling</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="41"/>
        <location filename="../../models/care/notes.py" line="34"/>
        <source>Group session</source>
        <translation>Group session</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="42"/>
        <source>Doctor visit</source>
        <translation>Doctor visit</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="43"/>
        <location filename="../../models/care/aftercare.py" line="34"/>
        <source>Urine test</source>
        <translation>Urine test</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="44"/>
        <location filename="../../models/care/addenda.py" line="26"/>
        <source>Aftercare contact</source>
        <translation>Aftercare contact</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="45"/>
        <location filename="../../models/care/urine.py" line="47"/>
        <source>SKHPN examination</source>
        <translation>SKHPN examination</translation>
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
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="49"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="50"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="51"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="52"/>
        <location filename="../../models/documents/skhpn.py" line="56"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="53"/>
        <source>Rescheduled</source>
        <translation>Rescheduled</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="68"/>
        <source>Kind of appointment</source>
        <translation>Kind of appointment</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="69"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="70"/>
        <source>Length (minutes)</source>
        <translation>Length (minutes)</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="71"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="72"/>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="73"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="74"/>
        <location filename="../../models/care/enrollment.py" line="32"/>
        <location filename="../../models/desk/audit_words.py" line="185"/>
        <location filename="../../models/documents/trust.py" line="43"/>
        <location filename="../../models/rumatan/dispense.py" line="33"/>
        <location filename="../../models/rumatan/stock.py" line="28"/>
        <source>Reason</source>
        <translation>Reason</translation>
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
        <translation>Printed slip only</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="53"/>
        <source>Reminder channel</source>
        <translation>Reminder channel</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="54"/>
        <source>Phone number for reminders</source>
        <translation>Phone number for reminders</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="55"/>
        <source>Date of consent to be contacted</source>
        <translation>Date of consent to be contacted</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="25"/>
        <location filename="../../models/care/urine.py" line="48"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="25"/>
        <source>Session note</source>
        <translation>Session note</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="27"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="28"/>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="31"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="33"/>
        <source>Group meeting</source>
        <translation>Group meeting</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="35"/>
        <source>Vocational training</source>
        <translation>Vocational training</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="79"/>
        <location filename="../../models/care/discharge.py" line="76"/>
        <source>Aftercare start date</source>
        <translation>Aftercare start date</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="80"/>
        <location filename="../../models/desk/audit_words.py" line="194"/>
        <source>Months between follow-ups</source>
        <translation>Months between follow-ups</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="81"/>
        <location filename="../../models/desk/audit_words.py" line="194"/>
        <source>Number of follow-ups</source>
        <translation>Number of follow-ups</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="82"/>
        <location filename="../../models/desk/audit_words.py" line="185"/>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="83"/>
        <source>Date of contact</source>
        <translation>Date of contact</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="84"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="85"/>
        <source>Date aftercare ended</source>
        <translation>Date aftercare ended</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="86"/>
        <location filename="../../models/care/discharge.py" line="69"/>
        <location filename="../../models/desk/audit_words.py" line="193"/>
        <source>Discharge date</source>
        <translation>Discharge date</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="39"/>
        <location filename="../../models/care/scoring.py" line="146"/>
        <location filename="../../ui/clinical/assessments_tab.py" line="128"/>
        <source>ASI-based assessment</source>
        <translation>ASI-based assessment</translation>
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
        <translation>Physical examination</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="43"/>
        <source>Integrated assessment (TAT)</source>
        <translation>Integrated assessment (TAT)</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="46"/>
        <source>Further assessment</source>
        <translation>Further assessment</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="47"/>
        <source>Psychological evaluation</source>
        <translation>Psychological evaluation</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="48"/>
        <source>Detoxification</source>
        <translation>Detoxification</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="49"/>
        <source>Motivational interviewing</source>
        <translation>Motivational interviewing</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="50"/>
        <source>Brief intervention</source>
        <translation>Brief intervention</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="51"/>
        <source>Maintenance therapy</source>
        <translation>Maintenance therapy</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="52"/>
        <source>Inpatient rehabilitation</source>
        <translation>Inpatient rehabilitation</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="53"/>
        <source>Counselling</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="56"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="56"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="115"/>
        <source>Kind of assessment</source>
        <translation>Kind of assessment</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="116"/>
        <source>Date of assessment</source>
        <translation>Date of assessment</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="117"/>
        <source>Treatment plan</source>
        <translation>Treatment plan</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="118"/>
        <source>Answers</source>
        <translation>Answers</translation>
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
        <translation>Date reported</translation>
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
        <translation>Alcohol</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="13"/>
        <source>Opioids</source>
        <translation>Opioids</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="14"/>
        <source>Cannabinoids</source>
        <translation>Cannabinoids</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="15"/>
        <source>Sedatives or hypnotics</source>
        <translation>Sedatives or hypnotics</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="16"/>
        <location filename="../../models/care/urine.py" line="35"/>
        <location filename="../../models/intake/episode.py" line="71"/>
        <location filename="../../ui/clinical/asi_grids.py" line="34"/>
        <source>Cocaine</source>
        <translation>Cocaine</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="17"/>
        <source>Other stimulants, including caffeine</source>
        <translation>Other stimulants, including caffeine</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="18"/>
        <location filename="../../models/intake/episode.py" line="72"/>
        <location filename="../../ui/clinical/asi_grids.py" line="37"/>
        <source>Hallucinogens</source>
        <translation>Hallucinogens</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="19"/>
        <source>Tobacco</source>
        <translation>Tobacco</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="20"/>
        <source>Volatile solvents</source>
        <translation>Volatile solvents</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="21"/>
        <source>Multiple drug use and other psychoactive substances</source>
        <translation>Multiple drug use and other psychoactive substances</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="24"/>
        <source>Acute intoxication</source>
        <translation>Acute intoxication</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="25"/>
        <source>Harmful use</source>
        <translation>Harmful use</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="26"/>
        <source>Dependence syndrome</source>
        <translation>Dependence syndrome</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="27"/>
        <source>Withdrawal state</source>
        <translation>Withdrawal state</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="28"/>
        <source>Withdrawal state with delirium</source>
        <translation>Withdrawal state with delirium</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="29"/>
        <source>Psychotic disorder</source>
        <translation>Psychotic disorder</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="30"/>
        <source>Amnesic syndrome</source>
        <translation>Amnesic syndrome</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="31"/>
        <source>Residual and late-onset psychotic disorder</source>
        <translation>Residual and late-onset psychotic disorder</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="32"/>
        <source>Other mental and behavioural disorders</source>
        <translation>Other mental and behavioural disorders</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="33"/>
        <source>Unspecified mental and behavioural disorder</source>
        <translation>Unspecified mental and behavioural disorder</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="37"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="38"/>
        <source>Left against advice / dropped out</source>
        <translation>Left against advice / dropped out</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="39"/>
        <source>Absconded</source>
        <translation>Absconded</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="40"/>
        <source>Terminated by the facility (rule breach)</source>
        <translation>Terminated by the facility (rule breach)</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="41"/>
        <source>Referred / transferred</source>
        <translation>Referred / transferred</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="42"/>
        <source>Arrested or imprisoned</source>
        <translation>Arrested or imprisoned</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="43"/>
        <source>Died</source>
        <translation>Died</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="70"/>
        <source>Reason for discharge</source>
        <translation>Reason for discharge</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="71"/>
        <location filename="../../models/documents/letters.py" line="42"/>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="72"/>
        <location filename="../../models/care/enrollment.py" line="31"/>
        <location filename="../../models/care/episode_diagnosis.py" line="48"/>
        <location filename="../../models/care/notes.py" line="72"/>
        <location filename="../../models/care/urine.py" line="121"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="73"/>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="74"/>
        <location filename="../../models/care/enrollment.py" line="34"/>
        <location filename="../../models/intake/admission.py" line="43"/>
        <location filename="../../models/intake/intake.py" line="46"/>
        <source>Admission date</source>
        <translation>Admission date</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="75"/>
        <source>the last phase move</source>
        <translation>the last phase move</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="87"/>
        <source>Reason the program counts as completed early</source>
        <translation>Reason the program counts as completed early</translation>
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
        <translation>Program start date</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="30"/>
        <source>Date of the move</source>
        <translation>Date of the move</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="35"/>
        <source>the previous phase move</source>
        <translation>the previous phase move</translation>
    </message>
    <message>
        <location filename="../../models/care/episode_diagnosis.py" line="47"/>
        <source>Date of diagnosis</source>
        <translation>Date of diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="33"/>
        <source>Individual session</source>
        <translation>Individual session</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="69"/>
        <source>Kind of session</source>
        <translation>Kind of session</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="70"/>
        <source>Session date</source>
        <translation>Session date</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="71"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="73"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="75"/>
        <location filename="../../models/care/roster.py" line="22"/>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="76"/>
        <source>Participant's entry</source>
        <translation>Participant's entry</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="26"/>
        <source>Blood pressure (mmHg)</source>
        <translation>Blood pressure (mmHg)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="27"/>
        <source>Pulse (per minute)</source>
        <translation>Pulse (per minute)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="28"/>
        <source>Respiration (per minute)</source>
        <translation>Respiration (per minute)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="29"/>
        <source>Temperature (°C)</source>
        <translation>Temperature (°C)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="30"/>
        <source>Body weight (kg)</source>
        <translation>Body weight (kg)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="31"/>
        <source>Height (cm)</source>
        <translation>Height (cm)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="32"/>
        <source>Overall finding</source>
        <translation>Overall finding</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="34"/>
        <source>General condition</source>
        <translation>General condition</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="35"/>
        <source>Head and neck</source>
        <translation>Head and neck</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="36"/>
        <source>Heart and lungs</source>
        <translation>Heart and lungs</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="37"/>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="38"/>
        <source>Extremities</source>
        <translation>Extremities</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="39"/>
        <source>Skin (injection marks, scars)</source>
        <translation>Skin (injection marks, scars)</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="40"/>
        <source>Neurological</source>
        <translation>Neurological</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="42"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="43"/>
        <source>Abnormal</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <location filename="../../models/care/program.py" line="24"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../models/care/program.py" line="25"/>
        <source>Back after relapse</source>
        <translation>Back after relapse</translation>
    </message>
    <message>
        <location filename="../../models/care/program.py" line="26"/>
        <source>Skip (with a reason)</source>
        <translation>Skip (with a reason)</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="25"/>
        <source>Phase name</source>
        <translation>Phase name</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="26"/>
        <source>Target duration (days)</source>
        <translation>Target duration (days)</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="27"/>
        <source>Required before leaving</source>
        <translation>Required before leaving</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="28"/>
        <location filename="../../models/desk/audit_words.py" line="197"/>
        <source>From phase</source>
        <translation>From phase</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="29"/>
        <location filename="../../models/desk/audit_words.py" line="198"/>
        <source>To phase</source>
        <translation>To phase</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="30"/>
        <source>Kind of move</source>
        <translation>Kind of move</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="44"/>
        <source>a. Tobacco products</source>
        <translation>a. Tobacco products</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="45"/>
        <source>b. Alcoholic beverages</source>
        <translation>b. Alcoholic beverages</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="46"/>
        <source>c. Cannabis</source>
        <translation>c. Cannabis</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="47"/>
        <source>d. Cocaine</source>
        <translation>d. Cocaine</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="48"/>
        <source>e. Amphetamine-type stimulants</source>
        <translation>e. Amphetamine-type stimulants</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="49"/>
        <source>f. Inhalants</source>
        <translation>f. Inhalants</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="50"/>
        <source>g. Sedatives or sleeping pills</source>
        <translation>g. Sedatives or sleeping pills</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="51"/>
        <source>h. Hallucinogens</source>
        <translation>h. Hallucinogens</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="52"/>
        <source>i. Opioids</source>
        <translation>i. Opioids</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="53"/>
        <source>j. Other</source>
        <translation>j. Other</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="56"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="57"/>
        <source>Once or twice</source>
        <translation>Once or twice</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="58"/>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="59"/>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="60"/>
        <source>Daily or almost daily</source>
        <translation>Daily or almost daily</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="63"/>
        <source>No, never</source>
        <translation>No, never</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="64"/>
        <source>Yes, in the last 3 months</source>
        <translation>Yes, in the last 3 months</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="65"/>
        <source>Yes, but not in the last 3 months</source>
        <translation>Yes, but not in the last 3 months</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="77"/>
        <source>ASSIST Q2 (use in the last 3 months)</source>
        <translation>ASSIST Q2 (use in the last 3 months)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="78"/>
        <source>ASSIST Q3 (strong desire or urge)</source>
        <translation>ASSIST Q3 (strong desire or urge)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="79"/>
        <source>ASSIST Q4 (health, social, legal or money problems)</source>
        <translation>ASSIST Q4 (health, social, legal or money problems)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="80"/>
        <source>ASSIST Q5 (failed to do what was expected)</source>
        <translation>ASSIST Q5 (failed to do what was expected)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="81"/>
        <source>ASSIST Q6 (someone expressed concern)</source>
        <translation>ASSIST Q6 (someone expressed concern)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="82"/>
        <source>ASSIST Q7 (tried and failed to cut down)</source>
        <translation>ASSIST Q7 (tried and failed to cut down)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="83"/>
        <source>ASSIST Q8 (injecting)</source>
        <translation>ASSIST Q8 (injecting)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="88"/>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="89"/>
        <source>Moderate risk</source>
        <translation>Moderate risk</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="90"/>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="97"/>
        <source>DAST-10 item 1 (drugs other than for medical reasons)</source>
        <translation>DAST-10 item 1 (drugs other than for medical reasons)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="98"/>
        <source>DAST-10 item 2 (more than one drug at a time)</source>
        <translation>DAST-10 item 2 (more than one drug at a time)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="99"/>
        <source>DAST-10 item 3 (always able to stop)</source>
        <translation>DAST-10 item 3 (always able to stop)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="100"/>
        <source>DAST-10 item 4 (blackouts or flashbacks)</source>
        <translation>DAST-10 item 4 (blackouts or flashbacks)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="101"/>
        <source>DAST-10 item 5 (feel bad or guilty)</source>
        <translation>DAST-10 item 5 (feel bad or guilty)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="102"/>
        <source>DAST-10 item 6 (spouse or parents complain)</source>
        <translation>DAST-10 item 6 (spouse or parents complain)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="103"/>
        <source>DAST-10 item 7 (neglected family)</source>
        <translation>DAST-10 item 7 (neglected family)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="104"/>
        <source>DAST-10 item 8 (illegal activities to get drugs)</source>
        <translation>DAST-10 item 8 (illegal activities to get drugs)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="105"/>
        <source>DAST-10 item 9 (withdrawal symptoms)</source>
        <translation>DAST-10 item 9 (withdrawal symptoms)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="106"/>
        <source>DAST-10 item 10 (medical problems from use)</source>
        <translation>DAST-10 item 10 (medical problems from use)</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="111"/>
        <source>No problems reported</source>
        <translation>No problems reported</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="112"/>
        <source>Low level</source>
        <translation>Low level</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="113"/>
        <source>Moderate level</source>
        <translation>Moderate level</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="114"/>
        <source>Substantial level</source>
        <translation>Substantial level</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="115"/>
        <source>Severe level</source>
        <translation>Severe level</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="117"/>
        <location filename="../../ui/program/yes_no.py" line="12"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="117"/>
        <location filename="../../ui/program/yes_no.py" line="11"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="122"/>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="123"/>
        <location filename="../../ui/clinical/asi_sections.py" line="107"/>
        <source>Employment / support</source>
        <translation>Employment / support</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="124"/>
        <location filename="../../ui/clinical/asi_sections.py" line="118"/>
        <source>Drug use</source>
        <translation>Drug use</translation>
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
        <translation>Family / social</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="127"/>
        <source>Psychiatric</source>
        <translation>Psychiatric</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="129"/>
        <source>Interviewer severity rating</source>
        <translation>Interviewer severity rating</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="130"/>
        <source>Client's rating of trouble</source>
        <translation>Client's rating of trouble</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="131"/>
        <source>Client's rating of need for help</source>
        <translation>Client's rating of need for help</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="32"/>
        <source>Amphetamine</source>
        <translation>Amphetamine</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="33"/>
        <source>Methamphetamine</source>
        <translation>Methamphetamine</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="34"/>
        <location filename="../../ui/clinical/asi_grids.py" line="36"/>
        <source>Cannabis</source>
        <translation>Cannabis</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="36"/>
        <source>Morphine / opiates</source>
        <translation>Morphine / opiates</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="37"/>
        <source>Benzodiazepines</source>
        <translation>Benzodiazepines</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="40"/>
        <location filename="../../models/care/urine.py" line="60"/>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="41"/>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="42"/>
        <location filename="../../models/care/urine.py" line="61"/>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="45"/>
        <source>During a program</source>
        <translation>During a program</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="46"/>
        <location filename="../../models/intake/episode.py" line="28"/>
        <location filename="../../ui/program/discharge_dialog.py" line="41"/>
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="51"/>
        <source>Laboratory confirmation</source>
        <translation>Laboratory confirmation</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="52"/>
        <source>Client's own admission of use</source>
        <translation>Client's own admission of use</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="55"/>
        <source>Confirmed positive</source>
        <translation>Confirmed positive</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="56"/>
        <source>Not confirmed (negative)</source>
        <translation>Not confirmed (negative)</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="62"/>
        <source>Positive screen: awaiting confirmation</source>
        <translation>Positive screen: awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="63"/>
        <source>Positive, confirmed</source>
        <translation>Positive, confirmed</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="64"/>
        <source>Positive screen, not confirmed by the laboratory</source>
        <translation>Positive screen, not confirmed by the laboratory</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="115"/>
        <source>Specimen code</source>
        <translation>Specimen code</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="116"/>
        <source>Collected at</source>
        <translation>Collected at</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="117"/>
        <source>Test kit</source>
        <translation>Test kit</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="118"/>
        <source>Lot number</source>
        <translation>Lot number</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="119"/>
        <source>Purpose of the test</source>
        <translation>Purpose of the test</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="120"/>
        <location filename="../../models/desk/audit_words.py" line="189"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="123"/>
        <location filename="../../models/desk/audit_words.py" line="189"/>
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="124"/>
        <source>Laboratory</source>
        <translation>Laboratory</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="125"/>
        <location filename="../../models/desk/audit_words.py" line="190"/>
        <source>Date of confirmation</source>
        <translation>Date of confirmation</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="126"/>
        <source>Confirmation result</source>
        <translation>Confirmation result</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="43"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="43"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="19"/>
        <source>ended the aftercare</source>
        <translation>ended the aftercare</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="20"/>
        <source>recorded an aftercare contact</source>
        <translation>recorded an aftercare contact</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="21"/>
        <source>recorded a relapse: abstinence counts again</source>
        <translation>recorded a relapse: abstinence counts again</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="22"/>
        <source>started the aftercare</source>
        <translation>started the aftercare</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="23"/>
        <source>read the aftercare plan</source>
        <translation>read the aftercare plan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="24"/>
        <source>booked an appointment</source>
        <translation>booked an appointment</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="25"/>
        <source>searched the clients to book for</source>
        <translation>searched the clients to book for</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="26"/>
        <source>read the participants of a session</source>
        <translation>read the participants of a session</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="27"/>
        <source>exported an appointment to a calendar</source>
        <translation>exported an appointment to a calendar</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="28"/>
        <source>marked the day's missed appointments</source>
        <translation>marked the day's missed appointments</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="29"/>
        <source>wrote a note on an appointment</source>
        <translation>wrote a note on an appointment</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="30"/>
        <source>sent an appointment reminder</source>
        <translation>sent an appointment reminder</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="31"/>
        <source>printed an appointment slip</source>
        <translation>printed an appointment slip</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="32"/>
        <source>scheduled an appointment again</source>
        <translation>scheduled an appointment again</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="33"/>
        <source>marked an appointment attended</source>
        <translation>marked an appointment attended</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="34"/>
        <source>marked an appointment missed</source>
        <translation>marked an appointment missed</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="35"/>
        <source>cancelled an appointment</source>
        <translation>cancelled an appointment</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="36"/>
        <source>moved an appointment</source>
        <translation>moved an appointment</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="37"/>
        <source>put on a session's list</source>
        <translation>put on a session's list</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="38"/>
        <source>marked present at a session</source>
        <translation>marked present at a session</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="39"/>
        <source>marked absent from a session</source>
        <translation>marked absent from a session</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="40"/>
        <source>took off a session's list</source>
        <translation>took off a session's list</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="41"/>
        <source>moved to another session</source>
        <translation>moved to another session</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="42"/>
        <source>added an addendum to an assessment</source>
        <translation>added an addendum to an assessment</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="43"/>
        <source>wrote an assessment</source>
        <translation>wrote an assessment</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="44"/>
        <source>listed the assessments</source>
        <translation>listed the assessments</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="45"/>
        <source>signed an assessment</source>
        <translation>signed an assessment</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="46"/>
        <source>changed an assessment</source>
        <translation>changed an assessment</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="47"/>
        <source>read an assessment</source>
        <translation>read an assessment</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="48"/>
        <source>made a backup</source>
        <translation>made a backup</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="49"/>
        <source>restored a backup</source>
        <translation>restored a backup</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="50"/>
        <source>exported the by-name list (BNBA)</source>
        <translation>exported the by-name list (BNBA)</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="51"/>
        <source>exported in a by-name list</source>
        <translation>exported in a by-name list</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="52"/>
        <source>imported a client list</source>
        <translation>imported a client list</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="53"/>
        <source>saved the columns of a client list import</source>
        <translation>saved the columns of a client list import</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="54"/>
        <source>recorded a consent</source>
        <translation>recorded a consent</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="55"/>
        <source>added an addendum to an aftercare contact</source>
        <translation>added an addendum to an aftercare contact</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="56"/>
        <source>added a family contact</source>
        <translation>added a family contact</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="57"/>
        <source>set the guardian</source>
        <translation>set the guardian</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="58"/>
        <source>recorded the consent to be contacted</source>
        <translation>recorded the consent to be contacted</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="59"/>
        <source>withdrew the consent to be contacted</source>
        <translation>withdrew the consent to be contacted</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="60"/>
        <source>changed the database key</source>
        <translation>changed the database key</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="61"/>
        <source>gave a diagnosis</source>
        <translation>gave a diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="62"/>
        <source>listed the diagnoses</source>
        <translation>listed the diagnoses</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="63"/>
        <source>made a diagnosis the primary one</source>
        <translation>made a diagnosis the primary one</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="64"/>
        <source>withdrew a diagnosis</source>
        <translation>withdrew a diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="65"/>
        <source>corrected a discharge</source>
        <translation>corrected a discharge</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="66"/>
        <source>read a discharge</source>
        <translation>read a discharge</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="67"/>
        <source>issued a document</source>
        <translation>issued a document</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="68"/>
        <source>issued a document again</source>
        <translation>issued a document again</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="69"/>
        <source>printed a copy of a document</source>
        <translation>printed a copy of a document</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="70"/>
        <source>looked at a document</source>
        <translation>looked at a document</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="71"/>
        <source>voided a document</source>
        <translation>voided a document</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="72"/>
        <source>started a program</source>
        <translation>started a program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="73"/>
        <source>read the program</source>
        <translation>read the program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="74"/>
        <source>admitted to a program</source>
        <translation>admitted to a program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="75"/>
        <source>set the counselor of record</source>
        <translation>set the counselor of record</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="76"/>
        <source>registered an episode</source>
        <translation>registered an episode</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="77"/>
        <source>discharged</source>
        <translation>discharged</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="78"/>
        <source>closed the episode: the client did not continue</source>
        <translation>closed the episode: the client did not continue</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="79"/>
        <source>put on the waiting list</source>
        <translation>put on the waiting list</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="80"/>
        <source>took off the waiting list</source>
        <translation>took off the waiting list</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="81"/>
        <source>replaced an imported facility package</source>
        <translation>replaced an imported facility package</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="82"/>
        <source>loaded a mapping for the national systems</source>
        <translation>loaded a mapping for the national systems</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="83"/>
        <source>made a package for the national systems</source>
        <translation>made a package for the national systems</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="84"/>
        <source>set up the facility</source>
        <translation>set up the facility</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="85"/>
        <source>changed the facility profile</source>
        <translation>changed the facility profile</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="86"/>
        <source>cleared a flag</source>
        <translation>cleared a flag</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="87"/>
        <source>put a flag on the record</source>
        <translation>put a flag on the record</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="88"/>
        <source>added an addendum to a session note</source>
        <translation>added an addendum to a session note</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="89"/>
        <source>wrote a session note</source>
        <translation>wrote a session note</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="90"/>
        <source>wrote a participant's entry of a group session</source>
        <translation>wrote a participant's entry of a group session</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="91"/>
        <source>listed the session notes</source>
        <translation>listed the session notes</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="92"/>
        <source>searched the session notes</source>
        <translation>searched the session notes</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="93"/>
        <source>signed a session note</source>
        <translation>signed a session note</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="94"/>
        <source>changed a session note</source>
        <translation>changed a session note</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="95"/>
        <source>read a session note</source>
        <translation>read a session note</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="96"/>
        <source>changed a number format</source>
        <translation>changed a number format</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="97"/>
        <source>read this list</source>
        <translation>read this list</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="98"/>
        <source>registered the person</source>
        <translation>registered the person</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="99"/>
        <source>merged a duplicate record</source>
        <translation>merged a duplicate record</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="100"/>
        <source>undid a merge</source>
        <translation>undid a merge</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="101"/>
        <source>confirmed this is not the person of a similar record</source>
        <translation>confirmed this is not the person of a similar record</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="102"/>
        <source>became a client: new registration number</source>
        <translation>became a client: new registration number</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="103"/>
        <source>was refused the restricted record</source>
        <translation>was refused the restricted record</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="104"/>
        <source>changed the identity</source>
        <translation>changed the identity</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="105"/>
        <source>opened the record</source>
        <translation>opened the record</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="106"/>
        <source>moved to another phase</source>
        <translation>moved to another phase</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="107"/>
        <source>undid a phase move</source>
        <translation>undid a phase move</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="108"/>
        <source>took a photo</source>
        <translation>took a photo</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="109"/>
        <source>looked at the photo</source>
        <translation>looked at the photo</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="110"/>
        <source>listed the clients of a program</source>
        <translation>listed the clients of a program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="111"/>
        <source>recorded the client as away (hospital, detained, out of town)</source>
        <translation>recorded the client as away (hospital, detained, out of town)</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="112"/>
        <source>read the dose chart</source>
        <translation>read the dose chart</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="113"/>
        <source>gave a dose</source>
        <translation>gave a dose</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="114"/>
        <source>split a dose</source>
        <translation>split a dose</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="115"/>
        <source>ordered a dose</source>
        <translation>ordered a dose</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="116"/>
        <source>gave a replacement dose</source>
        <translation>gave a replacement dose</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="117"/>
        <source>reviewed the client after missed doses</source>
        <translation>reviewed the client after missed doses</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="118"/>
        <source>printed a dosing sheet</source>
        <translation>printed a dosing sheet</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="119"/>
        <source>counted the stock</source>
        <translation>counted the stock</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="120"/>
        <source>recorded stock received</source>
        <translation>recorded stock received</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="121"/>
        <source>recorded wasted stock</source>
        <translation>recorded wasted stock</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="122"/>
        <source>stopped the maintenance therapy</source>
        <translation>stopped the maintenance therapy</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="123"/>
        <source>read the maintenance therapy summary</source>
        <translation>read the maintenance therapy summary</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="124"/>
        <source>exported the maintenance therapy summary</source>
        <translation>exported the maintenance therapy summary</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="125"/>
        <source>recorded take-home doses returned</source>
        <translation>recorded take-home doses returned</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="126"/>
        <source>recorded a vomited dose</source>
        <translation>recorded a vomited dose</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="127"/>
        <source>opened the dosing window</source>
        <translation>opened the dosing window</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="128"/>
        <source>changed a setting</source>
        <translation>changed a setting</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="129"/>
        <source>made a signing key</source>
        <translation>made a signing key</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="130"/>
        <source>exported the public keys</source>
        <translation>exported the public keys</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="131"/>
        <source>retired a signing key</source>
        <translation>retired a signing key</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="132"/>
        <source>revoked a signing key</source>
        <translation>revoked a signing key</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="133"/>
        <source>imported another facility's keys</source>
        <translation>imported another facility's keys</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="134"/>
        <source>cancelled an SKHPN application</source>
        <translation>cancelled an SKHPN application</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="135"/>
        <source>examined for an SKHPN</source>
        <translation>examined for an SKHPN</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="136"/>
        <source>took an SKHPN application</source>
        <translation>took an SKHPN application</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="137"/>
        <source>changed whether a staff account is active</source>
        <translation>changed whether a staff account is active</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="138"/>
        <source>deactivated a staff account</source>
        <translation>deactivated a staff account</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="139"/>
        <source>changed their own password</source>
        <translation>changed their own password</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="140"/>
        <source>was refused a password change</source>
        <translation>was refused a password change</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="141"/>
        <source>corrected a staff member's details</source>
        <translation>corrected a staff member's details</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="142"/>
        <source>created a staff account</source>
        <translation>created a staff account</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="143"/>
        <source>created the first administrator</source>
        <translation>created the first administrator</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="144"/>
        <source>set a new password for a staff member</source>
        <translation>set a new password for a staff member</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="145"/>
        <source>changed a staff member's rights</source>
        <translation>changed a staff member's rights</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="146"/>
        <source>changed a staff member's role</source>
        <translation>changed a staff member's role</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="147"/>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="148"/>
        <source>failed to sign in</source>
        <translation>failed to sign in</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="149"/>
        <source>unlocked a staff account</source>
        <translation>unlocked a staff account</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="150"/>
        <source>closed a month</source>
        <translation>closed a month</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="151"/>
        <source>closed a month after its checks</source>
        <translation>closed a month after its checks</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="152"/>
        <source>exported the monthly report</source>
        <translation>exported the monthly report</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="153"/>
        <source>reopened a closed month</source>
        <translation>reopened a closed month</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="154"/>
        <source>set an annual target</source>
        <translation>set an annual target</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="155"/>
        <source>changed whether a program is offered</source>
        <translation>changed whether a program is offered</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="156"/>
        <source>added a phase move to a program</source>
        <translation>added a phase move to a program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="157"/>
        <source>removed a phase move from a program</source>
        <translation>removed a phase move from a program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="158"/>
        <source>changed a program phase</source>
        <translation>changed a program phase</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="159"/>
        <source>changed a program's session series</source>
        <translation>changed a program's session series</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="160"/>
        <source>recorded the confirmation of a urine test</source>
        <translation>recorded the confirmation of a urine test</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="161"/>
        <source>recorded a urine test</source>
        <translation>recorded a urine test</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="162"/>
        <source>listed the urine tests</source>
        <translation>listed the urine tests</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="163"/>
        <source>read a urine test</source>
        <translation>read a urine test</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="164"/>
        <source>wrote the verifier page</source>
        <translation>wrote the verifier page</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="165"/>
        <source>admitted ahead of the waiting list</source>
        <translation>admitted ahead of the waiting list</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="167"/>
        <source>recorded an event</source>
        <translation>recorded an event</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="171"/>
        <source>client record</source>
        <translation>client record</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="171"/>
        <source>episode</source>
        <translation>episode</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="172"/>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="172"/>
        <source>urine test</source>
        <translation>urine test</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="173"/>
        <source>aftercare plan</source>
        <translation>aftercare plan</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="173"/>
        <source>session note</source>
        <translation>session note</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="174"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="174"/>
        <source>staff account</source>
        <translation>staff account</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="175"/>
        <source>facility profile</source>
        <translation>facility profile</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="175"/>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="176"/>
        <source>monthly report</source>
        <translation>monthly report</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="176"/>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="177"/>
        <source>appointment</source>
        <translation>appointment</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="177"/>
        <source>program template</source>
        <translation>program template</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="178"/>
        <source>discharge</source>
        <translation>discharge</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="178"/>
        <source>signing key</source>
        <translation>signing key</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="180"/>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="184"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="184"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="184"/>
        <location filename="../../models/intake/intake.py" line="44"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="186"/>
        <source>Positive parameter</source>
        <translation>Positive parameter</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="186"/>
        <location filename="../../ui/program/aftercare_tab.py" line="39"/>
        <source>Relapse</source>
        <translation>Relapse</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="187"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="187"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="187"/>
        <source>Small counts hidden</source>
        <translation>Small counts hidden</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="188"/>
        <source>Fields changed</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="188"/>
        <source>Number of lines</source>
        <translation>Number of lines</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="190"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="191"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="191"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="192"/>
        <source>Abstinent since</source>
        <translation>Abstinent since</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="192"/>
        <location filename="../../models/desk/audit_words.py" line="196"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="193"/>
        <source>Date of use</source>
        <translation>Date of use</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="195"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="195"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="195"/>
        <location filename="../../models/safety/accounts.py" line="32"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="196"/>
        <source>Compulsory reporting (wajib lapor)</source>
        <translation>Compulsory reporting (wajib lapor)</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="197"/>
        <source>TEDS code</source>
        <translation>TEDS code</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="198"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="199"/>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="199"/>
        <source>NIK check overridden</source>
        <translation>NIK check overridden</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="201"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../models/desk/audit_words.py" line="201"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../models/desk/client_list.py" line="31"/>
        <source>No episode</source>
        <translation>No episode</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="14"/>
        <source>SKHPN (narcotics test result)</source>
        <translation>SKHPN (narcotics test result)</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="15"/>
        <source>Kartu Lapor Diri</source>
        <translation>Kartu Lapor Diri</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="16"/>
        <source>Certificate of rehabilitation in progress</source>
        <translation>Certificate of rehabilitation in progress</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="17"/>
        <source>Certificate of completed rehabilitation</source>
        <translation>Certificate of completed rehabilitation</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="18"/>
        <source>Completion certificate (landscape)</source>
        <translation>Completion certificate (landscape)</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="19"/>
        <source>Referral letter</source>
        <translation>Referral letter</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="20"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="21"/>
        <source>Assessment summary</source>
        <translation>Assessment summary</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="22"/>
        <source>Receipt (kuitansi) of a paid fee</source>
        <translation>Receipt (kuitansi) of a paid fee</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="25"/>
        <source>Not indicated to be using narcotics</source>
        <translation>Not indicated to be using narcotics</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="26"/>
        <source>Indicated to be using narcotics</source>
        <translation>Indicated to be using narcotics</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="29"/>
        <source>Job application</source>
        <translation>Job application</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="30"/>
        <source>School / university</source>
        <translation>School / university</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="31"/>
        <source>Candidacy (election, civil service, police, military)</source>
        <translation>Candidacy (election, civil service, police, military)</translation>
    </message>
    <message>
        <location filename="../../models/documents/document.py" line="32"/>
        <source>Licence (driving, firearms)</source>
        <translation>Licence (driving, firearms)</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="34"/>
        <source>Reason for voiding</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="35"/>
        <location filename="../../models/people/registry.py" line="37"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="41"/>
        <source>Purpose of the letter</source>
        <translation>Purpose of the letter</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="43"/>
        <source>Address of the receiving facility</source>
        <translation>Address of the receiving facility</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="44"/>
        <source>Reason for referral</source>
        <translation>Reason for referral</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="45"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="46"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../models/documents/numbering.py" line="31"/>
        <source>Number template</source>
        <translation>Number template</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="32"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="32"/>
        <source>Webcam</source>
        <translation>Webcam</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="38"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="26"/>
        <source>Reason for a new original</source>
        <translation>Reason for a new original</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="134"/>
        <location filename="../../models/people/registry.py" line="44"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="54"/>
        <source>Waiting for the examination</source>
        <translation>Waiting for the examination</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="55"/>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="58"/>
        <source>Purpose of the certificate</source>
        <translation>Purpose of the certificate</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="59"/>
        <source>Purpose (details)</source>
        <translation>Purpose (details)</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="60"/>
        <source>SKTM number (fee waived)</source>
        <translation>SKTM number (fee waived)</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="61"/>
        <source>Physical examination finding</source>
        <translation>Physical examination finding</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="62"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="67"/>
        <source>place of birth</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="68"/>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="69"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="70"/>
        <source>identity number (NIK or passport)</source>
        <translation>identity number (NIK or passport)</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn_rule.py" line="40"/>
        <source>Clinical reason for a conclusion that differs from the results</source>
        <translation>Clinical reason for a conclusion that differs from the results</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="42"/>
        <source>Date from which the key is no longer trusted</source>
        <translation>Date from which the key is no longer trusted</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="15"/>
        <source>IPWL puskesmas</source>
        <translation>IPWL puskesmas</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="16"/>
        <source>IPWL hospital</source>
        <translation>IPWL hospital</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="17"/>
        <source>IPWL clinic</source>
        <translation>IPWL clinic</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="18"/>
        <source>BNN clinic (Klinik Pratama)</source>
        <translation>BNN clinic (Klinik Pratama)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="19"/>
        <source>BNN rehabilitation centre</source>
        <translation>BNN rehabilitation centre</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="20"/>
        <source>Kemensos centre</source>
        <translation>Kemensos centre</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="21"/>
        <source>Community rehabilitation (LRKM/LKS)</source>
        <translation>Community rehabilitation (LRKM/LKS)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="22"/>
        <source>Prison program (lapas/rutan)</source>
        <translation>Prison program (lapas/rutan)</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="38"/>
        <source>Reason for admitting ahead of the waiting list</source>
        <translation>Reason for admitting ahead of the waiting list</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="39"/>
        <source>Counselor of record</source>
        <translation>Counselor of record</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="40"/>
        <location filename="../../models/rumatan/orders.py" line="31"/>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="41"/>
        <source>Date closed</source>
        <translation>Date closed</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="42"/>
        <source>Reason the client did not continue</source>
        <translation>Reason the client did not continue</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="25"/>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="26"/>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="27"/>
        <source>In program</source>
        <translation>In program</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="29"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="32"/>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="33"/>
        <source>Parent / guardian</source>
        <translation>Parent / guardian</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="34"/>
        <source>Spouse / family</source>
        <translation>Spouse / family</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="38"/>
        <source>Voluntary</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="39"/>
        <location filename="../../ui/clinical/asi_sections.py" line="81"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="40"/>
        <source>Police / investigator via TAT</source>
        <translation>Police / investigator via TAT</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="41"/>
        <source>Prosecutor / court order</source>
        <translation>Prosecutor / court order</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="42"/>
        <source>Prison (lapas/rutan)</source>
        <translation>Prison (lapas/rutan)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="43"/>
        <source>Hospital / puskesmas</source>
        <translation>Hospital / puskesmas</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="44"/>
        <source>Another rehabilitation institution</source>
        <translation>Another rehabilitation institution</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="45"/>
        <source>School / campus</source>
        <translation>School / campus</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="46"/>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="50"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="51"/>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="52"/>
        <source>Defendant</source>
        <translation>Defendant</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="53"/>
        <source>Sentenced inmate (WBP)</source>
        <translation>Sentenced inmate (WBP)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="56"/>
        <source>Outpatient (rawat jalan)</source>
        <translation>Outpatient (rawat jalan)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="57"/>
        <source>Inpatient (rawat inap)</source>
        <translation>Inpatient (rawat inap)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="58"/>
        <source>Maintenance (rumatan)</source>
        <translation>Maintenance (rumatan)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="59"/>
        <source>Social rehabilitation</source>
        <translation>Social rehabilitation</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="62"/>
        <source>Methamphetamine (sabu)</source>
        <translation>Methamphetamine (sabu)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="63"/>
        <source>Cannabis (ganja)</source>
        <translation>Cannabis (ganja)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="64"/>
        <source>Synthetic cannabinoids (tembakau sintetis)</source>
        <translation>Synthetic cannabinoids (tembakau sintetis)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="65"/>
        <source>Ecstasy (MDMA)</source>
        <translation>Ecstasy (MDMA)</translation>
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
        <translation>Other opioids</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="68"/>
        <source>Benzodiazepines / sedatives</source>
        <translation>Benzodiazepines / sedatives</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="70"/>
        <source>Inhalants (lem)</source>
        <translation>Inhalants (lem)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="73"/>
        <source>Tramadol</source>
        <translation>Tramadol</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="74"/>
        <source>Dextromethorphan</source>
        <translation>Dextromethorphan</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="75"/>
        <source>Trihexyphenidyl</source>
        <translation>Trihexyphenidyl</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="76"/>
        <source>PCC</source>
        <translation>PCC</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="80"/>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="81"/>
        <source>Nasal / sublingual</source>
        <translation>Nasal / sublingual</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="82"/>
        <source>Smoked / inhaled</source>
        <translation>Smoked / inhaled</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="83"/>
        <source>Injected, not IV</source>
        <translation>Injected, not IV</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="84"/>
        <source>Intravenous</source>
        <translation>Intravenous</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="87"/>
        <source>Experimental (coba-coba)</source>
        <translation>Experimental (coba-coba)</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="88"/>
        <source>Recreational</source>
        <translation>Recreational</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="89"/>
        <source>Situational</source>
        <translation>Situational</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="90"/>
        <source>Habitual</source>
        <translation>Habitual</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="91"/>
        <source>Compulsive</source>
        <translation>Compulsive</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="94"/>
        <location filename="../../ui/intake/episode_form.py" line="30"/>
        <source>General consent</source>
        <translation>General consent</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="95"/>
        <source>Consent to disclose</source>
        <translation>Consent to disclose</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="27"/>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="28"/>
        <source>Reporter's name</source>
        <translation>Reporter's name</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="29"/>
        <source>Referral route</source>
        <translation>Referral route</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="30"/>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="31"/>
        <location filename="../../ui/clinical/asi_sections.py" line="126"/>
        <source>Legal status</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="32"/>
        <source>Court / letter numbers</source>
        <translation>Court / letter numbers</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="33"/>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="34"/>
        <source>Service type</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="35"/>
        <location filename="../../ui/clinical/asi_grids.py" line="101"/>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="36"/>
        <location filename="../../ui/clinical/asi_grids.py" line="43"/>
        <source>Route of use</source>
        <translation>Route of use</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="37"/>
        <source>Use pattern</source>
        <translation>Use pattern</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="38"/>
        <location filename="../../ui/clinical/asi_grids.py" line="42"/>
        <source>Days used in the last 30</source>
        <translation>Days used in the last 30</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="39"/>
        <source>Years of use</source>
        <translation>Years of use</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="40"/>
        <source>Age at first use</source>
        <translation>Age at first use</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="41"/>
        <source>Overdoses</source>
        <translation>Overdoses</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="42"/>
        <location filename="../../models/people/guardians.py" line="21"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="43"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="45"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="48"/>
        <location filename="../../ui/intake/episode_form.py" line="31"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="49"/>
        <source>Date withdrawn</source>
        <translation>Date withdrawn</translation>
    </message>
    <message>
        <location filename="../../models/people/duplicates.py" line="42"/>
        <source>same NIK</source>
        <translation>same NIK</translation>
    </message>
    <message>
        <location filename="../../models/people/duplicates.py" line="43"/>
        <source>similar name, same date of birth</source>
        <translation>similar name, same date of birth</translation>
    </message>
    <message>
        <location filename="../../models/people/duplicates.py" line="44"/>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="32"/>
        <source>Clinical alert</source>
        <translation>Clinical alert</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="33"/>
        <source>Legal alert</source>
        <translation>Legal alert</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="34"/>
        <source>Administrative alert</source>
        <translation>Administrative alert</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="35"/>
        <source>Restricted record</source>
        <translation>Restricted record</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="40"/>
        <source>Kind of flag</source>
        <translation>Kind of flag</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="41"/>
        <source>What the flag says</source>
        <translation>What the flag says</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="42"/>
        <source>Why the flag is cleared</source>
        <translation>Why the flag is cleared</translation>
    </message>
    <message>
        <location filename="../../models/people/guardians.py" line="22"/>
        <source>Guardian's relation</source>
        <translation>Guardian's relation</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="24"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="24"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="26"/>
        <source>NIK (KTP / KK)</source>
        <translation>NIK (KTP / KK)</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="27"/>
        <source>Passport</source>
        <translation>Passport</translation>
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
        <translation>No identity document</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="33"/>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="34"/>
        <source>Protestant Christian</source>
        <translation>Protestant Christian</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="35"/>
        <source>Catholic</source>
        <translation>Catholic</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="36"/>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="37"/>
        <source>Buddhist</source>
        <translation>Buddhist</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="38"/>
        <source>Confucian</source>
        <translation>Confucian</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="39"/>
        <source>Belief in God Almighty (kepercayaan)</source>
        <translation>Belief in God Almighty (kepercayaan)</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="40"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="43"/>
        <source>Not married</source>
        <translation>Not married</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="44"/>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="45"/>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="46"/>
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="49"/>
        <source>No schooling</source>
        <translation>No schooling</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="50"/>
        <source>Primary school (SD)</source>
        <translation>Primary school (SD)</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="51"/>
        <source>Junior high (SMP/SLTP)</source>
        <translation>Junior high (SMP/SLTP)</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="52"/>
        <source>Senior high (SMA/SLTA)</source>
        <translation>Senior high (SMA/SLTA)</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="53"/>
        <source>Diploma / academy</source>
        <translation>Diploma / academy</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="54"/>
        <source>University</source>
        <translation>University</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="58"/>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="59"/>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="60"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="61"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="62"/>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../models/people/person.py" line="63"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="32"/>
        <location filename="../../ui/admin/merge_dialog.py" line="182"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="36"/>
        <location filename="../../ui/admin/merge_dialog.py" line="184"/>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="39"/>
        <source>Reason for no identity document</source>
        <translation>Reason for no identity document</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="40"/>
        <source>Family card number (KK)</source>
        <translation>Family card number (KK)</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="41"/>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="42"/>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="43"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="50"/>
        <location filename="../../ui/admin/facility_panel.py" line="29"/>
        <location filename="../../ui/auth/setup_dialog.py" line="62"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="52"/>
        <source>Blood type</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="53"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="54"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="55"/>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="30"/>
        <source>Dose (mg)</source>
        <translation>Dose (mg)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="31"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="32"/>
        <source>Take-home doses</source>
        <translation>Take-home doses</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="34"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="24"/>
        <location filename="../../models/rumatan/stock.py" line="47"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="25"/>
        <source>Daily dose (mg)</source>
        <translation>Daily dose (mg)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="26"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="27"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="28"/>
        <source>Take-home days allowed</source>
        <translation>Take-home days allowed</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="29"/>
        <source>QT-prolonging co-medication</source>
        <translation>QT-prolonging co-medication</translation>
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
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="32"/>
        <source>Where the client is</source>
        <translation>Where the client is</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="33"/>
        <location filename="../../ui/admin/audit_panel.py" line="39"/>
        <location filename="../../ui/documents/register_dialogs.py" line="23"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="34"/>
        <location filename="../../ui/admin/audit_panel.py" line="40"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="128"/>
        <source>Reason for stopping</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="141"/>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="142"/>
        <source>Review note</source>
        <translation>Review note</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="24"/>
        <source>Batch number</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="25"/>
        <source>Strength (mg per ml or per tablet)</source>
        <translation>Strength (mg per ml or per tablet)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="26"/>
        <source>Amount (mg)</source>
        <translation>Amount (mg)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="27"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="29"/>
        <source>Counted (mg)</source>
        <translation>Counted (mg)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="41"/>
        <source>Methadone oral solution</source>
        <translation>Methadone oral solution</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="42"/>
        <source>Buprenorphine tablets</source>
        <translation>Buprenorphine tablets</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="45"/>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="45"/>
        <source>tablets</source>
        <translation>tablets</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="50"/>
        <source>Observed dose</source>
        <translation>Observed dose</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="51"/>
        <location filename="../../models/rumatan/window.py" line="38"/>
        <source>Take-home dose</source>
        <translation>Take-home dose</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="52"/>
        <source>Second part of a split dose</source>
        <translation>Second part of a split dose</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="53"/>
        <source>Replacement of a vomited dose</source>
        <translation>Replacement of a vomited dose</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="60"/>
        <source>In hospital</source>
        <translation>In hospital</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="61"/>
        <source>Detained</source>
        <translation>Detained</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="62"/>
        <source>Away (out of town)</source>
        <translation>Away (out of town)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="67"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="68"/>
        <source>Dispensed</source>
        <translation>Dispensed</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="69"/>
        <source>Wasted</source>
        <translation>Wasted</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/tables.py" line="70"/>
        <source>Adjusted at a count</source>
        <translation>Adjusted at a count</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="36"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="37"/>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="39"/>
        <source>Waits for the doctor's review</source>
        <translation>Waits for the doctor's review</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="40"/>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="42"/>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="43"/>
        <source>QT-prolonging co-medication: {what}</source>
        <translation>QT-prolonging co-medication: {what}</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="44"/>
        <source>Clinical alert: {what}</source>
        <translation>Clinical alert: {what}</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/window.py" line="45"/>
        <source>Has take-home doses until {day}</source>
        <translation>Has take-home doses until {day}</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="29"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="31"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="33"/>
        <source>Position</source>
        <translation>Position</translation>
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
        <translation>SIP (doctor's licence)</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="39"/>
        <source>identity data</source>
        <translation>identity data</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="40"/>
        <source>intake and episode data</source>
        <translation>intake and episode data</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="41"/>
        <source>program, discharge and aftercare</source>
        <translation>program, discharge and aftercare</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="42"/>
        <source>assessments and diagnoses</source>
        <translation>assessments and diagnoses</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="43"/>
        <source>session notes</source>
        <translation>session notes</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="44"/>
        <source>urine tests and examinations</source>
        <translation>urine tests and examinations</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="45"/>
        <source>letters and certificates</source>
        <translation>letters and certificates</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="46"/>
        <source>reports and tallies</source>
        <translation>reports and tallies</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="47"/>
        <source>administration</source>
        <translation>administration</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="48"/>
        <source>restricted records</source>
        <translation>restricted records</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="49"/>
        <source>rumatan doses and medicine stock</source>
        <translation>rumatan doses and medicine stock</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="72"/>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="73"/>
        <source>enter</source>
        <translation>enter</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="74"/>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="14"/>
        <source>Facility admin</source>
        <translation>Facility admin</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="15"/>
        <source>Intake desk</source>
        <translation>Intake desk</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="16"/>
        <source>Counselor</source>
        <translation>Counselor</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="17"/>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="18"/>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location filename="../../models/staff/staff.py" line="19"/>
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="51"/>
        <source>not a code (letters, digits, _ - ., at most 50, not starting with a digit)</source>
        <translation>not a code (letters, digits, _ - ., at most 50, not starting with a digit)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="52"/>
        <source>larger than 1 MB</source>
        <translation>larger than 1 MB</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="53"/>
        <source>not JSON text</source>
        <translation>not JSON text</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="54"/>
        <source>the format is not pulih-exchange-mapping/1</source>
        <translation>the format is not pulih-exchange-mapping/1</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="55"/>
        <source>the version is missing or not a short name (letters, digits, _ - .)</source>
        <translation>the version is missing or not a short name (letters, digits, _ - .)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="56"/>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="57"/>
        <source>no indicators</source>
        <translation>no indicators</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="58"/>
        <source>an indicator Pulih does not have</source>
        <translation>an indicator Pulih does not have</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="59"/>
        <source>a field the format does not have</source>
        <translation>a field the format does not have</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="60"/>
        <source>the indicator has no breakdown</source>
        <translation>the indicator has no breakdown</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="61"/>
        <source>a code already used for another number</source>
        <translation>a code already used for another number</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="91"/>
        <source>Not recorded</source>
        <extracomment>The fingerprint of the definitions of each version (see :func:`definitions_fingerprint`). Version 2 (issue 17): episodes closed without admission ("tidak melanjutkan") and the waiting list by service type (places are counted per service type); appointments attended and missed by kind (issue 13). A month closed under version 1 keeps its numbers; its stored tally simply has no value for the new indicators. Version 2 also splits the positive urine screens by their confirmation (a screen is presumptive until a laboratory or the client's admission confirms it) and counts the doctor's own physical examinations. How periods, episodes, dates and ages are counted; shown with the definitions.</extracomment>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="95"/>
        <source>Confirmed by a laboratory</source>
        <translation>Confirmed by a laboratory</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="96"/>
        <source>Confirmed by the client's admission</source>
        <translation>Confirmed by the client's admission</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="97"/>
        <source>Not confirmed by the laboratory</source>
        <translation>Not confirmed by the laboratory</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="98"/>
        <source>Awaiting confirmation</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../models/tallies/targets.py" line="14"/>
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../models/tallies/targets.py" line="15"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../models/tallies/targets.py" line="16"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="38"/>
        <source>Person (reg. no. or NIK)</source>
        <translation>Person (reg. no. or NIK)</translation>
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
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="16"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="17"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="26"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="26"/>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="34"/>
        <source>Urine screen</source>
        <translation>Urine screen</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="35"/>
        <source>Severity ratings</source>
        <translation>Severity ratings</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="36"/>
        <source>Diagnosis and plan</source>
        <translation>Diagnosis and plan</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_form.py" line="37"/>
        <source>The rapid test read during the assessment. Record the full test, with specimen code and kit, on the Urine tests tab.</source>
        <translation>The rapid test read during the assessment. Record the full test, with specimen code and kit, on the Urine tests tab.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="30"/>
        <source>Methadone / buprenorphine</source>
        <translation>Methadone / buprenorphine</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="31"/>
        <source>Other opioids / analgesics</source>
        <translation>Other opioids / analgesics</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="32"/>
        <source>Barbiturates</source>
        <translation>Barbiturates</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="33"/>
        <source>Sedatives / hypnotics / tranquillisers</source>
        <translation>Sedatives / hypnotics / tranquillisers</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="35"/>
        <source>Amphetamines (including methamphetamine)</source>
        <translation>Amphetamines (including methamphetamine)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="38"/>
        <source>Inhalants</source>
        <translation>Inhalants</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="39"/>
        <source>More than one substance a day</source>
        <translation>More than one substance a day</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="41"/>
        <source>Use per substance</source>
        <translation>Use per substance</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="42"/>
        <source>Years of use in life</source>
        <translation>Years of use in life</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="205"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="212"/>
        <source>0 - not at all</source>
        <translation>0 - not at all</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="213"/>
        <source>1 - slightly</source>
        <translation>1 - slightly</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="214"/>
        <source>2 - moderately</source>
        <translation>2 - moderately</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="215"/>
        <source>3 - considerably</source>
        <translation>3 - considerably</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="216"/>
        <source>4 - extremely</source>
        <translation>4 - extremely</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="218"/>
        <source>Interviewer severity: 0-1 no real problem, treatment not needed; 2-3 slight problem; 4-5 moderate problem, some treatment indicated; 6-7 considerable problem, treatment needed; 8-9 extreme problem, treatment absolutely necessary. The client rates how troubled they have been and how important treatment is to them, 0-4.</source>
        <translation>Interviewer severity: 0-1 no real problem, treatment not needed; 2-3 slight problem; 4-5 moderate problem, some treatment indicated; 6-7 considerable problem, treatment needed; 8-9 extreme problem, treatment absolutely necessary. The client rates how troubled they have been and how important treatment is to them, 0-4.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="273"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_plan.py" line="15"/>
        <source>Other plan, details</source>
        <translation>Other plan, details</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_plan.py" line="16"/>
        <source>Summary and recommendation</source>
        <translation>Summary and recommendation</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_plan.py" line="17"/>
        <source>- no diagnosis yet -</source>
        <translation>- no diagnosis yet -</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_plan.py" line="18"/>
        <source>- fourth character -</source>
        <translation>- fourth character -</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="54"/>
        <source>With partner and children</source>
        <translation>With partner and children</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="55"/>
        <source>With partner alone</source>
        <translation>With partner alone</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="56"/>
        <source>With children alone</source>
        <translation>With children alone</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="57"/>
        <source>With parents</source>
        <translation>With parents</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="58"/>
        <source>With other family</source>
        <translation>With other family</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="59"/>
        <source>With friends</source>
        <translation>With friends</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="60"/>
        <location filename="../../ui/clinical/asi_sections.py" line="83"/>
        <source>Alone</source>
        <translation>Alone</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="61"/>
        <source>Controlled environment</source>
        <translation>Controlled environment</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="62"/>
        <source>No stable arrangement</source>
        <translation>No stable arrangement</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="65"/>
        <source>Never tested</source>
        <translation>Never tested</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="66"/>
        <source>Tested, negative</source>
        <translation>Tested, negative</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="67"/>
        <source>Tested, positive</source>
        <translation>Tested, positive</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="68"/>
        <source>Tested, result not known</source>
        <translation>Tested, result not known</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="71"/>
        <source>Full time</source>
        <translation>Full time</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="72"/>
        <source>Part time</source>
        <translation>Part time</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="73"/>
        <source>Irregular / day labour</source>
        <translation>Irregular / day labour</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="74"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="75"/>
        <source>Homemaker</source>
        <translation>Homemaker</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="76"/>
        <source>Retired or disabled</source>
        <translation>Retired or disabled</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="77"/>
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="78"/>
        <source>In a controlled environment</source>
        <translation>In a controlled environment</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="82"/>
        <source>Friends</source>
        <translation>Friends</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="88"/>
        <source>Demographics</source>
        <translation>Demographics</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="89"/>
        <source>Kind of interview</source>
        <translation>Kind of interview</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="90"/>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="90"/>
        <source>Face to face</source>
        <translation>Face to face</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="91"/>
        <source>Usual living arrangement (last 3 years)</source>
        <translation>Usual living arrangement (last 3 years)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="92"/>
        <source>Lives with someone who uses alcohol or drugs</source>
        <translation>Lives with someone who uses alcohol or drugs</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="93"/>
        <source>Days in a controlled environment in the last 30 (prison, hospital, rehabilitation)</source>
        <translation>Days in a controlled environment in the last 30 (prison, hospital, rehabilitation)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="97"/>
        <source>Medical status</source>
        <translation>Medical status</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="98"/>
        <source>Times hospitalised for medical problems in life</source>
        <translation>Times hospitalised for medical problems in life</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="100"/>
        <source>Chronic medical problem that interferes with daily life</source>
        <translation>Chronic medical problem that interferes with daily life</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="101"/>
        <source>Takes prescribed medication for a physical problem</source>
        <translation>Takes prescribed medication for a physical problem</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="102"/>
        <source>HIV test</source>
        <translation>HIV test</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="103"/>
        <source>Hepatitis C test</source>
        <translation>Hepatitis C test</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="104"/>
        <source>Days with medical problems in the last 30</source>
        <translation>Days with medical problems in the last 30</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="108"/>
        <source>Years of schooling completed</source>
        <translation>Years of schooling completed</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="109"/>
        <source>Has a trade or skill</source>
        <translation>Has a trade or skill</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="110"/>
        <source>Usual employment pattern (last 3 years)</source>
        <translation>Usual employment pattern (last 3 years)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="112"/>
        <source>Days paid for working in the last 30</source>
        <translation>Days paid for working in the last 30</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="113"/>
        <source>Income from work in the last 30 days (Rp)</source>
        <translation>Income from work in the last 30 days (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="114"/>
        <source>Someone contributes to the client's support</source>
        <translation>Someone contributes to the client's support</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="115"/>
        <source>Days with employment problems in the last 30</source>
        <translation>Days with employment problems in the last 30</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="119"/>
        <source>Overdoses in life</source>
        <translation>Overdoses in life</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="120"/>
        <source>Times treated for alcohol or drug use in life</source>
        <translation>Times treated for alcohol or drug use in life</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="121"/>
        <source>Money spent on alcohol and drugs in the last 30 days (Rp)</source>
        <translation>Money spent on alcohol and drugs in the last 30 days (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="123"/>
        <source>Days with alcohol or drug problems in the last 30</source>
        <translation>Days with alcohol or drug problems in the last 30</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="127"/>
        <source>Admission prompted by the police, prosecutor or court</source>
        <translation>Admission prompted by the police, prosecutor or court</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="129"/>
        <source>On probation or parole</source>
        <translation>On probation or parole</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="130"/>
        <source>Times charged with drug offences in life</source>
        <translation>Times charged with drug offences in life</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="131"/>
        <source>Times charged with other offences in life</source>
        <translation>Times charged with other offences in life</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="132"/>
        <source>Times convicted in life</source>
        <translation>Times convicted in life</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="133"/>
        <source>Months in prison or detention in life</source>
        <translation>Months in prison or detention in life</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="134"/>
        <source>Awaiting charges, trial or sentence now</source>
        <translation>Awaiting charges, trial or sentence now</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="135"/>
        <source>Days of illegal activity for profit in the last 30</source>
        <translation>Days of illegal activity for profit in the last 30</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="139"/>
        <source>Spends most free time with</source>
        <translation>Spends most free time with</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="140"/>
        <source>Has a close friend</source>
        <translation>Has a close friend</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="141"/>
        <source>Family members with alcohol or drug problems</source>
        <translation>Family members with alcohol or drug problems</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="142"/>
        <source>Ever abused emotionally, physically or sexually</source>
        <translation>Ever abused emotionally, physically or sexually</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="144"/>
        <source>Days of serious conflict with family in the last 30</source>
        <translation>Days of serious conflict with family in the last 30</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="146"/>
        <source>Days of serious conflict with other people in the last 30</source>
        <translation>Days of serious conflict with other people in the last 30</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="149"/>
        <source>Psychiatric status</source>
        <translation>Psychiatric status</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="150"/>
        <source>Times treated for psychological or emotional problems in life</source>
        <translation>Times treated for psychological or emotional problems in life</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="152"/>
        <source>Serious depression in the last 30 days</source>
        <translation>Serious depression in the last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="153"/>
        <source>Serious anxiety or tension in the last 30 days</source>
        <translation>Serious anxiety or tension in the last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="154"/>
        <source>Hallucinations in the last 30 days</source>
        <translation>Hallucinations in the last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="155"/>
        <source>Trouble understanding, concentrating or remembering in the last 30 days</source>
        <translation>Trouble understanding, concentrating or remembering in the last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="157"/>
        <source>Trouble controlling violent behaviour in the last 30 days</source>
        <translation>Trouble controlling violent behaviour in the last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="159"/>
        <source>Serious thoughts of suicide in the last 30 days</source>
        <translation>Serious thoughts of suicide in the last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="161"/>
        <source>Attempted suicide in the last 30 days</source>
        <translation>Attempted suicide in the last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="162"/>
        <source>Prescribed medication for a psychological problem in the last 30 days</source>
        <translation>Prescribed medication for a psychological problem in the last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_sections.py" line="164"/>
        <source>Days with psychological or emotional problems in the last 30</source>
        <translation>Days with psychological or emotional problems in the last 30</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="19"/>
        <source>1. Have you used drugs other than those required for medical reasons?</source>
        <translation>1. Have you used drugs other than those required for medical reasons?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="20"/>
        <source>2. Do you use more than one drug at a time?</source>
        <translation>2. Do you use more than one drug at a time?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="21"/>
        <source>3. Are you always able to stop using drugs when you want to?</source>
        <translation>3. Are you always able to stop using drugs when you want to?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="22"/>
        <source>4. Have you had blackouts or flashbacks as a result of drug use?</source>
        <translation>4. Have you had blackouts or flashbacks as a result of drug use?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="23"/>
        <source>5. Do you ever feel bad or guilty about your drug use?</source>
        <translation>5. Do you ever feel bad or guilty about your drug use?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="24"/>
        <source>6. Does your spouse (or parents) ever complain about your involvement with drugs?</source>
        <translation>6. Does your spouse (or parents) ever complain about your involvement with drugs?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="26"/>
        <source>7. Have you neglected your family because of your use of drugs?</source>
        <translation>7. Have you neglected your family because of your use of drugs?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="27"/>
        <source>8. Have you engaged in illegal activities in order to obtain drugs?</source>
        <translation>8. Have you engaged in illegal activities in order to obtain drugs?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="28"/>
        <source>9. Have you ever experienced withdrawal symptoms (felt sick) when you stopped taking drugs?</source>
        <translation>9. Have you ever experienced withdrawal symptoms (felt sick) when you stopped taking drugs?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="30"/>
        <source>10. Have you had medical problems as a result of your drug use (for example memory loss, hepatitis, convulsions, bleeding)?</source>
        <translation>10. Have you had medical problems as a result of your drug use (for example memory loss, hepatitis, convulsions, bleeding)?</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="33"/>
        <source>These questions are about the last 12 months, and about drugs other than alcohol and tobacco. Item 3 scores a point on “No”; every other item on “Yes”.</source>
        <translation>These questions are about the last 12 months, and about drugs other than alcohol and tobacco. Item 3 scores a point on “No”; every other item on “Yes”.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/episode_choice.py" line="17"/>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/episode_choice.py" line="18"/>
        <source>No episode (examination only)</source>
        <translation>No episode (examination only)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="30"/>
        <location filename="../../ui/documents/skhpn_exam.py" line="45"/>
        <source>Supervised collection</source>
        <translation>Supervised collection</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="31"/>
        <source>Examiner</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="32"/>
        <source>Collected under supervision</source>
        <translation>Collected under supervision</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="24"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="33"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="34"/>
        <source>Valid and voided</source>
        <translation>Valid and voided</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="35"/>
        <source>Valid only</source>
        <translation>Valid only</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="36"/>
        <source>Voided only</source>
        <translation>Voided only</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="31"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="43"/>
        <source>Blood pressure</source>
        <translation>Blood pressure</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="44"/>
        <source>Pulse</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="31"/>
        <source>QR code text</source>
        <translation>QR code text</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="32"/>
        <source>Holder's name (as on the identity card)</source>
        <translation>Holder's name (as on the identity card)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="33"/>
        <source>Holder's date of birth (as on the identity card)</source>
        <translation>Holder's date of birth (as on the identity card)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="25"/>
        <source>Government program</source>
        <translation>Government program</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="26"/>
        <source>Self-paying</source>
        <translation>Self-paying</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="29"/>
        <source>Wajib lapor</source>
        <translation>Wajib lapor</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="32"/>
        <source>Admit now</source>
        <translation>Admit now</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="114"/>
        <source>Reporter's phone</source>
        <translation>Reporter's phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="189"/>
        <source>Treated before</source>
        <translation>Treated before</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="24"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="36"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="37"/>
        <source>In school</source>
        <translation>In school</translation>
    </message>
    <message>
        <location filename="../../ui/program/aftercare_tab.py" line="38"/>
        <source>Back with the family</source>
        <translation>Back with the family</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="38"/>
        <source>Recovered</source>
        <extracomment>The TEDS discharge codes and what each means (TEDS-D "reason for discharge").</extracomment>
        <translation>Recovered</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="39"/>
        <source>Skilled</source>
        <translation>Skilled</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="40"/>
        <source>Independent</source>
        <translation>Independent</translation>
    </message>
    <message>
        <location filename="../../ui/program/yes_no.py" line="10"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
</context>
<context>
    <name>ConclusionBox</name>
    <message>
        <location filename="../../ui/documents/conclusion_box.py" line="129"/>
        <source>The proposal appears when the DAST-10 and the urine panel are complete.</source>
        <translation>The proposal appears when the DAST-10 and the urine panel are complete.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/conclusion_box.py" line="132"/>
        <source>The results propose: {conclusion} ({why}).</source>
        <translation>The results propose: {conclusion} ({why}).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/conclusion_box.py" line="141"/>
        <source>I confirm a conclusion that differs from the results</source>
        <translation>I confirm a conclusion that differs from the results</translation>
    </message>
    <message>
        <location filename="../../ui/documents/conclusion_box.py" line="143"/>
        <source>Clinical reason, e.g. BZO positive: diazepam on a prescription that was shown</source>
        <translation>Clinical reason, e.g. BZO positive: diazepam on a prescription that was shown</translation>
    </message>
    <message>
        <location filename="../../ui/documents/conclusion_box.py" line="145"/>
        <source>This conclusion differs from what the results propose. It needs your confirmation and a clinical reason, printed on the certificate.</source>
        <translation>This conclusion differs from what the results propose. It needs your confirmation and a clinical reason, printed on the certificate.</translation>
    </message>
</context>
<context>
    <name>ConfirmationFlag</name>
    <message>
        <location filename="../../ui/clinical/urine_panel.py" line="39"/>
        <source>Positive: needs lab confirmation</source>
        <translation>Positive: needs lab confirmation</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="354"/>
        <source>The client is under 18: a parent or guardian signs the consent. The reporting parent or guardian is added to the family contacts as guardian.</source>
        <translation>The client is under 18: a parent or guardian signs the consent. The reporting parent or guardian is added to the family contacts as guardian.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="373"/>
        <source>The general consent form has been signed</source>
        <translation>The general consent form has been signed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="374"/>
        <source>Admit to the program today</source>
        <translation>Admit to the program today</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="376"/>
        <source>The admission date is the first day of service. When every place in the program is taken, the person joins the waiting list instead.</source>
        <translation>The admission date is the first day of service. When every place in the program is taken, the person joins the waiting list instead.</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="73"/>
        <source>Your role may not add family contacts; ask the intake desk.</source>
        <translation>Your role may not add family contacts; ask the intake desk.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="85"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="105"/>
        <source>Add the contact (Enter)</source>
        <translation>Add the contact (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="108"/>
        <source>Parent or legal guardian of a minor</source>
        <translation>Parent or legal guardian of a minor</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="109"/>
        <source>&amp;Add contact</source>
        <translation>&amp;Add contact</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="111"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="111"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="111"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/clients/contacts_tab.py" line="112"/>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
</context>
<context>
    <name>CounselorDialogs</name>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="18"/>
        <source>Choose a counselor.</source>
        <translation>Choose a counselor.</translation>
    </message>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="19"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DastDialog</name>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="71"/>
        <source>Total {total} of 10: {band}</source>
        <extracomment>The questions as asked (about the last 12 months); the short item names are models'.</extracomment>
        <translation>Total {total} of 10: {band}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/dast_form.py" line="75"/>
        <source>Answered {done} of 10.</source>
        <translation>Answered {done} of 10.</translation>
    </message>
</context>
<context>
    <name>DastWidget</name>
    <message>
        <location filename="../../ui/documents/dast_widget.py" line="84"/>
        <source>Total {total} of 10: {band}</source>
        <translation>Total {total} of 10: {band}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dast_widget.py" line="88"/>
        <source>Answered {done} of 10.</source>
        <translation>Answered {done} of 10.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="57"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../ui/home/day_panel.py" line="47"/>
        <source>contact made</source>
        <translation>contact made</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="48"/>
        <source>not contacted yet</source>
        <translation>not contacted yet</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="49"/>
        <source>({shown} of {total} shown)</source>
        <translation>({shown} of {total} shown)</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="50"/>
        <source>Census by service type</source>
        <translation>Census by service type</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="51"/>
        <source>{taken} of {capacity} places taken</source>
        <translation>{taken} of {capacity} places taken</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="52"/>
        <source>{taken} in a program (no capacity set)</source>
        <translation>{taken} in a program (no capacity set)</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="53"/>
        <source>{service}: {taken} of {capacity} places taken</source>
        <translation>{service}: {taken} of {capacity} places taken</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="54"/>
        <source>{service}: {taken} (no limit set)</source>
        <translation>{service}: {taken} (no limit set)</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="55"/>
        <source>Today, {date}</source>
        <translation>Today, {date}</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="56"/>
        <source>(restricted record)</source>
        <translation>(restricted record)</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="57"/>
        <source>none since admission ({date})</source>
        <translation>none since admission ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="61"/>
        <source>%n day(s)</source>
        <extracomment>Wider than this, the sections stand in two columns.</extracomment>
        <translation>%n day(s)</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="77"/>
        <source>{name} and %n other(s)</source>
        <translation>{name} and %n other(s)</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="82"/>
        <source>Follow-ups due today</source>
        <translation>Follow-ups due today</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="83"/>
        <source>No follow-up is due today.</source>
        <translation>No follow-up is due today.</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="84"/>
        <location filename="../../ui/home/day_panel.py" line="107"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="87"/>
        <source>Missed follow-ups</source>
        <translation>Missed follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="88"/>
        <source>No follow-up was missed.</source>
        <translation>No follow-up was missed.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="89"/>
        <source>Was due</source>
        <translation>Was due</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="92"/>
        <source>Overdue phases</source>
        <translation>Overdue phases</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="93"/>
        <source>No client is past a phase's target duration.</source>
        <translation>No client is past a phase's target duration.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="94"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="95"/>
        <source>Days / target</source>
        <translation>Days / target</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="98"/>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="99"/>
        <source>Nobody is waiting for a place.</source>
        <translation>Nobody is waiting for a place.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="100"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="101"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="104"/>
        <source>SKHPN today</source>
        <translation>SKHPN today</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="105"/>
        <source>No SKHPN application today.</source>
        <translation>No SKHPN application today.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="106"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="106"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="110"/>
        <source>My unsigned notes</source>
        <translation>My unsigned notes</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="111"/>
        <source>Every note of yours is signed.</source>
        <translation>Every note of yours is signed.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="112"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="113"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="116"/>
        <source>My unsigned assessments</source>
        <translation>My unsigned assessments</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="117"/>
        <source>Every assessment of yours is signed.</source>
        <translation>Every assessment of yours is signed.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="118"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="119"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="122"/>
        <source>Positive urine screens awaiting confirmation</source>
        <translation>Positive urine screens awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="124"/>
        <source>No positive screen is waiting for its confirmation.</source>
        <translation>No positive screen is waiting for its confirmation.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="125"/>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="128"/>
        <source>Flagged risks</source>
        <translation>Flagged risks</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="129"/>
        <source>No client carries a risk flag.</source>
        <translation>No client carries a risk flag.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="130"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="131"/>
        <source>What it says</source>
        <translation>What it says</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="133"/>
        <source>Urine tests due</source>
        <translation>Urine tests due</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="134"/>
        <source>No client in a program is due a urine test.</source>
        <translation>No client in a program is due a urine test.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="135"/>
        <source>Last test</source>
        <translation>Last test</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="137"/>
        <source>Rumatan: doses waiting for a doctor's review</source>
        <translation>Rumatan: doses waiting for a doctor's review</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="139"/>
        <source>No rumatan client waits for a review.</source>
        <translation>No rumatan client waits for a review.</translation>
    </message>
    <message>
        <location filename="../../ui/home/day_panel.py" line="140"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
</context>
<context>
    <name>DiagnosesDialog</name>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="102"/>
        <source>Primary: {diagnosis}</source>
        <translation>Primary: {diagnosis}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="110"/>
        <source>No diagnosis for this episode yet.</source>
        <translation>No diagnosis for this episode yet.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="158"/>
        <source>Diagnoses of the episode</source>
        <translation>Diagnoses of the episode</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="160"/>
        <source>Several diagnoses can be given; one is the primary diagnosis. A diagnosis given in error is withdrawn, not deleted.</source>
        <translation>Several diagnoses can be given; one is the primary diagnosis. A diagnosis given in error is withdrawn, not deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="166"/>
        <source>Make it the primary diagnosis</source>
        <translation>Make it the primary diagnosis</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="167"/>
        <source>Add diagnosis</source>
        <translation>Add diagnosis</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="168"/>
        <source>Make primary</source>
        <translation>Make primary</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/diagnoses_dialog.py" line="169"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="29"/>
        <source>treatment completed</source>
        <translation>treatment completed</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="30"/>
        <source>dropped out of treatment</source>
        <translation>dropped out of treatment</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="31"/>
        <source>terminated by the facility</source>
        <translation>terminated by the facility</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="32"/>
        <source>transferred to another program or facility</source>
        <translation>transferred to another program or facility</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="33"/>
        <source>incarcerated</source>
        <translation>incarcerated</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="34"/>
        <source>death</source>
        <translation>death</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="35"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="37"/>
        <source>TEDS {code} – {meaning}</source>
        <translation>TEDS {code} – {meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="144"/>
        <source>{phase} is not the program's last phase ({final}). Record "Completed" only if the program really counts as completed, and say why.</source>
        <translation>{phase} is not the program's last phase ({final}). Record "Completed" only if the program really counts as completed, and say why.</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="185"/>
        <source>Correct the discharge</source>
        <translation>Correct the discharge</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="186"/>
        <source>Discharge (terminasi)</source>
        <translation>Discharge (terminasi)</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="188"/>
        <source>The discharge date, reason and outcomes change only here; the old and new values and your reason are recorded.</source>
        <translation>The discharge date, reason and outcomes change only here; the old and new values and your reason are recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="190"/>
        <source>Discharge ends the program on this date. With aftercare ticked, the aftercare plan starts the same day with the facility's follow-up schedule.</source>
        <translation>Discharge ends the program on this date. With aftercare ticked, the aftercare plan starts the same day with the facility's follow-up schedule.</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="195"/>
        <source>Start aftercare on the discharge date</source>
        <translation>Start aftercare on the discharge date</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="196"/>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="197"/>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <location filename="../../ui/program/discharge_dialog.py" line="198"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../ui/documents/preview.py" line="78"/>
        <source>The printer could not be started.</source>
        <extracomment>Pages are drawn as pictures for the printer; above this resolution they only get bigger.</extracomment>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>DoseChartTab</name>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="94"/>
        <source>Dose order</source>
        <translation>Dose order</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="95"/>
        <source>The order starts on the date given; an order still open then ends the day before. A large change needs the confirmation and its reason.</source>
        <translation>The order starts on the date given; an order still open then ends the day before. A large change needs the confirmation and its reason.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="104"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="109"/>
        <source>Daily dose (mg)</source>
        <translation>Daily dose (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="111"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="112"/>
        <source>Take-home days allowed</source>
        <translation>Take-home days allowed</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="114"/>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="115"/>
        <source>QT-prolonging co-medication</source>
        <translation>QT-prolonging co-medication</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="117"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="118"/>
        <source>I confirm a change larger than the facility's limit</source>
        <translation>I confirm a change larger than the facility's limit</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="120"/>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="130"/>
        <source>Stop therapy</source>
        <translation>Stop therapy</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="131"/>
        <source>No dose is ordered after the last day given.</source>
        <translation>No dose is ordered after the last day given.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="133"/>
        <source>Last day of therapy</source>
        <translation>Last day of therapy</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="134"/>
        <source>Reason for stopping</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="144"/>
        <source>Ordered daily dose (mg)</source>
        <translation>Ordered daily dose (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="147"/>
        <source>Observed dose</source>
        <translation>Observed dose</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="151"/>
        <source>Take-home dose</source>
        <translation>Take-home dose</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="155"/>
        <source>Missed day</source>
        <translation>Missed day</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="186"/>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="197"/>
        <source>No dose orders yet.</source>
        <translation>No dose orders yet.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="204"/>
        <source>From {first} to {last}: {given} doses given, {missed} days missed; no order is in force today.</source>
        <translation>From {first} to {last}: {given} doses given, {missed} days missed; no order is in force today.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="210"/>
        <source>From {first} to {last}: {given} doses given, {missed} days missed; ordered today: {mg:g} mg.</source>
        <translation>From {first} to {last}: {given} doses given, {missed} days missed; ordered today: {mg:g} mg.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="216"/>
        <source>Order or change dose...</source>
        <translation>Order or change dose...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/dose_chart.py" line="217"/>
        <source>Stop therapy...</source>
        <translation>Stop therapy...</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="18"/>
        <source>Reg. no.</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="20"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="21"/>
        <source>Dose (mg)</source>
        <translation>Dose (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="23"/>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="24"/>
        <source>Missed days</source>
        <translation>Missed days</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="25"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="28"/>
        <source>Methadone</source>
        <translation>Methadone</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/due_model.py" line="29"/>
        <source>Buprenorphine</source>
        <translation>Buprenorphine</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="30"/>
        <source>Possibly the same person</source>
        <translation>Possibly the same person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="35"/>
        <source>Someone on file has a similar name and the same date of birth. Compare them before saving: a second record for one person splits their history.</source>
        <translation>Someone on file has a similar name and the same date of birth. Compare them before saving: a second record for one person splits their history.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="40"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="40"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="40"/>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="41"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="41"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="41"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="44"/>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="44"/>
        <source>Being registered now</source>
        <translation>Being registered now</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="46"/>
        <source>On file</source>
        <translation>On file</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="61"/>
        <source>&amp;Open the record on file</source>
        <translation>&amp;Open the record on file</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="65"/>
        <source>This is a &amp;different person: save</source>
        <translation>This is a &amp;different person: save</translation>
    </message>
    <message>
        <location filename="../../ui/intake/duplicate_dialog.py" line="69"/>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="53"/>
        <source>New key</source>
        <translation>New key</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="54"/>
        <source>New key again</source>
        <translation>New key again</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="68"/>
        <source>Change the database key</source>
        <translation>Change the database key</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="69"/>
        <source>Encrypt the database</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="71"/>
        <source>A copy encrypted with the new key is written beside the database, checked, and only then put in its place. The key must have at least {minimum} characters (a few words are easy to remember). Pulih asks for it at every start; without it the data cannot be recovered: keep it written down in a safe place.</source>
        <translation>A copy encrypted with the new key is written beside the database, checked, and only then put in its place. The key must have at least {minimum} characters (a few words are easy to remember). Pulih asks for it at every start; without it the data cannot be recovered: keep it written down in a safe place.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="76"/>
        <source>Keep the old file (plain or under the old key) beside it; otherwise it is overwritten and removed</source>
        <translation>Keep the old file (plain or under the old key) beside it; otherwise it is overwritten and removed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="97"/>
        <source>Writing the encrypted copy…</source>
        <translation>Writing the encrypted copy…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="129"/>
        <source>The database is now encrypted with the new key.</source>
        <translation>The database is now encrypted with the new key.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="131"/>
        <source>The old file was kept as {path}, as asked: keep it safe or delete it.</source>
        <translation>The old file was kept as {path}, as asked: keep it safe or delete it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="134"/>
        <source>The old file was overwritten with zeros and removed (on a flash disk or SSD an overwrite cannot promise that no old block survives inside the device).</source>
        <translation>The old file was overwritten with zeros and removed (on a flash disk or SSD an overwrite cannot promise that no old block survives inside the device).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/encryption_dialog.py" line="137"/>
        <source>Backups made before stay as they were (plain or under the old key): make a new backup now, and keep the old ones safe or delete them.</source>
        <translation>Backups made before stay as they were (plain or under the old key): make a new backup now, and keep the old ones safe or delete them.</translation>
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
        <translation>{number} · {status} · reported {date}</translation>
    </message>
</context>
<context>
    <name>EpisodeCounselorDialog</name>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="83"/>
        <source>Change the counselor of record</source>
        <translation>Change the counselor of record</translation>
    </message>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="84"/>
        <source>Now: {name}. The change and its reason are recorded.</source>
        <translation>Now: {name}. The change and its reason are recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/program/counselor_dialogs.py" line="86"/>
        <source>Change</source>
        <translation>Change</translation>
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
        <translation>Something unexpected went wrong, so the last action may not have been done. What was saved before is safe. The details were written to {log}: please send that file to your Pulih support.</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/error_summary.py" line="66"/>
        <source>%n thing(s) to fix before saving:</source>
        <translation>
            <numerusform>%n thing to fix before saving:</numerusform>
            <numerusform>%n things to fix before saving:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../models/admin/client_import.py" line="70"/>
        <source>Choose the column that holds the full name.</source>
        <translation>Choose the column that holds the full name.</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="71"/>
        <source>Choose the column that holds the sex.</source>
        <translation>Choose the column that holds the sex.</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="72"/>
        <source>"{value}" is not a sex (write L or P).</source>
        <translation>"{value}" is not a sex (write L or P).</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="73"/>
        <source>"{value}" is not a date (write e.g. 17-08-1995 or 17 Agustus 1995).</source>
        <translation>"{value}" is not a date (write e.g. 17-08-1995 or 17 Agustus 1995).</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="74"/>
        <source>This NIK is already registered to {name} ({reg_no}).</source>
        <translation>This NIK is already registered to {name} ({reg_no}).</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="75"/>
        <source>The same NIK as row {row}.</source>
        <translation>The same NIK as row {row}.</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="76"/>
        <source>The file changed since the dry run. Run the dry run again and check its result before importing.</source>
        <translation>The file changed since the dry run. Run the dry run again and check its result before importing.</translation>
    </message>
    <message>
        <location filename="../../models/admin/client_import.py" line="78"/>
        <source>Give the column mapping a name (at most 100 characters).</source>
        <translation>Give the column mapping a name (at most 100 characters).</translation>
    </message>
    <message>
        <location filename="../../models/admin/encrypted_setup.py" line="21"/>
        <source>The key of the database must have at least {minimum} characters.</source>
        <translation>The key of the database must have at least {minimum} characters.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encrypted_setup.py" line="23"/>
        <location filename="../../models/admin/encryption.py" line="38"/>
        <source>The two keys are not the same.</source>
        <translation>The two keys are not the same.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encrypted_setup.py" line="24"/>
        <source>Only a new, empty SQLite database can be encrypted at set-up.</source>
        <translation>Only a new, empty SQLite database can be encrypted at set-up.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="39"/>
        <source>The new key is the key in use. Choose another.</source>
        <translation>The new key is the key in use. Choose another.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="40"/>
        <source>Encryption at rest is for an SQLite database; a PostgreSQL server encrypts its disk itself.</source>
        <translation>Encryption at rest is for an SQLite database; a PostgreSQL server encrypts its disk itself.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="43"/>
        <source>The database is already encrypted. Change its key instead.</source>
        <translation>The database is already encrypted. Change its key instead.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="44"/>
        <source>The database is not encrypted; encrypt it first.</source>
        <translation>The database is not encrypted; encrypt it first.</translation>
    </message>
    <message>
        <location filename="../../models/admin/encryption.py" line="46"/>
        <source>The encrypted copy did not match the database ({detail}); it was removed and nothing was changed.</source>
        <translation>The encrypted copy did not match the database ({detail}); it was removed and nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="31"/>
        <source>The letterhead needs one to four name lines.</source>
        <translation>The letterhead needs one to four name lines.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="32"/>
        <source>A facility code uses capital letters, digits and dashes, e.g. BNNK-JU.</source>
        <translation>A facility code uses capital letters, digits and dashes, e.g. BNNK-JU.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="33"/>
        <source>{value} is not an e-mail address.</source>
        <translation>{value} is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="34"/>
        <source>The logo must be a PNG or JPEG image of at most 2 MB.</source>
        <translation>The logo must be a PNG or JPEG image of at most 2 MB.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="35"/>
        <source>There is no setting called {key}.</source>
        <translation>There is no setting called {key}.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="36"/>
        <source>{field} has the wrong kind of value.</source>
        <translation>{field} has the wrong kind of value.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="37"/>
        <location filename="../../models/appointments/appointment.py" line="80"/>
        <location filename="../../models/care/aftercare.py" line="94"/>
        <location filename="../../models/intake/intake.py" line="57"/>
        <location filename="../../models/tallies/targets.py" line="17"/>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field} must be between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../../models/admin/facility_admin.py" line="38"/>
        <location filename="../../models/safety/accounts.py" line="44"/>
        <source>A NIP has 18 digits.</source>
        <translation>A NIP has 18 digits.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="26"/>
        <source>Choose two different people to merge.</source>
        <translation>Choose two different people to merge.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="27"/>
        <source>{name} was already merged into another record.</source>
        <translation>{name} was already merged into another record.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="28"/>
        <source>Both people have an open episode; close one before merging (an episode still in screening or on the waiting list: "Not continuing..." on its Program tab).</source>
        <translation>Both people have an open episode; close one before merging (an episode still in screening or on the waiting list: "Not continuing..." on its Program tab).</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="31"/>
        <source>This merge was already undone.</source>
        <translation>This merge was already undone.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="32"/>
        <source>A later merge involves these people; undo that one first.</source>
        <translation>A later merge involves these people; undo that one first.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="33"/>
        <source>This merge does not exist.</source>
        <translation>This merge does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/admin/merge.py" line="71"/>
        <location filename="../../models/admin/merge.py" line="230"/>
        <location filename="../../models/documents/issue.py" line="41"/>
        <location filename="../../models/intake/episode.py" line="183"/>
        <location filename="../../models/intake/intake.py" line="153"/>
        <location filename="../../models/people/registry.py" line="66"/>
        <source>This person's record does not exist.</source>
        <translation>This person's record does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/admin/setting_rules.py" line="17"/>
        <source>{field}: write each item once, in words of at most {limit} characters, separated by commas.</source>
        <translation>{field}: write each item once, in words of at most {limit} characters, separated by commas.</translation>
    </message>
    <message>
        <location filename="../../models/admin/setting_rules.py" line="20"/>
        <source>{field} needs at least one item.</source>
        <translation>{field} needs at least one item.</translation>
    </message>
    <message>
        <location filename="../../models/admin/staff_admin.py" line="21"/>
        <source>You cannot change your own role; another admin can.</source>
        <translation>You cannot change your own role; another admin can.</translation>
    </message>
    <message>
        <location filename="../../models/admin/staff_admin.py" line="22"/>
        <location filename="../../models/safety/accounts.py" line="118"/>
        <location filename="../../models/safety/accounts.py" line="136"/>
        <location filename="../../models/safety/accounts.py" line="148"/>
        <source>That staff account does not exist.</source>
        <translation>That staff account does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="76"/>
        <location filename="../../models/appointments/reminders.py" line="189"/>
        <location filename="../../models/appointments/reminders.py" line="235"/>
        <source>This appointment does not exist.</source>
        <translation>This appointment does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="77"/>
        <source>An appointment that is {status} cannot become {new}.</source>
        <translation>An appointment that is {status} cannot become {new}.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="78"/>
        <source>An appointment on {date} has not happened yet: it can be marked attended or missed from that day on.</source>
        <translation>An appointment on {date} has not happened yet: it can be marked attended or missed from that day on.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="81"/>
        <source>{field} must be between 06:00 and 22:00.</source>
        <translation>{field} must be between 06:00 and 22:00.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="82"/>
        <source>Choose the client (a group session needs its participants).</source>
        <translation>Choose the client (a group session needs its participants).</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="83"/>
        <source>Episode {episode_no} is closed: book for an open episode.</source>
        <translation>Episode {episode_no} is closed: book for an open episode.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="84"/>
        <source>{name} is no longer active: choose another staff member.</source>
        <translation>{name} is no longer active: choose another staff member.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="85"/>
        <source>{name} already has {count} appointment(s) at that time. Choose another time, or give a reason to book anyway.</source>
        <translation>{name} already has {count} appointment(s) at that time. Choose another time, or give a reason to book anyway.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="87"/>
        <source>{field} is in the past: book from today on.</source>
        <translation>{field} is in the past: book from today on.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="305"/>
        <source>Another desk changed this appointment. It was read again: check it and try once more.</source>
        <translation>Another desk changed this appointment. It was read again: check it and try once more.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/appointment.py" line="442"/>
        <location filename="../../models/care/notes.py" line="78"/>
        <source>This note does not exist.</source>
        <translation>This note does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="56"/>
        <source>This client has not consented to be contacted: record the consent (with the channel) in the record first.</source>
        <translation>This client has not consented to be contacted: record the consent (with the channel) in the record first.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="58"/>
        <source>This client consented to be contacted by {channel} only.</source>
        <translation>This client consented to be contacted by {channel} only.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="59"/>
        <source>The message would say "{word}", which tells a reader what the appointment is about. Change the place or the text.</source>
        <translation>The message would say "{word}", which tells a reader what the appointment is about. Change the place or the text.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="61"/>
        <source>Fill in {field}: WhatsApp and SMS need a number.</source>
        <translation>Fill in {field}: WhatsApp and SMS need a number.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="102"/>
        <location filename="../../models/people/flags.py" line="123"/>
        <source>This person does not exist.</source>
        <translation>This person does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/series.py" line="26"/>
        <source>A series has between 0 and {high} sessions, 1 to 60 days apart.</source>
        <translation>A series has between 0 and {high} sessions, 1 to 60 days apart.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/series.py" line="28"/>
        <source>This program offers no session series: set one for its template in Admin first.</source>
        <translation>This program offers no session series: set one for its template in Admin first.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="53"/>
        <source>The backup folder {folder} cannot be used ({detail}). Plug in the USB stick or choose another folder.</source>
        <translation>The backup folder {folder} cannot be used ({detail}). Plug in the USB stick or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="56"/>
        <source>The backup just written to {path} failed its check ({detail}) and was removed. The database itself is unchanged; try again, or use another USB stick.</source>
        <translation>The backup just written to {path} failed its check ({detail}) and was removed. The database itself is unchanged; try again, or use another USB stick.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="59"/>
        <source>The backup folder {folder} is full ({free} MB free). The database itself is fine. Delete old backups there, or choose a USB stick or another disk with more space.</source>
        <translation>The backup folder {folder} is full ({free} MB free). The database itself is fine. Delete old backups there, or choose a USB stick or another disk with more space.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="62"/>
        <source>The backup was not made because the database itself could not be read ({detail}). The backup folder is not the cause: do not change the USB stick. Close Pulih and start it again; if this message comes back, run python main.py check --full and keep the last good backup safe.</source>
        <translation>The backup was not made because the database itself could not be read ({detail}). The backup folder is not the cause: do not change the USB stick. Close Pulih and start it again; if this message comes back, run python main.py check --full and keep the last good backup safe.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="67"/>
        <source>{path} is not a usable Pulih backup ({detail}). Nothing was restored; choose another backup.</source>
        <translation>{path} is not a usable Pulih backup ({detail}). Nothing was restored; choose another backup.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="70"/>
        <source>The database is still open in another Pulih window or program. Close Pulih everywhere else on this computer, then restore again. Nothing was changed.</source>
        <translation>The database is still open in another Pulih window or program. Close Pulih everywhere else on this computer, then restore again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="73"/>
        <source>A backup of the database is being made right now. Nothing was changed; restore again when the backup has finished (usually within a few minutes).</source>
        <translation>A backup of the database is being made right now. Nothing was changed; restore again when the backup has finished (usually within a few minutes).</translation>
    </message>
    <message>
        <location filename="../../models/backup/backup.py" line="76"/>
        <source>{path} is a backup of another kind of database than the one in use. Nothing was restored.</source>
        <translation>{path} is a backup of another kind of database than the one in use. Nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../models/backup/postgres.py" line="19"/>
        <source>{tool} is not installed on this computer, so Pulih cannot back up or restore the PostgreSQL database from here. Install the PostgreSQL client tools (the same version as the server) on this computer, or ask whoever runs the database server to make the backups there with pg_dump.</source>
        <translation>{tool} is not installed on this computer, so Pulih cannot back up or restore the PostgreSQL database from here. Install the PostgreSQL client tools (the same version as the server) on this computer, or ask whoever runs the database server to make the backups there with pg_dump.</translation>
    </message>
    <message>
        <location filename="../../models/backup/postgres.py" line="24"/>
        <source>{tool} stopped with an error: {detail}. Nothing was changed.</source>
        <translation>{tool} stopped with an error: {detail}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore.py" line="56"/>
        <source>There is not enough free space on the disk of the database ({folder}) to restore this backup: {need} MB are needed, {free} MB are free. Nothing was changed; free some space on that disk and restore again.</source>
        <translation>There is not enough free space on the disk of the database ({folder}) to restore this backup: {need} MB are needed, {free} MB are free. Nothing was changed; free some space on that disk and restore again.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore.py" line="60"/>
        <source>The disk of the database ({folder}) became full while the backup was being copied. Nothing was changed: the database in use is as it was. Free some space on that disk and restore again.</source>
        <translation>The disk of the database ({folder}) became full while the backup was being copied. Nothing was changed: the database in use is as it was. Free some space on that disk and restore again.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore.py" line="64"/>
        <source>The backup could not be copied beside the database ({detail}). Nothing was changed: the database in use is as it was.</source>
        <translation>The backup could not be copied beside the database ({detail}). Nothing was changed: the database in use is as it was.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore.py" line="67"/>
        <source>The backup {path} belongs to another facility ({found}; this database is {current}). Nothing was restored. Restore it only if you mean to replace this facility's data with it, and confirm that explicitly.</source>
        <translation>The backup {path} belongs to another facility ({found}; this database is {current}). Nothing was restored. Restore it only if you mean to replace this facility's data with it, and confirm that explicitly.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore.py" line="71"/>
        <source>The backup {path} is not encrypted, but this database is. Nothing was restored. Restore it only with the choice to encrypt it with the key in use.</source>
        <translation>The backup {path} is not encrypted, but this database is. Nothing was restored. Restore it only with the choice to encrypt it with the key in use.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore_check.py" line="31"/>
        <source>The backup {path} was made by a newer version of Pulih (schema {found}, this program knows up to {known}). Nothing was restored; install the newer Pulih first.</source>
        <translation>The backup {path} was made by a newer version of Pulih (schema {found}, this program knows up to {known}). Nothing was restored; install the newer Pulih first.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore_check.py" line="34"/>
        <source>The backup {path} holds database objects that Pulih never makes ({detail}). It may have been tampered with. Nothing was restored; use another backup and keep this file for whoever looks into it.</source>
        <translation>The backup {path} holds database objects that Pulih never makes ({detail}). It may have been tampered with. Nothing was restored; use another backup and keep this file for whoever looks into it.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore_check.py" line="38"/>
        <source>The backup {path} is encrypted and the key in use does not open it. Nothing was restored; start Pulih with that backup's key, or choose another backup.</source>
        <translation>The backup {path} is encrypted and the key in use does not open it. Nothing was restored; start Pulih with that backup's key, or choose another backup.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore_postgres.py" line="45"/>
        <source>The database is still in use by {count} other connection(s) ({who}). Pulih does not cut them off: close Pulih at the other desks (and any other program using the database), then restore again. Nothing was changed.</source>
        <translation>The database is still in use by {count} other connection(s) ({who}). Pulih does not cut them off: close Pulih at the other desks (and any other program using the database), then restore again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../models/backup/restore_postgres.py" line="49"/>
        <source>The database server refused the restore ({detail}). Nothing was changed: the database in use is as it was.</source>
        <translation>The database server refused the restore ({detail}). Nothing was changed: the database in use is as it was.</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="31"/>
        <source>The record to add to does not exist.</source>
        <translation>The record to add to does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/care/addenda.py" line="32"/>
        <source>This record is still a draft: change it directly instead of adding an addendum.</source>
        <translation>This record is still a draft: change it directly instead of adding an addendum.</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="88"/>
        <source>This aftercare plan does not exist.</source>
        <translation>This aftercare plan does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="89"/>
        <source>Aftercare starts after the discharge: discharge episode {episode_no} first.</source>
        <translation>Aftercare starts after the discharge: discharge episode {episode_no} first.</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="91"/>
        <source>Episode {episode_no} already has an aftercare plan.</source>
        <translation>Episode {episode_no} already has an aftercare plan.</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="92"/>
        <location filename="../../models/care/discharge.py" line="83"/>
        <source>The client died: there is no aftercare to plan.</source>
        <translation>The client died: there is no aftercare to plan.</translation>
    </message>
    <message>
        <location filename="../../models/care/aftercare.py" line="93"/>
        <source>This aftercare ended on {date}: nothing more can be recorded.</source>
        <translation>This aftercare ended on {date}: nothing more can be recorded.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="121"/>
        <location filename="../../models/documents/letters.py" line="50"/>
        <source>This assessment does not exist.</source>
        <translation>This assessment does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="122"/>
        <source>This assessment was signed on {date} and is locked. Add an addendum to correct it.</source>
        <translation>This assessment was signed on {date} and is locked. Add an addendum to correct it.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="124"/>
        <source>The assessment cannot be signed yet; still unanswered: {missing}.</source>
        <translation>The assessment cannot be signed yet; still unanswered: {missing}.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="125"/>
        <source>Only {name}, who made this assessment, can sign it.</source>
        <translation>Only {name}, who made this assessment, can sign it.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="126"/>
        <source>The kind and the person of an assessment cannot change; start a new assessment instead.</source>
        <translation>The kind and the person of an assessment cannot change; start a new assessment instead.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="128"/>
        <source>Another desk changed this assessment since you opened it. Your input is kept; review their change and save again.</source>
        <translation>Another desk changed this assessment since you opened it. Your input is kept; review their change and save again.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="130"/>
        <source>The answers of this form are too large to save.</source>
        <translation>The answers of this form are too large to save.</translation>
    </message>
    <message>
        <location filename="../../models/care/assessment.py" line="131"/>
        <source>{value} is chosen twice in {field}.</source>
        <translation>{value} is chosen twice in {field}.</translation>
    </message>
    <message>
        <location filename="../../models/care/diagnosis.py" line="36"/>
        <source>{value} is not a diagnosis code of the form F10.0 to F19.9.</source>
        <translation>{value} is not a diagnosis code of the form F10.0 to F19.9.</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="78"/>
        <source>This discharge does not exist.</source>
        <translation>This discharge does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="79"/>
        <source>Episode {episode_no} was already discharged on {date}. Correct that discharge instead.</source>
        <translation>Episode {episode_no} was already discharged on {date}. Correct that discharge instead.</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="81"/>
        <source>Episode {episode_no} was never admitted: only a client in a program can be discharged.</source>
        <translation>Episode {episode_no} was never admitted: only a client in a program can be discharged.</translation>
    </message>
    <message>
        <location filename="../../models/care/discharge.py" line="84"/>
        <source>The client is in {phase}, before the program's last phase ({final}). Recording "Completed" now needs a confirmation with the reason the program counts as completed.</source>
        <translation>The client is in {phase}, before the program's last phase ({final}). Recording "Completed" now needs a confirmation with the reason the program counts as completed.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="37"/>
        <source>This program does not exist or is no longer offered.</source>
        <translation>This program does not exist or is no longer offered.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="38"/>
        <source>The program {template} has no first phase. Ask the facility admin to fix the program template.</source>
        <translation>The program {template} has no first phase. Ask the facility admin to fix the program template.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="40"/>
        <source>Episode {episode_no} cannot start a program: only a client in screening, on the waiting list or admitted can.</source>
        <translation>Episode {episode_no} cannot start a program: only a client in screening, on the waiting list or admitted can.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="42"/>
        <source>Episode {episode_no} is already in the program {template}.</source>
        <translation>Episode {episode_no} is already in the program {template}.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="43"/>
        <source>This program enrolment does not exist.</source>
        <translation>This program enrolment does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="44"/>
        <source>The program ended on {date} with the discharge: no more phase moves.</source>
        <translation>The program ended on {date} with the discharge: no more phase moves.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="45"/>
        <source>The program {template} does not allow a move from {from_phase} to {to_phase}.</source>
        <translation>The program {template} does not allow a move from {from_phase} to {to_phase}.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="47"/>
        <source>A move from {from_phase} to {to_phase} needs a reason.</source>
        <translation>A move from {from_phase} to {to_phase} needs a reason.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="48"/>
        <source>{phase} cannot be left yet: a signed {instrument} for this episode is needed first.</source>
        <translation>{phase} cannot be left yet: a signed {instrument} for this episode is needed first.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="50"/>
        <source>The phase {phase} requires {code}, which Pulih does not know. Ask the facility admin to fix the program template.</source>
        <translation>The phase {phase} requires {code}, which Pulih does not know. Ask the facility admin to fix the program template.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="52"/>
        <source>There is no phase move to undo: the program is at its start.</source>
        <translation>There is no phase move to undo: the program is at its start.</translation>
    </message>
    <message>
        <location filename="../../models/care/enrollment.py" line="53"/>
        <source>Another desk moved this client since you opened the record. Review the current phase and try again.</source>
        <translation>Another desk moved this client since you opened the record. Review the current phase and try again.</translation>
    </message>
    <message>
        <location filename="../../models/care/episode_diagnosis.py" line="50"/>
        <source>This diagnosis does not exist or was withdrawn.</source>
        <translation>This diagnosis does not exist or was withdrawn.</translation>
    </message>
    <message>
        <location filename="../../models/care/episode_diagnosis.py" line="51"/>
        <source>{code} is already a diagnosis of this episode.</source>
        <translation>{code} is already a diagnosis of this episode.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="79"/>
        <source>This note was signed on {date} and is locked. Add an addendum to correct it.</source>
        <translation>This note was signed on {date} and is locked. Add an addendum to correct it.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="81"/>
        <source>An individual note belongs to exactly one client's episode.</source>
        <translation>An individual note belongs to exactly one client's episode.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="82"/>
        <source>A group note needs at least one attendee and no single episode.</source>
        <translation>A group note needs at least one attendee and no single episode.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="83"/>
        <source>Episode {episode_no} is on the roster twice.</source>
        <translation>Episode {episode_no} is on the roster twice.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="84"/>
        <source>Only {name}, who wrote this note, can sign it.</source>
        <translation>Only {name}, who wrote this note, can sign it.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="85"/>
        <source>Another desk changed this note since you opened it. Your input is kept; review their change and save again.</source>
        <translation>Another desk changed this note since you opened it. Your input is kept; review their change and save again.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="87"/>
        <source>Write the entry of each participant present before signing; still without one: {names}.</source>
        <translation>Write the entry of each participant present before signing; still without one: {names}.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="89"/>
        <source>This client is not on the roster of this group session.</source>
        <translation>This client is not on the roster of this group session.</translation>
    </message>
    <message>
        <location filename="../../models/care/notes.py" line="90"/>
        <source>Only a group note has an entry per participant.</source>
        <translation>Only a group note has an entry per participant.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="54"/>
        <source>{field}: write systolic/diastolic, for example 120/80.</source>
        <translation>{field}: write systolic/diastolic, for example 120/80.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="55"/>
        <source>{field}: write a temperature from 30 to 45, for example 36.8.</source>
        <translation>{field}: write a temperature from 30 to 45, for example 36.8.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="56"/>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>{field} must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="57"/>
        <source>{field}: choose normal or abnormal.</source>
        <translation>{field}: choose normal or abnormal.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="58"/>
        <source>{field} is longer than {limit} characters.</source>
        <translation>{field} is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../models/care/physical_exam.py" line="59"/>
        <source>{field} is abnormal: describe the finding.</source>
        <translation>{field} is abnormal: describe the finding.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="33"/>
        <source>This program template does not exist.</source>
        <translation>This program template does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="34"/>
        <source>This phase does not exist in the program.</source>
        <translation>This phase does not exist in the program.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="35"/>
        <source>This move is not allowed by the program any more.</source>
        <translation>This move is not allowed by the program any more.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="36"/>
        <source>{field} must be between 1 and {high} days, or empty for no target.</source>
        <translation>{field} must be between 1 and {high} days, or empty for no target.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="37"/>
        <source>A move goes from one phase to another, not to the same phase.</source>
        <translation>A move goes from one phase to another, not to the same phase.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="38"/>
        <source>A forward move goes to the next phase ({phase}).</source>
        <translation>A forward move goes to the next phase ({phase}).</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="39"/>
        <source>A move back goes to an earlier phase.</source>
        <translation>A move back goes to an earlier phase.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="40"/>
        <source>A skip goes past the next phase to a later one.</source>
        <translation>A skip goes past the next phase to a later one.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="41"/>
        <source>{phase} ends the program: from there only a move back is possible; the program ends with the discharge.</source>
        <translation>{phase} ends the program: from there only a move back is possible; the program ends with the discharge.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="43"/>
        <source>The move from {from_phase} to {to_phase} is already allowed.</source>
        <translation>The move from {from_phase} to {to_phase} is already allowed.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="44"/>
        <source>This is the only forward move out of {phase}: without it a client in that phase could never move on. Add another way on first.</source>
        <translation>This is the only forward move out of {phase}: without it a client in that phase could never move on. Add another way on first.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_admin.py" line="46"/>
        <source>Clients have already made this move; it stays in their history, but no new client can make it.</source>
        <translation>Clients have already made this move; it stays in their history, but no new client can make it.</translation>
    </message>
    <message>
        <location filename="../../models/care/program_templates.py" line="25"/>
        <source>The program template file is damaged ({detail}). Reinstall Pulih.</source>
        <translation>The program template file is damaged ({detail}). Reinstall Pulih.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="134"/>
        <source>{value} is not a valid answer to {field}.</source>
        <translation>{value} is not a valid answer to {field}.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="135"/>
        <source>{value} is not a valid answer to {field} for {substance}.</source>
        <translation>{value} is not a valid answer to {field} for {substance}.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="136"/>
        <source>{field} is not asked for {substance}: leave it empty.</source>
        <translation>{field} is not asked for {substance}: leave it empty.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="137"/>
        <source>{field} is skipped for {substance} when it was never used in the last 3 months: leave it empty.</source>
        <translation>{field} is skipped for {substance} when it was never used in the last 3 months: leave it empty.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="139"/>
        <source>The answers contain {item}, which this form does not have.</source>
        <translation>The answers contain {item}, which this form does not have.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="140"/>
        <source>The answers of {field} are not a filled form.</source>
        <translation>The answers of {field} are not a filled form.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="141"/>
        <source>{field} for {domain} must be a whole number from 0 to {high}.</source>
        <translation>{field} for {domain} must be a whole number from 0 to {high}.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="142"/>
        <source>{value} is not a possible score.</source>
        <translation>{value} is not a possible score.</translation>
    </message>
    <message>
        <location filename="../../models/care/scoring.py" line="254"/>
        <location filename="../../models/care/scoring.py" line="303"/>
        <location filename="../../models/care/scoring.py" line="356"/>
        <location filename="../../models/core/validation.py" line="12"/>
        <source>Please fill in {field}.</source>
        <translation>Please fill in {field}.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="128"/>
        <source>This urine test does not exist.</source>
        <translation>This urine test does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="129"/>
        <source>Specimen code {code} is already recorded. Check the label.</source>
        <translation>Specimen code {code} is already recorded. Check the label.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="130"/>
        <source>Enter the result of {parameter}.</source>
        <translation>Enter the result of {parameter}.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="131"/>
        <source>{parameter} is not on this facility's urine panel.</source>
        <translation>{parameter} is not on this facility's urine panel.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="132"/>
        <location filename="../../models/core/validation.py" line="26"/>
        <source>{field} cannot be in the future.</source>
        <translation>{field} cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="133"/>
        <source>This test has no positive parameter: there is nothing to confirm.</source>
        <translation>This test has no positive parameter: there is nothing to confirm.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="135"/>
        <source>This test was already confirmed on {date}.</source>
        <translation>This test was already confirmed on {date}.</translation>
    </message>
    <message>
        <location filename="../../models/care/urine.py" line="136"/>
        <source>An admission of use confirms a positive: choose "Confirmed positive" or record the laboratory's result.</source>
        <translation>An admission of use confirms a positive: choose "Confirmed positive" or record the laboratory's result.</translation>
    </message>
    <message>
        <location filename="../../models/core/cancel.py" line="12"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Stopped. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../models/core/client_file.py" line="19"/>
        <source>The client list cannot be read: {detail}. Save it from the spreadsheet as .xlsx or .csv and choose it again.</source>
        <translation>The client list cannot be read: {detail}. Save it from the spreadsheet as .xlsx or .csv and choose it again.</translation>
    </message>
    <message>
        <location filename="../../models/core/client_file.py" line="21"/>
        <source>The client list has no rows under its header line.</source>
        <translation>The client list has no rows under its header line.</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="69"/>
        <source>The file {path} is not a Pulih database. It was not changed.</source>
        <translation>The file {path} is not a Pulih database. It was not changed.</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="71"/>
        <source>The database {path} is damaged ({detail}). It was not changed; restore the newest backup.</source>
        <translation>The database {path} is damaged ({detail}). It was not changed; restore the newest backup.</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="74"/>
        <source>The database was made by a newer version of Pulih (schema {found}, this program knows up to {known}). Install the newer Pulih.</source>
        <translation>The database was made by a newer version of Pulih (schema {found}, this program knows up to {known}). Install the newer Pulih.</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="77"/>
        <source>The database is busy at another desk. Wait a moment and try again; nothing you typed was lost.</source>
        <translation>The database is busy at another desk. Wait a moment and try again; nothing you typed was lost.</translation>
    </message>
    <message>
        <location filename="../../models/core/errors.py" line="80"/>
        <source>Cannot connect to the database server: {detail}</source>
        <translation>Cannot connect to the database server: {detail}</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="29"/>
        <source>A NIK has exactly 16 digits (this one has {count}).</source>
        <translation>A NIK has exactly 16 digits (this one has {count}).</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="30"/>
        <source>The NIK starts with {code}, which is not a province code.</source>
        <translation>The NIK starts with {code}, which is not a province code.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="32"/>
        <source>The regency or district code in the NIK is 00.</source>
        <translation>The regency or district code in the NIK is 00.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="33"/>
        <source>The NIK's date part {part} is not a real date of birth.</source>
        <translation>The NIK's date part {part} is not a real date of birth.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="35"/>
        <source>The NIK's last four digits cannot be 0000.</source>
        <translation>The NIK's last four digits cannot be 0000.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="36"/>
        <source>The NIK's date of birth lies in the future.</source>
        <translation>The NIK's date of birth lies in the future.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="37"/>
        <source>The NIK says born {nik_date}, but the birth date entered is {entered}.</source>
        <translation>The NIK says born {nik_date}, but the birth date entered is {entered}.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="39"/>
        <source>The NIK's day of birth {day} means {nik_sex}, but the sex entered is {entered}.</source>
        <translation>The NIK's day of birth {day} means {nik_sex}, but the sex entered is {entered}.</translation>
    </message>
    <message>
        <location filename="../../models/core/nik.py" line="41"/>
        <source>The NIK was issued in {nik_province}, but the province entered is {entered}.</source>
        <translation>The NIK was issued in {nik_province}, but the province entered is {entered}.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="13"/>
        <source>{field} is too long: {length} characters, at most {limit}.</source>
        <translation>{field} is too long: {length} characters, at most {limit}.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="15"/>
        <source>{field} contains characters that cannot be printed.</source>
        <translation>{field} contains characters that cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="16"/>
        <source>{field} contains the invisible character {char}, which turns the text around on the screen but not on paper. Clear the field and type the text again.</source>
        <translation>{field} contains the invisible character {char}, which turns the text around on the screen but not on paper. Clear the field and type the text again.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="19"/>
        <source>{field} contains the character {char}, which cannot be printed on letters. Delete it or write it another way.</source>
        <translation>{field} contains the character {char}, which cannot be printed on letters. Delete it or write it another way.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="22"/>
        <source>{value} is not a valid choice for {field}.</source>
        <translation>{value} is not a valid choice for {field}.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="23"/>
        <source>Choose {field}.</source>
        <translation>Choose {field}.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="24"/>
        <source>The phone number {value} is not valid: use 8 to 15 digits, e.g. 0812 3456 7890.</source>
        <translation>The phone number {value} is not valid: use 8 to 15 digits, e.g. 0812 3456 7890.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="27"/>
        <source>{field} is before 1900.</source>
        <translation>{field} is before 1900.</translation>
    </message>
    <message>
        <location filename="../../models/core/validation.py" line="28"/>
        <source>{field} ({date}) is before {other} ({other_date}).</source>
        <translation>{field} ({date}) is before {other} ({other_date}).</translation>
    </message>
    <message>
        <location filename="../../models/core/verification_address.py" line="23"/>
        <source>The verification address must be a full https:// address of a web page, e.g. https://verifikasi.example.go.id/pulih.html, or empty.</source>
        <translation>The verification address must be a full https:// address of a web page, e.g. https://verifikasi.example.go.id/pulih.html, or empty.</translation>
    </message>
    <message>
        <location filename="../../models/core/verification_address.py" line="26"/>
        <source>The verification address may not contain '#', a user name or a password: Pulih adds the seal after '#' itself.</source>
        <translation>The verification address may not contain '#', a user name or a password: Pulih adds the seal after '#' itself.</translation>
    </message>
    <message>
        <location filename="../../models/db/cipher.py" line="29"/>
        <source>The file {path} is not a Pulih database that opens without a key. If it is an encrypted Pulih database, enter its key (or start Pulih with --db-key-file or PULIH_DB_KEY). It was not changed.</source>
        <translation>The file {path} is not a Pulih database that opens without a key. If it is an encrypted Pulih database, enter its key (or start Pulih with --db-key-file or PULIH_DB_KEY). It was not changed.</translation>
    </message>
    <message>
        <location filename="../../models/db/cipher.py" line="33"/>
        <source>The key does not open the encrypted database {path}: the key is wrong (or the file is not a Pulih database). Nothing was changed; enter the right key.</source>
        <translation>The key does not open the encrypted database {path}: the key is wrong (or the file is not a Pulih database). Nothing was changed; enter the right key.</translation>
    </message>
    <message>
        <location filename="../../models/db/cipher.py" line="36"/>
        <source>The key file {path} cannot be read ({detail}). Plug in the USB stick that holds it, or give the right file.</source>
        <translation>The key file {path} cannot be read ({detail}). Plug in the USB stick that holds it, or give the right file.</translation>
    </message>
    <message>
        <location filename="../../models/db/cipher.py" line="39"/>
        <source>The key file {path} is empty.</source>
        <translation>The key file {path} is empty.</translation>
    </message>
    <message>
        <location filename="../../models/db/cipher.py" line="40"/>
        <source>The key of an encrypted database must have at least {minimum} characters (the one given has {length}). Choose a longer passphrase, e.g. a few words; nothing was changed.</source>
        <translation>The key of an encrypted database must have at least {minimum} characters (the one given has {length}). Choose a longer passphrase, e.g. a few words; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../models/db/connection.py" line="40"/>
        <source>The database {path} is on a network share ({kind}). Pulih does not keep its SQLite file on a network share: two desks writing over the network damage it. Keep the file on this computer's own disk, or, for several desks, set up a PostgreSQL server and start Pulih with --database-url postgresql://user@server/pulih, with the password in a pgpass file or PGPASSWORD (see the README, 'several desks').</source>
        <extracomment>A table that every Pulih database has from its first schema version on. File systems that reach another computer; SQLite's locking does not work across them.</extracomment>
        <translation>The database {path} is on a network share ({kind}). Pulih does not keep its SQLite file on a network share: two desks writing over the network damage it. Keep the file on this computer's own disk, or, for several desks, set up a PostgreSQL server and start Pulih with --database-url postgresql://user@server/pulih, with the password in a pgpass file or PGPASSWORD (see the README, 'several desks').</translation>
    </message>
    <message>
        <location filename="../../models/db/connection.py" line="366"/>
        <source>Another program removed the database's journal file ({path}) while Pulih was running. To keep the data safe Pulih saves nothing more now: close Pulih and start it again (what was saved before is kept).</source>
        <extracomment>SQLCipher passphrase of an encrypted SQLite file (or of a new one to encrypt) How long a PostgreSQL statement waits for a lock (another desk's save) before it gives up with "another desk is saving"; the desk's input stays on screen. Files SQLite keeps beside the database.</extracomment>
        <translation>Another program removed the database's journal file ({path}) while Pulih was running. To keep the data safe Pulih saves nothing more now: close Pulih and start it again (what was saved before is kept).</translation>
    </message>
    <message>
        <location filename="../../models/db/pg_roles.py" line="21"/>
        <source>A PostgreSQL role name is 1 to 63 lowercase letters, digits or underscores, starting with a letter: {name}.</source>
        <translation>A PostgreSQL role name is 1 to 63 lowercase letters, digits or underscores, starting with a letter: {name}.</translation>
    </message>
    <message>
        <location filename="../../models/db/pg_roles.py" line="23"/>
        <source>The owner role and the app role must be two different roles.</source>
        <translation>The owner role and the app role must be two different roles.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="25"/>
        <location filename="../../ui/widgets/errors.py" line="33"/>
        <source>The disk is full, so nothing was saved. What you typed is still here: free some space (or ask the admin), then save again.</source>
        <translation>The disk is full, so nothing was saved. What you typed is still here: free some space (or ask the admin), then save again.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="28"/>
        <source>The database cannot be written (the file or its folder is read-only), so nothing was saved. What you typed is still here; ask the admin to check the file's permissions.</source>
        <translation>The database cannot be written (the file or its folder is read-only), so nothing was saved. What you typed is still here; ask the admin to check the file's permissions.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="31"/>
        <source>The database refused the change ({detail}). Nothing was saved; what you typed is still here.</source>
        <translation>The database refused the change ({detail}). Nothing was saved; what you typed is still here.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="34"/>
        <source>Another desk is saving at this moment, so this was not saved yet. What you typed is still here: wait a few seconds, then save again.</source>
        <translation>Another desk is saving at this moment, so this was not saved yet. What you typed is still here: wait a few seconds, then save again.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="37"/>
        <source>The disk that holds the database {path} is full. The database is not damaged and was not changed: free some space on that disk (or ask the admin), then start Pulih again. Do not restore a backup.</source>
        <translation>The disk that holds the database {path} is full. The database is not damaged and was not changed: free some space on that disk (or ask the admin), then start Pulih again. Do not restore a backup.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="41"/>
        <source>The database file {path} is read-only, so Pulih cannot save in it. The database is not damaged and was not changed: ask the admin to make the file writable for this user, then start Pulih again.</source>
        <translation>The database file {path} is read-only, so Pulih cannot save in it. The database is not damaged and was not changed: ask the admin to make the file writable for this user, then start Pulih again.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="45"/>
        <source>The folder {folder} that holds the database is read-only (Pulih keeps its journal files beside the database). The database is not damaged and was not changed: ask the admin to make the folder writable for this user, then start Pulih again.</source>
        <translation>The folder {folder} that holds the database is read-only (Pulih keeps its journal files beside the database). The database is not damaged and was not changed: ask the admin to make the folder writable for this user, then start Pulih again.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="49"/>
        <source>This computer user may not open the database {path} (permission denied). The database was not changed: ask the admin to give this user access to the file and its folder.</source>
        <translation>This computer user may not open the database {path} (permission denied). The database was not changed: ask the admin to give this user access to the file and its folder.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="53"/>
        <source>The database {path} is locked by another program (another Pulih window, a backup or a database tool). Close that program, then start Pulih again. Nothing was changed.</source>
        <translation>The database {path} is locked by another program (another Pulih window, a backup or a database tool). Close that program, then start Pulih again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../models/db/problems.py" line="56"/>
        <source>The database {path} cannot be read right now ({detail}). That does not mean it is damaged, and it was not changed: check that the disk or USB stick is connected and working, then start Pulih again.</source>
        <translation>The database {path} cannot be read right now ({detail}). That does not mean it is damaged, and it was not changed: check that the disk or USB stick is connected and working, then start Pulih again.</translation>
    </message>
    <message>
        <location filename="../../models/db/schema.py" line="30"/>
        <source>This version of Pulih must first upgrade the database (schema {found} to {known}), and the role the desks connect as may not change the schema. Nothing was changed and nothing is damaged. Ask the administrator to run "python main.py pg-roles --apply" as the owner role, then start Pulih again.</source>
        <translation>This version of Pulih must first upgrade the database (schema {found} to {known}), and the role the desks connect as may not change the schema. Nothing was changed and nothing is damaged. Ask the administrator to run "python main.py pg-roles --apply" as the owner role, then start Pulih again.</translation>
    </message>
    <message>
        <location filename="../../models/demo/demo.py" line="56"/>
        <source>This database already holds data ({persons} persons, {staff} staff accounts). A demo facility is only built into a new, empty database; choose another file.</source>
        <translation>This database already holds data ({persons} persons, {staff} staff accounts). A demo facility is only built into a new, empty database; choose another file.</translation>
    </message>
    <message>
        <location filename="../../models/demo/demo.py" line="59"/>
        <source>The number of demo clients must be between 1 and {maximum}.</source>
        <translation>The number of demo clients must be between 1 and {maximum}.</translation>
    </message>
    <message>
        <location filename="../../models/desk/drafts.py" line="21"/>
        <source>This draft is too large to keep ({size} characters).</source>
        <translation>This draft is too large to keep ({size} characters).</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="36"/>
        <source>The facility profile (letterhead) is not set up yet. Ask the facility admin to fill it in first.</source>
        <translation>The facility profile (letterhead) is not set up yet. Ask the facility admin to fill it in first.</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="38"/>
        <location filename="../../models/documents/rules.py" line="39"/>
        <source>There is no document numbered {number}.</source>
        <translation>There is no document numbered {number}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="39"/>
        <location filename="../../models/documents/rules.py" line="40"/>
        <source>Document {number} was already voided on {date}.</source>
        <translation>Document {number} was already voided on {date}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/issue.py" line="40"/>
        <source>Write why the document is voided (at least 5 characters).</source>
        <translation>Write why the document is voided (at least 5 characters).</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="47"/>
        <source>This consent does not exist.</source>
        <translation>This consent does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="48"/>
        <source>Only a signed ASI-based assessment has a summary to print.</source>
        <translation>Only a signed ASI-based assessment has a summary to print.</translation>
    </message>
    <message>
        <location filename="../../models/documents/letters.py" line="49"/>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../models/documents/numbering.py" line="32"/>
        <source>The number template {template} is not valid: {detail}.</source>
        <translation>The number template {template} is not valid: {detail}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/numbering.py" line="33"/>
        <source>A number template must contain {{seq}} and {{year}}, e.g. {{kind}}/{{seq:04d}}/{{month_roman}}/{{year}}/{{facility}}.</source>
        <translation>A number template must contain {{seq}} and {{year}}, e.g. {{kind}}/{{seq:04d}}/{{month_roman}}/{{year}}/{{facility}}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/numbering.py" line="35"/>
        <source>The number {number} was issued before. Change the number template so that each kind's numbers differ.</source>
        <translation>The number {number} was issued before. Change the number template so that each kind's numbers differ.</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="39"/>
        <source>This file is not a JPEG or PNG picture. Choose a photo taken with a camera or phone (.jpg or .png).</source>
        <translation>This file is not a JPEG or PNG picture. Choose a photo taken with a camera or phone (.jpg or .png).</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="41"/>
        <source>The picture is too large ({size} MB; at most {limit} MB). Choose a smaller photo.</source>
        <translation>The picture is too large ({size} MB; at most {limit} MB). Choose a smaller photo.</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="43"/>
        <source>The picture has too many pixels ({width} x {height}). Choose a smaller photo.</source>
        <translation>The picture has too many pixels ({width} x {height}). Choose a smaller photo.</translation>
    </message>
    <message>
        <location filename="../../models/documents/photo.py" line="45"/>
        <source>The picture is too small ({width} x {height}); a face needs at least {min_w} x {min_h} pixels.</source>
        <translation>The picture is too small ({width} x {height}); a face needs at least {min_w} x {min_h} pixels.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="27"/>
        <source>A Kartu Lapor Diri is only for a compulsory report (wajib lapor). Episode {episode_no} was not recorded as wajib lapor.</source>
        <translation>A Kartu Lapor Diri is only for a compulsory report (wajib lapor). Episode {episode_no} was not recorded as wajib lapor.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="29"/>
        <source>A Kartu Lapor Diri needs a signed assessment (ASI-based or ASSIST) in episode {episode_no}. Sign the assessment first.</source>
        <translation>A Kartu Lapor Diri needs a signed assessment (ASI-based or ASSIST) in episode {episode_no}. Sign the assessment first.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="31"/>
        <source>Episode {episode_no} is not in a program now, so it cannot be certified as in rehabilitation.</source>
        <translation>Episode {episode_no} is not in a program now, so it cannot be certified as in rehabilitation.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="33"/>
        <source>Episode {episode_no} has not ended yet: the completion letter is issued after a discharge with a completed program.</source>
        <translation>Episode {episode_no} has not ended yet: the completion letter is issued after a discharge with a completed program.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="35"/>
        <source>Episode {episode_no} did not end with a completed program.</source>
        <translation>Episode {episode_no} did not end with a completed program.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="36"/>
        <source>This letter was already issued as {number}. Print a copy of it, or write why a new original is needed.</source>
        <translation>This letter was already issued as {number}. Print a copy of it, or write why a new original is needed.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="38"/>
        <source>Write why a new original is needed (at least 5 characters).</source>
        <translation>Write why a new original is needed (at least 5 characters).</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="41"/>
        <source>Only the doctor who signed certificate {number}, or someone with the right to correct letters and certificates, may void it.</source>
        <translation>Only the doctor who signed certificate {number}, or someone with the right to correct letters and certificates, may void it.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="43"/>
        <source>You do not have the right to void document {number}. Ask the facility admin.</source>
        <translation>You do not have the right to void document {number}. Ask the facility admin.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="45"/>
        <source>{name}: {field} holds the character {char}, which cannot be printed on papers. Correct the person's record first.</source>
        <translation>{name}: {field} holds the character {char}, which cannot be printed on papers. Correct the person's record first.</translation>
    </message>
    <message>
        <location filename="../../models/documents/rules.py" line="47"/>
        <source>Document {number} holds clinical content (a diagnosis or an assessment summary), which you may not view. Ask a counselor or doctor.</source>
        <translation>Document {number} holds clinical content (a diagnosis or an assessment summary), which you may not view. Ask a counselor or doctor.</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="63"/>
        <source>This SKHPN application does not exist.</source>
        <translation>This SKHPN application does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="64"/>
        <source>This SKHPN application is already {state}.</source>
        <translation>This SKHPN application is already {state}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="65"/>
        <source>An SKHPN needs the applicant's {fields}. Complete the identity record first (from their identity card).</source>
        <translation>An SKHPN needs the applicant's {fields}. Complete the identity record first (from their identity card).</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn.py" line="73"/>
        <source>Your practice licence (SIP) is not recorded. An SKHPN carries the examining doctor's SIP: ask the facility admin to add it to your account.</source>
        <translation>Your practice licence (SIP) is not recorded. An SKHPN carries the examining doctor's SIP: ask the facility admin to add it to your account.</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn_rule.py" line="41"/>
        <source>The results propose “{proposal}” ({why}). To conclude otherwise, confirm it and write the clinical reason (at least {n} characters), e.g. a prescription that was shown.</source>
        <translation>The results propose “{proposal}” ({why}). To conclude otherwise, confirm it and write the clinical reason (at least {n} characters), e.g. a prescription that was shown.</translation>
    </message>
    <message>
        <location filename="../../models/documents/skhpn_rule.py" line="44"/>
        <source>The urine result of {parameter} is invalid: repeat the test before issuing the certificate.</source>
        <translation>The urine result of {parameter} is invalid: repeat the test before issuing the certificate.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="44"/>
        <source>There is no key {key_id} in the key store.</source>
        <translation>There is no key {key_id} in the key store.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="45"/>
        <source>Write why the key is retired or revoked (at least 5 characters).</source>
        <translation>Write why the key is retired or revoked (at least 5 characters).</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="46"/>
        <source>Key {key_id} was already retired on {date}.</source>
        <translation>Key {key_id} was already retired on {date}.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="47"/>
        <source>Key {key_id} was already revoked from {date}; a revocation can only be moved to an earlier date.</source>
        <translation>Key {key_id} was already revoked from {date}; a revocation can only be moved to an earlier date.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="49"/>
        <source>This import claims to come from this facility ({code}). Keys of this facility are made by its own desks and are never imported; the file was refused and nothing was changed.</source>
        <translation>This import claims to come from this facility ({code}). Keys of this facility are made by its own desks and are never imported; the file was refused and nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="52"/>
        <source>The signed list of revoked keys and voided numbers in this import cannot be trusted ({detail}); nothing was changed.</source>
        <translation>The signed list of revoked keys and voided numbers in this import cannot be trusted ({detail}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../models/documents/trust.py" line="54"/>
        <source>This file is too large to be a key export.</source>
        <translation>This file is too large to be a key export.</translation>
    </message>
    <message>
        <location filename="../../models/documents/verifier_site.py" line="21"/>
        <source>The facility is not set up yet: there is no key to put in a verifier page.</source>
        <translation>The facility is not set up yet: there is no key to put in a verifier page.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="46"/>
        <source>Episode {episode_no} has no signed general consent on or before {date}. Record the consent first (signed by the client, or by the parent or guardian of a minor).</source>
        <translation>Episode {episode_no} has no signed general consent on or before {date}. Record the consent first (signed by the client, or by the parent or guardian of a minor).</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="49"/>
        <source>All {capacity} places for {service} are taken. Put the client on the waiting list, or discharge someone first.</source>
        <translation>All {capacity} places for {service} are taken. Put the client on the waiting list, or discharge someone first.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="51"/>
        <source>{count} client(s) wait ahead for {service}, first {name} (since {date}). Admit them first, or give the reason for admitting this client ahead.</source>
        <translation>{count} client(s) wait ahead for {service}, first {name} (since {date}). Admit them first, or give the reason for admitting this client ahead.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="53"/>
        <source>The program {template} is for {template_service}; this episode is for {service}. Choose a program of the episode's service type.</source>
        <translation>The program {template} is for {template_service}; this episode is for {service}. Choose a program of the episode's service type.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="56"/>
        <source>Only an episode in screening or on the waiting list can be closed as not continuing; episode {episode_no} is past that.</source>
        <translation>Only an episode in screening or on the waiting list can be closed as not continuing; episode {episode_no} is past that.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="58"/>
        <source>{name} is not an active counselor.</source>
        <translation>{name} is not an active counselor.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="59"/>
        <source>{name} is already the counselor of record.</source>
        <translation>{name} is already the counselor of record.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="60"/>
        <source>{name} has no open episodes to hand over.</source>
        <translation>{name} has no open episodes to hand over.</translation>
    </message>
    <message>
        <location filename="../../models/intake/admission.py" line="61"/>
        <source>Episode {episode_no} is closed: its counselor of record no longer changes.</source>
        <translation>Episode {episode_no} is closed: its counselor of record no longer changes.</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="182"/>
        <location filename="../../models/intake/intake.py" line="59"/>
        <source>This episode does not exist.</source>
        <translation>This episode does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/intake/episode.py" line="184"/>
        <source>Episode {episode_no} belongs to another person.</source>
        <translation>Episode {episode_no} belongs to another person.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="50"/>
        <source>{field} ({date}) has already passed: a consent is valid from the day it is signed until a later date.</source>
        <translation>{field} ({date}) has already passed: a consent is valid from the day it is signed until a later date.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="52"/>
        <source>{field} is before the day the person joined the waiting list ({date}).</source>
        <translation>{field} is before the day the person joined the waiting list ({date}).</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="54"/>
        <source>A client under 18 is reported by a parent or guardian.</source>
        <translation>A client under 18 is reported by a parent or guardian.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="55"/>
        <source>At most three substances: primary, secondary and tertiary.</source>
        <translation>At most three substances: primary, secondary and tertiary.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="56"/>
        <source>{substance} is listed twice.</source>
        <translation>{substance} is listed twice.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="58"/>
        <source>{name} already has an open episode ({episode_no}).</source>
        <translation>{name} already has an open episode ({episode_no}).</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="60"/>
        <source>Only a person in screening or on the waiting list can be admitted.</source>
        <translation>Only a person in screening or on the waiting list can be admitted.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="61"/>
        <source>A consent to disclose names its recipient, purpose and end date.</source>
        <translation>A consent to disclose names its recipient, purpose and end date.</translation>
    </message>
    <message>
        <location filename="../../models/intake/intake.py" line="62"/>
        <source>{field} is before the date reported.</source>
        <translation>{field} is before the date reported.</translation>
    </message>
    <message>
        <location filename="../../models/people/duplicates.py" line="26"/>
        <source>{name} ({reg_no}) has a similar name and the same date of birth: this may be the same person. Open that record, or confirm that this is a different person.</source>
        <translation>{name} ({reg_no}) has a similar name and the same date of birth: this may be the same person. Open that record, or confirm that this is a different person.</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="43"/>
        <source>This record is restricted: only staff with the right to restricted records may see its content. Ask the facility admin.</source>
        <translation>This record is restricted: only staff with the right to restricted records may see its content. Ask the facility admin.</translation>
    </message>
    <message>
        <location filename="../../models/people/flags.py" line="45"/>
        <source>That flag does not exist or was already cleared.</source>
        <translation>That flag does not exist or was already cleared.</translation>
    </message>
    <message>
        <location filename="../../models/people/guardians.py" line="23"/>
        <source>{name} is under 18 on {date}, so a parent or guardian signs the consent. Write the name of a family contact marked as guardian, or record the reporting parent or guardian at arrival.</source>
        <translation>{name} is under 18 on {date}, so a parent or guardian signs the consent. Write the name of a family contact marked as guardian, or record the reporting parent or guardian at arrival.</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="57"/>
        <source>The NIK disagrees with what was entered: correct it, or say why the card really says so.</source>
        <translation>The NIK disagrees with what was entered: correct it, or say why the card really says so.</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="60"/>
        <source>This NIK is already registered to {name} ({reg_no}). Open that record instead of making a new one.</source>
        <translation>This NIK is already registered to {name} ({reg_no}). Open that record instead of making a new one.</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="62"/>
        <source>Enter the NIK, or choose another identity document.</source>
        <translation>Enter the NIK, or choose another identity document.</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="63"/>
        <source>A family card (KK) number has 16 digits.</source>
        <translation>A family card (KK) number has 16 digits.</translation>
    </message>
    <message>
        <location filename="../../models/people/registry.py" line="64"/>
        <source>Another desk changed this record at {time} (by {staff}). Your input is kept; review their change and save again.</source>
        <translation>Another desk changed this record at {time} (by {staff}). Your input is kept; review their change and save again.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="35"/>
        <source>{name} already received today's dose ({kind}, {time}, given by {staff}). At most one dose per client per day.</source>
        <translation>{name} already received today's dose ({kind}, {time}, given by {staff}). At most one dose per client per day.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="38"/>
        <source>{name} already received today's dose: another desk recorded it a moment ago. At most one dose per client per day.</source>
        <translation>{name} already received today's dose: another desk recorded it a moment ago. At most one dose per client per day.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="41"/>
        <source>No open batch of this medicine holds {amount} mg. Record the stock received first.</source>
        <translation>No open batch of this medicine holds {amount} mg. Record the stock received first.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="43"/>
        <source>Batch {batch} is not the ordered medicine.</source>
        <translation>Batch {batch} is not the ordered medicine.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="44"/>
        <source>The order allows at most {limit} take-home doses.</source>
        <translation>The order allows at most {limit} take-home doses.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="45"/>
        <source>{name} is recorded as {where} on this day. Confirm that the client is here before giving the dose.</source>
        <translation>{name} is recorded as {where} on this day. Confirm that the client is here before giving the dose.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="47"/>
        <source>The first part of a split dose must be less than the daily dose ({daily} mg).</source>
        <translation>The first part of a split dose must be less than the daily dose ({daily} mg).</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="49"/>
        <source>There is no first part of a split dose today to complete.</source>
        <translation>There is no first part of a split dose today to complete.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="50"/>
        <source>A replacement is given only for today's observed dose marked as vomited.</source>
        <translation>A replacement is given only for today's observed dose marked as vomited.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="52"/>
        <source>The replacement needs the approval of a doctor who may order doses: their user name and password.</source>
        <translation>The replacement needs the approval of a doctor who may order doses: their user name and password.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="54"/>
        <source>A replacement cannot be more than the daily dose ({daily} mg).</source>
        <translation>A replacement cannot be more than the daily dose ({daily} mg).</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="55"/>
        <source>{field} must be between 0 and {count}.</source>
        <translation>{field} must be between 0 and {count}.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="56"/>
        <source>A dose is recorded on the day it is given, not for a later day (doses for later days are take-home doses).</source>
        <translation>A dose is recorded on the day it is given, not for a later day (doses for later days are take-home doses).</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="67"/>
        <location filename="../../models/rumatan/orders.py" line="84"/>
        <source>That client does not exist.</source>
        <translation>That client does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="169"/>
        <source>That dose is not on record.</source>
        <translation>That dose is not on record.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/dispense.py" line="292"/>
        <source>Those take-home doses are not on record.</source>
        <translation>Those take-home doses are not on record.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="35"/>
        <source>{field} must be more than 0 and at most {limit} mg.</source>
        <translation>{field} must be more than 0 and at most {limit} mg.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="36"/>
        <source>{field} must be between 0 and 14.</source>
        <translation>{field} must be between 0 and 14.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="37"/>
        <source>The daily dose changes from {old} mg to {new} mg ({percent}%), more than the {limit}% the facility allows without a confirmation. Confirm the change and give its reason.</source>
        <translation>The daily dose changes from {old} mg to {new} mg ({percent}%), more than the {limit}% the facility allows without a confirmation. Confirm the change and give its reason.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="41"/>
        <source>{field} must be within a year of today.</source>
        <translation>{field} must be within a year of today.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/orders.py" line="42"/>
        <source>This client has no dose order in force today. A doctor must order the dose first.</source>
        <translation>This client has no dose order in force today. A doctor must order the dose first.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/rules.py" line="24"/>
        <source>{name} has missed {days} days in a row (the rule: after {limit} missed days the next dose waits for a doctor's review). Ask the doctor to review the client before giving a dose.</source>
        <translation>{name} has missed {days} days in a row (the rule: after {limit} missed days the next dose waits for a doctor's review). Ask the doctor to review the client before giving a dose.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="30"/>
        <source>Batch {batch} holds {balance} mg; {amount} mg cannot be taken from it. Use another batch or record the stock received first.</source>
        <translation>Batch {batch} holds {balance} mg; {amount} mg cannot be taken from it. Use another batch or record the stock received first.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="33"/>
        <source>That batch does not exist.</source>
        <translation>That batch does not exist.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="34"/>
        <source>The witness of wasted medicine must be another staff member.</source>
        <translation>The witness of wasted medicine must be another staff member.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="35"/>
        <source>{field} must be more than 0.</source>
        <translation>{field} must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="36"/>
        <source>The count ({counted} mg) differs from the ledger ({expected} mg) by {diff} mg. Write the reason for the difference.</source>
        <translation>The count ({counted} mg) differs from the ledger ({expected} mg) by {diff} mg. Write the reason for the difference.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="39"/>
        <source>Batch {batch} was already reconciled on {day}.</source>
        <translation>Batch {batch} was already reconciled on {day}.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/stock.py" line="40"/>
        <source>Batch {batch} of this medicine is already in the stock.</source>
        <translation>Batch {batch} of this medicine is already in the stock.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="37"/>
        <source>User name or password is wrong.</source>
        <translation>User name or password is wrong.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="38"/>
        <source>Too many failed sign-ins. Try again after {time}, or ask an admin to unlock.</source>
        <translation>Too many failed sign-ins. Try again after {time}, or ask an admin to unlock.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="40"/>
        <source>The first admin account already exists.</source>
        <translation>The first admin account already exists.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="41"/>
        <source>A password needs at least {count} characters.</source>
        <translation>A password needs at least {count} characters.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="42"/>
        <source>The user name {username} is already in use.</source>
        <translation>The user name {username} is already in use.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="43"/>
        <source>A user name uses only letters, digits, dot, dash and underscore.</source>
        <translation>A user name uses only letters, digits, dot, dash and underscore.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="45"/>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../models/safety/accounts.py" line="46"/>
        <source>You cannot take away your own administration rights; another admin can.</source>
        <translation>You cannot take away your own administration rights; another admin can.</translation>
    </message>
    <message>
        <location filename="../../models/seals/signing.py" line="60"/>
        <source>This is not a Pulih public key: {detail}.</source>
        <translation>This is not a Pulih public key: {detail}.</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="68"/>
        <source>You do not have the right to {action} {area}. Ask the facility admin.</source>
        <extracomment>Default rights per role: letters v(iew), i(nput), c(orrect); absent means none.</extracomment>
        <translation>You do not have the right to {action} {area}. Ask the facility admin.</translation>
    </message>
    <message>
        <location filename="../../models/staff/rights.py" line="70"/>
        <source>This account has been deactivated.</source>
        <translation>This account has been deactivated.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/achievement.py" line="15"/>
        <source>{value} is not an indicator that takes an annual target.</source>
        <translation>{value} is not an indicator that takes an annual target.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/age_bands.py" line="26"/>
        <source>Age bands are whole numbers of years, rising, the first one 0 and none above {maximum}, for example 0, 15, 20, 25, 30, 35, 40, 50, 60.</source>
        <translation>Age bands are whole numbers of years, rising, the first one 0 and none above {maximum}, for example 0, 15, 20, 25, 30, 35, 40, 50, 60.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/close.py" line="33"/>
        <source>{month} is not over yet: a month can be closed from its last day's end on.</source>
        <translation>{month} is not over yet: a month can be closed from its last day's end on.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/close.py" line="35"/>
        <source>{month} was already closed on {date} by {name}.</source>
        <translation>{month} was already closed on {date} by {name}.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/close.py" line="36"/>
        <source>{month} is not closed.</source>
        <translation>{month} is not closed.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/close.py" line="37"/>
        <source>The closed tally of {month} does not match its checksum: it was changed outside Pulih. Restore a backup, or reopen and close the month again.</source>
        <translation>The closed tally of {month} does not match its checksum: it was changed outside Pulih. Restore a backup, or reopen and close the month again.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="67"/>
        <source>{month} has {count} open data-quality problems. Correct them, or confirm that the month is closed with them (the confirmation is recorded with the closed month).</source>
        <translation>{month} has {count} open data-quality problems. Correct them, or confirm that the month is closed with them (the confirmation is recorded with the closed month).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="48"/>
        <source>The mapping file cannot be used: {detail} (at {where}). Nothing was changed.</source>
        <translation>The mapping file cannot be used: {detail} (at {where}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="62"/>
        <source>The mapping {version} has no code for "{key}" of {indicator}, which has a value this month. Add it to the mapping (or an option_pattern) and export again.</source>
        <translation>The mapping {version} has no code for "{key}" of {indicator}, which has a value this month. Add it to the mapping (or an option_pattern) and export again.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="43"/>
        <source>{month} is not closed. Only a closed month can be exported to the national systems: close it on the Laporan page first.</source>
        <translation>{month} is not closed. Only a closed month can be exported to the national systems: close it on the Laporan page first.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="45"/>
        <source>This file is too large to be a Pulih package; it was refused.</source>
        <translation>This file is too large to be a Pulih package; it was refused.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="46"/>
        <source>This file is not a Pulih package (not a readable zip file).</source>
        <translation>This file is not a Pulih package (not a readable zip file).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="47"/>
        <source>This file holds more or larger files than a Pulih package does; it was refused.</source>
        <translation>This file holds more or larger files than a Pulih package does; it was refused.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="49"/>
        <source>This package has no signed manifest; it was refused.</source>
        <translation>This package has no signed manifest; it was refused.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="50"/>
        <source>This file is not a package of the format {format}; it was refused.</source>
        <translation>This file is not a package of the format {format}; it was refused.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="51"/>
        <source>This package is signed with a key that is not imported for facility {facility}. Import that facility's public keys first (Admin &gt; Facility profile).</source>
        <translation>This package is signed with a key that is not imported for facility {facility}. Import that facility's public keys first (Admin &gt; Facility profile).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="53"/>
        <source>The signature of this package does not match: it was changed after it was signed. It was refused.</source>
        <translation>The signature of this package does not match: it was changed after it was signed. It was refused.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="55"/>
        <source>The manifest of this package lacks the period, the date or the definitions version; it was refused.</source>
        <translation>The manifest of this package lacks the period, the date or the definitions version; it was refused.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="57"/>
        <source>Key {key} was revoked from {date}; this package was refused.</source>
        <translation>Key {key} was revoked from {date}; this package was refused.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="58"/>
        <source>Key {key} was retired on {date}; this package was refused.</source>
        <translation>Key {key} was retired on {date}; this package was refused.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="59"/>
        <source>This package was counted by definitions version {version}, which is unknown to this Pulih. Update Pulih to import it.</source>
        <translation>This package was counted by definitions version {version}, which is unknown to this Pulih. Update Pulih to import it.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="61"/>
        <source>The files of this package are not those its manifest lists; it was refused.</source>
        <translation>The files of this package are not those its manifest lists; it was refused.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="63"/>
        <source>{name} was changed after the package was signed; the package was refused.</source>
        <translation>{name} was changed after the package was signed; the package was refused.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="65"/>
        <source>The tally in this package cannot be read or is not of the month its manifest names; it was refused.</source>
        <translation>The tally in this package cannot be read or is not of the month its manifest names; it was refused.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="67"/>
        <source>Set up the facility profile first.</source>
        <translation>Set up the facility profile first.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/province.py" line="40"/>
        <source>This installation is not marked as a provincial office (Settings: provincial office). Facility packages are imported there.</source>
        <translation>This installation is not marked as a provincial office (Settings: provincial office). Facility packages are imported there.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/province.py" line="42"/>
        <source>This package of {facility} for {period} was made on {made}, before the one already imported (made on {kept}); the newer one is kept.</source>
        <translation>This package of {facility} for {period} was made on {made}, before the one already imported (made on {kept}); the newer one is kept.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/province.py" line="44"/>
        <source>No facility package of {period} has been imported yet.</source>
        <translation>No facility package of {period} has been imported yet.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/province.py" line="45"/>
        <source>The packages of {period} were counted under different definitions versions ({versions}), so they cannot be added up into one package. Ask the facilities on the older version to update Pulih and send the month again.</source>
        <translation>The packages of {period} were counted under different definitions versions ({versions}), so they cannot be added up into one package. Ask the facilities on the older version to update Pulih and send the month again.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/tally.py" line="30"/>
        <source>There is no such period: {value}.</source>
        <translation>There is no such period: {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_panel.py" line="41"/>
        <source>{field}: no person has this registration number or NIK.</source>
        <translation>{field}: no person has this registration number or NIK.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="28"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/asi_grids.py" line="44"/>
        <source>{substance}, {column}: write a whole number from {low} to {high}.</source>
        <translation>{substance}, {column}: write a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="17"/>
        <source>{field}: write the date as day-month-year, for example 17-08-1995.</source>
        <translation>{field}: write the date as day-month-year, for example 17-08-1995.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="19"/>
        <source>{field}: {typed} is not a date that exists; check the day and the month.</source>
        <translation>{field}: {typed} is not a date that exists; check the day and the month.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/errors.py" line="30"/>
        <source>The computer refused to read or write a file ({detail}). Nothing was saved; what you typed is still here.</source>
        <translation>The computer refused to read or write a file ({detail}). Nothing was saved; what you typed is still here.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../models/core/client_file.py" line="18"/>
        <source>Client list file</source>
        <translation>Client list file</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_mapping.py" line="47"/>
        <source>Mapping file</source>
        <translation>Mapping file</translation>
    </message>
    <message>
        <location filename="../../models/tallies/exchange_package.py" line="42"/>
        <source>Package</source>
        <translation>Package</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <location filename="../../ui/exchange/exchange_tab.py" line="39"/>
        <source>Codes for national systems</source>
        <translation>Codes for national systems</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_tab.py" line="40"/>
        <source>Provincial roll-up</source>
        <translation>Provincial roll-up</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/exchange_tab.py" line="41"/>
        <source>Import client list</source>
        <translation>Import client list</translation>
    </message>
</context>
<context>
    <name>FacilityForm</name>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="76"/>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="77"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="100"/>
        <source>One line each, as on the letterhead, e.g.
BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA
BADAN NARKOTIKA NASIONAL KOTA ...</source>
        <translation>One line each, as on the letterhead, e.g.
BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA
BADAN NARKOTIKA NASIONAL KOTA ...</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="103"/>
        <source>Choose a PNG or JPEG file...</source>
        <translation>Choose a PNG or JPEG file...</translation>
    </message>
</context>
<context>
    <name>FacilityPanel</name>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="172"/>
        <source>Every letter and certificate is printed on this letterhead. The name lines go from the ministry or parent body down to the facility itself.</source>
        <translation>Every letter and certificate is printed on this letterhead. The name lines go from the ministry or parent body down to the facility itself.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="175"/>
        <source>Line 1, e.g. BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA</source>
        <translation>Line 1, e.g. BADAN NARKOTIKA NASIONAL REPUBLIK INDONESIA</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="176"/>
        <source>Line 2 (optional)</source>
        <translation>Line 2 (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="176"/>
        <source>Line 3 (optional)</source>
        <translation>Line 3 (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="177"/>
        <source>Line 4 (optional)</source>
        <translation>Line 4 (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="180"/>
        <source>e.g. BNNK-JU (used in document numbers)</source>
        <translation>e.g. BNNK-JU (used in document numbers)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="183"/>
        <source>(not chosen)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="184"/>
        <source>18 digits</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="185"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="186"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="187"/>
        <source>PNG or JPEG, at most 2 MB</source>
        <translation>PNG or JPEG, at most 2 MB</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="189"/>
        <location filename="../../ui/admin/facility_panel.py" line="299"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="190"/>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="191"/>
        <source>Undo my edits</source>
        <translation>Undo my edits</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="231"/>
        <source>The facility has no profile yet. Fill it in and save it.</source>
        <translation>The facility has no profile yet. Fill it in and save it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="263"/>
        <source>Facility profile saved.</source>
        <translation>Facility profile saved.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="271"/>
        <source>Choose the facility's logo</source>
        <translation>Choose the facility's logo</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="272"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/facility_panel.py" line="300"/>
        <source>Not an image</source>
        <translation>Not an image</translation>
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
        <translation>{suffix} file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialogs.py" line="42"/>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../ui/clients/record_header.py" line="59"/>
        <source>Kind</source>
        <extracomment>Banner colours per kind: background, border (legible in light and dark themes' text).</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="60"/>
        <source>What it says</source>
        <translation>What it says</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="61"/>
        <source>Add a flag</source>
        <translation>Add a flag</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="64"/>
        <source>Why is it cleared?</source>
        <translation>Why is it cleared?</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="65"/>
        <source>Clear the flag</source>
        <translation>Clear the flag</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../models/rumatan/summary.py" line="30"/>
        <source>Active clients</source>
        <translation>Active clients</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="31"/>
        <source>Clients with a dose order in force on at least one day of the month.</source>
        <translation>Clients with a dose order in force on at least one day of the month.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="32"/>
        <source>New clients</source>
        <translation>New clients</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="33"/>
        <source>Clients whose first dose order ever starts in the month.</source>
        <translation>Clients whose first dose order ever starts in the month.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="34"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="35"/>
        <source>Clients whose therapy ended in the month: the last day of their last order falls in the month and no order of theirs is open.</source>
        <translation>Clients whose therapy ended in the month: the last day of their last order falls in the month and no order of theirs is open.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="37"/>
        <source>Average dose (mg)</source>
        <translation>Average dose (mg)</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="38"/>
        <source>The mean of the regular doses given in the month (observed and take-home), in mg, to one decimal; split and replacement doses are not included.</source>
        <translation>The mean of the regular doses given in the month (observed and take-home), in mg, to one decimal; split and replacement doses are not included.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="40"/>
        <source>Observed doses given</source>
        <translation>Observed doses given</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="41"/>
        <source>Regular doses taken under observation at the window on a day of the month.</source>
        <translation>Regular doses taken under observation at the window on a day of the month.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="42"/>
        <source>Take-home doses</source>
        <translation>Take-home doses</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="43"/>
        <source>Take-home doses for a day of the month (counted on the day they are for).</source>
        <translation>Take-home doses for a day of the month (counted on the day they are for).</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="44"/>
        <source>Missed days</source>
        <translation>Missed days</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="45"/>
        <source>Days of the month, up to the day before the count, on which an order was in force, the client was not in hospital, detained or away, and no regular dose was given or taken home.</source>
        <translation>Days of the month, up to the day before the count, on which an order was in force, the client was not in hospital, detained or away, and no regular dose was given or taken home.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="48"/>
        <source>Started 6 months earlier</source>
        <translation>Started 6 months earlier</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="49"/>
        <source>Clients whose first order started in the month six months before this one.</source>
        <translation>Clients whose first order started in the month six months before this one.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="50"/>
        <source>Of them still in therapy</source>
        <translation>Of them still in therapy</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="51"/>
        <location filename="../../models/rumatan/summary.py" line="56"/>
        <source>Of those clients, the ones with an order in force on the last day of this month (or on the day of the count, for a month still running).</source>
        <translation>Of those clients, the ones with an order in force on the last day of this month (or on the day of the count, for a month still running).</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="53"/>
        <source>Started 12 months earlier</source>
        <translation>Started 12 months earlier</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="54"/>
        <source>Clients whose first order started in the month twelve months before this one.</source>
        <translation>Clients whose first order started in the month twelve months before this one.</translation>
    </message>
    <message>
        <location filename="../../models/rumatan/summary.py" line="55"/>
        <source>Of them still in therapy (12 months)</source>
        <translation>Of them still in therapy (12 months)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="35"/>
        <source>By-name, by-address list of clients served (BNBA)</source>
        <translation>By-name, by-address list of clients served (BNBA)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="36"/>
        <source>Confidential: personal health data (UU 27/2022). For the named recipient only; do not copy or pass on.</source>
        <translation>Confidential: personal health data (UU 27/2022). For the named recipient only; do not copy or pass on.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="38"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="38"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="41"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="41"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="42"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="42"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="42"/>
        <location filename="../../models/tallies/indicators.py" line="103"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="43"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="43"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="43"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="44"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="44"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="44"/>
        <source>Regency / city</source>
        <translation>Regency / city</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="45"/>
        <location filename="../../models/tallies/indicators.py" line="104"/>
        <source>Primary substance</source>
        <translation>Primary substance</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="45"/>
        <location filename="../../models/tallies/indicators.py" line="112"/>
        <source>Service type</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="46"/>
        <source>Date admitted</source>
        <translation>Date admitted</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="46"/>
        <location filename="../../models/tallies/indicators.py" line="110"/>
        <source>Referral route</source>
        <translation>Referral route</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="47"/>
        <source>Date discharged</source>
        <translation>Date discharged</translation>
    </message>
    <message>
        <location filename="../../models/tallies/bnba.py" line="47"/>
        <source>Wajib lapor</source>
        <translation>Wajib lapor</translation>
    </message>
    <message>
        <location filename="../../models/tallies/close.py" line="32"/>
        <source>Reason for reopening</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="36"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="36"/>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="36"/>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="36"/>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="36"/>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="37"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="37"/>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="37"/>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="37"/>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="37"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="38"/>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="38"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="40"/>
        <source>Monthly report of rehabilitation services</source>
        <translation>Monthly report of rehabilitation services</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="41"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="42"/>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="43"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="44"/>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="45"/>
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="46"/>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="47"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="48"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="49"/>
        <source>Annual targets</source>
        <translation>Annual targets</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="50"/>
        <source>Definitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="51"/>
        <source>How the numbers are counted</source>
        <translation>How the numbers are counted</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="52"/>
        <source>New clients by primary substance, {period}</source>
        <translation>New clients by primary substance, {period}</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="53"/>
        <source>The last twelve months</source>
        <translation>The last twelve months</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="54"/>
        <source>All others</source>
        <translation>All others</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="55"/>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="56"/>
        <source>Made on {date} by {name}.</source>
        <translation>Made on {date} by {name}.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="57"/>
        <source>Month closed on {date} by {name}; definitions version {version}; checksum {checksum}.</source>
        <translation>Month closed on {date} by {name}; definitions version {version}; checksum {checksum}.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="59"/>
        <source>Provisional figures: the month has not been closed, so they can still change.</source>
        <translation>Provisional figures: the month has not been closed, so they can still change.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="61"/>
        <source>Counts from 1 to 4 are shown as &lt;5; a * hides a further count so that no hidden count can be worked out from the total.</source>
        <translation>Counts from 1 to 4 are shown as &lt;5; a * hides a further count so that no hidden count can be worked out from the total.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="63"/>
        <source>PROVISIONAL</source>
        <translation>PROVISIONAL</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="64"/>
        <source>Acknowledged by,</source>
        <translation>Acknowledged by,</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="65"/>
        <source>Head of the facility</source>
        <translation>Head of the facility</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="66"/>
        <source>Prepared by,</source>
        <translation>Prepared by,</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="67"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="68"/>
        <location filename="../../models/tallies/tally.py" line="29"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="70"/>
        <source>Audit checkpoint</source>
        <translation>Audit checkpoint</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="71"/>
        <source>The signed state of the audit trail when this closed month was exported. Keep the file: "python main.py check --audit --checkpoint FILE" shows whether the trail was rewritten since.</source>
        <translation>The signed state of the audit trail when this closed month was exported. Keep the file: "python main.py check --audit --checkpoint FILE" shows whether the trail was rewritten since.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="75"/>
        <source>{low}-{high} years</source>
        <translation>{low}-{high} years</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="76"/>
        <source>{low} years and over</source>
        <translation>{low} years and over</translation>
    </message>
    <message>
        <location filename="../../models/tallies/export.py" line="77"/>
        <source>age unknown</source>
        <translation>age unknown</translation>
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
        <translation>No phase recorded yet</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="45"/>
        <source>A period runs from its first day to its last day, both included. An event (a report, an admission, a discharge, a test, a certificate) counts in the period that holds its date; a test or a certificate is dated by the day it was taken or issued, whatever the hour.</source>
        <translation>A period runs from its first day to its last day, both included. An event (a report, an admission, a discharge, a test, a certificate) counts in the period that holds its date; a test or a certificate is dated by the day it was taken or issued, whatever the hour.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="49"/>
        <source>The unit is the episode of care: a person admitted twice in one period counts twice among the admissions.</source>
        <translation>The unit is the episode of care: a person admitted twice in one period counts twice among the admissions.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="51"/>
        <source>An episode that spans months is a new client only in the month of its admission, and a continuing client in every later month up to and including the month of its discharge; it never counts as both in one period.</source>
        <translation>An episode that spans months is a new client only in the month of its admission, and a continuing client in every later month up to and including the month of its discharge; it never counts as both in one period.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="55"/>
        <source>A discharge on the last day of a month counts among that month's discharges; the client is still counted as served in that month, is not in that month's end census, and is not a continuing client of the next month. The census counts who is still in a program at the end of the period's last day.</source>
        <translation>A discharge on the last day of a month counts among that month's discharges; the client is still counted as served in that month, is not in that month's end census, and is not a continuing client of the next month. The census counts who is still in a program at the end of the period's last day.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="60"/>
        <source>Age is counted in completed years and goes up on the birthday itself: a client whose birthday is the first day of the period is counted at the new age (a birthday on 29 February counts as 28 February in common years). New clients are counted at their age on the day of admission, continuing clients at their age on the first day of the period. A missing birth date, or one after that day, counts as age unknown.</source>
        <translation>Age is counted in completed years and goes up on the birthday itself: a client whose birthday is the first day of the period is counted at the new age (a birthday on 29 February counts as 28 February in common years). New clients are counted at their age on the day of admission, continuing clients at their age on the first day of the period. A missing birth date, or one after that day, counts as age unknown.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="67"/>
        <source>Year to date runs from 1 January to the last day of the month reported. A figure at the period's end (census, phases, waiting list) is the same for the month and for the year to date.</source>
        <translation>Year to date runs from 1 January to the last day of the month reported. A figure at the period's end (census, phases, waiting list) is the same for the month and for the year to date.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="102"/>
        <source>Sex and age band</source>
        <translation>Sex and age band</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="106"/>
        <source>Route of use of the primary substance</source>
        <translation>Route of use of the primary substance</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="108"/>
        <source>Diagnosis (ICD-10)</source>
        <translation>Diagnosis (ICD-10)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="111"/>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="113"/>
        <source>Program phase</source>
        <translation>Program phase</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="114"/>
        <source>Reason for discharge</source>
        <translation>Reason for discharge</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="116"/>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="117"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="118"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="119"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="120"/>
        <source>SKHPN result</source>
        <translation>SKHPN result</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="121"/>
        <source>SKHPN purpose</source>
        <translation>SKHPN purpose</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="122"/>
        <source>Kind of appointment</source>
        <translation>Kind of appointment</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="136"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="137"/>
        <source>Reports and referrals</source>
        <translation>Reports and referrals</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="138"/>
        <source>Substances and diagnoses</source>
        <translation>Substances and diagnoses</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="139"/>
        <source>Service types</source>
        <translation>Service types</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="140"/>
        <source>Census</source>
        <translation>Census</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="141"/>
        <source>Discharge and aftercare</source>
        <translation>Discharge and aftercare</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="142"/>
        <source>Assessments and urine tests</source>
        <translation>Assessments and urine tests</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="143"/>
        <source>SKHPN</source>
        <translation>SKHPN</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="144"/>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="176"/>
        <source>New clients (admissions)</source>
        <translation>New clients (admissions)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="177"/>
        <source>Episodes whose admission date (the first day of service) falls in the period, by sex and by age on the day of admission. A screening or an assessment alone is not an admission.</source>
        <translation>Episodes whose admission date (the first day of service) falls in the period, by sex and by age on the day of admission. A screening or an assessment alone is not an admission.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="180"/>
        <source>Continuing clients</source>
        <translation>Continuing clients</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="181"/>
        <source>Episodes admitted before the first day of the period and not discharged before it, by sex and by age on the first day of the period.</source>
        <translation>Episodes admitted before the first day of the period and not discharged before it, by sex and by age on the first day of the period.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="183"/>
        <source>Clients served</source>
        <translation>Clients served</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="184"/>
        <source>New and continuing clients together: episodes in a program on at least one day of the period, by service type.</source>
        <translation>New and continuing clients together: episodes in a program on at least one day of the period, by service type.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="186"/>
        <source>Reports received</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="187"/>
        <source>Episodes whose report date falls in the period, admitted or not, by referral route.</source>
        <translation>Episodes whose report date falls in the period, admitted or not, by referral route.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="189"/>
        <source>Reports received by reporter</source>
        <translation>Reports received by reporter</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="191"/>
        <source>The same reports, by who made the report.</source>
        <translation>The same reports, by who made the report.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="192"/>
        <source>Wajib lapor reports received</source>
        <translation>Wajib lapor reports received</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="193"/>
        <source>Reports received in the period that were made under the duty to report (wajib lapor, PP 25/2011).</source>
        <translation>Reports received in the period that were made under the duty to report (wajib lapor, PP 25/2011).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="195"/>
        <source>New clients by primary substance</source>
        <translation>New clients by primary substance</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="197"/>
        <source>Admissions in the period by the primary substance recorded at intake.</source>
        <translation>Admissions in the period by the primary substance recorded at intake.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="198"/>
        <source>New clients by route of use</source>
        <translation>New clients by route of use</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="200"/>
        <source>Admissions in the period by the route of use of the primary substance.</source>
        <translation>Admissions in the period by the route of use of the primary substance.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="201"/>
        <source>New clients by diagnosis</source>
        <translation>New clients by diagnosis</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="203"/>
        <source>Admissions in the period by the ICD-10 category (F10 to F19) of the episode's latest signed diagnosis made on or before the period's last day; an episode without one counts as not recorded.</source>
        <translation>Admissions in the period by the ICD-10 category (F10 to F19) of the episode's latest signed diagnosis made on or before the period's last day; an episode without one counts as not recorded.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="206"/>
        <source>New clients by service type</source>
        <translation>New clients by service type</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="208"/>
        <source>Admissions in the period by the service type of the episode.</source>
        <translation>Admissions in the period by the service type of the episode.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="209"/>
        <source>Outpatient clients admitted</source>
        <translation>Outpatient clients admitted</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="210"/>
        <source>Admissions in the period to outpatient care (rawat jalan), maintenance therapy (rumatan) included.</source>
        <translation>Admissions in the period to outpatient care (rawat jalan), maintenance therapy (rumatan) included.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="212"/>
        <source>Inpatient clients admitted</source>
        <translation>Inpatient clients admitted</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="213"/>
        <source>Admissions in the period to inpatient care (rawat inap).</source>
        <translation>Admissions in the period to inpatient care (rawat inap).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="214"/>
        <source>Social rehabilitation clients admitted</source>
        <translation>Social rehabilitation clients admitted</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="216"/>
        <source>Admissions in the period to social rehabilitation.</source>
        <translation>Admissions in the period to social rehabilitation.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="217"/>
        <source>Closed without admission (tidak melanjutkan)</source>
        <translation>Closed without admission (tidak melanjutkan)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="219"/>
        <source>Episodes in screening or on the waiting list that were closed in the period as not continuing to admission, by service type, dated by the day they were closed. They never count as admissions.</source>
        <translation>Episodes in screening or on the waiting list that were closed in the period as not continuing to admission, by service type, dated by the day they were closed. They never count as admissions.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="222"/>
        <source>Census at the end of the period</source>
        <translation>Census at the end of the period</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="223"/>
        <source>Episodes admitted on or before the period's last day and not discharged on or before it, by service type.</source>
        <translation>Episodes admitted on or before the period's last day and not discharged on or before it, by service type.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="225"/>
        <source>Clients in each phase</source>
        <translation>Clients in each phase</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="226"/>
        <source>The same census by the phase each client was in at the end of the period's last day, from the dated phase moves that were not undone.</source>
        <translation>The same census by the phase each client was in at the end of the period's last day, from the dated phase moves that were not undone.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="229"/>
        <source>Waiting list at the end of the period</source>
        <translation>Waiting list at the end of the period</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="231"/>
        <source>Episodes put on the waiting list on or before the period's last day that had not left it (admitted or withdrawn) by the end of that day.</source>
        <translation>Episodes put on the waiting list on or before the period's last day that had not left it (admitted or withdrawn) by the end of that day.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="234"/>
        <source>Waiting list by service type</source>
        <translation>Waiting list by service type</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="236"/>
        <source>The same waiting list by the service type each episode waits for (places are counted per service type).</source>
        <translation>The same waiting list by the service type each episode waits for (places are counted per service type).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="238"/>
        <source>Discharges</source>
        <translation>Discharges</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="239"/>
        <source>Discharges (terminasi) dated in the period, by reason.</source>
        <translation>Discharges (terminasi) dated in the period, by reason.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="240"/>
        <source>Entries into aftercare</source>
        <translation>Entries into aftercare</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="241"/>
        <source>Aftercare plans that started in the period.</source>
        <translation>Aftercare plans that started in the period.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="242"/>
        <source>Aftercare contacts made</source>
        <translation>Aftercare contacts made</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="244"/>
        <source>Aftercare contacts dated in the period, by kind of contact.</source>
        <translation>Aftercare contacts dated in the period, by kind of contact.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="245"/>
        <source>Assessments done</source>
        <translation>Assessments done</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="246"/>
        <source>Signed assessments dated in the period, of clients and of SKHPN applicants, by instrument. Drafts do not count.</source>
        <translation>Signed assessments dated in the period, of clients and of SKHPN applicants, by instrument. Drafts do not count.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="248"/>
        <source>Integrated assessments (TAT)</source>
        <translation>Integrated assessments (TAT)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="249"/>
        <source>Signed integrated assessments (TAT) dated in the period.</source>
        <translation>Signed integrated assessments (TAT) dated in the period.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="250"/>
        <source>Urine tests</source>
        <translation>Urine tests</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="251"/>
        <source>Urine rapid tests collected in the period: positive when any parameter is positive, invalid when none is positive and one is invalid, otherwise negative.</source>
        <translation>Urine rapid tests collected in the period: positive when any parameter is positive, invalid when none is positive and one is invalid, otherwise negative.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="254"/>
        <source>Positive urine screens by confirmation</source>
        <translation>Positive urine screens by confirmation</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="256"/>
        <source>The urine rapid tests collected in the period with a positive parameter, by their confirmation as recorded when counted: a laboratory's positive result, the client's own admission of use, a laboratory's negative result, or none yet. A positive screen is presumptive until confirmed.</source>
        <translation>The urine rapid tests collected in the period with a positive parameter, by their confirmation as recorded when counted: a laboratory's positive result, the client's own admission of use, a laboratory's negative result, or none yet. A positive screen is presumptive until confirmed.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="260"/>
        <source>Physical examinations by a doctor</source>
        <translation>Physical examinations by a doctor</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="261"/>
        <source>Signed physical examinations dated in the period, each recorded and signed by a doctor on the examination's own form (SKHPN examinations included); the physical section of an ASI-based assessment is not counted here.</source>
        <translation>Signed physical examinations dated in the period, each recorded and signed by a doctor on the examination's own form (SKHPN examinations included); the physical section of an ASI-based assessment is not counted here.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="265"/>
        <source>SKHPN issued</source>
        <translation>SKHPN issued</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="266"/>
        <source>SKHPN certificates issued in the period and not voided, by result.</source>
        <translation>SKHPN certificates issued in the period and not voided, by result.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="268"/>
        <source>SKHPN issued by purpose</source>
        <translation>SKHPN issued by purpose</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="269"/>
        <source>The same certificates by the purpose the applicant gave.</source>
        <translation>The same certificates by the purpose the applicant gave.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="270"/>
        <source>SKHPN free of charge (SKTM)</source>
        <translation>SKHPN free of charge (SKTM)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="271"/>
        <source>Those certificates whose fee was waived on a certificate of poverty (SKTM).</source>
        <translation>Those certificates whose fee was waived on a certificate of poverty (SKTM).</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="273"/>
        <source>SKHPN fees received (rupiah)</source>
        <translation>SKHPN fees received (rupiah)</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="274"/>
        <source>The sum of the fees recorded on those certificates.</source>
        <translation>The sum of the fees recorded on those certificates.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="275"/>
        <source>Appointments attended</source>
        <translation>Appointments attended</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="277"/>
        <source>Client appointments dated in the period that the client attended, by kind; in a group session each participant marked present counts once. A moved appointment counts only where it was moved to; a cancelled one does not count.</source>
        <translation>Client appointments dated in the period that the client attended, by kind; in a group session each participant marked present counts once. A moved appointment counts only where it was moved to; a cancelled one does not count.</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="281"/>
        <source>Appointments missed</source>
        <translation>Appointments missed</translation>
    </message>
    <message>
        <location filename="../../models/tallies/indicators.py" line="283"/>
        <source>Client appointments dated in the period that the client did not attend, by kind, including those not marked by the end of their day (they become missed); in a group session each participant marked absent counts once.</source>
        <translation>Client appointments dated in the period that the client did not attend, by kind, including those not marked by the end of their day (they become missed); in a group session each participant marked absent counts once.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/intake/intake_page.py" line="63"/>
        <source>New registration</source>
        <translation>New registration</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_page.py" line="64"/>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <location filename="../../ui/intake/wizard.py" line="47"/>
        <source>1. Identity</source>
        <extracomment>fields in which Enter means "the default button" (a list or a button keeps its own Enter)</extracomment>
        <translation>1. Identity</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="48"/>
        <source>2. Arrival and referral</source>
        <translation>2. Arrival and referral</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="49"/>
        <source>3. Substances</source>
        <translation>3. Substances</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="50"/>
        <source>4. Consent and admission</source>
        <translation>4. Consent and admission</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="52"/>
        <source>in screening</source>
        <translation>in screening</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="53"/>
        <source>admitted to the program</source>
        <translation>admitted to the program</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="54"/>
        <source>on the waiting list: every place in the program is taken</source>
        <translation>on the waiting list: every place in the program is taken</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="61"/>
        <location filename="../../ui/intake/wizard.py" line="597"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="62"/>
        <source>Throw away everything typed for this registration? This cannot be undone.</source>
        <translation>Throw away everything typed for this registration? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="259"/>
        <source>New episode for {name} ({reg_no}), born {born}.</source>
        <translation>New episode for {name} ({reg_no}), born {born}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="282"/>
        <source>Your role may not register a new person: ask the intake desk, or open the person's record in Klien to add a new episode there.</source>
        <translation>Your role may not register a new person: ask the intake desk, or open the person's record in Klien to add a new episode there.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="317"/>
        <source>Restored what was typed before, kept at {time}.</source>
        <translation>Restored what was typed before, kept at {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="340"/>
        <source>Draft kept automatically.</source>
        <translation>Draft kept automatically.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/wizard.py" line="401"/>
        <source>Possibly already registered (%n):</source>
        <translation>
            <numerusform>Possibly already registered (%n):</numerusform>
            <numerusform>Possibly already registered (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="532"/>
        <source>Step {step}: {message}</source>
        <translation>Step {step}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="575"/>
        <source>Saved: {name}, registration number {reg_no}; the episode is {status}. Press Ctrl+N for the next person.</source>
        <translation>Saved: {name}, registration number {reg_no}; the episode is {status}. Press Ctrl+N for the next person.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="596"/>
        <source>Open this record instead</source>
        <translation>Open this record instead</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="598"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="599"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="600"/>
        <source>Next step (Alt+Right)</source>
        <translation>Next step (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="601"/>
        <source>&amp;Save registration</source>
        <translation>&amp;Save registration</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="602"/>
        <source>Save everything at once (Ctrl+Enter)</source>
        <translation>Save everything at once (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/wizard.py" line="603"/>
        <source>&amp;Open the record</source>
        <translation>&amp;Open the record</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <location filename="../../ui/integrity_check.py" line="27"/>
        <source>The check of the database file that runs after start-up found damage ({detail}). To keep what is there safe, Pulih saves nothing more from now on; what you can see is still shown. Close Pulih and start it again: it will check the file first and offer the newest good backup.</source>
        <translation>The check of the database file that runs after start-up found damage ({detail}). To keep what is there safe, Pulih saves nothing more from now on; what you can see is still shown. Close Pulih and start it again: it will check the file first and offer the newest good backup.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../ui/auth/key_dialog.py" line="48"/>
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location filename="../../ui/auth/key_dialog.py" line="49"/>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <location filename="../../ui/auth/key_dialog.py" line="51"/>
        <source>&amp;Key of the database:</source>
        <translation>&amp;Key of the database:</translation>
    </message>
</context>
<context>
    <name>KeyStateDialog</name>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="70"/>
        <source>Revoke key {key_id}</source>
        <translation>Revoke key {key_id}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="72"/>
        <source>Revoke a key that may be in someone else's hands (a stolen or lost computer). Papers signed with it and dated on or after the date below are refused as REVOKED everywhere this list reaches; export the keys again and send them to the other facilities. This cannot be undone.</source>
        <translation>Revoke a key that may be in someone else's hands (a stolen or lost computer). Papers signed with it and dated on or after the date below are refused as REVOKED everywhere this list reaches; export the keys again and send them to the other facilities. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="76"/>
        <source>Re&amp;voke the key</source>
        <translation>Re&amp;voke the key</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="78"/>
        <source>Retire key {key_id}</source>
        <translation>Retire key {key_id}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="80"/>
        <source>Retire a key that is no longer used (a desk computer replaced). Papers dated up to the date below stay valid; later ones are refused. The desk makes a new key for its next paper.</source>
        <translation>Retire a key that is no longer used (a desk computer replaced). Papers dated up to the date below stay valid; later ones are refused. The desk makes a new key for its next paper.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="83"/>
        <source>&amp;Retire the key</source>
        <translation>&amp;Retire the key</translation>
    </message>
    <message>
        <location filename="../../ui/documents/key_state_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="32"/>
        <source>Facility code</source>
        <translation>Facility code</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="32"/>
        <source>Key ID</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="33"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="33"/>
        <source>Whose</source>
        <translation>Whose</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="34"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="34"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="131"/>
        <source>Revoked from {date}</source>
        <translation>Revoked from {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="133"/>
        <source>Retired after {date}</source>
        <translation>Retired after {date}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="134"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="162"/>
        <source>Key {key_id} was revoked. Export the keys again and send them to the other facilities.</source>
        <translation>Key {key_id} was revoked. Export the keys again and send them to the other facilities.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="165"/>
        <source>Key {key_id} was retired.</source>
        <translation>Key {key_id} was retired.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="170"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="170"/>
        <source>This facility</source>
        <translation>This facility</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="198"/>
        <source>This facility has no signing key yet: one is made when the first document is issued.</source>
        <translation>This facility has no signing key yet: one is made when the first document is issued.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="205"/>
        <source>Save the public keys</source>
        <translation>Save the public keys</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="220"/>
        <source>Saved {path}: give this file to the other facility.</source>
        <translation>Saved {path}: give this file to the other facility.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="244"/>
        <source>Public keys as QR codes</source>
        <translation>Public keys as QR codes</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="250"/>
        <source>Import public keys</source>
        <translation>Import public keys</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/keys_panel.py" line="276"/>
        <source>%n key(s) imported.</source>
        <translation>
            <numerusform>%n key imported.</numerusform>
            <numerusform>%n keys imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="277"/>
        <source>These keys were already in the list; nothing was added.</source>
        <translation>These keys were already in the list; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="282"/>
        <source>Papers are signed with this facility's keys. Give the public keys to other facilities (as a file or a printed page of QR codes) so they can check your papers, and import theirs to check their papers here. Private keys never leave the computer that signs.</source>
        <translation>Papers are signed with this facility's keys. Give the public keys to other facilities (as a file or a printed page of QR codes) so they can check your papers, and import theirs to check their papers here. Private keys never leave the computer that signs.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="288"/>
        <source>Export to a &amp;file...</source>
        <translation>Export to a &amp;file...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="289"/>
        <source>Print as &amp;QR codes...</source>
        <translation>Print as &amp;QR codes...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="290"/>
        <source>Import another facility's keys (admins)</source>
        <translation>Import another facility's keys (admins)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="291"/>
        <source>Paste or scan the key text here (PULIH-KEY1|...)</source>
        <translation>Paste or scan the key text here (PULIH-KEY1|...)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="293"/>
        <source>From a f&amp;ile...</source>
        <translation>From a f&amp;ile...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="294"/>
        <source>Import the &amp;pasted text</source>
        <translation>Import the &amp;pasted text</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="295"/>
        <source>Re&amp;tire key...</source>
        <translation>Re&amp;tire key...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/keys_panel.py" line="296"/>
        <source>Re&amp;voke key...</source>
        <translation>Re&amp;voke key...</translation>
    </message>
</context>
<context>
    <name>LettersButton</name>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="186"/>
        <source>This person has no episode of care, so there is no letter to print. (An SKHPN is issued from the Documents page.)</source>
        <translation>This person has no episode of care, so there is no letter to print. (An SKHPN is issued from the Documents page.)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="285"/>
        <source>{number} (copy)</source>
        <translation>{number} (copy)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="331"/>
        <location filename="../../ui/documents/letters_menu.py" line="354"/>
        <source>(copy of {number})</source>
        <translation>(copy of {number})</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="336"/>
        <source>No consent recorded in the current episode</source>
        <translation>No consent recorded in the current episode</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="341"/>
        <source>Print a letter</source>
        <translation>Print a letter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="349"/>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="350"/>
        <source>Print a letter of the current episode</source>
        <translation>Print a letter of the current episode</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="357"/>
        <source>New original, with a reason</source>
        <translation>New original, with a reason</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="172"/>
        <source>The window was locked on request. Enter the password to go on; what you typed is still there.</source>
        <translation>The window was locked on request. Enter the password to go on; what you typed is still there.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="174"/>
        <source>The window was locked after a while without use, to keep personal data private. Enter the password to go on; what you typed is still there.</source>
        <translation>The window was locked after a while without use, to keep personal data private. Enter the password to go on; what you typed is still there.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Rumatan</source>
        <translation>Rumatan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Reports</source>
        <translation>Reports</translation>
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
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>This screen comes in a later version of Pulih.</source>
        <translation>This screen comes in a later version of Pulih.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>&amp;Lock the window</source>
        <translation>&amp;Lock the window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="473"/>
        <source>Change my &amp;password...</source>
        <translation>Change my &amp;password...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>&amp;Find a client</source>
        <translation>&amp;Find a client</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>&amp;New intake</source>
        <translation>&amp;New intake</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="479"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>Database in use: {where}</source>
        <translation>Database in use: {where}</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="71"/>
        <source>Mapping in force: {version}. Data set {data_set}; organisation unit {org_unit}. Exports to DHIS2 and ADX use these codes; a province can load its own mapping file (the format is in docs/exchange-mapping.md).</source>
        <translation>Mapping in force: {version}. Data set {data_set}; organisation unit {org_unit}. Exports to DHIS2 and ADX use these codes; a province can load its own mapping file (the format is in docs/exchange-mapping.md).</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="75"/>
        <source>the facility code</source>
        <translation>the facility code</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="92"/>
        <source>Load a mapping file</source>
        <translation>Load a mapping file</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="93"/>
        <location filename="../../ui/exchange/mapping_panel.py" line="116"/>
        <source>Mapping (*.json)</source>
        <translation>Mapping (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="103"/>
        <source>The file cannot be read: {detail}</source>
        <translation>The file cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="114"/>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="122"/>
        <source>The file cannot be written: {detail}</source>
        <translation>The file cannot be written: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="136"/>
        <source>Data element (total)</source>
        <translation>Data element (total)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="136"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="137"/>
        <source>Category (ADX)</source>
        <translation>Category (ADX)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="137"/>
        <source>Data element (breakdown)</source>
        <translation>Data element (breakdown)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="138"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="139"/>
        <source>Load mapping file...</source>
        <translation>Load mapping file...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="140"/>
        <source>Save as file...</source>
        <translation>Save as file...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/mapping_panel.py" line="141"/>
        <source>Back to Pulih's own codes</source>
        <translation>Back to Pulih's own codes</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="170"/>
        <source>Merge two records of one person</source>
        <translation>Merge two records of one person</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="172"/>
        <source>Find the two records of the same person (name, NIK, registration number or phone), compare them, and choose the record to keep. Everything of the other record moves to it; the merge can be undone on the Merges tab.</source>
        <translation>Find the two records of the same person (name, NIK, registration number or phone), compare them, and choose the record to keep. Everything of the other record moves to it; the merge can be undone on the Merges tab.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="175"/>
        <source>First record</source>
        <translation>First record</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="175"/>
        <source>Second record</source>
        <translation>Second record</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="178"/>
        <source>Search: name, NIK, reg. no., phone</source>
        <translation>Search: name, NIK, reg. no., phone</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="179"/>
        <source>Keep this record</source>
        <translation>Keep this record</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="181"/>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="183"/>
        <source>Place, date of birth</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="186"/>
        <location filename="../../ui/admin/merge_dialog.py" line="305"/>
        <source>Episodes of care</source>
        <translation>Episodes of care</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="186"/>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="187"/>
        <location filename="../../ui/admin/merge_dialog.py" line="307"/>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="187"/>
        <location filename="../../ui/admin/merge_dialog.py" line="306"/>
        <source>Family contacts</source>
        <translation>Family contacts</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="188"/>
        <location filename="../../ui/admin/merge_dialog.py" line="308"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="188"/>
        <location filename="../../ui/admin/merge_dialog.py" line="307"/>
        <source>Urine tests</source>
        <translation>Urine tests</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="192"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="193"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="194"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="195"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="197"/>
        <source>The merged record stays in the database, marked as merged, and no longer appears in searches. The admin can undo the merge on the Merges tab.</source>
        <translation>The merged record stays in the database, marked as merged, and no longer appears in searches. The admin can undo the merge on the Merges tab.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="248"/>
        <source>(already merged)</source>
        <translation>(already merged)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="285"/>
        <source>Both sides show the same record. Choose the other record of this person.</source>
        <translation>Both sides show the same record. Choose the other record of this person.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="301"/>
        <source>{merged} ({merged_reg}) will be merged into {kept} ({kept_reg}).</source>
        <translation>{merged} ({merged_reg}) will be merged into {kept} ({kept_reg}).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="312"/>
        <source>Moves to the kept record: {items}.</source>
        <translation>Moves to the kept record: {items}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merge_dialog.py" line="313"/>
        <source>The merged record has no episodes, contacts, assessments, urine tests or documents to move.</source>
        <translation>The merged record has no episodes, contacts, assessments, urine tests or documents to move.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/person_picker.py" line="110"/>
        <source>Nobody found for “{text}”.</source>
        <translation>Nobody found for “{text}”.</translation>
    </message>
</context>
<context>
    <name>MergeTableModel</name>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="34"/>
        <source>Merged on</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="35"/>
        <source>Record kept</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="36"/>
        <source>Record merged</source>
        <translation>Record merged</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="37"/>
        <source>Rows moved</source>
        <translation>Rows moved</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="38"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="39"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="68"/>
        <source>Undone {when} by {name}</source>
        <translation>Undone {when} by {name}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="71"/>
        <source>In force; a later merge must be undone first</source>
        <translation>In force; a later merge must be undone first</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="72"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
</context>
<context>
    <name>MergesPanel</name>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="118"/>
        <source>Merge two records…</source>
        <translation>Merge two records…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="119"/>
        <location filename="../../ui/admin/merges_panel.py" line="194"/>
        <location filename="../../ui/admin/merges_panel.py" line="202"/>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="121"/>
        <source>No merges yet. When one person was registered twice, merge the two records here.</source>
        <translation>No merges yet. When one person was registered twice, merge the two records here.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="161"/>
        <source>Undo the chosen merge: each record gets back exactly what it had.</source>
        <translation>Undo the chosen merge: each record gets back exactly what it had.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="163"/>
        <source>A later merge involves these people; undo that one first.</source>
        <translation>A later merge involves these people; undo that one first.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="186"/>
        <source>{merged} was merged into {kept}. Undo merge gives each record back what it had.</source>
        <translation>{merged} was merged into {kept}. Undo merge gives each record back what it had.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="195"/>
        <source>Undo the merge of {merged} into {kept}? Both records become separate again, each with exactly the records it had before.</source>
        <translation>Undo the merge of {merged} into {kept}? Both records become separate again, each with exactly the records it had before.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="203"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../ui/admin/merges_panel.py" line="225"/>
        <source>{merged} and {kept} are separate records again.</source>
        <translation>{merged} and {kept} are separate records again.</translation>
    </message>
</context>
<context>
    <name>MissedPanel</name>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="116"/>
        <source>never attended</source>
        <translation>never attended</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="118"/>
        <source>last came {n} days ago</source>
        <translation>last came {n} days ago</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="119"/>
        <source>{name} · missed {date} · {since}</source>
        <translation>{name} · missed {date} · {since}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="123"/>
        <source>Did not come ({n})</source>
        <translation>Did not come ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="127"/>
        <source>{name} · no session for {n} days</source>
        <translation>{name} · no session for {n} days</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="131"/>
        <source>To trace ({n})</source>
        <translation>To trace ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="132"/>
        <source>Outpatients with no attended session for {n} days (a setting in Admin).</source>
        <translation>Outpatients with no attended session for {n} days (a setting in Admin).</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/missed_panel.py" line="136"/>
        <source>... and {n} more</source>
        <translation>... and {n} more</translation>
    </message>
</context>
<context>
    <name>MovePanel</name>
    <message>
        <location filename="../../ui/program/move_panel.py" line="25"/>
        <source>Forward to {phase}</source>
        <extracomment>How each kind of move reads on its button; the phase name is filled in.</extracomment>
        <translation>Forward to {phase}</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="26"/>
        <source>Back to {phase} (after a relapse)</source>
        <translation>Back to {phase} (after a relapse)</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="27"/>
        <source>Skip to {phase}</source>
        <translation>Skip to {phase}</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="139"/>
        <source>Choose the phase to move to first.</source>
        <translation>Choose the phase to move to first.</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="149"/>
        <source>Moved to {phase}.</source>
        <translation>Moved to {phase}.</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="163"/>
        <source>The last move was undone.</source>
        <translation>The last move was undone.</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="186"/>
        <source>needs a reason</source>
        <translation>needs a reason</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="190"/>
        <source>Move to another phase</source>
        <translation>Move to another phase</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="192"/>
        <source>The program template allows no move from this phase. The next step is the discharge.</source>
        <translation>The program template allows no move from this phase. The next step is the discharge.</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="194"/>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location filename="../../ui/program/move_panel.py" line="195"/>
        <source>&amp;Undo the last move</source>
        <translation>&amp;Undo the last move</translation>
    </message>
</context>
<context>
    <name>NationalExport</name>
    <message>
        <location filename="../../ui/exchange/month_export.py" line="17"/>
        <source>DHIS2 data value set (.json)</source>
        <translation>DHIS2 data value set (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/month_export.py" line="19"/>
        <source>DHIS2 data value set, CSV (.csv)</source>
        <translation>DHIS2 data value set, CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/month_export.py" line="21"/>
        <source>IHE ADX (.xml)</source>
        <translation>IHE ADX (.xml)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/month_export.py" line="22"/>
        <source>Signed package for the province (.zip)</source>
        <translation>Signed package for the province (.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/month_export.py" line="25"/>
        <source>Saved {path} (mapping {mapping}).</source>
        <translation>Saved {path} (mapping {mapping}).</translation>
    </message>
</context>
<context>
    <name>NewOriginalDialog</name>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="125"/>
        <source>New original</source>
        <translation>New original</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="126"/>
        <source>A new original of {letter}</source>
        <translation>A new original of {letter}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="128"/>
        <source>This episode already has {number}. Printing it again gives a copy (SALINAN) with the same number. A new original gets a new number; write why it is needed (for example: the card was lost). The reason is recorded.</source>
        <translation>This episode already has {number}. Printing it again gives a copy (SALINAN) with the same number. A new original gets a new number; write why it is needed (for example: the card was lost). The reason is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="132"/>
        <source>&amp;Issue a new original</source>
        <translation>&amp;Issue a new original</translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="79"/>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="84"/>
        <source>The password needs at least {count} characters. Give it to the new member in person; they can change it after signing in.</source>
        <translation>The password needs at least {count} characters. Give it to the new member in person; they can change it after signing in.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="86"/>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="87"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="95"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>NotContinuingDialog</name>
    <message>
        <location filename="../../ui/program/admission_box.py" line="275"/>
        <source>Not continuing (tidak melanjutkan)</source>
        <translation>Not continuing (tidak melanjutkan)</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="277"/>
        <source>The episode is closed without admission: it leaves screening or the waiting list and counts in the monthly report as not continuing. A later visit opens a new episode.</source>
        <translation>The episode is closed without admission: it leaves screening or the waiting list and counts in the monthly report as not continuing. A later visit opens a new episode.</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="280"/>
        <source>Close the episode</source>
        <translation>Close the episode</translation>
    </message>
    <message>
        <location filename="../../ui/program/admission_box.py" line="281"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/clinical/note_entries.py" line="104"/>
        <source>A short entry for each participant present: it is signed with the note and shown on that person's record only.</source>
        <translation>A short entry for each participant present: it is signed with the note and shown on that person's record only.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_entries.py" line="108"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_form.py" line="190"/>
        <source>Draft saved at {time}; not signed yet.</source>
        <translation>Draft saved at {time}; not signed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_form.py" line="244"/>
        <source>Signed by {name} on {when}. Locked: corrections are addenda.</source>
        <translation>Signed by {name} on {when}. Locked: corrections are addenda.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_form.py" line="250"/>
        <source>Draft by {name}; not signed yet.</source>
        <translation>Draft by {name}; not signed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_form.py" line="266"/>
        <source>Add attendees...</source>
        <translation>Add attendees...</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/note_form.py" line="267"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="63"/>
        <source>No note of this client contains this text.</source>
        <translation>No note of this client contains this text.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="112"/>
        <source>Search in this client's notes</source>
        <translation>Search in this client's notes</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="113"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="114"/>
        <source>New group note</source>
        <translation>New group note</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="115"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="116"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/notes_tab.py" line="117"/>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/home/overview_page.py" line="295"/>
        <source>You are the counselor of record of %Ln client(s).</source>
        <translation>
            <numerusform>You are the counselor of record of %Ln client.</numerusform>
            <numerusform>You are the counselor of record of %Ln clients.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="301"/>
        <source>This facility has not been set up yet. Its name and address will appear here once an admin has filled in the facility profile.</source>
        <translation>This facility has not been set up yet. Its name and address will appear here once an admin has filled in the facility profile.</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="303"/>
        <source>Clients registered</source>
        <translation>Clients registered</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="304"/>
        <source>Episodes of care by status</source>
        <translation>Episodes of care by status</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="310"/>
        <source>&amp;My clients</source>
        <translation>&amp;My clients</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="312"/>
        <source>Only the clients whose counselor of record you are, and your own drafts</source>
        <translation>Only the clients whose counselor of record you are, and your own drafts</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="313"/>
        <source>The &amp;whole facility</source>
        <translation>The &amp;whole facility</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="322"/>
        <source>Documents issued in {year}</source>
        <translation>Documents issued in {year}</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="323"/>
        <source>Documents issued this year</source>
        <translation>Documents issued this year</translation>
    </message>
    <message>
        <location filename="../../ui/home/overview_page.py" line="326"/>
        <source>The overview could not be loaded.</source>
        <translation>The overview could not be loaded.</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../ui/auth/own_password.py" line="44"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="47"/>
        <source>{name}: type your current password, then the new one twice (at least {count} characters). It counts from your next sign-in.</source>
        <translation>{name}: type your current password, then the new one twice (at least {count} characters). It counts from your next sign-in.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="51"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="52"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="62"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/own_password.py" line="71"/>
        <source>This is not your current password. Type the one you signed in with.</source>
        <translation>This is not your current password. Type the one you signed in with.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/clients/person_form.py" line="318"/>
        <source>{count} of 16 digits</source>
        <translation>{count} of 16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="335"/>
        <source>Filled in from the NIK: {what}. Check them against the card.</source>
        <translation>Filled in from the NIK: {what}. Check them against the card.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="340"/>
        <source>NIK valid. Province: {province}</source>
        <translation>NIK valid. Province: {province}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="351"/>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="354"/>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="357"/>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="376"/>
        <source>The date of birth is an estimate</source>
        <translation>The date of birth is an estimate</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="377"/>
        <source>The card really says so: save anyway (recorded in the audit trail)</source>
        <translation>The card really says so: save anyway (recorded in the audit trail)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="380"/>
        <source>Why? For example: the card was printed with this date</source>
        <translation>Why? For example: the card was printed with this date</translation>
    </message>
    <message>
        <location filename="../../ui/clients/person_form.py" line="381"/>
        <source>16 digits</source>
        <translation>16 digits</translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message numerus="yes">
        <location filename="../../ui/program/timeline.py" line="90"/>
        <source>target %n day(s)</source>
        <translation>
            <numerusform>target %n day</numerusform>
            <numerusform>target %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="91"/>
        <source>no target duration</source>
        <translation>no target duration</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="97"/>
        <source>now, since {date}: day {days}</source>
        <translation>now, since {date}: day {days}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/timeline.py" line="101"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="106"/>
        <source>entered {date}</source>
        <translation>entered {date}</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="109"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="133"/>
        <source>Start of the program</source>
        <translation>Start of the program</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="136"/>
        <source>{kind} (undone)</source>
        <translation>{kind} (undone)</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="138"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="153"/>
        <source>Phases of the program</source>
        <translation>Phases of the program</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="154"/>
        <source>Phase history</source>
        <translation>Phase history</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="156"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="156"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="156"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="156"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="156"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/program/timeline.py" line="157"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="92"/>
        <source>No camera was found on this computer. Choose a photo file instead (JPEG or PNG).</source>
        <translation>No camera was found on this computer. Choose a photo file instead (JPEG or PNG).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="113"/>
        <source>Camera: {name}. Ask the applicant to look at the camera, then take the photo.</source>
        <translation>Camera: {name}. Ask the applicant to look at the camera, then take the photo.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="118"/>
        <source>The camera does not work (it may be used by another program). Choose a photo file instead.</source>
        <translation>The camera does not work (it may be used by another program). Choose a photo file instead.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="137"/>
        <source>Choose the applicant's photo</source>
        <translation>Choose the applicant's photo</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="138"/>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="163"/>
        <source>This file is not a picture Pulih can read. Choose a JPEG or PNG photo.</source>
        <translation>This file is not a picture Pulih can read. Choose a JPEG or PNG photo.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="177"/>
        <location filename="../../ui/documents/photo_dialog.py" line="202"/>
        <source>No photo yet</source>
        <translation>No photo yet</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="195"/>
        <source>Applicant's photo</source>
        <translation>Applicant's photo</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="196"/>
        <source>&amp;Take the photo</source>
        <translation>&amp;Take the photo</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="197"/>
        <source>Choose a photo &amp;file...</source>
        <translation>Choose a photo &amp;file...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="199"/>
        <source>&amp;Keep this photo</source>
        <translation>&amp;Keep this photo</translation>
    </message>
    <message>
        <location filename="../../ui/documents/photo_dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/documents/preview.py" line="237"/>
        <source>Document {number} was voided. Copies printed from now on are marked DIBATALKAN.</source>
        <translation>Document {number} was voided. Copies printed from now on are marked DIBATALKAN.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="272"/>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="287"/>
        <source>Print {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/preview.py" line="300"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="315"/>
        <source>No program to show PDF files was found. Save the file and open it yourself.</source>
        <translation>No program to show PDF files was found. Save the file and open it yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="326"/>
        <source>Save the document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="342"/>
        <source>Saved as {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="347"/>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="348"/>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="349"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="350"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="351"/>
        <source>Fit the page to the window width</source>
        <translation>Fit the page to the window width</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="352"/>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="353"/>
        <source>Print on one of this computer's printers (Ctrl+P)</source>
        <translation>Print on one of this computer's printers (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="355"/>
        <source>Open in &amp;viewer</source>
        <translation>Open in &amp;viewer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="356"/>
        <source>Open the PDF in the computer's own PDF viewer</source>
        <translation>Open the PDF in the computer's own PDF viewer</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="357"/>
        <source>Save &amp;as...</source>
        <translation>Save &amp;as...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="358"/>
        <source>Save the PDF as a file (Ctrl+S)</source>
        <translation>Save the PDF as a file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="359"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/documents/preview.py" line="360"/>
        <source>&amp;Void this document...</source>
        <translation>&amp;Void this document...</translation>
    </message>
</context>
<context>
    <name>ProgramTab</name>
    <message>
        <location filename="../../ui/program/program_tab.py" line="233"/>
        <source>This person has no episode of care yet. Register an episode at intake first.</source>
        <translation>This person has no episode of care yet. Register an episode at intake first.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="236"/>
        <source>This episode was never in a program.</source>
        <translation>This episode was never in a program.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="238"/>
        <source>This episode is not in a program yet. Choose the program and the date it starts.</source>
        <translation>This episode is not in a program yet. Choose the program and the date it starts.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="242"/>
        <source>Counselor of record: {name}</source>
        <translation>Counselor of record: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="244"/>
        <source>No counselor of record yet: one is chosen at admission.</source>
        <translation>No counselor of record yet: one is chosen at admission.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="248"/>
        <source>The program ended on {date} with the discharge; last phase: {phase}.</source>
        <translation>The program ended on {date} with the discharge; last phase: {phase}.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="255"/>
        <source>Current phase: {phase}, since {date} ({days}).</source>
        <translation>Current phase: {phase}, since {date} ({days}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/program_tab.py" line="257"/>
        <source>day %n</source>
        <translation>
            <numerusform>day %n</numerusform>
            <numerusform>day %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/program_tab.py" line="259"/>
        <source>Target: %n day(s).</source>
        <translation>
            <numerusform>Target: %n day.</numerusform>
            <numerusform>Target: %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/program/program_tab.py" line="263"/>
        <source>Overdue: this phase has run %n day(s) past its target.</source>
        <translation>
            <numerusform>Overdue: this phase has run %n day past its target.</numerusform>
            <numerusform>Overdue: this phase has run %n days past its target.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="273"/>
        <source>Discharged on {date}: {reason} ({teds}).</source>
        <translation>Discharged on {date}: {reason} ({teds}).</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="279"/>
        <source>Recovered: {a} · Skilled: {b} · Independent: {c}</source>
        <translation>Recovered: {a} · Skilled: {b} · Independent: {c}</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="284"/>
        <source>Referred to: {place}</source>
        <translation>Referred to: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="287"/>
        <source>Recorded by {name}.</source>
        <translation>Recorded by {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="291"/>
        <source>Program templates</source>
        <translation>Program templates</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="293"/>
        <source>Phases, target durations and allowed moves of the programs (admins)</source>
        <translation>Phases, target durations and allowed moves of the programs (admins)</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="296"/>
        <source>&amp;Discharge…</source>
        <translation>&amp;Discharge…</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="297"/>
        <source>Change the counselor…</source>
        <translation>Change the counselor…</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="298"/>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <location filename="../../ui/program/program_tab.py" line="299"/>
        <source>Correct the discharge…</source>
        <translation>Correct the discharge…</translation>
    </message>
</context>
<context>
    <name>PtrmButton</name>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="56"/>
        <source>PTRM summary...</source>
        <translation>PTRM summary...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="57"/>
        <source>The month's rumatan (methadone) figures with definitions</source>
        <translation>The month's rumatan (methadone) figures with definitions</translation>
    </message>
</context>
<context>
    <name>PtrmDialog</name>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="109"/>
        <source>Retention at {n} months (%)</source>
        <translation>Retention at {n} months (%)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="111"/>
        <source>Of the clients who started {n} months earlier, the share still in therapy.</source>
        <translation>Of the clients who started {n} months earlier, the share still in therapy.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="120"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="120"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="121"/>
        <source>Definitions version</source>
        <translation>Definitions version</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="122"/>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="168"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="122"/>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="168"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="123"/>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="169"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="145"/>
        <source>Save the PTRM summary</source>
        <translation>Save the PTRM summary</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="162"/>
        <source>PTRM summary</source>
        <translation>PTRM summary</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="164"/>
        <source>Rumatan (PTRM) summary of {month}, counted on {day}; definitions version {version}.</source>
        <translation>Rumatan (PTRM) summary of {month}, counted on {day}; definitions version {version}.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="177"/>
        <source>Export CSV...</source>
        <translation>Export CSV...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="178"/>
        <source>Export XLSX...</source>
        <translation>Export XLSX...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/ptrm_dialog.py" line="179"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="13"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="15"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="16"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="17"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="18"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="19"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="20"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="21"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="22"/>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="23"/>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="24"/>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="25"/>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="26"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="27"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="28"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="29"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="30"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="31"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="32"/>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="33"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="34"/>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="35"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="36"/>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="37"/>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="38"/>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="39"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="40"/>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="41"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="42"/>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="43"/>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="44"/>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="45"/>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="46"/>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="47"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="48"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="49"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="50"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="51"/>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Are you sure you want to delete '%1'?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="52"/>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="53"/>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="54"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="55"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="57"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="60"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="61"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="62"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="63"/>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="64"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/file_dialog_texts.py" line="65"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="31"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="32"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="33"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="35"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="36"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="37"/>
        <source>Select All</source>
        <translation>Select All</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="15"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="16"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="18"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="19"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="20"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="21"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="22"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="23"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="24"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="25"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="26"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="27"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="28"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="29"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="30"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../ui/qt_texts.py" line="38"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="40"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="41"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="42"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="43"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/qt_texts.py" line="44"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="48"/>
        <source>Required fields missing</source>
        <translation>Required fields missing</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="49"/>
        <source>Impossible or future dates</source>
        <translation>Impossible or future dates</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="50"/>
        <source>In a program with no contact for {days} days</source>
        <translation>In a program with no contact for {days} days</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="51"/>
        <source>Assessments unsigned for more than {days} days</source>
        <translation>Assessments unsigned for more than {days} days</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="52"/>
        <source>Likely duplicate persons</source>
        <translation>Likely duplicate persons</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="53"/>
        <source>Entered more than {days} days after the fact</source>
        <translation>Entered more than {days} days after the fact</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="56"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="56"/>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="57"/>
        <source>identity number or reason for none</source>
        <translation>identity number or reason for none</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="57"/>
        <source>regency / city</source>
        <translation>regency / city</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="58"/>
        <source>primary substance</source>
        <translation>primary substance</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="58"/>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="61"/>
        <source>date of birth in the future</source>
        <translation>date of birth in the future</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="62"/>
        <source>born after the report date</source>
        <translation>born after the report date</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="63"/>
        <source>admitted before it was reported</source>
        <translation>admitted before it was reported</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="64"/>
        <source>discharged before admission</source>
        <translation>discharged before admission</translation>
    </message>
    <message>
        <location filename="../../models/tallies/data_quality.py" line="65"/>
        <source>a date after today</source>
        <translation>a date after today</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="72"/>
        <source>Checking the month's records...</source>
        <extracomment>The record's tab where a finding is corrected (rules about the person: the identity).</extracomment>
        <translation>Checking the month's records...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="99"/>
        <source>missing: {field}</source>
        <translation>missing: {field}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="104"/>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="106"/>
        <source>assessment no. {id}</source>
        <translation>assessment no. {id}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="107"/>
        <source>same birth date and name as record no. {id}</source>
        <translation>same birth date and name as record no. {id}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="118"/>
        <source>Completeness of required fields: {percent}%. </source>
        <translation>Completeness of required fields: {percent}%. </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="120"/>
        <source>No problems found for {month}.</source>
        <translation>No problems found for {month}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="122"/>
        <source>{count} problems to look at before closing {month}; double-click a line to open the record.</source>
        <translation>{count} problems to look at before closing {month}; double-click a line to open the record.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="149"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/quality_panel.py" line="149"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <location filename="../../ui/clients/record_header.py" line="142"/>
        <location filename="../../ui/clients/record_header.py" line="276"/>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="161"/>
        <source>Episode {number}: {status}, {service}</source>
        <translation>Episode {number}: {status}, {service}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="165"/>
        <source>No episode of care yet.</source>
        <translation>No episode of care yet.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="167"/>
        <source>Phase {phase} since {date}: day {days}</source>
        <translation>Phase {phase} since {date}: day {days}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="170"/>
        <source>Not in a program phase.</source>
        <translation>Not in a program phase.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="172"/>
        <source>No follow-up planned.</source>
        <translation>No follow-up planned.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="174"/>
        <source>Follow-up overdue since {date}</source>
        <translation>Follow-up overdue since {date}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="177"/>
        <source>Next follow-up: {date}</source>
        <translation>Next follow-up: {date}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="180"/>
        <source>No appointment booked.</source>
        <translation>No appointment booked.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="183"/>
        <source>Next appointment: {date} {time}, {kind} with {staff}</source>
        <translation>Next appointment: {date} {time}, {kind} with {staff}</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="209"/>
        <source>{kind}: {text} (set by {who}, {date})</source>
        <translation>{kind}: {text} (set by {who}, {date})</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="217"/>
        <source>Clear...</source>
        <translation>Clear...</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="272"/>
        <source>Add flag...</source>
        <translation>Add flag...</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_header.py" line="273"/>
        <source>A clinical, legal or administrative warning on this record (Ctrl+Shift+F)</source>
        <translation>A clinical, legal or administrative warning on this record (Ctrl+Shift+F)</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/clients/record_page.py" line="202"/>
        <source>You are correcting this record: save or cancel the correction first, then press Ctrl+F to search.</source>
        <translation>You are correcting this record: save or cancel the correction first, then press Ctrl+F to search.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="251"/>
        <source>born {date} ({age} years)</source>
        <translation>born {date} ({age} years)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="277"/>
        <source>Your role may not correct identities; ask the intake desk or an admin.</source>
        <translation>Your role may not correct identities; ask the intake desk or an admin.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="326"/>
        <source>{field}: “{before}” → “{after}” (other desk)</source>
        <translation>{field}: “{before}” → “{after}” (other desk)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="356"/>
        <source>Client list</source>
        <translation>Client list</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="357"/>
        <source>Back to the client list (Alt+Left)</source>
        <translation>Back to the client list (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="358"/>
        <source>New episode</source>
        <translation>New episode</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="359"/>
        <source>&amp;Edit identity</source>
        <translation>&amp;Edit identity</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="360"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="361"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="362"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="363"/>
        <source>Save my version over theirs</source>
        <translation>Save my version over theirs</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="364"/>
        <source>Discard mine, show theirs</source>
        <translation>Discard mine, show theirs</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="365"/>
        <source>Family contacts</source>
        <translation>Family contacts</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="365"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="366"/>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="366"/>
        <source>Episodes</source>
        <translation>Episodes</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="367"/>
        <source>Session notes</source>
        <translation>Session notes</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="367"/>
        <source>Urine tests</source>
        <translation>Urine tests</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="368"/>
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="368"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="369"/>
        <source>Who saw or changed this</source>
        <translation>Who saw or changed this</translation>
    </message>
    <message>
        <location filename="../../ui/clients/record_page.py" line="371"/>
        <source>Rumatan doses</source>
        <translation>Rumatan doses</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="77"/>
        <source>Referral to another facility</source>
        <translation>Referral to another facility</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="80"/>
        <source>The letter states the program, the working diagnosis of the last signed assessment, and what you write here.</source>
        <translation>The letter states the program, the working diagnosis of the last signed assessment, and what you write here.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="84"/>
        <source>The letter states the program and what you write here. It carries no diagnosis: you may not view assessments, so the receiving facility gets the diagnosis from the clinician.</source>
        <translation>The letter states the program and what you write here. It carries no diagnosis: you may not view assessments, so the receiving facility gets the diagnosis from the clinician.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/letters_menu.py" line="89"/>
        <source>&amp;Issue the referral letter</source>
        <translation>&amp;Issue the referral letter</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/documents/register_model.py" line="24"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="25"/>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="26"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="27"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="29"/>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="30"/>
        <source>Purpose or result</source>
        <translation>Purpose or result</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="33"/>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_model.py" line="34"/>
        <source>Valid</source>
        <translation>Valid</translation>
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
        <translation>SKHPN: application</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="319"/>
        <source>SKHPN: examination</source>
        <translation>SKHPN: examination</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="321"/>
        <source>Signing keys</source>
        <translation>Signing keys</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../ui/documents/register_page.py" line="160"/>
        <source>No document matches.</source>
        <translation>No document matches.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="162"/>
        <source>The newest {count} documents shown; scroll down for more.</source>
        <translation>The newest {count} documents shown; scroll down for more.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/register_page.py" line="165"/>
        <source>%n document(s).</source>
        <translation>
            <numerusform>%n document.</numerusform>
            <numerusform>%n documents.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="189"/>
        <source>Void the chosen document, with a reason</source>
        <translation>Void the chosen document, with a reason</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="202"/>
        <source>{number} (copy)</source>
        <translation>{number} (copy)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/register_page.py" line="245"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="257"/>
        <source>Document number or holder's name</source>
        <translation>Document number or holder's name</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="264"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="265"/>
        <source>&amp;Open a copy</source>
        <translation>&amp;Open a copy</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="266"/>
        <source>Show the document again, marked SALINAN, to print or save (Enter)</source>
        <translation>Show the document again, marked SALINAN, to print or save (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="268"/>
        <source>&amp;Void...</source>
        <translation>&amp;Void...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="269"/>
        <source>&amp;Certificates of a period...</source>
        <translation>&amp;Certificates of a period...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="270"/>
        <source>Chec&amp;k a paper...</source>
        <translation>Chec&amp;k a paper...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_page.py" line="271"/>
        <source>Check the QR code of a printed document (Ctrl+Shift+V)</source>
        <translation>Check the QR code of a printed document (Ctrl+Shift+V)</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="137"/>
        <source>{name} has not consented to be contacted. Record the consent below (ask the client first; they choose the channel).</source>
        <translation>{name} has not consented to be contacted. Record the consent below (ask the client first; they choose the channel).</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="142"/>
        <source>{name} consented on {date} to be reminded by {channel}{phone}.</source>
        <translation>{name} consented on {date} to be reminded by {channel}{phone}.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="171"/>
        <source>The text was copied: paste it into the SMS on the desk's phone.</source>
        <translation>The text was copied: paste it into the SMS on the desk's phone.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="174"/>
        <source>Remind the client</source>
        <translation>Remind the client</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="175"/>
        <source>Consent to be contacted</source>
        <translation>Consent to be contacted</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="176"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="176"/>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="177"/>
        <source>Consented on</source>
        <translation>Consented on</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="179"/>
        <source>The client agrees that messages may name the program (usually left unticked)</source>
        <translation>The client agrees that messages may name the program (usually left unticked)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="181"/>
        <source>Record the consent</source>
        <translation>Record the consent</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="186"/>
        <source>Message {n}</source>
        <translation>Message {n}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="189"/>
        <source>Open WhatsApp</source>
        <translation>Open WhatsApp</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="190"/>
        <source>Copy SMS text</source>
        <translation>Copy SMS text</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="191"/>
        <source>Print slip</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="192"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../models/appointments/reminders.py" line="47"/>
        <source>Good day. A reminder of your appointment on {day}, {date} at {time}, {place}. If you cannot come, please let us know at {phone}. Thank you.</source>
        <translation>Good day. A reminder of your appointment on {day}, {date} at {time}, {place}. If you cannot come, please let us know at {phone}. Thank you.</translation>
    </message>
    <message>
        <location filename="../../models/appointments/reminders.py" line="49"/>
        <source>Reminder: your appointment is on {day}, {date} at {time} at {place}. Please bring this message. To change the time, contact {phone}.</source>
        <translation>Reminder: your appointment is on {day}, {date} at {time} at {place}. Please bring this message. To change the time, contact {phone}.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/reminder_dialog.py" line="42"/>
        <source>Appointment slip</source>
        <translation>Appointment slip</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/exchange/laporan_extras.py" line="20"/>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/laporan_extras.py" line="21"/>
        <source>National systems</source>
        <translation>National systems</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/laporan_extras.py" line="22"/>
        <source>{count} data-quality problems are still open (see Data quality). Closing now records your confirmation with the closed month.</source>
        <translation>{count} data-quality problems are still open (see Data quality). Closing now records your confirmation with the closed month.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="38"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="39"/>
        <source>CSV, comma separated (.csv)</source>
        <translation>CSV, comma separated (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="40"/>
        <source>CSV for Excel in Indonesian (;)</source>
        <translation>CSV for Excel in Indonesian (;)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="42"/>
        <source>PDF report with charts (.pdf)</source>
        <translation>PDF report with charts (.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="43"/>
        <source>By-name list BNBA (.xlsx, admins)</source>
        <translation>By-name list BNBA (.xlsx, admins)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="191"/>
        <source>Counting the figures of the month...</source>
        <extracomment>kind -&gt; (button text, file filter, suffix)</extracomment>
        <translation>Counting the figures of the month...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="288"/>
        <source>Reopen the month...</source>
        <translation>Reopen the month...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="289"/>
        <location filename="../../ui/reports/reports_page.py" line="320"/>
        <location filename="../../ui/reports/reports_page.py" line="326"/>
        <source>Close the month</source>
        <translation>Close the month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="304"/>
        <source>Reopen the month</source>
        <translation>Reopen the month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="305"/>
        <source>Why must the closed figures change? (recorded in the audit trail)</source>
        <translation>Why must the closed figures change? (recorded in the audit trail)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="321"/>
        <source>Close {month}? Its figures are frozen as they are now and signed; changing them later needs a reopening with a reason, recorded in the audit trail.</source>
        <translation>Close {month}? Its figures are frozen as they are now and signed; changing them later needs a reopening with a reason, recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="326"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="350"/>
        <source>Save the export</source>
        <translation>Save the export</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="370"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="370"/>
        <source>Making the export...</source>
        <translation>Making the export...</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="398"/>
        <source>Saved {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="402"/>
        <source>The export could not be made ({detail}). Nothing was written.</source>
        <translation>The export could not be made ({detail}). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="407"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="426"/>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="427"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="428"/>
        <source>Hide counts 1-4 as &lt;5 (for reports leaving the facility)</source>
        <translation>Hide counts 1-4 as &lt;5 (for reports leaving the facility)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="430"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="433"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="433"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="434"/>
        <source>Annual target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="434"/>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_page.py" line="435"/>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="134"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="136"/>
        <source>New password for {name}. The account can sign in with it at once; any wait after failed sign-ins ends.</source>
        <translation>New password for {name}. The account can sign in with it at once; any wait after failed sign-ins ends.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="139"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="140"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="147"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirm</name>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="55"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="59"/>
        <source>Replace the data in use by this backup?</source>
        <translation>Replace the data in use by this backup?</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="62"/>
        <source>In use now</source>
        <translation>In use now</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="62"/>
        <source>The backup</source>
        <translation>The backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="65"/>
        <source>Facility code</source>
        <translation>Facility code</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="66"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="67"/>
        <source>Newest entry</source>
        <translation>Newest entry</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="68"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="69"/>
        <source>Episodes</source>
        <translation>Episodes</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="70"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="71"/>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="72"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="72"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="81"/>
        <source>The backup was checked completely. The database in use now is kept as a safety copy on the database server under another name.</source>
        <translation>The backup was checked completely. The database in use now is kept as a safety copy on the database server under another name.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="83"/>
        <source>The backup was checked completely. The database in use now is kept as a safety copy beside it.</source>
        <translation>The backup was checked completely. The database in use now is kept as a safety copy beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="86"/>
        <source>Only the newest {keep} safety copies are kept; older ones are deleted now. Everything entered after the backup (at every desk) will no longer be shown; it stays only in the safety copy. Pulih then closes: start it again and sign in.</source>
        <translation>Only the newest {keep} safety copies are kept; older ones are deleted now. Everything entered after the backup (at every desk) will no longer be shown; it stays only in the safety copy. Pulih then closes: start it again and sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="93"/>
        <source>This backup belongs to another facility ({code}): replace this facility's data with it</source>
        <translation>This backup belongs to another facility ({code}): replace this facility's data with it</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="98"/>
        <source>The backup is not encrypted: encrypt the restored data with the key in use</source>
        <translation>The backup is not encrypted: encrypt the restored data with the key in use</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="105"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="38"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="147"/>
        <source>Checking the backup completely…</source>
        <translation>Checking the backup completely…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="194"/>
        <source>Restoring the backup into a scratch database on the server and checking it again…</source>
        <translation>Restoring the backup into a scratch database on the server and checking it again…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="197"/>
        <source>Copying the backup beside the database…</source>
        <translation>Copying the backup beside the database…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="208"/>
        <source>The backup was put in place and the database before it kept beside it, but it cannot be opened now: {problem} Pulih must close; start it again when that is solved.</source>
        <translation>The backup was put in place and the database before it kept beside it, but it cannot be opened now: {problem} Pulih must close; start it again when that is solved.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="218"/>
        <source>The backup of {when} was restored; the data before it was kept as {safety}. Pulih closes now: start it again and sign in.</source>
        <translation>The backup of {when} was restored; the data before it was kept as {safety}. Pulih closes now: start it again and sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/restore_flow.py" line="221"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
</context>
<context>
    <name>RollupPanel</name>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="93"/>
        <source>Facilities send one signed package per month (Laporan &gt; National systems &gt; Signed package). Import their public keys first (Admin &gt; Facility profile), then their packages: the same package twice changes nothing; a newer one replaces the older and is recorded in the audit trail.</source>
        <extracomment>The indicators shown as columns (the package holds them all).</extracomment>
        <translation>Facilities send one signed package per month (Laporan &gt; National systems &gt; Signed package). Import their public keys first (Admin &gt; Facility profile), then their packages: the same package twice changes nothing; a newer one replaces the older and is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="97"/>
        <source>This installation is not a provincial office. To roll up the packages of several facilities, set "Provincial office" to 1 in Settings.</source>
        <translation>This installation is not a provincial office. To roll up the packages of several facilities, set "Provincial office" to 1 in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="117"/>
        <source>Province total ({count} facilities)</source>
        <translation>Province total ({count} facilities)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="131"/>
        <source>Not reported for {period}: {names}</source>
        <translation>Not reported for {period}: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="135"/>
        <source>Every known facility has reported for {period}.</source>
        <translation>Every known facility has reported for {period}.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="139"/>
        <source>Import facility packages</source>
        <translation>Import facility packages</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="140"/>
        <location filename="../../ui/exchange/rollup_panel.py" line="162"/>
        <source>Pulih package (*.zip)</source>
        <translation>Pulih package (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="161"/>
        <source>Save the province's package</source>
        <translation>Save the province's package</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="171"/>
        <source>The file cannot be written: {detail}</source>
        <translation>The file cannot be written: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="181"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="182"/>
        <source>Import packages...</source>
        <translation>Import packages...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="183"/>
        <source>Export the province's package...</source>
        <translation>Export the province's package...</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="185"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/rollup_panel.py" line="186"/>
        <source>Package made</source>
        <translation>Package made</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../ui/appointments/roster_dialog.py" line="62"/>
        <source>Group session {time}: attendance</source>
        <translation>Group session {time}: attendance</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/roster_dialog.py" line="64"/>
        <source>Untick who did not come (Space ticks or unticks), then save: everyone is marked at once.</source>
        <translation>Untick who did not come (Space ticks or unticks), then save: everyone is marked at once.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/roster_dialog.py" line="67"/>
        <source>Save attendance</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/roster_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RosterPicker</name>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="94"/>
        <source>No client in a program matches.</source>
        <translation>No client in a program matches.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="111"/>
        <source>Attendees of the group session</source>
        <translation>Attendees of the group session</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="112"/>
        <source>Tick the clients who attended. Only clients now in a program are listed.</source>
        <translation>Tick the clients who attended. Only clients now in a program are listed.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="114"/>
        <source>All programs</source>
        <translation>All programs</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="115"/>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="117"/>
        <source>Add to the roster</source>
        <translation>Add to the roster</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/roster_picker.py" line="118"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RumatanPage</name>
    <message>
        <location filename="../../ui/rumatan/rumatan_page.py" line="42"/>
        <source>Dispensing window</source>
        <translation>Dispensing window</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/rumatan_page.py" line="43"/>
        <source>Medicine stock</source>
        <translation>Medicine stock</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="127"/>
        <source>Newest registrations; type to search.</source>
        <translation>Newest registrations; type to search.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="129"/>
        <source>Nobody found for “{text}”.</source>
        <translation>Nobody found for “{text}”.</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="132"/>
        <source>The first {count} people found; type more to narrow the search.</source>
        <translation>The first {count} people found; type more to narrow the search.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/clients/search_panel.py" line="135"/>
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n person found.</numerusform>
            <numerusform>%n people found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="184"/>
        <source>Search by name, alias, NIK, registration number or phone (Ctrl+F)</source>
        <translation>Search by name, alias, NIK, registration number or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="185"/>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="186"/>
        <source>SKHPN applicants too</source>
        <translation>SKHPN applicants too</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="187"/>
        <source>Also list people who only applied for an SKHPN and never were rehab clients</source>
        <translation>Also list people who only applied for an SKHPN and never were rehab clients</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="189"/>
        <source>&amp;New intake</source>
        <translation>&amp;New intake</translation>
    </message>
    <message>
        <location filename="../../ui/clients/search_panel.py" line="190"/>
        <source>Register a new person (Ctrl+N)</source>
        <translation>Register a new person (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SeriesBox</name>
    <message>
        <location filename="../../ui/appointments/series_box.py" line="60"/>
        <source>Session series offered at enrolment</source>
        <translation>Session series offered at enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/series_box.py" line="61"/>
        <source>Sessions (0: none)</source>
        <translation>Sessions (0: none)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/series_box.py" line="62"/>
        <source>Days between sessions</source>
        <translation>Days between sessions</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/series_box.py" line="63"/>
        <source>Save the series</source>
        <translation>Save the series</translation>
    </message>
</context>
<context>
    <name>SessionsLabel</name>
    <message>
        <location filename="../../ui/appointments/sessions_label.py" line="39"/>
        <source>Counselling sessions: {done} of {planned} attended, {missed} missed, {booked} booked (Jadwal page).</source>
        <translation>Counselling sessions: {done} of {planned} attended, {missed} missed, {booked} booked (Jadwal page).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../models/core/verification_address.py" line="21"/>
        <source>Verification address of the facility's verifier page (https://…; empty: the QR holds the seal text)</source>
        <translation>Verification address of the facility's verifier page (https://…; empty: the QR holds the seal text)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="68"/>
        <source>Minutes without input before the window locks</source>
        <translation>Minutes without input before the window locks</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="71"/>
        <source>Failed sign-ins before the account waits</source>
        <translation>Failed sign-ins before the account waits</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="73"/>
        <source>Months between aftercare follow-ups</source>
        <translation>Months between aftercare follow-ups</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="75"/>
        <source>Number of aftercare follow-ups</source>
        <translation>Number of aftercare follow-ups</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="77"/>
        <source>SKHPN examination fee in rupiah</source>
        <translation>SKHPN examination fee in rupiah</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="79"/>
        <source>Months an SKHPN is valid</source>
        <translation>Months an SKHPN is valid</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="81"/>
        <source>Months a Kartu Lapor Diri is valid</source>
        <translation>Months a Kartu Lapor Diri is valid</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="83"/>
        <source>Urine test parameters beyond the six-panel</source>
        <translation>Urine test parameters beyond the six-panel</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="85"/>
        <source>Funding sources offered at intake</source>
        <translation>Funding sources offered at intake</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="87"/>
        <source>Lower edges of the age bands in tallies</source>
        <translation>Lower edges of the age bands in tallies</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="89"/>
        <source>Template of document numbers</source>
        <translation>Template of document numbers</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="91"/>
        <source>Daily backups kept</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="93"/>
        <source>Monthly backups kept</source>
        <translation>Monthly backups kept</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="95"/>
        <source>Backup folder, e.g. on a USB stick (empty: the folder 'backups' beside the database)</source>
        <translation>Backup folder, e.g. on a USB stick (empty: the folder 'backups' beside the database)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="98"/>
        <source>Automatic backup on exit and daily (1 on, 0 off)</source>
        <translation>Automatic backup on exit and daily (1 on, 0 off)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="101"/>
        <source>Outpatient (rawat jalan) places (0: no limit)</source>
        <translation>Outpatient (rawat jalan) places (0: no limit)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="104"/>
        <source>Inpatient (rawat inap) places (0: no limit)</source>
        <translation>Inpatient (rawat inap) places (0: no limit)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="107"/>
        <source>Maintenance (rumatan) places (0: no limit)</source>
        <translation>Maintenance (rumatan) places (0: no limit)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="110"/>
        <source>Social rehabilitation places (0: no limit)</source>
        <translation>Social rehabilitation places (0: no limit)</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="113"/>
        <source>Days an outpatient may go without an attended session before being listed to trace</source>
        <translation>Days an outpatient may go without an attended session before being listed to trace</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="116"/>
        <source>Days after the last urine test (or the admission) before a client in a program is due a test</source>
        <translation>Days after the last urine test (or the admission) before a client in a program is due a test</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="120"/>
        <source>Rumatan: consecutive missed days after which the next dose waits for a doctor's review</source>
        <translation>Rumatan: consecutive missed days after which the next dose waits for a doctor's review</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="123"/>
        <source>Rumatan: change of the daily dose (percent) that needs a confirmation and a reason</source>
        <translation>Rumatan: change of the daily dose (percent) that needs a confirmation and a reason</translation>
    </message>
    <message>
        <location filename="../../models/facility/facility.py" line="126"/>
        <source>Provincial office: imports and rolls up the facilities' monthly packages (1 yes, 0 no)</source>
        <translation>Provincial office: imports and rolls up the facilities' monthly packages (1 yes, 0 no)</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="151"/>
        <source>How Pulih works at this facility. A change applies from the next time it is used; nothing already recorded changes.</source>
        <translation>How Pulih works at this facility. A change applies from the next time it is used; nothing already recorded changes.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="155"/>
        <source>Default: {value}</source>
        <translation>Default: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="158"/>
        <source>from {low} to {high}</source>
        <translation>from {low} to {high}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="162"/>
        <source>separate the items with commas</source>
        <translation>separate the items with commas</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="164"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="165"/>
        <source>Undo my edits</source>
        <translation>Undo my edits</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="206"/>
        <source>Write whole numbers separated by commas, e.g. 0, 15, 20.</source>
        <translation>Write whole numbers separated by commas, e.g. 0, 15, 20.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="229"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_panel.py" line="231"/>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nothing to save: no setting was changed.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="233"/>
        <source>Pulih: first-time set-up</source>
        <translation>Pulih: first-time set-up</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="235"/>
        <source>This database is new. Enter the facility's profile (it is printed on the letterhead of every letter) and create the first admin account. Everything can be changed later under Admin.</source>
        <translation>This database is new. Enter the facility's profile (it is printed on the letterhead of every letter) and create the first admin account. Everything can be changed later under Admin.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="238"/>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="239"/>
        <source>First admin account</source>
        <translation>First admin account</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="240"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="241"/>
        <source>&amp;Encrypt the database</source>
        <translation>&amp;Encrypt the database</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="243"/>
        <source>An encrypted database cannot be read without its key, not even from a stolen disk or a lost backup stick. Pulih asks for the key at every start. Keep the key safe (for example written down in the head's safe): without it, nobody can recover the data.</source>
        <translation>An encrypted database cannot be read without its key, not even from a stolen disk or a lost backup stick. Pulih asks for the key at every start. Keep the key safe (for example written down in the head's safe): without it, nobody can recover the data.</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="250"/>
        <source>&amp;Save and start</source>
        <translation>&amp;Save and start</translation>
    </message>
    <message>
        <location filename="../../ui/auth/setup_dialog.py" line="251"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="84"/>
        <source>Sign in to Pulih</source>
        <translation>Sign in to Pulih</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="85"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="86"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/auth/sign_in.py" line="87"/>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
</context>
<context>
    <name>SkhpnDesk</name>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="274"/>
        <source>More than {limit} found; the {limit} registered most recently are listed. Type more of the name or number to narrow it down.</source>
        <translation>More than {limit} found; the {limit} registered most recently are listed. Type more of the name or number to narrow it down.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/skhpn_desk.py" line="278"/>
        <source>%n person(s) found. Pick the applicant, or register them if they are not here.</source>
        <translation>
            <numerusform>%n person found. Pick the applicant, or register them if they are not here.</numerusform>
            <numerusform>%n people found. Pick the applicant, or register them if they are not here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="282"/>
        <source>Nobody found for “{text}”: register the applicant from their identity card.</source>
        <translation>Nobody found for “{text}”: register the applicant from their identity card.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="299"/>
        <location filename="../../ui/documents/skhpn_desk.py" line="305"/>
        <source>Find or register the applicant first.</source>
        <translation>Find or register the applicant first.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="310"/>
        <source>Applicant: {name} ({reg_no}), born {born}</source>
        <translation>Applicant: {name} ({reg_no}), born {born}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="324"/>
        <source>Photo on file; it is printed on the SKHPN.</source>
        <translation>Photo on file; it is printed on the SKHPN.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="325"/>
        <source>No photo yet: take one (webcam or file) to print it on the SKHPN.</source>
        <translation>No photo yet: take one (webcam or file) to print it on the SKHPN.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="327"/>
        <source>Before the SKHPN can be issued, the identity record needs: {fields}. Complete it in Klien.</source>
        <translation>Before the SKHPN can be issued, the identity record needs: {fields}. Complete it in Klien.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="363"/>
        <source>Registered.</source>
        <translation>Registered.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="376"/>
        <source>Rp 0: waived on the certificate of poverty (SKTM)</source>
        <translation>Rp 0: waived on the certificate of poverty (SKTM)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="378"/>
        <source>{amount}, paid as state revenue</source>
        <translation>{amount}, paid as state revenue</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="395"/>
        <source>Application recorded: {who}. {fee} The applicant now waits for the doctor's examination.</source>
        <translation>Application recorded: {who}. {fee} The applicant now waits for the doctor's examination.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="409"/>
        <source>1. The applicant</source>
        <translation>1. The applicant</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="410"/>
        <source>2. The application</source>
        <translation>2. The application</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="411"/>
        <source>Search by name, NIK, registration number or phone, then Enter</source>
        <translation>Search by name, NIK, registration number or phone, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="413"/>
        <source>&amp;Register a new applicant</source>
        <translation>&amp;Register a new applicant</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="414"/>
        <source>&amp;Take the application</source>
        <translation>&amp;Take the application</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_desk.py" line="415"/>
        <source>&amp;Photo...</source>
        <translation>&amp;Photo...</translation>
    </message>
</context>
<context>
    <name>SkhpnExam</name>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="46"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="46"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="47"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="47"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>SkhpnExamPanel</name>
    <message>
        <location filename="../../ui/documents/exam_drafts.py" line="76"/>
        <source>Restored what was typed before, kept at {time}.</source>
        <translation>Restored what was typed before, kept at {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="202"/>
        <source>waived (SKTM)</source>
        <extracomment>The vitals as the certificate prints them (short Indonesian names: data on the paper).</extracomment>
        <translation>waived (SKTM)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents/skhpn_exam.py" line="209"/>
        <source>%n applicant(s) waiting.</source>
        <translation>
            <numerusform>%n applicant waiting.</numerusform>
            <numerusform>%n applicants waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="210"/>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="233"/>
        <source>Choose an applicant from the queue.</source>
        <translation>Choose an applicant from the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="235"/>
        <source>Examination of {name}</source>
        <translation>Examination of {name}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="269"/>
        <source>This applicant is an active rehab client: episode {episode} ({status}).</source>
        <translation>This applicant is an active rehab client: episode {episode} ({status}).</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="274"/>
        <source>The certificate cannot be issued before the identity record has: {fields}.</source>
        <translation>The certificate cannot be issued before the identity record has: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="290"/>
        <source>Cancel the application</source>
        <translation>Cancel the application</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="291"/>
        <source>Cancel the SKHPN application of {name}? It leaves the queue.</source>
        <translation>Cancel the SKHPN application of {name}? It leaves the queue.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="351"/>
        <source>The conclusion differs from what the results propose: tick the confirmation and write the clinical reason, or choose the proposed conclusion.</source>
        <translation>The conclusion differs from what the results propose: tick the confirmation and write the clinical reason, or choose the proposed conclusion.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="400"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="401"/>
        <source>Cancel the application...</source>
        <translation>Cancel the application...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="402"/>
        <source>1. Screening interview (DAST-10)</source>
        <translation>1. Screening interview (DAST-10)</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="403"/>
        <source>2. Urine rapid test</source>
        <translation>2. Urine rapid test</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="404"/>
        <source>3. Physical examination and conclusion</source>
        <translation>3. Physical examination and conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="405"/>
        <source>&amp;Issue the SKHPN</source>
        <translation>&amp;Issue the SKHPN</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="406"/>
        <source>Only the examining doctor records the examination and issues the SKHPN.</source>
        <translation>Only the examining doctor records the examination and issues the SKHPN.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/skhpn_exam.py" line="408"/>
        <source>Collected under supervision</source>
        <translation>Collected under supervision</translation>
    </message>
</context>
<context>
    <name>StaffDetailsDialog</name>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="193"/>
        <source>Correct staff details</source>
        <translation>Correct staff details</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="195"/>
        <source>These details are printed under signatures on new papers. Papers already issued keep what they printed. The correction is kept in the audit trail.</source>
        <translation>These details are printed under signatures on new papers. Papers already issued keep what they printed. The correction is kept in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="198"/>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_dialogs.py" line="199"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="216"/>
        <source>New staff member…</source>
        <translation>New staff member…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="217"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="218"/>
        <source>Correct details…</source>
        <translation>Correct details…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="219"/>
        <source>Hand over clients…</source>
        <translation>Hand over clients…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="221"/>
        <source>Give every open episode of this counselor to another counselor of record</source>
        <translation>Give every open episode of this counselor to another counselor of record</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="222"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="224"/>
        <source>Let the account sign in again at once after too many failed attempts.</source>
        <translation>Let the account sign in again at once after too many failed attempts.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="225"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="228"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="230"/>
        <source>Changing the role replaces the rights below with that role's usual rights.</source>
        <translation>Changing the role replaces the rights below with that role's usual rights.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="231"/>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="233"/>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="233"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="233"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="238"/>
        <source>Save rights</source>
        <translation>Save rights</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="296"/>
        <source>Choose a staff member in the list.</source>
        <translation>Choose a staff member in the list.</translation>
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
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="315"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="320"/>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="326"/>
        <source>Another admin can change your role.</source>
        <translation>Another admin can change your role.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="373"/>
        <source>Account {username} created for {name}.</source>
        <translation>Account {username} created for {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="389"/>
        <source>New password set for {name}.</source>
        <translation>New password set for {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="396"/>
        <location filename="../../ui/admin/staff_panel.py" line="406"/>
        <source>{name} can sign in again.</source>
        <translation>{name} can sign in again.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="403"/>
        <source>{name} can no longer sign in. Reactivate the account to undo this.</source>
        <translation>{name} can no longer sign in. Reactivate the account to undo this.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="417"/>
        <source>{name} is now: {role}.</source>
        <translation>{name} is now: {role}.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="436"/>
        <source>Nothing to save: the rights are unchanged.</source>
        <translation>Nothing to save: the rights are unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_panel.py" line="438"/>
        <source>Rights of {name} saved.</source>
        <translation>Rights of {name} saved.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="30"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="31"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="58"/>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="60"/>
        <source>Waiting until {time}</source>
        <translation>Waiting until {time}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/staff_model.py" line="62"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="87"/>
        <source>Stock on {day} (movements of the day): {n} open batches, {todo} not yet counted today</source>
        <translation>Stock on {day} (movements of the day): {n} open batches, {todo} not yet counted today</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="96"/>
        <source>Stock received</source>
        <translation>Stock received</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="97"/>
        <source>A new bottle or batch. Methadone: its strength in mg per ml; buprenorphine: mg per tablet.</source>
        <translation>A new bottle or batch. Methadone: its strength in mg per ml; buprenorphine: mg per tablet.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="101"/>
        <location filename="../../ui/rumatan/stock_panel.py" line="151"/>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="104"/>
        <source>Batch number</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="105"/>
        <source>Strength (mg per ml or tablet)</source>
        <translation>Strength (mg per ml or tablet)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="106"/>
        <source>Amount received (mg)</source>
        <translation>Amount received (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="113"/>
        <location filename="../../ui/rumatan/stock_panel.py" line="131"/>
        <source>Select the batch first.</source>
        <translation>Select the batch first.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="117"/>
        <source>Medicine wasted</source>
        <translation>Medicine wasted</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="118"/>
        <source>Batch {batch}: what was spilled or destroyed, seen by a witness.</source>
        <translation>Batch {batch}: what was spilled or destroyed, seen by a witness.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="122"/>
        <source>Amount wasted (mg)</source>
        <translation>Amount wasted (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="123"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="124"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="134"/>
        <source>Count of the day</source>
        <translation>Count of the day</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="135"/>
        <source>Batch {batch}: the ledger expects {mg} mg ({units} {unit}). Count what is on the shelf; a difference needs its reason.</source>
        <translation>Batch {batch}: the ledger expects {mg} mg ({units} {unit}). Count what is on the shelf; a difference needs its reason.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="144"/>
        <location filename="../../ui/rumatan/stock_panel.py" line="154"/>
        <source>Counted (mg)</source>
        <translation>Counted (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="145"/>
        <location filename="../../ui/rumatan/stock_panel.py" line="155"/>
        <source>Reason for a difference</source>
        <translation>Reason for a difference</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="151"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="151"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="152"/>
        <source>Dispensed (mg)</source>
        <translation>Dispensed (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="152"/>
        <source>Received (mg)</source>
        <translation>Received (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="153"/>
        <source>Balance (mg)</source>
        <translation>Balance (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="153"/>
        <source>Wasted (mg)</source>
        <translation>Wasted (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="154"/>
        <source>By the ledger (mg)</source>
        <translation>By the ledger (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="155"/>
        <source>Difference (mg)</source>
        <translation>Difference (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="156"/>
        <source>Stock received...</source>
        <translation>Stock received...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="157"/>
        <source>Wasted (with witness)...</source>
        <translation>Wasted (with witness)...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/stock_panel.py" line="158"/>
        <source>Count of the day...</source>
        <translation>Count of the day...</translation>
    </message>
</context>
<context>
    <name>SubstanceBox</name>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="92"/>
        <source>Score {score}: {risk}</source>
        <translation>Score {score}: {risk}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="96"/>
        <source>Still to answer: {questions}</source>
        <translation>Still to answer: {questions}</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/assist_form.py" line="102"/>
        <source>Tick when the client has ever used it (Q1)</source>
        <translation>Tick when the client has ever used it (Q1)</translation>
    </message>
</context>
<context>
    <name>SubstancesForm</name>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="190"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="191"/>
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
    <message>
        <location filename="../../ui/intake/episode_form.py" line="192"/>
        <source>Tertiary</source>
        <translation>Tertiary</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/program/template_editor.py" line="150"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="150"/>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="160"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="174"/>
        <source>signed {instrument}</source>
        <translation>signed {instrument}</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="238"/>
        <source>Program templates</source>
        <translation>Program templates</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="239"/>
        <source>Offered for new enrolments</source>
        <translation>Offered for new enrolments</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="240"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="241"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="241"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="242"/>
        <source>Target days</source>
        <translation>Target days</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="243"/>
        <source>Required before leaving</source>
        <translation>Required before leaving</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="244"/>
        <source>Selected phase</source>
        <translation>Selected phase</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="245"/>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="246"/>
        <source>Save the phase</source>
        <translation>Save the phase</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="247"/>
        <source>Allowed moves</source>
        <translation>Allowed moves</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="248"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="248"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="248"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="249"/>
        <source>Needs a reason</source>
        <translation>Needs a reason</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="250"/>
        <source>Remove the selected move</source>
        <translation>Remove the selected move</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="251"/>
        <source>Allow another move</source>
        <translation>Allow another move</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="252"/>
        <source>Needs a reason (a skip always does)</source>
        <translation>Needs a reason (a skip always does)</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="253"/>
        <source>Allow the move</source>
        <translation>Allow the move</translation>
    </message>
    <message>
        <location filename="../../ui/program/template_editor.py" line="254"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>UrineDialog</name>
    <message>
        <location filename="../../ui/clinical/urine_confirm.py" line="33"/>
        <source>{status}: {how}, {date} (recorded by {name}).</source>
        <translation>{status}: {how}, {date} (recorded by {name}).</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_confirm.py" line="115"/>
        <source>Record the confirmation</source>
        <translation>Record the confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="166"/>
        <source>Recorded by {name}.</source>
        <translation>Recorded by {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="183"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="184"/>
        <source>Record the test (Ctrl+S)</source>
        <translation>Record the test (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_form.py" line="185"/>
        <source>Urine test</source>
        <translation>Urine test</translation>
    </message>
</context>
<context>
    <name>UrineTab</name>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="85"/>
        <source>New urine test</source>
        <translation>New urine test</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="86"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/clinical/urine_tab.py" line="87"/>
        <source>Confirm result...</source>
        <translation>Confirm result...</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="33"/>
        <source>GENUINE</source>
        <translation>GENUINE</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="34"/>
        <source>HOLDER NOT CHECKED</source>
        <translation>HOLDER NOT CHECKED</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="35"/>
        <source>REVOKED</source>
        <translation>REVOKED</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="36"/>
        <source>UNKNOWN KEY</source>
        <translation>UNKNOWN KEY</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="37"/>
        <location filename="../../ui/common/verdict_text.py" line="39"/>
        <source>FORGED</source>
        <translation>FORGED</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="38"/>
        <source>NOT READABLE</source>
        <translation>NOT READABLE</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="40"/>
        <source>NOT READ</source>
        <translation>NOT READ</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="45"/>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="46"/>
        <source>holder's name</source>
        <translation>holder's name</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="47"/>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="48"/>
        <source>identity number (NIK)</source>
        <translation>identity number (NIK)</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="49"/>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="50"/>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="51"/>
        <source>holder's name and date of birth</source>
        <translation>holder's name and date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="52"/>
        <source>content in the register</source>
        <translation>content in the register</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="54"/>
        <source>Number {number}, {kind}, dated {date}, {status}, issued by {facility} (key {key_id}).</source>
        <translation>Number {number}, {kind}, dated {date}, {status}, issued by {facility} (key {key_id}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="56"/>
        <source>GENUINE: signed by {name}, and the holder's name and date of birth you gave match the paper. Check that the paper shows the same number, date and result.</source>
        <translation>GENUINE: signed by {name}, and the holder's name and date of birth you gave match the paper. Check that the paper shows the same number, date and result.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="59"/>
        <source>GENUINE: signed by {name}. This paper names no holder.</source>
        <translation>GENUINE: signed by {name}. This paper names no holder.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="61"/>
        <source>The signature is genuine, but the holder was NOT checked: give the holder's name and date of birth as written on their identity card. Until then do not accept the paper as genuine.</source>
        <translation>The signature is genuine, but the holder was NOT checked: give the holder's name and date of birth as written on their identity card. Until then do not accept the paper as genuine.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="65"/>
        <source>FORGED: the signature does not match the text. The paper or its QR code was altered or forged.</source>
        <translation>FORGED: the signature does not match the text. The paper or its QR code was altered or forged.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="67"/>
        <source>FORGED: the {field} printed on the paper differs from what was signed. The paper was altered.</source>
        <translation>FORGED: the {field} printed on the paper differs from what was signed. The paper was altered.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="69"/>
        <source>NOT THE HOLDER: the {field} you gave does not match the holder this paper was issued to.</source>
        <translation>NOT THE HOLDER: the {field} you gave does not match the holder this paper was issued to.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="71"/>
        <source>FORGED: this facility's register holds different content under this number.</source>
        <translation>FORGED: this facility's register holds different content under this number.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="73"/>
        <source>REVOKED: the key that signed this paper ({key_id}) is not trusted for papers of this date ({reason}).</source>
        <translation>REVOKED: the key that signed this paper ({key_id}) is not trusted for papers of this date ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="75"/>
        <source>REVOKED: the issuing facility voided this document.</source>
        <translation>REVOKED: the issuing facility voided this document.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="76"/>
        <source>Voided on {date}: {reason}</source>
        <translation>Voided on {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="77"/>
        <source>UNKNOWN KEY: this QR was signed with key {key_id}, which is not in this database. Import the issuing facility's public key, or ask them to check it.</source>
        <translation>UNKNOWN KEY: this QR was signed with key {key_id}, which is not in this database. Import the issuing facility's public key, or ask them to check it.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="80"/>
        <source>NOT READABLE: the text is not a Pulih document seal (damaged or from another system). Treat the paper as unverified.</source>
        <translation>NOT READABLE: the text is not a Pulih document seal (damaged or from another system). Treat the paper as unverified.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="83"/>
        <source>Note: the validity period ended on {date}.</source>
        <translation>Note: the validity period ended on {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="84"/>
        <source>The file has no readable text (a scan?): the printed name, date of birth and result were not compared with the seal. Compare them by eye.</source>
        <translation>The file has no readable text (a scan?): the printed name, date of birth and result were not compared with the seal. Compare them by eye.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="87"/>
        <source>FORGED: the QR code printed on the page and the data inside the file differ; the file was altered.</source>
        <translation>FORGED: the QR code printed on the page and the data inside the file differ; the file was altered.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="89"/>
        <source>FORGED: some text in the file cannot be seen on the page (covered, invisible, white or clipped), so what the page shows is not what was read; the file was altered.</source>
        <translation>FORGED: some text in the file cannot be seen on the page (covered, invisible, white or clipped), so what the page shows is not what was read; the file was altered.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="95"/>
        <source>The file cannot be opened.</source>
        <translation>The file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="96"/>
        <source>The file is larger than 20 MB; a Pulih paper is far smaller. It was not read.</source>
        <translation>The file is larger than 20 MB; a Pulih paper is far smaller. It was not read.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="98"/>
        <source>The file is not a PDF.</source>
        <translation>The file is not a PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="99"/>
        <source>The file has more than 100 pages. It was not read.</source>
        <translation>The file has more than 100 pages. It was not read.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="101"/>
        <source>The file has a page far larger than any paper. It was not read.</source>
        <translation>The file has a page far larger than any paper. It was not read.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="103"/>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>The PDF is damaged and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="104"/>
        <source>Reading the file took too long; it was stopped.</source>
        <translation>Reading the file took too long; it was stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/common/verdict_text.py" line="105"/>
        <source>Reading the file needed too much memory; it was stopped.</source>
        <translation>Reading the file needed too much memory; it was stopped.</translation>
    </message>
</context>
<context>
    <name>VerifierPageBox</name>
    <message>
        <location filename="../../ui/admin/verifier_page_box.py" line="49"/>
        <source>Verifier page for phones</source>
        <translation>Verifier page for phones</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verifier_page_box.py" line="51"/>
        <source>One web page that checks this facility's papers on any phone, offline: it holds the public keys and the voided numbers, nothing about a person. Publish it at the verification address above, and write it again after a key is retired or revoked or a paper is voided.</source>
        <translation>One web page that checks this facility's papers on any phone, offline: it holds the public keys and the voided numbers, nothing about a person. Publish it at the verification address above, and write it again after a key is retired or revoked or a paper is voided.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verifier_page_box.py" line="55"/>
        <source>Write the verifier page…</source>
        <translation>Write the verifier page…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verifier_page_box.py" line="62"/>
        <source>Folder for the verifier page</source>
        <translation>Folder for the verifier page</translation>
    </message>
    <message>
        <location filename="../../ui/admin/verifier_page_box.py" line="69"/>
        <source>The page could not be written to {folder}: {detail}. Choose another folder (a USB stick, say).</source>
        <translation>The page could not be written to {folder}: {detail}. Choose another folder (a USB stick, say).</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="133"/>
        <source>Open a document to check</source>
        <translation>Open a document to check</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="148"/>
        <source>Reading {file}...</source>
        <translation>Reading {file}...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="204"/>
        <source>Reading...</source>
        <translation>Reading...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="211"/>
        <source>Check a document</source>
        <translation>Check a document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="213"/>
        <source>Scan the QR code on the paper with the USB scanner (the cursor must be in the first field), paste its text and press Enter, or open the PDF file. Then type the holder's name and date of birth as written on their identity card (KTP): without them the holder is not checked and the paper is not confirmed.</source>
        <translation>Scan the QR code on the paper with the USB scanner (the cursor must be in the first field), paste its text and press Enter, or open the PDF file. Then type the holder's name and date of birth as written on their identity card (KTP): without them the holder is not checked and the paper is not confirmed.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="218"/>
        <source>PULIH2|...</source>
        <translation>PULIH2|...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="219"/>
        <source>Open &amp;PDF...</source>
        <translation>Open &amp;PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/documents/verify_dialog.py" line="221"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="104"/>
        <source>Void a document</source>
        <translation>Void a document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="105"/>
        <source>Void document {number}</source>
        <translation>Void document {number}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="107"/>
        <source>A voided document stays in the register, and its QR code then checks as VOIDED here. This cannot be undone: issue a new document if one is still needed.</source>
        <translation>A voided document stays in the register, and its QR code then checks as VOIDED here. This cannot be undone: issue a new document if one is still needed.</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="109"/>
        <source>&amp;Void the document</source>
        <translation>&amp;Void the document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/register_dialogs.py" line="110"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="82"/>
        <source>{service}: {taken} of {capacity} places taken</source>
        <translation>{service}: {taken} of {capacity} places taken</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="84"/>
        <source>{service}: {taken} (no limit)</source>
        <translation>{service}: {taken} (no limit)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/waiting_panel.py" line="86"/>
        <source>%n waiting.</source>
        <translation>
            <numerusform>%n waiting.</numerusform>
            <numerusform>%n waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake/waiting_panel.py" line="93"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="126"/>
        <source>Every place is still taken; the person stays on the waiting list.</source>
        <translation>Every place is still taken; the person stays on the waiting list.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="137"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="137"/>
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="138"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="138"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="139"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="141"/>
        <source>Reason (for taking off the list, or for admitting ahead of others)</source>
        <translation>Reason (for taking off the list, or for admitting ahead of others)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="142"/>
        <source>&amp;Admit</source>
        <translation>&amp;Admit</translation>
    </message>
    <message>
        <location filename="../../ui/intake/waiting_panel.py" line="143"/>
        <source>&amp;Take off the list</source>
        <translation>&amp;Take off the list</translation>
    </message>
</context>
<context>
    <name>WindowTab</name>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="146"/>
        <source>Dispensing on {day}: {due} of {total} clients still due</source>
        <translation>Dispensing on {day}: {due} of {total} clients still due</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="176"/>
        <source>No client on today's list has that number or card.</source>
        <translation>No client on today's list has that number or card.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="184"/>
        <source>That card belongs to a client who has no dose order in force today.</source>
        <translation>That card belongs to a client who has no dose order in force today.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="223"/>
        <source>Type a name or number, or scan the client's card.</source>
        <translation>Type a name or number, or scan the client's card.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="229"/>
        <source>{name} ({reg}): {medicine}, {dose} mg a day; take-home allowed: {home} days</source>
        <translation>{name} ({reg}): {medicine}, {dose} mg a day; take-home allowed: {home} days</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="237"/>
        <source>Warning: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="242"/>
        <source>Missed {days} days before today.</source>
        <translation>Missed {days} days before today.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="244"/>
        <source>Today's dose was vomited.</source>
        <translation>Today's dose was vomited.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="269"/>
        <source>No dose: the client waits for the doctor's review.</source>
        <translation>No dose: the client waits for the doctor's review.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="272"/>
        <source>Before giving {name} the dose, check:
{flags}

Give the dose now?</source>
        <translation>Before giving {name} the dose, check:
{flags}

Give the dose now?</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="275"/>
        <source>Give the dose</source>
        <translation>Give the dose</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="275"/>
        <source>Safety check</source>
        <translation>Safety check</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="276"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="291"/>
        <source>{ml} ml from batch {batch}</source>
        <translation>{ml} ml from batch {batch}</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="292"/>
        <source>from batch {batch}</source>
        <translation>from batch {batch}</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="293"/>
        <source>Dose of {dose} mg ({poured}) recorded for {name} at {time}.</source>
        <translation>Dose of {dose} mg ({poured}) recorded for {name} at {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="296"/>
        <source>{n} take-home doses handed over.</source>
        <translation>{n} take-home doses handed over.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="311"/>
        <source>Dose vomited</source>
        <translation>Dose vomited</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="312"/>
        <source>{name} vomited today's dose. Write when and how it was seen.</source>
        <translation>{name} vomited today's dose. Write when and how it was seen.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="315"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="323"/>
        <source>Replacement dose</source>
        <translation>Replacement dose</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="324"/>
        <source>A replacement for a vomited dose needs a doctor's approval: the doctor types their user name and password here.</source>
        <translation>A replacement for a vomited dose needs a doctor's approval: the doctor types their user name and password here.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="329"/>
        <source>Replacement dose (mg)</source>
        <translation>Replacement dose (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="331"/>
        <location filename="../../ui/rumatan/window_tab.py" line="351"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="332"/>
        <source>Doctor's user name</source>
        <translation>Doctor's user name</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="333"/>
        <source>Doctor's password</source>
        <translation>Doctor's password</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="341"/>
        <source>Split dose</source>
        <translation>Split dose</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="342"/>
        <source>{name}'s daily dose of {dose} mg is given in two parts. The first part now; the rest later today with 'Second part of split dose'.</source>
        <translation>{name}'s daily dose of {dose} mg is given in two parts. The first part now; the rest later today with 'Second part of split dose'.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="349"/>
        <source>First part (mg)</source>
        <translation>First part (mg)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="369"/>
        <source>Doctor's review</source>
        <translation>Doctor's review</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="370"/>
        <source>{name} missed {days} days. Write the review; the next dose may then be given.</source>
        <translation>{name} missed {days} days. Write the review; the next dose may then be given.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="373"/>
        <source>Review note</source>
        <translation>Review note</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="381"/>
        <source>Client away</source>
        <translation>Client away</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="382"/>
        <source>{name} is in hospital, detained or away: those days are not missed doses, and a dose during them is asked about first.</source>
        <translation>{name} is in hospital, detained or away: those days are not missed doses, and a dose during them is asked about first.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="387"/>
        <source>Where the client is</source>
        <translation>Where the client is</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="389"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="390"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="391"/>
        <location filename="../../ui/rumatan/window_tab.py" line="412"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="401"/>
        <source>{name} has no take-home doses to count back.</source>
        <translation>{name} has no take-home doses to count back.</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="405"/>
        <source>Take-home bottles returned</source>
        <translation>Take-home bottles returned</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="406"/>
        <source>{count} take-home doses were handed over on {day}. How many bottles came back?</source>
        <translation>{count} take-home doses were handed over on {day}. How many bottles came back?</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="411"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="426"/>
        <source>Save the day's sheet</source>
        <translation>Save the day's sheet</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="427"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="437"/>
        <source>The day's sheet was saved: {path}</source>
        <translation>The day's sheet was saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="441"/>
        <source>Find by name or number, or scan the card, then press F2 to give the dose</source>
        <translation>Find by name or number, or scan the card, then press F2 to give the dose</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="443"/>
        <source>Give dose (F2)</source>
        <translation>Give dose (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="444"/>
        <source>Take-home doses:</source>
        <translation>Take-home doses:</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="445"/>
        <source>Vomited...</source>
        <translation>Vomited...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="446"/>
        <source>Replacement...</source>
        <translation>Replacement...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="447"/>
        <source>Second part of split dose</source>
        <translation>Second part of split dose</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="448"/>
        <source>Split dose...</source>
        <translation>Split dose...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="449"/>
        <source>Doctor's review...</source>
        <translation>Doctor's review...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="450"/>
        <source>Print the day's sheet (PDF)...</source>
        <translation>Print the day's sheet (PDF)...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="451"/>
        <source>Away...</source>
        <translation>Away...</translation>
    </message>
    <message>
        <location filename="../../ui/rumatan/window_tab.py" line="452"/>
        <source>Bottles returned...</source>
        <translation>Bottles returned...</translation>
    </message>
</context>
</TS>
