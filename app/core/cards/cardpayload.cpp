#include "cards/cardpayload.h"

#include "cases/casefile.h"

#include <QCborArray>
#include <QCborValue>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

qint64 ymd(QDate d)
{
    return d.isValid() ? d.year() * 10000 + d.month() * 100 + d.day() : 0;
}

QDate fromYmd(qint64 v)
{
    return QDate(int(v / 10000), int(v / 100 % 100), int(v % 100));
}

} // namespace

QString CardPayload::truncatedUtf8(const QString &text, int maxBytes)
{
    QString out;
    int bytes = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype len = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const int size = int(text.mid(i, len).toUtf8().size());
        if (bytes + size > maxBytes)
            break;
        out += text.mid(i, len);
        bytes += size;
        i += len;
    }
    return out;
}

QByteArray CardPayload::toCbor() const
{
    qint64 typeBits = 0;
    const QStringList allTypes = CaseFileCodes::disabilityTypes();
    for (const QString &t : types)
        if (const qsizetype i = allTypes.indexOf(t); i >= 0)
            typeBits |= qint64(1) << i;
    QCborArray a;
    a << Version << QCborValue(keyId) << number << copy
      << truncatedUtf8(nameLatin, MaxLatinNameBytes)
      << truncatedUtf8(nameArabic, MaxArabicNameBytes)
      << (birthDate.isValid() ? ymd(birthDate) : qint64(birthYear)) << cin << typeBits
      << qint64(CaseFileCodes::severities().indexOf(degree)) << ymd(validFrom) << ymd(validUntil)
      << provinceCode;
    return QCborValue(a).toCbor();
}

std::optional<CardPayload> CardPayload::fromCbor(const QByteArray &cbor)
{
    QCborParserError error;
    const QCborValue v = QCborValue::fromCbor(cbor, &error);
    if (error.error != QCborError::NoError || !v.isArray())
        return std::nullopt;
    const QCborArray a = v.toArray();
    if (a.size() != 13 || a.at(0).toInteger() != Version || !a.at(1).isByteArray() ||
        !a.at(2).isString() || !a.at(3).isInteger() || !a.at(4).isString() || !a.at(5).isString() ||
        !a.at(6).isInteger() || !a.at(7).isString() || !a.at(8).isInteger() ||
        !a.at(9).isInteger() || !a.at(10).isInteger() || !a.at(11).isInteger() ||
        !a.at(12).isString())
        return std::nullopt;
    CardPayload p;
    p.keyId = a.at(1).toByteArray();
    p.number = a.at(2).toString();
    p.copy = int(a.at(3).toInteger());
    p.nameLatin = a.at(4).toString();
    p.nameArabic = a.at(5).toString();
    const qint64 birth = a.at(6).toInteger();
    if (birth > 9999)
        p.birthDate = fromYmd(birth);
    p.birthYear = birth > 9999 ? int(birth / 10000) : int(birth);
    p.cin = a.at(7).toString();
    const qint64 typeBits = a.at(8).toInteger();
    const QStringList allTypes = CaseFileCodes::disabilityTypes();
    for (qsizetype i = 0; i < allTypes.size(); ++i)
        if (typeBits & (qint64(1) << i))
            p.types << allTypes.at(i);
    const qint64 degree = a.at(9).toInteger();
    if (degree >= 0 && degree < CaseFileCodes::severities().size())
        p.degree = CaseFileCodes::severities().at(degree);
    p.validFrom = fromYmd(a.at(10).toInteger());
    p.validUntil = fromYmd(a.at(11).toInteger());
    p.provinceCode = a.at(12).toString();
    if (p.keyId.size() != 4 || !p.validFrom.isValid() || !p.validUntil.isValid())
        return std::nullopt;
    return p;
}

} // namespace jisr
