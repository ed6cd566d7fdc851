#include "common/applanguage.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace jisr {

AppLanguage &AppLanguage::instance()
{
    static AppLanguage language;
    return language;
}

void AppLanguage::loadBundledFonts()
{
    static bool loaded = false;
    if (loaded)
        return;
    loaded = true;
    for (const QString &file : QDir(u":/fonts"_s).entryList({u"*.ttf"_s}))
        QFontDatabase::addApplicationFont(u":/fonts/"_s + file);
}

void AppLanguage::apply(const QString &requested)
{
    const QString language = requested == u"ar"_s ? u"ar"_s : u"fr"_s;
    if (language == m_current)
        return;
    loadBundledFonts();
    if (m_jisr)
        QCoreApplication::removeTranslator(m_jisr.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_jisr = std::make_unique<QTranslator>();
    if (m_jisr->load(u":/i18n/jisr_"_s + language + u".qm"_s))
        QCoreApplication::installTranslator(m_jisr.get());
    // Qt's own strings (standard buttons, dialogs), when the system has them.
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());

    // Dates and numbers keep Western digits in both languages (dd/MM/yyyy), as on Moroccan
    // documents: the French locale formats them, whatever the interface language.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Morocco));
    const bool arabic = language == u"ar"_s;
    // Noto Sans first in both languages: Latin letters, digits and signs all come from it, so an
    // identifier such as RAB-2026-T01-0041 is drawn in one font; Arabic letters come from the
    // matching Noto Sans Arabic UI. (Arabic first gave its own digits beside Latin letters.)
    QFont font;
    font.setFamilies({u"Noto Sans"_s, u"Noto Sans Arabic UI"_s});
    font.setPointSize(arabic ? 11 : 10);
    QApplication::setFont(font);
    QApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    m_current = language;
    emit changed(language);
}

} // namespace jisr
