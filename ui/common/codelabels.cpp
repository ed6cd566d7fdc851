#include "common/codelabels.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace jisr {

QString CodeLabels::label(const QString &code)
{
    // A function-local table is rebuilt on each call so that it follows a language switch.
    const QHash<QString, QString> labels = {
        {u"M"_s, tr("Male")},
        {u"F"_s, tr("Female")},
        {u"active"_s, tr("Active")},
        {u"archived"_s, tr("Archived")},
        {u"deceased"_s, tr("Deceased")},
        {u"tadamon"_s, tr("AMO Tadamon")},
        {u"salarie"_s, tr("Employee (CNSS)")},
        {u"tns"_s, tr("Self-employed (TNS)")},
        {u"achamil"_s, tr("AMO Achamil")},
        {u"public"_s, tr("Public sector (CNOPS)")},
        {u"none"_s, tr("None")},
        {u"motor"_s, tr("Motor")},
        {u"visual"_s, tr("Visual")},
        {u"hearing"_s, tr("Hearing")},
        {u"speech"_s, tr("Speech")},
        {u"intellectual"_s, tr("Intellectual")},
        {u"psychic"_s, tr("Psychic")},
        {u"autism"_s, tr("Autism spectrum")},
        {u"multiple"_s, tr("Multiple")},
        {u"other"_s, tr("Other")},
        {u"mild"_s, tr("Mild")},
        {u"moderate"_s, tr("Moderate")},
        {u"severe"_s, tr("Severe")},
        {u"profound"_s, tr("Profound")},
        {u"parent"_s, tr("Parent")},
        {u"sibling"_s, tr("Brother or sister")},
        {u"spouse"_s, tr("Spouse")},
        {u"child"_s, tr("Son or daughter")},
        {u"legal_guardian"_s, tr("Legal guardian")},
        {u"cin_copy"_s, tr("Copy of the CIN")},
        {u"birth_certificate"_s, tr("Birth certificate")},
        {u"medical_report"_s, tr("Medical report")},
        {u"rsu_certificate"_s, tr("RSU certificate")},
        {u"amo_certificate"_s, tr("AMO certificate")},
        {u"social_inquiry"_s, tr("Social inquiry report")},
        {u"diagnosis"_s, tr("Diagnosis")},
        {u"clinical"_s, tr("Clinical note")},
        {u"evaluation"_s, tr("Evaluation (medical part)")},
        {u"inquiry"_s, tr("Social inquiry")},
        {u"family"_s, tr("Family situation")},
        {u"rsu"_s, tr("RSU details")},
        {u"reception"_s, tr("Reception")},
        {u"doctor"_s, tr("Doctor")},
        {u"social_worker"_s, tr("Social worker")},
        {u"administrator"_s, tr("Administrator")},
        {u"insert"_s, tr("Created")},
        {u"update"_s, tr("Changed")},
        {u"case_viewed"_s, tr("Opened the file")},
        {u"note_read"_s, tr("Read notes")},
        {u"emergency_access"_s, tr("Emergency access")},
        {u"login"_s, tr("Logged in")},
        {u"logout"_s, tr("Logged out")},
        {u"login_failed"_s, tr("Failed login")},
        {u"lock"_s, tr("Locked the screen")},
        {u"unlock"_s, tr("Unlocked the screen")},
        {u"case_created"_s, tr("Created the file")},
        {u"case_changed"_s, tr("Changed the file")},
        {u"case_printed"_s, tr("Printed")},
        {u"case_exported"_s, tr("Exported case files")},
        {u"cases_imported"_s, tr("Imported case files")},
        {u"document_added"_s, tr("Added a document")},
        {u"photo_changed"_s, tr("Changed the photo")},
        {u"note_written"_s, tr("Wrote a note")},
        {u"permission_denied"_s, tr("Refused: not allowed")},
        {u"user_created"_s, tr("Created an account")},
        {u"user_changed"_s, tr("Changed an account")},
        {u"password_reset"_s, tr("Reset a password")},
        {u"password_changed"_s, tr("Changed their password")},
        {u"settings_changed"_s, tr("Changed a setting")},
        {u"audit_exported"_s, tr("Exported the audit log")},
        {u"evaluation_opened"_s, tr("Opened a card application")},
        {u"evaluation_medical_written"_s, tr("Wrote the medical evaluation")},
        {u"evaluation_social_written"_s, tr("Wrote the social evaluation")},
        {u"evaluation_submitted"_s, tr("Sent the application to the committee")},
        {u"evaluation_decided"_s, tr("Recorded the committee's decision")},
        {u"card_issued"_s, tr("Issued a card")},
        {u"card_printed"_s, tr("Printed a card")},
        {u"card_reprinted"_s, tr("Reprinted a card")},
        {u"card_delivered"_s, tr("Delivered a card")},
        {u"card_voided"_s, tr("Voided a card")},
        {u"card_revoked"_s, tr("Revoked a card")},
        {u"signing_key_created"_s, tr("Created the card signing key")},
        {u"card_ministry_number"_s, tr("Recorded a card's ministry number")},
        {u"enabled"_s, tr("enabled")},
        {u"disabled"_s, tr("disabled")},
        {u"roles"_s, tr("roles")},
        {u"medical"_s, tr("Medical")},
        {u"social"_s, tr("Social")},
        {u"wrong password"_s, tr("wrong password")},
        {u"unknown login"_s, tr("unknown login")},
        {u"disabled account"_s, tr("disabled account")},
        {u"throttled"_s, tr("too many attempts, asked to wait")},
        {u"oversized password"_s, tr("password too long")},
        {u"read_identity"_s, tr("read identity")},
        {u"edit_identity"_s, tr("edit identity")},
        {u"read_medical_notes"_s, tr("read medical notes")},
        {u"write_medical_notes"_s, tr("write medical notes")},
        {u"read_social_notes"_s, tr("read social notes")},
        {u"write_social_notes"_s, tr("write social notes")},
        {u"manage_documents"_s, tr("manage documents")},
        {u"book_appointments"_s, tr("book appointments")},
        {u"check_in"_s, tr("check in")},
        {u"approve_cards"_s, tr("approve cards")},
        {u"print_cards"_s, tr("print cards")},
        {u"manage_users"_s, tr("manage accounts")},
        {u"manage_settings"_s, tr("change settings")},
        {u"export_data"_s, tr("export")},
        {u"import_data"_s, tr("import")},
        {u"view_audit"_s, tr("view the audit log")},
        {u"emergency_medical_access"_s, tr("emergency access")},
        {u"load_demo_data"_s, tr("load demo data")},
    };
    return labels.value(code, code);
}

QString CodeLabels::joined(const QStringList &items)
{
    //: The separator between the items of a list; Arabic uses its own comma "، ".
    return items.join(tr(", "));
}

QString CodeLabels::auditDetails(const QString &action, const QString &details)
{
    if (action == u"case_changed"_s) {
        QStringList fields;
        for (const QString &f : details.split(u',', Qt::SkipEmptyParts))
            fields << fieldLabel(f);
        return joined(fields);
    }
    if (action == u"user_changed"_s) {
        // "enabled LOGIN", "disabled LOGIN" or "roles LOGIN code,code": the login is a name,
        // never translated (an account may be called "doctor").
        const QStringList words = details.split(u' ', Qt::SkipEmptyParts);
        QStringList out{label(words.value(0)), words.value(1)};
        if (words.size() > 2) {
            QStringList roles;
            for (const QString &r : words.at(2).split(u',', Qt::SkipEmptyParts))
                roles << label(r);
            out << joined(roles);
        }
        return out.join(u' ').trimmed();
    }
    if (action == u"note_read"_s || action == u"note_written"_s) {
        // "medical" or "medical diagnosis": the kind, then the category.
        QStringList words;
        for (const QString &w : details.split(u' ', Qt::SkipEmptyParts))
            words << label(w);
        return words.join(u' ');
    }
    if (action == u"login_failed"_s || action == u"permission_denied"_s ||
        action == u"document_added"_s)
        return label(details);
    if (action == u"settings_changed"_s && details.startsWith(u"idle_lock_minutes="_s))
        return tr("automatic lock after %1 min").arg(details.section(u'=', 1));
    return details;
}

QString CodeLabels::fieldLabel(const QString &field)
{
    const QHash<QString, QString> labels = {
        {u"family_name_ar"_s, tr("Family name (Arabic)")},
        {u"given_name_ar"_s, tr("Given name (Arabic)")},
        {u"family_name_lat"_s, tr("Family name (Latin)")},
        {u"given_name_lat"_s, tr("Given name (Latin)")},
        {u"father_name"_s, tr("Father's given name")},
        {u"mother_name"_s, tr("Mother's full name")},
        {u"sex"_s, tr("Sex")},
        {u"birth_date"_s, tr("Birth date")},
        {u"birth_year"_s, tr("Birth year")},
        {u"birth_year_only"_s, tr("Only the year is known")},
        {u"birth_place"_s, tr("Place of birth")},
        {u"cin"_s, tr("CIN")},
        {u"idcs"_s, tr("IDCS")},
        {u"rsu_id"_s, tr("RSU household")},
        {u"rsu_index"_s, tr("RSU index")},
        {u"rsu_index_date"_s, tr("RSU index date")},
        {u"amo_regime"_s, tr("AMO regime")},
        {u"amo_number"_s, tr("AMO number")},
        {u"phone"_s, tr("Phone")},
        {u"phone2"_s, tr("Other phone")},
        {u"address"_s, tr("Address")},
        {u"commune"_s, tr("Commune")},
        {u"province_code"_s, tr("Province")},
        {u"guardian_name"_s, tr("Guardian's name")},
        {u"guardian_relation"_s, tr("Relation")},
        {u"guardian_phone"_s, tr("Guardian's phone")},
        {u"guardian_cin"_s, tr("Guardian's CIN")},
        {u"disability_types"_s, tr("Disability")},
        {u"disability_severity"_s, tr("Declared severity")},
        {u"status"_s, tr("Status")},
    };
    return labels.value(field, field);
}

} // namespace jisr
