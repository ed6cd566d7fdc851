#pragma once

#include <QStringList>

namespace jisr {

// Messages in the language of --lang, else of the system locale (ar or fr), else English.
void installCliTranslations(const QStringList &arguments);

} // namespace jisr
