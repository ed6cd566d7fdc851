#include "scheduling/frontdesktable.h"

#include "scheduling/frontdeskmodel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace jisr {

FrontDeskTable::FrontDeskTable(QAbstractItemModel *model, QWidget *parent) : QTableView(parent)
{
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab goes to the next list
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { remember(); });
    const auto restoreCurrent = [this] { restore(); };
    connect(model, &QAbstractItemModel::modelReset, this, restoreCurrent);
    connect(model, &QAbstractItemModel::layoutChanged, this, restoreCurrent);
    connect(model, &QAbstractItemModel::rowsRemoved, this, restoreCurrent);
    connect(model, &QAbstractItemModel::rowsInserted, this, restoreCurrent);
}

QString FrontDeskTable::currentAppointmentId() const
{
    return currentIndex().siblingAtColumn(0).data(FrontDeskModel::AppointmentIdRole).toString();
}

QString FrontDeskTable::currentCaseId() const
{
    return currentIndex().siblingAtColumn(0).data(FrontDeskModel::CaseIdRole).toString();
}

void FrontDeskTable::remember()
{
    if (!currentIndex().isValid())
        return;
    m_lastId = currentAppointmentId();
    m_lastRow = currentIndex().row();
}

void FrontDeskTable::restore()
{
    QAbstractItemModel *m = model();
    if (m->rowCount() == 0)
        return;
    if (currentIndex().isValid() && currentAppointmentId() == m_lastId)
        return;
    int row = std::min(m_lastRow, m->rowCount() - 1);
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(FrontDeskModel::AppointmentIdRole).toString() == m_lastId)
            row = r;
    setCurrentIndex(m->index(row, 0));
}

void FrontDeskTable::focusInEvent(QFocusEvent *event)
{
    if (!currentIndex().isValid() && model()->rowCount() > 0)
        setCurrentIndex(model()->index(0, 0));
    QTableView::focusInEvent(event);
}

void FrontDeskTable::keyPressEvent(QKeyEvent *event)
{
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentIndex().isValid())
            emit entered(currentAppointmentId());
        return;
    case Qt::Key_Backspace:
        emit erased();
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (plain && !text.isEmpty() && text.at(0).isPrint()) {
        emit typed(text);
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace jisr
