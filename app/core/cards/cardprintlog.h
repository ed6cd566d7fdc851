#pragma once

#include "platform/access/accesscontrol.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace jisr {

struct PlatformServices;

// The print log read back: every copy of a card that went to a printer or a PDF, by whom,
// when, where, first print or reprint and why. Administrators only (those who print); written
// by CardService::recordPrint, never here.
class CardPrintLog
{
    Q_DECLARE_TR_FUNCTIONS(CardPrintLog)

public:
    struct Entry
    {
        QString id;
        QString cardId;
        QString cardNumber;
        int copy = 0;
        QString kind; // first | reprint
        QString reason;
        QString printer;
        QString printedAt; // ISO 8601, the workstation's time
        QString login;     // who printed
    };
    struct Filter
    {
        QString card; // a card number (or part of it); empty: all
        QDate from;   // printed on or after; invalid: no bound
        QDate until;  // printed on or before; invalid: no bound
    };

    explicit CardPrintLog(PlatformServices &platform);

    // Newest first, at most `limit`.
    QList<Entry> entries(const Actor &actor, const Filter &filter, int limit = 2000) const;

private:
    PlatformServices &m_platform;
};

} // namespace jisr
