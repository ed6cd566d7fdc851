#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace jisr {

// Reads a file a person chose (a CSV to import) whole into memory, but only an ordinary file of
// a bounded size: a device (/dev/zero, /dev/random), a pipe or a folder would otherwise be read
// without end, and the import would abort for lack of memory instead of saying what is wrong.
class BoundedFileReader
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFileReader)

public:
    // Throws CoreError(BadInput) when `path` is not a regular file, cannot be opened or holds
    // more than `maxBytes`.
    static QByteArray read(const QString &path, qint64 maxBytes);
};

} // namespace jisr
