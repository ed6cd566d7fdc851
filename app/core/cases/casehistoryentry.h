#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace jisr {

// One line of a dossier's history: who changed which fields, when (from the change log).
struct CaseHistoryEntry
{
    QDateTime at;
    QString operation; // insert | update
    QString userLogin;
    QString workstationId;
    QStringList fields;
};

} // namespace jisr
