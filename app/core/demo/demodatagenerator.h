#pragma once

#include "cases/casefile.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace jisr {

// Realistic synthetic beneficiaries for demonstrations, tests and benchmarks: Moroccan names in
// both scripts with the spelling variants people actually write (Mohamed/Mohammed/Muhammad,
// Abdelkader/Abd El Kader), plausible CINs, birth dates, phones and provinces. The same seed
// always gives the same people, so a benchmark or a bug report can be reproduced exactly.
class DemoDataGenerator
{
public:
    // `firstIndex` is the number of people already generated in this database: identifiers are
    // derived from it so that several runs never produce the same CIN or IDCS twice.
    DemoDataGenerator(quint64 seed, qint64 firstIndex, const QString &homeProvince);

    CaseFile next();

private:
    struct Name
    {
        QString ar;
        QStringList lat;
    };
    static QList<Name> readNames(const QJsonArray &array);
    const Name &pick(const QList<Name> &names);
    QString pickLatin(const Name &name);
    QString pickProvince();
    QString uniqueCin(qint64 index);
    QString uniqueIdcs(qint64 index);
    QString mobilePhone();
    void fillIdentity(CaseFile &c);
    void fillBirth(CaseFile &c);
    void fillIdentifiers(CaseFile &c, qint64 index);
    void fillContact(CaseFile &c);
    void fillGuardian(CaseFile &c);
    void fillDisability(CaseFile &c);

    QRandomGenerator m_rng;
    qint64 m_index;
    QString m_homeProvince;
    QList<Name> m_male;
    QList<Name> m_female;
    QList<Name> m_family;
    QStringList m_neighbourhoods;
    QStringList m_cinPrefixes;
};

} // namespace jisr
