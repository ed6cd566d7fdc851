#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace jisr {

struct Region
{
    QString code; // ISO 3166-2:MA, e.g. "MA-04"
    QString nameAr;
    QString nameFr;
};

struct Province
{
    QString code;       // ISO 3166-2:MA, e.g. "MA-RAB"
    QString regionCode; // e.g. "MA-04"
    QString kind;       // "prefecture" or "province"
    QString nameAr;
    QString nameFr;
};

// National reference data shipped in resources (:/jisr/data/provinces.json): the 12 regions
// and 75 prefectures and provinces with their ISO 3166-2:MA codes and names in both languages.
class ReferenceData
{
public:
    static const ReferenceData &instance();

    const QList<Region> &regions() const { return m_regions; }
    const QList<Province> &provinces() const { return m_provinces; }
    std::optional<Province> province(const QString &code) const;
    std::optional<Region> region(const QString &code) const;

private:
    ReferenceData();
    QList<Region> m_regions;
    QList<Province> m_provinces;
};

} // namespace jisr
