#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace jisr {

// The blocks of card numbers this workstation may issue. Card numbers are unique in the
// country without any coordination at issue time: the server leases each workstation a block
// (addBlock, called by sync), and until sync exists the store leases itself a local block
// under the workstation's series. take() runs inside the issuing write's transaction, so a
// failed issue does not consume a number; the cards table refuses a number used twice anyway.
class CardNumberBlockStore
{
    Q_DECLARE_TR_FUNCTIONS(CardNumberBlockStore)

public:
    struct Block
    {
        QString prefix; // e.g. "7KX-" (local) or "RAB26-" (from the server)
        qint64 first = 1;
        qint64 last = 0;
        QString source = QStringLiteral("server"); // server | local
    };
    static constexpr int Digits = 6;

    explicit CardNumberBlockStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Records a block leased by the server. Throws CoreError(BadInput) for an empty or
    // overlapping block.
    void addBlock(const Block &block, const QString &leasedAt);
    // The next number, from the oldest block with numbers left (a local block is leased when
    // none is, under `localSeries`). Call inside a transaction.
    QString take(const QString &localSeries, const QString &now);
    qint64 remaining() const;

private:
    QSqlDatabase m_db;
};

} // namespace jisr
