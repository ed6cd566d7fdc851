#include "cases/casefilevalidator.h"

#include "cases/identifiers.h"
#include "centre/referencedata.h"
#include "platform/text/textcleaner.h"
#include "platform/text/typeddate.h"

#include <QRegularExpression>
#include <utility>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

using Severity = ValidationIssue::Severity;

void add(ValidationIssues &out, const QString &field, const QString &message,
         Severity severity = Severity::Error)
{
    out.append({field, severity, message, {}});
}

bool hasLetterOfScript(const QString &text, QChar::Script script)
{
    for (QChar c : text)
        if (c.isLetter() && c.script() == script)
            return true;
    return false;
}

bool isNameText(const QString &text)
{
    for (QChar c : text)
        if (!(c.isLetter() || c.isMark() || c == u' ' || c == u'-' || c == u'\'' || c == u'.'))
            return false;
    return true;
}

} // namespace

CaseFileValidator::CaseFileValidator(QDate today) : m_today(today) {}

void CaseFileValidator::normalize(CaseFile &c) const
{
    // Every text of the file is one line without control characters, whatever the way in (form,
    // CSV, jisrctl): an escape sequence kept in an address would run in the terminal of whoever
    // prints the file, a line break would forge a line of a listing.
    for (QString *s :
         {&c.status,           &c.familyNameAr,  &c.givenNameAr,  &c.familyNameLat,
          &c.givenNameLat,     &c.fatherName,    &c.motherName,   &c.sex,
          &c.birthPlace,       &c.cin,           &c.idcs,         &c.rsuId,
          &c.amoRegime,        &c.amoNumber,     &c.phone,        &c.phone2,
          &c.address,          &c.commune,       &c.provinceCode, &c.guardianName,
          &c.guardianRelation, &c.guardianPhone, &c.guardianCin,  &c.disabilitySeverity})
        *s = TextCleaner::oneLine(*s);
    for (QString &type : c.disabilityTypes)
        type = TextCleaner::oneLine(type);
    c.cin = Identifiers::normalizeCin(c.cin);
    c.guardianCin = Identifiers::normalizeCin(c.guardianCin);
    c.idcs = Identifiers::normalizeIdcs(c.idcs);
    c.phone = Identifiers::normalizePhone(c.phone);
    c.phone2 = Identifiers::normalizePhone(c.phone2);
    c.guardianPhone = Identifiers::normalizePhone(c.guardianPhone);
    c.sex = c.sex.trimmed().toUpper();
    c.provinceCode = c.provinceCode.trimmed().toUpper();
    if (c.birthDate.isValid() && !c.birthYearOnly)
        c.birthYear = c.birthDate.year();
    if (c.birthYearOnly)
        c.birthDate = QDate();
}

ValidationIssues CaseFileValidator::validate(const CaseFile &c) const
{
    ValidationIssues out;
    checkNames(c, out);
    checkBirth(c, out);
    checkIdentifiers(c, out);
    checkContacts(c, out);
    checkCodes(c, out);
    checkGuardian(c, out);
    return out;
}

void CaseFileValidator::checkNames(const CaseFile &c, ValidationIssues &out) const
{
    const bool arabic = !c.familyNameAr.isEmpty() || !c.givenNameAr.isEmpty();
    const bool latin = !c.familyNameLat.isEmpty() || !c.givenNameLat.isEmpty();
    if (!arabic && !latin) {
        add(out, u"family_name_ar"_s, tr("Enter the name in Arabic or in Latin script."));
        return;
    }
    if (arabic && c.familyNameAr.isEmpty())
        add(out, u"family_name_ar"_s, tr("The family name in Arabic is missing."));
    if (arabic && c.givenNameAr.isEmpty())
        add(out, u"given_name_ar"_s, tr("The given name in Arabic is missing."));
    if (latin && c.familyNameLat.isEmpty())
        add(out, u"family_name_lat"_s, tr("The family name in Latin script is missing."));
    if (latin && c.givenNameLat.isEmpty())
        add(out, u"given_name_lat"_s, tr("The given name in Latin script is missing."));

    const struct
    {
        QString field;
        const QString *value;
        QChar::Script script;
    } names[] = {
        {u"family_name_ar"_s, &c.familyNameAr, QChar::Script_Arabic},
        {u"given_name_ar"_s, &c.givenNameAr, QChar::Script_Arabic},
        {u"family_name_lat"_s, &c.familyNameLat, QChar::Script_Latin},
        {u"given_name_lat"_s, &c.givenNameLat, QChar::Script_Latin},
    };
    for (const auto &n : names) {
        if (n.value->isEmpty())
            continue;
        if (n.value->size() > MaxNameLength)
            add(out, n.field, tr("A name can have at most %1 characters.").arg(MaxNameLength));
        else if (!isNameText(*n.value))
            add(out, n.field,
                tr("A name can only contain letters, spaces, hyphens and apostrophes."));
        else if (!hasLetterOfScript(*n.value, n.script))
            add(out, n.field,
                n.script == QChar::Script_Arabic
                    ? tr("This field expects the name in Arabic letters.")
                    : tr("This field expects the name in Latin letters."));
    }
    for (const auto &[field, value] :
         {std::pair{u"father_name"_s, &c.fatherName}, std::pair{u"mother_name"_s, &c.motherName},
          std::pair{u"guardian_name"_s, &c.guardianName}}) {
        if (value->size() > MaxNameLength)
            add(out, field, tr("A name can have at most %1 characters.").arg(MaxNameLength));
        else if (!isNameText(*value))
            add(out, field,
                tr("A name can only contain letters, spaces, hyphens and apostrophes."));
    }
    for (const auto &[field, value] :
         {std::pair{u"address"_s, &c.address}, std::pair{u"birth_place"_s, &c.birthPlace},
          std::pair{u"commune"_s, &c.commune}}) {
        if (value->size() > MaxTextLength)
            add(out, field, tr("This field can have at most %1 characters.").arg(MaxTextLength));
    }
}

void CaseFileValidator::checkBirth(const CaseFile &c, ValidationIssues &out) const
{
    if (!c.birthYearOnly && !c.birthDate.isValid()) {
        add(out, u"birth_date"_s,
            tr("Enter a valid birth date (dd/mm/yyyy), or only the year if the date is unknown."));
        return;
    }
    if (c.birthYearOnly && c.birthYear == 0) {
        add(out, u"birth_year"_s, tr("Enter the year of birth."));
        return;
    }
    if ((c.birthDate.isValid() && c.birthDate > m_today) || c.birthYear > m_today.year())
        add(out, u"birth_date"_s, tr("The birth date cannot be in the future."));
    else if (c.birthYear < 1900)
        add(out, u"birth_date"_s, tr("The birth year must be 1900 or later."));
}

void CaseFileValidator::checkIdentifiers(const CaseFile &c, ValidationIssues &out) const
{
    switch (Identifiers::checkCin(c.cin)) {
    case Identifiers::CinCheck::Empty:
    case Identifiers::CinCheck::Valid:
        break;
    case Identifiers::CinCheck::Doubtful:
        add(out, u"cin"_s,
            tr("This CIN looks unusual (expected 1-2 letters and 5-6 digits). Check it on the "
               "card."),
            Severity::Warning);
        break;
    case Identifiers::CinCheck::Invalid:
        add(out, u"cin"_s, tr("A CIN is one or two letters followed by digits, e.g. AB123456."));
        break;
    }
    if (Identifiers::checkCin(c.guardianCin) == Identifiers::CinCheck::Invalid)
        add(out, u"guardian_cin"_s,
            tr("A CIN is one or two letters followed by digits, e.g. AB123456."));
    if (!c.idcs.isEmpty() && !Identifiers::isValidIdcs(c.idcs))
        add(out, u"idcs"_s, tr("The IDCS has exactly 10 digits."));
    if (c.rsuIndex && (*c.rsuIndex < 0 || *c.rsuIndex > 100))
        add(out, u"rsu_index"_s, tr("The RSU socio-economic index must be between 0 and 100."));
    if (c.rsuIndexDate.isValid() && c.rsuIndexDate > m_today)
        add(out, u"rsu_index_date"_s, tr("The date of the RSU index cannot be in the future."));
    if (c.rsuIndex && !c.rsuIndexDate.isValid())
        add(out, u"rsu_index_date"_s, tr("Enter the date of the RSU index."), Severity::Warning);
    if (c.amoRegime != u"none"_s && c.amoNumber.isEmpty())
        add(out, u"amo_number"_s, tr("The AMO number is missing for this regime."),
            Severity::Warning);
    if (c.rsuId.size() > 40 || c.amoNumber.size() > 40)
        add(out, c.rsuId.size() > 40 ? u"rsu_id"_s : u"amo_number"_s,
            tr("This number is too long."));
}

void CaseFileValidator::checkContacts(const CaseFile &c, ValidationIssues &out) const
{
    for (const auto &[field, value] :
         {std::pair{u"phone"_s, &c.phone}, std::pair{u"phone2"_s, &c.phone2},
          std::pair{u"guardian_phone"_s, &c.guardianPhone}}) {
        if (!value->isEmpty() && !Identifiers::isValidPhone(*value))
            add(out, field,
                tr("Enter a Moroccan phone number, e.g. 06 12 34 56 78 or +212 6 12 34 56 78."));
    }
    if (!c.provinceCode.isEmpty() && !ReferenceData::instance().province(c.provinceCode))
        add(out, u"province_code"_s, tr("Unknown province or prefecture."));
}

void CaseFileValidator::checkCodes(const CaseFile &c, ValidationIssues &out) const
{
    if (!CaseFileCodes::sexes().contains(c.sex))
        add(out, u"sex"_s, tr("Choose the sex."));
    if (!CaseFileCodes::statuses().contains(c.status))
        add(out, u"status"_s, tr("Unknown status."));
    if (!CaseFileCodes::amoRegimes().contains(c.amoRegime))
        add(out, u"amo_regime"_s, tr("Unknown AMO regime."));
    for (const QString &t : c.disabilityTypes)
        if (!CaseFileCodes::disabilityTypes().contains(t))
            add(out, u"disability_types"_s, tr("Unknown type of disability."));
    if (!c.disabilitySeverity.isEmpty() &&
        !CaseFileCodes::severities().contains(c.disabilitySeverity))
        add(out, u"disability_severity"_s, tr("Unknown severity."));
    if (!c.guardianRelation.isEmpty() &&
        !CaseFileCodes::guardianRelations().contains(c.guardianRelation))
        add(out, u"guardian_relation"_s, tr("Unknown relation."));
}

// Age in whole years on `today`. With the year alone, the difference of years: someone who may
// already be 18 is not asked for a guardian on a guess.
int CaseFileValidator::ageOn(const CaseFile &c, QDate today)
{
    if (!c.birthDate.isValid())
        return c.birthYear > 0 ? today.year() - c.birthYear : -1;
    // By month and day, not addYears(): someone born on 29 February is a year older on
    // 1 March in other years, not on 28 February.
    int age = today.year() - c.birthDate.year();
    if (std::pair(today.month(), today.day()) < std::pair(c.birthDate.month(), c.birthDate.day()))
        --age;
    return age;
}

void CaseFileValidator::checkGuardian(const CaseFile &c, ValidationIssues &out) const
{
    const int age = ageOn(c, m_today);
    if (age >= 0 && age < 18 && c.guardianName.isEmpty())
        add(out, u"guardian_name"_s, tr("A minor needs a guardian: enter the guardian's name."));
    if (!c.guardianName.isEmpty() && c.guardianRelation.isEmpty())
        add(out, u"guardian_relation"_s, tr("Choose the guardian's relation to the person."),
            Severity::Warning);
}

} // namespace jisr
