#include "cases/identifiers.h"

#include "platform/text/textcleaner.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jisr::Identifiers {

QString foldDigitsAndControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    // Tabs and line breaks stay: the name search splits words on them.
    for (QChar c : text)
        if (c.isSpace() || !TextCleaner::isInvisibleControl(c))
            out.append(c);
    return TextCleaner::foldDigits(out);
}

namespace {
QString stripSeparators(const QString &text)
{
    QString out;
    for (QChar c : foldDigitsAndControls(text))
        if (c.isLetterOrNumber() || c == u'+')
            out.append(c);
    return out;
}
} // namespace

QString normalizeCin(const QString &text)
{
    return stripSeparators(text).toUpper();
}

CinCheck checkCin(const QString &cin)
{
    if (cin.isEmpty())
        return CinCheck::Empty;
    static const QRegularExpression valid(u"^[A-Z]{1,2}[0-9]{5,6}$"_s);
    static const QRegularExpression doubtful(u"^[A-Z]{1,2}[0-9]{1,8}$"_s);
    if (valid.match(cin).hasMatch())
        return CinCheck::Valid;
    if (doubtful.match(cin).hasMatch())
        return CinCheck::Doubtful;
    return CinCheck::Invalid;
}

QString normalizeIdcs(const QString &text)
{
    return stripSeparators(text);
}

bool isValidIdcs(const QString &idcs)
{
    static const QRegularExpression re(u"^[0-9]{10}$"_s);
    return re.match(idcs).hasMatch();
}

QString normalizePhone(const QString &text)
{
    QString digits = stripSeparators(text);
    if (digits.startsWith(u"+212"_s))
        digits = u'0' + digits.mid(4);
    else if (digits.startsWith(u"00212"_s))
        digits = u'0' + digits.mid(5);
    else if (digits.startsWith(u"212"_s) && digits.size() == 12)
        digits = u'0' + digits.mid(3);
    // A spreadsheet that took 0612345678 for a number gives back 612345678.
    static const QRegularExpression zeroDropped(u"^[5-8][0-9]{8}$"_s);
    if (zeroDropped.match(digits).hasMatch())
        digits.prepend(u'0');
    return digits;
}

bool isValidPhone(const QString &phone)
{
    // Mobile 06/07, fixed 05, and 08 for VoIP/corporate numbers.
    static const QRegularExpression re(u"^0[5-8][0-9]{8}$"_s);
    return re.match(phone).hasMatch();
}

QString formatPhone(const QString &phone)
{
    if (!isValidPhone(phone))
        return phone;
    QStringList pairs;
    for (int i = 0; i < phone.size(); i += 2)
        pairs << phone.mid(i, 2);
    return pairs.join(u' ');
}

} // namespace jisr::Identifiers
