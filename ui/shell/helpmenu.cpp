#include "shell/helpmenu.h"

#include "common/applanguage.h"
#include "common/messagebox.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

HelpMenu::HelpMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(u"helpMenu"_s);
    m_guide = addAction(QString(), this, &HelpMenu::showGuide);
    m_guide->setObjectName(u"userGuideAction"_s);
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_about = addAction(QString(), this, &HelpMenu::showAbout);
    m_about->setObjectName(u"aboutAction"_s);
    retranslate();
}

void HelpMenu::retranslate()
{
    setTitle(tr("&Help"));
    m_guide->setText(tr("&User guide"));
    m_about->setText(tr("&About Jisr"));
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

QString HelpMenu::guideText()
{
    QFile file(u":/guides/utilisateur."_s + AppLanguage::instance().current() + u".md"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Not modal: the guide stays open beside the work.
void HelpMenu::showGuide()
{
    auto *dialog = new QDialog(parentWidget());
    dialog->setObjectName(u"userGuideDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Jisr — User guide"));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QTextBrowser;
    text->setObjectName(u"userGuideText"_s);
    text->setMarkdown(guideText());
    if (AppLanguage::instance().isArabic()) {
        QTextOption option = text->document()->defaultTextOption();
        option.setTextDirection(Qt::RightToLeft);
        option.setAlignment(Qt::AlignRight);
        text->document()->setDefaultTextOption(option);
        text->setMarkdown(guideText()); // laid out again with the direction
    }
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(760, 640);
    dialog->show();
}

void HelpMenu::showAbout()
{
    MessageBox::information(
        parentWidget(), tr("About Jisr"),
        tr("Jisr %1 — case files of the medico-social centres for people with disabilities.")
                .arg(QCoreApplication::applicationVersion()) +
            u"\n\n"_s +
            tr("Fonts: Noto Sans and Noto Sans Arabic UI, under the SIL Open Font License 1.1."));
}

} // namespace jisr
