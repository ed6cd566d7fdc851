#include "print/cardtexts.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace jisr::CardTexts {

Bilingual kingdom()
{
    return {u"المملكة المغربية"_s, u"ROYAUME DU MAROC"_s};
}

Bilingual ministry()
{
    return {u"وزارة التضامن والإدماج الاجتماعي والأسرة"_s,
            u"Ministère de la Solidarité, de l'Insertion sociale et de la Famille"_s};
}

Bilingual title()
{
    return {u"بطاقة الشخص في وضعية إعاقة"_s, u"Carte de personne en situation de handicap"_s};
}

Bilingual born()
{
    return {u"تاريخ الازدياد"_s, u"Né(e) le"_s};
}

Bilingual cin()
{
    return {u"ب.ت.و"_s, u"CIN"_s};
}

Bilingual number()
{
    return {u"رقم البطاقة"_s, u"N° de carte"_s};
}

Bilingual disability()
{
    return {u"الإعاقة"_s, u"Handicap"_s};
}

Bilingual validity()
{
    return {u"صالحة إلى غاية"_s, u"Valable jusqu'au"_s};
}

Bilingual province()
{
    return {u"العمالة أو الإقليم"_s, u"Province"_s};
}

Bilingual rights()
{
    return {u"تخول هذه البطاقة لحاملها الحقوق المنصوص عليها في القانون الإطار 97.13"_s,
            u"Cette carte ouvre à son titulaire les droits prévus par la loi-cadre 97-13."_s};
}

Bilingual report()
{
    return {u"يصرح الحامل بكل تغيير داخل أجل 10 أيام"_s,
            u"Tout changement de situation est à déclarer sous 10 jours."_s};
}

Bilingual verify()
{
    return {u"رمز موقع يمكن التحقق منه دون اتصال"_s, u"Code signé, vérifiable hors ligne"_s};
}

Bilingual copy()
{
    return {u"نسخة"_s, u"Exemplaire"_s};
}

Bilingual type(const QString &code)
{
    static const QHash<QString, Bilingual> names = {
        {u"motor"_s, {u"حركية"_s, u"motrice"_s}},
        {u"visual"_s, {u"بصرية"_s, u"visuelle"_s}},
        {u"hearing"_s, {u"سمعية"_s, u"auditive"_s}},
        {u"speech"_s, {u"نطقية"_s, u"de la parole"_s}},
        {u"intellectual"_s, {u"ذهنية"_s, u"intellectuelle"_s}},
        {u"psychic"_s, {u"نفسية"_s, u"psychique"_s}},
        {u"autism"_s, {u"توحد"_s, u"autisme"_s}},
        {u"multiple"_s, {u"متعددة"_s, u"multiple"_s}},
        {u"other"_s, {u"أخرى"_s, u"autre"_s}},
    };
    return names.value(code, {code, code});
}

Bilingual degree(const QString &code)
{
    static const QHash<QString, Bilingual> names = {
        {u"mild"_s, {u"خفيفة"_s, u"légère"_s}},
        {u"moderate"_s, {u"متوسطة"_s, u"modérée"_s}},
        {u"severe"_s, {u"شديدة"_s, u"sévère"_s}},
        {u"profound"_s, {u"عميقة"_s, u"profonde"_s}},
    };
    return names.value(code, {code, code});
}

Bilingual types(const QStringList &codes)
{
    QStringList ar, fr;
    for (const QString &c : codes) {
        ar << type(c).ar;
        fr << type(c).fr;
    }
    return {ar.join(u"، "_s), fr.join(u", "_s)};
}

} // namespace jisr::CardTexts
