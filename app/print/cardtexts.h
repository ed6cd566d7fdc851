#pragma once

#include "print/printtexts.h"

#include <QString>
#include <QStringList>

namespace jisr::CardTexts {

// The fixed texts of the card, in its two languages at once. They belong to the card's layout
// (a legal document whose wording does not follow the interface's language): each is taken from
// the translations in both languages through PrintTexts, whatever the interface speaks.
using Bilingual = BilingualText;

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
