#include "clitranslations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace jisr {

void installCliTranslations(const QStringList &arguments)
{
    QString lang = QLocale::system().name().left(2);
    const qsizetype i = arguments.indexOf(u"--lang"_s);
    if (i >= 0 && i + 1 < arguments.size())
        lang = arguments.at(i + 1);
    if (lang != u"ar"_s && lang != u"fr"_s)
        return;
    auto *translator = new QTranslator(QCoreApplication::instance());
    // The .qm files are embedded by the translations/ target under :/i18n.
    if (translator->load(u":/i18n/jisr_"_s + lang + u".qm"_s))
        QCoreApplication::installTranslator(translator);
}

} // namespace jisr
