#pragma once

#include "evaluation/evaluationpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace jisr {

class ChecklistModel;

// The application (reception, social workers): when it was received, who applies, for what;
// then the supporting documents the file must hold, each attached from here, and the sending to
// the committee, refused with the list of what is missing while anything is.
class ApplicationPage : public EvaluationPage
{
    Q_OBJECT

public:
    ApplicationPage(Workspace &workspace, const Actor &actor, QString caseId,
                    QWidget *parent = nullptr);

    void showEvaluation(const Evaluation &evaluation) override;
    QString title() const override;
    ChecklistModel *checklist() const { return m_checklist; }

protected:
    void retranslate() override;

private:
    void fillChoices();
    QString likelyKind() const;
    void openApplication();
    void attach(const QString &code);
    void attachSelected();
    void submit();
    void showMissing();

    QString m_caseId;
    QWidget *m_form = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_received = nullptr;
    QComboBox *m_applicant = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_labels[3] = {};
    QLabel *m_checklistTitle = nullptr;
    QTableView *m_checklistView = nullptr;
    ChecklistModel *m_checklist = nullptr;
    QLabel *m_missing = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace jisr
