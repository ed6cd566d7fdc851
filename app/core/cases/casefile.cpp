#include "cases/casefile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

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
        {u"id"_s, id},
        {u"dossier_no"_s, dossierNo},
        {u"status"_s, status},
        {u"family_name_ar"_s, familyNameAr},
        {u"given_name_ar"_s, givenNameAr},
        {u"family_name_lat"_s, familyNameLat},
        {u"given_name_lat"_s, givenNameLat},
        {u"father_name"_s, fatherName},
        {u"mother_name"_s, motherName},
        {u"sex"_s, sex},
        {u"birth_date"_s, dateOrNull(birthYearOnly ? QDate() : birthDate)},
        {u"birth_year"_s, birthYear},
        {u"birth_year_only"_s, birthYearOnly ? 1 : 0},
        {u"birth_place"_s, birthPlace},
        {u"cin"_s, cin},
        {u"idcs"_s, idcs},
        {u"rsu_id"_s, rsuId},
        {u"rsu_index"_s, rsuIndex ? QVariant(*rsuIndex) : QVariant()},
        {u"rsu_index_date"_s, dateOrNull(rsuIndexDate)},
        {u"amo_regime"_s, amoRegime},
        {u"amo_number"_s, amoNumber},
        {u"phone"_s, phone},
        {u"phone2"_s, phone2},
        {u"address"_s, address},
        {u"commune"_s, commune},
        {u"province_code"_s, provinceCode},
        {u"guardian_name"_s, guardianName},
        {u"guardian_relation"_s, guardianRelation},
        {u"guardian_phone"_s, guardianPhone},
        {u"guardian_cin"_s, guardianCin},
        {u"disability_types"_s, disabilityTypes.join(u',')},
        {u"disability_severity"_s, disabilitySeverity},
    };
}

CaseFile CaseFile::fromFieldMap(const QVariantMap &m)
{
    CaseFile c;
    c.id = str(m, u"id"_s);
    c.dossierNo = str(m, u"dossier_no"_s);
    if (m.contains(u"status"_s) && !str(m, u"status"_s).isEmpty())
        c.status = str(m, u"status"_s);
    c.familyNameAr = str(m, u"family_name_ar"_s);
    c.givenNameAr = str(m, u"given_name_ar"_s);
    c.familyNameLat = str(m, u"family_name_lat"_s);
    c.givenNameLat = str(m, u"given_name_lat"_s);
    c.fatherName = str(m, u"father_name"_s);
    c.motherName = str(m, u"mother_name"_s);
    c.sex = str(m, u"sex"_s);
    c.birthDate = QDate::fromString(str(m, u"birth_date"_s), Qt::ISODate);
    c.birthYear = m.value(u"birth_year"_s).toInt();
    c.birthYearOnly = m.value(u"birth_year_only"_s).toInt() != 0;
    if (c.birthDate.isValid() && c.birthYear == 0)
        c.birthYear = c.birthDate.year();
    c.birthPlace = str(m, u"birth_place"_s);
    c.cin = str(m, u"cin"_s);
    c.idcs = str(m, u"idcs"_s);
    c.rsuId = str(m, u"rsu_id"_s);
    const QVariant index = m.value(u"rsu_index"_s);
    if (index.isValid() && !index.isNull() && !index.toString().trimmed().isEmpty())
        c.rsuIndex = index.toDouble();
    c.rsuIndexDate = QDate::fromString(str(m, u"rsu_index_date"_s), Qt::ISODate);
    if (!str(m, u"amo_regime"_s).isEmpty())
        c.amoRegime = str(m, u"amo_regime"_s);
    c.amoNumber = str(m, u"amo_number"_s);
    c.phone = str(m, u"phone"_s);
    c.phone2 = str(m, u"phone2"_s);
    c.address = str(m, u"address"_s);
    c.commune = str(m, u"commune"_s);
    c.provinceCode = str(m, u"province_code"_s);
    c.guardianName = str(m, u"guardian_name"_s);
    c.guardianRelation = str(m, u"guardian_relation"_s);
    c.guardianPhone = str(m, u"guardian_phone"_s);
    c.guardianCin = str(m, u"guardian_cin"_s);
    c.disabilityTypes = str(m, u"disability_types"_s).split(u',', Qt::SkipEmptyParts);
    for (QString &t : c.disabilityTypes)
        t = t.trimmed();
    c.disabilitySeverity = str(m, u"disability_severity"_s);
    return c;
}

QJsonObject CaseFile::toJson() const
{
    QJsonObject o = QJsonObject::fromVariantMap(toFieldMap());
    o.insert(u"disability_types"_s, QJsonArray::fromStringList(disabilityTypes));
    o.insert(u"name_ar"_s, fullNameAr());
    o.insert(u"name_fr"_s, fullNameLat());
    o.insert(u"dossier"_s, dossierNo);
    o.insert(u"created_at"_s, createdAt);
    return o;
}

namespace CaseFileCodes {

QStringList statuses()
{
    return {u"active"_s, u"archived"_s, u"deceased"_s};
}
QStringList sexes()
{
    return {u"M"_s, u"F"_s};
}
QStringList amoRegimes()
{
    return {u"none"_s, u"tadamon"_s, u"salarie"_s, u"tns"_s, u"achamil"_s, u"public"_s};
}
QStringList disabilityTypes()
{
    return {u"motor"_s,   u"visual"_s, u"hearing"_s,  u"speech"_s, u"intellectual"_s,
            u"psychic"_s, u"autism"_s, u"multiple"_s, u"other"_s};
}
QStringList severities()
{
    return {u"mild"_s, u"moderate"_s, u"severe"_s, u"profound"_s};
}
QStringList guardianRelations()
{
    return {u"parent"_s, u"sibling"_s, u"spouse"_s, u"child"_s, u"legal_guardian"_s, u"other"_s};
}
QStringList editableFields()
{
    return {u"family_name_ar"_s,
            u"given_name_ar"_s,
            u"family_name_lat"_s,
            u"given_name_lat"_s,
            u"father_name"_s,
            u"mother_name"_s,
            u"sex"_s,
            u"birth_date"_s,
            u"birth_year"_s,
            u"birth_year_only"_s,
            u"birth_place"_s,
            u"cin"_s,
            u"idcs"_s,
            u"rsu_id"_s,
            u"rsu_index"_s,
            u"rsu_index_date"_s,
            u"amo_regime"_s,
            u"amo_number"_s,
            u"phone"_s,
            u"phone2"_s,
            u"address"_s,
            u"commune"_s,
            u"province_code"_s,
            u"guardian_name"_s,
            u"guardian_relation"_s,
            u"guardian_phone"_s,
            u"guardian_cin"_s,
            u"disability_types"_s,
            u"disability_severity"_s,
            u"status"_s};
}

} // namespace CaseFileCodes

} // namespace jisr
