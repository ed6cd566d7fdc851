#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <utility>

namespace jisr {

// Every message box of the application goes through here instead of QMessageBox's static
// functions, so that a test answers the next one before it is asked (setNextAnswer) instead of
// polling for a modal window. The defaults are those of QMessageBox's static functions.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;
    // Our own words for some buttons: Qt's Arabic "Discard" reads as "refuse".
    using ButtonTexts = QList<std::pair<Button, QString>>;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::NoButton,
                           const ButtonTexts &texts = {}, const QString &objectName = {});
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);

    // For tests: the next call returns `answer` without showing anything, once. NoButton
    // forgets an answer that was not used.
    static void setNextAnswer(Button answer);

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                      const QString &text, Buttons buttons, Button defaultButton,
                      const ButtonTexts &texts = {}, const QString &objectName = {});
};

} // namespace jisr
