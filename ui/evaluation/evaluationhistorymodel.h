#pragma once

#include "evaluation/evaluation.h"

#include <QAbstractTableModel>

namespace jisr {

// A case file's applications, the newest first, each with the committee's decision: what a
// re-evaluation leaves behind stays listed.
class EvaluationHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Received, Kind, State, Reference, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEvaluations(const QList<Evaluation> &evaluations);
    const QList<Evaluation> &evaluations() const { return m_evaluations; }
    void retranslate();

private:
    QList<Evaluation> m_evaluations;
};

} // namespace jisr
