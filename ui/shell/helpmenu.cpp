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
    m_adminGuide = addAction(QString(), this, &HelpMenu::showAdministratorGuide);
    m_adminGuide->setObjectName(u"adminGuideAction"_s);
    addSeparator();
    m_licence = addAction(QString(), this, &HelpMenu::showLicence);
    m_licence->setObjectName(u"licenceAction"_s);
    m_about = addAction(QString(), this, &HelpMenu::showAbout);
    m_about->setObjectName(u"aboutAction"_s);
    retranslate();
}

void HelpMenu::retranslate()
{
    setTitle(tr("&Help"));
    m_guide->setText(tr("&User guide"));
    m_adminGuide->setText(tr("A&dministrator's guide"));
    m_licence->setText(tr("&Licence"));
    m_about->setText(tr("&About Jisr"));
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

QString HelpMenu::guideText(const QString &guide)
{
    QFile file(u":/guides/"_s + guide + u"."_s + AppLanguage::instance().current() + u".md"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void HelpMenu::showGuide()
{
    showText(u"userGuideDialog"_s, tr("Jisr — User guide"), guideText(),
             AppLanguage::instance().isArabic());
}

void HelpMenu::showAdministratorGuide()
{
    showText(u"adminGuideDialog"_s, tr("Jisr — Administrator's guide"),
             guideText(u"administrateur"_s), AppLanguage::instance().isArabic());
}

// The licence's official text is English; it is shown as written, left to right.
void HelpMenu::showLicence()
{
    QFile file(u":/legal/LICENSE"_s);
    QString text;
    if (file.open(QIODevice::ReadOnly))
        text = u"```\n"_s + QString::fromUtf8(file.readAll()) + u"\n```"_s;
    showText(u"licenceDialog"_s, tr("Jisr — Licence"), text, false);
}

void HelpMenu::showText(const QString &objectName, const QString &title, const QString &markdown,
                        bool rightToLeft)
{
    auto *dialog = new QDialog(parentWidget());
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QTextBrowser;
    text->setObjectName(u"helpText"_s);
    if (rightToLeft) {
        QTextOption option = text->document()->defaultTextOption();
        option.setTextDirection(Qt::RightToLeft);
        option.setAlignment(Qt::AlignRight);
        text->document()->setDefaultTextOption(option);
    }
    text->setMarkdown(markdown);
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
            tr("Jisr is free software under the GNU General Public License, version 3 or later "
               "(Help > Licence); it comes with no warranty.") +
            u"\n\n"_s +
            tr("Fonts: Noto Sans and Noto Sans Arabic UI, under the SIL Open Font License 1.1."));
}

} // namespace jisr
