#include "cards/cardnumberblockstore.h"

#include "platform/db/sqlquery.h"
#include "platform/errors/coreerror.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace jisr {

void CardNumberBlockStore::addBlock(const Block &b, const QString &leasedAt)
{
    if (b.prefix.isEmpty() || b.first < 1 || b.last < b.first ||
        b.last >= qint64(1000000) /* Digits */)
        throw CoreError(ErrorKind::BadInput, tr("This block of card numbers is not valid."));
    const QList<QVariantList> overlap =
        selectRows(m_db,
                   u"SELECT 1 FROM card_number_blocks WHERE prefix = ? AND first_no <= ? "
                   "AND last_no >= ?"_s,
                   {b.prefix, b.last, b.first});
    if (!overlap.isEmpty())
        throw CoreError(ErrorKind::BadInput,
                        tr("This block of card numbers overlaps a block already received."));
    execQuery(m_db,
              u"INSERT INTO card_number_blocks (id, prefix, first_no, last_no, next_no, source, "
              "leased_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
              {QUuid::createUuid().toString(QUuid::WithoutBraces), b.prefix, b.first, b.last,
               b.first, b.source, leasedAt});
}

QString CardNumberBlockStore::take(const QString &localSeries, const QString &now)
{
    QList<QVariantList> rows = selectRows(
        m_db, u"SELECT id, prefix, next_no FROM card_number_blocks WHERE next_no <= last_no "
              "ORDER BY source DESC, leased_at, first_no LIMIT 1"_s);
    if (rows.isEmpty()) {
        // Until sync leases blocks: the next local block under this workstation's series.
        const QString prefix = localSeries + u'-';
        const QList<QVariantList> last = selectRows(
            m_db, u"SELECT coalesce(max(last_no), 0) FROM card_number_blocks WHERE prefix = ?"_s,
            {prefix});
        const qint64 first = last.first().first().toLongLong() + 1;
        if (first > 999999)
            throw CoreError(ErrorKind::Conflict,
                            tr("This workstation has used all its card numbers: synchronise "
                               "to receive a new block."));
        addBlock({prefix, first, std::min<qint64>(first + 999, 999999), u"local"_s}, now);
        rows = selectRows(m_db, u"SELECT id, prefix, next_no FROM card_number_blocks "
                                "WHERE next_no <= last_no ORDER BY source DESC, leased_at, "
                                "first_no LIMIT 1"_s);
    }
    const QVariantList &r = rows.first();
    const qint64 next = r.at(2).toLongLong();
    execQuery(m_db, u"UPDATE card_number_blocks SET next_no = next_no + 1 WHERE id = ?"_s,
              {r.at(0)});
    return r.at(1).toString() + QString::number(next).rightJustified(Digits, u'0');
}

qint64 CardNumberBlockStore::remaining() const
{
    const QList<QVariantList> rows =
        selectRows(m_db, u"SELECT coalesce(sum(last_no - next_no + 1), 0) FROM "
                         "card_number_blocks"_s);
    return rows.first().first().toLongLong();
}

} // namespace jisr
