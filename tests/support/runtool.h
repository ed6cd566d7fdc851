#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The standard output of a tool that reads printed output back (pdfinfo, pdftotext, zbarimg),
// in NFKC: pdftotext gives Arabic as shaped presentation forms. Empty when it did not run.
inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}
