#pragma once

#include "platform/access/accesscontrol.h"
#include "platform/errors/coreerror.h"
#include "scheduling/schedulingtypes.h"

#include <QObject>
#include <QTimeZone>

namespace jisr {

struct PlatformServices;
struct RowChange;
class WriteContext;

// A booking refused because the time was taken meanwhile (or never free): the message says
// why, and alternatives() are fresh options from the same search.
class SlotUnavailableError : public CoreError
{
public:
    SlotUnavailableError(const QString &message, QList<SlotOption> alternatives)
        : CoreError(ErrorKind::Conflict, message), m_alternatives(std::move(alternatives))
    {
    }
    const QList<SlotOption> &alternatives() const { return m_alternatives; }

private:
    QList<SlotOption> m_alternatives;
};

struct BookingRequest
{
    QString caseRef; // case id or dossier number
    QString serviceCode;
    LocalTime at;
    QStringList practitionerIds; // preferred or required
    QString roomId;
};

// A person without an appointment who joins today's queue. The service and the practitioner
// they ask to see are optional: a walk-in for nobody in particular is taken by the first
// practitioner who starts it.
struct WalkInRequest
{
    QString caseRef; // case id or dossier number
    QString serviceCode;
    QString practitionerId;
};

// A recurring series as booked: its occurrences, and the ones that could not keep their day
// and time (a holiday, an absence, a taken time), each said in one translated line.
struct SeriesBooking
{
    QList<Appointment> occurrences;
    QStringList moved;
};

// Appointments: find the first times when everyone is free, book all parts or none, and move
// them through their day (arrived, in consultation, done; cancelled, no-show, rescheduled).
// Every change goes through the write path. Double booking of a practitioner, a room or a
// beneficiary is refused inside the write transaction, which on SQLite holds the write lock:
// two processes booking the same time are served one after the other, and the second is told.
class AppointmentService : public QObject
{
    Q_OBJECT

public:
    explicit AppointmentService(PlatformServices &platform, QObject *parent = nullptr);

    // `query.service` may be left empty when `serviceCode` names it.
    QList<SlotOption> findSlots(const Actor &actor, SlotQuery query,
                                const QString &serviceCode = {});
    Appointment book(const Actor &actor, const BookingRequest &request);
    // A new appointment at another time, linked to the old one, which becomes "rescheduled".
    Appointment reschedule(const Actor &actor, const QString &id, const LocalTime &at,
                           const QStringList &practitionerIds = {}, const QString &roomId = {});

    // `count` occurrences every `everyDays` days from `request.at`, all or none. An occurrence
    // whose time cannot be booked takes the first free time of the following days (before the
    // next occurrence) and is listed in `moved`; one that finds none refuses the whole series.
    SeriesBooking bookSeries(const Actor &actor, const BookingRequest &request, int count,
                             int everyDays = 7);
    // Cancels this occurrence and the following ones still scheduled, in one write; returns
    // how many. One occurrence alone: cancel(); moved: reschedule().
    int cancelSeries(const Actor &actor, const QString &fromId, const QString &reason,
                     bool byThePerson = true);

    // Joins the person to today's queue at once ("arrived" from now, kind walk_in). A walk-in
    // waits for a practitioner without holding their time: the slot finder ignores it.
    // Refused when the person is already in the queue, or has an appointment today to check in.
    Appointment walkIn(const Actor &actor, const WalkInRequest &request);

    Appointment checkIn(const Actor &actor, const QString &id);
    Appointment start(const Actor &actor, const QString &id);
    Appointment finish(const Actor &actor, const QString &id);
    Appointment cancel(const Actor &actor, const QString &id, const QString &reason,
                       bool byThePerson = true);
    // Only once the appointment's day is over (by the Clock).
    Appointment markNoShow(const Actor &actor, const QString &id);
    // Every appointment still "scheduled" on a day that is over: the morning's clean-up.
    int markNoShows(const Actor &actor);
    Appointment undoNoShow(const Actor &actor, const QString &id);

    // The day's appointments: all of them with ViewSchedules, else those of the actor's own
    // practitioner record. Empty `practitionerId`: every practitioner.
    QList<Appointment> day(const Actor &actor, const QDate &date,
                           const QString &practitionerId = {}) const;
    Appointment get(const Actor &actor, const QString &id) const;
    // The instant a local appointment time stands for, in the centre's time zone.
    QDateTime instantOf(const LocalTime &t) const;
    LocalTime localNow() const;

signals:
    void appointmentsChanged();

private:
    QString resolveCase(const QString &caseRef) const;
    Service serviceFor(const QString &code) const;
    // One status change in one write; `also` writes more rows of the same change.
    Appointment transition(const Actor &actor, const QString &id, Capability cap,
                           const std::function<void(Appointment &)> &change,
                           const std::function<void(WriteContext &, Appointment &)> &also = {});
    Appointment writeBooking(WriteContext &w, const QString &caseId, const Service &service,
                             const SlotOption &option, const QString &rescheduledFrom,
                             const QString &seriesId = {});
    // Inserts one part of `a` (a new id) with its change-log row, and adds it to `a.parts`.
    void writePart(WriteContext &w, Appointment &a, AppointmentPart part);
    SlotOption requireFree(const SlotQuery &query, const LocalTime &at);
    void requireNotQueued(const QString &caseId);
    Appointment takeWalkIn(const Actor &actor, const QString &id, const QString &practitionerId);

    PlatformServices &m_platform;
};

} // namespace jisr
