#include "shell/mainwindow.h"

#include "accounts/authservice.h"
#include "accounts/passwordpolicy.h"
#include "accounts/userservice.h"
#include "admin/auditlogdialog.h"
#include "admin/useradmindialog.h"
#include "cases/casecsvexporter.h"
#include "cases/caseformwidget.h"
#include "cases/caseimportdialog.h"
#include "cases/caselistmodel.h"
#include "centre/settingsservice.h"
#include "common/applanguage.h"
#include "common/bidi.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "platform/audit/auditservice.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "shell/logindialog.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

MainWindow::MainWindow(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QMainWindow(parent), m_ws(workspace), m_actor(actor)
{
    setObjectName(u"mainWindow"_s);
    m_stack = new QStackedWidget;
    setCentralWidget(m_stack);
    buildSearchPage();
    m_form = new CaseFormWidget(m_ws, this);
    m_stack->addWidget(m_form);
    buildLockPage();
    buildMenus();

    m_statusUser = new QLabel;
    m_statusUser->setObjectName(u"statusUser"_s);
    m_statusSync = new QLabel;
    m_statusSync->setObjectName(u"statusSync"_s);
    m_statusCentre = new QLabel;
    m_statusCentre->setObjectName(u"statusCentre"_s);
    m_statusEmergency = new QLabel;
    m_statusEmergency->setObjectName(u"statusEmergency"_s);
    m_statusEmergency->setStyleSheet(u"QLabel { color: #a04000; font-weight: bold; }"_s);
    m_statusEmergency->hide();
    statusBar()->addWidget(m_statusUser);
    statusBar()->addWidget(m_statusCentre, 1);
    statusBar()->addPermanentWidget(m_statusEmergency);
    statusBar()->addPermanentWidget(m_statusSync);

    connect(m_form, &CaseFormWidget::closeRequested, this, &MainWindow::showSearch);
    connect(m_form, &CaseFormWidget::openCaseRequested, this, &MainWindow::openCase);
    connect(m_form, &CaseFormWidget::saved, this,
            [this] { statusBar()->showMessage(tr("Case file saved."), 4000); });

    m_idleTimer = new QTimer(this);
    m_idleTimer->setObjectName(u"idleTimer"_s);
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::lock);
    qApp->installEventFilter(this);

    retranslate();
    applyActor();
    resize(1180, 760);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::buildSearchPage()
{
    m_searchPage = new QWidget;
    auto *layout = new QVBoxLayout(m_searchPage);
    m_search = new QLineEdit;
    m_search->setObjectName(u"searchBox"_s);
    m_search->setClearButtonEnabled(true);
    QFont f = m_search->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    m_search->setFont(f);
    m_search->installEventFilter(this);
    m_searchHint = new QLabel;
    m_searchHint->setObjectName(u"searchHint"_s);
    m_model = new CaseListModel(m_ws.cases(), this);
    m_table = new QTableView;
    m_table->setObjectName(u"caseList"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(CaseListModel::Dossier, 170);
    m_table->setColumnWidth(CaseListModel::NameAr, 220);
    m_table->setColumnWidth(CaseListModel::NameLat, 220);
    m_table->setColumnWidth(CaseListModel::Birth, 100);
    m_table->setColumnWidth(CaseListModel::Cin, 110);
    m_table->installEventFilter(this);
    layout->addWidget(m_search);
    layout->addWidget(m_searchHint);
    layout->addWidget(m_table, 1);
    m_stack->addWidget(m_searchPage);

    // Results follow the typing, without a query per keystroke.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_search->text());
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        updateCount();
    });
    connect(m_table, &QTableView::activated, this, [this] { openSelected(); });
}

void MainWindow::buildLockPage()
{
    m_lockPage = new QWidget;
    m_lockPage->setObjectName(u"lockPage"_s);
    auto *outer = new QVBoxLayout(m_lockPage);
    outer->addStretch(1);
    m_lockTitle = new QLabel;
    QFont f = m_lockTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_lockTitle->setFont(f);
    m_lockTitle->setAlignment(Qt::AlignCenter);
    m_lockUser = new QLabel;
    m_lockUser->setObjectName(u"lockUser"_s);
    m_lockUser->setAlignment(Qt::AlignCenter);
    m_lockPassword = new QLineEdit;
    m_lockPassword->setObjectName(u"unlockPassword"_s);
    m_lockPassword->setEchoMode(QLineEdit::Password);
    m_lockPassword->setMaximumWidth(320);
    m_lockError = new QLabel;
    m_lockError->setAlignment(Qt::AlignCenter);
    m_lockError->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_unlockButton = new QPushButton;
    m_unlockButton->setObjectName(u"unlockButton"_s);
    m_otherUserButton = new QPushButton;
    m_otherUserButton->setObjectName(u"otherUserButton"_s);
    outer->addWidget(m_lockTitle);
    outer->addWidget(m_lockUser);
    outer->addWidget(m_lockPassword, 0, Qt::AlignHCenter);
    outer->addWidget(m_lockError);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_unlockButton);
    buttons->addWidget(m_otherUserButton);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    outer->addStretch(2);
    m_stack->addWidget(m_lockPage);
    connect(m_unlockButton, &QPushButton::clicked, this,
            [this] { unlock(m_lockPassword->text()); });
    connect(m_lockPassword, &QLineEdit::returnPressed, this,
            [this] { unlock(m_lockPassword->text()); });
    connect(m_otherUserButton, &QPushButton::clicked, this, &MainWindow::askAnotherUser);
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
        askAnotherUser();
    });
    m_passwordAction = m_fileMenu->addAction(QString(), this, &MainWindow::changeOwnPassword);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importCases);
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCases);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    m_french = m_languageMenu->addAction(u"Français"_s, this,
                                         [] { AppLanguage::instance().apply(u"fr"_s); });
    m_arabic = m_languageMenu->addAction(u"العربية"_s, this,
                                         [] { AppLanguage::instance().apply(u"ar"_s); });

    m_adminMenu = menuBar()->addMenu(QString());
    m_usersAction = m_adminMenu->addAction(QString(), this, &MainWindow::showUsers);
    m_auditAction = m_adminMenu->addAction(QString(), this, &MainWindow::showAuditLog);
    m_idleAction = m_adminMenu->addAction(QString(), this, &MainWindow::setIdleDelay);
}

void MainWindow::retranslate()
{
    setWindowTitle(isLocked() ? tr("Jisr — locked")
                              : tr("Jisr — %1").arg(m_ws.settings().centreName()));
    m_search->setPlaceholderText(
        tr("Search: name in Arabic or Latin letters, CIN, IDCS, phone or dossier number"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New case file"));
    m_lockAction->setText(tr("&Lock the screen"));
    m_switchAction->setText(tr("&Switch user…"));
    m_quitAction->setText(tr("&Quit"));
    m_passwordAction->setText(tr("Change my &password…"));
    m_importAction->setText(tr("&Import case files (CSV)…"));
    m_exportAction->setText(tr("&Export case files (CSV)…"));
    m_languageMenu->setTitle(tr("L&anguage"));
    m_adminMenu->setTitle(tr("&Administration"));
    m_usersAction->setText(tr("&Users…"));
    m_auditAction->setText(tr("&Audit log…"));
    m_idleAction->setText(tr("Automatic &lock delay…"));
    m_lockTitle->setText(tr("Screen locked"));
    m_lockUser->setText(tr("Locked by %1. Type the password to continue.")
                            .arg(m_actor.displayName(AppLanguage::instance().current())));
    m_lockPassword->setPlaceholderText(tr("Password"));
    m_unlockButton->setText(tr("Unlock"));
    m_otherUserButton->setText(tr("Another user…"));
    m_statusUser->setText(
        tr("User: %1 (%2)")
            .arg(m_actor.displayName(AppLanguage::instance().current()), m_actor.login));
    m_statusSync->setText(tr("Offline — synchronisation not configured"));
    m_statusCentre->setText(m_ws.settings().centreName());
    // Column titles change with the language: a column is never narrower than its title
    // (widths are otherwise fixed, so that a million rows are never measured).
    QHeaderView *header = m_table->horizontalHeader();
    m_model->retranslate();
    for (int c = 0; c < m_model->columnCount() - 1; ++c)
        m_table->setColumnWidth(c, qMax(m_table->columnWidth(c), header->sectionSizeHint(c)));
    updateEmergencyStatus();
    updateCount();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyActor()
{
    m_form->setActor(m_actor);
    m_model->setActor(m_actor);
    m_newAction->setEnabled(m_actor.can(Capability::EditIdentity));
    m_usersAction->setVisible(m_actor.can(Capability::ManageUsers));
    m_auditAction->setVisible(m_actor.can(Capability::ViewAudit));
    m_idleAction->setVisible(m_actor.can(Capability::ManageSettings));
    m_importAction->setVisible(m_actor.can(Capability::ImportData));
    m_exportAction->setVisible(m_actor.can(Capability::ExportData));
    m_adminMenu->menuAction()->setVisible(m_actor.can(Capability::ManageUsers) ||
                                          m_actor.can(Capability::ViewAudit));
    m_idleTimer->setInterval(m_ws.centreSettings().idleLockMinutes() * 60 * 1000);
    m_idleTimer->start();
    retranslate();
    showSearch();
}

void MainWindow::updateCount()
{
    if (!m_searchHint || isLocked())
        return;
    const int n = m_model->rowCount();
    if (m_model->searchText().isEmpty())
        m_searchHint->setText(tr("Most recent case files. Ctrl+N: new case file."));
    else if (n == 0)
        m_searchHint->setText(tr("No case file found. Ctrl+N: register this person."));
    else
        m_searchHint->setText(
            tr("%n case file(s) found. Enter opens the selected one.", nullptr, n));
}

bool MainWindow::isLocked() const
{
    return m_stack && m_stack->currentWidget() == m_lockPage;
}

// Emergency accesses to medical notes in the last 30 days, for the administrators and doctors
// of the centre: the count in the status bar, who/when/which file in its tooltip.
void MainWindow::updateEmergencyStatus()
{
    m_statusEmergency->hide();
    m_statusEmergency->setToolTip(QString());
    if (isLocked() ||
        !(m_actor.can(Capability::ViewAudit) || m_actor.can(Capability::ReadMedicalNotes)))
        return;
    try {
        const QList<AuditEntry> recent = m_ws.auditQueries().emergencyAccesses(
            m_actor, QDateTime::currentDateTimeUtc().addDays(-30));
        if (recent.isEmpty())
            return;
        QStringList lines{tr("Emergency accesses to medical notes in the last 30 days:")};
        for (const AuditEntry &e : recent)
            lines << u"%1 — %2 — %3"_s.arg(
                leftToRight(e.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s)), e.login,
                leftToRight(dossierOf(e)));
        // Short: the status bar also holds the user, the centre and the sync state.
        m_statusEmergency->setText(tr("Emergency accesses (30 days): %1").arg(recent.size()));
        m_statusEmergency->setToolTip(lines.join(u'\n'));
        m_statusEmergency->show();
    } catch (const CoreError &) {
        // Not allowed after all: nothing to show.
    }
}

void MainWindow::showSearch()
{
    if (isLocked())
        return;
    updateEmergencyStatus();
    if (m_stack->currentWidget() == m_form && !m_form->confirmLeave())
        return;
    m_stack->setCurrentWidget(m_searchPage);
    m_search->setFocus();
    m_search->selectAll();
}

void MainWindow::newCase()
{
    if (isLocked() || !m_actor.can(Capability::EditIdentity))
        return;
    if (m_stack->currentWidget() == m_form && !m_form->confirmLeave())
        return;
    m_form->newCase();
    m_stack->setCurrentWidget(m_form);
}

void MainWindow::openCase(const QString &caseId)
{
    if (isLocked() || caseId.isEmpty())
        return;
    if (m_stack->currentWidget() == m_form && !m_form->confirmLeave())
        return;
    if (m_form->openCase(caseId))
        m_stack->setCurrentWidget(m_form);
}

void MainWindow::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    openCase(m_model->caseIdAt(row));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type t = event->type();
    if (t == QEvent::KeyPress || t == QEvent::MouseButtonPress || t == QEvent::Wheel)
        restartIdleTimer();
    if (t == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search) {
            // The search box drives the list: arrows move, Enter opens.
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up ||
                key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) {
                QApplication::sendEvent(m_table, event);
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                m_searchTimer->stop();
                if (m_model->searchText() != m_search->text().trimmed()) {
                    m_model->setSearchText(m_search->text());
                    m_table->selectRow(0);
                }
                openSelected();
                return true;
            }
        }
        if (key->key() == Qt::Key_Escape && m_stack->currentWidget() == m_form &&
            isAncestorOf(qobject_cast<QWidget *>(watched))) {
            showSearch();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restartIdleTimer()
{
    if (!isLocked() && m_idleTimer)
        m_idleTimer->start();
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_idleTimer->stop();
    m_ws.auth().lock(m_actor);
    // Personal data leaves the screen: the list is emptied, the form is out of sight (its
    // content stays in memory for the same user), dialogs of this window are closed.
    m_model->clear();
    m_search->clear();
    for (QDialog *d : findChildren<QDialog *>())
        d->reject();
    m_stack->setCurrentWidget(m_lockPage);
    menuBar()->setEnabled(false);
    m_lockPassword->clear();
    m_lockError->clear();
    m_lockPassword->setFocus();
    retranslate();
}

bool MainWindow::unlock(const QString &password)
{
    try {
        const LoginResult r = m_ws.auth().unlock(m_actor, password);
        m_actor = r.actor;
        m_lockPassword->clear();
        menuBar()->setEnabled(true);
        m_stack->setCurrentWidget(
            m_form->isDirty() || !m_form->isNew() ? static_cast<QWidget *>(m_form) : m_searchPage);
        m_model->setActor(m_actor);
        m_idleTimer->start();
        retranslate();
        if (m_stack->currentWidget() == m_searchPage)
            m_search->setFocus();
        return true;
    } catch (const CoreError &e) {
        m_lockError->setText(e.message());
        m_lockPassword->clear();
        return false;
    }
}

void MainWindow::askAnotherUser()
{
    LoginDialog dialog(m_ws, this);
    if (dialog.exec() == QDialog::Accepted)
        switchTo(dialog.result().actor);
}

void MainWindow::switchTo(const Actor &next)
{
    if (next.userId == m_actor.userId) {
        menuBar()->setEnabled(true);
        m_stack->setCurrentWidget(m_searchPage);
        m_model->setActor(m_actor);
        retranslate(); // the title and status bar leave their locked state
        restartIdleTimer();
        return;
    }
    // The first user's unsaved form waits for them, and only for them.
    if (m_form->isDirty())
        m_drafts.insert(m_actor.userId, {m_form->draft(), m_form->original()});
    m_ws.auth().logout(m_actor);
    m_form->clearAll();
    m_actor = next;
    menuBar()->setEnabled(true);
    m_stack->setCurrentWidget(m_searchPage);
    applyActor();
    if (m_drafts.contains(m_actor.userId)) {
        const Draft d = m_drafts.take(m_actor.userId);
        m_form->restoreDraft(d.draft, d.original);
        m_stack->setCurrentWidget(m_form);
        statusBar()->showMessage(tr("Your unsaved case file was kept for you."), 6000);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!isLocked() && m_stack->currentWidget() == m_form && !m_form->confirmLeave()) {
        event->ignore();
        return;
    }
    m_ws.auth().logout(m_actor);
    event->accept();
}

void MainWindow::showUsers()
{
    UserAdminDialog dialog(m_ws, m_actor, this);
    dialog.exec();
}

void MainWindow::showAuditLog()
{
    AuditLogDialog dialog(m_ws, m_actor, this);
    dialog.exec();
}

void MainWindow::importCases()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import case files"), QString(),
                                    tr("CSV or text files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCasesFrom(path);
}

void MainWindow::importCasesFrom(const QString &path)
{
    CaseImportDialog dialog(m_ws, m_actor, path, this);
    connect(&dialog, &CaseImportDialog::casesImported, m_model, &CaseListModel::reload);
    dialog.exec();
}

void MainWindow::exportCases()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export case files"),
                                                     u"dossiers.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        const qint64 n = CaseCsvExporter(m_ws).run(m_actor, path);
        statusBar()->showMessage(tr("%n case file(s) exported.", nullptr, int(n)), 10000);
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Export case files"), e.message());
    }
}

void MainWindow::setIdleDelay()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(
        this, tr("Automatic lock"), tr("Lock the screen after this many minutes without use:"),
        m_ws.centreSettings().idleLockMinutes(), 1, 60, 1, &ok);
    if (!ok)
        return;
    try {
        m_ws.centreSettings().setIdleLockMinutes(m_actor, minutes);
        m_idleTimer->setInterval(minutes * 60 * 1000);
        m_idleTimer->start();
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Automatic lock"), e.message());
    }
}

void MainWindow::changeOwnPassword()
{
    bool ok = false;
    const QString current = QInputDialog::getText(
        this, tr("Change my password"), tr("Current password:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString next = QInputDialog::getText(
        this, tr("Change my password"),
        tr("New password (at least %1 characters):").arg(PasswordPolicy::MinLength),
        QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString again = QInputDialog::getText(
        this, tr("Change my password"), tr("New password again:"), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    if (next != again) {
        MessageBox::warning(this, tr("Change my password"), tr("The two passwords are different."));
        return;
    }
    try {
        m_actor = m_ws.users().changeOwnPassword(m_actor, current, next);
        statusBar()->showMessage(tr("Your password was changed."), 5000);
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Change my password"), e.message());
    }
}

} // namespace jisr
