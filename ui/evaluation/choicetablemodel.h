#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace jisr {

// A fixed list of domains (rows), each with one or more columns holding a choice from a fixed
// list, or nothing (not assessed): impairments and their ICF qualifier, activities with their
// performance and capacity, environmental factors as barrier or facilitator. The first column
// names the domain; the others are edited with the keyboard (ChoiceDelegate, or a typed digit).
class ChoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The choices' words for the editor, "not assessed" first.
    static constexpr int ChoicesRole = Qt::UserRole + 1;
    // The stored code of a cell, empty when not assessed.
    static constexpr int CodeRole = Qt::UserRole + 2;

    ChoiceTableModel(QString headerCode, QStringList rowCodes, QStringList columnCodes,
                     QStringList choiceCodes, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEditable(bool editable);
    void clearChoices();
    // code empty: not assessed.
    void setChoice(const QString &rowCode, int column, const QString &code);
    QString choice(const QString &rowCode, int column) const;
    QStringList rowCodes() const { return m_rows; }
    // Tells the view that the words changed (language switch).
    void retranslate();

private:
    void store(const QModelIndex &index, const QString &code);

    QString m_headerCode;
    QStringList m_rows;
    QStringList m_columns;
    QStringList m_choices;
    QList<QStringList> m_values; // [row][column - 1]
    bool m_editable = true;
};

} // namespace jisr
