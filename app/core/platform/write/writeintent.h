#pragma once

#include "platform/access/accesscontrol.h"
#include "platform/audit/auditaction.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace jisr {

// What a domain service declares about one write; the WritePath does the rest.
struct WriteIntent
{
    WriteIntent(std::optional<Capability> capability = {}, std::optional<AuditAction> action = {},
                QString subjectId = {}, QString auditDetails = {}, QStringList secretFields = {})
        : capability(capability), action(action), subjectId(std::move(subjectId)),
          auditDetails(std::move(auditDetails)), secretFields(std::move(secretFields))
    {
    }

    // Checked before anything else; a refusal is audited and thrown. Empty when the service
    // made a finer check itself (for example medical versus social notes) through
    // WritePath::require.
    std::optional<Capability> capability;
    // The audit entry written with the change; none for internal housekeeping.
    std::optional<AuditAction> action;
    // The case file the write concerns, for the audit log ("who changed this file").
    QString subjectId;
    // The entry's details; when empty, the names of the fields the write changed. Never values
    // (law 09-08).
    QString auditDetails;
    // Fields whose values never enter the change log (password hashes): the log says that they
    // changed, and sync reads the current value from the row itself.
    QStringList secretFields;
};

} // namespace jisr
