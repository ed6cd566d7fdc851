#include "evaluation/evaluationhistorymodel.h"

#include "common/bidi.h"
#include "evaluation/evaluationlabels.h"

namespace jisr {

int EvaluationHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_evaluations.size());
}

int EvaluationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Evaluation &e = m_evaluations.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == Qt::UserRole && index.column() == Received) // for sorting
        return e.receivedOn;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Received:
        return EvaluationLabels::date(e.receivedOn);
    case Kind:
        return EvaluationLabels::label(e.kind);
    case State:
        return EvaluationLabels::outcome(e);
    case Reference:
        return e.decisionRef.isEmpty() ? QString()
                                       : leftToRight(e.decisionRef) + QStringLiteral(" · ") +
                                             EvaluationLabels::date(e.decisionDate);
    }
    return {};
}

QVariant EvaluationHistoryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case Kind:
        return tr("Application");
    case State:
        return tr("Decision");
    case Reference:
        return tr("Committee reference");
    }
    return {};
}

void EvaluationHistoryModel::setEvaluations(const QList<Evaluation> &evaluations)
{
    beginResetModel();
    m_evaluations = evaluations;
    endResetModel();
}

void EvaluationHistoryModel::retranslate()
{
    if (!m_evaluations.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace jisr
