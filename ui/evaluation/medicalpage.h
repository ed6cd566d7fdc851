#pragma once

#include "evaluation/evaluationpage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace jisr {

class ChoiceTableModel;

// The medical part (doctors only): diagnosis, its ICD-10 code, impairments by domain with their
// ICF qualifier, assistive devices, the examination's date. Other roles see that it is reserved
// to doctors, and nothing of it: the page then has no field at all.
class MedicalPage : public EvaluationPage
{
    Q_OBJECT

public:
    MedicalPage(Workspace &workspace, const Actor &actor, QWidget *parent = nullptr);

    void showEvaluation(const Evaluation &evaluation) override;
    QString title() const override;
    ChoiceTableModel *impairments() const { return m_impairments; }

protected:
    void retranslate() override;

private:
    void buildForm();
    void save();
    void setEditable(bool editable);

    QLabel *m_notice = nullptr;
    QPlainTextEdit *m_diagnosis = nullptr;
    QLineEdit *m_icd10 = nullptr;
    ChoiceTableModel *m_impairments = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_legend = nullptr;
    QLineEdit *m_devices = nullptr;
    QLineEdit *m_examinedOn = nullptr;
    QLabel *m_examiner = nullptr;
    QPushButton *m_save = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace jisr
