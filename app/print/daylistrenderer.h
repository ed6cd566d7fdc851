#pragma once

#include "print/appointmentprintdata.h"

#include <QCoreApplication>
#include <QPageSize>

class QPainter;
class QPagedPaintDevice;

namespace jisr {

class PrintCanvas;

// The day's list of appointments per practitioner on A4, for the practitioner's desk and the
// front desk's paper check: one section per practitioner, each starting on a new page; time,
// person and dossier, service, the other practitioners of a joint visit, room, status, and a box
// to tick on arrival. The header and the column titles are repeated on every page. Printed in
// one language (the interface's), mirrored right to left in Arabic.
class DayListRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DayListRenderer)

public:
    static constexpr int Dpi = 300;
    // "ar" or "fr".
    explicit DayListRenderer(const QString &language);

    static QPageSize pageSize() { return QPageSize(QPageSize::A4); }
    int pageCount(const DayListData &list) const;
    // On a paged device set to A4 with no margins (a QPrinter in full-page mode, a PDF writer).
    void print(QPagedPaintDevice &device, const DayListData &list) const;
    // Throws CoreError(Storage) when the file cannot be written.
    void writePdf(const DayListData &list, const QString &fileName) const;

private:
    struct Page
    {
        int section = 0;
        int firstRow = 0;
        int rows = 0;
    };
    QList<Page> pages(const DayListData &list) const;
    void paintPage(const PrintCanvas &c, const DayListData &list, const Page &page, int number,
                   int count) const;
    qreal header(const PrintCanvas &c, const DayListData &list, const DayListSection &s) const;
    void row(const PrintCanvas &c, qreal y, const DayListSection &s,
             const AppointmentPrintData &d) const;
    // A column's box, mirrored in Arabic.
    QRectF cell(int column, qreal y, qreal h) const;
    QString text(const char *source) const;

    QString m_language;
    bool m_rtl;
};

} // namespace jisr
