#include "platform/text/boundedfilereader.h"

#include "platform/errors/coreerror.h"

#include <QFile>
#include <QFileInfo>

namespace jisr {

namespace {

[[noreturn]] void refuse(const QString &message)
{
    throw CoreError(ErrorKind::BadInput, message);
}

QString tooLarge(qint64 maxBytes)
{
    return BoundedFileReader::tr("The file is larger than %1 MB.").arg(maxBytes / (1024 * 1024));
}

} // namespace

QByteArray BoundedFileReader::read(const QString &path, qint64 maxBytes)
{
    // Checked before opening: opening a pipe waits for a writer, perhaps for ever.
    const QFileInfo info(path);
    if (!info.exists())
        refuse(tr("The file %1 does not exist.").arg(path));
    if (!info.isFile())
        refuse(tr("%1 is not an ordinary file (a folder, a device or a pipe): choose a file.")
                   .arg(path));
    if (info.size() > maxBytes)
        refuse(tooLarge(maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        refuse(tr("The file %1 cannot be opened.").arg(path));
    // The path may have been swapped for a device since it was looked at, and a file may still
    // be growing: the open handle is checked again, and never more than the limit is read.
    if (file.isSequential())
        refuse(tr("%1 is not an ordinary file (a folder, a device or a pipe): choose a file.")
                   .arg(path));
    QByteArray bytes;
    bytes.reserve(info.size());
    for (QByteArray chunk; !(chunk = file.read(1024 * 1024)).isEmpty();) {
        bytes += chunk;
        if (bytes.size() > maxBytes)
            refuse(tooLarge(maxBytes));
    }
    if (file.error() != QFileDevice::NoError)
        refuse(tr("The file %1 cannot be read.").arg(path));
    return bytes;
}

} // namespace jisr
