#include "print/casesummaryrenderer.h"

#include "print/cardtexts.h"
#include "print/printcanvas.h"
#include "print/printtexts.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QColor Green(0x00, 0x6a, 0x4e);

QString yesNo(bool eligible, const char *yes, const char *no)
{
    const BilingualText t = PrintTexts::both(eligible ? yes : no);
    return t.fr + u" / "_s + t.ar;
}

// The card's state in both languages.
QString stateText(const QString &state)
{
    static const QHash<QString, const char *> names = {
        {u"approved"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Approved, not yet printed")},
        {u"printed"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Printed, not yet delivered")},
        {u"delivered"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Delivered")},
        {u"void"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Void")},
        {u"revoked"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Revoked")}};
    const char *name = names.value(state);
    if (!name)
        return state;
    const BilingualText t = PrintTexts::both(name);
    return t.fr + u" / "_s + t.ar;
}

} // namespace

void CaseSummaryRenderer::paintBody(const PrintCanvas &c, const CaseDocumentData &d,
                                    qreal top) const
{
    const BilingualText title =
        PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Case summary"));
    c.line({MarginMm, top, WidthMm / 2 - MarginMm, 9}, title.fr, PrintCanvas::font(false, 15, true),
           false, false, Green);
    c.line({WidthMm / 2, top, WidthMm / 2 - MarginMm, 9}, title.ar,
           PrintCanvas::font(true, 16, true), true, false, Green);
    qreal y = top + 13;
    y = identity(c, d, y) + 5;
    y = decision(c, d, y) + 5;
    card(c, d, y);
    const BilingualText printed =
        PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Printed on %1"));
    c.line({MarginMm, HeightMm - 14, 80, 5}, PrintTexts::fill(printed.fr, {date(d.printedOn)}),
           PrintCanvas::font(false, 8), false);
    c.line({WidthMm - MarginMm - 80, HeightMm - 14, 80, 5},
           PrintTexts::fill(printed.ar, {PrintCanvas::ltr(date(d.printedOn))}),
           PrintCanvas::font(true, 9), true);
}

qreal CaseSummaryRenderer::identity(const PrintCanvas &c, const CaseDocumentData &d, qreal y)
{
    const CaseFile &h = d.holder;
    y += heading(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Identity"));
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "File number"), h.dossierNo);
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Name (Arabic)"), h.fullNameAr(), true);
    y +=
        row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Name (Latin)"), h.fullNameLat().toUpper());
    const QString birth = h.birthYearOnly || !h.birthDate.isValid() ? QString::number(h.birthYear)
                                                                    : date(h.birthDate);
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Born"), birth);
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "CIN"), h.cin);
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Phone"), h.phone);
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Address"), h.address,
             h.address.isRightToLeft());
    if (!h.guardianName.isEmpty())
        y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Guardian"), h.guardianName,
                 h.guardianName.isRightToLeft());
    return y;
}

qreal CaseSummaryRenderer::decision(const PrintCanvas &c, const CaseDocumentData &d, qreal y)
{
    y += heading(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Committee's decision"));
    if (!d.decision)
        return y + row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Decision"),
                       yesNo(false, "", QT_TRANSLATE_NOOP("jisr::PrintTexts", "Not decided yet")));
    const Evaluation &e = *d.decision;
    const bool eligible = e.eligible.value_or(false);
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Decision"),
             yesNo(eligible, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Card granted"),
                   QT_TRANSLATE_NOOP("jisr::PrintTexts", "Card refused")));
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Reference"), e.decisionRef);
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Decided on"), date(e.decisionDate));
    if (eligible) {
        const CardTexts::Bilingual types = CardTexts::types(e.types);
        const CardTexts::Bilingual degree = CardTexts::degree(e.degree);
        y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Disability"),
                 types.fr + u", "_s + degree.fr);
        y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Disability (Arabic)"),
                 types.ar + u"، "_s + degree.ar, true);
        y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Valid"),
                 date(e.validFrom) + u" – "_s + date(e.validUntil));
    }
    if (!e.reasons.isEmpty())
        y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Reasons"), e.reasons,
                 e.reasons.isRightToLeft());
    return y;
}

qreal CaseSummaryRenderer::card(const PrintCanvas &c, const CaseDocumentData &d, qreal y)
{
    y += heading(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Disability card"));
    if (!d.card)
        return y + row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Card number"),
                       yesNo(false, "", QT_TRANSLATE_NOOP("jisr::PrintTexts", "No card")));
    const Card &k = *d.card;
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Card number"), k.number);
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Ministry number"), k.ministryNumber);
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "State"), stateText(k.state));
    y +=
        row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Copies printed"), QString::number(k.copy));
    y += row(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Valid"),
             date(k.validFrom) + u" – "_s + date(k.validUntil));
    return y;
}

} // namespace jisr
