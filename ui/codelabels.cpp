#include "codelabels.h"

#include <QHash>

namespace jisr {

QString CodeLabels::label(const QString &code)
{
    // A function-local table is rebuilt on each call so that it follows a language switch.
    const QHash<QString, QString> labels = {
        {u"M"_qs, tr("Male")},
        {u"F"_qs, tr("Female")},
        {u"active"_qs, tr("Active")},
        {u"archived"_qs, tr("Archived")},
        {u"deceased"_qs, tr("Deceased")},
        {u"tadamon"_qs, tr("AMO Tadamon")},
        {u"salarie"_qs, tr("Employee (CNSS)")},
        {u"tns"_qs, tr("Self-employed (TNS)")},
        {u"achamil"_qs, tr("AMO Achamil")},
        {u"public"_qs, tr("Public sector (CNOPS)")},
        {u"none"_qs, tr("None")},
        {u"motor"_qs, tr("Motor")},
        {u"visual"_qs, tr("Visual")},
        {u"hearing"_qs, tr("Hearing")},
        {u"speech"_qs, tr("Speech")},
        {u"intellectual"_qs, tr("Intellectual")},
        {u"psychic"_qs, tr("Psychic")},
        {u"autism"_qs, tr("Autism spectrum")},
        {u"multiple"_qs, tr("Multiple")},
        {u"other"_qs, tr("Other")},
        {u"mild"_qs, tr("Mild")},
        {u"moderate"_qs, tr("Moderate")},
        {u"severe"_qs, tr("Severe")},
        {u"profound"_qs, tr("Profound")},
        {u"parent"_qs, tr("Parent")},
        {u"sibling"_qs, tr("Brother or sister")},
        {u"spouse"_qs, tr("Spouse")},
        {u"child"_qs, tr("Son or daughter")},
        {u"legal_guardian"_qs, tr("Legal guardian")},
        {u"cin_copy"_qs, tr("Copy of the CIN")},
        {u"birth_certificate"_qs, tr("Birth certificate")},
        {u"medical_report"_qs, tr("Medical report")},
        {u"rsu_certificate"_qs, tr("RSU certificate")},
        {u"amo_certificate"_qs, tr("AMO certificate")},
        {u"diagnosis"_qs, tr("Diagnosis")},
        {u"clinical"_qs, tr("Clinical note")},
        {u"evaluation"_qs, tr("Evaluation (medical part)")},
        {u"inquiry"_qs, tr("Social inquiry")},
        {u"family"_qs, tr("Family situation")},
        {u"rsu"_qs, tr("RSU details")},
        {u"reception"_qs, tr("Reception")},
        {u"doctor"_qs, tr("Doctor")},
        {u"social_worker"_qs, tr("Social worker")},
        {u"administrator"_qs, tr("Administrator")},
        {u"insert"_qs, tr("Created")},
        {u"update"_qs, tr("Changed")},
        {u"case_viewed"_qs, tr("Opened the file")},
        {u"note_read"_qs, tr("Read notes")},
        {u"emergency_access"_qs, tr("Emergency access")},
        {u"login"_qs, tr("Logged in")},
        {u"logout"_qs, tr("Logged out")},
        {u"login_failed"_qs, tr("Failed login")},
        {u"lock"_qs, tr("Locked the screen")},
        {u"unlock"_qs, tr("Unlocked the screen")},
        {u"case_created"_qs, tr("Created the file")},
        {u"case_changed"_qs, tr("Changed the file")},
        {u"case_printed"_qs, tr("Printed")},
        {u"case_exported"_qs, tr("Exported case files")},
        {u"cases_imported"_qs, tr("Imported case files")},
        {u"document_added"_qs, tr("Added a document")},
        {u"photo_changed"_qs, tr("Changed the photo")},
        {u"note_written"_qs, tr("Wrote a note")},
        {u"permission_denied"_qs, tr("Refused: not allowed")},
        {u"user_created"_qs, tr("Created an account")},
        {u"user_changed"_qs, tr("Changed an account")},
        {u"password_reset"_qs, tr("Reset a password")},
        {u"password_changed"_qs, tr("Changed their password")},
        {u"settings_changed"_qs, tr("Changed a setting")},
        {u"audit_exported"_qs, tr("Exported the audit log")},
        {u"enabled"_qs, tr("enabled")},
        {u"disabled"_qs, tr("disabled")},
        {u"roles"_qs, tr("roles")},
        {u"medical"_qs, tr("Medical")},
        {u"social"_qs, tr("Social")},
        {u"wrong password"_qs, tr("wrong password")},
        {u"unknown login"_qs, tr("unknown login")},
        {u"disabled account"_qs, tr("disabled account")},
        {u"throttled"_qs, tr("too many attempts, asked to wait")},
        {u"oversized password"_qs, tr("password too long")},
        {u"read_identity"_qs, tr("read identity")},
        {u"edit_identity"_qs, tr("edit identity")},
        {u"read_medical_notes"_qs, tr("read medical notes")},
        {u"write_medical_notes"_qs, tr("write medical notes")},
        {u"read_social_notes"_qs, tr("read social notes")},
        {u"write_social_notes"_qs, tr("write social notes")},
        {u"manage_documents"_qs, tr("manage documents")},
        {u"book_appointments"_qs, tr("book appointments")},
        {u"check_in"_qs, tr("check in")},
        {u"approve_cards"_qs, tr("approve cards")},
        {u"print_cards"_qs, tr("print cards")},
        {u"manage_users"_qs, tr("manage accounts")},
        {u"manage_settings"_qs, tr("change settings")},
        {u"export_data"_qs, tr("export")},
        {u"import_data"_qs, tr("import")},
        {u"view_audit"_qs, tr("view the audit log")},
        {u"emergency_medical_access"_qs, tr("emergency access")},
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
    if (action == u"case_changed"_qs) {
        QStringList fields;
        for (const QString &f : details.split(u',', Qt::SkipEmptyParts))
            fields << fieldLabel(f);
        return joined(fields);
    }
    if (action == u"user_changed"_qs) {
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
    if (action == u"note_read"_qs || action == u"note_written"_qs) {
        // "medical" or "medical diagnosis": the kind, then the category.
        QStringList words;
        for (const QString &w : details.split(u' ', Qt::SkipEmptyParts))
            words << label(w);
        return words.join(u' ');
    }
    if (action == u"login_failed"_qs || action == u"permission_denied"_qs ||
        action == u"document_added"_qs)
        return label(details);
    if (action == u"settings_changed"_qs && details.startsWith(u"idle_lock_minutes="_qs))
        return tr("automatic lock after %1 min").arg(details.section(u'=', 1));
    return details;
}

QString CodeLabels::fieldLabel(const QString &field)
{
    const QHash<QString, QString> labels = {
        {u"family_name_ar"_qs, tr("Family name (Arabic)")},
        {u"given_name_ar"_qs, tr("Given name (Arabic)")},
        {u"family_name_lat"_qs, tr("Family name (Latin)")},
        {u"given_name_lat"_qs, tr("Given name (Latin)")},
        {u"father_name"_qs, tr("Father's given name")},
        {u"mother_name"_qs, tr("Mother's full name")},
        {u"sex"_qs, tr("Sex")},
        {u"birth_date"_qs, tr("Birth date")},
        {u"birth_year"_qs, tr("Birth year")},
        {u"birth_year_only"_qs, tr("Only the year is known")},
        {u"birth_place"_qs, tr("Place of birth")},
        {u"cin"_qs, tr("CIN")},
        {u"idcs"_qs, tr("IDCS")},
        {u"rsu_id"_qs, tr("RSU household")},
        {u"rsu_index"_qs, tr("RSU index")},
        {u"rsu_index_date"_qs, tr("RSU index date")},
        {u"amo_regime"_qs, tr("AMO regime")},
        {u"amo_number"_qs, tr("AMO number")},
        {u"phone"_qs, tr("Phone")},
        {u"phone2"_qs, tr("Other phone")},
        {u"address"_qs, tr("Address")},
        {u"commune"_qs, tr("Commune")},
        {u"province_code"_qs, tr("Province")},
        {u"guardian_name"_qs, tr("Guardian's name")},
        {u"guardian_relation"_qs, tr("Relation")},
        {u"guardian_phone"_qs, tr("Guardian's phone")},
        {u"guardian_cin"_qs, tr("Guardian's CIN")},
        {u"disability_types"_qs, tr("Disability")},
        {u"disability_severity"_qs, tr("Declared severity")},
        {u"status"_qs, tr("Status")},
    };
    return labels.value(field, field);
}

} // namespace jisr
