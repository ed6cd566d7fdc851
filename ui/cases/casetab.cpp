#include "cases/casetab.h"

#include "common/bidi.h"
#include "common/messagebox.h"
#include "platform/errors/coreerror.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLayout>
#include <QShowEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace jisr {

CaseTab::CaseTab(Workspace &workspace, QWidget *parent) : QWidget(parent), m_ws(workspace) {}

void CaseTab::setActor(const Actor &actor)
{
    m_actor = actor;
    subjectChanged();
    reload();
}

void CaseTab::setCase(const QString &caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    subjectChanged();
    reload();
}

void CaseTab::reload()
{
    clear();
    if (!isVisible() || m_caseId.isEmpty() || !m_actor.isValid())
        return;
    try {
        load();
    } catch (const CoreError &e) {
        clear();
        showError(e);
    }
    // Laid out now, not at the next turn of the event loop: what was read (a notice that
    // appears, a longer hint) is in place for the tab's first paint, or a grab.
    if (QLayout *l = layout())
        l->activate();
}

// Each showing is a new look at the file. A spontaneous show (the window restored from the
// task bar) is the same look going on.
void CaseTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

// Queued: a message box must not open in the middle of the show event that brought the tab.
void CaseTab::showError(const CoreError &error)
{
    QTimer::singleShot(0, this, [this, message = error.message()] {
        MessageBox::warning(this, tr("Case file"), message);
    });
}

QTableView *CaseTab::newTable(QStandardItemModel *model, const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Dates, names and kinds take the width they need, in either language; the last column
    // (the note, the fields, the details) takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

QList<QStandardItem *> CaseTab::row(const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &c : cells)
        items << new QStandardItem(c);
    return items;
}

QString CaseTab::when(const QDateTime &t)
{
    return leftToRight(t.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s));
}

} // namespace jisr
