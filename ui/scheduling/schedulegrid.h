#pragma once

#include "scheduling/schedulingtypes.h"

#include <QHash>
#include <QList>
#include <QVariant>

namespace jisr {

// The cells of a schedule table (a row per quarter of an hour from 08:00 to 18:00, a column per
// practitioner or per day) and the appointment covering each: built once when the model loads,
// so that painting a busy day (300 appointments) asks a hash, not every appointment, for each
// cell and role. Shared by the day and the week models, which give it the same roles.
class ScheduleGrid
{
public:
    enum Roles { AppointmentIdRole = Qt::UserRole + 1, StatusRole, StartsHereRole };
    static constexpr int FirstMinute = 8 * 60;
    static constexpr int LastMinute = 18 * 60;
    static constexpr int StepMinutes = 15;
    static constexpr int Rows = (LastMinute - FirstMinute) / StepMinutes;

    void clear();
    // Covers, in `column`, the rows of the parts of `a` that `resourceId` holds.
    void place(int column, const QString &resourceId, const Appointment &a);
    const Appointment *at(int row, int column) const;
    // Display, tooltip, background and the roles above.
    QVariant data(int row, int column, int role) const;

    static int minuteOf(int row) { return FirstMinute + row * StepMinutes; }
    static int rowOf(int minute) { return (minute - FirstMinute) / StepMinutes; }

private:
    static qint64 key(int row, int column) { return qint64(column) * 1000 + row; }

    QList<Appointment> m_appointments;
    QHash<qint64, qsizetype> m_cells; // key(row, column) -> index in m_appointments
};

} // namespace jisr
