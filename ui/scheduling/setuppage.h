#pragma once

#include "platform/access/accesscontrol.h"

#include <QDate>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QTableView;

namespace jisr {

class SetupTableModel;
class Workspace;

// What the pages of the scheduling set-up share: the workspace and the administrator, a message
// line under the page, typed dates (dd/mm/yyyy) and times (HH:MM) read strictly, and saving:
// a refusal (of the core or of a field) is said in the message line and nothing is saved.
class SetupPage : public QWidget
{
    Q_OBJECT

public:
    SetupPage(Workspace &ws, const Actor &actor, QWidget *parent = nullptr);

    QString message() const;
    // Fills the page again from the core.
    virtual void reload() = 0;

protected:
    // Runs a save; true when it went through. The message says what was saved or why not.
    bool save(const std::function<void()> &write, const QString &done);
    void say(const QString &text, bool error);
    // Thrown inside save() by the readers below: said like a refusal of the core.
    QDate typedDate(QLineEdit *field, bool required, const QString &what) const;
    int typedClock(QLineEdit *field, const QString &what) const;
    QLineEdit *dateField(const QString &objectName) const;
    QTableView *tableFor(SetupTableModel *model, const QString &objectName) const;
    QLabel *messageLabel() const { return m_message; }

    Workspace &m_ws;
    Actor m_actor;

private:
    QLabel *m_message;
};

} // namespace jisr
