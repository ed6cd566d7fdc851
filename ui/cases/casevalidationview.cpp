#include "cases/casevalidationview.h"

#include "cases/casefieldspage.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace jisr {

CaseValidationView::CaseValidationView(CaseFieldsPage &fields, QWidget *parent)
    : QWidget(parent), m_fields(fields)
{
    auto *row = new QHBoxLayout(this);
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
    connect(m_openExisting, &QPushButton::clicked, this,
            [this] { emit openCaseRequested(m_relatedCaseId); });
    retranslate();
    showIssues({});
}

void CaseValidationView::retranslate()
{
    m_openExisting->setText(tr("Open the existing file"));
    m_confirmDifferent->setText(tr("It is another person"));
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

void CaseValidationView::showFieldMessage(const ValidationIssue &issue)
{
    QLabel *l = m_fields.messageLabels().value(issue.field);
    if (!l)
        return;
    const bool error = issue.severity == ValidationIssue::Severity::Error;
    l->setText(l->text().isEmpty() ? issue.message : l->text() + u'\n' + issue.message);
    l->setStyleSheet(error ? u"QLabel { color: #b3261e; }"_s : u"QLabel { color: #8a5a00; }"_s);
    l->show();
}

// A duplicate that is only a warning goes to the banner alone; an error (the same CIN) is also
// shown under its field.
void CaseValidationView::showIssues(const ValidationIssues &issues)
{
    for (QLabel *l : m_fields.messageLabels()) {
        l->clear();
        l->hide();
    }
    m_relatedCaseId.clear();
    QStringList duplicates;
    for (const ValidationIssue &i : issues) {
        if (!i.relatedCaseId.isEmpty()) {
            m_relatedCaseId = i.relatedCaseId;
            duplicates << i.message;
            if (i.severity != ValidationIssue::Severity::Error)
                continue;
        }
        showFieldMessage(i);
    }
    m_banner->setText(duplicates.join(u'\n'));
    m_banner->setVisible(!duplicates.isEmpty());
    m_openExisting->setVisible(!m_relatedCaseId.isEmpty());
    const bool onlyWarnings = !duplicates.isEmpty() && !hasErrors(issues);
    m_confirmDifferent->setVisible(onlyWarnings);
    if (!onlyWarnings)
        m_confirmDifferent->setChecked(false);
    // Nothing to say: the row takes no room above the form.
    setVisible(!duplicates.isEmpty());
}

} // namespace jisr
