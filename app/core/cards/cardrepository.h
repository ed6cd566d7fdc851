#pragma once

#include "cards/card.h"

#include <QSqlDatabase>
#include <optional>

namespace jisr {

// The cards table and its print log, with bound parameters only. Rules and permissions are
// CardService's.
class CardRepository
{
public:
    explicit CardRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Card> find(const QString &idOrNumber) const;
    // state: one state or empty for all; until: only cards valid until that day or before.
    QList<Card> list(const QString &state, QDate from, QDate until, int limit = 1000) const;
    QList<Card> forCase(const QString &caseId) const;
    void insert(const Card &c, const QString &workstationId, const QString &userId);
    void update(const Card &c, const QString &workstationId, const QString &userId);
    void logPrint(const QString &id, const QString &cardId, int copy, const QString &kind,
                  const QString &reason, const QString &printer, const QString &at, qint64 hlc,
                  const QString &workstationId, const QString &userId);

private:
    QSqlDatabase m_db;
};

} // namespace jisr
