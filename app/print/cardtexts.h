#pragma once

#include <QString>
#include <QStringList>

namespace jisr::CardTexts {

// The fixed texts of the card, in its two languages at once. They belong to the card's layout
// (a legal document whose wording does not follow the interface's language), so they are not
// translated through tr() but written here once, each in the language it is printed in.
struct Bilingual
{
    QString ar;
    QString fr;
};

Bilingual kingdom();
Bilingual ministry();
Bilingual title();
Bilingual born();
Bilingual cin();
Bilingual number();
Bilingual disability();
Bilingual validity();
Bilingual province();
Bilingual rights();
Bilingual report();
Bilingual verify();
Bilingual copy();
Bilingual type(const QString &code);
Bilingual degree(const QString &code);
Bilingual types(const QStringList &codes);

} // namespace jisr::CardTexts
