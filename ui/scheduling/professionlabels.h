#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace jisr {

// Professions and specialties in words, in the interface language ("Médecin — MPR",
// "طبيب — الطب الفيزيائي وإعادة التأهيل"). A code the centre added itself is shown as typed.
class ProfessionLabels
{
    Q_DECLARE_TR_FUNCTIONS(ProfessionLabels)

public:
    static QString profession(const QString &code);
    static QString specialty(const QString &code);
    // "profession" or "profession:specialty", as SchedulingSetupService::knownProfessions().
    static QString need(const QString &code);
    // The professions, in words, with their code: the choices of the set-up screens.
    static QList<QPair<QString, QString>> choices();
};

} // namespace jisr
