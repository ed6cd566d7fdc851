#include "democommand.h"

#include "accounts/passwordhasher.h"
#include "accounts/userservice.h"
#include "clicontext.h"
#include "commandoptions.h"
#include "demo/demodataloader.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

qint64 numberOption(const CommandOptions &options, const QString &name, qint64 fallback, qint64 max)
{
    if (!options.has(name))
        return fallback;
    bool ok = false;
    const qint64 value = options.value(name).toLongLong(&ok);
    if (!ok || value < 0 || value > max)
        throw UsageError{DemoCommand::tr("--%1 takes a number from 0 to %2.").arg(name).arg(max)};
    return value;
}

// One account per role besides the administrator, with the acting user's password, so that a
// demonstration can log in as each role without a password change.
void addDemoUsers(CliContext &ctx)
{
    const QString password = CliContext::readPassword({});
    UserService &users = ctx.workspace().users();
    const struct
    {
        const char16_t *login, *fr, *ar;
        Role role;
    } people[] = {
        {u"accueil", u"Salma Bennani", u"سلمى بناني", Role::Reception},
        {u"medecin", u"Dr Youssef Alaoui", u"د. يوسف العلوي", Role::Doctor},
        {u"social", u"Nadia Tazi", u"نادية التازي", Role::SocialWorker},
    };
    for (const auto &p : people) {
        if (users.findByLogin(QString::fromUtf16(p.login)))
            continue;
        UserAccount a;
        a.login = QString::fromUtf16(p.login);
        a.nameFr = QString::fromUtf16(p.fr);
        a.nameAr = QString::fromUtf16(p.ar);
        a.roles = {p.role};
        a = users.add(ctx.actor(), a, password);
        users.storePasswordHash(ctx.actor(), a.id, PasswordHasher::hash(password), false);
    }
}

} // namespace

int DemoCommand::run(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options = CommandOptions::parse(
        args, u"demo"_s, {{u"cases"_s, u"seed"_s}, {u"with-users"_s, u"confirm-real-centre"_s}});
    options.requireWords(0, tr("Usage: jisrctl demo --cases N [--seed S] [--with-users] "
                               "[--confirm-real-centre]"));
    const qint64 count = numberOption(options, u"cases"_s, 1000, 10000000);
    const quint64 seed = quint64(numberOption(options, u"seed"_s, 1, 0xffffffffLL));
    // The core refuses a real centre's database without it, and records it when given.
    const auto target = options.has(u"confirm-real-centre"_s)
                            ? DemoDataLoader::Target::RealCentreConfirmed
                            : DemoDataLoader::Target::DemoDatabase;

    QElapsedTimer timer;
    timer.start();
    const qint64 written = DemoDataLoader::load(
        ctx.workspace(), ctx.actor(), count, seed,
        [&](qint64 done, qint64 total) {
            if (!ctx.json && total >= 20000)
                std::fprintf(stderr, "\r%lld / %lld", qlonglong(done), qlonglong(total));
        },
        target);
    if (!ctx.json && count >= 20000)
        std::fprintf(stderr, "\n");
    const double seconds = timer.elapsed() / 1000.0;
    // After the load, which checks that demo data may go here at all.
    if (options.has(u"with-users"_s))
        addDemoUsers(ctx);
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"cases"_s, written}, {u"seconds"_s, seconds}});
    else
        ctx.print(tr("%1 demo case files written in %2 s.").arg(written).arg(seconds, 0, 'f', 1));
    return 0;
}

} // namespace jisr
