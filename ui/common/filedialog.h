#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace jisr {

// Every file dialog of the application goes through here instead of QFileDialog's static
// functions, so that a test gives the next file name before it is asked (setNextFileName)
// instead of polling for a modal window.
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(FileDialog)

public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir = {},
                                   const QString &filter = {});
    // Where to save a printed document as PDF: empty when cancelled. A PDF names people, so like
    // every export it is refused inside a data folder (throws CoreError).
    static QString getPdfSaveFileName(QWidget *parent, const QString &caption,
                                      const QString &suggested, const QString &dataDir);
    static QString getExistingDirectory(QWidget *parent, const QString &caption,
                                        const QString &dir = {});

    // For tests: the next call (of any of the three) returns `fileName` without showing
    // anything, once. An empty name answers as a user who cancelled.
    static void setNextFileName(const QString &fileName);
    // Forgets a name that was not used.
    static void clearNextFileName();
};

} // namespace jisr
