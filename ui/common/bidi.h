#pragma once

#include <QString>

namespace jisr {

// Identifiers, phones and dates stay left-to-right inside an Arabic layout: a left-to-right
// isolate (U+2066 … U+2069) keeps "AB123456" or "23/11/2026 08:06" from being reordered by the
// bidi algorithm. An empty text stays empty.
inline QString leftToRight(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2066) + text + QChar(0x2069);
}

} // namespace jisr
