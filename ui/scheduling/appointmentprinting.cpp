#include "scheduling/appointmentprinting.h"

#include "common/applanguage.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"
#include "print/appointmentprintsource.h"
#include "print/daylistrenderer.h"
#include "workspace/workspace.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// The preview shows the document at its real size; the printer paints from the paper's corner.
void preview(QWidget *parent, const QPageSize &size, const QString &name,
             const std::function<void(QPrinter &)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setPageSize(size);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(name);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(u"appointmentPrintPreview"_s);
    dialog.setWindowTitle(name);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *p) { paint(*p); });
    dialog.exec();
}

} // namespace

AppointmentPrinting::AppointmentPrinting(Workspace &ws, const Actor &actor, QWidget *parent)
    : m_ws(ws), m_actor(actor), m_parent(parent)
{
}

void AppointmentPrinting::previewSlip(const QString &id, AppointmentSlipRenderer::Format format)
{
    try {
        const AppointmentPrintData data = AppointmentPrintSource(m_ws).slip(m_actor, id);
        const AppointmentSlipRenderer renderer(format);
        preview(m_parent, renderer.pageSize(data), tr("Appointment slip"),
                [&](QPrinter &printer) { renderer.print(printer, data); });
    } catch (const CoreError &e) {
        MessageBox::warning(m_parent, tr("Appointment slip"), e.message());
    }
}

bool AppointmentPrinting::saveSlip(const QString &id, AppointmentSlipRenderer::Format format)
{
    try {
        const AppointmentPrintData data = AppointmentPrintSource(m_ws).slip(m_actor, id);
        const QString file =
            FileDialog::getPdfSaveFileName(m_parent, tr("Save the appointment slip"),
                                           data.dossierNo + u"-rdv.pdf"_s, m_ws.dataDir());
        if (file.isEmpty())
            return false;
        AppointmentSlipRenderer(format).writePdf(data, file);
        return true;
    } catch (const CoreError &e) {
        MessageBox::warning(m_parent, tr("Appointment slip"), e.message());
        return false;
    }
}

void AppointmentPrinting::previewDayList(const QDate &day, const QString &practitionerId)
{
    try {
        const DayListData data = AppointmentPrintSource(m_ws).dayList(m_actor, day, practitionerId);
        const DayListRenderer renderer(AppLanguage::instance().current());
        preview(m_parent, DayListRenderer::pageSize(), tr("Appointments of the day"),
                [&](QPrinter &printer) { renderer.print(printer, data); });
    } catch (const CoreError &e) {
        MessageBox::warning(m_parent, tr("Appointments of the day"), e.message());
    }
}

bool AppointmentPrinting::saveDayList(const QDate &day, const QString &practitionerId)
{
    try {
        const DayListData data = AppointmentPrintSource(m_ws).dayList(m_actor, day, practitionerId);
        const QString file = FileDialog::getPdfSaveFileName(
            m_parent, tr("Save the list of the day"),
            u"rdv-"_s + day.toString(u"yyyy-MM-dd"_s) + u".pdf"_s, m_ws.dataDir());
        if (file.isEmpty())
            return false;
        DayListRenderer(AppLanguage::instance().current()).writePdf(data, file);
        return true;
    } catch (const CoreError &e) {
        MessageBox::warning(m_parent, tr("Appointments of the day"), e.message());
        return false;
    }
}

} // namespace jisr
