#pragma once

#include "scheduling/schedulingtypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jisr {

// The options of the slot finder as the booking dialog lists them: the day written out, the
// time, the practitioners' names in the interface language and the room.
class SlotOptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Day, Time, Practitioners, Room, ColumnCount };
    enum Roles { StartRole = Qt::UserRole + 1 }; // "YYYY-MM-DDTHH:MM"

    explicit SlotOptionsModel(QObject *parent = nullptr);

    void setNames(const QList<Practitioner> &practitioners, const QList<jisr::Room> &rooms);
    void setOptions(const QList<SlotOption> &options);
    const QList<SlotOption> &options() const { return m_options; }
    QString practitionerNames(const SlotOption &option) const;
    QString roomName(const SlotOption &option) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SlotOption> m_options;
    QHash<QString, Practitioner> m_practitioners;
    QHash<QString, QString> m_rooms;
};

} // namespace jisr
