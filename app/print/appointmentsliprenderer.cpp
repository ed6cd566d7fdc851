#include "print/appointmentsliprenderer.h"

#include "platform/errors/coreerror.h"
#include "print/cardrenderer.h"
#include "print/dateinwords.h"
#include "print/printcanvas.h"
#include "print/printpalette.h"
#include "print/printtexts.h"

#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

using namespace PrintPalette;
const QColor Tint(0xe8, 0xf3, 0xee);

// Text sizes in points: large print for what the person must read to come back at the right
// time to the right place.
constexpr qreal Body = 11, Big = 14, Small = 9;

constexpr qreal Gap = 2; // between the French and the Arabic halves, in mm

// A French text on the left half and the Arabic one on the right half of a line.
qreal pair(const PrintCanvas &c, qreal x, qreal y, qreal w, const BilingualText &t, const QFont &fr,
           const QFont &ar, QColor colour = Ink)
{
    const qreal h = std::max(c.lineHeight(fr), c.lineHeight(ar)) * 1.1;
    c.line({x, y, w / 2 - Gap, h}, t.fr, fr, false, false, colour);
    c.line({x + w / 2 + Gap, y, w / 2 - Gap, h}, t.ar, ar, true, false, colour);
    return y + h;
}

qreal pair(const PrintCanvas &c, qreal x, qreal y, qreal w, const BilingualText &t, qreal points,
           bool bold = false, QColor colour = Ink)
{
    return pair(c, x, y, w, t, PrintCanvas::font(false, points, bold),
                PrintCanvas::font(true, points, bold), colour);
}

// A list of items in both languages, each language at one size for all its items: the size at
// which its longest item fits, so that the list reads evenly.
qreal list(const PrintCanvas &c, qreal x, qreal y, qreal w, const QList<BilingualText> &items,
           qreal points)
{
    QFont fr = PrintCanvas::font(false, points), ar = PrintCanvas::font(true, points);
    for (const BilingualText &item : items) {
        fr.setPointSizeF(c.fittingPoints(item.fr, fr, w / 2 - Gap));
        ar.setPointSizeF(c.fittingPoints(item.ar, ar, w / 2 - Gap));
    }
    for (const BilingualText &item : items)
        y = pair(c, x, y, w, item, fr, ar);
    return y;
}

// A label and its value in each language: "Salle : 2" | "القاعة: 2".
BilingualText labelled(const char *label, const QString &fr, const QString &ar)
{
    const BilingualText l = PrintTexts::both(label);
    return {l.ar + u": "_s + ar, l.fr + u" : "_s + fr};
}

QList<BilingualText> toBring(const AppointmentPrintData &d)
{
    QList<BilingualText> items = {
        PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "National ID card (CIN)")),
        PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Medical reports")),
        PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Previous prescriptions")),
    };
    if (d.hasCard)
        items << PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Disability card"));
    return items;
}

} // namespace

AppointmentSlipRenderer::AppointmentSlipRenderer(Format format) : m_format(format)
{
    CardRenderer::loadFonts();
}

std::optional<AppointmentSlipRenderer::Format>
AppointmentSlipRenderer::formatFromCode(const QString &code)
{
    if (code == u"a6"_s)
        return Format::A6;
    if (code == u"receipt"_s)
        return Format::Receipt;
    return std::nullopt;
}

qreal AppointmentSlipRenderer::widthMm() const
{
    return m_format == Format::A6 ? A6WidthMm : ReceiptWidthMm;
}

qreal AppointmentSlipRenderer::marginMm() const
{
    return m_format == Format::A6 ? 6 : 4;
}

qreal AppointmentSlipRenderer::layout(const PrintCanvas &c, const AppointmentPrintData &d) const
{
    const qreal m = marginMm(), x = m, w = widthMm() - 2 * m;
    qreal y = m;
    // The centre, on the band of its colour.
    const QString centreAr = d.centre.nameAr.isEmpty() ? d.centre.nameFr : d.centre.nameAr;
    const qreal band = c.lineHeight(PrintCanvas::font(true, Body, true)) * 1.3;
    c.fill({0, y - 1, widthMm(), band + 2}, Green);
    pair(c, x, y + band * 0.1, w, {centreAr, d.centre.nameFr}, Body, true, Qt::white);
    y += band + 2;
    if (!d.centre.address.isEmpty()) {
        const QFont f = PrintCanvas::font(false, Small);
        c.line({x, y, w, c.lineHeight(f)}, d.centre.address, f, false, true, Grey);
        y += c.lineHeight(f);
    }
    if (!d.centre.phone.isEmpty())
        y = pair(c, x, y, w,
                 labelled(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Phone"), d.centre.phone,
                          PrintCanvas::ltr(d.centre.phone)),
                 Small, false, Grey);
    y += 1.5;
    y = pair(c, x, y, w, PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "APPOINTMENT")),
             Big, true, Green);
    c.rule(x, y + 0.5, w, Green, 0.3);
    y += 2;

    // The person, in each script, and the dossier.
    const QFont nameAr = PrintCanvas::font(true, 16, true),
                nameLat = PrintCanvas::font(false, 14, true);
    c.line({x, y, w, c.lineHeight(nameAr)}, d.nameAr, nameAr, true);
    y += c.lineHeight(nameAr);
    c.line({x, y, w, c.lineHeight(nameLat)}, d.nameLat.toUpper(), nameLat, false);
    y += c.lineHeight(nameLat);
    y = pair(c, x, y, w,
             labelled(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Dossier"), d.dossierNo,
                      PrintCanvas::ltr(d.dossierNo)),
             Body);
    y += 2;

    // When, written out, in a tinted box.
    const BilingualText when =
        DateInWords::bothDateTime(d.appointment.start.date, d.appointment.start.minute);
    const QFont whenFr = PrintCanvas::font(false, Big - 1, true),
                whenAr = PrintCanvas::font(true, Big, true);
    const qreal boxH = c.lineHeight(whenFr) + c.lineHeight(whenAr) + 2;
    c.fill({x, y, w, boxH}, Tint);
    c.frame({x, y, w, boxH}, Green, 0.3);
    c.line({x + 1.5, y + 0.8, w - 3, c.lineHeight(whenFr)}, when.fr, whenFr, false, false, Ink);
    c.line({x + 1.5, y + 1 + c.lineHeight(whenFr), w - 3, c.lineHeight(whenAr)}, when.ar, whenAr,
           true, false, Ink);
    y += boxH + 2;

    // What for, with whom, where.
    // The service on a line of its own in each language, wrapped when long: a service's name
    // can be a whole phrase.
    if (d.serviceFr.size() + d.serviceAr.size() > 48) {
        y += c.paragraph(x, y, w, d.serviceFr, PrintCanvas::font(false, Body, true), false, Ink);
        y += c.paragraph(x, y, w, d.serviceAr, PrintCanvas::font(true, Body, true), true, Ink);
    } else {
        y = pair(c, x, y, w, {d.serviceAr, d.serviceFr}, Body, true);
    }
    y = pair(c, x, y, w, PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "With")), Small,
             false, Grey);
    for (const Practitioner &p : d.practitioners)
        y = pair(
            c, x, y, w,
            {p.nameAr.isEmpty() ? p.nameFr : p.nameAr, p.nameFr.isEmpty() ? p.nameAr : p.nameFr},
            Body);
    if (!d.room.isEmpty())
        y = pair(c, x, y, w,
                 labelled(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Room"), d.room, d.room), Body,
                 true);
    y += 1.5;
    c.rule(x, y, w, Grey, 0.15);
    y += 1;

    // What to bring.
    y = pair(c, x, y, w, PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Please bring")),
             Body, true, Green);
    QList<BilingualText> items;
    for (const BilingualText &item : toBring(d))
        items << BilingualText{u"• "_s + item.ar, u"• "_s + item.fr};
    y = list(c, x, y, w, items, Body);
    y += 1.5;
    const BilingualText early = PrintTexts::both(
        QT_TRANSLATE_NOOP("jisr::PrintTexts", "Please arrive 15 minutes before your appointment."));
    y += c.paragraph(x, y, w, early.fr, PrintCanvas::font(false, Small), false, Grey);
    y += c.paragraph(x, y, w, early.ar, PrintCanvas::font(true, Small), true, Grey);
    return y;
}

qreal AppointmentSlipRenderer::contentHeightMm(const AppointmentPrintData &d) const
{
    QImage metrics(1, 1, QImage::Format_RGB32);
    metrics.setDotsPerMeterX(qRound(Dpi / 0.0254));
    metrics.setDotsPerMeterY(qRound(Dpi / 0.0254));
    return layout(PrintCanvas(nullptr, metrics), d);
}

QPageSize AppointmentSlipRenderer::pageSize(const AppointmentPrintData &d) const
{
    if (m_format == Format::A6)
        return QPageSize(QPageSize::A6);
    // Receipt paper is a roll: the slip is as long as its content.
    const qreal h = std::ceil(contentHeightMm(d) + marginMm());
    return QPageSize(QSizeF(ReceiptWidthMm, h), QPageSize::Millimeter, u"Receipt 80 mm"_s,
                     QPageSize::ExactMatch);
}

void AppointmentSlipRenderer::paint(QPainter &p, const AppointmentPrintData &d) const
{
    p.save();
    // The slip's layout is its own, whatever the interface's direction: each text says which
    // way it reads.
    p.setLayoutDirection(Qt::LeftToRight);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal perMm = p.device()->logicalDpiX() / 25.4;
    p.fillRect(
        QRectF(0, 0, widthMm() * perMm, pageSize(d).size(QPageSize::Millimeter).height() * perMm),
        Qt::white);
    // On A6 a slip with many practitioners is scaled down as a whole rather than cut.
    const qreal room = A6HeightMm - marginMm(), needed = contentHeightMm(d);
    if (m_format == Format::A6 && needed > room) {
        const qreal scale = room / needed;
        p.translate(widthMm() * perMm * (1 - scale) / 2, 0);
        p.scale(scale, scale);
    }
    layout(PrintCanvas(&p, *p.device()), d);
    p.restore();
}

void AppointmentSlipRenderer::print(QPagedPaintDevice &device, const AppointmentPrintData &d) const
{
    QPainter p;
    if (!p.begin(&device))
        throw CoreError(ErrorKind::Storage, tr("The appointment slip could not be printed."));
    paint(p, d);
    p.end();
}

void AppointmentSlipRenderer::writePdf(const AppointmentPrintData &d, const QString &fileName) const
{
    QPdfWriter pdf(fileName);
    pdf.setResolution(Dpi);
    pdf.setPageSize(pageSize(d));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(tr("Appointment slip"));
    pdf.setCreator(u"Jisr"_s);
    print(pdf, d);
}

QImage AppointmentSlipRenderer::image(const AppointmentPrintData &d, int dpi) const
{
    const QSizeF mm = pageSize(d).size(QPageSize::Millimeter);
    QImage img(QSize(qRound(mm.width() / 25.4 * dpi), qRound(mm.height() / 25.4 * dpi)),
               QImage::Format_RGB32);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, d);
    p.end();
    return img;
}

} // namespace jisr
