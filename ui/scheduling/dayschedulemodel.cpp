#include "scheduling/dayschedulemodel.h"

#include "common/applanguage.h"
#include "common/bidi.h"
#include "platform/errors/coreerror.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/schedulingsetupservice.h"
#include "workspace/workspace.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace jisr {

DayScheduleModel::DayScheduleModel(Workspace &ws, QObject *parent)
    : QAbstractTableModel(parent), m_ws(ws)
{
    connect(&m_ws.appointments(), &AppointmentService::appointmentsChanged, this,
            [this] { reload(); });
}

void DayScheduleModel::show(const Actor &actor, const QDate &day)
{
    m_actor = actor;
    m_day = day;
    reload();
}

void DayScheduleModel::reload()
{
    beginResetModel();
    m_columns.clear();
    m_appointments.clear();
    if (m_actor.isValid() && m_day.isValid()) {
        try {
            m_appointments = m_ws.appointments().day(m_actor, m_day);
        } catch (const CoreError &) {
            // Not this actor's to see (refusal audited by the core): an empty day.
            endResetModel();
            return;
        }
        const std::optional<Practitioner> own = m_ws.scheduling().practitionerOf(m_actor);
        for (const Practitioner &p : m_ws.scheduling().practitioners(m_actor))
            if (p.active && (m_actor.can(Capability::ViewSchedules) || (own && own->id == p.id)))
                m_columns << p;
    }
    endResetModel();
}

void DayScheduleModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int DayScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (LastMinute - FirstMinute) / StepMinutes;
}

int DayScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const Appointment *DayScheduleModel::at(int row, int column) const
{
    const QString who = m_columns.at(column).id;
    const int minute = FirstMinute + row * StepMinutes;
    for (const Appointment &a : m_appointments) {
        if (!holdsTime(a.status))
            continue;
        for (const AppointmentPart &p : a.parts)
            if (p.resourceId == who && p.start.minute <= minute && minute < p.end.minute)
                return &a;
    }
    return nullptr;
}

QVariant DayScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Appointment *a = at(index.row(), index.column());
    if (!a)
        return {};
    const int minute = FirstMinute + index.row() * StepMinutes;
    const bool startsHere = minute - a->start.minute < StepMinutes || index.row() == 0;
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

QVariant DayScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < rowCount() ? LocalTime::clock(FirstMinute + section * StepMinutes)
                                    : QVariant();
    if (section >= m_columns.size())
        return {};
    return m_columns.at(section).displayName(AppLanguage::instance().current());
}

} // namespace jisr
