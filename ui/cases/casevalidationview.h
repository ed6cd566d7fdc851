#pragma once

#include "platform/errors/validationissue.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace jisr {

class CaseFieldsPage;

// What the core finds in the case file being typed: each message under its field (errors in
// red, warnings in amber) and, for a possible duplicate, a banner above the form with a way to
// open the other file and an explicit "it is another person" that lets the save go ahead.
class CaseValidationView : public QWidget
{
    Q_OBJECT

public:
    CaseValidationView(CaseFieldsPage &fields, QWidget *parent = nullptr);

    void showIssues(const ValidationIssues &issues);
    // The user said the possible duplicate is another person.
    bool duplicatesConfirmed() const;

signals:
    void openCaseRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFieldMessage(const ValidationIssue &issue);

    CaseFieldsPage &m_fields;
    QString m_relatedCaseId;
    QLabel *m_banner = nullptr;
    QPushButton *m_openExisting = nullptr;
    QCheckBox *m_confirmDifferent = nullptr;
};

} // namespace jisr
