#include "scheduling/nationalholidays.h"

namespace jisr {

QString NationalHolidays::nameOf(const QDate &day)
{
    if (!day.isValid())
        return {};
    switch (day.month() * 100 + day.day()) {
    case 101:
        return tr("New Year's Day");
    case 111:
        return tr("Proclamation of Independence");
    case 114:
        return tr("Amazigh New Year");
    case 501:
        return tr("Labour Day");
    case 730:
        return tr("Throne Day");
    case 814:
        return tr("Oued Ed-Dahab Day");
    case 820:
        return tr("Revolution of the King and the People");
    case 821:
        return tr("Youth Day");
    case 1106:
        return tr("Green March");
    case 1118:
        return tr("Independence Day");
    default:
        return {};
    }
}

} // namespace jisr
