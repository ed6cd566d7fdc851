#include "searchcommand.h"

#include "cases/casefileservice.h"
#include "clicontext.h"
#include "commandoptions.h"
#include "platform/db/database.h"
#include "search/casesearch.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QString matchName(SearchHit::Match m)
{
    switch (m) {
    case SearchHit::Match::Identifier:
        return u"identifier"_s;
    case SearchHit::Match::FullName:
        return u"full_name"_s;
    case SearchHit::Match::Partial:
        return u"partial"_s;
    }
    return {};
}

QString birthText(const CaseSummary &s)
{
    if (s.birthYearOnly || !s.birthDate.isValid())
        return s.birthYear > 0 ? QString::number(s.birthYear) : QString();
    return s.birthDate.toString(Qt::ISODate);
}

} // namespace

int SearchCommand::run(CliContext &ctx, const QStringList &args)
{
    const CommandOptions options = CommandOptions::parse(args, u"search"_s, {{u"limit"_s}, {}});
    const QStringList words = options.words();
    bool ok = true;
    const int limit = options.value(u"limit"_s, u"20"_s).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        throw UsageError{tr("--limit takes a number from 1 to 1000.")};
    if (words.isEmpty())
        throw UsageError{tr("Usage: jisrctl search TEXT [--limit N]")};

    ctx.workspace().cases().require(ctx.actor(), Capability::ReadIdentity);
    const QList<SearchHit> hits =
        CaseSearch(ctx.workspace().database().connection()).search(words.join(u' '), limit);
    if (ctx.json) {
        QJsonArray out;
        for (const SearchHit &h : hits) {
            out.append(QJsonObject{{u"id"_s, h.summary.id},
                                   {u"dossier"_s, h.summary.dossierNo},
                                   {u"name_ar"_s, h.summary.nameAr},
                                   {u"name_fr"_s, h.summary.nameLat},
                                   {u"birth_date"_s, birthText(h.summary)},
                                   {u"cin"_s, h.summary.cin},
                                   {u"phone"_s, h.summary.phone},
                                   {u"match"_s, matchName(h.match)},
                                   {u"score"_s, h.score}});
        }
        ctx.printJson(out);
        return 0;
    }
    for (const SearchHit &h : hits)
        ctx.print(QStringList{h.summary.dossierNo, h.summary.nameAr, h.summary.nameLat,
                              birthText(h.summary), h.summary.cin}
                      .join(u'\t'));
    if (hits.isEmpty())
        ctx.print(tr("No case file found."));
    return 0;
}

} // namespace jisr
