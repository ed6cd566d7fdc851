#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace jisr {

// One write to a synced table, as the sync engine will push it.
struct ChangeRecord
{
    enum class Operation { Insert, Update, Delete };

    QString tableName;
    QString rowId; // the row's UUID
    Operation operation = Operation::Update;
    QJsonObject changedFields; // field -> new value (only the fields that changed)
    qint64 baseHlc = 0;        // the row version this change was made on (0 for an insert)
    qint64 hlc = 0;
    QString workstationId;
    QString userId;
};

// Appends to the change log. Callers do it inside the same SqlTransaction as the write itself,
// so a write that fails leaves no change-log row and a change-log row always has its write.
class ChangeLog
{
public:
    static void append(const QSqlDatabase &db, const ChangeRecord &change);
    static QString operationName(ChangeRecord::Operation op);
};

} // namespace jisr
