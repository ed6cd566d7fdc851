#include "platform/text/typeddate.h"

#include "platform/text/textcleaner.h"

using namespace Qt::StringLiterals;

namespace jisr {

QDate TypedDate::parse(const QString &text)
{
    const QString t = TextCleaner::oneLine(text);
    QDate d = QDate::fromString(t, u"dd/MM/yyyy"_s);
    if (!d.isValid())
        d = QDate::fromString(t, u"d/M/yyyy"_s);
    if (!d.isValid())
        d = QDate::fromString(t, Qt::ISODate);
    return d;
}

} // namespace jisr
