#include "scheduling/schedulingsetupdialog.h"

#include "scheduling/closingdayspage.h"
#include "scheduling/practitionerspage.h"
#include "scheduling/roomspage.h"
#include "scheduling/servicespage.h"
#include "scheduling/workinghourspage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

SchedulingSetupDialog::SchedulingSetupDialog(Workspace &ws, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget), m_practitioners(new PractitionersPage(ws, actor)),
      m_hours(new WorkingHoursPage(ws, actor)), m_rooms(new RoomsPage(ws, actor)),
      m_closings(new ClosingDaysPage(ws, actor)), m_services(new ServicesPage(ws, actor))
{
    setObjectName(u"schedulingSetupDialog"_s);
    setWindowTitle(tr("Scheduling set-up"));
    m_tabs->setObjectName(u"schedulingSetupTabs"_s);
    m_tabs->addTab(m_practitioners, tr("Prac&titioners"));
    m_tabs->addTab(m_hours, tr("&Hours and absences"));
    m_tabs->addTab(m_rooms, tr("R&ooms"));
    m_tabs->addTab(m_closings, tr("&Closing days"));
    m_tabs->addTab(m_services, tr("Ser&vices"));
    // A practitioner just saved is the one whose hours come next.
    connect(m_practitioners, &PractitionersPage::practitionerSaved, m_hours,
            &WorkingHoursPage::choosePractitioner);
    // A practitioner or room added shows in the other tabs' lists.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { static_cast<SetupPage *>(m_tabs->currentWidget())->reload(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(860, 600);
}

} // namespace jisr
