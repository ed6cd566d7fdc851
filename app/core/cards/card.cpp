#include "cards/card.h"

using namespace Qt::StringLiterals;

namespace jisr {

QVariantMap Card::toFieldMap() const
{
    const auto date = [](QDate d) {
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    };
    return {{u"case_id"_s, caseId},
            {u"evaluation_id"_s, evaluationId},
            {u"number"_s, number},
            {u"ministry_number"_s, ministryNumber},
            {u"state"_s, state},
            {u"copy"_s, copy},
            {u"valid_from"_s, date(validFrom)},
            {u"valid_until"_s, date(validUntil)},
            {u"receipt"_s, receipt},
            {u"delivered_on"_s, date(deliveredOn)},
            {u"void_reason"_s, voidReason},
            {u"issued_at"_s, issuedAt}};
}

namespace CardCodes {

QStringList states()
{
    return {u"approved"_s, u"printed"_s, u"delivered"_s, u"void"_s, u"revoked"_s};
}

QStringList receipts()
{
    return {u"signature"_s, u"thumbprint"_s};
}

} // namespace CardCodes

} // namespace jisr
