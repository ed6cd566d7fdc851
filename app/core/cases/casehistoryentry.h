#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace jisr {

// One line of a dossier's history: who changed which fields, from what to what, when (from
// the change log).
struct CaseHistoryEntry
{
    struct Change
    {
        QString field;
        QString before; // as stored: codes, ISO dates; empty when there was none
        QString after;
    };

    QDateTime at;
    QString operation; // insert | update
    QString userLogin;
    QString workstationId;
    QStringList fields;
    QString userNameFr;
    QString userNameAr;
    QList<Change> changes; // for an update, in the order of `fields`
};

} // namespace jisr
