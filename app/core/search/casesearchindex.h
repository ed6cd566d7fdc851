#pragma once

#include "cases/casefile.h"

#include <QSqlDatabase>
#include <QString>

namespace jisr {

class Database;

// Keeps the FTS5 table `case_search` (rowid = case_files.local_no) in step with case files.
// Called by CaseFileRepository inside the write's transaction.
//
// `names` holds the NameNormalizer tokens of the family and given names in both scripts.
// `phonetic` holds PhoneticKey skeletons in two namespaces:
//   - bare keys, looked up by Latin query words: the Latin names' keys, or the Arabic names' keys
//     when the file has no Latin name;
//   - keys prefixed with "0", looked up by Arabic query words: the Latin names' keys, only when
//     the file has no Arabic name (Arabic is otherwise compared letter by letter, so that محمد
//     never finds محمود).
class CaseSearchIndex
{
public:
    // Raised whenever normalisation or keys change: the index is then rebuilt at start-up.
    static constexpr int Version = 2;

    static void insert(const QSqlDatabase &db, qint64 localNo, const CaseFile &caseFile);
    static void upsert(const QSqlDatabase &db, qint64 localNo, const CaseFile &caseFile);
    static void remove(const QSqlDatabase &db, qint64 localNo);

    // Rebuilds the whole index from case_files (after an upgrade); one transaction.
    static void rebuild(Database &db);
    // Keys for the duplicate check (table case_name_keys): the whole name, tokens sorted, as
    // stored for a file ("a:" Arabic letters, "p:" sounds for Latin queries, "q:" sounds of a
    // Latin-only file for Arabic queries), and the keys a draft looks up.
    static QStringList storedNameKeys(const CaseFile &c);
    static QStringList lookupNameKeys(const CaseFile &c);
    // Dossier numbers are read aloud by their end: the same table holds "d:" keys for the
    // sequence ("d:0042") and for the series with it ("d:7KX-0042"), so that the front desk
    // finds RAB-2026-7KX-0042 from "42" or "7KX-42" through an index. Empty when the suffix
    // typed is not one.
    static QStringList storedDossierKeys(const QString &dossierNo);
    static QString dossierKey(const QString &typedSuffix);

    static QString namesOf(const CaseFile &c);
    static QString phoneticOf(const CaseFile &c);
    // Prefix marking keys that Arabic query words look up.
    static QString arabicQueryNamespace() { return QStringLiteral("0"); }
};

} // namespace jisr
