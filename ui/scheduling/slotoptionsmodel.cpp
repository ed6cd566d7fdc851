#include "scheduling/slotoptionsmodel.h"

#include "common/applanguage.h"
#include "common/codelabels.h"
#include "scheduling/appointmentlabels.h"

using namespace Qt::StringLiterals;

namespace jisr {

SlotOptionsModel::SlotOptionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SlotOptionsModel::setNames(const QList<Practitioner> &practitioners,
                                const QList<jisr::Room> &rooms)
{
    for (const Practitioner &p : practitioners)
        m_practitioners.insert(p.id, p);
    for (const jisr::Room &r : rooms)
        m_rooms.insert(r.id, r.name);
}

void SlotOptionsModel::setOptions(const QList<SlotOption> &options)
{
    beginResetModel();
    m_options = options;
    endResetModel();
}

void SlotOptionsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_options.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SlotOptionsModel::practitionerNames(const SlotOption &option) const
{
    QStringList names;
    for (const QString &id : option.practitionerIds())
        names << m_practitioners.value(id).displayName(AppLanguage::instance().current());
    return CodeLabels::joined(names);
}

QString SlotOptionsModel::roomName(const SlotOption &option) const
{
    return m_rooms.value(option.roomId());
}

int SlotOptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

int SlotOptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlotOptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SlotOption &o = m_options.at(index.row());
    if (role == StartRole)
        return o.start.toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Day:
        return AppointmentLabels::longDate(o.start.date);
    case Time:
        return AppointmentLabels::span(o.start, o.end);
    case Practitioners:
        return practitionerNames(o);
    case Room:
        return roomName(o);
    }
    return {};
}

QVariant SlotOptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day:
        return tr("Day");
    case Time:
        return tr("Time");
    case Practitioners:
        return tr("Practitioners");
    case Room:
        return tr("Room");
    }
    return {};
}

} // namespace jisr
