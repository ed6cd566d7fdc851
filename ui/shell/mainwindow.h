#pragma once

#include "cases/casefile.h"
#include "platform/access/accesscontrol.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace jisr {

class CaseFormWidget;
class CaseListModel;
class Workspace;

// The search-first window of a shared workstation. Focus starts in the search box; results
// update as one types; Enter opens the selected file, Ctrl+N starts a new one, Esc goes back.
// After the centre's idle delay, or with Ctrl+L, the screen locks: every personal detail is
// hidden until the same user unlocks or another one logs in; an unsaved form is kept as a draft
// that only its author gets back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Actor &actor() const { return m_actor; }
    bool isLocked() const;
    CaseFormWidget *form() const { return m_form; }
    CaseListModel *listModel() const { return m_model; }

public slots:
    void newCase();
    void openCase(const QString &caseId);
    void showSearch();
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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Draft
    {
        CaseFile draft;
        CaseFile original;
    };
    void buildSearchPage();
    void buildLockPage();
    void buildMenus();
    void retranslate();
    void applyActor();
    void openSelected();
    void updateCount();
    void askAnotherUser();
    void restartIdleTimer();
    void showUsers();
    void showAuditLog();
    void setIdleDelay();
    void changeOwnPassword();
    void updateEmergencyStatus();
    void importCases();
    void exportCases();

    Workspace &m_ws;
    Actor m_actor;
    QHash<QString, Draft> m_drafts; // user id -> unsaved form kept across a switch of user

    QStackedWidget *m_stack = nullptr;
    QWidget *m_searchPage = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchHint = nullptr;
    QTableView *m_table = nullptr;
    CaseListModel *m_model = nullptr;
    QTimer *m_searchTimer = nullptr;
    CaseFormWidget *m_form = nullptr;

    QWidget *m_lockPage = nullptr;
    QLabel *m_lockTitle = nullptr;
    QLabel *m_lockUser = nullptr;
    QLineEdit *m_lockPassword = nullptr;
    QLabel *m_lockError = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_otherUserButton = nullptr;
    QTimer *m_idleTimer = nullptr;

    QLabel *m_statusUser = nullptr;
    QLabel *m_statusSync = nullptr;
    QLabel *m_statusEmergency = nullptr;
    QLabel *m_statusCentre = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_adminMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_switchAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_french = nullptr;
    QAction *m_arabic = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_idleAction = nullptr;
};

} // namespace jisr
