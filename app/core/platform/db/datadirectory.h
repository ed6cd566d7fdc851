#pragma once

#include <QString>

namespace jisr {

// Where a workstation keeps its database and documents: --data-dir, else $JISR_DATA_DIR, else
// the platform's application data folder (~/.local/share/Jisr/Jisr on Linux).
class DataDirectory
{
public:
    // `override` comes from --data-dir; empty means "not given".
    static QString resolve(const QString &override = {});
    // Creates the folder (and its documents/ subfolder) if needed; throws CoreError.
    static QString ensure(const QString &path);
    static QString databaseFile(const QString &dataDir);
    static QString documentsDir(const QString &dataDir);
};

} // namespace jisr
