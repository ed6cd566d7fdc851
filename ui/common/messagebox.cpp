#include "common/messagebox.h"

#include <QAbstractButton>
#include <optional>

namespace jisr {

namespace {

std::optional<MessageBox::Button> nextAnswer;

} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    if (answer == QMessageBox::NoButton)
        nextAnswer.reset();
    else
        nextAnswer = answer;
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton,
                                        const ButtonTexts &texts, const QString &objectName)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton, texts,
               objectName);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                   const QString &text, Buttons buttons, Button defaultButton,
                                   const ButtonTexts &texts, const QString &objectName)
{
    if (nextAnswer) {
        const Button answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(objectName);
    box.setDefaultButton(defaultButton);
    for (const auto &[button, words] : texts)
        if (QAbstractButton *b = box.button(button))
            b->setText(words);
    // As QMessageBox's static functions: closed by the lock screen, it answers Cancel.
    if (box.exec() == -1)
        return QMessageBox::Cancel;
    return box.standardButton(box.clickedButton());
}

} // namespace jisr
