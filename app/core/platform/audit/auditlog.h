#pragma once

#include "platform/access/accesscontrol.h"
#include "platform/audit/auditaction.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace jisr {

class Clock;
class Database;
class WorkstationSettings;

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString userId;
    QString login;
    QString workstationId;
    QString action;
    QString caseId;
    QString dossierNo; // of caseId, for people to read; empty when the entry has no dossier
    QString details;   // field names, reasons; never the sensitive values themselves
    QString prevHash;
    QString hash;
};

// What to show people for an entry's dossier: its number, or the start of its id when the file
// is not on this workstation (yet).
inline QString dossierOf(const AuditEntry &e)
{
    return e.dossierNo.isEmpty() ? e.caseId.left(8) : e.dossierNo;
}

struct AuditFilter
{
    QString userId;
    QString caseId;
    // Finding a dossier's entries by its number, without opening it (which would itself be
    // recorded as a view and show in "who opened this file").
    QString dossierNo;
    QStringList actions; // action codes; empty for all
    QDateTime from;
    QDateTime to;
    int limit = 1000;
};

struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // the first entry altered, inserted or after a removed one
    QString reason;
};

// The append-only, hash-chained record of who did what to which dossier (law 09-08). Entries
// are written inside the caller's transaction, so an audited write and its entry land together.
class AuditLog
{
public:
    AuditLog(Database &db, const WorkstationSettings &settings, const Clock &clock);

    void record(const Actor &actor, AuditAction action, const QString &caseId = {},
                const QString &details = {});
    // For events without a logged-in user (failed login): the login that was tried.
    void recordAnonymous(const QString &login, AuditAction action, const QString &details = {});

    QList<AuditEntry> entries(const AuditFilter &filter) const;
    // The SQL and parameters of entries(), exposed for the test of its query plans.
    static QString entriesQuery(const AuditFilter &filter, QVariantList &params);
    AuditVerification verify() const;

    static QString computeHash(const AuditEntry &e);

private:
    void append(AuditEntry entry);

    Database &m_db;
    const WorkstationSettings &m_settings;
    const Clock &m_clock;
};

} // namespace jisr
