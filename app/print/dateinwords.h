#pragma once

#include "print/printtexts.h"

#include <QDate>
#include <QString>

namespace jisr {

// A date and a time written out as people read them on a slip, in a given language:
// « Lundi 6 avril 2026 à 10 h 30 » and « الاثنين 6 أبريل 2026 على الساعة 10 و30 دقيقة صباحا »
// (Moroccan usage: the months of the Moroccan administration, the hour on twelve with the part
// of the day, Western digits). The words and the order come from the translations.
class DateInWords
{
public:
    // "lundi 6 avril 2026"; `capitalized` for the start of a line.
    static QString date(const QDate &date, const QString &language, bool capitalized = false);
    // "10 h 30" / "10 و30 دقيقة صباحا"; minutes since midnight.
    static QString time(int minute, const QString &language);
    static QString dateTime(const QDate &date, int minute, const QString &language,
                            bool capitalized = true);
    static BilingualText bothDateTime(const QDate &date, int minute);

    static QString weekday(int dayOfWeek, const QString &language); // 1 = Monday
    static QString month(int month, const QString &language);
};

} // namespace jisr
