#include "platform/text/csvreader.h"

#include "platform/errors/coreerror.h"

namespace jisr {

QChar CsvReader::detectSeparator(const QString &text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {u',', u';', u'\t'};
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

QList<CsvRow> CsvReader::parse(const QString &text, QChar separator)
{
    const QChar sep = separator.isNull() ? detectSeparator(text) : separator;
    QList<CsvRow> rows;
    CsvRow row{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    const auto endRow = [&] {
        row.fields << field;
        // A blank line is not a record.
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty()))
            rows << row;
        field.clear();
        fieldStarted = false;
        row = CsvRow{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == sep) {
            row.fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        throw CoreError(ErrorKind::BadInput,
                        tr("Line %1: a quoted field is never closed.").arg(quoteLine));
    if (fieldStarted || !row.fields.isEmpty())
        endRow();
    return rows;
}

} // namespace jisr
