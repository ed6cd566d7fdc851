#include "pdftools.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PdfTools {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QString squeezed(const QString &text)
{
    static const QRegularExpression blanks(
        u"[\\s\\x{200e}\\x{200f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]"_s);
    return text.normalized(QString::NormalizationForm_KC).remove(blanks);
}

QString squeezedText(const QString &pdf, int page)
{
    QStringList args = {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s};
    if (page > 0)
        args = QStringList{u"-f"_s, QString::number(page), u"-l"_s, QString::number(page)} + args;
    return squeezed(run(u"pdftotext"_s, args));
}

QSizeF pageSizeMm(const QString &pdf, int page)
{
    const QString info =
        run(u"pdfinfo"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(u"size:\\s+([0-9.]+) x ([0-9.]+) pts"_s).match(info);
    return m.hasMatch()
               ? QSizeF(m.captured(1).toDouble() / 72 * 25.4, m.captured(2).toDouble() / 72 * 25.4)
               : QSizeF();
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(u"Pages:\\s+([0-9]+)"_s).match(run(u"pdfinfo"_s, {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace PdfTools
