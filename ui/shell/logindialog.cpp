#include "shell/logindialog.h"

#include "accounts/passwordpolicy.h"
#include "accounts/userservice.h"
#include "common/applanguage.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

LoginDialog::LoginDialog(Workspace &workspace, QWidget *parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(u"loginDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel;
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_centre = new QLabel;
    m_centre->setObjectName(u"loginCentre"_s);
    m_centre->setAlignment(Qt::AlignLeading |
                           Qt::AlignVCenter); // with the title, in both directions
    layout->addWidget(m_title);
    layout->addWidget(m_centre);
    auto *form = new QFormLayout;
    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"العربية"_s, u"ar"_s);
    m_language->setCurrentIndex(AppLanguage::instance().isArabic() ? 1 : 0);
    m_login = new QLineEdit;
    m_login->setObjectName(u"loginEdit"_s);
    m_login->setLayoutDirection(Qt::LeftToRight);
    m_password = new QLineEdit;
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_languageLabel = new QLabel;
    m_loginLabel = new QLabel;
    m_passwordLabel = new QLabel;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(u"loginError"_s);
    m_error->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    // Our own buttons: a box's standard buttons take back Qt's "OK" and "Cancel" after every
    // change of language, over our "Log in".
    m_buttons = new QDialogButtonBox;
    m_loginButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(u"loginButton"_s);
    m_loginButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { AppLanguage::instance().apply(m_language->currentData().toString()); });
    retranslate();
    m_login->setFocus();
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    // The cursor goes where the typing starts: the login while it is empty.
    if (login.isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Jisr — Log in"));
    m_title->setText(tr("Jisr"));
    m_centre->setText(m_ws.settings().centreName(AppLanguage::instance().current()));
    m_languageLabel->setText(tr("&Language"));
    m_languageLabel->setBuddy(m_language);
    m_loginLabel->setText(tr("L&ogin"));
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setText(tr("&Password"));
    m_passwordLabel->setBuddy(m_password);
    m_loginButton->setText(tr("Log in"));
    m_cancelButton->setText(tr("Cancel"));
}

void LoginDialog::tryLogin()
{
    try {
        LoginResult r = m_ws.auth().login(m_login->text(), m_password->text());
        if (r.mustChangePassword) {
            if (!changePassword(r.actor, m_password->text())) {
                m_ws.auth().logout(r.actor);
                m_password->clear();
                return;
            }
            r.mustChangePassword = false;
        }
        m_result = r;
        m_password->clear();
        accept();
    } catch (const CoreError &e) {
        m_error->setText(e.message());
        m_password->clear();
        m_password->setFocus();
    }
}

bool LoginDialog::changePassword(Actor &actor, const QString &current)
{
    for (;;) {
        bool ok = false;
        const QString next = QInputDialog::getText(
            this, tr("Choose your password"),
            tr("Your password was set by an administrator. Choose your own (at least %1 "
               "characters):")
                .arg(PasswordPolicy::MinLength),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return false;
        const QString again = QInputDialog::getText(
            this, tr("Choose your password"), tr("Type it again:"), QLineEdit::Password, {}, &ok);
        if (!ok)
            return false;
        if (next != again) {
            MessageBox::warning(this, tr("Choose your password"),
                                tr("The two passwords are different."));
            continue;
        }
        try {
            actor = m_ws.users().changeOwnPassword(actor, current, next);
            return true;
        } catch (const CoreError &e) {
            MessageBox::warning(this, tr("Choose your password"), e.message());
        }
    }
}

} // namespace jisr
