#include "shell/mainwindow.h"

#include "admin/adminmenu.h"
#include "cases/casecsvactions.h"
#include "cases/caseformwidget.h"
#include "cases/caselistmodel.h"
#include "centre/settingsservice.h"
#include "common/applanguage.h"
#include "platform/settings/workstationsettings.h"
#include "scheduling/bookingdialog.h"
#include "scheduling/dayviewdialog.h"
#include "scheduling/frontdeskpage.h"
#include "shell/helpmenu.h"
#include "shell/idlefilter.h"
#include "shell/lockscreen.h"
#include "shell/searchpage.h"
#include "shell/statusbarlabels.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace jisr {

MainWindow::MainWindow(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QMainWindow(parent), m_ws(workspace)
{
    setObjectName(u"mainWindow"_s);
    buildPages();
    m_session = new SessionController(m_ws, actor, *m_form, this);
    m_idle = new IdleFilter(this);
    m_status = new StatusBarLabels(m_ws, statusBar());
    buildMenus();
    connectSession();
    applyActor();
    resize(1180, 760);
}

CaseListModel *MainWindow::listModel() const
{
    return m_searchPage->model();
}

void MainWindow::buildPages()
{
    m_stack = new QStackedWidget;
    setCentralWidget(m_stack);
    m_searchPage = new SearchPage(m_ws.cases());
    m_form = new CaseFormWidget(m_ws);
    m_lockScreen = new LockScreen;
    m_stack->addWidget(m_searchPage);
    m_stack->addWidget(m_form);
    m_stack->addWidget(m_lockScreen);
    m_frontDesk = new FrontDeskPage(m_ws);
    m_stack->addWidget(m_frontDesk);
    connect(m_frontDesk, &FrontDeskPage::openCaseRequested, this, &MainWindow::openCase);
    connect(m_form, &CaseFormWidget::bookRequested, this, &MainWindow::bookFor);
    connect(m_searchPage, &SearchPage::openCaseRequested, this, &MainWindow::openCase);
    connect(m_form, &CaseFormWidget::closeRequested, this, &MainWindow::showSearch);
    connect(m_form, &CaseFormWidget::openCaseRequested, this, &MainWindow::openCase);
    connect(m_form, &CaseFormWidget::saved, this,
            [this] { statusBar()->showMessage(tr("Case file saved."), 4000); });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newCase);
    m_newAction->setShortcut(QKeySequence::New);
    m_fileMenu->addSeparator();
    m_lockAction = m_fileMenu->addAction(QString(), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_switchAction = m_fileMenu->addAction(QString(), this, [this] {
        lock();
        m_session->askAnotherUser(this);
    });
    m_passwordAction =
        m_fileMenu->addAction(QString(), this, [this] { m_session->changeOwnPassword(this); });
    m_fileMenu->addSeparator();
    m_csv = new CaseCsvActions(m_ws, this);
    m_fileMenu->addAction(m_csv->importAction());
    m_fileMenu->addAction(m_csv->exportAction());
    connect(m_csv, &CaseCsvActions::casesImported, listModel(), &CaseListModel::reload);
    connect(m_csv, &CaseCsvActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_fileMenu->addSeparator();
    m_dayAction = m_fileMenu->addAction(QString(), this, [this] {
        auto *dialog = new DayViewDialog(m_ws, m_session->actor(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_dayAction->setObjectName(u"dayViewAction"_s);
    m_frontDeskAction = m_fileMenu->addAction(QString(), this, &MainWindow::showFrontDesk);
    m_frontDeskAction->setObjectName(u"frontDeskAction"_s);
    m_frontDeskAction->setShortcut(Qt::Key_F3);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    buildLanguageMenu();

    m_adminMenu = new AdminMenu(m_ws, this);
    menuBar()->addMenu(m_adminMenu);
    menuBar()->addMenu(new HelpMenu(this));
    connect(m_adminMenu, &AdminMenu::idleDelayChanged, this, [this](int minutes) {
        m_idle->setDelayMinutes(minutes);
        m_idle->start();
    });
    connect(m_adminMenu, &AdminMenu::centreDetailsChanged, this, &MainWindow::retranslate);
}

// Each language in its own name, the current one ticked.
void MainWindow::buildLanguageMenu()
{
    auto *group = new QActionGroup(this);
    for (const auto &[code, name] :
         {std::pair{u"fr"_s, u"Français"_s}, std::pair{u"ar"_s, u"العربية"_s}}) {
        QAction *action =
            m_languageMenu->addAction(name, this, [code] { AppLanguage::instance().apply(code); });
        action->setObjectName(u"language_"_s + code);
        action->setCheckable(true);
        action->setData(code);
        group->addAction(action);
    }
    const auto tickCurrent = [group] {
        for (QAction *a : group->actions())
            a->setChecked(a->data().toString() == AppLanguage::instance().current());
    };
    connect(&AppLanguage::instance(), &AppLanguage::changed, this, tickCurrent);
    tickCurrent();
}

void MainWindow::connectSession()
{
    connect(m_idle, &IdleFilter::idle, this, &MainWindow::lock);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockScreen, &LockScreen::anotherUserRequested, this,
            [this] { m_session->askAnotherUser(this); });
    connect(m_session, &SessionController::locked, this, &MainWindow::showLocked);
    connect(m_session, &SessionController::unlocked, this, &MainWindow::showUnlocked);
    connect(m_session, &SessionController::unlockFailed, m_lockScreen, &LockScreen::showError);
    connect(m_session, &SessionController::userChanged, this, &MainWindow::showNewUser);
    connect(m_session, &SessionController::draftRestored, this, &MainWindow::showRestoredDraft);
    connect(m_session, &SessionController::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::retranslate()
{
    setWindowTitle(
        isLocked()
            ? tr("Jisr — locked")
            : tr("Jisr — %1").arg(m_ws.settings().centreName(AppLanguage::instance().current())));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New case file"));
    m_lockAction->setText(tr("&Lock the screen"));
    m_switchAction->setText(tr("&Switch user…"));
    m_quitAction->setText(tr("&Quit"));
    m_passwordAction->setText(tr("Change my &password…"));
    m_dayAction->setText(tr("&Appointments of the day…"));
    m_frontDeskAction->setText(tr("&Front desk today"));
    m_csv->retranslate();
    m_languageMenu->setTitle(tr("L&anguage"));
    m_status->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// Everything the user may do and see follows their roles; they start at the search.
void MainWindow::applyActor()
{
    const Actor &actor = m_session->actor();
    m_form->setActor(actor);
    m_searchPage->setActor(actor);
    m_newAction->setEnabled(actor.can(Capability::EditIdentity));
    m_dayAction->setEnabled(actor.can(Capability::ViewSchedules) ||
                            actor.can(Capability::MarkConsultations));
    m_frontDeskAction->setEnabled(m_dayAction->isEnabled());
    m_frontDesk->clear();
    m_csv->setActor(actor);
    m_adminMenu->setActor(actor);
    m_status->setActor(actor);
    m_idle->setDelayMinutes(m_ws.centreSettings().idleLockMinutes());
    m_idle->start();
    retranslate();
    showSearch();
}

// True when the form may be left: not in front, or its changes saved or given up.
bool MainWindow::leaveForm()
{
    return m_stack->currentWidget() != m_form || m_form->confirmLeave();
}

void MainWindow::showSearch()
{
    if (isLocked())
        return;
    m_status->refreshEmergencies();
    if (!leaveForm())
        return;
    m_stack->setCurrentWidget(m_searchPage);
    m_searchPage->focusSearch();
}

void MainWindow::showFrontDesk()
{
    if (isLocked() || !m_frontDeskAction->isEnabled() || !leaveForm())
        return;
    m_frontDesk->setActor(actor());
    m_stack->setCurrentWidget(m_frontDesk);
    m_frontDesk->showToday();
}

void MainWindow::bookFor(const QString &caseId, const QString &person)
{
    BookingDialog dialog(m_ws, actor(), caseId, person, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.summary(), 20000);
}

void MainWindow::newCase()
{
    if (isLocked() || !actor().can(Capability::EditIdentity) || !leaveForm())
        return;
    m_form->newCase();
    m_stack->setCurrentWidget(m_form);
    m_form->focusFirstField();
}

void MainWindow::openCase(const QString &requestedId)
{
    const QString caseId = requestedId; // leaving the form may reset where the reference lives
    if (isLocked() || caseId.isEmpty() || !leaveForm())
        return;
    if (!m_form->openCase(caseId))
        return;
    m_stack->setCurrentWidget(m_form);
    m_form->focusFirstField();
}

void MainWindow::lock()
{
    m_session->lock();
}

bool MainWindow::unlock(const QString &password)
{
    return m_session->unlock(password);
}

void MainWindow::switchTo(const Actor &next)
{
    m_session->switchTo(next);
}

void MainWindow::importCasesFrom(const QString &path)
{
    m_csv->importFrom(path);
}

// Personal data leaves the screen: the list is emptied, the form is out of sight (its content
// stays in memory for the same user), dialogs of this window are closed.
void MainWindow::showLocked()
{
    m_idle->stop();
    m_formWasShown = m_stack->currentWidget() == m_form;
    m_frontDeskWasShown = m_stack->currentWidget() == m_frontDesk;
    m_searchPage->clear();
    m_frontDesk->clear();
    for (QDialog *d : findChildren<QDialog *>())
        d->reject();
    m_stack->setCurrentWidget(m_lockScreen);
    m_lockScreen->prepare(actor());
    menuBar()->setEnabled(false);
    m_status->setLocked(true);
    retranslate();
}

void MainWindow::showUnlocked(SessionController::Resume resume)
{
    // Back to the form only if it was in front: a file the user left stays left.
    const bool backToForm = resume == SessionController::Resume::WhereLeft && m_formWasShown;
    menuBar()->setEnabled(true);
    m_stack->setCurrentWidget(backToForm ? static_cast<QWidget *>(m_form) : m_searchPage);
    m_searchPage->setActor(actor());
    m_status->setLocked(false);
    m_idle->start();
    retranslate();
    if (resume == SessionController::Resume::WhereLeft && m_frontDeskWasShown)
        showFrontDesk();
    else if (!backToForm)
        m_searchPage->focusSearch();
}

void MainWindow::showNewUser()
{
    menuBar()->setEnabled(true);
    m_status->setLocked(false);
    m_stack->setCurrentWidget(m_searchPage);
    applyActor();
}

void MainWindow::showRestoredDraft()
{
    m_stack->setCurrentWidget(m_form);
    statusBar()->showMessage(tr("Your unsaved case file was kept for you."), 6000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!isLocked() && !leaveForm()) {
        event->ignore();
        return;
    }
    m_session->logout();
    event->accept();
}

} // namespace jisr
