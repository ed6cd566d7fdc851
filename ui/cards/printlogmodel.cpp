#include "cards/printlogmodel.h"

#include "platform/errors/coreerror.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace jisr {

PrintLogModel::PrintLogModel(PlatformServices &platform, QObject *parent)
    : QAbstractTableModel(parent), m_log(platform)
{
}

void PrintLogModel::show(const Actor &actor, const CardPrintLog::Filter &filter)
{
    m_actor = actor;
    m_filter = filter;
    reload();
}

void PrintLogModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    try {
        m_entries = m_log.entries(m_actor, m_filter);
    } catch (const CoreError &e) {
        m_error = e.message();
    }
    endResetModel();
}

int PrintLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PrintLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrintLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CardPrintLog::Entry &e = m_entries.at(index.row());
    if (role == RawRole) {
        switch (index.column()) {
        case PrintedAt:
            return e.printedAt;
        case Copy:
            return e.copy;
        case Kind:
            return e.kind;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    switch (index.column()) {
    case PrintedAt:
        // Isolated left to right: in an Arabic table the time would otherwise come first.
        return QString(
            QChar(0x2066) +
            QDateTime::fromString(e.printedAt, Qt::ISODateWithMs).toString(u"dd/MM/yyyy HH:mm"_s) +
            QChar(0x2069));
    case Card:
        return e.cardNumber;
    case Copy:
        return QString::number(e.copy);
    case Kind:
        return e.kind == u"reprint"_s ? tr("Reprint") : tr("First print");
    case Reason:
        return e.reason;
    case Printer:
        return e.printer;
    case User:
        return e.login;
    default:
        return {};
    }
}

QVariant PrintLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PrintedAt:
        return tr("Printed on");
    case Card:
        return tr("Card");
    case Copy:
        return tr("Copy");
    case Kind:
        return tr("First or reprint");
    case Reason:
        return tr("Reason");
    case Printer:
        return tr("Printer");
    case User:
        return tr("By");
    default:
        return {};
    }
}

} // namespace jisr
