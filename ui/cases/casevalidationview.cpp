#include "cases/casevalidationview.h"

#include "cases/casefieldspage.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

int errorCount(const ValidationIssues &issues)
{
    return int(std::count_if(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) {
        return i.severity == ValidationIssue::Severity::Error;
    }));
}

bool isDuplicate(const ValidationIssue &issue)
{
    return !issue.relatedCaseId.isEmpty();
}

} // namespace

CaseValidationView::CaseValidationView(CaseFieldsPage &fields, QWidget *parent)
    : QWidget(parent), m_fields(fields)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel;
    m_summary->setObjectName(u"saveProblems"_s);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(
        u"QLabel { background: #fbe9e7; color: #b3261e; padding: 6px; font-weight: bold; }"_s);
    column->addWidget(m_summary);
    m_duplicateRow = new QWidget;
    auto *row = new QHBoxLayout(m_duplicateRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel;
    m_banner->setObjectName(u"duplicateBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #fff4ce; padding: 6px; }"_s);
    m_openExisting = new QPushButton;
    m_openExisting->setObjectName(u"openExistingButton"_s);
    m_confirmDifferent = new QCheckBox;
    m_confirmDifferent->setObjectName(u"confirmDifferentPerson"_s);
    row->addWidget(m_banner, 1);
    row->addWidget(m_openExisting);
    row->addWidget(m_confirmDifferent);
    column->addWidget(m_duplicateRow);
    // A copy: leaving the form resets this view, and the member with it, before the file opens.
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        const QString id = m_relatedCaseId;
        emit openCaseRequested(id);
    });
    connect(m_confirmDifferent, &QCheckBox::toggled, this, &CaseValidationView::updateSummary);
    retranslate();
    showIssues({});
}

void CaseValidationView::retranslate()
{
    m_openExisting->setText(tr("Open the existing file"));
    m_confirmDifferent->setText(tr("It is another person"));
    updateSummary();
}

void CaseValidationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool CaseValidationView::duplicatesConfirmed() const
{
    return m_confirmDifferent->isChecked();
}

void CaseValidationView::reset()
{
    m_revealed.clear();
    m_saveRefused = false;
    m_confirmDifferent->setChecked(false);
    showIssues({});
}

void CaseValidationView::reveal(const QString &field)
{
    if (m_revealed.contains(field))
        return;
    m_revealed.insert(field);
    render();
}

void CaseValidationView::showRefusedSave(const ValidationIssues &issues)
{
    m_saveRefused = true;
    showIssues(issues);
    if (errorCount(issues) > 0)
        m_fields.focusField(firstErrorField());
    else if (m_confirmDifferent->isVisibleTo(this))
        m_confirmDifferent->setFocus(Qt::OtherFocusReason);
    else
        m_openExisting->setFocus(Qt::OtherFocusReason);
}

// The first field in error in the order of the form, not in the order of the checks.
QString CaseValidationView::firstErrorField() const
{
    QString first;
    qsizetype best = std::numeric_limits<qsizetype>::max();
    for (const ValidationIssue &i : m_issues) {
        if (i.severity != ValidationIssue::Severity::Error)
            continue;
        const QString field = i.field == u"birth_year"_s ? u"birth_date"_s : i.field;
        qsizetype at = m_fields.fieldOrder().indexOf(field);
        if (at < 0)
            at = m_fields.fieldOrder().size();
        if (at < best) {
            best = at;
            first = i.field;
        }
    }
    return first;
}

bool CaseValidationView::isShown(const ValidationIssue &issue) const
{
    return m_saveRefused || m_revealed.contains(issue.field) ||
           (issue.field == u"birth_year"_s && m_revealed.contains(u"birth_date"_s));
}

void CaseValidationView::showFieldMessage(const ValidationIssue &issue)
{
    const QString field = issue.field == u"birth_year"_s ? u"birth_date"_s : issue.field;
    QLabel *l = m_fields.messageLabels().value(field);
    if (!l)
        return;
    const bool error = issue.severity == ValidationIssue::Severity::Error;
    l->setText(l->text().isEmpty() ? issue.message : l->text() + u'\n' + issue.message);
    l->setStyleSheet(error ? u"QLabel { color: #b3261e; }"_s : u"QLabel { color: #8a5a00; }"_s);
    l->show();
}

void CaseValidationView::showIssues(const ValidationIssues &issues)
{
    m_issues = issues;
    render();
}

// A duplicate that is only a warning goes to the banner alone, whatever was left: it is about
// the whole person; an error (the same CIN) is also shown under its field.
void CaseValidationView::render()
{
    for (QLabel *l : m_fields.messageLabels()) {
        l->clear();
        l->hide();
    }
    m_relatedCaseId.clear();
    QStringList duplicates;
    for (const ValidationIssue &i : std::as_const(m_issues)) {
        if (isDuplicate(i)) {
            m_relatedCaseId = i.relatedCaseId;
            duplicates << i.message;
            if (i.severity != ValidationIssue::Severity::Error)
                continue;
        }
        if (isShown(i) || isDuplicate(i))
            showFieldMessage(i);
    }
    m_banner->setText(duplicates.join(u'\n'));
    m_openExisting->setVisible(!m_relatedCaseId.isEmpty());
    const bool onlyWarnings = !duplicates.isEmpty() && !hasErrors(m_issues);
    m_confirmDifferent->setVisible(onlyWarnings);
    if (!onlyWarnings)
        m_confirmDifferent->setChecked(false);
    m_duplicateRow->setVisible(!duplicates.isEmpty());
    updateSummary();
}

// Said only after a refused save, and kept true while the user corrects: it disappears when
// nothing stops the save any more.
void CaseValidationView::updateSummary()
{
    const int errors = errorCount(m_issues);
    const bool undecided =
        m_confirmDifferent->isVisibleTo(this) && !m_confirmDifferent->isChecked();
    if (!m_saveRefused || (errors == 0 && !undecided)) {
        m_summary->clear();
        m_summary->hide();
    } else if (errors > 0) {
        m_summary->setText(
            tr("Not saved: %n problem(s) to correct. The cursor is on the first one.", nullptr,
               errors));
        m_summary->show();
    } else {
        m_summary->setText(tr("Not saved: a case file with a similar name exists. Open it, or "
                              "tick \"It is another person\" and save again."));
        m_summary->show();
    }
    setVisible(m_summary->isVisibleTo(this) || m_duplicateRow->isVisibleTo(this));
}

} // namespace jisr
