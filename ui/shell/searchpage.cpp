#include "shell/searchpage.h"

#include "cases/caselistmodel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

SearchPage::SearchPage(CaseFileService &cases, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit;
    m_search->setObjectName(u"searchBox"_s);
    m_search->setClearButtonEnabled(true);
    QFont f = m_search->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    m_search->setFont(f);
    m_search->installEventFilter(this);
    m_hint = new QLabel;
    m_hint->setObjectName(u"searchHint"_s);
    m_model = new CaseListModel(cases, this);
    layout->addWidget(m_search);
    layout->addWidget(m_hint);
    layout->addWidget(buildTable(), 1);

    // Results follow the typing, without a query per keystroke.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &SearchPage::applySearch);
    connect(m_table, &QTableView::activated, this, &SearchPage::openSelected);
    retranslate();
}

QTableView *SearchPage::buildTable()
{
    m_table = new QTableView;
    m_table->setObjectName(u"caseList"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(CaseListModel::Dossier, 170);
    m_table->setColumnWidth(CaseListModel::NameAr, 220);
    m_table->setColumnWidth(CaseListModel::NameLat, 220);
    m_table->setColumnWidth(CaseListModel::Birth, 100);
    m_table->setColumnWidth(CaseListModel::Cin, 110);
    return m_table;
}

void SearchPage::retranslate()
{
    m_search->setPlaceholderText(
        tr("Search: name in Arabic or Latin letters, CIN, IDCS, phone or dossier number"));
    // Column titles change with the language: a column is never narrower than its title
    // (widths are otherwise fixed, so that a million rows are never measured).
    m_model->retranslate();
    fitColumnTitles();
    updateHint();
}

// The Arabic font is larger: the titles are measured again once the new font has reached the
// header, which comes after the change of language.
void SearchPage::fitColumnTitles()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount() - 1; ++c)
        m_table->setColumnWidth(c, qMax(m_table->columnWidth(c), header->sectionSizeHint(c)));
}

void SearchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &SearchPage::fitColumnTitles);
    QWidget::changeEvent(event);
}

void SearchPage::setActor(const Actor &actor)
{
    m_canCreate = actor.can(Capability::EditIdentity);
    m_model->setActor(actor);
    updateHint();
}

void SearchPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void SearchPage::clear()
{
    // No search may run behind the lock screen and fill the list again.
    m_searchTimer->stop();
    {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    m_model->clear();
    updateHint();
}

void SearchPage::applySearch()
{
    m_model->setSearchText(m_search->text());
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateHint();
}

void SearchPage::updateHint()
{
    const int n = m_model->rowCount();
    if (m_model->searchText().isEmpty())
        m_hint->setText(m_canCreate ? tr("Most recent case files. Ctrl+N: new case file.")
                                    : tr("Most recent case files."));
    else if (n == 0)
        m_hint->setText(m_canCreate ? tr("No case file found. Ctrl+N: register this person.")
                                    : tr("No case file found."));
    else
        m_hint->setText(tr("%n case file(s) found. Enter opens the selected one.", nullptr, n));
}

void SearchPage::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const QString caseId = m_model->caseIdAt(current.isValid() ? current.row() : 0);
    if (!caseId.isEmpty())
        emit openCaseRequested(caseId);
}

// The search box drives the list: the arrows move in it, Enter opens the selected file (after
// running a search that was typed but not yet run).
bool SearchPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
        key == Qt::Key_PageUp) {
        QApplication::sendEvent(m_table, event);
        return true;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        m_searchTimer->stop();
        if (m_model->searchText() != m_search->text().trimmed()) {
            m_model->setSearchText(m_search->text());
            m_table->selectRow(0);
        }
        openSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jisr
