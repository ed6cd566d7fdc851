#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace jisr {

// A disability card: approved -> printed -> delivered; reprinted (a new copy, the previous one
// void); void or revoked. Expired is not stored: it is a printed or delivered card whose
// validity has ended, by the Clock.
struct Card
{
    QString id;
    QString caseId;
    QString evaluationId;
    QString number;         // from a leased block, never issued twice in the country
    QString ministryNumber; // the official number, when the ministry gives one
    QString state = QStringLiteral("approved");
    int copy = 0; // copies printed so far
    QDate validFrom;
    QDate validUntil;
    QString receipt; // signature | thumbprint, once delivered
    QDate deliveredOn;
    QString voidReason;
    QString issuedAt;
    qint64 hlc = 0;

    // For lists: the holder's names and dossier, read with the card.
    QString dossierNo;
    QString holderLatin;
    QString holderArabic;

    bool isExpired(QDate today) const { return validUntil < today; }
    QVariantMap toFieldMap() const;
};

namespace CardCodes {
QStringList states();
QStringList receipts();
} // namespace CardCodes

} // namespace jisr
