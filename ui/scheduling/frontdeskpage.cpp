#include "scheduling/frontdeskpage.h"

#include "platform/errors/coreerror.h"
#include "platform/time/clock.h"
#include "scheduling/appointmentlabels.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/frontdeskfiltermodel.h"
#include "scheduling/frontdeskmodel.h"
#include "scheduling/frontdesktable.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

constexpr int DefaultTickMsec = 15000;

QLabel *boldLabel()
{
    auto *label = new QLabel;
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

FrontDeskPage::FrontDeskPage(Workspace &ws, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_model(new FrontDeskModel(ws, this)), m_tick(new QTimer(this))
{
    setObjectName(u"frontDeskPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    buildLists();
    auto *grid = new QGridLayout;
    const int place[ListCount][4] = {
        {1, 0, 3, 1}, {1, 1, 1, 1}, {3, 1, 1, 1}, {5, 0, 1, 1}, {5, 1, 1, 1}};
    for (int i = 0; i < ListCount; ++i) {
        grid->addWidget(m_titles[i], place[i][0] - 1, place[i][1]);
        grid->addWidget(m_tables[i], place[i][0], place[i][1], place[i][2], place[i][3]);
    }
    grid->setRowStretch(1, 3);
    grid->setRowStretch(3, 2);
    grid->setRowStretch(5, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid, 1);
    setTabOrder(m_filter, m_tables[0]);
    for (int i = 1; i < ListCount; ++i)
        setTabOrder(m_tables[i - 1], m_tables[i]);
    buildActions();
    m_message = new QLabel;
    m_message->setObjectName(u"frontDeskMessage"_s);
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QAction *a :
         {m_walkIn, m_cancel, m_noShow, m_undoNoShow, m_openFile, m_previousDay, m_nextDay}) {
        auto *b = new QToolButton;
        b->setDefaultAction(a);
        b->setObjectName(a->objectName() + u"Button"_s);
        b->setFocusPolicy(Qt::NoFocus); // the keys do it; Tab goes from list to list
        buttons->addWidget(b);
        // A button shows only what the user's role may do, like its action.
        connect(a, &QAction::changed, b, [a, b] { b->setVisible(a->isVisible()); });
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_keys = new QLabel;
    m_keys->setObjectName(u"frontDeskKeys"_s);
    m_keys->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addWidget(m_keys);
    m_tick->setInterval(DefaultTickMsec);
    connect(m_tick, &QTimer::timeout, this, &FrontDeskPage::tick);
    retranslate();
}

QWidget *FrontDeskPage::buildHeader()
{
    auto *header = new QWidget;
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = boldLabel();
    m_title->setObjectName(u"frontDeskTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_title->setFont(f);
    m_filterLabel = new QLabel;
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"frontDeskFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_longest = boldLabel();
    m_longest->setObjectName(u"longestWait"_s);
    row->addWidget(m_title);
    row->addStretch();
    row->addWidget(m_filterLabel);
    row->addWidget(m_filter, 1);
    row->addSpacing(16);
    row->addWidget(m_longest);
    connect(m_filter, &QLineEdit::textChanged, this, &FrontDeskPage::setFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &FrontDeskPage::focusArrivals);
    return header;
}

void FrontDeskPage::buildLists()
{
    const QSet<QString> statuses[ListCount] = {{u"scheduled"_s},
                                               {u"arrived"_s},
                                               {u"in_consultation"_s},
                                               {u"done"_s},
                                               {u"no_show"_s, u"cancelled"_s}};
    const QString names[ListCount] = {u"expectedList"_s, u"waitingList"_s, u"consultationList"_s,
                                      u"doneList"_s, u"missedList"_s};
    using C = FrontDeskModel::Column;
    const QList<int> shown[ListCount] = {
        {C::Time, C::Person, C::Dossier, C::Practitioners, C::Room},
        {C::Person, C::Dossier, C::Practitioners, C::Waited},
        {C::Person, C::Dossier, C::Practitioners, C::Room},
        {C::Time, C::Person, C::Dossier, C::Practitioners},
        {C::Time, C::Person, C::Dossier, C::Status}};
    for (int i = 0; i < ListCount; ++i) {
        m_proxies[i] =
            new FrontDeskFilterModel(statuses[i],
                                     i == Waiting ? FrontDeskFilterModel::Order::LongestWaitFirst
                                                  : FrontDeskFilterModel::Order::ByTime,
                                     this);
        m_proxies[i]->setSourceModel(m_model);
        m_tables[i] = new FrontDeskTable(m_proxies[i]);
        m_tables[i]->setObjectName(names[i]);
        for (int c = 0; c < FrontDeskModel::ColumnCount; ++c)
            m_tables[i]->setColumnHidden(c, !shown[i].contains(c));
        // The waiting time first, where the eye starts, and never cut off at the far end.
        if (i == Waiting)
            m_tables[i]->horizontalHeader()->moveSection(C::Waited, 0);
        m_titles[i] = boldLabel();
        m_titles[i]->setBuddy(m_tables[i]);
        connect(m_tables[i], &FrontDeskTable::entered, this,
                [this, i](const QString &id) { enter(i, id); });
        connect(m_tables[i], &FrontDeskTable::typed, this,
                [this](const QString &t) { m_filter->setText(m_filter->text() + t); });
        connect(m_tables[i], &FrontDeskTable::erased, this,
                [this] { m_filter->setText(m_filter->text().chopped(1)); });
        const auto count = [this] { updateCounts(); };
        connect(m_proxies[i], &QAbstractItemModel::modelReset, this, count);
        connect(m_proxies[i], &QAbstractItemModel::layoutChanged, this, count);
        connect(m_proxies[i], &QAbstractItemModel::rowsInserted, this, count);
        connect(m_proxies[i], &QAbstractItemModel::rowsRemoved, this, count);
        auto *jump = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this, nullptr,
                                   nullptr, Qt::WidgetWithChildrenShortcut);
        connect(jump, &QShortcut::activated, m_tables[i], [this, i] { m_tables[i]->setFocus(); });
    }
}

void FrontDeskPage::buildActions()
{
    const auto action = [this](const QString &name, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(name);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_walkIn = action(u"walkInAction"_s, Qt::Key_F4, &FrontDeskPage::walkIn);
    m_cancel = action(u"cancelAppointmentAction"_s, Qt::Key_Delete, &FrontDeskPage::cancelCurrent);
    m_noShow = action(u"noShowAction"_s, Qt::Key_F8, &FrontDeskPage::markNoShow);
    m_undoNoShow = action(u"undoNoShowAction"_s, QKeySequence::Undo, &FrontDeskPage::undoNoShow);
    m_openFile = action(u"openFileAction"_s, QKeySequence::Open, [this] {
        if (FrontDeskTable *t = activeTable(); t && !t->currentCaseId().isEmpty())
            emit openCaseRequested(t->currentCaseId());
    });
    m_previousDay = action(u"previousDayAction"_s, QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                           [this] { showDay(m_model->day().addDays(-1)); });
    m_nextDay = action(u"nextDayAction"_s, QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                       [this] { showDay(m_model->day().addDays(1)); });
    auto *clear =
        new QShortcut(Qt::Key_Escape, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(clear, &QShortcut::activated, this, [this] { m_filter->clear(); });
    auto *find =
        new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filter, [this] { m_filter->setFocus(); });
}

FrontDeskFilterModel *FrontDeskPage::list(int which) const
{
    return m_proxies[which];
}

void FrontDeskPage::setActor(const Actor &actor)
{
    m_actor = actor;
    m_filter->clear();
    m_message->clear();
    showToday();
}

void FrontDeskPage::showToday()
{
    showDay(m_ws.clock().today());
    focusArrivals();
}

void FrontDeskPage::showDay(const QDate &day)
{
    m_model->show(m_actor, day);
    m_followsToday = day == m_ws.clock().today();
    m_tick->start();
    applyPermissions();
    retranslate();
}

void FrontDeskPage::clear()
{
    m_tick->stop();
    m_filter->clear();
    m_message->clear();
    m_model->clear();
}

void FrontDeskPage::focusArrivals()
{
    // A doctor's day starts from their waiting room; reception's from the arrivals.
    const bool marks = m_actor.can(Capability::MarkConsultations);
    m_tables[marks && !m_actor.can(Capability::CheckIn) ? Waiting : Expected]->setFocus();
}

void FrontDeskPage::setTickInterval(int msec)
{
    m_tick->setInterval(msec);
}

// What the user's role may not do is not shown (the core refuses it anyway); what does not
// apply to the day shown is greyed out.
void FrontDeskPage::applyPermissions()
{
    const bool today = m_model->day() == m_ws.clock().today();
    m_walkIn->setVisible(m_actor.can(Capability::BookAppointments) &&
                         m_actor.can(Capability::CheckIn));
    m_walkIn->setEnabled(today);
    m_cancel->setVisible(m_actor.can(Capability::BookAppointments));
    m_noShow->setVisible(m_actor.can(Capability::CheckIn));
    m_undoNoShow->setVisible(m_actor.can(Capability::ManageScheduling));
}

void FrontDeskPage::tick()
{
    // Past midnight, a page left on "today" turns to the new day.
    if (m_followsToday && m_model->day() != m_ws.clock().today()) {
        showDay(m_ws.clock().today());
        return;
    }
    m_model->refreshTimes();
    updateCounts();
}

void FrontDeskPage::updateCounts()
{
    retranslate();
}

void FrontDeskPage::setFilter(const QString &text)
{
    for (FrontDeskFilterModel *p : m_proxies)
        p->setText(text);
}

FrontDeskTable *FrontDeskPage::activeTable() const
{
    for (FrontDeskTable *t : m_tables)
        if (t->hasFocus())
            return t;
    return m_tables[Expected];
}

void FrontDeskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void FrontDeskPage::retranslate()
{
    const QString date =
        m_model->day().isValid() ? AppointmentLabels::longDate(m_model->day()) : QString();
    m_title->setText(m_actor.can(Capability::ViewSchedules) ? tr("Front desk — %1").arg(date)
                                                            : tr("My day — %1").arg(date));
    m_filterLabel->setText(tr("&Find:"));
    m_filter->setPlaceholderText(tr("Type a name or a dossier number"));
    const QString titles[ListCount] = {tr("Expected arrivals (%1)"), tr("Waiting room (%1)"),
                                       tr("In consultation (%1)"), tr("Done (%1)"),
                                       tr("Did not come or cancelled (%1)")};
    for (int i = 0; i < ListCount; ++i)
        m_titles[i]->setText(titles[i].arg(m_proxies[i]->rowCount()) + u"   "_s +
                             tr("Alt+%1").arg(i + 1));
    const qint64 longest = m_model->longestWait();
    m_longest->setText(longest < 0
                           ? tr("Nobody is waiting")
                           : tr("Longest wait: %1").arg(AppointmentLabels::duration(longest)));
    m_walkIn->setText(tr("Walk-in…"));
    m_cancel->setText(tr("Cancel the appointment…"));
    m_noShow->setText(tr("Did not come"));
    m_undoNoShow->setText(tr("Undo the no-show"));
    m_openFile->setText(tr("Open the file"));
    m_previousDay->setText(tr("Previous day"));
    m_nextDay->setText(tr("Next day"));
    QStringList keys;
    if (m_actor.can(Capability::CheckIn))
        keys << tr("Enter: check in") << tr("F4: walk-in") << tr("F8: did not come");
    if (m_actor.can(Capability::MarkConsultations))
        keys << tr("Enter in the waiting room: start") << tr("Enter in consultation: done");
    if (m_actor.can(Capability::BookAppointments))
        keys << tr("Delete: cancel");
    if (m_actor.can(Capability::ManageScheduling))
        keys << tr("Ctrl+Z: undo a no-show");
    keys << tr("Ctrl+O: open the file") << tr("type to filter, Esc clears")
         << tr("Ctrl+PgUp/PgDn: another day");
    m_keys->setText(keys.join(u"  ·  "_s));
}

} // namespace jisr
