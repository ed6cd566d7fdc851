#include "cases/caseformwidget.h"

#include "cases/casefileservice.h"
#include "cases/casefilevalidator.h"
#include "cases/casesidepanels.h"
#include "centre/referencedata.h"
#include "common/bidi.h"
#include "common/codelabels.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"
#include "platform/errors/validationerror.h"
#include "platform/settings/workstationsettings.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// Fields typed in Arabic: right-to-left whatever the interface language.
const QStringList ArabicFields = {u"family_name_ar"_s, u"given_name_ar"_s, u"father_name"_s,
                                  u"mother_name"_s, u"guardian_name"_s};

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : QString();
}

} // namespace

CaseFormWidget::CaseFormWidget(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_ws(workspace)
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setObjectName(u"caseTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    header->addWidget(m_title, 1);
    m_save = new QPushButton;
    m_save->setObjectName(u"saveButton"_s);
    m_close = new QPushButton;
    m_close->setObjectName(u"closeButton"_s);
    header->addWidget(m_save);
    header->addWidget(m_close);
    layout->addLayout(header);

    // Possible duplicate: what the core found, a way to open it, and an explicit confirmation.
    auto *bannerRow = new QHBoxLayout;
    m_banner = new QLabel;
    m_banner->setObjectName(u"duplicateBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #fff4ce; padding: 6px; }"_s);
    m_openExisting = new QPushButton;
    m_openExisting->setObjectName(u"openExistingButton"_s);
    m_confirmDifferent = new QCheckBox;
    m_confirmDifferent->setObjectName(u"confirmDifferentPerson"_s);
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_openExisting);
    bannerRow->addWidget(m_confirmDifferent);
    layout->addLayout(bannerRow);
    m_banner->hide();
    m_openExisting->hide();
    m_confirmDifferent->hide();

    m_tabs = new QTabWidget;
    m_tabs->addTab(buildCaseTab(), QString());
    m_panels = new CaseSidePanels(m_ws, m_tabs, this);
    connect(m_panels, &CaseSidePanels::openCaseRequested, this, &CaseFormWidget::openCaseRequested);
    layout->addWidget(m_tabs, 1);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &CaseFormWidget::runCheck);
    connect(m_save, &QPushButton::clicked, this, &CaseFormWidget::save);
    connect(m_close, &QPushButton::clicked, this, &CaseFormWidget::closeRequested);
    connect(m_openExisting, &QPushButton::clicked, this,
            [this] { emit openCaseRequested(m_relatedCaseId); });
    connect(m_confirmDifferent, &QCheckBox::toggled, this,
            [this](bool on) { m_duplicatesConfirmed = on; });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &CaseFormWidget::save);
    retranslate();
    newCase();
}

QWidget *CaseFormWidget::section(const QString &key, QGridLayout *&grid)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 6, 0, 6);
    auto *title = new QLabel;
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    title->setStyleSheet(u"QLabel { color: #1d5c8a; border-bottom: 1px solid #c8d6e2; }"_s);
    m_sections.insert(key, title);
    v->addWidget(title);
    grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(12);
    v->addLayout(grid);
    return box;
}

QLineEdit *CaseFormWidget::addLine(QGridLayout *grid, int row, int col, const QString &field,
                                   bool leftToRight)
{
    auto *caption = new QLabel;
    auto *edit = new QLineEdit;
    auto *message = new QLabel;
    edit->setObjectName(field);
    caption->setBuddy(edit);
    message->setObjectName(field + u"_message"_s);
    message->setWordWrap(true);
    message->hide();
    if (leftToRight)
        edit->setLayoutDirection(Qt::LeftToRight);
    if (ArabicFields.contains(field))
        edit->setLayoutDirection(Qt::RightToLeft);
    grid->addWidget(caption, row * 2, col * 2);
    grid->addWidget(edit, row * 2, col * 2 + 1);
    grid->addWidget(message, row * 2 + 1, col * 2 + 1);
    m_lines.insert(field, edit);
    m_labels.insert(field, caption);
    m_messages.insert(field, message);
    connect(edit, &QLineEdit::textEdited, this, &CaseFormWidget::scheduleCheck);
    return edit;
}

QComboBox *CaseFormWidget::addCombo(QGridLayout *grid, int row, int col, const QString &field,
                                    const QStringList &codes, bool withEmpty)
{
    auto *caption = new QLabel;
    auto *combo = new QComboBox;
    auto *message = new QLabel;
    combo->setObjectName(field);
    caption->setBuddy(combo);
    message->setObjectName(field + u"_message"_s);
    message->hide();
    if (withEmpty)
        combo->addItem(QString(), QString());
    for (const QString &code : codes)
        combo->addItem(code, code);
    grid->addWidget(caption, row * 2, col * 2);
    grid->addWidget(combo, row * 2, col * 2 + 1);
    grid->addWidget(message, row * 2 + 1, col * 2 + 1);
    m_combos.insert(field, combo);
    m_labels.insert(field, caption);
    m_messages.insert(field, message);
    connect(combo, &QComboBox::currentIndexChanged, this, &CaseFormWidget::scheduleCheck);
    return combo;
}

QWidget *CaseFormWidget::buildCaseTab()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    QGridLayout *g = nullptr;

    v->addWidget(section(u"identity"_s, g));
    addLine(g, 0, 0, u"family_name_ar"_s);
    addLine(g, 0, 1, u"given_name_ar"_s);
    addLine(g, 1, 0, u"family_name_lat"_s, true);
    addLine(g, 1, 1, u"given_name_lat"_s, true);
    addLine(g, 2, 0, u"father_name"_s);
    addLine(g, 2, 1, u"mother_name"_s);
    addCombo(g, 3, 0, u"sex"_s, CaseFileCodes::sexes(), true);
    addLine(g, 3, 1, u"birth_date"_s, true);
    m_yearOnly = new QCheckBox;
    m_yearOnly->setObjectName(u"birth_year_only"_s);
    g->addWidget(m_yearOnly, 8, 3);
    connect(m_yearOnly, &QCheckBox::toggled, this, &CaseFormWidget::scheduleCheck);
    addLine(g, 5, 0, u"birth_place"_s);

    v->addWidget(section(u"identifiers"_s, g));
    addLine(g, 0, 0, u"cin"_s, true);
    addLine(g, 0, 1, u"idcs"_s, true);
    addLine(g, 1, 0, u"rsu_id"_s, true);
    addLine(g, 1, 1, u"rsu_index"_s, true);
    addLine(g, 2, 0, u"rsu_index_date"_s, true);
    addCombo(g, 2, 1, u"amo_regime"_s, CaseFileCodes::amoRegimes());
    addLine(g, 3, 0, u"amo_number"_s, true);

    v->addWidget(section(u"contact"_s, g));
    addLine(g, 0, 0, u"phone"_s, true);
    addLine(g, 0, 1, u"phone2"_s, true);
    addLine(g, 1, 0, u"address"_s);
    addLine(g, 1, 1, u"commune"_s);
    QStringList provinces;
    for (const Province &p : ReferenceData::instance().provinces())
        provinces << p.code;
    addCombo(g, 2, 0, u"province_code"_s, provinces, true);

    v->addWidget(section(u"guardian"_s, g));
    addLine(g, 0, 0, u"guardian_name"_s);
    addCombo(g, 0, 1, u"guardian_relation"_s, CaseFileCodes::guardianRelations(), true);
    addLine(g, 1, 0, u"guardian_phone"_s, true);
    addLine(g, 1, 1, u"guardian_cin"_s, true);

    v->addWidget(section(u"disability"_s, g));
    auto *types = new QWidget;
    auto *typesLayout = new QGridLayout(types);
    typesLayout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const QString &code : CaseFileCodes::disabilityTypes()) {
        auto *box = new QCheckBox;
        box->setObjectName(u"disability_"_s + code);
        m_disability.insert(code, box);
        typesLayout->addWidget(box, i / 5, i % 5);
        connect(box, &QCheckBox::toggled, this, &CaseFormWidget::scheduleCheck);
        ++i;
    }
    auto *typesCaption = new QLabel;
    m_labels.insert(u"disability_types"_s, typesCaption);
    auto *typesMessage = new QLabel;
    typesMessage->hide();
    m_messages.insert(u"disability_types"_s, typesMessage);
    g->addWidget(typesCaption, 0, 0);
    g->addWidget(types, 0, 1, 1, 3);
    g->addWidget(typesMessage, 1, 1, 1, 3);
    addCombo(g, 1, 0, u"disability_severity"_s, CaseFileCodes::severities(), true);
    addCombo(g, 1, 1, u"status"_s, CaseFileCodes::statuses());
    v->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void CaseFormWidget::fillCombos()
{
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        QComboBox *combo = it.value();
        for (int i = 0; i < combo->count(); ++i) {
            const QString code = combo->itemData(i).toString();
            if (code.isEmpty())
                continue;
            if (it.key() == u"province_code"_s) {
                const auto p = ReferenceData::instance().province(code);
                const bool ar = layoutDirection() == Qt::RightToLeft;
                combo->setItemText(i, p ? (ar ? p->nameAr : p->nameFr) : code);
            } else {
                combo->setItemText(i, CodeLabels::label(code));
            }
        }
    }
}

void CaseFormWidget::retranslate()
{
    m_tabs->setTabText(0, tr("Case file"));
    //: The date format shown in an empty date field (day/month/year, Western digits)
    findChild<QLineEdit *>(u"birth_date"_s)->setPlaceholderText(tr("dd/mm/yyyy"));
    m_sections.value(u"identity"_s)->setText(tr("Identity"));
    m_sections.value(u"identifiers"_s)->setText(tr("Identifiers and coverage"));
    m_sections.value(u"contact"_s)->setText(tr("Contact and address"));
    m_sections.value(u"guardian"_s)->setText(tr("Guardian or companion"));
    m_sections.value(u"disability"_s)->setText(tr("Disability"));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(CodeLabels::fieldLabel(it.key()));
    m_yearOnly->setText(tr("Only the year is known"));
    for (auto it = m_disability.cbegin(); it != m_disability.cend(); ++it)
        it.value()->setText(CodeLabels::label(it.key()));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the case file (Ctrl+S)"));
    m_close->setText(tr("Back to search"));
    m_close->setToolTip(tr("Esc"));
    m_openExisting->setText(tr("Open the existing file"));
    m_confirmDifferent->setText(tr("It is another person"));
    fillCombos();
    m_panels->retranslate();
    updateTitle();
}

void CaseFormWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LayoutDirectionChange)
        fillCombos();
    QWidget::changeEvent(event);
}

void CaseFormWidget::setActor(const Actor &actor)
{
    m_actor = actor;
    const bool canEdit = actor.can(Capability::EditIdentity);
    for (QLineEdit *e : std::as_const(m_lines))
        e->setReadOnly(!canEdit);
    for (QComboBox *c : std::as_const(m_combos))
        c->setEnabled(canEdit);
    for (QCheckBox *c : std::as_const(m_disability))
        c->setEnabled(canEdit);
    m_yearOnly->setEnabled(canEdit);
    m_save->setVisible(canEdit);
    m_panels->setActor(actor);
}

void CaseFormWidget::load(const CaseFile &c)
{
    m_loading = true;
    const QVariantMap fields = c.toFieldMap();
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        QString text = fields.value(it.key()).toString();
        if (it.key() == u"birth_date"_s)
            text = c.birthYearOnly ? QString::number(c.birthYear) : dateText(c.birthDate);
        else if (it.key() == u"rsu_index_date"_s)
            text = dateText(c.rsuIndexDate);
        else if (it.key() == u"rsu_index"_s)
            text = c.rsuIndex ? QString::number(*c.rsuIndex, 'f', 2) : QString();
        it.value()->setText(text);
    }
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(fields.value(it.key()))));
    for (auto it = m_disability.cbegin(); it != m_disability.cend(); ++it)
        it.value()->setChecked(c.disabilityTypes.contains(it.key()));
    m_yearOnly->setChecked(c.birthYearOnly);
    m_loading = false;
    m_duplicatesConfirmed = false;
    showIssues({});
    updateTitle();
}

CaseFile CaseFormWidget::draft() const
{
    QVariantMap fields = m_original.toFieldMap();
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        fields.insert(it.key(), it.value()->text());
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        fields.insert(it.key(), it.value()->currentData().toString());
    QStringList types;
    for (const QString &code : CaseFileCodes::disabilityTypes())
        if (m_disability.value(code)->isChecked())
            types << code;
    fields.insert(u"disability_types"_s, types.join(u','));
    CaseFile c = CaseFile::fromFieldMap(fields);
    const QString birth = m_lines.value(u"birth_date"_s)->text().trimmed();
    c.birthYearOnly = m_yearOnly->isChecked();
    if (c.birthYearOnly) {
        c.birthYear = birth.right(4).toInt();
        c.birthDate = QDate();
    } else {
        c.birthDate = CaseFileValidator::parseDate(birth);
        c.birthYear = c.birthDate.isValid() ? c.birthDate.year() : 0;
    }
    c.rsuIndexDate = CaseFileValidator::parseDate(m_lines.value(u"rsu_index_date"_s)->text());
    c.id = m_original.id;
    c.dossierNo = m_original.dossierNo;
    c.hlc = m_original.hlc;
    c.createdAt = m_original.createdAt;
    return c;
}

bool CaseFormWidget::isDirty() const
{
    QVariantMap now = draft().toFieldMap();
    QVariantMap before = m_original.toFieldMap();
    if (isNew()) {
        // An untouched new form is not worth a question.
        CaseFile empty;
        before = empty.toFieldMap();
    }
    return now != before;
}

void CaseFormWidget::newCase()
{
    m_original = CaseFile();
    m_original.provinceCode = m_ws.settings().provinceCode();
    load(m_original);
    m_panels->setCase({});
    m_tabs->setCurrentIndex(0);
    m_lines.value(u"family_name_ar"_s)->setFocus();
}

bool CaseFormWidget::openCase(const QString &id)
{
    try {
        m_original = m_ws.cases().open(m_actor, id);
    } catch (const CoreError &e) {
        MessageBox::warning(this, tr("Case file"), e.message());
        return false;
    }
    load(m_original);
    m_panels->setCase(m_original.id);
    m_tabs->setCurrentIndex(0);
    return true;
}

void CaseFormWidget::restoreDraft(const CaseFile &draftCase, const CaseFile &original)
{
    m_original = original;
    load(draftCase);
    m_panels->setCase(original.id);
    scheduleCheck();
}

void CaseFormWidget::clearAll()
{
    m_original = CaseFile();
    load(m_original);
    m_panels->setCase({});
}

void CaseFormWidget::updateTitle()
{
    if (isNew())
        m_title->setText(tr("New case file"));
    else
        m_title->setText(tr("Case file %1").arg(leftToRight(m_original.dossierNo)) + u" — "_s +
                         m_original.displayName());
}

void CaseFormWidget::scheduleCheck()
{
    if (!m_loading)
        m_checkTimer->start();
}

void CaseFormWidget::runCheck()
{
    if (!m_actor.can(Capability::EditIdentity))
        return;
    try {
        showIssues(m_ws.cases().check(m_actor, draft()));
    } catch (const CoreError &) {
        // A check that cannot run (database busy) is retried at the next keystroke.
    }
}

void CaseFormWidget::showIssues(const ValidationIssues &issues)
{
    for (QLabel *l : std::as_const(m_messages)) {
        l->clear();
        l->hide();
    }
    m_relatedCaseId.clear();
    QStringList duplicates;
    for (const ValidationIssue &i : issues) {
        const bool error = i.severity == ValidationIssue::Severity::Error;
        if (!i.relatedCaseId.isEmpty()) {
            m_relatedCaseId = i.relatedCaseId;
            duplicates << i.message;
            if (!error)
                continue;
        }
        QLabel *l = m_messages.value(i.field);
        if (!l)
            continue;
        l->setText(l->text().isEmpty() ? i.message : l->text() + u'\n' + i.message);
        l->setStyleSheet(error ? u"QLabel { color: #b3261e; }"_s : u"QLabel { color: #8a5a00; }"_s);
        l->show();
    }
    m_banner->setText(duplicates.join(u'\n'));
    m_banner->setVisible(!duplicates.isEmpty());
    m_openExisting->setVisible(!m_relatedCaseId.isEmpty());
    const bool onlyWarnings = !duplicates.isEmpty() && !hasErrors(issues);
    m_confirmDifferent->setVisible(onlyWarnings);
    if (!onlyWarnings)
        m_confirmDifferent->setChecked(false);
}

bool CaseFormWidget::save()
{
    if (!m_actor.can(Capability::EditIdentity))
        return false;
    try {
        const CaseFile c = isNew() ? m_ws.cases().create(m_actor, draft(), m_duplicatesConfirmed)
                                   : m_ws.cases().update(m_actor, draft(), m_duplicatesConfirmed);
        m_original = c;
        load(c);
        m_panels->setCase(c.id);
        emit saved(c.id);
        return true;
    } catch (const ValidationError &e) {
        showIssues(e.issues());
        if (e.kind() != ErrorKind::Duplicate) {
            for (const ValidationIssue &i : e.issues())
                if (i.severity == ValidationIssue::Severity::Error)
                    if (QWidget *w = m_lines.value(i.field, nullptr)) {
                        m_tabs->setCurrentIndex(0);
                        w->setFocus();
                        break;
                    }
        }
        return false;
    } catch (const CoreError &e) {
        if (e.kind() == ErrorKind::Conflict) {
            if (MessageBox::question(this, tr("Case file changed"),
                                     e.message() + u"\n\n"_s + tr("Reload the saved version?")) ==
                QMessageBox::Yes)
                openCase(m_original.id);
        } else {
            MessageBox::warning(this, tr("Case file"), e.message());
        }
        return false;
    }
}

bool CaseFormWidget::confirmLeave()
{
    if (!isDirty() || !m_actor.can(Capability::EditIdentity))
        return true;
    // Our own words: Qt's Arabic "Discard" reads as "refuse".
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("This case file has changes that are not saved."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save,
        {{QMessageBox::Save, tr("Save")},
         {QMessageBox::Discard, tr("Leave without saving")},
         {QMessageBox::Cancel, tr("Stay on the file")}},
        u"unsavedChangesDialog"_s);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

} // namespace jisr
