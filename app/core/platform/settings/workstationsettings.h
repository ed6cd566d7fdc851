#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace jisr {

class Database;

// The workstation's own settings, kept in the database's `settings` table so they travel with
// a backup: its identity, the centre it belongs to and its dossier-number series.
class WorkstationSettings
{
public:
    explicit WorkstationSettings(Database &db);

    bool isInitialized() const; // a centre has been set up (jisrctl init or the first-run wizard)

    QString workstationId() const;
    QString provinceCode() const;
    QString centreName() const; // in French, the name every centre has
    // The centre as people read it in that language: its Arabic name in Arabic when it has one.
    QString centreName(const QString &language) const;
    QString dossierSeries() const;

    QString value(const QString &key, const QString &fallback = {}) const;
    void setValue(const QString &key, const QString &value);

    // Creates the workstation identity and centre settings. The series makes dossier numbers
    // unique without coordination; when empty, a random 3-character one is drawn.
    void initialize(const QString &provinceCode, const QString &centreName,
                    const QString &series = {});

    static QString randomSeries();

private:
    Database &m_db;
    mutable QHash<QString, QString> m_cache; // key -> value (null: absent)
    QSet<QString> m_written;                 // keys this process wrote: never cached
};

} // namespace jisr
