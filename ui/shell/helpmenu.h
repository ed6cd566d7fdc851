#pragma once

#include <QMenu>

class QAction;

namespace jisr {

// Help: the user's guide in the interface language, inside the application (F1), and what
// Jisr is (its version and the licence of the fonts it carries).
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QWidget *parent = nullptr);

    // The guide's text (Markdown) in the interface language.
    static QString guideText();
    void showGuide();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_guide = nullptr;
    QAction *m_about = nullptr;
};

} // namespace jisr
