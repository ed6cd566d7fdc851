#include "evaluation/evaluationpage.h"

#include "common/applanguage.h"
#include "common/bidi.h"
#include "platform/errors/validationerror.h"
#include "platform/text/typeddate.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace jisr {

EvaluationPage::EvaluationPage(Workspace &workspace, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_ws(workspace), m_actor(actor)
{
}

void EvaluationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QLabel *EvaluationPage::newMessageLine(const QString &objectName)
{
    m_message = new QLabel;
    m_message->setObjectName(objectName);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    return m_message;
}

void EvaluationPage::showProblem(const CoreError &error)
{
    QStringList lines{error.message()};
    if (const auto *v = dynamic_cast<const ValidationError *>(&error))
        for (const ValidationIssue &i : v->issues())
            if (!lines.contains(u"• "_s + i.message))
                lines << u"• "_s + i.message;
    showProblem(lines.join(u'\n'));
}

void EvaluationPage::showProblem(const QString &text)
{
    m_message->setStyleSheet(u"QLabel { color: #a31515; font-weight: bold; }"_s);
    m_message->setText(text);
    m_message->show();
}

void EvaluationPage::showDone(const QString &text)
{
    m_message->setStyleSheet(u"QLabel { color: #1d6b2f; }"_s);
    m_message->setText(text);
    m_message->show();
}

void EvaluationPage::showFrozen(bool frozen)
{
    if (!frozen)
        return;
    m_message->setStyleSheet(u"QLabel { color: #4a5a6a; }"_s);
    m_message->setText(tr("The application went to the committee: this part can no longer "
                          "change."));
    m_message->show();
}

QString EvaluationPage::nameIn(const QString &nameFr, const QString &nameAr)
{
    return AppLanguage::instance().isArabic() && !nameAr.isEmpty() ? nameAr : nameFr;
}

QLabel *EvaluationPage::newNotice(const QString &objectName)
{
    auto *notice = new QLabel;
    notice->setObjectName(objectName);
    notice->setWordWrap(true);
    notice->setAlignment(Qt::AlignCenter);
    notice->setStyleSheet(
        u"QLabel { color: #4a5a6a; background: #f4f7fa; border: 1px solid #c8d6e2; "
        "padding: 24px; font-size: 11pt; }"_s);
    return notice;
}

QLineEdit *EvaluationPage::newDateField(const QString &objectName)
{
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setLayoutDirection(Qt::LeftToRight);
    field->setMaxLength(10);
    field->setMaximumWidth(140);
    return field;
}

void EvaluationPage::setDate(QLineEdit *field, const QDate &date)
{
    field->setText(date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString());
}

QDate EvaluationPage::typedDate(QLineEdit *field, const QString &what, QStringList &problems)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return {};
    const QDate d = TypedDate::parse(text);
    if (!d.isValid())
        problems << tr("%1: %2 is not a date of the calendar (day/month/year).")
                        .arg(what, leftToRight(text));
    return d;
}

} // namespace jisr
