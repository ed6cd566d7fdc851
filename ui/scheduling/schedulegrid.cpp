#include "scheduling/schedulegrid.h"

#include "common/bidi.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace jisr {

void ScheduleGrid::clear()
{
    m_appointments.clear();
    m_cells.clear();
}

void ScheduleGrid::place(int column, const QString &resourceId, const Appointment &a)
{
    if (!holdsTime(a.status))
        return;
    const qsizetype index = m_appointments.size();
    bool placed = false;
    for (const AppointmentPart &p : a.parts) {
        if (p.resourceId != resourceId)
            continue;
        // The rows whose quarter starts inside the part.
        const int first = std::max(0, rowOf(p.start.minute + StepMinutes - 1));
        for (int row = first; row < Rows && minuteOf(row) < p.end.minute; ++row)
            if (!m_cells.contains(key(row, column))) {
                m_cells.insert(key(row, column), index);
                placed = true;
            }
    }
    if (placed)
        m_appointments << a;
}

const Appointment *ScheduleGrid::at(int row, int column) const
{
    const auto it = m_cells.constFind(key(row, column));
    return it == m_cells.constEnd() ? nullptr : &m_appointments.at(*it);
}

QVariant ScheduleGrid::data(int row, int column, int role) const
{
    const Appointment *a = at(row, column);
    if (!a)
        return {};
    const int minute = minuteOf(row);
    const bool startsHere = minute - a->start.minute < StepMinutes || row == 0;
    switch (role) {
    case Qt::DisplayRole:
        return startsHere ? leftToRight(LocalTime::clock(a->start.minute) + u' ' + a->dossierNo)
                          : QString();
    case Qt::ToolTipRole:
        return QString(LocalTime::clock(a->start.minute) + u'–' + LocalTime::clock(a->end.minute) +
                       u' ' + a->dossierNo);
    case Qt::BackgroundRole:
        return QBrush(a->status == AppointmentStatus::Arrived ? QColor(0xc8, 0xe6, 0xc9)
                      : a->status == AppointmentStatus::Done  ? QColor(0xe0, 0xe0, 0xe0)
                                                              : QColor(0xbb, 0xde, 0xfb));
    case AppointmentIdRole:
        return a->id;
    case StatusRole:
        return appointmentStatusCode(a->status);
    case StartsHereRole:
        return startsHere;
    default:
        return {};
    }
}

} // namespace jisr
