#pragma once

#include <QString>
#include <QStringView>

namespace jisr {

// What people type or paste into one-line fields, made safe to store, compare and print.
// Control characters (C0, DEL, C1: ESC sequences that rewrite a terminal, BEL...) and invisible
// format characters (bidi overrides, zero-width joiners: a pasted override reverses how a name
// is displayed everywhere) never belong in a field of a case file.
class TextCleaner
{
public:
    // A control or an invisible format character.
    static bool isInvisibleControl(QChar c);
    // Arabic-Indic and Extended Arabic-Indic (Persian) digits to ASCII: people type both.
    static QString foldDigits(const QString &text);
    // One line: line breaks and tabs become spaces, other control and format characters go,
    // runs of spaces become one, digits are folded, the ends are trimmed.
    static QString oneLine(const QString &text);
    // For a terminal: every control character shows as U+FFFD instead of being obeyed, except
    // those in `layout` that the caller put there itself (the line breaks and tabs between
    // columns of a listing).
    static QString forTerminal(const QString &text, QStringView layout = {});
};

} // namespace jisr
