#include "casefile.h"

#include <QJsonArray>

namespace jisr {

QString CaseFile::fullNameAr() const
{
    return QStringList{givenNameAr, familyNameAr}.join(u' ').trimmed();
}

QString CaseFile::fullNameLat() const
{
    return QStringList{givenNameLat, familyNameLat}.join(u' ').trimmed();
}

QString CaseFile::displayName() const
{
    const QString ar = fullNameAr();
    return ar.isEmpty() ? fullNameLat() : ar;
}

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QString str(const QVariantMap &m, const QString &key)
{
    return m.value(key).toString().trimmed();
}

} // namespace

QVariantMap CaseFile::toFieldMap() const
{
    return {
        {u"id"_qs, id},
        {u"dossier_no"_qs, dossierNo},
        {u"status"_qs, status},
        {u"family_name_ar"_qs, familyNameAr},
        {u"given_name_ar"_qs, givenNameAr},
        {u"family_name_lat"_qs, familyNameLat},
        {u"given_name_lat"_qs, givenNameLat},
        {u"father_name"_qs, fatherName},
        {u"mother_name"_qs, motherName},
        {u"sex"_qs, sex},
        {u"birth_date"_qs, dateOrNull(birthYearOnly ? QDate() : birthDate)},
        {u"birth_year"_qs, birthYear},
        {u"birth_year_only"_qs, birthYearOnly ? 1 : 0},
        {u"birth_place"_qs, birthPlace},
        {u"cin"_qs, cin},
        {u"idcs"_qs, idcs},
        {u"rsu_id"_qs, rsuId},
        {u"rsu_index"_qs, rsuIndex ? QVariant(*rsuIndex) : QVariant()},
        {u"rsu_index_date"_qs, dateOrNull(rsuIndexDate)},
        {u"amo_regime"_qs, amoRegime},
        {u"amo_number"_qs, amoNumber},
        {u"phone"_qs, phone},
        {u"phone2"_qs, phone2},
        {u"address"_qs, address},
        {u"commune"_qs, commune},
        {u"province_code"_qs, provinceCode},
        {u"guardian_name"_qs, guardianName},
        {u"guardian_relation"_qs, guardianRelation},
        {u"guardian_phone"_qs, guardianPhone},
        {u"guardian_cin"_qs, guardianCin},
        {u"disability_types"_qs, disabilityTypes.join(u',')},
        {u"disability_severity"_qs, disabilitySeverity},
    };
}

CaseFile CaseFile::fromFieldMap(const QVariantMap &m)
{
    CaseFile c;
    c.id = str(m, u"id"_qs);
    c.dossierNo = str(m, u"dossier_no"_qs);
    if (m.contains(u"status"_qs) && !str(m, u"status"_qs).isEmpty())
        c.status = str(m, u"status"_qs);
    c.familyNameAr = str(m, u"family_name_ar"_qs);
    c.givenNameAr = str(m, u"given_name_ar"_qs);
    c.familyNameLat = str(m, u"family_name_lat"_qs);
    c.givenNameLat = str(m, u"given_name_lat"_qs);
    c.fatherName = str(m, u"father_name"_qs);
    c.motherName = str(m, u"mother_name"_qs);
    c.sex = str(m, u"sex"_qs);
    c.birthDate = QDate::fromString(str(m, u"birth_date"_qs), Qt::ISODate);
    c.birthYear = m.value(u"birth_year"_qs).toInt();
    c.birthYearOnly = m.value(u"birth_year_only"_qs).toInt() != 0;
    if (c.birthDate.isValid() && c.birthYear == 0)
        c.birthYear = c.birthDate.year();
    c.birthPlace = str(m, u"birth_place"_qs);
    c.cin = str(m, u"cin"_qs);
    c.idcs = str(m, u"idcs"_qs);
    c.rsuId = str(m, u"rsu_id"_qs);
    const QVariant index = m.value(u"rsu_index"_qs);
    if (index.isValid() && !index.isNull() && !index.toString().trimmed().isEmpty())
        c.rsuIndex = index.toDouble();
    c.rsuIndexDate = QDate::fromString(str(m, u"rsu_index_date"_qs), Qt::ISODate);
    if (!str(m, u"amo_regime"_qs).isEmpty())
        c.amoRegime = str(m, u"amo_regime"_qs);
    c.amoNumber = str(m, u"amo_number"_qs);
    c.phone = str(m, u"phone"_qs);
    c.phone2 = str(m, u"phone2"_qs);
    c.address = str(m, u"address"_qs);
    c.commune = str(m, u"commune"_qs);
    c.provinceCode = str(m, u"province_code"_qs);
    c.guardianName = str(m, u"guardian_name"_qs);
    c.guardianRelation = str(m, u"guardian_relation"_qs);
    c.guardianPhone = str(m, u"guardian_phone"_qs);
    c.guardianCin = str(m, u"guardian_cin"_qs);
    c.disabilityTypes = str(m, u"disability_types"_qs).split(u',', Qt::SkipEmptyParts);
    for (QString &t : c.disabilityTypes)
        t = t.trimmed();
    c.disabilitySeverity = str(m, u"disability_severity"_qs);
    return c;
}

QJsonObject CaseFile::toJson() const
{
    QJsonObject o = QJsonObject::fromVariantMap(toFieldMap());
    o.insert(u"disability_types"_qs, QJsonArray::fromStringList(disabilityTypes));
    o.insert(u"name_ar"_qs, fullNameAr());
    o.insert(u"name_fr"_qs, fullNameLat());
    o.insert(u"dossier"_qs, dossierNo);
    o.insert(u"created_at"_qs, createdAt);
    return o;
}

namespace CaseFileCodes {

QStringList statuses()
{
    return {u"active"_qs, u"archived"_qs, u"deceased"_qs};
}
QStringList sexes()
{
    return {u"M"_qs, u"F"_qs};
}
QStringList amoRegimes()
{
    return {u"none"_qs, u"tadamon"_qs, u"salarie"_qs, u"tns"_qs, u"achamil"_qs, u"public"_qs};
}
QStringList disabilityTypes()
{
    return {u"motor"_qs,   u"visual"_qs, u"hearing"_qs,  u"speech"_qs, u"intellectual"_qs,
            u"psychic"_qs, u"autism"_qs, u"multiple"_qs, u"other"_qs};
}
QStringList severities()
{
    return {u"mild"_qs, u"moderate"_qs, u"severe"_qs, u"profound"_qs};
}
QStringList guardianRelations()
{
    return {u"parent"_qs, u"sibling"_qs,        u"spouse"_qs,
            u"child"_qs,  u"legal_guardian"_qs, u"other"_qs};
}
QStringList editableFields()
{
    return {u"family_name_ar"_qs,
            u"given_name_ar"_qs,
            u"family_name_lat"_qs,
            u"given_name_lat"_qs,
            u"father_name"_qs,
            u"mother_name"_qs,
            u"sex"_qs,
            u"birth_date"_qs,
            u"birth_year"_qs,
            u"birth_year_only"_qs,
            u"birth_place"_qs,
            u"cin"_qs,
            u"idcs"_qs,
            u"rsu_id"_qs,
            u"rsu_index"_qs,
            u"rsu_index_date"_qs,
            u"amo_regime"_qs,
            u"amo_number"_qs,
            u"phone"_qs,
            u"phone2"_qs,
            u"address"_qs,
            u"commune"_qs,
            u"province_code"_qs,
            u"guardian_name"_qs,
            u"guardian_relation"_qs,
            u"guardian_phone"_qs,
            u"guardian_cin"_qs,
            u"disability_types"_qs,
            u"disability_severity"_qs,
            u"status"_qs};
}

} // namespace CaseFileCodes

} // namespace jisr
