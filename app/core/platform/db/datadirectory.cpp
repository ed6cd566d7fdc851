#include "platform/db/datadirectory.h"

#include "platform/errors/coreerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

constexpr QFile::Permissions PrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions PrivateFolder = PrivateFile | QFile::ExeOwner;

[[noreturn]] void cannotCreate(const QString &path)
{
    throw CoreError(ErrorKind::Storage,
                    QCoreApplication::translate("jisr::DataDirectory",
                                                "The data folder could not be created: %1")
                        .arg(path));
}

// Created private from the start (not chmod-ed after): nothing else can open it meanwhile.
void makePrivateFolder(const QString &path)
{
    if (!QFileInfo(path).isDir()) {
        const QString parent = QFileInfo(QDir(path).absolutePath()).path();
        if (!QDir().mkpath(parent) || !QDir().mkdir(path, PrivateFolder))
            cannotCreate(path);
    }
    DataDirectory::makePrivate(path);
}

void makePrivateDatabaseFile(const QString &dataDir)
{
    const QString file = DataDirectory::databaseFile(dataDir);
    if (!QFileInfo::exists(file)) {
        QFile created(file);
        // SQLite takes an empty file for a new database.
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFile))
            cannotCreate(file);
    }
    // Also those a Jisr before this one left readable by every account.
    for (const QString &f : QStringList{file, file + u"-wal"_s, file + u"-shm"_s})
        if (QFileInfo::exists(f))
            DataDirectory::makePrivate(f);
}

bool isWithin(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

} // namespace

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
    makePrivateFolder(path);
    makePrivateFolder(documentsDir(path));
    makePrivateDatabaseFile(path);
    return path;
}

bool DataDirectory::hasDatabase(const QString &dir)
{
    // An empty file is what ensure() leaves when opening the database then failed.
    const QFileInfo file(databaseFile(dir));
    return file.isFile() && file.size() > 0;
}

QString DataDirectory::databaseFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"jisr.sqlite"_s);
}

QString DataDirectory::documentsDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"documents"_s);
}

void DataDirectory::makePrivate(const QString &path)
{
    // A file system without POSIX modes (FAT, a Windows share) refuses; its mount options decide
    // who reads it, and refusing to work there would not make the data more private.
    QFile::setPermissions(path, QFileInfo(path).isDir() ? PrivateFolder : PrivateFile);
}

QString DataDirectory::resolvedTarget(const QString &path)
{
    // As QSaveFile does: a symbolic link is followed even when its target does not exist yet.
    QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
    for (int depth = 0; depth < 64 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    // Not there yet: the canonical form of its nearest existing folder, then the rest as given.
    QString existing = info.absoluteFilePath();
    QString rest;
    while (!QFileInfo::exists(existing) && !QDir(existing).isRoot()) {
        const QFileInfo part(existing);
        rest = rest.isEmpty() ? part.fileName() : part.fileName() + u'/' + rest;
        existing = part.path();
    }
    const QString base = QFileInfo(existing).canonicalFilePath();
    return rest.isEmpty() ? base : QDir(base).filePath(rest);
}

void DataDirectory::requireOutside(const QString &path, const QString &dataDir)
{
    const QString target = resolvedTarget(path);
    bool inside = !dataDir.isEmpty() && isWithin(target, resolvedTarget(dataDir));
    // Any centre's folder, not only the one open: a second data folder or its backup copy.
    QString folder = QFileInfo(target).path();
    for (QString parent; !inside; folder = parent) {
        inside = QFileInfo::exists(databaseFile(folder));
        parent = QFileInfo(folder).path();
        if (parent == folder) // the root
            break;
    }
    if (inside)
        throw CoreError(ErrorKind::BadInput,
                        QCoreApplication::translate(
                            "jisr::DataDirectory",
                            "%1 is in a data folder of Jisr: writing there could replace the "
                            "database or a document. Choose a file outside it.")
                            .arg(path));
}

} // namespace jisr
