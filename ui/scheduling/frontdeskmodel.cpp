#include "scheduling/frontdeskmodel.h"

#include "common/applanguage.h"
#include "common/bidi.h"
#include "common/codelabels.h"
#include "platform/errors/coreerror.h"
#include "platform/time/clock.h"
#include "scheduling/appointmentlabels.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/schedulingsetupservice.h"
#include "workspace/workspace.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace jisr {

FrontDeskModel::FrontDeskModel(Workspace &ws, QObject *parent)
    : QAbstractTableModel(parent), m_ws(ws)
{
    connect(&m_ws.appointments(), &AppointmentService::appointmentsChanged, this,
            &FrontDeskModel::reload);
}

void FrontDeskModel::show(const Actor &actor, const QDate &day)
{
    m_actor = actor;
    m_day = day;
    reload();
}

void FrontDeskModel::clear()
{
    beginResetModel();
    m_actor = {};
    m_rows.clear();
    endResetModel();
}

void FrontDeskModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_actor.isValid() && m_day.isValid()) {
        try {
            m_rows = FrontDeskService(m_ws.platform(), m_ws.appointments()).day(m_actor, m_day);
            m_practitioners.clear();
            for (const Practitioner &p : m_ws.scheduling().practitioners(m_actor))
                m_practitioners.insert(p.id, p);
            m_rooms.clear();
            for (const jisr::Room &r : m_ws.scheduling().rooms(m_actor))
                m_rooms.insert(r.id, r.name);
        } catch (const CoreError &) {
            // Not this actor's to see (the refusal is audited by the core): an empty day.
            m_rows.clear();
        }
    }
    endResetModel();
}

void FrontDeskModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FrontDeskModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Waited), index(rowCount() - 1, Waited),
                         {Qt::DisplayRole, WaitedRole});
}

qint64 FrontDeskModel::waited(const Appointment &a) const
{
    if (a.status != AppointmentStatus::Arrived || a.arrivedAt.isEmpty())
        return -1;
    const QDateTime from = QDateTime::fromString(a.arrivedAt, Qt::ISODate);
    return from.isValid() ? std::max<qint64>(from.secsTo(m_ws.clock().nowUtc()), 0) : -1;
}

qint64 FrontDeskModel::longestWait() const
{
    qint64 longest = -1;
    for (const FrontDeskEntry &e : m_rows)
        longest = std::max(longest, waited(e.appointment));
    return longest;
}

const FrontDeskEntry *FrontDeskModel::entry(const QString &appointmentId) const
{
    for (const FrontDeskEntry &e : m_rows)
        if (e.appointment.id == appointmentId)
            return &e;
    return nullptr;
}

QString FrontDeskModel::personOf(const QString &appointmentId) const
{
    const FrontDeskEntry *e = entry(appointmentId);
    return e ? personName(*e) : QString();
}

int FrontDeskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FrontDeskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FrontDeskModel::personName(const FrontDeskEntry &e) const
{
    const QString &preferred = AppLanguage::instance().isArabic() ? e.nameAr : e.nameLat;
    return preferred.isEmpty() ? (e.nameAr.isEmpty() ? e.nameLat : e.nameAr) : preferred;
}

QString FrontDeskModel::practitionerNames(const Appointment &a) const
{
    QStringList names;
    for (const QString &id : a.practitionerIds())
        names << m_practitioners.value(id).displayName(AppLanguage::instance().current());
    if (names.isEmpty() && a.kind == u"walk_in"_s)
        return tr("First available");
    return CodeLabels::joined(names);
}

QVariant FrontDeskModel::display(const FrontDeskEntry &e, int column) const
{
    const Appointment &a = e.appointment;
    switch (column) {
    case Time:
        return a.kind == u"walk_in"_s
                   ? tr("Walk-in %1").arg(leftToRight(LocalTime::clock(a.start.minute)))
                   : leftToRight(LocalTime::clock(a.start.minute));
    case Person:
        return personName(e);
    case Dossier:
        return leftToRight(a.dossierNo);
    case Practitioners:
        return practitionerNames(a);
    case Room:
        return m_rooms.value(a.roomId());
    case Status:
        return a.status == AppointmentStatus::Cancelled && !a.cancelReason.isEmpty()
                   ? tr("Cancelled: %1").arg(a.cancelReason)
                   : AppointmentLabels::status(a.status);
    case Waited: {
        const qint64 s = waited(a);
        return s < 0 ? QString() : AppointmentLabels::duration(s);
    }
    }
    return {};
}

QVariant FrontDeskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FrontDeskEntry &e = m_rows.at(index.row());
    const Appointment &a = e.appointment;
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case Qt::ToolTipRole:
        return index.column() == Person ? QString(e.nameAr + u" — "_s + e.nameLat) : QVariant();
    case Qt::FontRole:
        if (index.column() == Waited && a.status == AppointmentStatus::Arrived) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case AppointmentIdRole:
        return a.id;
    case CaseIdRole:
        return a.caseId;
    case StatusRole:
        return appointmentStatusCode(a.status);
    case WaitedRole:
        return waited(a);
    case StartRole:
        return a.start.minute;
    case FilterTextRole:
        return QStringList{e.nameAr, e.nameLat, a.dossierNo}.join(u' ');
    default:
        return {};
    }
}

QVariant FrontDeskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Person:
        return tr("Person");
    case Dossier:
        return tr("Dossier");
    case Practitioners:
        return tr("Practitioners");
    case Room:
        return tr("Room");
    case Status:
        return tr("Status");
    case Waited:
        return tr("Waiting time");
    }
    return {};
}

} // namespace jisr
