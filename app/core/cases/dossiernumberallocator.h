#pragma once

#include "platform/settings/workstationsettings.h"

#include <QDate>

namespace jisr {

// Dossier numbers that staff can read aloud and that stay unique without any coordination
// between workstations: <province>-<year>-<workstation series>-<sequence>, e.g.
// RAB-2026-7KX-0042. The sequence restarts each year and is kept in the settings table, so it
// is allocated inside the registration's transaction and a failed save does not consume it.
class DossierNumberAllocator
{
public:
    explicit DossierNumberAllocator(WorkstationSettings &settings);
    QString next(QDate today);

private:
    WorkstationSettings &m_settings;
};

} // namespace jisr
