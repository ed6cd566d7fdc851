#pragma once

#include "accounts/authservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace jisr {

class Workspace;

// Who is at the keyboard. The language is chosen here first, so the layout direction is right
// before anything else is shown; a password reset by an administrator is replaced here too.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Workspace &workspace, QWidget *parent = nullptr);

    LoginResult result() const { return m_result; }
    void setLogin(const QString &login);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void tryLogin();
    // On success `actor` gets its capabilities back.
    bool changePassword(Actor &actor, const QString &current);

    Workspace &m_ws;
    LoginResult m_result;
    QLabel *m_title = nullptr;
    QLabel *m_centre = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_loginButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace jisr
