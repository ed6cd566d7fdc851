#pragma once

#include <QMenu>

class QAction;

namespace jisr {

// Help: the user's and the administrator's guides in the interface language, inside the
// application (F1 for the user's), Jisr's licence, and what Jisr is (its version, its licence and
// that of the fonts it carries).
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QWidget *parent = nullptr);

    // The guide's text (Markdown) in the interface language.
    static QString guideText(const QString &guide = QStringLiteral("utilisateur"));
    void showGuide();
    void showAdministratorGuide();
    void showLicence();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Not modal: a guide stays open beside the work.
    void showText(const QString &objectName, const QString &title, const QString &markdown,
                  bool rightToLeft);

    QAction *m_guide = nullptr;
    QAction *m_adminGuide = nullptr;
    QAction *m_licence = nullptr;
    QAction *m_about = nullptr;
};

} // namespace jisr
