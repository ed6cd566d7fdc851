#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace jisr {

// Base45 (RFC 9285): bytes as text in exactly the 45 characters of a QR code's alphanumeric
// mode, which packs 11 bits per 2 characters, so a QR code holds more of it than of Base64.
namespace Base45 {
QString encode(const QByteArray &bytes);
// Empty when the text is not valid Base45 (a character outside the alphabet, a bad length,
// a triple or pair out of range).
std::optional<QByteArray> decode(const QString &text);
} // namespace Base45

} // namespace jisr
