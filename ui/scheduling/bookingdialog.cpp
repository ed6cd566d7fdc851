#include "scheduling/bookingdialog.h"

#include "common/applanguage.h"
#include "platform/errors/coreerror.h"
#include "platform/text/typeddate.h"
#include "platform/time/clock.h"
#include "scheduling/appointmentlabels.h"
#include "scheduling/appointmentservice.h"
#include "scheduling/schedulingsetupservice.h"
#include "scheduling/slotoptionsmodel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// Thrown by typedDate: a date field that does not hold a date, said once, in the dialog.
struct BadDate
{
    QString message;
};

} // namespace

BookingDialog::BookingDialog(Workspace &ws, const Actor &actor, const QString &caseId,
                             const QString &person, QWidget *parent)
    : QDialog(parent), m_ws(ws), m_actor(actor), m_caseId(caseId),
      m_options(new SlotOptionsModel(this))
{
    setObjectName(u"bookingDialog"_s);
    setWindowTitle(tr("Book an appointment"));
    auto *who = new QLabel(tr("Appointment for %1").arg(person));
    who->setObjectName(u"bookingPerson"_s);
    QFont f = who->font();
    f.setBold(true);
    who->setFont(f);
    m_table = new QTableView;
    m_table->setObjectName(u"bookingOptions"_s);
    m_table->setModel(m_options);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message = new QLabel;
    m_message->setObjectName(u"bookingMessage"_s);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_book = buttons->addButton(tr("&Book the selected time"), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(u"bookButton"_s);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &BookingDialog::bookSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(buildCriteria());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_book->setDefault(true); // Enter books, from any field (once the button is in the dialog)
    fillChoices();
    search();
    resize(820, 520);
    m_service->setFocus();
}

QWidget *BookingDialog::buildCriteria()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_service = new QComboBox;
    m_service->setObjectName(u"bookingService"_s);
    m_from = new QLineEdit(m_ws.clock().today().toString(u"dd/MM/yyyy"_s));
    m_from->setObjectName(u"bookingFrom"_s);
    m_to = new QLineEdit;
    m_to->setObjectName(u"bookingTo"_s);
    m_to->setPlaceholderText(tr("30 days later"));
    for (QLineEdit *date : {m_from, m_to}) {
        // Typed and read day first, left to right in both languages.
        date->setLayoutDirection(Qt::LeftToRight);
        date->setMaximumWidth(140);
        connect(date, &QLineEdit::textChanged, this, &BookingDialog::search);
    }
    m_dayPart = new QComboBox;
    m_dayPart->setObjectName(u"bookingDayPart"_s);
    m_weekday = new QComboBox;
    m_weekday->setObjectName(u"bookingWeekday"_s);
    m_practitioner = new QComboBox;
    m_practitioner->setObjectName(u"bookingPractitioner"_s);
    for (QComboBox *choice : {m_service, m_dayPart, m_weekday, m_practitioner})
        connect(choice, &QComboBox::currentIndexChanged, this, &BookingDialog::search);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&From (dd/mm/yyyy):"), m_from);
    form->addRow(tr("&Until:"), m_to);
    form->addRow(tr("&Time of day:"), m_dayPart);
    form->addRow(tr("&Weekday:"), m_weekday);
    form->addRow(tr("&Practitioner:"), m_practitioner);
    return box;
}

void BookingDialog::fillChoices()
{
    const QSignalBlocker a(m_service), b(m_dayPart), c(m_weekday), d(m_practitioner);
    const bool arabic = AppLanguage::instance().isArabic();
    for (const Service &s : m_ws.scheduling().services(m_actor))
        m_service->addItem(arabic && !s.nameAr.isEmpty() ? s.nameAr : s.nameFr, s.code);
    m_dayPart->addItem(tr("Any time"), int(SlotQuery::DayPart::Any));
    m_dayPart->addItem(tr("Morning"), int(SlotQuery::DayPart::Morning));
    m_dayPart->addItem(tr("Afternoon"), int(SlotQuery::DayPart::Afternoon));
    m_weekday->addItem(tr("Any day"), 0);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(AppointmentLabels::weekday(day), day);
    m_practitioner->addItem(tr("Any practitioner"), QString());
    const QList<Practitioner> practitioners = m_ws.scheduling().practitioners(m_actor);
    for (const Practitioner &p : practitioners)
        if (p.active)
            m_practitioner->addItem(p.displayName(AppLanguage::instance().current()), p.id);
    m_options->setNames(practitioners, m_ws.scheduling().rooms(m_actor));
}

QDate BookingDialog::typedDate(QLineEdit *field, bool required, const QString &what)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty() && !required)
        return {};
    const QDate d = TypedDate::parse(text);
    if (!d.isValid())
        throw BadDate{tr("%1 is not a date: type it as dd/mm/yyyy (for example %2).")
                          .arg(what, m_ws.clock().today().toString(u"dd/MM/yyyy"_s))};
    return d;
}

void BookingDialog::search()
{
    if (m_service->count() == 0)
        return showOptions({}, tr("No service is set up yet: an administrator adds them."));
    SlotQuery q;
    q.caseId = m_caseId;
    q.limit = OptionCount;
    q.dayPart = SlotQuery::DayPart(m_dayPart->currentData().toInt());
    q.weekday = m_weekday->currentData().toInt();
    if (const QString id = m_practitioner->currentData().toString(); !id.isEmpty())
        q.practitionerIds = {id};
    try {
        q.from = typedDate(m_from, true, tr("The first day"));
        q.to = typedDate(m_to, false, tr("The last day"));
        const QList<SlotOption> found =
            m_ws.appointments().findSlots(m_actor, q, m_service->currentData().toString());
        showOptions(found, found.isEmpty()
                               ? tr("No free time in these days: search further or change "
                                    "the preferences.")
                               : tr("The first free times. Enter books the selected one."));
    } catch (const BadDate &e) {
        m_options->setOptions({});
        say(e.message, true);
    } catch (const CoreError &e) {
        m_options->setOptions({});
        say(e.message(), true);
    }
}

void BookingDialog::showOptions(const QList<SlotOption> &options, const QString &message)
{
    m_options->setOptions(options);
    // Not selectRow(): in a right-to-left view not yet laid out, it finds no column and selects
    // nothing.
    if (!options.isEmpty())
        m_table->setCurrentIndex(m_options->index(0, 0));
    m_book->setEnabled(!options.isEmpty());
    say(message, options.isEmpty());
}

void BookingDialog::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"QLabel { color: #b00020; }"_s : QString());
    if (error)
        m_book->setEnabled(false);
}

void BookingDialog::bookSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_options->rowCount())
        return;
    const SlotOption option = m_options->options().at(current.row());
    const QString code = m_service->currentData().toString();
    try {
        m_booked = m_ws.appointments().book(
            m_actor, {m_caseId, code, option.start, option.practitionerIds(), option.roomId()});
    } catch (const SlotUnavailableError &e) {
        // Someone else took it meanwhile: the fresh options, the first one ready for Enter.
        showOptions(e.alternatives(), e.message() + u' ' + tr("Here are the next free times."));
        m_message->setStyleSheet(u"QLabel { color: #b00020; }"_s);
        m_table->setFocus();
        return;
    } catch (const CoreError &e) {
        say(e.message(), true);
        return;
    }
    m_summary =
        tr("Booked: %1, %2, %3, with %4%5.")
            .arg(m_service->currentText(), AppointmentLabels::longDate(option.start.date),
                 AppointmentLabels::span(option.start, option.end),
                 m_options->practitionerNames(option),
                 option.roomId().isEmpty() ? QString()
                                           : tr(", room %1").arg(m_options->roomName(option)));
    accept();
}

} // namespace jisr
