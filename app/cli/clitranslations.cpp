#include "clitranslations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace jisr {

void installCliTranslations(const QStringList &arguments)
{
    QString lang = QLocale::system().name().left(2);
    const qsizetype i = arguments.indexOf(u"--lang"_qs);
    if (i >= 0 && i + 1 < arguments.size())
        lang = arguments.at(i + 1);
    if (lang != u"ar"_qs && lang != u"fr"_qs)
        return;
    auto *translator = new QTranslator(QCoreApplication::instance());
    // The .qm files are embedded by the translations/ target under :/i18n.
    if (translator->load(u":/i18n/jisr_"_qs + lang + u".qm"_qs))
        QCoreApplication::installTranslator(translator);
}

} // namespace jisr
