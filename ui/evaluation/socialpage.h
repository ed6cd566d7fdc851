#pragma once

#include "evaluation/evaluationpage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace jisr {

class ChoiceTableModel;

// The social part (social workers only): activities and participation with their performance
// and capacity qualifiers, environmental factors as barriers or facilitators, the living
// situation and the RSU index. Other roles see that it is reserved, and nothing of it.
class SocialPage : public EvaluationPage
{
    Q_OBJECT

public:
    SocialPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    void showEvaluation(const Evaluation &evaluation) override;
    QString title() const override;
    ChoiceTableModel *participation() const { return m_participation; }
    ChoiceTableModel *environment() const { return m_environment; }

protected:
    void retranslate() override;

private:
    void buildForm();
    void save();
    void setEditable(bool editable);
    // The part as typed, with what is wrong with it in `problems`.
    SocialAssessment typed(QStringList &problems) const;

    QLabel *m_notice = nullptr;
    ChoiceTableModel *m_participation = nullptr;
    ChoiceTableModel *m_environment = nullptr;
    QLabel *m_legend = nullptr;
    QPlainTextEdit *m_living = nullptr;
    QLineEdit *m_rsu = nullptr;
    QLineEdit *m_assessedOn = nullptr;
    QLabel *m_worker = nullptr;
    QPushButton *m_save = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace jisr
