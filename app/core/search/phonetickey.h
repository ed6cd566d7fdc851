#pragma once

#include <QString>

namespace jisr {

// A consonant skeleton shared by both scripts, so that the many French-style spellings of one
// Moroccan name, and the name in Arabic letters, give the same key:
//   Mohamed, Mohammed, Muhammad, Mouhamed, محمد -> "mhmd";  Youssef, Yusuf, يوسف -> "sf".
// Latin: ou/w and y are vowels; ch/sh -> c (ش), kh/x -> x (خ), gh/rh -> g (غ), q/k/g/hard c -> k,
// soft c -> s, dj -> j, ph -> f, th -> t, dh -> d; a leading assimilated article ("Ettazi",
// "Errahmani") and a final mute e are dropped; then vowels are dropped and doubled letters
// collapse. Arabic letters map to the same consonants; ا و ي ى ع ء and a final ة are dropped, and
// the l of an article before a sun letter is silent as in speech (عبدالرحيم -> "bdrhm", like
// Abderrahim).
//
// Vowels are gone, so محمد and محمود share a key: the search uses keys only where spelling cannot
// be compared directly (between Latin spellings, and across scripts for a file that has a name in
// one script only). Arabic names are always compared by their normalised letters, where the two
// differ.
class PhoneticKey
{
public:
    // `token` is one token from NameNormalizer::tokens(). Empty when nothing distinctive is left.
    static QString of(const QString &token);

private:
    static QString ofLatin(QString token);
    static QString ofArabic(const QString &token);
};

} // namespace jisr
