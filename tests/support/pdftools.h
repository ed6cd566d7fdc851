#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>

// Reads a printed PDF back with the tools anyone has (poppler-utils), as a person checking the
// output would: its text, its pages and their size.
namespace PdfTools {

// Standard output of a program in NFKC (pdftotext gives Arabic as shaped presentation forms),
// empty when it fails or takes more than a minute.
QString run(const QString &program, const QStringList &args);
// pdftotext of the whole file or of one page (from 1), in NFKC (Arabic comes out as shaped
// presentation forms) and without white space nor direction marks: the extractor orders the
// words of right-to-left lines as it likes and breaks lines anywhere.
QString squeezedText(const QString &pdf, int page = 0);
// `text` as squeezedText() compares it.
QString squeezed(const QString &text);
QSizeF pageSizeMm(const QString &pdf, int page = 1);
int pageCount(const QString &pdf);

} // namespace PdfTools
