#pragma once

#include "print/a4document.h"

namespace jisr {

// The letter telling a person the committee refused the card: A4, in Arabic and French side by
// side, with the decision's reference and date, the application's date and the reasons as the
// committee wrote them.
class RefusalLetterRenderer : public A4Document
{
protected:
    void paintBody(const PrintCanvas &c, const CaseDocumentData &d, qreal top) const override;
};

} // namespace jisr
