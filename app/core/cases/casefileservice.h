#pragma once

#include "cases/casefile.h"
#include "cases/casehistoryentry.h"
#include "cases/casesummary.h"
#include "platform/access/accesscontrol.h"
#include "platform/errors/validationissue.h"
#include "search/casesearch.h"

#include <QCoreApplication>
#include <QObject>

namespace jisr {

class CaseFileRepository;
struct PlatformServices;
struct RowChange;

// The only way case files are read and written. Every call checks the acting user's
// capability and validates; writes go through the platform's WritePath (one transaction with
// the row, its search entry, its change-log row and its audit entry), after which the item
// models hear caseCreated or caseChanged.
class CaseFileService : public QObject
{
    Q_OBJECT

public:
    explicit CaseFileService(PlatformServices &platform, QObject *parent = nullptr);
    ~CaseFileService() override;

    // Registers a new file and returns it with id and dossier number. Throws ValidationError
    // (errors, or possible duplicates not yet confirmed) or CoreError.
    CaseFile create(const Actor &actor, CaseFile draft, bool duplicatesConfirmed = false);
    // Saves an edited file. `edited.hlc` must be the version that was loaded: a file changed
    // meanwhile by someone else is refused rather than silently overwritten.
    CaseFile update(const Actor &actor, CaseFile edited, bool duplicatesConfirmed = false);
    // Opens a file for viewing; recorded in the audit log.
    CaseFile open(const Actor &actor, const QString &idOrDossier);
    // What the form shows while typing: validation issues plus possible duplicates.
    ValidationIssues check(const Actor &actor, CaseFile draft) const;

    QList<CaseHistoryEntry> history(const Actor &actor, const QString &caseId) const;

    // The list under the search box: newest files first, a page at a time (keyset on local_no,
    // 0 for the first page), so a million files never load at once.
    QList<CaseSummary> recent(const Actor &actor, qint64 beforeLocalNo, int limit) const;
    QList<SearchHit> search(const Actor &actor, const QString &text, int limit = 50) const;
    qint64 count(const Actor &actor) const;

    // Throws CoreError(PermissionDenied) and records the refusal when `actor` lacks `cap`.
    void require(const Actor &actor, Capability cap, const QString &caseId = {}) const;

signals:
    void caseCreated(const QString &id);
    void caseChanged(const QString &id);

private:
    ValidationIssues validateWithDuplicates(CaseFile &c) const;
    void announce(const QList<RowChange> &changes);

    PlatformServices &m_platform;
    std::unique_ptr<CaseFileRepository> m_repo;
};

} // namespace jisr
