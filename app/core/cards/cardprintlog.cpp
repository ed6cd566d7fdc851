#include "cards/cardprintlog.h"

#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/platformservices.h"
#include "platform/write/writepath.h"

using namespace Qt::StringLiterals;

namespace jisr {

CardPrintLog::CardPrintLog(PlatformServices &platform) : m_platform(platform) {}

QList<CardPrintLog::Entry> CardPrintLog::entries(const Actor &actor, const Filter &filter,
                                                 int limit) const
{
    m_platform.writes.require(actor, Capability::PrintCards);
    // Dates are compared on the day part of the ISO time stamp; an unset bound matches all.
    const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : u"0000"_s;
    const QString until =
        filter.until.isValid() ? filter.until.toString(Qt::ISODate) : u"9999-12-31"_s;
    const QList<QVariantList> rows = selectRows(
        m_platform.database.connection(),
        u"SELECT l.id, l.card_id, c.number, l.copy, l.kind, l.reason, l.printer, l.printed_at, "
        "COALESCE(u.login, '') FROM card_print_log l JOIN cards c ON c.id = l.card_id "
        "LEFT JOIN users u ON u.id = l.user_id WHERE l.deleted = 0 "
        "AND c.number LIKE ? AND substr(l.printed_at, 1, 10) >= ? "
        "AND substr(l.printed_at, 1, 10) <= ? ORDER BY l.printed_at DESC, l.copy DESC LIMIT ?"_s,
        {QString(u"%"_s + filter.card.simplified() + u"%"_s), from, until, limit});
    QList<Entry> out;
    out.reserve(rows.size());
    for (const QVariantList &r : rows)
        out << Entry{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(),
                     r.at(3).toInt(),    r.at(4).toString(), r.at(5).toString(),
                     r.at(6).toString(), r.at(7).toString(), r.at(8).toString()};
    return out;
}

} // namespace jisr
