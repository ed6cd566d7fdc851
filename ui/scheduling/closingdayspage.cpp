#include "scheduling/closingdayspage.h"

#include "platform/time/clock.h"
#include "scheduling/appointmentlabels.h"
#include "scheduling/nationalholidays.h"
#include "scheduling/schedulingsetupservice.h"
#include "scheduling/setuptablemodel.h"
#include "workspace/workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <map>

using namespace Qt::StringLiterals;

namespace jisr {

ClosingDaysPage::ClosingDaysPage(Workspace &ws, const Actor &actor, QWidget *parent)
    : SetupPage(ws, actor, parent), m_model(new SetupTableModel(this)), m_year(new QSpinBox),
      m_from(dateField(u"closingFrom"_s)), m_to(dateField(u"closingTo"_s)), m_reason(new QLineEdit),
      m_add(new QPushButton(tr("&Add the closing days")))
{
    m_model->setHeaders({tr("Days"), tr("Reason"), tr("Kind")});
    m_year->setObjectName(u"closingYear"_s);
    m_year->setRange(2000, 2100);
    m_year->setValue(m_ws.clock().today().year());
    connect(m_year, &QSpinBox::valueChanged, this, &ClosingDaysPage::reload);
    m_to->setPlaceholderText(tr("same day"));
    m_reason->setObjectName(u"closingReason"_s);
    m_reason->setPlaceholderText(tr("for example Eid al-Fitr"));
    m_add->setObjectName(u"closingAdd"_s);
    connect(m_add, &QPushButton::clicked, this, &ClosingDaysPage::addClosing);
    auto *year = new QFormLayout;
    year->addRow(tr("&Year:"), m_year);
    auto *form = new QFormLayout;
    form->addRow(tr("&First day:"), m_from);
    form->addRow(tr("&Last day:"), m_to);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(year);
    layout->addWidget(tableFor(m_model, u"closingList"_s), 1);
    layout->addLayout(form);
    layout->addWidget(messageLabel());
    reload();
}

void ClosingDaysPage::reload()
{
    const int year = m_year->value();
    // In date order; the national holidays have no id (nobody entered them).
    std::multimap<QDate, std::pair<QStringList, QString>> days;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        if (NationalHolidays::isHoliday(d))
            days.insert({d,
                         {{AppointmentLabels::longDate(d), NationalHolidays::nameOf(d),
                           tr("national holiday")},
                          QString()}});
    for (const DateRange &c : m_ws.scheduling().closings(m_actor)) {
        if (c.to.year() < year || c.from.year() > year)
            continue;
        const QString when = c.from == c.to ? AppointmentLabels::longDate(c.from)
                                            : tr("%1 to %2")
                                                  .arg(AppointmentLabels::longDate(c.from),
                                                       AppointmentLabels::longDate(c.to));
        days.insert({c.from, {{when, c.reason, tr("entered")}, c.id}});
    }
    QList<QStringList> rows;
    QStringList ids;
    for (const auto &[day, row] : days) {
        rows << row.first;
        ids << row.second;
    }
    m_model->setRows(rows, ids);
}

void ClosingDaysPage::addClosing()
{
    DateRange c;
    c.reason = m_reason->text();
    const bool saved = save(
        [&] {
            c.from = typedDate(m_from, true, tr("The first day"));
            c.to = typedDate(m_to, false, tr("The last day"));
            c = m_ws.scheduling().addClosing(m_actor, c);
        },
        tr("The centre is closed on these days: no appointment will be offered."));
    if (!saved)
        return;
    for (QLineEdit *field : {m_from, m_to, m_reason})
        field->clear();
    m_year->setValue(c.from.year());
    m_from->setFocus();
}

void ClosingDaysPage::showEvent(QShowEvent *event)
{
    m_add->setDefault(true);
    SetupPage::showEvent(event);
}

} // namespace jisr
