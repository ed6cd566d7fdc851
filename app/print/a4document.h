#pragma once

#include "print/casedocumentdata.h"

#include <QCoreApplication>
#include <QImage>

class QPainter;
class QPagedPaintDevice;

namespace jisr {

class PrintCanvas;

// An A4 page of a case file (the refusal letter, the case summary) on any painter: the PDF,
// a printer, the preview, a test image. Both languages at once, Arabic right to left on the
// right and French on the left, whatever the interface speaks; the letterhead is shared.
class A4Document
{
    Q_DECLARE_TR_FUNCTIONS(A4Document)

public:
    static constexpr qreal WidthMm = 210, HeightMm = 297, MarginMm = 18;
    static constexpr int Dpi = 300;

    virtual ~A4Document() = default;

    // Paints the page with its top-left corner at the painter's origin.
    void paint(QPainter &painter, const CaseDocumentData &data) const;
    // On a paged device set to A4 (a QPrinter, a PDF writer).
    void print(QPagedPaintDevice &device, const CaseDocumentData &data) const;
    // Throws CoreError(Storage) when the file cannot be written.
    void writePdf(const CaseDocumentData &data, const QString &fileName) const;
    QImage image(const CaseDocumentData &data, int dpi = 100) const;

protected:
    virtual void paintBody(const PrintCanvas &c, const CaseDocumentData &d, qreal top) const = 0;
    // The Kingdom, the ministry, the centre and its province; returns where it ends (mm).
    static qreal letterhead(const PrintCanvas &c, const CaseDocumentData &d);
    static QString date(QDate d);
    // One label-value line: the French label on the left, the Arabic one on the right, the
    // value between them (in its script's direction). Returns the line's height.
    static qreal row(const PrintCanvas &c, qreal y, const char *label, const QString &value,
                     bool valueRtl = false);
    // A title across the page, French on the left and Arabic on the right.
    static qreal heading(const PrintCanvas &c, qreal y, const char *title);
};

} // namespace jisr
