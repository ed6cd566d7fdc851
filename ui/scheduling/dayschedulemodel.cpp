#include "scheduling/dayschedulemodel.h"

#include "common/applanguage.h"
#include "platform/errors/coreerror.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/schedulingsetupservice.h"
#include "workspace/workspace.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

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
    m_grid.clear();
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
        for (int column = 0; column < m_columns.size(); ++column)
            for (const Appointment &a : m_appointments)
                m_grid.place(column, m_columns.at(column).id, a);
    }
    endResetModel();
}

void DayScheduleModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString DayScheduleModel::practitionerId(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).id : QString();
}

int DayScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ScheduleGrid::Rows;
}

int DayScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DayScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_grid.data(index.row(), index.column(), role);
}

QVariant DayScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < rowCount() ? LocalTime::clock(ScheduleGrid::minuteOf(section))
                                    : QVariant();
    if (section >= m_columns.size())
        return {};
    return m_columns.at(section).displayName(AppLanguage::instance().current());
}

Qt::ItemFlags DayScheduleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    f |= Qt::ItemIsDropEnabled;
    if (m_grid.at(index.row(), index.column()))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList DayScheduleModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

Qt::DropActions DayScheduleModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QMimeData *DayScheduleModel::mimeData(const QModelIndexList &indexes) const
{
    const Appointment *a =
        indexes.isEmpty() ? nullptr : m_grid.at(indexes.first().row(), indexes.first().column());
    if (!a)
        return nullptr;
    // The appointment, the column it is taken from and how far into it the cell grabbed is: the
    // drop puts that cell under the cursor.
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << a->id << practitionerId(indexes.first().column())
        << ScheduleGrid::minuteOf(indexes.first().row()) - a->start.minute;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), bytes);
    return data;
}

bool DayScheduleModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent) const
{
    const int r = parent.isValid() ? parent.row() : row,
              c = parent.isValid() ? parent.column() : column;
    return action == Qt::MoveAction && data && data->hasFormat(QString::fromLatin1(MimeType)) &&
           r >= 0 && r < rowCount() && c >= 0 && c < columnCount();
}

bool DayScheduleModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int r = parent.isValid() ? parent.row() : row,
              c = parent.isValid() ? parent.column() : column;
    QString id, from;
    int offset = 0;
    QDataStream in(data->data(QString::fromLatin1(MimeType)));
    in >> id >> from >> offset;
    try {
        const Appointment a = m_ws.appointments().get(m_actor, id);
        const LocalTime at{m_day, std::max(0, ScheduleGrid::minuteOf(r) - offset)};
        // Dropped in another column: that practitioner takes the place of the one it came from.
        QStringList who = a.practitionerIds();
        const QString to = practitionerId(c);
        if (to != from) {
            if (who.contains(to)) {
                emit dropRefused(
                    tr("%1 is already part of this appointment.")
                        .arg(m_columns.at(c).displayName(AppLanguage::instance().current())));
                return false;
            }
            if (!who.contains(from))
                return false;
            who.replace(who.indexOf(from), to);
        }
        if (at == a.start && to == from)
            return false; // dropped where it was: nothing to do
        m_ws.appointments().reschedule(m_actor, id, at, who, a.roomId());
        return true;
    } catch (const CoreError &e) {
        // Refused by the core (taken, outside working hours, closed...): nothing moved.
        emit dropRefused(e.message());
        return false;
    }
}

} // namespace jisr
