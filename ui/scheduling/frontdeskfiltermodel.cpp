#include "scheduling/frontdeskfiltermodel.h"

#include "scheduling/frontdeskmodel.h"
#include "search/namenormalizer.h"

using namespace Qt::StringLiterals;

namespace jisr {

FrontDeskFilterModel::FrontDeskFilterModel(const QSet<QString> &statuses, Order order,
                                           QObject *parent)
    : QSortFilterProxyModel(parent), m_statuses(statuses), m_order(order)
{
    setDynamicSortFilter(true);
    sort(0);
}

void FrontDeskFilterModel::setText(const QString &text)
{
    m_text = text;
    m_words = NameNormalizer::fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool FrontDeskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_statuses.contains(row.data(FrontDeskModel::StatusRole).toString()))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        NameNormalizer::fold(row.data(FrontDeskModel::FilterTextRole).toString());
    for (const QString &word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

bool FrontDeskFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The columns sort nothing by themselves: the order is the list's, whatever column.
    const QModelIndex l = left.siblingAtColumn(0), r = right.siblingAtColumn(0);
    if (m_order == Order::LongestWaitFirst) {
        const qint64 a = l.data(FrontDeskModel::WaitedRole).toLongLong();
        const qint64 b = r.data(FrontDeskModel::WaitedRole).toLongLong();
        if (a != b)
            return a > b;
    }
    const int a = l.data(FrontDeskModel::StartRole).toInt();
    const int b = r.data(FrontDeskModel::StartRole).toInt();
    return a != b ? a < b : l.row() < r.row();
}

} // namespace jisr
