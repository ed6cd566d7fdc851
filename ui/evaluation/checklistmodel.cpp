#include "evaluation/checklistmodel.h"

#include "common/codelabels.h"
#include "evaluation/evaluationlabels.h"

using namespace Qt::StringLiterals;

namespace jisr {

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChecklistItem &item = m_items.at(index.row());
    if (role == CodeRole)
        return item.code;
    if (index.column() == Item) {
        if (role == Qt::DisplayRole)
            return EvaluationLabels::label(item.code);
        if (role == Qt::CheckStateRole)
            return item.present ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (item.code == u"photo"_s)
        return item.present ? tr("In the file") : tr("Missing");
    QStringList titles;
    for (const CaseDocument &d : m_documents)
        if (d.docType == item.code)
            titles << (d.title.isEmpty() ? d.originalName : d.title);
    return titles.isEmpty() ? tr("Missing") : CodeLabels::joined(titles);
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Item ||
        role != Qt::CheckStateRole || !m_attachable)
        return false;
    // Only a missing document can be ticked, by attaching it; a document in the file stays.
    if (m_items.at(index.row()).present || value.toInt() != Qt::Checked)
        return false;
    emit attachRequested(m_items.at(index.row()).code);
    return false;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Item && m_attachable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Supporting document");
    case Documents:
        return tr("In the file");
    }
    return {};
}

void ChecklistModel::setItems(const QList<ChecklistItem> &items,
                              const QList<CaseDocument> &documents)
{
    beginResetModel();
    m_items = items;
    m_documents = documents;
    endResetModel();
}

void ChecklistModel::setAttachable(bool attachable)
{
    beginResetModel();
    m_attachable = attachable;
    endResetModel();
}

QStringList ChecklistModel::missing() const
{
    QStringList out;
    for (const ChecklistItem &i : m_items)
        if (!i.present)
            out << i.code;
    return out;
}

void ChecklistModel::retranslate()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace jisr
