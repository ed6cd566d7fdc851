#include "platform/db/sqlscript.h"

namespace jisr::SqlScript {

namespace {

enum class State { Code, Quote, LineComment, DollarQuote };

} // namespace

QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    State state = State::Code;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'\'') {
                state = State::Quote;
            } else if (c == u'-' && next == u'-') {
                state = State::LineComment;
                ++i;
                continue;
            } else if (c == u'$' && next == u'$') {
                state = State::DollarQuote;
                current += u"$$";
                ++i;
                continue;
            } else if (c == u';') {
                if (!current.trimmed().isEmpty())
                    out << current.trimmed();
                current.clear();
                continue;
            }
            break;
        case State::Quote:
            if (c == u'\'')
                state = State::Code; // a doubled '' re-enters Quote on the next character
            break;
        case State::LineComment:
            if (c == u'\n')
                state = State::Code;
            else
                continue;
            break;
        case State::DollarQuote:
            if (c == u'$' && next == u'$') {
                state = State::Code;
                current += u"$$";
                ++i;
                continue;
            }
            break;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace jisr::SqlScript
