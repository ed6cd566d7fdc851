#pragma once

#include "cases/casenote.h"
#include "platform/access/accesscontrol.h"

#include <QCoreApplication>

namespace jisr {

struct PlatformServices;

// The only way to the medical and social notes of a case file. Medical notes: doctors; social
// notes: social workers. An administrator may read one file's medical notes only through an
// emergency access with a typed reason, which is audited and listed for the centre.
class CaseNoteService
{
    Q_DECLARE_TR_FUNCTIONS(CaseNoteService)

public:
    static constexpr int MinReasonLength = 15;
    static constexpr int MaxNoteLength = 20000;

    explicit CaseNoteService(PlatformServices &platform);

    QList<CaseNote> list(const Actor &actor, const QString &caseId, CaseNote::Kind kind) const;
    CaseNote add(const Actor &actor, const QString &caseId, CaseNote::Kind kind,
                 const QString &category, const QString &body);

    // Returns `actor` allowed to read this one file's medical notes; throws when the role has
    // no emergency access or the reason is too short.
    Actor beginEmergencyAccess(const Actor &actor, const QString &caseId, const QString &reason);

    static QStringList categories(CaseNote::Kind kind);
    static QString kindCode(CaseNote::Kind kind);

private:
    void requireRead(const Actor &actor, const QString &caseId, CaseNote::Kind kind) const;
    void requireWrite(const Actor &actor, const QString &caseId, CaseNote::Kind kind) const;
    void requireCase(const QString &caseId) const;

    PlatformServices &m_platform;
};

} // namespace jisr
