#include "platform/write/writecontext.h"

#include "platform/db/database.h"

#include <QJsonObject>

namespace jisr {

WriteContext::WriteContext(Database &db, const Actor &actor, const WriteIntent &intent, qint64 hlc,
                           QDateTime now, QString workstationId)
    : m_db(db), m_actor(actor), m_intent(intent), m_hlc(hlc), m_now(std::move(now)),
      m_workstationId(std::move(workstationId)), m_subjectId(intent.subjectId),
      m_auditDetails(intent.auditDetails)
{
}

void WriteContext::append(const QString &table, const QString &rowId, ChangeRecord::Operation op,
                          const QVariantMap &fields, qint64 baseHlc)
{
    QJsonObject json;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        // A secret's value stays in its row only: the log that sync reads and keeps must not
        // accumulate every password hash an account ever had.
        json.insert(it.key(), m_intent.secretFields.contains(it.key())
                                  ? QJsonValue(QJsonValue::Null)
                                  : QJsonValue::fromVariant(it.value()));
    }
    ChangeLog::append(m_db.connection(),
                      {table, rowId, op, json, baseHlc, m_hlc, m_workstationId, m_actor.userId});
    m_changes.append({table, rowId, op, fields.keys()});
}

void WriteContext::inserted(const QString &table, const QString &rowId, const QVariantMap &fields)
{
    append(table, rowId, ChangeRecord::Operation::Insert, fields, 0);
}

QStringList WriteContext::updated(const QString &table, const QString &rowId, qint64 baseHlc,
                                  const QVariantMap &before, const QVariantMap &after)
{
    QVariantMap changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    if (!changed.isEmpty())
        append(table, rowId, ChangeRecord::Operation::Update, changed, baseHlc);
    return changed.keys();
}

void WriteContext::deleted(const QString &table, const QString &rowId, qint64 baseHlc)
{
    append(table, rowId, ChangeRecord::Operation::Delete, {}, baseHlc);
}

QString WriteContext::auditDetails() const
{
    if (!m_auditDetails.isEmpty())
        return m_auditDetails;
    // An update is audited with the names of the fields it changed; an insert says nothing
    // more than its action.
    QStringList fields;
    for (const RowChange &c : m_changes)
        if (c.operation == ChangeRecord::Operation::Update)
            for (const QString &f : c.fields)
                if (!fields.contains(f))
                    fields << f;
    return fields.join(u',');
}

} // namespace jisr
