#pragma once

#include "print/appointmentprintdata.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>

class QPainter;
class QPagedPaintDevice;

namespace jisr {

class PrintCanvas;

// The appointment slip handed to the beneficiary, on any painter (preview, PDF, printer, test
// image): A6 portrait, or an 80 mm receipt whose length follows its content. It speaks both
// languages at once whatever the interface's — Arabic right to left and French — in large
// print: the names, the date and time written out in words, the practitioners in each script,
// the room, the centre's address and phone, and what to bring. Long texts shrink to fit.
class AppointmentSlipRenderer
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentSlipRenderer)

public:
    enum class Format { A6, Receipt };
    static constexpr qreal A6WidthMm = 105, A6HeightMm = 148, ReceiptWidthMm = 80;
    static constexpr int Dpi = 300;

    explicit AppointmentSlipRenderer(Format format = Format::A6);

    Format format() const { return m_format; }
    // A6, or the receipt's width by the slip's length.
    QPageSize pageSize(const AppointmentPrintData &slip) const;
    // Paints the slip with its top-left corner at the painter's origin.
    void paint(QPainter &painter, const AppointmentPrintData &slip) const;
    // On a paged device already set to pageSize() (a QPrinter, a PDF writer).
    void print(QPagedPaintDevice &device, const AppointmentPrintData &slip) const;
    // Throws CoreError(Storage) when the file cannot be written.
    void writePdf(const AppointmentPrintData &slip, const QString &fileName) const;
    QImage image(const AppointmentPrintData &slip, int dpi = 100) const;

    // "a6" or "receipt"; nullopt otherwise.
    static std::optional<Format> formatFromCode(const QString &code);

private:
    qreal widthMm() const;
    qreal marginMm() const;
    // The slip's content from the top margin down; returns where it ends, in mm.
    qreal layout(const PrintCanvas &c, const AppointmentPrintData &d) const;
    qreal contentHeightMm(const AppointmentPrintData &d) const;

    Format m_format;
};

} // namespace jisr
