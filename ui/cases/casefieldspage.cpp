#include "cases/casefieldspage.h"

#include "cases/casefile.h"
#include "centre/referencedata.h"
#include "common/bidi.h"
#include "common/codelabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// Fields typed in Arabic: right-to-left whatever the interface language.
const QStringList ArabicFields = {u"family_name_ar"_s, u"given_name_ar"_s, u"father_name"_s,
                                  u"mother_name"_s, u"guardian_name"_s};

} // namespace

CaseFieldsPage::CaseFieldsPage(QWidget *parent) : QScrollArea(parent)
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    QGridLayout *g = nullptr;
    // What reception fills for everyone comes first, in the order it is read off a card;
    // what is rarely known follows, section by section.
    v->addWidget(section(u"identity"_s, g));
    buildIdentity(g);
    v->addWidget(section(u"birth"_s, g));
    buildBirth(g);
    v->addWidget(section(u"identifiers"_s, g));
    buildIdentifiers(g);
    v->addWidget(section(u"contact"_s, g));
    buildContact(g);
    v->addWidget(section(u"guardian"_s, g));
    buildGuardian(g);
    v->addWidget(section(u"disability"_s, g));
    buildDisability(g);
    v->addStretch(1);
    setWidget(page);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    addSectionShortcuts();
    retranslate();
}

QWidget *CaseFieldsPage::section(const QString &key, QGridLayout *&grid)
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
    m_sectionOrder << key;
    m_sectionBoxes.insert(key, box);
    v->addWidget(title);
    grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(12);
    v->addLayout(grid);
    return box;
}

// The caption beside the editor and the message line under it.
void CaseFieldsPage::addMessage(QGridLayout *grid, int row, int col, const QString &field,
                                QWidget *editor)
{
    auto *caption = new QLabel;
    auto *message = new QLabel;
    editor->setObjectName(field);
    caption->setBuddy(editor);
    message->setObjectName(field + u"_message"_s);
    message->hide();
    grid->addWidget(caption, row * 2, col * 2);
    grid->addWidget(editor, row * 2, col * 2 + 1);
    grid->addWidget(message, row * 2 + 1, col * 2 + 1);
    m_labels.insert(field, caption);
    m_messages.insert(field, message);
    m_editors.insert(field, editor);
    noteFocusable(editor);
    m_fieldOrder << field;
    editor->installEventFilter(this);
}

// The first editor of each section is where its shortcut goes.
void CaseFieldsPage::noteFocusable(QWidget *editor)
{
    const QString current = m_sectionOrder.constLast();
    if (!m_sectionFirst.contains(current))
        m_sectionFirst.insert(current, editor);
}

void CaseFieldsPage::addSectionShortcuts()
{
    for (int i = 0; i < m_sectionOrder.size(); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this,
                                       nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { focusSection(i); });
    }
}

void CaseFieldsPage::focusSection(int index)
{
    const QString key = m_sectionOrder.value(index);
    QWidget *first = m_sectionFirst.value(key);
    if (!first)
        return;
    if (index == 0)
        verticalScrollBar()->setValue(0);
    else
        ensureWidgetVisible(m_sectionBoxes.value(key), 0, 0);
    first->setFocus(Qt::ShortcutFocusReason);
}

void CaseFieldsPage::focusFirstField()
{
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    m_sectionFirst.value(m_sectionOrder.constFirst())->setFocus(Qt::OtherFocusReason);
}

QWidget *CaseFieldsPage::editor(const QString &field) const
{
    if (field == u"birth_year"_s)
        return m_editors.value(u"birth_date"_s);
    if (field == u"disability_types"_s)
        return m_sectionFirst.value(u"disability"_s);
    return m_editors.value(field);
}

void CaseFieldsPage::focusField(const QString &field)
{
    QWidget *w = editor(field);
    if (!w)
        return;
    ensureWidgetVisible(w);
    w->setFocus(Qt::OtherFocusReason);
}

// A field the user has left may now say what is wrong with it.
bool CaseFieldsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const QString field = watched->objectName();
        if (m_editors.value(field) == watched)
            emit left(field);
    }
    return QScrollArea::eventFilter(watched, event);
}

QLineEdit *CaseFieldsPage::addLine(QGridLayout *grid, int row, int col, const QString &field,
                                   bool leftToRight)
{
    auto *edit = new QLineEdit;
    addMessage(grid, row, col, field, edit);
    m_messages.value(field)->setWordWrap(true);
    if (leftToRight)
        edit->setLayoutDirection(Qt::LeftToRight);
    if (ArabicFields.contains(field))
        edit->setLayoutDirection(Qt::RightToLeft);
    m_lines.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, this, &CaseFieldsPage::edited);
    return edit;
}

QComboBox *CaseFieldsPage::addCombo(QGridLayout *grid, int row, int col, const QString &field,
                                    const QStringList &codes, bool withEmpty)
{
    auto *combo = new QComboBox;
    addMessage(grid, row, col, field, combo);
    if (withEmpty)
        combo->addItem(QString(), QString());
    for (const QString &code : codes)
        combo->addItem(code, code);
    m_combos.insert(field, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &CaseFieldsPage::edited);
    return combo;
}

void CaseFieldsPage::buildIdentity(QGridLayout *g)
{
    addLine(g, 0, 0, u"family_name_ar"_s);
    addLine(g, 0, 1, u"given_name_ar"_s);
    addLine(g, 1, 0, u"family_name_lat"_s, true);
    addLine(g, 1, 1, u"given_name_lat"_s, true);
    addCombo(g, 2, 0, u"sex"_s, CaseFileCodes::sexes(), true);
    addLine(g, 2, 1, u"birth_date"_s, true);
    addLine(g, 4, 0, u"cin"_s, true);
    addLine(g, 4, 1, u"phone"_s, true);
    QStringList provinces;
    for (const Province &p : ReferenceData::instance().provinces())
        provinces << p.code;
    addCombo(g, 5, 0, u"province_code"_s, provinces, true);
    // Under the date it qualifies, but after the daily fields in the Tab order: it is rare.
    m_yearOnly = new QCheckBox;
    m_yearOnly->setObjectName(u"birth_year_only"_s);
    g->addWidget(m_yearOnly, 6, 3);
    connect(m_yearOnly, &QCheckBox::toggled, this, &CaseFieldsPage::edited);
}

void CaseFieldsPage::buildBirth(QGridLayout *g)
{
    addLine(g, 0, 0, u"father_name"_s);
    addLine(g, 0, 1, u"mother_name"_s);
    addLine(g, 1, 0, u"birth_place"_s);
}

void CaseFieldsPage::buildIdentifiers(QGridLayout *g)
{
    addLine(g, 0, 0, u"idcs"_s, true);
    addLine(g, 0, 1, u"rsu_id"_s, true);
    addLine(g, 1, 0, u"rsu_index"_s, true);
    addLine(g, 1, 1, u"rsu_index_date"_s, true);
    addCombo(g, 2, 0, u"amo_regime"_s, CaseFileCodes::amoRegimes());
    addLine(g, 2, 1, u"amo_number"_s, true);
}

void CaseFieldsPage::buildContact(QGridLayout *g)
{
    addLine(g, 0, 0, u"phone2"_s, true);
    addLine(g, 0, 1, u"address"_s);
    addLine(g, 1, 0, u"commune"_s);
}

void CaseFieldsPage::buildGuardian(QGridLayout *g)
{
    addLine(g, 0, 0, u"guardian_name"_s);
    addCombo(g, 0, 1, u"guardian_relation"_s, CaseFileCodes::guardianRelations(), true);
    addLine(g, 1, 0, u"guardian_phone"_s, true);
    addLine(g, 1, 1, u"guardian_cin"_s, true);
}

void CaseFieldsPage::buildDisability(QGridLayout *g)
{
    auto *types = new QWidget;
    auto *typesLayout = new QGridLayout(types);
    typesLayout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const QString &code : CaseFileCodes::disabilityTypes()) {
        auto *box = new QCheckBox;
        box->setObjectName(u"disability_"_s + code);
        m_disability.insert(code, box);
        noteFocusable(box);
        typesLayout->addWidget(box, i / 5, i % 5);
        connect(box, &QCheckBox::toggled, this, &CaseFieldsPage::edited);
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
}

// Codes stay in the items' data; their texts follow the language (provinces by their name in
// the script of the layout).
void CaseFieldsPage::fillCombos()
{
    const bool arabic = layoutDirection() == Qt::RightToLeft;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        QComboBox *combo = it.value();
        for (int i = 0; i < combo->count(); ++i) {
            const QString code = combo->itemData(i).toString();
            if (code.isEmpty())
                continue;
            if (it.key() == u"province_code"_s) {
                const auto p = ReferenceData::instance().province(code);
                combo->setItemText(i, p ? (arabic ? p->nameAr : p->nameFr) : code);
            } else {
                combo->setItemText(i, CodeLabels::label(code));
            }
        }
    }
}

void CaseFieldsPage::retranslate()
{
    //: The date format shown in an empty date field (day/month/year, Western digits)
    m_lines.value(u"birth_date"_s)->setPlaceholderText(tr("dd/mm/yyyy"));
    const QHash<QString, QString> titles = {
        {u"identity"_s, tr("Identity")},
        {u"birth"_s, tr("Parents and place of birth")},
        {u"identifiers"_s, tr("Identifiers and coverage")},
        {u"contact"_s, tr("Other contacts and address")},
        {u"guardian"_s, tr("Guardian or companion")},
        {u"disability"_s, tr("Disability")},
    };
    // Each title says its shortcut, kept left to right inside an Arabic title.
    for (int i = 0; i < m_sectionOrder.size(); ++i) {
        const QString key = m_sectionOrder.at(i);
        const QKeySequence shortcut(Qt::ALT | Qt::Key(Qt::Key_1 + i));
        m_sections.value(key)->setText(titles.value(key) + u"   "_s +
                                       leftToRight(shortcut.toString(QKeySequence::NativeText)));
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(CodeLabels::fieldLabel(it.key()));
    m_yearOnly->setText(tr("Only the year is known"));
    for (auto it = m_disability.cbegin(); it != m_disability.cend(); ++it)
        it.value()->setText(CodeLabels::label(it.key()));
    fillCombos();
}

void CaseFieldsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LayoutDirectionChange)
        fillCombos();
    QScrollArea::changeEvent(event);
}

// A read-only field looks it (grey, no frame of an input) so that nobody types into it in vain.
void CaseFieldsPage::setEditable(bool editable)
{
    for (QLineEdit *e : std::as_const(m_lines)) {
        e->setReadOnly(!editable);
        e->setStyleSheet(editable ? QString()
                                  : u"QLineEdit { background: #eef1f4; border: 1px solid "
                                    "#d5dbe1; color: #202020; }"_s);
    }
    for (QComboBox *c : std::as_const(m_combos))
        c->setEnabled(editable);
    for (QCheckBox *c : std::as_const(m_disability))
        c->setEnabled(editable);
    m_yearOnly->setEnabled(editable);
}

} // namespace jisr
