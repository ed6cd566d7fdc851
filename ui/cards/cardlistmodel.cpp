#include "cards/cardlistmodel.h"

#include "cards/cardservice.h"
#include "common/applanguage.h"
#include "platform/errors/coreerror.h"

using namespace Qt::StringLiterals;

namespace jisr {

CardListModel::CardListModel(CardService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
    connect(&m_service, &CardService::cardsChanged, this, &CardListModel::reload);
}

void CardListModel::show(const Actor &actor, const QString &state, int expiringDays)
{
    m_actor = actor;
    m_state = state;
    m_expiringDays = expiringDays;
    reload();
}

void CardListModel::reload()
{
    beginResetModel();
    m_list.clear();
    if (m_actor.isValid()) {
        try {
            m_list = m_service.list(m_actor, m_state, m_expiringDays);
        } catch (const CoreError &) {
            // Not allowed, or the database is gone: an empty list, the view says nothing more.
        }
    }
    endResetModel();
}

int CardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int CardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CardListModel::stateLabel(const QString &state)
{
    if (state == u"approved"_s)
        return tr("Approved, not printed");
    if (state == u"printed"_s)
        return tr("Printed, not delivered");
    if (state == u"delivered"_s)
        return tr("Delivered");
    if (state == u"void"_s)
        return tr("Void");
    if (state == u"revoked"_s)
        return tr("Revoked");
    return state;
}

QVariant CardListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_list.size())
        return {};
    const Card &c = m_list.at(index.row());
    if (role == IdRole)
        return c.id;
    const bool arabic = AppLanguage::instance().isArabic();
    if (role == Qt::DisplayRole || role == RawRole) {
        switch (index.column()) {
        case Number:
            return c.number;
        case Holder:
            return arabic && !c.holderArabic.isEmpty() ? c.holderArabic
                   : !c.holderLatin.isEmpty()          ? c.holderLatin
                                                       : c.holderArabic;
        case Dossier:
            return c.dossierNo;
        case State:
            return role == RawRole ? c.state : stateLabel(c.state);
        case ValidUntil:
            return role == RawRole ? c.validUntil.toString(Qt::ISODate)
                                   : QLocale().toString(c.validUntil, QLocale::ShortFormat);
        }
    }
    // Numbers and dates read left to right in either language.
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Number || index.column() == Dossier || index.column() == ValidUntil))
        return int(Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter);
    return {};
}

QVariant CardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Card number");
    case Holder:
        return tr("Holder");
    case Dossier:
        return tr("Dossier");
    case State:
        return tr("State");
    case ValidUntil:
        return tr("Valid until");
    }
    return {};
}

} // namespace jisr
