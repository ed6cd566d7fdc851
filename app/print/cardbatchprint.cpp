#include "print/cardbatchprint.h"

#include "cards/cardservice.h"
#include "platform/errors/coreerror.h"

using namespace Qt::StringLiterals;

namespace jisr {

CardBatchPrint::CardBatchPrint(CardService &cards, const Actor &actor, CardSink &sink,
                               QObject *parent)
    : QObject(parent), m_cards(cards), m_actor(actor), m_sink(sink)
{
}

QList<CardPrintData> CardBatchPrint::prepareAll(const QStringList &cardIds,
                                                const QString &reprintReason, Outcome &out)
{
    QList<CardPrintData> ready;
    for (const QString &id : cardIds) {
        try {
            // A reason is only asked of the cards printed already.
            const bool printed = m_cards.get(m_actor, id).copy > 0;
            ready << m_cards.prepare(m_actor, id, printed ? reprintReason : QString());
        } catch (const CoreError &e) {
            QString number = id;
            try {
                number = m_cards.get(m_actor, id).number;
            } catch (const CoreError &) {
            }
            out.skipped << Skipped{id, number, e.message()};
        }
    }
    return ready;
}

bool CardBatchPrint::record(const CardPrintData &card, Outcome &out)
{
    try {
        m_cards.recordPrint(m_actor, card, m_sink.name());
        out.printed << card.card.number;
        return true;
    } catch (const CoreError &e) {
        // Printed but not recorded (another workstation printed it meanwhile): said, not hidden.
        out.skipped << Skipped{card.card.id, card.card.number, e.message()};
        return false;
    }
}

CardBatchPrint::Outcome CardBatchPrint::print(const QStringList &cardIds,
                                              const QString &reprintReason)
{
    Outcome out;
    m_cancelled = false;
    const QList<CardPrintData> ready = prepareAll(cardIds, reprintReason, out);
    QList<CardPrintData> sent;
    emit progress(0, int(ready.size()));
    for (const CardPrintData &card : ready) {
        if (m_cancelled) {
            out.cancelled = true;
            break;
        }
        if (!m_sink.print(card, CardSink::Sides::Both)) {
            out.failure = m_sink.error();
            break;
        }
        if (m_sink.printsEachCard())
            record(card, out);
        else
            sent << card;
        emit progress(int(out.printed.size() + sent.size()), int(ready.size()));
    }
    // A sink that writes everything at the end (a PDF): all its cards or none.
    if (!m_sink.printsEachCard() && !sent.isEmpty()) {
        if (m_sink.finish()) {
            for (const CardPrintData &card : sent)
                record(card, out);
        } else {
            out.failure = m_sink.error();
        }
    }
    return out;
}

CardBatchPrint::Outcome CardBatchPrint::printTwoPasses(const QStringList &cardIds,
                                                       const TurnPrompt &turn,
                                                       const QString &reprintReason)
{
    Outcome out;
    m_cancelled = false;
    const QList<CardPrintData> ready = prepareAll(cardIds, reprintReason, out);
    const int total = int(ready.size()) * 2;
    int done = 0;
    emit progress(0, total);
    // The fronts: nothing is recorded, a card without its back is not a card.
    for (const CardPrintData &card : ready) {
        if (m_cancelled || !m_sink.print(card, CardSink::Sides::Front)) {
            out.cancelled = m_cancelled;
            out.failure = m_cancelled ? QString() : m_sink.error();
            return out;
        }
        emit progress(++done, total);
    }
    if (ready.isEmpty() || !turn(int(ready.size()))) {
        out.cancelled = !ready.isEmpty();
        return out;
    }
    for (const CardPrintData &card : ready) {
        if (m_cancelled) {
            out.cancelled = true;
            break;
        }
        if (!m_sink.print(card, CardSink::Sides::Back)) {
            out.failure = m_sink.error();
            break;
        }
        record(card, out);
        emit progress(++done, total);
    }
    return out;
}

} // namespace jisr
