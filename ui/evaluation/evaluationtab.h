#pragma once

#include "cases/casetab.h"
#include "evaluation/evaluationdialog.h"

#include <QPointer>

class QPushButton;
class QTableView;

namespace jisr {

class EvaluationHistoryModel;

// The case file's applications for a disability card, the newest first with the committee's
// decision: a new application (or re-evaluation) starts here and each one opens in the
// evaluation dialog (Enter or a double click).
class EvaluationTab : public CaseTab
{
    Q_OBJECT

public:
    explicit EvaluationTab(Workspace &workspace, QWidget *parent = nullptr);

    EvaluationHistoryModel *model() const { return m_model; }
    // The dialog last opened from here, while it is open.
    EvaluationDialog *dialog() const { return m_dialog; }

protected:
    void load() override;
    void clear() override;
    void subjectChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openDialog(const QString &evaluationId);
    void openSelected();
    void updateButtons();

    EvaluationHistoryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPointer<EvaluationDialog> m_dialog;
};

} // namespace jisr
