#pragma once

#include "platform/db/sqltransaction.h"
#include "platform/write/writecontext.h"

#include <QCoreApplication>
#include <QObject>
#include <type_traits>

namespace jisr {

class AuditLog;
class Clock;
class Database;
class HybridLogicalClock;
class WorkstationSettings;

// The one way any domain writes. For every write it checks the capability (a refusal is audited
// and thrown), opens the transaction, gives the body a time stamp and a WriteContext that turns
// old and new records into change-log rows, writes the audit entry, commits, and announces the
// changed rows. A service says *what* changes; it never re-types *how*.
//
//     m_writes.write(actor, {Capability::EditIdentity, AuditAction::CaseChanged, id},
//                    [&](WriteContext &w) {
//                        m_repo.update(edited);
//                        w.updated(u"case_files"_s, id, base, before, after);
//                    });
class WritePath : public QObject
{
    Q_OBJECT

public:
    WritePath(Database &db, WorkstationSettings &settings, Clock &clock, HybridLogicalClock &hlc,
              AuditLog &audit, QObject *parent = nullptr);

    // Throws CoreError(PermissionDenied) and records the refusal when `actor` lacks `cap`.
    void require(const Actor &actor, Capability cap, const QString &subjectId = {}) const;
    [[noreturn]] void deny(const Actor &actor, Capability cap, const QString &subjectId = {}) const;

    template <typename Body> auto write(const Actor &actor, const WriteIntent &intent, Body &&body)
    {
        if (intent.capability)
            require(actor, *intent.capability, intent.subjectId);
        SqlTransaction tx(m_db);
        WriteContext context = begin(actor, intent);
        if constexpr (std::is_void_v<std::invoke_result_t<Body, WriteContext &>>) {
            body(context);
            finish(context, intent, tx);
        } else {
            auto result = body(context);
            finish(context, intent, tx);
            return result;
        }
    }

    Database &database() const { return m_db; }
    Clock &clock() const { return m_clock; }
    AuditLog &audit() const { return m_audit; }
    WorkstationSettings &settings() const { return m_settings; }

signals:
    // After the commit: what the write changed, for the item models to refresh.
    void committed(const jisr::RowChanges &changes);

private:
    WriteContext begin(const Actor &actor, const WriteIntent &intent);
    void finish(WriteContext &context, const WriteIntent &intent, SqlTransaction &tx);

    Database &m_db;
    WorkstationSettings &m_settings;
    Clock &m_clock;
    HybridLogicalClock &m_hlc;
    AuditLog &m_audit;
};

} // namespace jisr
