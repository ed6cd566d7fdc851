#include "common/filedialog.h"

#include "platform/db/datadirectory.h"

#include <QFileDialog>
#include <optional>

namespace jisr {

namespace {

std::optional<QString> nextFileName;

std::optional<QString> takeNextFileName()
{
    std::optional<QString> name;
    name.swap(nextFileName);
    return name;
}

} // namespace

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

void FileDialog::clearNextFileName()
{
    nextFileName.reset();
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::getPdfSaveFileName(QWidget *parent, const QString &caption,
                                       const QString &suggested, const QString &dataDir)
{
    const QString file = getSaveFileName(parent, caption, suggested, tr("PDF files (*.pdf)"));
    if (!file.isEmpty())
        DataDirectory::requireOutside(file, dataDir);
    return file;
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption,
                                         const QString &dir)
{
    if (auto name = takeNextFileName())
        return *name;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

} // namespace jisr
