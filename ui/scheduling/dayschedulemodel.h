#pragma once

#include "platform/access/accesscontrol.h"
#include "scheduling/schedulingtypes.h"

#include <QAbstractTableModel>
#include <QDate>

namespace jisr {

class Workspace;

// One day of appointments: a column per practitioner, a row per quarter of an hour from 08:00
// to 18:00. A joint visit fills the rows of each of its practitioners' columns and carries the
// same appointment id in AppointmentIdRole, which is how the view links its parts. The view
// mirrors itself in Arabic (the layout direction), the model knows nothing of it.
class DayScheduleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles { AppointmentIdRole = Qt::UserRole + 1, StatusRole, StartsHereRole };
    static constexpr int FirstMinute = 8 * 60;
    static constexpr int LastMinute = 18 * 60;
    static constexpr int StepMinutes = 15;

    explicit DayScheduleModel(Workspace &ws, QObject *parent = nullptr);

    // Reads the day the actor may see (every practitioner for reception, their own column for a
    // doctor or a social worker); reloads whenever appointments change.
    void show(const Actor &actor, const QDate &day);
    QDate day() const { return m_day; }
    // The practitioners' names follow the interface language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    const Appointment *at(int row, int column) const;

    Workspace &m_ws;
    Actor m_actor;
    QDate m_day;
    QList<Practitioner> m_columns;
    QList<Appointment> m_appointments;
};

} // namespace jisr
