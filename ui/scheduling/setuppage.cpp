#include "scheduling/setuppage.h"

#include "platform/errors/coreerror.h"
#include "platform/text/typeddate.h"
#include "scheduling/schedulingtypes.h"
#include "scheduling/setuptablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// A field that does not hold what it should, said once, in the message line.
struct BadField
{
    QString message;
};

} // namespace

SetupPage::SetupPage(Workspace &ws, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_ws(ws), m_actor(actor), m_message(new QLabel)
{
    m_message->setObjectName(u"setupMessage"_s);
    m_message->setWordWrap(true);
}

QString SetupPage::message() const
{
    return m_message->text();
}

bool SetupPage::save(const std::function<void()> &write, const QString &done)
{
    try {
        write();
    } catch (const BadField &e) {
        say(e.message, true);
        return false;
    } catch (const CoreError &e) {
        say(e.message(), true);
        return false;
    }
    reload();
    say(done, false);
    return true;
}

void SetupPage::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"QLabel { color: #b00020; }"_s : QString());
}

QDate SetupPage::typedDate(QLineEdit *field, bool required, const QString &what) const
{
    const QString text = field->text().trimmed();
    if (text.isEmpty() && !required)
        return {};
    const QDate d = TypedDate::parse(text);
    if (!d.isValid())
        throw BadField{
            tr("%1 is not a date: type it as dd/mm/yyyy (for example 06/04/2026).").arg(what)};
    return d;
}

int SetupPage::typedClock(QLineEdit *field, const QString &what) const
{
    const int minute = LocalTime::parseClock(field->text().trimmed());
    if (minute < 0)
        throw BadField{tr("%1 is not a time: type it as HH:MM (for example 08:30).").arg(what)};
    return minute;
}

QLineEdit *SetupPage::dateField(const QString &objectName) const
{
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setPlaceholderText(tr("dd/mm/yyyy"));
    // Typed and read day first, left to right in both languages.
    field->setLayoutDirection(Qt::LeftToRight);
    field->setMaximumWidth(120);
    return field;
}

QTableView *SetupPage::tableFor(SetupTableModel *model, const QString &objectName) const
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace jisr
