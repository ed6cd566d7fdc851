#include "print/daylistrenderer.h"

#include "platform/errors/coreerror.h"
#include "print/cardrenderer.h"
#include "print/dateinwords.h"
#include "print/printcanvas.h"
#include "print/printpalette.h"
#include "print/printtexts.h"

#include <QPainter>
#include <QPdfWriter>
#include <array>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

using namespace PrintPalette;
const QColor Shade(0xee, 0xf1, 0xee);

constexpr qreal PageW = 210, PageH = 297, Margin = 12, RowH = 11, HeaderH = 34, FooterH = 10;
constexpr qreal Usable = PageW - 2 * Margin;
// Column widths in mm, in reading order: time, person, service, with, room, status, arrived.
constexpr std::array<qreal, 7> Widths = {18, 52, 32, 32, 18, 22, 12};

const char *statusText(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Scheduled:
        return QT_TRANSLATE_NOOP("jisr::PrintTexts", "Expected");
    case AppointmentStatus::Arrived:
        return QT_TRANSLATE_NOOP("jisr::PrintTexts", "Arrived");
    case AppointmentStatus::InConsultation:
        return QT_TRANSLATE_NOOP("jisr::PrintTexts", "In consultation");
    case AppointmentStatus::Done:
        return QT_TRANSLATE_NOOP("jisr::PrintTexts", "Seen");
    case AppointmentStatus::NoShow:
        return QT_TRANSLATE_NOOP("jisr::PrintTexts", "Did not come");
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::Rescheduled:
        break;
    }
    return QT_TRANSLATE_NOOP("jisr::PrintTexts", "Cancelled");
}

int rowsPerPage()
{
    return int((PageH - 2 * Margin - HeaderH - FooterH) / RowH);
}

// The practitioner's own part of the visit: in a sequence each one sees their step's time.
AppointmentPart partOf(const AppointmentPrintData &d, const QString &practitionerId)
{
    for (const AppointmentPart &p : d.appointment.parts)
        if (p.resourceId == practitionerId)
            return p;
    return {{},
            AppointmentPart::Kind::Practitioner,
            practitionerId,
            0,
            d.appointment.start,
            d.appointment.end};
}

} // namespace

DayListRenderer::DayListRenderer(const QString &language)
    : m_language(language), m_rtl(language == u"ar"_s)
{
    CardRenderer::loadFonts();
}

QString DayListRenderer::text(const char *source) const
{
    return PrintTexts::in(m_language, source);
}

QList<DayListRenderer::Page> DayListRenderer::pages(const DayListData &list) const
{
    QList<Page> out;
    const int per = rowsPerPage();
    for (int s = 0; s < list.sections.size(); ++s) {
        const int n = int(list.sections.at(s).rows.size());
        // An empty day still has its page, which says so.
        for (int first = 0; first < std::max(n, 1); first += per)
            out << Page{s, first, std::min(per, n - first)};
    }
    return out;
}

int DayListRenderer::pageCount(const DayListData &list) const
{
    return std::max(1, int(pages(list).size()));
}

QRectF DayListRenderer::cell(int column, qreal y, qreal h) const
{
    qreal x = 0;
    for (int i = 0; i < column; ++i)
        x += Widths.at(i);
    const qreal w = Widths.at(column);
    return {m_rtl ? Margin + Usable - x - w : Margin + x, y, w, h};
}

qreal DayListRenderer::header(const PrintCanvas &c, const DayListData &list,
                              const DayListSection &s) const
{
    const QString centre =
        m_rtl && !list.centre.nameAr.isEmpty() ? list.centre.nameAr : list.centre.nameFr;
    qreal y = Margin;
    const QFont small = PrintCanvas::font(m_rtl, 10), title = PrintCanvas::font(m_rtl, 15, true);
    c.line({Margin, y, Usable, 6}, centre, small, m_rtl, false, Grey);
    y += 6;
    const QString who =
        PrintTexts::fill(text(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Appointments of %1")),
                         {s.practitioner.displayName(m_language)});
    c.line({Margin, y, Usable, 9}, who, title, m_rtl, false, Green);
    y += 9;
    c.line({Margin, y, Usable, 7}, DateInWords::date(list.day, m_language, true),
           PrintCanvas::font(m_rtl, 12, true), m_rtl, false, Ink);
    y += 9;
    // The column titles.
    const std::array<const char *, 7> titles = {
        QT_TRANSLATE_NOOP("jisr::PrintTexts", "Time"),
        QT_TRANSLATE_NOOP("jisr::PrintTexts", "Person and dossier"),
        QT_TRANSLATE_NOOP("jisr::PrintTexts", "Service"),
        QT_TRANSLATE_NOOP("jisr::PrintTexts", "Also with"),
        QT_TRANSLATE_NOOP("jisr::PrintTexts", "Room"),
        QT_TRANSLATE_NOOP("jisr::PrintTexts", "Status"),
        QT_TRANSLATE_NOOP("jisr::PrintTexts", "Arrived"),
    };
    c.fill({Margin, y, Usable, 7}, Shade);
    for (int i = 0; i < int(titles.size()); ++i) {
        const QRectF box = cell(i, y, 7).adjusted(1, 0, -1, 0);
        c.line(box, text(titles.at(i)), PrintCanvas::font(m_rtl, 9, true), m_rtl, false, Ink);
    }
    return Margin + HeaderH;
}

void DayListRenderer::row(const PrintCanvas &c, qreal y, const DayListSection &s,
                          const AppointmentPrintData &d) const
{
    const AppointmentPart part = partOf(d, s.practitioner.id);
    const QFont f = PrintCanvas::font(m_rtl, 10), bold = PrintCanvas::font(m_rtl, 10, true),
                small = PrintCanvas::font(m_rtl, 8);
    auto at = [&](int column, qreal top, qreal h) {
        return cell(column, top, h).adjusted(1, 0, -1, 0);
    };
    // Times and numbers read left to right inside an Arabic line.
    c.line(at(0, y + 1, 5), PrintCanvas::ltr(LocalTime::clock(part.start.minute)), bold, m_rtl);
    c.line(at(0, y + 5.5, 4.5), PrintCanvas::ltr(LocalTime::clock(part.end.minute)), small, m_rtl,
           false, Grey);
    const QString name = m_rtl ? (d.nameAr.isEmpty() ? d.nameLat : d.nameAr)
                               : (d.nameLat.isEmpty() ? d.nameAr : d.nameLat);
    c.line(at(1, y + 1, 5), name, bold, m_rtl);
    c.line(at(1, y + 5.5, 4.5), PrintCanvas::ltr(d.dossierNo), small, m_rtl, false, Grey);
    c.line(at(2, y + 1, 9), m_rtl ? d.serviceAr : d.serviceFr, f, m_rtl);
    QStringList others;
    for (const Practitioner &p : d.practitioners)
        if (p.id != s.practitioner.id)
            others << p.displayName(m_language);
    c.line(at(3, y + 1, 9), others.join(m_rtl ? u"، "_s : u", "_s), f, m_rtl);
    c.line(at(4, y + 1, 9), d.room, f, m_rtl);
    c.line(at(5, y + 1, 9), text(statusText(d.appointment.status)), f, m_rtl);
    // The box to tick on arrival; ticked already when the person has checked in.
    const QRectF box = cell(6, y, RowH);
    const QRectF square(box.center().x() - 2.2, box.center().y() - 2.2, 4.4, 4.4);
    c.frame(square, Ink, 0.3);
    if (d.appointment.status != AppointmentStatus::Scheduled &&
        d.appointment.status != AppointmentStatus::NoShow)
        c.line(square, u"✓"_s, PrintCanvas::font(false, 10, true), false, true, Green);
    c.rule(Margin, y + RowH, Usable, QColor(0xcc, 0xd2, 0xcc), 0.15);
}

void DayListRenderer::paintPage(const PrintCanvas &c, const DayListData &list, const Page &page,
                                int number, int count) const
{
    const DayListSection empty;
    const DayListSection &s = list.sections.isEmpty() ? empty : list.sections.at(page.section);
    qreal y = header(c, list, s);
    if (s.rows.isEmpty())
        c.line({Margin, y + 2, Usable, 7},
               text(QT_TRANSLATE_NOOP("jisr::PrintTexts", "No appointments this day.")),
               PrintCanvas::font(m_rtl, 11), m_rtl, false, Grey);
    for (int i = page.firstRow; i < page.firstRow + page.rows; ++i, y += RowH)
        row(c, y, s, s.rows.at(i));
    const QString footer =
        PrintTexts::fill(text(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Page %1 of %2")),
                         {QString::number(number), QString::number(count)});
    c.line({Margin, PageH - Margin - 5, Usable, 5}, footer, PrintCanvas::font(m_rtl, 8), m_rtl,
           true, Grey);
}

void DayListRenderer::print(QPagedPaintDevice &device, const DayListData &list) const
{
    QPainter p;
    if (!p.begin(&device))
        throw CoreError(ErrorKind::Storage, tr("The list of the day could not be printed."));
    p.setLayoutDirection(Qt::LeftToRight);
    p.setRenderHint(QPainter::Antialiasing);
    const PrintCanvas c(&p, device);
    QList<Page> all = pages(list);
    if (all.isEmpty())
        all << Page{};
    for (int i = 0; i < all.size(); ++i) {
        if (i > 0)
            device.newPage();
        paintPage(c, list, all.at(i), i + 1, int(all.size()));
    }
    p.end();
}

void DayListRenderer::writePdf(const DayListData &list, const QString &fileName) const
{
    QPdfWriter pdf(fileName);
    pdf.setResolution(Dpi);
    pdf.setPageSize(pageSize());
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(tr("Appointments of the day"));
    pdf.setCreator(u"Jisr"_s);
    print(pdf, list);
}

} // namespace jisr
