#include "print/refusalletterrenderer.h"

#include "print/printcanvas.h"
#include "print/printtexts.h"

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QColor Ink(0x1b, 0x26, 0x33);
constexpr qreal Gap = 6;
constexpr qreal Column = (A4Document::WidthMm - 2 * A4Document::MarginMm - Gap) / 2;

// One paragraph in both languages, French in the left column and Arabic in the right; the
// values replace %1, %2... in each. Returns the taller column's height.
qreal both(const PrintCanvas &c, qreal y, const char *source, const QStringList &fr,
           const QStringList &ar, qreal points = 10.5, bool bold = false)
{
    const BilingualText t = PrintTexts::both(source);
    const qreal hFr = c.paragraph(A4Document::MarginMm, y, Column, PrintTexts::fill(t.fr, fr),
                                  PrintCanvas::font(false, points, bold), false, Ink);
    const qreal hAr =
        c.paragraph(A4Document::MarginMm + Column + Gap, y, Column, PrintTexts::fill(t.ar, ar),
                    PrintCanvas::font(true, points + 1, bold), true, Ink);
    return qMax(hFr, hAr);
}

} // namespace

void RefusalLetterRenderer::paintBody(const PrintCanvas &c, const CaseDocumentData &d,
                                      qreal top) const
{
    const Evaluation &e = *d.decision;
    const QString lri = QString(QChar(0x2066)), pdi = QString(QChar(0x2069));
    const QString printed = date(d.printedOn), ref = e.decisionRef;
    qreal y = top;
    y += both(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Done on %1"), {printed},
              {lri + printed + pdi}) +
         2;
    y += both(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "Reference of the decision: %1"), {ref},
              {lri + ref + pdi}, 10.5, true) +
         6;

    // The addressee, with the file's number to quote at the desk.
    const QString dossier = d.holder.dossierNo, cin = d.holder.cin;
    y += both(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "To: %1"),
              {d.holder.fullNameLat().toUpper()}, {d.holder.fullNameAr()}, 11, true) +
         1;
    y += both(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "File no. %1, CIN %2"),
              {dossier, cin.isEmpty() ? u"—"_s : cin},
              {lri + dossier + pdi, lri + (cin.isEmpty() ? u"—"_s : cin) + pdi}) +
         8;

    y += both(c, y,
              QT_TRANSLATE_NOOP("jisr::PrintTexts",
                                "Subject: your application for a disability card"),
              {}, {}, 11, true) +
         5;
    const QString received = date(e.receivedOn), decided = date(e.decisionDate);
    y += both(c, y,
              QT_TRANSLATE_NOOP("jisr::PrintTexts",
                                "The committee examined your application received on %1. By "
                                "its decision no. %2 of %3, it did not grant you the "
                                "disability card, for the following reasons:"),
              {received, ref, decided},
              {lri + received + pdi, lri + ref + pdi, lri + decided + pdi}) +
         4;

    // The reasons as the committee wrote them, in their own script, across the page.
    const bool rtl = e.reasons.isRightToLeft();
    c.frame({MarginMm, y, WidthMm - 2 * MarginMm, 0.01}, Ink, 0.1);
    const qreal h =
        c.paragraph(MarginMm + 3, y + 3, WidthMm - 2 * MarginMm - 6,
                    e.reasons.isEmpty() ? u"—"_s : e.reasons, PrintCanvas::font(rtl, 11), rtl, Ink);
    y += h + 6;
    c.frame({MarginMm, y, WidthMm - 2 * MarginMm, 0.01}, Ink, 0.1);
    y += 6;

    y += both(c, y,
              QT_TRANSLATE_NOOP("jisr::PrintTexts",
                                "If your situation changes, you may apply again: a new "
                                "evaluation will then be made. The centre is at your disposal "
                                "for any information and to help you with your application."),
              {}, {}) +
         14;
    both(c, y, QT_TRANSLATE_NOOP("jisr::PrintTexts", "For the committee, the centre's director"),
         {}, {}, 10.5, true);
}

} // namespace jisr
