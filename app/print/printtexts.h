#pragma once

#include <QString>
#include <QStringList>

namespace jisr {

// A text as printed in both languages at once.
struct BilingualText
{
    QString ar;
    QString fr;
};

// The printed texts in a given language whatever the interface's: a card or an appointment slip
// speaks Arabic and French side by side, so it cannot go through the one translator the
// interface installs. Both translation files embedded in jisr_core (:/i18n/jisr_ar.qm and
// jisr_fr.qm) are loaded into translators of their own, once. Strings are marked in the code
// with QT_TRANSLATE_NOOP("jisr::PrintTexts", "English source") so that lupdate extracts them
// into translations/ like every other user-visible string.
class PrintTexts
{
public:
    // "ar" or "fr"; any other language gets the English source.
    static QString in(const QString &language, const char *source);
    static BilingualText both(const char *source);
    // The same marked string, in the interface's language (the day list follows it).
    static QString here(const char *source);
    // "ar" or "fr" as the interface's installed translation says, "en" without one: the
    // language a document printed "in the interface's language" is written in.
    static QString interfaceLanguage();
    // Replaces %1, %2... by number, so that a translation may use them in any order or leave
    // some out (QString::arg would renumber them).
    static QString fill(const QString &pattern, const QStringList &values);

    static constexpr const char *Context = "jisr::PrintTexts";
};

} // namespace jisr
