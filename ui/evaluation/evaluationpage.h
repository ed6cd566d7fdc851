#pragma once

#include "evaluation/evaluation.h"
#include "platform/access/accesscontrol.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace jisr {

class CoreError;
class Workspace;

// One page of the evaluation dialog (application, medical part, social part, decision). Each
// shows the evaluation it is given and reads what its part needs; a page whose part the role
// may not see shows a notice instead of its form, built from the start without any field.
class EvaluationPage : public QWidget
{
    Q_OBJECT

public:
    EvaluationPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    // The evaluation to show; its id is empty while the application is not opened.
    virtual void showEvaluation(const Evaluation &evaluation) = 0;
    virtual QString title() const = 0;

signals:
    // Something was written: the dialog reads the evaluation again and shows it on every page.
    void changed(const QString &evaluationId);

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;

    // The line under the form: why nothing was saved, or what was.
    QLabel *newMessageLine(const QString &objectName);
    void showProblem(const CoreError &error);
    void showProblem(const QString &text);
    void showDone(const QString &text);
    // A part shown after the application went to the committee: read-only, and says why.
    void showFrozen(bool frozen);
    // A person's name as the interface language writes it, French where there is no Arabic.
    static QString nameIn(const QString &nameFr, const QString &nameAr);
    // "Reserved to ..." in place of a form the role may not see.
    static QLabel *newNotice(const QString &objectName);
    // A date typed day/month/year, kept left to right in Arabic.
    static QLineEdit *newDateField(const QString &objectName);
    static void setDate(QLineEdit *field, const QDate &date);
    // The typed date, or an invalid one with the reason added to `problems` (empty: none given).
    static QDate typedDate(QLineEdit *field, const QString &what, QStringList &problems);

    Workspace &m_ws;
    const Actor m_actor;
    Evaluation m_evaluation;

private:
    QLabel *m_message = nullptr;
};

} // namespace jisr
