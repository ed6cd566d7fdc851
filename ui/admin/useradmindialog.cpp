#include "admin/useradmindialog.h"

#include "accounts/userservice.h"
#include "common/codelabels.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

UserAdminDialog::UserAdminDialog(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ws(workspace), m_actor(actor)
{
    setObjectName(u"userAdminDialog"_s);
    setWindowTitle(tr("Users of the centre"));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a user…"));
    auto *toggle = new QPushButton(tr("Disable / enable"));
    auto *reset = new QPushButton(tr("Reset the password…"));
    auto *close = new QPushButton(tr("Close"));
    buttons->addWidget(add);
    buttons->addWidget(toggle);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &UserAdminDialog::addUser);
    connect(toggle, &QPushButton::clicked, this, &UserAdminDialog::toggleActive);
    connect(reset, &QPushButton::clicked, this, &UserAdminDialog::resetPassword);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    refresh();
}

void UserAdminDialog::refresh()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name (French)"), tr("Name (Arabic)"), tr("Roles"), tr("Status")});
    try {
        for (const UserAccount &u : m_ws.users().list(m_actor)) {
            QStringList roles;
            for (Role r : u.roles)
                roles << CodeLabels::label(roleCode(r));
            QList<QStandardItem *> row;
            for (const QString &cell :
                 {u.login, u.nameFr, u.nameAr, CodeLabels::joined(roles),
                  u.active
                      ? (u.mustChangePassword ? tr("Active, must change password") : tr("Active"))
                      : tr("Disabled")})
                row << new QStandardItem(cell);
            m_model->appendRow(row);
        }
    } catch (const CoreError &e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
    m_view->resizeColumnsToContents();
}

QString UserAdminDialog::selectedLogin() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->item(i.row(), 0)->text() : QString();
}

void UserAdminDialog::addUser()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add a user"));
    auto *layout = new QFormLayout(&form);
    auto *login = new QLineEdit;
    login->setLayoutDirection(Qt::LeftToRight);
    auto *nameFr = new QLineEdit;
    auto *nameAr = new QLineEdit;
    nameAr->setLayoutDirection(Qt::RightToLeft);
    auto *language = new QComboBox;
    language->addItem(u"Français"_s, u"fr"_s);
    language->addItem(u"العربية"_s, u"ar"_s);
    auto *password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    layout->addRow(tr("Login"), login);
    layout->addRow(tr("Name (French)"), nameFr);
    layout->addRow(tr("Name (Arabic)"), nameAr);
    layout->addRow(tr("Language"), language);
    QList<std::pair<QCheckBox *, Role>> roleBoxes;
    for (Role r : allRoles()) {
        auto *box = new QCheckBox(CodeLabels::label(roleCode(r)));
        roleBoxes.append({box, r});
        layout->addRow(QString(), box);
    }
    layout->addRow(tr("Temporary password"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    while (form.exec() == QDialog::Accepted) {
        UserAccount a;
        a.login = login->text();
        a.nameFr = nameFr->text();
        a.nameAr = nameAr->text();
        a.language = language->currentData().toString();
        for (const auto &[box, role] : roleBoxes)
            if (box->isChecked())
                a.roles << role;
        try {
            m_ws.users().add(m_actor, a, password->text());
            refresh();
            return;
        } catch (const CoreError &e) {
            MessageBox::warning(&form, tr("Add a user"), e.message());
        }
    }
}

void UserAdminDialog::toggleActive()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    try {
        const auto account = m_ws.users().findByLogin(login);
        m_ws.users().setActive(m_actor, login, !(account && account->active));
        refresh();
    } catch (const CoreError &e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
}

void UserAdminDialog::resetPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    bool ok = false;
    const QString temporary = QInputDialog::getText(
        this, tr("Reset the password"),
        tr("Temporary password for %1 (they choose their own at the next login):").arg(login),
        QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    try {
        m_ws.users().resetPassword(m_actor, login, temporary);
        refresh();
    } catch (const CoreError &e) {
        MessageBox::warning(this, windowTitle(), e.message());
    }
}

} // namespace jisr
