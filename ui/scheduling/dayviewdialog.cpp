#include "scheduling/dayviewdialog.h"

#include "common/applanguage.h"
#include "common/messagebox.h"
#include "platform/time/clock.h"
#include "scheduling/appointmentprinting.h"
#include "scheduling/dayschedulemodel.h"
#include "scheduling/schedulingsetupservice.h"
#include "scheduling/weekschedulemodel.h"
#include "scheduling/weekview.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

DayViewDialog::DayViewDialog(Workspace &ws, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_model(new DayScheduleModel(ws, this)),
      m_weekModel(new WeekScheduleModel(ws, this)),
      m_printing(std::make_unique<AppointmentPrinting>(ws, actor, this)), m_dateLabel(new QLabel),
      m_date(new QDateEdit(ws.clock().today())), m_tabs(new QTabWidget), m_table(new QTableView),
      m_practitionerLabel(new QLabel), m_practitioner(new QComboBox), m_week(new WeekView),
      m_printList(new QPushButton), m_saveList(new QPushButton)
{
    setObjectName(u"dayViewDialog"_s);
    m_date->setObjectName(u"dayDate"_s);
    m_date->setCalendarPopup(true);
    // Left to right before the format: QDateTimeEdit reverses the sections of a format set
    // while it is right to left, which showed 2026/04/06 in Arabic.
    m_date->setLayoutDirection(Qt::LeftToRight);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_dateLabel->setBuddy(m_date);
    m_printList->setObjectName(u"printDayList"_s);
    m_saveList->setObjectName(u"saveDayList"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_dateLabel);
    top->addWidget(m_date);
    top->addStretch();
    top->addWidget(m_printList);
    top->addWidget(m_saveList);
    m_tabs->setObjectName(u"scheduleTabs"_s);
    m_tabs->addTab(buildDayTab(), {});
    m_tabs->addTab(buildWeekTab(), {});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_model->show(m_actor, d);
        showWeek();
    });
    connect(m_printList, &QPushButton::clicked, this,
            [this] { m_printing->previewDayList(m_date->date()); });
    connect(m_saveList, &QPushButton::clicked, this,
            [this] { m_printing->saveDayList(m_date->date()); });
    m_model->show(m_actor, m_date->date());
    fillPractitioners();
    resize(900, 640);
    retranslate();
}

DayViewDialog::~DayViewDialog() = default;

QWidget *DayViewDialog::buildDayTab()
{
    m_table->setObjectName(u"dayTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Drag an appointment to another time or practitioner to reschedule it.
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &DayViewDialog::showContextMenu);
    connect(m_model, &DayScheduleModel::dropRefused, this, [this](const QString &why) {
        MessageBox::warning(this, tr("The appointment was not moved"), why);
    });
    auto *slip = new QShortcut(QKeySequence::Print, m_table);
    slip->setContext(Qt::WidgetWithChildrenShortcut);
    connect(slip, &QShortcut::activated, this, [this] {
        if (!currentAppointmentId().isEmpty())
            m_printing->previewSlip(currentAppointmentId(), AppointmentSlipRenderer::Format::A6);
    });
    return m_table;
}

QWidget *DayViewDialog::buildWeekTab()
{
    auto *page = new QWidget;
    m_practitioner->setObjectName(u"weekPractitioner"_s);
    m_practitionerLabel->setBuddy(m_practitioner);
    m_week->setObjectName(u"weekView"_s);
    m_week->setModel(m_weekModel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_practitionerLabel);
    row->addWidget(m_practitioner, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_week, 1);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, [this] { showWeek(); });
    return page;
}

void DayViewDialog::fillPractitioners()
{
    const QString chosen = m_practitioner->currentData().toString();
    const QSignalBlocker block(m_practitioner);
    m_practitioner->clear();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_practitioner->addItem(m_model->headerData(column, Qt::Horizontal).toString(),
                                m_model->practitionerId(column));
    m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(chosen)));
    showWeek();
}

void DayViewDialog::showWeek()
{
    m_weekModel->show(m_actor, m_practitioner->currentData().toString(), m_date->date());
}

QString DayViewDialog::currentAppointmentId() const
{
    return m_table->currentIndex().data(DayScheduleModel::AppointmentIdRole).toString();
}

void DayViewDialog::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const QString id = index.data(DayScheduleModel::AppointmentIdRole).toString();
    const QString practitioner = m_model->practitionerId(index.column());
    QMenu menu(this);
    using Format = AppointmentSlipRenderer::Format;
    if (!id.isEmpty()) {
        menu.addAction(tr("Print the slip (A6)…"), this,
                       [this, id] { m_printing->previewSlip(id, Format::A6); });
        menu.addAction(tr("Print the slip (receipt)…"), this,
                       [this, id] { m_printing->previewSlip(id, Format::Receipt); });
        menu.addAction(tr("Save the slip as PDF…"), this,
                       [this, id] { m_printing->saveSlip(id, Format::A6); });
        menu.addSeparator();
    }
    menu.addAction(
        tr("Print %1's day…").arg(m_model->headerData(index.column(), Qt::Horizontal).toString()),
        this, [this, practitioner] { m_printing->previewDayList(m_date->date(), practitioner); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void DayViewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DayViewDialog::retranslate()
{
    setWindowTitle(tr("Appointments of the day"));
    m_dateLabel->setText(tr("&Day"));
    m_tabs->setTabText(0, tr("Day"));
    m_tabs->setTabText(1, tr("Week"));
    m_practitionerLabel->setText(tr("&Practitioner"));
    m_printList->setText(tr("&Print the day's list…"));
    m_saveList->setText(tr("Save the list as PD&F…"));
    m_model->retranslate();
    m_weekModel->retranslate();
    fillPractitioners();
}

} // namespace jisr
