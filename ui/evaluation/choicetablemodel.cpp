#include "evaluation/choicetablemodel.h"

#include "evaluation/evaluationlabels.h"

namespace jisr {

ChoiceTableModel::ChoiceTableModel(QString headerCode, QStringList rowCodes,
                                   QStringList columnCodes, QStringList choiceCodes,
                                   QObject *parent)
    : QAbstractTableModel(parent), m_headerCode(std::move(headerCode)), m_rows(std::move(rowCodes)),
      m_columns(std::move(columnCodes)), m_choices(std::move(choiceCodes))
{
    for (int r = 0; r < m_rows.size(); ++r)
        m_values << QStringList(m_columns.size());
}

int ChoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant ChoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.column() == 0)
        return role == Qt::DisplayRole ? EvaluationLabels::label(m_rows.at(index.row()))
                                       : QVariant();
    const QString code = m_values.at(index.row()).at(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return code.isEmpty() ? QString() : EvaluationLabels::label(code);
    case Qt::EditRole: // the position in ChoicesRole's list
        return code.isEmpty() ? 0 : int(m_choices.indexOf(code)) + 1;
    case Qt::ToolTipRole:
        return code.isEmpty() ? QString() : EvaluationLabels::longLabel(code);
    case CodeRole:
        return code;
    case ChoicesRole: {
        QStringList words{tr("— not assessed")};
        for (const QString &c : m_choices)
            words << EvaluationLabels::longLabel(c);
        return words;
    }
    }
    return {};
}

bool ChoiceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == 0 || !m_editable)
        return false;
    QString code;
    if (role == Qt::EditRole) {
        const int position = value.toInt();
        if (position < 0 || position > m_choices.size())
            return false;
        code = position == 0 ? QString() : m_choices.at(position - 1);
    } else if (role == CodeRole) {
        code = value.toString();
        if (!code.isEmpty() && !m_choices.contains(code))
            return false;
    } else {
        return false;
    }
    store(index, code);
    return true;
}

void ChoiceTableModel::store(const QModelIndex &index, const QString &code)
{
    m_values[index.row()][index.column() - 1] = code;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, CodeRole});
}

Qt::ItemFlags ChoiceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() > 0 && m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ChoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section > m_columns.size())
        return {};
    return EvaluationLabels::label(section == 0 ? m_headerCode : m_columns.at(section - 1));
}

void ChoiceTableModel::setEditable(bool editable)
{
    m_editable = editable;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ChoiceTableModel::clearChoices()
{
    for (QStringList &row : m_values)
        row.fill(QString());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
}

void ChoiceTableModel::setChoice(const QString &rowCode, int column, const QString &code)
{
    const int r = int(m_rows.indexOf(rowCode));
    // Loading a saved part: also into a read-only table.
    if (r >= 0 && column >= 1 && column <= m_columns.size() &&
        (code.isEmpty() || m_choices.contains(code)))
        store(index(r, column), code);
}

QString ChoiceTableModel::choice(const QString &rowCode, int column) const
{
    const int r = int(m_rows.indexOf(rowCode));
    if (r < 0 || column < 1 || column > m_columns.size())
        return {};
    return m_values.at(r).at(column - 1);
}

void ChoiceTableModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace jisr
