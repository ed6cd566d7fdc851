#pragma once

#include "platform/errors/validationissue.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace jisr {

class CaseFieldsPage;

// What the core finds in the case file being typed: each message under its field (errors in
// red, warnings in amber) once the user has left that field or tried to save, so that the form
// neither scolds about fields not yet reached nor jumps while typing; after a refused save, a
// line above the form that says what stops it; and, for a possible duplicate, a banner with a
// way to open the other file and an explicit "it is another person" that lets the save go ahead.
class CaseValidationView : public QWidget
{
    Q_OBJECT

public:
    CaseValidationView(CaseFieldsPage &fields, QWidget *parent = nullptr);

    void showIssues(const ValidationIssues &issues);
    // A new form or another file: nothing has been left or refused yet.
    void reset();
    // The user left this field: its problems may show.
    void reveal(const QString &field);
    // A save was refused: every problem shows, the line above the form says how many and the
    // cursor goes to the first (or to the duplicate's choice).
    void showRefusedSave(const ValidationIssues &issues);
    // The user said the possible duplicate is another person.
    bool duplicatesConfirmed() const;

signals:
    void openCaseRequested(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();
    void updateSummary();
    bool isShown(const ValidationIssue &issue) const;
    void showFieldMessage(const ValidationIssue &issue);
    QString firstErrorField() const;

    CaseFieldsPage &m_fields;
    ValidationIssues m_issues;
    QSet<QString> m_revealed;
    bool m_saveRefused = false;
    QString m_relatedCaseId;
    QLabel *m_summary = nullptr;
    QWidget *m_duplicateRow = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_openExisting = nullptr;
    QCheckBox *m_confirmDifferent = nullptr;
};

} // namespace jisr
