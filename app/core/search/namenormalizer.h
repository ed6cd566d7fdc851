#pragma once

#include <QString>
#include <QStringList>

namespace jisr {

// Turns a name, however it was typed, into the tokens the search index stores and the search box
// looks up, so that spelling habits do not hide a person:
// - Arabic: hamza and alef forms (أ إ آ ٱ → ا, ؤ → و, ئ → ي), taa marbuta ة → ه, alef maqsura
//   ى → ي, Persian yeh and kaf, tatweel and harakat removed, the article ال dropped;
// - Latin: lower case, accents removed, apostrophes and hyphens as spaces;
// - both: Arabic-Indic digits to Western ones, bidi controls removed; particles glued to the next
//   word ("Abd El Kader" = "Abdelkader", "بن علي" = "بنعلي"), "-eddine"/"الدين" glued to the
//   word before ("Nour Eddine" = "Noureddine"), the article dropped ("El Idrissi" = "Idrissi"),
//   titles ignored (moulay, sidi, lalla, hadj, مولاي، سيدي، لالة، الحاج), common abbreviations
//   expanded (med, mohd, mhd → mohamed).
class NameNormalizer
{
public:
    // Character-level folding only (no token rules).
    static QString fold(const QString &text);
    // The search tokens of a name or of what was typed in the search box.
    static QStringList tokens(const QString &text);
    // The same words with one space taken out, for each space: "Mohamed Amine" is also written
    // "Mohamedamine", "Al Fassi" "Alfassi", "فاطمة الزهراء" "فاطمةالزهراء". Each variant is a
    // list of tokens; a one-word text has none.
    static QList<QStringList> joinedVariants(const QString &text);
    static bool isArabic(const QString &token);
};

} // namespace jisr
