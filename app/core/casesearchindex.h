#pragma once

#include "casefile.h"

#include <QSqlDatabase>

namespace jisr {

// Keeps the FTS5 table `case_search` (rowid = case_files.local_no) in step with case files.
// Called by CaseFileRepository inside the write's transaction.
class CaseSearchIndex
{
public:
    // `names` gets the normalised name tokens of both scripts, `phonetic` their phonetic keys.
    static void upsert(const QSqlDatabase &db, qint64 localNo, const CaseFile &caseFile);
    static void remove(const QSqlDatabase &db, qint64 localNo);
};

} // namespace jisr
