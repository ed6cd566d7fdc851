#pragma once

#include <QStyledItemDelegate>

namespace jisr {

// Edits a ChoiceTableModel cell with a combo box of the model's words; the combo box finds an
// entry by its first letter or digit, so "3" chooses the qualifier 3 from the keyboard.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    // The choice is taken as soon as it is made, not only when the cell is left.
    void commitChoice();
};

} // namespace jisr
