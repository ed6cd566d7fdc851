#pragma once

#include "platform/access/accesscontrol.h"

#include <QDialog>

class QTabWidget;

namespace jisr {

class ClosingDaysPage;
class PractitionersPage;
class RoomsPage;
class ServicesPage;
class WorkingHoursPage;
class Workspace;

// Administration > Scheduling set-up: the reference data of appointments in five tabs
// (practitioners, their hours and absences, rooms, closing days, services). Each save goes
// through the core at once; a refusal is said under the tab and saves nothing.
class SchedulingSetupDialog : public QDialog
{
    Q_OBJECT

public:
    SchedulingSetupDialog(Workspace &ws, const Actor &actor, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    PractitionersPage *practitioners() const { return m_practitioners; }
    WorkingHoursPage *hours() const { return m_hours; }
    RoomsPage *rooms() const { return m_rooms; }
    ClosingDaysPage *closings() const { return m_closings; }
    ServicesPage *services() const { return m_services; }

private:
    QTabWidget *m_tabs;
    PractitionersPage *m_practitioners;
    WorkingHoursPage *m_hours;
    RoomsPage *m_rooms;
    ClosingDaysPage *m_closings;
    ServicesPage *m_services;
};

} // namespace jisr
