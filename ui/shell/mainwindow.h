#pragma once

#include "platform/access/accesscontrol.h"
#include "shell/sessioncontroller.h"

#include <QMainWindow>

class QAction;
class QMenu;
class QStackedWidget;

namespace jisr {

class AdminMenu;
class CaseCsvActions;
class CaseFormWidget;
class CaseListModel;
class FrontDeskPage;
class IdleFilter;
class LockScreen;
class SearchPage;
class StatusBarLabels;
class Workspace;

// The search-first window of a shared workstation. Focus starts in the search box; results
// update as one types; Enter opens the selected file, Ctrl+N starts a new one, Esc goes back.
// After the centre's idle delay, or with Ctrl+L, the screen locks: every personal detail is
// hidden until the same user unlocks or another one logs in; an unsaved form is kept as a draft
// that only its author gets back. The window puts together the pages (SearchPage,
// CaseFormWidget, LockScreen) and follows the SessionController.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    const Actor &actor() const { return m_session->actor(); }
    bool isLocked() const { return m_session->isLocked(); }
    CaseFormWidget *form() const { return m_form; }
    CaseListModel *listModel() const;
    FrontDeskPage *frontDesk() const { return m_frontDesk; }

public slots:
    void newCase();
    void openCase(const QString &caseId);
    void showSearch();
    // The front desk of today (F3), where reception spends the day.
    void showFrontDesk();
    void lock();
    // Used by the lock screen and tests: unlock as the same user.
    bool unlock(const QString &password);
    // Another user takes the workstation (after a successful login).
    void switchTo(const Actor &actor);
    // The import dialog on a chosen file (File > Import asks for the file first).
    void importCasesFrom(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void buildLanguageMenu();
    void connectSession();
    void retranslate();
    void applyActor();
    bool leaveForm();
    void showLocked();
    void showUnlocked(SessionController::Resume resume);
    void showNewUser();
    void showRestoredDraft();
    void bookFor(const QString &caseId, const QString &person);

    Workspace &m_ws;
    SessionController *m_session = nullptr;
    IdleFilter *m_idle = nullptr;

    QStackedWidget *m_stack = nullptr;
    SearchPage *m_searchPage = nullptr;
    CaseFormWidget *m_form = nullptr;
    LockScreen *m_lockScreen = nullptr;
    FrontDeskPage *m_frontDesk = nullptr;
    StatusBarLabels *m_status = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    AdminMenu *m_adminMenu = nullptr;
    CaseCsvActions *m_csv = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_switchAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QAction *m_dayAction = nullptr;
    QAction *m_frontDeskAction = nullptr;
    QAction *m_quitAction = nullptr;
    bool m_formWasShown = false; // when the screen was locked
    bool m_frontDeskWasShown = false;
};

} // namespace jisr
