#include "cardcommand.h"

#include "cards/cardservice.h"
#include "cards/cardsigningkey.h"
#include "cases/casefileservice.h"
#include "clicontext.h"
#include "commandoptions.h"
#include "platform/db/datadirectory.h"
#include "platform/errors/coreerror.h"
#include "platform/text/boundedfilereader.h"
#include "platform/time/clock.h"
#include "print/cardrenderer.h"
#include "qrimagereader.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QJsonObject cardJson(const Card &c)
{
    return {{u"id"_s, c.id},
            {u"number"_s, c.number},
            {u"state"_s, c.state},
            {u"copy"_s, c.copy},
            {u"dossier"_s, c.dossierNo},
            {u"valid_from"_s, c.validFrom.toString(Qt::ISODate)},
            {u"valid_until"_s, c.validUntil.toString(Qt::ISODate)}};
}

// The public keys of a `card keys --json` export (revoked ones left out).
QHash<QByteArray, QByteArray> publishedKeys(const QString &path)
{
    const QJsonDocument doc = QJsonDocument::fromJson(BoundedFileReader::read(path, 1 << 20));
    if (!doc.isArray())
        throw CoreError(ErrorKind::BadInput,
                        CardCommand::tr("This is not a list of keys exported by jisrctl card "
                                        "keys --json."));
    QHash<QByteArray, QByteArray> keys;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject k = v.toObject();
        if (k.value(u"revoked"_s).toBool())
            continue;
        const QByteArray publicKey =
            QByteArray::fromHex(k.value(u"public_key"_s).toString().toLatin1());
        if (publicKey.size() == 32)
            keys.insert(CardSigningKey::keyIdOf(publicKey), publicKey);
    }
    return keys;
}

} // namespace

int CardCommand::run(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == u"issue"_s)
        return issue(ctx, rest);
    if (sub == u"print"_s)
        return print(ctx, rest);
    if (sub == u"verify"_s)
        return verify(ctx, rest);
    if (sub == u"list"_s)
        return list(ctx, rest);
    if (sub == u"void"_s)
        return voidCard(ctx, rest);
    if (sub == u"deliver"_s)
        return deliver(ctx, rest);
    if (sub == u"keys"_s)
        return keys(ctx, rest);
    if (sub == u"revoke"_s)
        return revoke(ctx, rest);
    throw UsageError{
        tr("Usage: jisrctl card issue|print|verify|list|void|revoke|deliver|keys ...")};
}

void CardCommand::printCard(CliContext &ctx, const Card &c)
{
    if (ctx.json)
        ctx.printJson(cardJson(c));
    else
        ctx.print(tr("%1  %2  copy %3  valid %4 to %5")
                      .arg(c.number, c.state, QString::number(c.copy),
                           c.validFrom.toString(Qt::ISODate), c.validUntil.toString(Qt::ISODate)));
}

int CardCommand::issue(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options = CommandOptions::parse(args, u"card issue"_s, {{}, {u"json"_s}});
    options.requireWords(1, tr("Usage: jisrctl card issue DOSSIER [--json]"));
    ctx.json = ctx.json || options.has(u"json"_s);
    const QString caseId = ctx.workspace().cases().open(ctx.actor(), options.words().first()).id;
    const Card c = ctx.workspace().cards().issue(ctx.actor(), caseId);
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"id"_s, c.id},
                                  {u"number"_s, c.number},
                                  {u"valid_from"_s, c.validFrom.toString(Qt::ISODate)},
                                  {u"valid_until"_s, c.validUntil.toString(Qt::ISODate)}});
    else
        printCard(ctx, c);
    return 0;
}

int CardCommand::print(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options =
        CommandOptions::parse(args, u"card print"_s, {{u"pdf"_s, u"reason"_s}, {u"json"_s}});
    options.requireWords(1, tr("Usage: jisrctl card print CARD --pdf FILE [--reason R]"));
    ctx.json = ctx.json || options.has(u"json"_s);
    const QString file = options.value(u"pdf"_s);
    if (file.isEmpty())
        throw UsageError{tr("Usage: jisrctl card print CARD --pdf FILE [--reason R]")};
    DataDirectory::requireOutside(file, ctx.dataDir);
    CardService &cards = ctx.workspace().cards();
    const CardPrintData data =
        cards.prepare(ctx.actor(), options.words().first(), options.value(u"reason"_s));
    // Written first, recorded after: a card is never marked printed that was not.
    CardRenderer().writePdf({data}, file);
    const Card c = cards.recordPrint(ctx.actor(), data, u"PDF "_s + QFileInfo(file).fileName());
    printCard(ctx, c);
    return 0;
}

int CardCommand::verify(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options =
        CommandOptions::parse(args, u"card verify"_s, {{u"image"_s, u"keys"_s}, {u"json"_s}});
    ctx.json = ctx.json || options.has(u"json"_s);
    // Either the code's text or a picture of the card, not both.
    if (options.has(u"image"_s) == (options.words().size() == 1) || options.words().size() > 1)
        throw UsageError{tr("Usage: jisrctl card verify PAYLOAD | --image PNG [--keys FILE]")};
    const QString text = options.has(u"image"_s) ? QrImageReader::read(options.value(u"image"_s))
                                                 : options.words().first();
    // Reading a card needs no login: the code is public, the keys too. With --keys (the list
    // `card keys --json` exports), no centre at all: what anyone holding the keys can do.
    const CardVerifier::Result r =
        options.has(u"keys"_s)
            ? CardVerifier(publishedKeys(options.value(u"keys"_s)), SystemClock().today())
                  .verify(text)
            : ctx.workspace().cards().verifier().verify(text);
    QJsonObject o{{u"valid"_s, r.valid()}, {u"status"_s, int(r.status)}, {u"message"_s, r.message}};
    if (r.payload) {
        const CardPayload &p = *r.payload;
        o.insert(u"number"_s, p.number);
        o.insert(u"copy"_s, p.copy);
        o.insert(u"name_latin"_s, p.nameLatin);
        o.insert(u"name_arabic"_s, p.nameArabic);
        o.insert(u"birth"_s, p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate)
                                                   : QString::number(p.birthYear));
        o.insert(u"cin"_s, p.cin);
        o.insert(u"types"_s, QJsonArray::fromStringList(p.types));
        o.insert(u"degree"_s, p.degree);
        o.insert(u"valid_from"_s, p.validFrom.toString(Qt::ISODate));
        o.insert(u"valid_until"_s, p.validUntil.toString(Qt::ISODate));
        o.insert(u"province"_s, p.provinceCode);
    }
    if (ctx.json) {
        ctx.printJson(o);
    } else {
        ctx.print(r.message);
        if (r.payload)
            ctx.print(tr("%1  %2 / %3  valid until %4")
                          .arg(r.payload->number, r.payload->nameLatin, r.payload->nameArabic,
                               r.payload->validUntil.toString(Qt::ISODate)));
    }
    return int(r.status);
}

int CardCommand::list(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options =
        CommandOptions::parse(args, u"card list"_s, {{u"expiring"_s, u"state"_s}, {u"json"_s}});
    options.requireWords(0, tr("Usage: jisrctl card list [--expiring DAYS] [--state S] [--json]"));
    ctx.json = ctx.json || options.has(u"json"_s);
    int days = -1;
    if (options.has(u"expiring"_s)) {
        bool ok = false;
        days = options.value(u"expiring"_s).toInt(&ok);
        if (!ok || days < 0)
            throw UsageError{tr("--expiring expects a number of days.")};
    }
    const QList<Card> cards =
        ctx.workspace().cards().list(ctx.actor(), options.value(u"state"_s), days);
    if (ctx.json) {
        QJsonArray a;
        for (const Card &c : cards)
            a.append(cardJson(c));
        ctx.printJson(a);
    } else {
        for (const Card &c : cards)
            printCard(ctx, c);
    }
    return 0;
}

int CardCommand::voidCard(CliContext &ctx, const QStringList &args)
{
    return withdraw(ctx, args, u"card void"_s, tr("Usage: jisrctl card void CARD --reason R"),
                    &CardService::voidCard);
}

int CardCommand::revoke(CliContext &ctx, const QStringList &args)
{
    return withdraw(ctx, args, u"card revoke"_s, tr("Usage: jisrctl card revoke CARD --reason R"),
                    &CardService::revoke);
}

// Void and revoke: a card and the reason it is taken out of use.
int CardCommand::withdraw(CliContext &ctx, const QStringList &args, const QString &command,
                          const QString &usage,
                          Card (CardService::*change)(const Actor &, const QString &,
                                                      const QString &))
{
    const CommandOptions options =
        CommandOptions::parse(args, command, {{u"reason"_s}, {u"json"_s}});
    options.requireWords(1, usage);
    ctx.json = ctx.json || options.has(u"json"_s);
    printCard(ctx, (ctx.workspace().cards().*change)(ctx.actor(), options.words().first(),
                                                     options.value(u"reason"_s)));
    return 0;
}

int CardCommand::deliver(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options =
        CommandOptions::parse(args, u"card deliver"_s, {{u"receipt"_s}, {u"json"_s}});
    options.requireWords(1, tr("Usage: jisrctl card deliver CARD --receipt signature|thumbprint"));
    ctx.json = ctx.json || options.has(u"json"_s);
    printCard(ctx, ctx.workspace().cards().deliver(ctx.actor(), options.words().first(),
                                                   options.value(u"receipt"_s)));
    return 0;
}

int CardCommand::keys(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options =
        CommandOptions::parse(args, u"card keys"_s, {{}, {u"json"_s, u"rotate"_s}});
    options.requireWords(0, tr("Usage: jisrctl card keys [--rotate] [--json]"));
    ctx.json = ctx.json || options.has(u"json"_s);
    // A new key signs from now on; the list below still holds the old one, for old cards.
    if (options.has(u"rotate"_s))
        ctx.workspace().cards().rotateSigningKey(ctx.actor());
    QJsonArray a;
    const QList<CardService::PublicKey> keys = ctx.workspace().cards().publicKeys(ctx.actor());
    for (const CardService::PublicKey &k : keys)
        a.append(QJsonObject{{u"key_id"_s, k.keyId},
                             {u"public_key"_s, k.publicKey},
                             {u"algorithm"_s, u"Ed25519"_s},
                             {u"label"_s, k.label},
                             {u"created_at"_s, k.createdAt},
                             {u"revoked"_s, k.revoked}});
    if (ctx.json) {
        ctx.printJson(a);
    } else {
        for (const CardService::PublicKey &k : keys)
            ctx.print(k.keyId + u"  "_s + k.publicKey + u"  "_s + k.label);
    }
    return 0;
}

} // namespace jisr
