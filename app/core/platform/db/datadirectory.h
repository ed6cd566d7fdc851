#pragma once

#include <QString>

namespace jisr {

// Where a workstation keeps its database and documents: --data-dir, else $JISR_DATA_DIR, else
// the platform's application data folder (~/.local/share/Jisr/Jisr on Linux). The folder holds
// personal and medical data: it and what it holds are private to the account that runs Jisr.
class DataDirectory
{
public:
    // `override` comes from --data-dir; empty means "not given".
    static QString resolve(const QString &override = {});
    // Creates the folder (and its documents/ subfolder) if needed, private to this account
    // (0700), with the database file created private (0600) before SQLite opens it, so that its
    // -wal and -shm files, which SQLite creates with the database's mode, are private too.
    // Tightens the modes of an existing folder. Throws CoreError.
    static QString ensure(const QString &path);
    // Whether `dir` holds a Jisr database; looks without creating anything.
    static bool hasDatabase(const QString &dir);
    static QString databaseFile(const QString &dataDir);
    static QString documentsDir(const QString &dataDir);

    // Makes a file or folder of the data folder private to this account (0600 or 0700).
    static void makePrivate(const QString &path);

    // Throws CoreError(BadInput) when writing `path` (an existing file or one to be created;
    // symbolic links followed) would write into `dataDir` or any other folder that holds a Jisr
    // database: an export there could replace the database or a document.
    static void requireOutside(const QString &path, const QString &dataDir = {});
    // The path that writing to `path` really writes: symbolic links followed, canonical.
    static QString resolvedTarget(const QString &path);
};

} // namespace jisr
