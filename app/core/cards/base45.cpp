#include "cards/base45.h"

namespace jisr::Base45 {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int valueOf(QChar c)
{
    for (int i = 0; i < 45; ++i)
        if (c == QLatin1Char(Alphabet[i]))
            return i;
    return -1;
}

} // namespace

QString encode(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() / 2 * 3 + 2);
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        int n = (quint8(bytes[i]) << 8) | quint8(bytes[i + 1]);
        for (int k = 0; k < 3; ++k, n /= 45)
            out += QLatin1Char(Alphabet[n % 45]);
    }
    if (bytes.size() % 2 == 1) {
        int n = quint8(bytes.back());
        out += QLatin1Char(Alphabet[n % 45]);
        out += QLatin1Char(Alphabet[n / 45]);
    }
    return out;
}

std::optional<QByteArray> decode(const QString &text)
{
    if (text.size() % 3 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype len = std::min<qsizetype>(3, text.size() - i);
        int n = 0;
        for (qsizetype k = len - 1; k >= 0; --k) {
            const int v = valueOf(text[i + k]);
            if (v < 0)
                return std::nullopt;
            n = n * 45 + v;
        }
        if (len == 3) {
            if (n > 0xFFFF)
                return std::nullopt;
            out += char(n >> 8);
            out += char(n & 0xFF);
        } else {
            if (n > 0xFF)
                return std::nullopt;
            out += char(n);
        }
    }
    return out;
}

} // namespace jisr::Base45
