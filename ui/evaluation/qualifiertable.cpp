#include "evaluation/qualifiertable.h"

#include "evaluation/choicedelegate.h"
#include "evaluation/choicetablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace jisr {

QStringList QualifierTable::codes()
{
    return {u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s};
}

QTableView *QualifierTable::newView(ChoiceTableModel *model, const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setItemDelegate(new ChoiceDelegate(view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Not on every move of the current cell: the arrows go through the table, a digit or F2 edits.
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                          QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return view;
}

QLabel *QualifierTable::newLegend()
{
    auto *legend = new QLabel;
    legend->setObjectName(u"qualifierLegend"_s);
    legend->setWordWrap(true);
    legend->setStyleSheet(u"QLabel { color: #4a5a6a; }"_s);
    return legend;
}

} // namespace jisr
