#pragma once

#include "cases/casesummary.h"
#include "platform/access/accesscontrol.h"
#include "search/casesearch.h"

#include <QAbstractTableModel>

namespace jisr {

class CaseFileService;

// The list under the search box. With no search text: every file, newest first, fetched a page
// at a time as the view scrolls (canFetchMore/fetchMore), so a million files never load at once.
// With search text: the ranked results of CaseSearch.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Dossier, NameAr, NameLat, Birth, Cin, Phone, ColumnCount };
    enum Roles { CaseIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;

    CaseListModel(CaseFileService &cases, QObject *parent = nullptr);

    // Changes who is looking (after a login); reloads.
    void setActor(const Actor &actor);
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void reload();
    // Column titles are translated: views are told to fetch them again.
    void retranslate();
    // Hides everything and forgets the search (locked screen).
    void clear();
    QString caseIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QString birthText(const CaseSummary &s) const;

    CaseFileService &m_cases;
    Actor m_actor;
    QString m_search;
    QList<CaseSummary> m_rows;
    bool m_atEnd = true;
};

} // namespace jisr
