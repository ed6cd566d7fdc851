#include "centre/referencedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

const ReferenceData &ReferenceData::instance()
{
    static const ReferenceData data;
    return data;
}

ReferenceData::ReferenceData()
{
    QFile file(u":/jisr/data/provinces.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The reference data resource is missing from this build");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &v : root.value(u"regions"_s).toArray()) {
        const QJsonObject o = v.toObject();
        m_regions.append({o.value(u"code"_s).toString(), o.value(u"name_ar"_s).toString(),
                          o.value(u"name_fr"_s).toString()});
    }
    for (const QJsonValue &v : root.value(u"provinces"_s).toArray()) {
        const QJsonObject o = v.toObject();
        m_provinces.append({o.value(u"code"_s).toString(), o.value(u"region"_s).toString(),
                            o.value(u"kind"_s).toString(), o.value(u"name_ar"_s).toString(),
                            o.value(u"name_fr"_s).toString()});
    }
}

std::optional<Province> ReferenceData::province(const QString &code) const
{
    for (const Province &p : m_provinces)
        if (p.code == code)
            return p;
    return std::nullopt;
}

std::optional<Region> ReferenceData::region(const QString &code) const
{
    for (const Region &r : m_regions)
        if (r.code == code)
            return r;
    return std::nullopt;
}

} // namespace jisr
