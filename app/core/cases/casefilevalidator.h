#pragma once

#include "cases/casefile.h"
#include "platform/errors/validationissue.h"

#include <QCoreApplication>
#include <QDate>

namespace jisr {

// Normalises a case file as the user typed it (identifiers, phones, stray bidi controls) and
// lists what is wrong with it. Pure: no database; duplicate checks live in DuplicateFinder.
class CaseFileValidator
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileValidator)

public:
    static constexpr int MaxNameLength = 80;
    static constexpr int MaxTextLength = 300;

    // `today` is injectable for tests of the future-date rules.
    explicit CaseFileValidator(QDate today);

    void normalize(CaseFile &c) const;
    ValidationIssues validate(const CaseFile &c) const;

    // Whole years of age on `today`; -1 when the birth is unknown.
    static int ageOn(const CaseFile &c, QDate today);

private:
    void checkNames(const CaseFile &c, ValidationIssues &out) const;
    void checkBirth(const CaseFile &c, ValidationIssues &out) const;
    void checkIdentifiers(const CaseFile &c, ValidationIssues &out) const;
    void checkContacts(const CaseFile &c, ValidationIssues &out) const;
    void checkCodes(const CaseFile &c, ValidationIssues &out) const;
    void checkGuardian(const CaseFile &c, ValidationIssues &out) const;

    QDate m_today;
};

} // namespace jisr
