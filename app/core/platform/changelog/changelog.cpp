#include "platform/changelog/changelog.h"

#include "platform/db/sqlquery.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

QString ChangeLog::operationName(ChangeRecord::Operation op)
{
    switch (op) {
    case ChangeRecord::Operation::Insert:
        return u"insert"_s;
    case ChangeRecord::Operation::Update:
        return u"update"_s;
    case ChangeRecord::Operation::Delete:
        return u"delete"_s;
    }
    return {};
}

void ChangeLog::append(const QSqlDatabase &db, const ChangeRecord &change)
{
    execQuery(
        db,
        u"INSERT INTO change_log (change_id, table_name, row_id, operation, changed_fields, "
        "base_hlc, hlc, workstation_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {QUuid::createUuid().toString(QUuid::WithoutBraces), change.tableName, change.rowId,
         operationName(change.operation),
         QString::fromUtf8(QJsonDocument(change.changedFields).toJson(QJsonDocument::Compact)),
         change.baseHlc == 0 ? QVariant() : QVariant(change.baseHlc), change.hlc,
         change.workstationId, change.userId.isEmpty() ? QVariant() : QVariant(change.userId)});
}

} // namespace jisr
