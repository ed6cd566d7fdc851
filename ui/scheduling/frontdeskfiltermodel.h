#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace jisr {

// One list of the front desk over the FrontDeskModel: the rows in some statuses (expected,
// waiting, in consultation...), those whose name or dossier number holds every word typed
// (folded like the search box: case, accents, hamza forms), sorted by time or, for the waiting
// room, longest wait first.
class FrontDeskFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Order { ByTime, LongestWaitFirst };

    FrontDeskFilterModel(const QSet<QString> &statuses, Order order, QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QSet<QString> m_statuses;
    Order m_order;
    QString m_text;
    QStringList m_words; // folded
};

} // namespace jisr
