#pragma once

#include "platform/access/accesscontrol.h"
#include "scheduling/schedulegrid.h"
#include "scheduling/schedulingtypes.h"

#include <QAbstractTableModel>
#include <QDate>

namespace jisr {

class Workspace;

// One day of appointments: a column per practitioner, a row per quarter of an hour from 08:00
// to 18:00. A joint visit fills the rows of each of its practitioners' columns and carries the
// same appointment id in AppointmentIdRole, which is how the view links its parts. The view
// mirrors itself in Arabic (the layout direction), the model knows nothing of it.
// An appointment is dragged to another time or column and dropped: the core reschedules it with
// the same checks as a booking; a refusal leaves everything in place and says why
// (dropRefused).
class DayScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        AppointmentIdRole = ScheduleGrid::AppointmentIdRole,
        StatusRole = ScheduleGrid::StatusRole,
        StartsHereRole = ScheduleGrid::StartsHereRole
    };
    static constexpr int FirstMinute = ScheduleGrid::FirstMinute;
    static constexpr int LastMinute = ScheduleGrid::LastMinute;
    static constexpr int StepMinutes = ScheduleGrid::StepMinutes;
    static constexpr auto MimeType = "application/x-jisr-appointment";

    explicit DayScheduleModel(Workspace &ws, QObject *parent = nullptr);

    // Reads the day the actor may see (every practitioner for reception, their own column for a
    // doctor or a social worker); reloads whenever appointments change.
    void show(const Actor &actor, const QDate &day);
    QDate day() const { return m_day; }
    // The practitioners' names follow the interface language.
    void retranslate();
    QString practitionerId(int column) const;
    int appointmentCount() const { return int(m_appointments.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // A drop the core refused: the translated reason; nothing moved.
    void dropRefused(const QString &message);

private:
    void reload();

    Workspace &m_ws;
    Actor m_actor;
    QDate m_day;
    QList<Practitioner> m_columns;
    QList<Appointment> m_appointments;
    ScheduleGrid m_grid;
};

} // namespace jisr
