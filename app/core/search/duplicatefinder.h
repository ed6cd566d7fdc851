#pragma once

#include "cases/casefile.h"
#include "platform/errors/validationissue.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace jisr {

// Checks a case file being registered or edited against the others: the same CIN or IDCS is an
// error naming the existing file; a similar name (the same Arabic name, or the same phonetic
// keys for the family and given names) with a birth year within one year is a warning for the
// user to confirm.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(QSqlDatabase db);
    // `c` must already be normalised. Its own id (when editing) is never reported.
    ValidationIssues find(const CaseFile &c) const;

private:
    void sameIdentifier(const CaseFile &c, const QString &column, const QString &value,
                        ValidationIssues &out) const;
    void similarNames(const CaseFile &c, ValidationIssues &out) const;

    QSqlDatabase m_db;
};

} // namespace jisr
