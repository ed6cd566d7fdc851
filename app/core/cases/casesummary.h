#pragma once

#include <QDate>
#include <QString>

namespace jisr {

// The few fields a list row or a search result shows: cheap to load a million of, lazily.
struct CaseSummary
{
    QString id;
    qint64 localNo = 0;
    QString dossierNo;
    QString nameAr;  // given + family, Arabic
    QString nameLat; // given + family, Latin
    QString sex;
    QDate birthDate;
    int birthYear = 0;
    bool birthYearOnly = false;
    QString cin;
    QString phone;
    QString status;
};

} // namespace jisr
