#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;

// The A4 documents of a case file to PDF: jisrctl evaluation letter EVAL --pdf FILE (the
// refusal letter) and jisrctl case summary DOSSIER --pdf FILE.
class DocumentPrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrintCommand)

public:
    static int letter(CliContext &ctx, const QStringList &args);
    static int summary(CliContext &ctx, const QStringList &args);

private:
    static QString pdfFile(CliContext &ctx, const QStringList &args, const QString &command,
                           const QString &usage, QString &subject);
};

} // namespace jisr
