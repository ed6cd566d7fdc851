#include "platform/db/datadirectory.h"

#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace jisr {

QString DataDirectory::resolve(const QString &override)
{
    if (!override.isEmpty())
        return QDir(override).absolutePath();
    const QString env = qEnvironmentVariable("JISR_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataDirectory::ensure(const QString &path)
{
    if (!QDir().mkpath(path) || !QDir().mkpath(documentsDir(path)))
        throw CoreError(ErrorKind::Storage,
                        QCoreApplication::translate("jisr::DataDirectory",
                                                    "The data folder could not be created: %1")
                            .arg(path));
    return path;
}

QString DataDirectory::databaseFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"jisr.sqlite"_s);
}

QString DataDirectory::documentsDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"documents"_s);
}

} // namespace jisr
