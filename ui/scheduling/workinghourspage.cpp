#include "scheduling/workinghourspage.h"

#include "common/applanguage.h"
#include "scheduling/appointmentlabels.h"
#include "scheduling/schedulingsetupservice.h"
#include "scheduling/setuptablemodel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QString shortDate(const QDate &d)
{
    return d.toString(u"dd/MM/yyyy"_s);
}

QLineEdit *clockField(const QString &objectName)
{
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setPlaceholderText(u"HH:MM"_s);
    field->setLayoutDirection(Qt::LeftToRight);
    field->setMaximumWidth(80);
    return field;
}

// Two fields side by side, the first at the start of the line (right in Arabic).
QHBoxLayout *fromTo(QLineEdit *from, QLineEdit *to)
{
    auto *row = new QHBoxLayout;
    row->addWidget(from);
    row->addWidget(to);
    row->addStretch();
    return row;
}

} // namespace

WorkingHoursPage::WorkingHoursPage(Workspace &ws, const Actor &actor, QWidget *parent)
    : SetupPage(ws, actor, parent), m_hours(new SetupTableModel(this)),
      m_absences(new SetupTableModel(this))
{
    m_hours->setHeaders({tr("Weekday"), tr("Hours"), tr("Season")});
    m_absences->setHeaders({tr("From"), tr("To"), tr("Reason")});
    m_practitioner = new QComboBox;
    m_practitioner->setObjectName(u"hoursPractitioner"_s);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this,
            &WorkingHoursPage::showPractitioner);
    m_hoursTable = tableFor(m_hours, u"hoursList"_s);
    auto *who = new QFormLayout;
    who->addRow(tr("P&ractitioner:"), m_practitioner);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_hoursTable, 3);
    lists->addWidget(tableFor(m_absences, u"absenceList"_s), 2);
    auto *forms = new QHBoxLayout;
    forms->addWidget(buildPeriodForm(), 3);
    forms->addWidget(buildAbsenceForm(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(who);
    layout->addLayout(lists, 1);
    layout->addLayout(forms);
    layout->addWidget(messageLabel());
    reload();
}

QWidget *WorkingHoursPage::buildPeriodForm()
{
    auto *box = new QGroupBox(tr("Add working hours"));
    auto *form = new QFormLayout(box);
    m_weekday = new QComboBox;
    m_weekday->setObjectName(u"hoursWeekday"_s);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(AppointmentLabels::weekday(day), day);
    m_from = clockField(u"hoursFrom"_s);
    m_to = clockField(u"hoursTo"_s);
    auto *times = fromTo(m_from, m_to);
    m_seasonFrom = dateField(u"hoursSeasonFrom"_s);
    m_seasonTo = dateField(u"hoursSeasonTo"_s);
    auto *season = fromTo(m_seasonFrom, m_seasonTo);
    form->addRow(tr("&Weekday:"), m_weekday);
    // Rows of two fields: the label leads to the first one.
    auto *timesLabel = new QLabel(tr("&From – to (HH:MM):"));
    timesLabel->setBuddy(m_from);
    auto *seasonLabel = new QLabel(tr("Only &between (Ramadan…):"));
    seasonLabel->setBuddy(m_seasonFrom);
    form->addRow(timesLabel, times);
    form->addRow(seasonLabel, season);
    m_addPeriod = new QPushButton(tr("&Add the period"));
    m_addPeriod->setObjectName(u"hoursAdd"_s);
    connect(m_addPeriod, &QPushButton::clicked, this, &WorkingHoursPage::addPeriod);
    auto *remove = new QPushButton(tr("Re&move the selected period"));
    remove->setObjectName(u"hoursRemove"_s);
    remove->setAutoDefault(false);
    connect(remove, &QPushButton::clicked, this, &WorkingHoursPage::removePeriod);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(m_addPeriod);
    form->addRow(buttons);
    return box;
}

QWidget *WorkingHoursPage::buildAbsenceForm()
{
    auto *box = new QGroupBox(tr("Add an absence"));
    auto *form = new QFormLayout(box);
    m_absenceFrom = dateField(u"absenceFrom"_s);
    m_absenceTo = dateField(u"absenceTo"_s);
    m_absenceTo->setPlaceholderText(tr("same day"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(u"absenceReason"_s);
    form->addRow(tr("First &day:"), m_absenceFrom);
    form->addRow(tr("&Last day:"), m_absenceTo);
    form->addRow(tr("R&eason:"), m_reason);
    m_addAbsence = new QPushButton(tr("Add the ab&sence"));
    m_addAbsence->setObjectName(u"absenceAdd"_s);
    connect(m_addAbsence, &QPushButton::clicked, this, &WorkingHoursPage::addAbsence);
    // Enter in the absence's fields adds the absence, not a period.
    for (QLineEdit *field : {m_absenceFrom, m_absenceTo, m_reason})
        field->installEventFilter(this);
    form->addRow(m_addAbsence);
    return box;
}

void WorkingHoursPage::reload()
{
    fillPractitioners();
    showPractitioner();
}

void WorkingHoursPage::fillPractitioners()
{
    const QString current = practitionerId();
    const QSignalBlocker quiet(m_practitioner);
    m_practitioner->clear();
    for (const Practitioner &p : m_ws.scheduling().practitioners(m_actor))
        m_practitioner->addItem(p.displayName(AppLanguage::instance().current()), p.id);
    m_practitioner->setCurrentIndex(qMax(0, m_practitioner->findData(current)));
}

void WorkingHoursPage::choosePractitioner(const QString &id)
{
    fillPractitioners();
    m_practitioner->setCurrentIndex(qMax(0, m_practitioner->findData(id)));
    showPractitioner();
}

QString WorkingHoursPage::practitionerId() const
{
    return m_practitioner->currentData().toString();
}

void WorkingHoursPage::showPractitioner()
{
    QList<QStringList> rows;
    QStringList ids;
    const QString id = practitionerId();
    for (const WorkingPeriod &w :
         id.isEmpty() ? QList<WorkingPeriod>{} : m_ws.scheduling().workingHours(m_actor, id)) {
        const QString season =
            w.isSeasonal() ? tr("%1 to %2").arg(shortDate(w.validFrom), shortDate(w.validTo))
                           : tr("all year");
        rows << QStringList{
            AppointmentLabels::weekday(w.weekday),
            LocalTime::clock(w.startMinute) + u" – "_s + LocalTime::clock(w.endMinute), season};
        ids << w.id;
    }
    m_hours->setRows(rows, ids);
    rows.clear();
    ids.clear();
    for (const DateRange &a :
         id.isEmpty() ? QList<DateRange>{} : m_ws.scheduling().absences(m_actor, id)) {
        rows << QStringList{shortDate(a.from), shortDate(a.to), a.reason};
        ids << a.id;
    }
    m_absences->setRows(rows, ids);
}

void WorkingHoursPage::addPeriod()
{
    WorkingPeriod w;
    w.practitionerId = practitionerId();
    w.weekday = m_weekday->currentData().toInt();
    const bool saved = save(
        [&] {
            w.startMinute = typedClock(m_from, tr("The start"));
            w.endMinute = typedClock(m_to, tr("The end"));
            w.validFrom = typedDate(m_seasonFrom, false, tr("The first day of the season"));
            w.validTo = typedDate(m_seasonTo, false, tr("The last day of the season"));
            m_ws.scheduling().addWorkingPeriod(m_actor, w);
        },
        tr("The hours of %1 are saved.").arg(m_practitioner->currentText()));
    if (!saved)
        return;
    // The next period of the same day is typed at once (a morning, then an afternoon).
    m_from->clear();
    m_to->clear();
    m_from->setFocus();
}

void WorkingHoursPage::removePeriod()
{
    const QString id = m_hours->idAt(m_hoursTable->currentIndex().row());
    if (id.isEmpty())
        return say(tr("Select the period to remove in the list."), true);
    save([&] { m_ws.scheduling().removeWorkingPeriod(m_actor, id); }, tr("The period is removed."));
}

void WorkingHoursPage::addAbsence()
{
    DateRange a;
    a.practitionerId = practitionerId();
    a.reason = m_reason->text();
    const bool saved = save(
        [&] {
            a.from = typedDate(m_absenceFrom, true, tr("The first day"));
            a.to = typedDate(m_absenceTo, false, tr("The last day"));
            m_ws.scheduling().addAbsence(m_actor, a);
        },
        tr("The absence of %1 is saved.").arg(m_practitioner->currentText()));
    if (saved)
        for (QLineEdit *field : {m_absenceFrom, m_absenceTo, m_reason})
            field->clear();
}

bool WorkingHoursPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        m_addAbsence->setDefault(true);
    else if (event->type() == QEvent::FocusOut)
        m_addPeriod->setDefault(true);
    return SetupPage::eventFilter(watched, event);
}

void WorkingHoursPage::showEvent(QShowEvent *event)
{
    m_addPeriod->setDefault(true);
    SetupPage::showEvent(event);
}

} // namespace jisr
