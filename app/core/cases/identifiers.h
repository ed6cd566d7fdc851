#pragma once

#include <QString>

namespace jisr {

// Moroccan identifiers: normalisation and lenient validation. Each takes what a person typed
// (any case, Arabic-Indic digits, spaces, dashes) and returns the canonical form.
namespace Identifiers {

// Arabic-Indic and Persian digits to ASCII, control and format characters (bidi marks) removed
// as TextCleaner defines them; spaces, tabs and line breaks are kept.
QString foldDigitsAndControls(const QString &text);

// CIN: upper case, no separators. "ab 123456" -> "AB123456".
QString normalizeCin(const QString &text);
enum class CinCheck { Empty, Valid, Doubtful, Invalid };
// Valid: 1-2 letters then 5-6 digits. Doubtful: letters then 1-4 or 7-8 digits (old or mistyped
// cards exist; we warn and let the user decide). Invalid: anything else.
CinCheck checkCin(const QString &normalized);

// IDCS (identifiant civil et social, from the RSU register): exactly 10 digits.
QString normalizeIdcs(const QString &text);
bool isValidIdcs(const QString &normalized);

// Moroccan phone numbers: +212 6…, 00212 6…, 06…, 07…, 05… -> 0XXXXXXXXX.
QString normalizePhone(const QString &text);
bool isValidPhone(const QString &normalized);
// 06 12 34 56 78, for display.
QString formatPhone(const QString &normalized);

} // namespace Identifiers
} // namespace jisr
