#pragma once

#include "platform/access/accesscontrol.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace jisr {

class CaseFileService;
class CaseListModel;

// The search-first page of the workstation: the results follow the typing in the search box,
// the most recent case files show when nothing is typed, and the arrows and Enter work from the
// box itself, so that finding and opening a file needs no mouse.
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPage(CaseFileService &cases, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    // Who is looking: the list is read again for them.
    void setActor(const Actor &actor);
    // The box takes the focus, its text selected so that typing starts a new search.
    void focusSearch();
    // The screen is locked: no search text and no file left in the list.
    void clear();

signals:
    void openCaseRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *buildTable();
    void retranslate();
    void fitColumnTitles();
    void applySearch();
    void openSelected();
    void updateHint();

    CaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_hint = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_searchTimer = nullptr;
    bool m_canCreate = false; // the hint offers Ctrl+N only to who may register
};

} // namespace jisr
