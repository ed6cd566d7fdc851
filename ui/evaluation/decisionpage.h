#pragma once

#include "evaluation/evaluationpage.h"

#include <QMap>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace jisr {

// The committee's decision: recorded by an administrator once the application is at the
// committee, read by every role. Validity defaults to seven years from the decision's date, by
// the Clock; a refusal needs its reasons. After an eligible decision the administrator issues
// the card from here.
class DecisionPage : public EvaluationPage
{
    Q_OBJECT

public:
    DecisionPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    void showEvaluation(const Evaluation &evaluation) override;
    QString title() const override;

protected:
    void retranslate() override;

private:
    QWidget *buildForm();
    void fillDegrees();
    void dateEdited();
    void record();
    void issueCard();
    void printRefusalLetter();
    QString summary() const;
    void showSummary();

    QLabel *m_summary = nullptr;
    QGroupBox *m_form = nullptr;
    QRadioButton *m_eligible = nullptr;
    QRadioButton *m_refused = nullptr;
    QComboBox *m_degree = nullptr;
    QMap<QString, QCheckBox *> m_types;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_validFrom = nullptr;
    QLineEdit *m_validUntil = nullptr;
    QPlainTextEdit *m_reasons = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_letter = nullptr;
    QList<QLabel *> m_labels;
    QString m_cardNumber;
};

} // namespace jisr
