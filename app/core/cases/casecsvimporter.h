#pragma once

#include "platform/access/accesscontrol.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jisr {

class Workspace;

struct ImportProblem
{
    int line = 0;   // line in the file (the header is line 1); 0 for the file as a whole
    QString column; // empty when the whole row or file is concerned
    QString message;
};

struct ImportReport
{
    QString encoding;
    int rows = 0;
    int written = 0;
    QList<ImportProblem> errors;   // any error: nothing is written
    QList<ImportProblem> warnings; // possible duplicates by name: written, listed for checking
    bool ok() const { return errors.isEmpty(); }
};

// Imports case files from a CSV file, all or nothing: every row is checked by the same rules as
// the registration form (and against the other rows of the file); nothing is written unless
// every row is valid, then all rows are registered in one transaction.
class CaseCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CaseCsvImporter)

public:
    explicit CaseCsvImporter(Workspace &workspace);

    ImportReport run(const Actor &actor, const QString &path, const QString &encoding = {},
                     bool dryRun = false);

    // Columns that an exported file carries but an import assigns anew.
    static QStringList ignoredColumns();

private:
    Workspace &m_ws;
};

} // namespace jisr
