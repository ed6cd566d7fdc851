#include "scheduling/weekview.h"

#include "scheduling/schedulegrid.h"

#include <QAbstractItemModel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace jisr {

WeekView::WeekView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(480, 360);
}

void WeekView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!m_model)
        return;
    const auto repaint = [this] { update(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, repaint);
    connect(m_model, &QAbstractItemModel::dataChanged, this, repaint);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, repaint);
    update();
}

QSize WeekView::sizeHint() const
{
    return {860, 600};
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int WeekView::timeWidth() const
{
    return fontMetrics().horizontalAdvance(u"00:00"_s) + 12;
}

qreal WeekView::rowHeight() const
{
    const int rows = m_model ? std::max(1, m_model->rowCount()) : 1;
    return qreal(height() - headerHeight()) / rows;
}

QRect WeekView::columnRect(int column) const
{
    const int columns = m_model ? std::max(1, m_model->columnCount()) : 1;
    const qreal w = qreal(width() - timeWidth()) / columns;
    const int left = timeWidth() + qRound(column * w);
    const QRect ltr(left, headerHeight(), qRound((column + 1) * w) - qRound(column * w),
                    height() - headerHeight());
    // Mirrored in Arabic: the first day on the right, the hours on the right edge.
    return QStyle::visualRect(layoutDirection(), rect(), ltr);
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_model)
        return;
    const QColor line = palette().mid().color();
    const qreal rh = rowHeight();
    // The hours down the side, a rule each hour and a fainter one each quarter, across the days.
    const QRect grid = QStyle::visualRect(layoutDirection(), rect(),
                                          QRect(timeWidth(), 0, width() - timeWidth(), height()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int y = headerHeight() + qRound(row * rh);
        const bool hour = ScheduleGrid::minuteOf(row) % 60 == 0;
        p.setPen(hour ? line : line.lighter(130));
        p.drawLine(grid.left(), y, grid.right(), y);
        if (hour) {
            const QRect label = QStyle::visualRect(layoutDirection(), rect(),
                                                   QRect(2, y, timeWidth() - 6, int(rh * 2)));
            p.setPen(palette().text().color());
            p.drawText(label, Qt::AlignTrailing | Qt::AlignTop,
                       m_model->headerData(row, Qt::Vertical).toString());
        }
    }
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QRect area = columnRect(column);
        p.setPen(line);
        p.drawLine(area.left(), 0, area.left(), height());
        p.fillRect(QRect(area.left(), 0, area.width(), headerHeight()), palette().button());
        p.setPen(palette().buttonText().color());
        p.drawText(QRect(area.left(), 0, area.width(), headerHeight()), Qt::AlignCenter,
                   m_model->headerData(column, Qt::Horizontal).toString());
        paintBlocks(p, column);
    }
}

// Consecutive cells of one appointment make one block.
void WeekView::paintBlocks(QPainter &p, int column) const
{
    const QRect area = columnRect(column);
    const qreal rh = rowHeight();
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows;) {
        const QModelIndex first = m_model->index(row, column);
        const QString id = first.data(ScheduleGrid::AppointmentIdRole).toString();
        if (id.isEmpty()) {
            ++row;
            continue;
        }
        int end = row + 1;
        while (end < rows &&
               m_model->index(end, column).data(ScheduleGrid::AppointmentIdRole).toString() == id)
            ++end;
        const QRectF block(area.left() + 2, area.top() + row * rh + 1, area.width() - 4,
                           (end - row) * rh - 2);
        QPainterPath path;
        path.addRoundedRect(block, 4, 4);
        p.fillPath(path, first.data(Qt::BackgroundRole).value<QBrush>());
        p.setPen(palette().text().color());
        // One line, elided: a short visit's block is one line high.
        const QRectF text = block.adjusted(4, 1, -4, -1);
        p.drawText(text, Qt::AlignTop | Qt::AlignLeading,
                   fontMetrics().elidedText(first.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                            int(text.width())));
        row = end;
    }
}

} // namespace jisr
