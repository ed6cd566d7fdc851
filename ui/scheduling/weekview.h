#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace jisr {

// Paints a schedule model (WeekScheduleModel: a column per day, a row per quarter of an hour)
// as a calendar: the days across, the hours down, each appointment one block from its start to
// its end with its time and dossier. In Arabic it mirrors itself: Monday on the right, the hours
// on the right edge. It holds no data: it repaints whenever the model changes.
class WeekView : public QWidget
{
    Q_OBJECT

public:
    explicit WeekView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    QSize sizeHint() const override;
    // The area of a column's cells (without the header), in widget coordinates, mirrored in
    // right-to-left layouts.
    QRect columnRect(int column) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int headerHeight() const;
    int timeWidth() const;
    qreal rowHeight() const;
    void paintBlocks(class QPainter &p, int column) const;

    QPointer<QAbstractItemModel> m_model;
};

} // namespace jisr
