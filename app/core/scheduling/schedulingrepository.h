#pragma once

#include "scheduling/schedulingtypes.h"

#include <QSqlDatabase>
#include <optional>

namespace jisr {

class WriteContext;

// The SQL of the scheduling tables, with bound parameters only. Reads skip tombstones.
class SchedulingRepository
{
public:
    explicit SchedulingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // A row from its field map (the same map the change log receives), stamped by the write.
    void insert(const QString &table, const QString &id, const QVariantMap &fields,
                const WriteContext &w);
    void update(const QString &table, const QString &id, const QVariantMap &fields,
                const WriteContext &w);
    void markDeleted(const QString &table, const QString &id, const WriteContext &w);
    qint64 hlcOf(const QString &table, const QString &id);

    QList<Practitioner> practitioners(bool activeOnly = false);
    std::optional<Practitioner> practitioner(const QString &id);
    QList<Room> rooms(bool activeOnly = false);
    std::optional<Room> room(const QString &id);
    QList<WorkingPeriod> workingHours(const QString &practitionerId = {});
    QList<DateRange> absences(const QString &practitionerId = {});
    QList<DateRange> closings();
    QList<Service> services();
    std::optional<Service> serviceByCode(const QString &code);
    std::optional<Service> service(const QString &id);

    std::optional<Appointment> appointment(const QString &id);
    // Appointments of one day (all statuses), in start order, with their parts.
    QList<Appointment> day(const QDate &day);
    // Scheduled appointments whose day is before `day` (the no-shows to mark).
    QStringList scheduledBefore(const QDate &day);
    // The occurrences of a series still scheduled from `from` on, in order.
    QStringList seriesFrom(const QString &seriesId, const LocalTime &from);
    // Active appointments of a practitioner from `from` on (a removal must not strand them).
    int activeAppointmentsOf(const QString &practitionerId, const QDate &from);
    int activeAppointmentsOf(const QString &practitionerId, const QDate &from, const QDate &to);

    // Time held by appointments that hold time (not cancelled or rescheduled): the parts of
    // these resources on one day, and the beneficiary's appointments between two dates.
    struct Busy
    {
        QString ownerId;
        QString appointmentId;
        LocalTime start;
        LocalTime end;
    };
    QList<Busy> busyResources(const QDate &from, const QDate &to, const QStringList &resourceIds);
    QList<Busy> busyBeneficiary(const QString &caseId, const QDate &from, const QDate &to);

private:
    QList<AppointmentPart> partsOf(const QString &appointmentId);
    Appointment appointmentFrom(const class QSqlQuery &q);

    QSqlDatabase m_db;
};

} // namespace jisr
