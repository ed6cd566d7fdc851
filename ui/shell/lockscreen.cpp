#include "shell/lockscreen.h"

#include "common/applanguage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

LockScreen::LockScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"lockPage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    m_title = new QLabel;
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    m_user = new QLabel;
    m_user->setObjectName(u"lockUser"_s);
    m_user->setAlignment(Qt::AlignCenter);
    m_password = new QLineEdit;
    m_password->setObjectName(u"unlockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaximumWidth(320);
    m_error = new QLabel;
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_unlock = new QPushButton;
    m_unlock->setObjectName(u"unlockButton"_s);
    m_otherUser = new QPushButton;
    m_otherUser->setObjectName(u"otherUserButton"_s);
    outer->addWidget(m_title);
    outer->addWidget(m_user);
    outer->addWidget(m_password, 0, Qt::AlignHCenter);
    outer->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_otherUser);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    outer->addStretch(2);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::requestUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::requestUnlock);
    connect(m_otherUser, &QPushButton::clicked, this, &LockScreen::anotherUserRequested);
    retranslate();
}

void LockScreen::retranslate()
{
    m_title->setText(tr("Screen locked"));
    m_user->setText(tr("Locked by %1. Type the password to continue.")
                        .arg(m_lockedBy.displayName(AppLanguage::instance().current())));
    m_password->setPlaceholderText(tr("Password"));
    m_unlock->setText(tr("Unlock"));
    m_otherUser->setText(tr("Another user…"));
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::prepare(const Actor &lockedBy)
{
    m_lockedBy = lockedBy;
    m_password->clear();
    m_error->clear();
    m_password->setFocus();
    retranslate();
}

void LockScreen::showError(const QString &message)
{
    m_error->setText(message);
}

// The password leaves the field whatever the answer: it is never left on a shared screen.
void LockScreen::requestUnlock()
{
    const QString password = m_password->text();
    m_password->clear();
    emit unlockRequested(password);
}

} // namespace jisr
