#include "scheduling/weekschedulemodel.h"

#include "common/applanguage.h"
#include "common/bidi.h"
#include "platform/errors/coreerror.h"
#include "print/dateinwords.h"
#include "scheduling/appointmentservice.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace jisr {

WeekScheduleModel::WeekScheduleModel(Workspace &ws, QObject *parent)
    : QAbstractTableModel(parent), m_ws(ws)
{
    connect(&m_ws.appointments(), &AppointmentService::appointmentsChanged, this,
            [this] { reload(); });
}

void WeekScheduleModel::show(const Actor &actor, const QString &practitionerId, const QDate &day)
{
    m_actor = actor;
    m_practitionerId = practitionerId;
    m_monday = day.isValid() ? day.addDays(1 - day.dayOfWeek()) : QDate();
    reload();
}

void WeekScheduleModel::reload()
{
    beginResetModel();
    m_grid.clear();
    if (m_actor.isValid() && m_monday.isValid() && !m_practitionerId.isEmpty()) {
        try {
            for (int column = 0; column < 7; ++column)
                for (const Appointment &a :
                     m_ws.appointments().day(m_actor, m_monday.addDays(column), m_practitionerId))
                    m_grid.place(column, m_practitionerId, a);
        } catch (const CoreError &) {
            // Another practitioner's week, refused (and audited) by the core: shown empty.
            m_grid.clear();
        }
    }
    endResetModel();
}

void WeekScheduleModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int WeekScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ScheduleGrid::Rows;
}

int WeekScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant WeekScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_grid.data(index.row(), index.column(), role);
}

QVariant WeekScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < rowCount() ? LocalTime::clock(ScheduleGrid::minuteOf(section))
                                    : QVariant();
    if (section >= 7 || !m_monday.isValid())
        return {};
    // "lundi 06/04": the weekday in the interface's language, the date left to right.
    const QDate d = m_monday.addDays(section);
    return QString(DateInWords::weekday(d.dayOfWeek(), AppLanguage::instance().current()) + u' ' +
                   leftToRight(d.toString(u"dd/MM"_s)));
}

} // namespace jisr
