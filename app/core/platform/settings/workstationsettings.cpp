#include "platform/settings/workstationsettings.h"

#include "platform/db/database.h"
#include "platform/db/sqlquery.h"

#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

WorkstationSettings::WorkstationSettings(Database &db) : m_db(db) {}

QString WorkstationSettings::value(const QString &key, const QString &fallback) const
{
    // Settings are read on every write but change rarely, so they are kept in memory. Not kept:
    // the dossier sequences, which every workstation process increments, and a key this
    // process wrote, since the transaction that wrote it may still be rolled back and the
    // memory would then keep a value the database never had.
    const bool volatileKey = key.startsWith(u"dossier_seq"_s) || m_written.contains(key);
    if (!volatileKey) {
        const auto it = m_cache.constFind(key);
        if (it != m_cache.cend())
            return it->isNull() ? fallback : *it;
    }
    const QList<QVariantList> rows =
        selectRows(m_db.connection(), u"SELECT value FROM settings WHERE key = ?"_s, {key});
    const QString v = rows.isEmpty() ? QString() : rows.first().first().toString();
    if (!volatileKey)
        m_cache.insert(key, v);
    return v.isNull() ? fallback : v;
}

void WorkstationSettings::setValue(const QString &key, const QString &value)
{
    execQuery(m_db.connection(),
              u"INSERT INTO settings (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
              {key, value});
    m_cache.remove(key);
    m_written.insert(key);
}

bool WorkstationSettings::isInitialized() const
{
    return !value(u"workstation_id"_s).isEmpty() && !provinceCode().isEmpty();
}

QString WorkstationSettings::workstationId() const
{
    return value(u"workstation_id"_s);
}
QString WorkstationSettings::provinceCode() const
{
    return value(u"province_code"_s);
}
QString WorkstationSettings::centreName() const
{
    return value(u"centre_name"_s);
}
QString WorkstationSettings::centreName(const QString &language) const
{
    const QString arabic = value(u"centre_name_ar"_s);
    return language == u"ar"_s && !arabic.isEmpty() ? arabic : centreName();
}
QString WorkstationSettings::dossierSeries() const
{
    return value(u"dossier_series"_s);
}

QString WorkstationSettings::randomSeries()
{
    // Crockford's alphabet: no I, L, O or U, which are misheard or misread when spoken aloud.
    static const QString alphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;
    QString s;
    for (int i = 0; i < 3; ++i)
        s.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return s;
}

void WorkstationSettings::initialize(const QString &provinceCode, const QString &centreName,
                                     const QString &series)
{
    if (value(u"workstation_id"_s).isEmpty())
        setValue(u"workstation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    setValue(u"province_code"_s, provinceCode);
    setValue(u"centre_name"_s, centreName);
    if (dossierSeries().isEmpty() || !series.isEmpty())
        setValue(u"dossier_series"_s, series.isEmpty() ? randomSeries() : series.toUpper());
}

} // namespace jisr
