#pragma once

#include "platform/access/accesscontrol.h"
#include "print/cardsink.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>

namespace jisr {

class CardService;

// Prints several cards to one sink and records each in the print log only once it is out:
// if the printer fails in the middle, the cards before it are printed and logged, the others
// stay approved. A card that cannot be printed (void, revoked, expired, no photo) is skipped
// with its reason, the others go on. Cancel stops before the next card.
class CardBatchPrint : public QObject
{
    Q_OBJECT

public:
    struct Skipped
    {
        QString cardId;
        QString number;
        QString reason; // translated
    };
    struct Outcome
    {
        QStringList printed; // card numbers, in the order they printed
        QList<Skipped> skipped;
        QString failure; // the printer's error when it stopped the batch, translated
        bool cancelled = false;
        bool complete() const { return failure.isEmpty() && !cancelled && skipped.isEmpty(); }
    };
    // Asked between the fronts and the backs of a two-pass print; false cancels.
    using TurnPrompt = std::function<bool(int cards)>;

    CardBatchPrint(CardService &cards, const Actor &actor, CardSink &sink,
                   QObject *parent = nullptr);

    // reprintReason is needed for the cards printed already.
    Outcome print(const QStringList &cardIds, const QString &reprintReason = {});
    // Fronts of all, then the prompt (turn the cards over and put them back), then the backs:
    // for a printer without duplex. A card counts as printed once its back is.
    Outcome printTwoPasses(const QStringList &cardIds, const TurnPrompt &turn,
                           const QString &reprintReason = {});

public slots:
    void cancel() { m_cancelled = true; }

signals:
    // done of total cards (or sides, in two passes) sent to the printer.
    void progress(int done, int total);

private:
    QList<CardPrintData> prepareAll(const QStringList &cardIds, const QString &reprintReason,
                                    Outcome &out);
    bool record(const CardPrintData &card, Outcome &out);

    CardService &m_cards;
    Actor m_actor;
    CardSink &m_sink;
    bool m_cancelled = false;
};

} // namespace jisr
