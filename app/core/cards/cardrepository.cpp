#include "cards/cardrepository.h"

#include "platform/db/sqlquery.h"

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QString Select =
    u"SELECT k.id, k.case_id, k.evaluation_id, k.number, k.ministry_number, k.state, k.copy, "
    "k.valid_from, k.valid_until, k.receipt, k.delivered_on, k.void_reason, k.issued_at, k.hlc, "
    "c.dossier_no, trim(c.given_name_lat || ' ' || c.family_name_lat), "
    "trim(c.given_name_ar || ' ' || c.family_name_ar) "
    "FROM cards k JOIN case_files c ON c.id = k.case_id WHERE k.deleted = 0 "_s;

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Card cardFrom(const QSqlQuery &q)
{
    Card c;
    c.id = q.value(0).toString();
    c.caseId = q.value(1).toString();
    c.evaluationId = q.value(2).toString();
    c.number = q.value(3).toString();
    c.ministryNumber = q.value(4).toString();
    c.state = q.value(5).toString();
    c.copy = q.value(6).toInt();
    c.validFrom = dateOf(q.value(7));
    c.validUntil = dateOf(q.value(8));
    c.receipt = q.value(9).toString();
    c.deliveredOn = dateOf(q.value(10));
    c.voidReason = q.value(11).toString();
    c.issuedAt = q.value(12).toString();
    c.hlc = q.value(13).toLongLong();
    c.dossierNo = q.value(14).toString();
    c.holderLatin = q.value(15).toString();
    c.holderArabic = q.value(16).toString();
    return c;
}

} // namespace

std::optional<Card> CardRepository::find(const QString &idOrNumber) const
{
    QSqlQuery q = execQuery(m_db, Select + u"AND (k.id = ? OR k.number = ?)"_s,
                            {idOrNumber, idOrNumber.trimmed().toUpper()});
    if (!q.next())
        return std::nullopt;
    return cardFrom(q);
}

QList<Card> CardRepository::list(const QString &state, QDate from, QDate until, int limit) const
{
    QSqlQuery q =
        execQuery(m_db,
                  Select + u"AND (? = '' OR k.state = ?) AND (? IS NULL OR k.valid_until >= ?) "
                           "AND (? IS NULL OR k.valid_until <= ?) ORDER BY k.valid_until, k.number "
                           "LIMIT ?"_s,
                  {state, state, from.isValid() ? QVariant(from.toString(Qt::ISODate)) : QVariant(),
                   from.isValid() ? QVariant(from.toString(Qt::ISODate)) : QVariant(),
                   until.isValid() ? QVariant(until.toString(Qt::ISODate)) : QVariant(),
                   until.isValid() ? QVariant(until.toString(Qt::ISODate)) : QVariant(), limit});
    QList<Card> out;
    while (q.next())
        out << cardFrom(q);
    return out;
}

QList<Card> CardRepository::forCase(const QString &caseId) const
{
    QSqlQuery q =
        execQuery(m_db, Select + u"AND k.case_id = ? ORDER BY k.issued_at DESC"_s, {caseId});
    QList<Card> out;
    while (q.next())
        out << cardFrom(q);
    return out;
}

void CardRepository::insert(const Card &c, const QString &workstationId, const QString &userId)
{
    QVariantMap f = c.toFieldMap();
    f.insert(u"id"_s, c.id);
    f.insert(u"hlc"_s, c.hlc);
    f.insert(u"workstation_id"_s, workstationId);
    f.insert(u"user_id"_s, userId);
    execNamedQuery(m_db,
                   u"INSERT INTO cards (id, case_id, evaluation_id, number, ministry_number, "
                   "state, copy, valid_from, valid_until, receipt, delivered_on, void_reason, "
                   "issued_at, hlc, workstation_id, user_id) VALUES (:id, :case_id, "
                   ":evaluation_id, :number, :ministry_number, :state, :copy, :valid_from, "
                   ":valid_until, :receipt, :delivered_on, :void_reason, :issued_at, :hlc, "
                   ":workstation_id, :user_id)"_s,
                   f);
}

void CardRepository::update(const Card &c, const QString &workstationId, const QString &userId)
{
    QVariantMap f = c.toFieldMap();
    f.insert(u"id"_s, c.id);
    f.insert(u"hlc"_s, c.hlc);
    f.insert(u"workstation_id"_s, workstationId);
    f.insert(u"user_id"_s, userId);
    execNamedQuery(m_db,
                   u"UPDATE cards SET ministry_number = :ministry_number, state = :state, "
                   "copy = :copy, receipt = :receipt, delivered_on = :delivered_on, "
                   "void_reason = :void_reason, hlc = :hlc, workstation_id = :workstation_id, "
                   "user_id = :user_id WHERE id = :id"_s,
                   f);
}

void CardRepository::logPrint(const QString &id, const QString &cardId, int copy,
                              const QString &kind, const QString &reason, const QString &printer,
                              const QString &at, qint64 hlc, const QString &workstationId,
                              const QString &userId)
{
    execQuery(m_db,
              u"INSERT INTO card_print_log (id, card_id, copy, kind, reason, printer, printed_at, "
              "hlc, workstation_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {id, cardId, copy, kind, reason, printer, at, hlc, workstationId, userId});
}

} // namespace jisr
