#pragma once

#include "cards/cardprintlog.h"

#include <QAbstractTableModel>

namespace jisr {

// The print log as a table, read through CardPrintLog with a filter (card, dates); reloads
// when the cards change (a print adds a line).
class PrintLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PrintedAt, Card, Copy, Kind, Reason, Printer, User, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1; // ISO time, numbers, codes: for sorting

    PrintLogModel(PlatformServices &platform, QObject *parent = nullptr);

    void show(const Actor &actor, const CardPrintLog::Filter &filter);
    void reload();
    // The error of the last reload (not allowed), empty when it worked.
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    CardPrintLog m_log;
    Actor m_actor;
    CardPrintLog::Filter m_filter;
    QList<CardPrintLog::Entry> m_entries;
    QString m_error;
};

} // namespace jisr
