#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace jisr {

class CliContext;
struct Card;
struct Actor;
class CardService;

// jisrctl card issue|print|verify|list|void|revoke|deliver|keys
class CardCommand
{
    Q_DECLARE_TR_FUNCTIONS(CardCommand)

public:
    static int run(CliContext &ctx, const QStringList &args);

private:
    static int issue(CliContext &ctx, const QStringList &args);
    static int print(CliContext &ctx, const QStringList &args);
    static int verify(CliContext &ctx, const QStringList &args);
    static int list(CliContext &ctx, const QStringList &args);
    static int voidCard(CliContext &ctx, const QStringList &args);
    static int revoke(CliContext &ctx, const QStringList &args);
    static int
    withdraw(CliContext &ctx, const QStringList &args, const QString &command, const QString &usage,
             Card (CardService::*change)(const Actor &, const QString &, const QString &));
    static int deliver(CliContext &ctx, const QStringList &args);
    static int keys(CliContext &ctx, const QStringList &args);
    static void printCard(CliContext &ctx, const Card &c);
};

} // namespace jisr
