#include "print/pdfcardsink.h"

#include "platform/errors/coreerror.h"
#include "print/cardrenderer.h"

using namespace Qt::StringLiterals;

namespace jisr {

PdfCardSink::PdfCardSink(QString fileName) : m_fileName(std::move(fileName)) {}

QString PdfCardSink::name() const
{
    return u"PDF "_s + m_fileName.section(u'/', -1);
}

bool PdfCardSink::print(const CardPrintData &card, Sides)
{
    // A PDF holds both sides whatever the printer would need.
    m_cards << card;
    return true;
}

bool PdfCardSink::finish()
{
    try {
        CardRenderer().writePdf(m_cards, m_fileName);
        return true;
    } catch (const CoreError &e) {
        m_error = e.message();
        return false;
    }
}

} // namespace jisr
