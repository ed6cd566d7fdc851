#pragma once

#include "casefile.h"
#include "validationissue.h"

#include <QSqlDatabase>

namespace jisr {

// Checks a case file being registered or edited against the others: the same CIN or IDCS is an
// error naming the existing file; a similar name (same phonetic key for family and given name,
// in either script) with a birth year within one year is a warning for the user to confirm.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(QSqlDatabase db);
    // `c` must already be normalised. Its own id (when editing) is never reported.
    ValidationIssues find(const CaseFile &c) const;

private:
    QSqlDatabase m_db;
};

} // namespace jisr
