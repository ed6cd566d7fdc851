#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace jisr {

// The lists of the scheduling set-up screens (practitioners, hours, absences, rooms, closing
// days, services): rows of text already in words, each with the id of what it shows. The pages
// fill it from the core after every change.
class SetupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole;

    explicit SetupTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setHeaders(const QStringList &headers);
    void setRows(const QList<QStringList> &rows, const QStringList &ids);
    QString idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QStringList m_ids;
};

} // namespace jisr
