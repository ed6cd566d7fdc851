#include "print/printtexts.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// The two translators, loaded on first use and kept for the program's life. Loading is done
// under a function-local static, so concurrent first calls are safe; translate() is const.
struct Translators
{
    std::unique_ptr<QTranslator> ar = std::make_unique<QTranslator>();
    std::unique_ptr<QTranslator> fr = std::make_unique<QTranslator>();
    Translators()
    {
        // A missing file leaves the translator empty: the English source is printed, which a
        // test reading the PDF back would notice.
        (void)ar->load(u":/i18n/jisr_ar.qm"_s);
        (void)fr->load(u":/i18n/jisr_fr.qm"_s);
    }
};

const Translators &translators()
{
    static const Translators t;
    return t;
}

} // namespace

QString PrintTexts::in(const QString &language, const char *source)
{
    const QTranslator *t = language == u"ar"_s   ? translators().ar.get()
                           : language == u"fr"_s ? translators().fr.get()
                                                 : nullptr;
    const QString translated = t ? t->translate(Context, source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

BilingualText PrintTexts::both(const char *source)
{
    return {in(u"ar"_s, source), in(u"fr"_s, source)};
}

QString PrintTexts::here(const char *source)
{
    return QCoreApplication::translate(Context, source);
}

QString PrintTexts::interfaceLanguage()
{
    // Each translation names its own language.
    return here(QT_TRANSLATE_NOOP("jisr::PrintTexts", "en (code of this translation's language)"));
}

QString PrintTexts::fill(const QString &pattern, const QStringList &values)
{
    // One pass, so that a value holding "%1" (a name) is never replaced in turn.
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const int n = i + 1 < pattern.size() ? pattern.at(i + 1).digitValue() : -1;
        if (pattern.at(i) == u'%' && n >= 1 && n <= values.size()) {
            out += values.at(n - 1);
            ++i;
        } else {
            out += pattern.at(i);
        }
    }
    return out;
}

} // namespace jisr
