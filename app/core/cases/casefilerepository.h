#pragma once

#include "cases/casefile.h"
#include "cases/casesummary.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace jisr {

// SQL for case files, their photo and search-index rows. No permission checks and no
// transactions of its own: CaseFileService wraps every call in both.
class CaseFileRepository
{
public:
    explicit CaseFileRepository(QSqlDatabase db);

    std::optional<CaseFile> findById(const QString &id) const;
    std::optional<CaseFile> findByDossier(const QString &dossierNo) const;
    std::optional<QString> idByCin(const QString &cin) const;
    std::optional<QString> idByIdcs(const QString &idcs) const;
    qint64 localNoOf(const QString &id) const;

    qint64 count() const;
    // Newest first; rows with local_no < `beforeLocalNo` (0 = from the newest).
    QList<CaseSummary> page(qint64 beforeLocalNo, int limit) const;
    QList<CaseSummary> summariesByLocalNo(const QList<qint64> &localNos) const;

    // Assigns local_no; `c` must carry id, dossier, hlc, workstation and user.
    qint64 insert(const CaseFile &c);
    void update(const CaseFile &c);

    QByteArray photo(const QString &caseId) const;
    void setPhoto(const QString &caseId, const QByteArray &jpeg, qint64 hlc,
                  const QString &workstationId, const QString &userId);

    static QString summaryColumns();
    static CaseSummary summaryFrom(const class QSqlQuery &q, int firstColumn = 0);

private:
    std::optional<CaseFile> findBy(const QString &column, const QString &value) const;
    QSqlDatabase m_db;
};

} // namespace jisr
