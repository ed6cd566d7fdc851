#include "clitranslations.h"

#include "clicontext.h"
#include "commandoptions.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace jisr {

void installCliTranslations(const QStringList &arguments)
{
    QString lang = QLocale::system().name().left(2);
    // Only the global --lang, before the command: `user add … --lang ar` is the new account's.
    // A mistake in the options is reported later, once the translator is in place.
    try {
        const CommandOptions options =
            CommandOptions::parse(arguments.mid(1), {}, CommandOptions::globalOptions(), true);
        lang = options.value(u"lang"_s, lang);
    } catch (const UsageError &) {
    }
    if (lang != u"ar"_s && lang != u"fr"_s)
        return;
    auto *translator = new QTranslator(QCoreApplication::instance());
    // The .qm files are embedded by the translations/ target under :/i18n.
    if (translator->load(u":/i18n/jisr_"_s + lang + u".qm"_s))
        QCoreApplication::installTranslator(translator);
}

} // namespace jisr
