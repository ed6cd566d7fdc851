#include "evaluation/choicedelegate.h"

#include "evaluation/choicetablemodel.h"

#include <QComboBox>

namespace jisr {

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("choiceEditor"));
    box->addItems(index.data(ChoiceTableModel::ChoicesRole).toStringList());
    // The choice is taken as soon as it is made, not only when the cell is left.
    connect(box, &QComboBox::activated, this, &ChoiceDelegate::commitChoice);
    return box;
}

void ChoiceDelegate::commitChoice()
{
    if (auto *box = qobject_cast<QComboBox *>(sender()))
        emit commitData(box);
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QComboBox *>(editor)->setCurrentIndex(index.data(Qt::EditRole).toInt());
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentIndex(), Qt::EditRole);
}

} // namespace jisr
