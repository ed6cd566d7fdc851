#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jisr {

struct CsvRow
{
    int line = 0; // physical line where the row starts (the header is line 1)
    QStringList fields;
};

// RFC 4180 records: quoted fields with doubled quotes, separators and line breaks inside quotes,
// CRLF or LF. The separator (comma, semicolon as French Excel writes, or tab as in Excel's
// "Unicode text") is the one the header line uses most.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Throws CoreError(BadInput) naming the line of an unterminated quote.
    static QList<CsvRow> parse(const QString &text, QChar separator = {});
    static QChar detectSeparator(const QString &text);
};

} // namespace jisr
