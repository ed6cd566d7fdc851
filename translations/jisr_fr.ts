<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_MA">
<context>
    <name>AuditCommand</name>
    <message>
        <source>There is no such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date (dd/MM/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was altered at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jisrctl audit export FILE.csv [--user L] [--case D] [--from D] [--to D]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: jisrctl --user LOGIN audit verify|list|export ...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Your role does not allow this action (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator of the centre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseCommand</name>
    <message>
        <source>Usage: jisrctl case add|show|export|import ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field --%1. Fields: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jisrctl case show ID|DOSSIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case export is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case import is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileValidator</name>
    <message>
        <source>Enter the name in Arabic or in Latin script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name in Arabic is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name in Arabic is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name in Latin script is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name in Latin script is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can only contain letters, spaces, hyphens and apostrophes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field expects the name in Arabic letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field expects the name in Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid birth date (dd/mm/yyyy), or only the year if the date is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the year of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year must be 1900 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CIN looks unusual (expected 1-2 letters and 5-6 digits). Check it on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CIN is one or two letters followed by digits, e.g. AB123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IDCS has exactly 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSU socio-economic index must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the RSU index cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the RSU index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AMO number is missing for this regime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Moroccan phone number, e.g. 06 12 34 56 78 or +212 6 12 34 56 78.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown province or prefecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown AMO regime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type of disability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minor needs a guardian: enter the guardian&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the guardian&apos;s relation to the person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseNoteService</name>
    <message>
        <source>Your role does not allow this action (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the emergency in at least %1 characters: the reason is shown to the centre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jisrctl [--data-dir DIR] [--json] [--user LOGIN] [--lang ar|fr] COMMAND
Commands:
  init --province CODE --centre NAME --admin LOGIN --admin-name-fr N --admin-name-ar N
  case add --FIELD VALUE...      case show ID|DOSSIER
  case export FILE.csv           case import FILE.csv [--dry-run] [--encoding E]
  search TEXT [--limit N]
  demo --cases N [--seed S] [--with-users]
  user add|list|disable|enable|reset-password ...
  audit verify|list|export ...
The password comes from JISR_PASSWORD or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMO Tadamon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee (CNSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed (TNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMO Achamil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sector (CNOPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autism spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son or daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the CIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSU certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMO certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation (medical part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSU details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the year is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSU household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSU index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSU index date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMO regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian&apos;s CIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>--%1 takes a number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demo case files written in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>This CIN is already recorded in case file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IDCS is already recorded in case file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case file with a similar name and birth year already exists (%1). Check that it is not the same person before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Usage: jisrctl init --province CODE --centre NAME [--address A] [--phone P] [--series XYZ] --admin LOGIN --admin-name-fr NAME --admin-name-ar NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown province code %1 (use an ISO 3166-2:MA code such as MA-RAB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series is 2 to 4 letters or digits (no I, L, O or U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder already belongs to a centre of another province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first run also creates the centre&apos;s first administrator: add --admin LOGIN --admin-name-fr NAME --admin-name-ar NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre ready: %1 (%2), dossier series %3, data in %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>A password can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is among the most common ones: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be the login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>--limit takes a number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jisrctl search TEXT [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case file found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Your role does not allow this action (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen locks after 1 to 60 minutes of inactivity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset: %1 must choose a new one at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account enabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jisrctl --user LOGIN user add LOGIN --name-fr N --name-ar N --roles reception,doctor,social_worker,administrator [--lang ar|fr]
       jisrctl --user LOGIN user list|disable LOGIN|enable LOGIN|reset-password LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jisrctl user add LOGIN --name-fr N --name-ar N --roles R,R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created: %1 (must change the password at first login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Your role does not allow this action (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with this login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login has 2 to 32 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is Arabic or French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This centre already has accounts: an administrator adds new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active administrator: add another one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password different from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was altered at entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::CaseFileService</name>
    <message>
        <source>Your role does not allow this action (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A similar case file already exists. Check it, then confirm to save anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file was not saved: some fields need correcting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not set up for a centre yet: run the first-run setup or jisrctl init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file was changed by someone else since you opened it. Reopen it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case file has this number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::CaseFormWidget</name>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers and coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian or companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the year is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the saved version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::CaseListModel</name>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::CaseMediaService</name>
    <message>
        <source>Your role does not allow this action (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an image Jisr can read (use JPEG or PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be copied to the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored document is missing or was altered (checksum mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::CaseSidePanels</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical notes are for doctors. An administrator can open them for this file only, with a reason that the centre will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social notes are for social workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and PDF (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need this person&apos;s medical notes now? The reason is recorded and shown to the centre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::CliContext</name>
    <message>
        <source>This command needs a user: add --user LOGIN (password from JISR_PASSWORD or standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::DataDirectory</name>
    <message>
        <source>The data folder could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::Database</name>
    <message>
        <source>The database file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::FirstRunDialog</name>
    <message>
        <source>Jisr — New centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no centre yet. Describe the centre and create its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the centre&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::LoginDialog</name>
    <message>
        <source>Jisr — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jisr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own (at least %1 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::MainWindow</name>
    <message>
        <source>Case file saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jisr — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jisr — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name in Arabic or Latin letters, CIN, IDCS, phone or dossier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;lock delay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by %1. Type the password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — synchronisation not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recent case files. Ctrl+N: new case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case file found. Ctrl+N: register this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) found. Enter opens the selected one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsaved case file was kept for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after this many minutes without use:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::MigrationRunner</name>
    <message>
        <source>This database was created by a newer version of Jisr (schema %1; this program knows up to %2). Install the newer version; the file was not modified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::Sql</name>
    <message>
        <source>The database refused the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::SqlTransaction</name>
    <message>
        <source>The database could not start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not save the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jisr::UserAdminDialog</name>
    <message>
        <source>Users of the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password for %1 (they choose their own at the next login):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
