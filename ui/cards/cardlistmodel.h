#pragma once

#include "cards/card.h"
#include "platform/access/accesscontrol.h"

#include <QAbstractTableModel>

namespace jisr {

class CardService;

// The cards of one list (a state, or those expiring soon), read through CardService; a thin
// adapter that reloads when the service says cards changed.
class CardListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Holder, Dossier, State, ValidUntil, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1; // codes and ISO dates, for sorting
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit CardListModel(CardService &service, QObject *parent = nullptr);

    // state: empty for all; expiringDays >= 0: only cards in force ending within it.
    void show(const Actor &actor, const QString &state, int expiringDays = -1);
    void reload();
    const Card &cardAt(int row) const { return m_list.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateLabel(const QString &state);

private:
    CardService &m_service;
    Actor m_actor;
    QString m_state;
    int m_expiringDays = -1;
    QList<Card> m_list;
};

} // namespace jisr
