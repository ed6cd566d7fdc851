#include "print/cardtexts.h"

#include <QHash>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace jisr::CardTexts {

namespace {

// A code of the committee's decision in both languages; an unknown code is printed as it is.
Bilingual byCode(const QHash<QString, const char *> &names, const QString &code)
{
    const auto it = names.constFind(code);
    return it == names.constEnd() ? Bilingual{code, code} : PrintTexts::both(*it);
}

} // namespace

Bilingual kingdom()
{
    return PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "KINGDOM OF MOROCCO"));
}

Bilingual ministry()
{
    return PrintTexts::both(QT_TRANSLATE_NOOP(
        "jisr::PrintTexts", "Ministry of Solidarity, Social Integration and the Family"));
}

Bilingual title()
{
    return PrintTexts::both(
        QT_TRANSLATE_NOOP("jisr::PrintTexts", "Card of a person with a disability"));
}

Bilingual born()
{
    return PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Born on"));
}

Bilingual cin()
{
    return PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "National ID (CIN)"));
}

Bilingual number()
{
    return PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Card number"));
}

Bilingual disability()
{
    return PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Disability"));
}

Bilingual validity()
{
    return PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Valid until"));
}

Bilingual province()
{
    return PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Province"));
}

Bilingual rights()
{
    return PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts",
                                              "This card gives its holder the rights provided "
                                              "for by framework law 97-13."));
}

Bilingual report()
{
    return PrintTexts::both(QT_TRANSLATE_NOOP(
        "jisr::PrintTexts", "Any change of situation must be reported within 10 days."));
}

Bilingual verify()
{
    return PrintTexts::both(
        QT_TRANSLATE_NOOP("jisr::PrintTexts", "Signed code, verifiable offline"));
}

Bilingual copy()
{
    return PrintTexts::both(QT_TRANSLATE_NOOP("jisr::PrintTexts", "Copy"));
}

Bilingual type(const QString &code)
{
    // The disability types of the committee's decision, by code.
    static const QHash<QString, const char *> names = {
        {u"motor"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "motor")},
        {u"visual"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "visual")},
        {u"hearing"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "hearing")},
        {u"speech"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "speech")},
        {u"intellectual"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "intellectual")},
        {u"psychic"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "psychic")},
        {u"autism"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "autism")},
        {u"multiple"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "multiple")},
        {u"other"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "other")},
    };
    return byCode(names, code);
}

Bilingual degree(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {u"mild"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "mild")},
        {u"moderate"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "moderate")},
        {u"severe"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "severe")},
        {u"profound"_s, QT_TRANSLATE_NOOP("jisr::PrintTexts", "profound")},
    };
    return byCode(names, code);
}

Bilingual types(const QStringList &codes)
{
    QStringList ar, fr;
    for (const QString &c : codes) {
        ar << type(c).ar;
        fr << type(c).fr;
    }
    return {ar.join(u"، "_s), fr.join(u", "_s)};
}

} // namespace jisr::CardTexts
