#pragma once

#include "uiworkspace.h"

#include <QDate>

// The reference data of a joint visit, set up through the core services as an administrator
// would: a PMR doctor (the "medecin" account) and a social worker (the "social" account)
// working weekdays 09:00-12:00 and 14:00-17:00, an accessible room, the service
// "joint_initial" (PMR doctor + social worker + accessible room, 45 min), a speech therapy
// service nobody can give, two people; the clock on Monday 6 April 2026 at 08:00 in Casablanca.
struct SchedulingSetup
{
    explicit SchedulingSetup(UiWorkspace &data);

    static inline const QDate Day{2026, 4, 6};
    QString pmr, sw, room;
    jisr::CaseFile alaoui, bennani;
};

// Saves a screenshot into JISR_SCREENSHOT_DIR when the test run sets it.
bool saveScreenshot(QWidget *widget, const QString &name);
