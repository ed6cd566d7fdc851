#pragma once

#include "print/a4document.h"

namespace jisr {

// The case summary for the paper file: A4, the holder's identity, the committee's latest
// decision and the card, each line labelled in French and Arabic.
class CaseSummaryRenderer : public A4Document
{
protected:
    void paintBody(const PrintCanvas &c, const CaseDocumentData &d, qreal top) const override;

private:
    static qreal identity(const PrintCanvas &c, const CaseDocumentData &d, qreal y);
    static qreal decision(const PrintCanvas &c, const CaseDocumentData &d, qreal y);
    static qreal card(const PrintCanvas &c, const CaseDocumentData &d, qreal y);
};

} // namespace jisr
