#include "commandoptions.h"

#include "clicontext.h"

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

const QStringList TrueWords = {u"1"_s, u"true"_s, u"yes"_s};
const QStringList FalseWords = {u"0"_s, u"false"_s, u"no"_s};

bool isOption(const QString &arg)
{
    return arg.size() > 1 && arg.startsWith(u'-');
}

bool isYesOrNo(const QString &word)
{
    return TrueWords.contains(word.toLower()) || FalseWords.contains(word.toLower());
}

QString known(const OptionSpec &spec)
{
    QStringList names;
    for (const QString &n : spec.values + spec.flags)
        names << u"--"_s + n;
    names.sort();
    return names.join(u", "_s);
}

} // namespace

OptionSpec CommandOptions::globalOptions()
{
    return {{u"data-dir"_s, u"user"_s, u"lang"_s}, {u"json"_s, u"help"_s}};
}

CommandOptions CommandOptions::parse(const QStringList &args, const QString &command,
                                     const OptionSpec &spec, bool stopAtFirstWord)
{
    CommandOptions out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        // After "--", words even when they start with a dash (a file named "-x.csv").
        if (arg == u"--"_s || (stopAtFirstWord && !isOption(arg))) {
            out.m_words += args.mid(arg == u"--"_s ? i + 1 : i);
            break;
        }
        if (isOption(arg))
            i = out.take(args, i, command, spec);
        else
            out.m_words << arg;
    }
    return out;
}

qsizetype CommandOptions::take(const QStringList &args, qsizetype i, const QString &command,
                               const OptionSpec &spec)
{
    const QString given = args.at(i).section(u'=', 0, 0); // "--dry-run" of "--dry-run=1"
    const bool inlineValue = given.size() < args.at(i).size();
    QString value = args.at(i).mid(given.size() + 1);
    const QString name = given == u"-h"_s
                             ? u"help"_s
                             : given.mid(given.startsWith(u"--"_s) ? 2 : 1).replace(u'_', u'-');
    if (spec.flags.contains(name)) {
        // `--birth_year_only 1`, as older scripts wrote a flag.
        if (!inlineValue && i + 1 < args.size() && isYesOrNo(args.at(i + 1)))
            value = args.at(++i);
        else if (!inlineValue)
            value = u"1"_s;
        if (!isYesOrNo(value))
            throw UsageError{tr("The option --%1 takes no value (or 1 or 0).").arg(name)};
        add(name, u"1"_s, TrueWords.contains(value.toLower()));
    } else if (spec.values.contains(name)) {
        if (!inlineValue) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(u"--"_s))
                throw UsageError{tr("The option --%1 needs a value.").arg(name)};
            value = args.at(++i);
        }
        add(name, value, true, spec.repeatable.contains(name));
    } else {
        throw unknown(given, name, command, spec);
    }
    return i;
}

UsageError CommandOptions::unknown(const QString &given, const QString &name,
                                   const QString &command, const OptionSpec &spec)
{
    if (command.isEmpty())
        return {tr("Unknown option %1. The options before the command are: %2.")
                    .arg(given, known(spec))};
    if (globalOptions().values.contains(name) || globalOptions().flags.contains(name))
        return {tr("%1 goes before the command: jisrctl %1 ... %2 ...").arg(given, command)};
    if (spec.values.isEmpty() && spec.flags.isEmpty())
        return {tr("Unknown option %1: jisrctl %2 takes none.").arg(given, command)};
    return {
        tr("Unknown option %1 for jisrctl %2. Its options: %3.").arg(given, command, known(spec))};
}

void CommandOptions::add(const QString &name, const QString &value, bool on, bool repeatable)
{
    m_lists[name] << value;
    if (m_given.contains(name) && !repeatable)
        throw UsageError{tr("The option --%1 is given twice.").arg(name)};
    m_given << name;
    if (on)
        m_values.insert(name, value);
}

void CommandOptions::requireWords(qsizetype count, const QString &usage) const
{
    if (m_words.size() != count)
        throw UsageError{
            m_words.size() > count ? tr("Unexpected argument: %1").arg(m_words.at(count)) : usage};
}

} // namespace jisr
