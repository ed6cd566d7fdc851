#include "cases/caselistmodel.h"

#include "cases/casefileservice.h"
#include "cases/identifiers.h"
#include "common/bidi.h"

using namespace Qt::StringLiterals;

namespace jisr {

CaseListModel::CaseListModel(CaseFileService &cases, QObject *parent)
    : QAbstractTableModel(parent), m_cases(cases)
{
    connect(&m_cases, &CaseFileService::caseCreated, this, [this] { reload(); });
    connect(&m_cases, &CaseFileService::caseChanged, this, [this] { reload(); });
}

void CaseListModel::setActor(const Actor &actor)
{
    m_actor = actor;
    reload();
}

void CaseListModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

void CaseListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void CaseListModel::clear()
{
    beginResetModel();
    m_search.clear(); // the next reload, after the lock, is not the search of before
    m_rows.clear();
    m_atEnd = true;
    endResetModel();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    if (m_actor.can(Capability::ReadIdentity)) {
        if (m_search.isEmpty()) {
            m_rows = m_cases.recent(m_actor, 0, PageSize);
            m_atEnd = m_rows.size() < PageSize;
        } else {
            for (const SearchHit &hit : m_cases.search(m_actor, m_search, PageSize))
                m_rows << hit.summary;
        }
    }
    endResetModel();
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_search.isEmpty();
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const QList<CaseSummary> page = m_cases.recent(m_actor, m_rows.last().localNo, PageSize);
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QString CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::birthText(const CaseSummary &s) const
{
    if (s.birthYearOnly || !s.birthDate.isValid())
        return s.birthYear > 0 ? QString::number(s.birthYear) : QString();
    return s.birthDate.toString(u"dd/MM/yyyy"_s);
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseSummary &s = m_rows.at(index.row());
    if (role == CaseIdRole)
        return s.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Dossier:
        return leftToRight(s.dossierNo);
    case NameAr:
        return s.nameAr;
    case NameLat:
        return s.nameLat;
    case Birth:
        return leftToRight(birthText(s));
    case Cin:
        return leftToRight(s.cin);
    case Phone:
        return leftToRight(Identifiers::formatPhone(s.phone));
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Dossier:
        return tr("Dossier");
    case NameAr:
        return tr("Name (Arabic)");
    case NameLat:
        return tr("Name (Latin)");
    case Birth:
        return tr("Born");
    case Cin:
        return tr("CIN");
    case Phone:
        return tr("Phone");
    }
    return {};
}

} // namespace jisr
