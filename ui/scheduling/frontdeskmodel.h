#pragma once

#include "platform/access/accesscontrol.h"
#include "scheduling/frontdeskservice.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace jisr {

class Workspace;

// The appointments of one day as the front desk lists them: when, who (in the interface
// language's script), the dossier, the practitioners, the room, the status and, for the people
// in the waiting room, how long they have waited by the Clock. A row per appointment, in time
// order; the page's views filter it by status (FrontDeskFilterModel). Reloads itself whenever
// appointments change; refreshTimes() follows the clock.
class FrontDeskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Person, Dossier, Practitioners, Room, Status, Waited, ColumnCount };
    enum Roles {
        AppointmentIdRole = Qt::UserRole + 1,
        CaseIdRole,
        StatusRole,     // the status code ("arrived")
        WaitedRole,     // seconds in the waiting room (arrived), else -1
        StartRole,      // minutes since midnight, for sorting
        FilterTextRole, // names in both scripts and the dossier number, for type-to-filter
    };

    explicit FrontDeskModel(Workspace &ws, QObject *parent = nullptr);

    // Reads the day the actor may see (every practitioner's for reception, their own for a
    // doctor or a social worker).
    void show(const Actor &actor, const QDate &day);
    QDate day() const { return m_day; }
    // Forgets every row (the screen is locked).
    void clear();
    void reload();
    void retranslate();
    // The clock moved: waiting times are told to views (no database read).
    void refreshTimes();
    // The longest wait of the people in the waiting room, in seconds; -1 when nobody waits.
    qint64 longestWait() const;
    const FrontDeskEntry *entry(const QString &appointmentId) const;
    // The person of an appointment, named in the interface language's script.
    QString personOf(const QString &appointmentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const FrontDeskEntry &e, int column) const;
    QString personName(const FrontDeskEntry &e) const;
    QString practitionerNames(const Appointment &a) const;
    qint64 waited(const Appointment &a) const;

    Workspace &m_ws;
    Actor m_actor;
    QDate m_day;
    QList<FrontDeskEntry> m_rows;
    QHash<QString, Practitioner> m_practitioners;
    QHash<QString, QString> m_rooms;
};

} // namespace jisr
