#pragma once

#include <QColor>

// The colours of the printed documents: the ink, the green of the flag for headings, a grey for
// what is secondary.
namespace jisr::PrintPalette {

inline const QColor Ink(0x1b, 0x26, 0x33);
inline const QColor Green(0x00, 0x6a, 0x4e);
inline const QColor Grey(0x4a, 0x55, 0x60);

} // namespace jisr::PrintPalette
