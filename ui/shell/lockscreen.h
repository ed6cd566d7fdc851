#pragma once

#include "platform/access/accesscontrol.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace jisr {

// What a locked workstation shows: who locked it, a password field for them to come back, and
// a way for another user to log in. Nothing of any case file.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget *parent = nullptr);

    // Ready for `lockedBy` to type their password: the field empty and focused, no error.
    void prepare(const Actor &lockedBy);
    void showError(const QString &message);

signals:
    void unlockRequested(const QString &password);
    void anotherUserRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void requestUnlock();

    Actor m_lockedBy;
    QLabel *m_title = nullptr;
    QLabel *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_otherUser = nullptr;
};

} // namespace jisr
