#pragma once

#include "platform/access/accesscontrol.h"
#include "print/appointmentsliprenderer.h"

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace jisr {

class Workspace;

// Print preview (QPrintPreviewDialog, from which the user prints) and PDF export of the
// appointment slip and the day's list, from the day view. The renderers are jisr_print's, so
// the preview, the printer and the PDF are the same drawing. A refusal of the core (a doctor
// printing another's day, a cancelled appointment) is shown, translated, and nothing printed.
class AppointmentPrinting
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentPrinting)

public:
    AppointmentPrinting(Workspace &ws, const Actor &actor, QWidget *parent);

    void previewSlip(const QString &appointmentId, AppointmentSlipRenderer::Format format);
    // Asks for the file name (FileDialog); false when cancelled or refused.
    bool saveSlip(const QString &appointmentId, AppointmentSlipRenderer::Format format);
    // Empty `practitionerId`: every practitioner the actor may see, one section each.
    void previewDayList(const QDate &day, const QString &practitionerId = {});
    bool saveDayList(const QDate &day, const QString &practitionerId = {});

private:
    Workspace &m_ws;
    Actor m_actor;
    QWidget *m_parent;
};

} // namespace jisr
