#pragma once

#include "cases/casefile.h"

namespace jisr {

class CaseFieldsPage;

// Copies a case file into the editors of a CaseFieldsPage and reads it back from them: dates
// as dd/mm/yyyy, a birth year alone when only the year is known, the RSU index with two
// decimals, the disability types as boxes. What the page has no editor for comes from the
// file the form was opened on.
class CaseFormMapper
{
public:
    explicit CaseFormMapper(CaseFieldsPage &page) : m_page(page) {}

    void fill(const CaseFile &c) const;
    CaseFile read(const CaseFile &original) const;

private:
    CaseFieldsPage &m_page;
};

} // namespace jisr
