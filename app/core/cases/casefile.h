#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace jisr {

// A beneficiary's case file (dossier): identity in Arabic and Latin script, identifiers,
// contacts, guardian and disability summary. Enumerations are stored as stable codes (see
// CaseFileCodes) so the database, CSV files and the sync protocol never depend on a language.
struct CaseFile
{
    QString id;                                // UUID, empty until saved
    QString dossierNo;                         // human number read aloud, e.g. RAB-2026-7KX-0042
    QString status = QStringLiteral("active"); // active | archived | deceased

    QString familyNameAr;
    QString givenNameAr;
    QString familyNameLat;
    QString givenNameLat;
    QString fatherName; // father's given name
    QString motherName; // mother's full name

    QString sex;       // M | F
    QDate birthDate;   // full date, when known
    int birthYear = 0; // always set; the only birth information when birthYearOnly
    bool birthYearOnly = false;
    QString birthPlace;

    QString cin;  // normalised upper case, empty when none
    QString idcs; // 10 digits, empty when none
    QString rsuId;
    std::optional<double> rsuIndex;
    QDate rsuIndexDate;
    QString amoRegime = QStringLiteral("none"); // tadamon | salarie | tns | achamil | public | none
    QString amoNumber;

    QString phone; // normalised 0XXXXXXXXX
    QString phone2;
    QString address;
    QString commune;
    QString provinceCode; // ISO 3166-2:MA, e.g. MA-RAB

    QString guardianName;
    QString guardianRelation; // parent | sibling | spouse | child | legal_guardian | other
    QString guardianPhone;
    QString guardianCin;

    QStringList disabilityTypes; // codes, see CaseFileCodes::disabilityTypes()
    QString disabilitySeverity;  // mild | moderate | severe | profound, or empty

    QString createdAt; // ISO date-time (UTC)
    qint64 hlc = 0;    // last change
    QString workstationId;
    QString userId;

    QString fullNameAr() const;
    QString fullNameLat() const;
    // The name to show first: Arabic (authoritative) when present, else Latin.
    QString displayName() const;

    // Column name -> value, the shape of the database row, JSON output and CSV columns.
    QVariantMap toFieldMap() const;
    static CaseFile fromFieldMap(const QVariantMap &fields);
    QJsonObject toJson() const;
};

// The stable codes used by CaseFile fields.
namespace CaseFileCodes {
QStringList statuses();
QStringList sexes();
QStringList amoRegimes();
QStringList disabilityTypes();
QStringList severities();
QStringList guardianRelations();
// The names of every editable field (the columns of a CSV export), in form order.
QStringList editableFields();
} // namespace CaseFileCodes

} // namespace jisr
