#pragma once

#include "cases/casedocument.h"
#include "evaluation/evaluation.h"

#include <QAbstractTableModel>

namespace jisr {

// The supporting documents an application needs, each ticked when the file holds it, with the
// documents that answer it. Ticking an item that is missing asks for the document
// (attachRequested); the tick then comes from the file itself, once the document is in it.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Item, Documents, ColumnCount };
    static constexpr int CodeRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(const QList<ChecklistItem> &items, const QList<CaseDocument> &documents);
    void setAttachable(bool attachable);
    // The codes still missing.
    QStringList missing() const;
    void retranslate();

signals:
    void attachRequested(const QString &code);

private:
    QList<ChecklistItem> m_items;
    QList<CaseDocument> m_documents;
    bool m_attachable = false;
};

} // namespace jisr
