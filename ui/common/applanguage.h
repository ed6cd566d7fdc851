#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>

namespace jisr {

// The interface language, switchable while the application runs: loads Jisr's and Qt's
// translations, mirrors the whole layout for Arabic and picks the bundled font that shapes the
// script. Every window retranslates itself on QEvent::LanguageChange.
class AppLanguage : public QObject
{
    Q_OBJECT

public:
    static AppLanguage &instance();

    // Loads the Noto fonts embedded in the application (once).
    static void loadBundledFonts();
    // "ar" or "fr"; anything else falls back to French.
    void apply(const QString &language);
    QString current() const { return m_current; }
    bool isArabic() const { return m_current == QLatin1StringView("ar"); }

signals:
    void changed(const QString &language);

private:
    AppLanguage() = default;
    std::unique_ptr<QTranslator> m_jisr;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace jisr
