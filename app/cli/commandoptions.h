#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace jisr {

struct UsageError;

// The options one jisrctl command accepts, by their hyphenated names (without "--").
struct OptionSpec
{
    QStringList values; // --name VALUE or --name=VALUE
    QStringList flags;  // --name; also --name=1|0 and --name 1|0, as older scripts wrote them
    QStringList repeatable = {}; // among `values`: may be given several times (see all())
};

// The words and options given to a command. Anything the command does not know is refused,
// never ignored: `case import f.csv --dryrun` must not import for real. Underscores are read
// as hyphens (`--confirm_duplicate`, the spelling of older scripts).
class CommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandOptions)

public:
    // Throws UsageError for an unknown option, a missing value, a flag given a value other than
    // 1/0/true/false, or an option given twice. `command` names the command in the messages
    // (empty: jisrctl's own options). With `stopAtFirstWord`, parsing stops at the first word,
    // which with the rest is left in words() unread (the global options before the command).
    static CommandOptions parse(const QStringList &args, const QString &command,
                                const OptionSpec &spec, bool stopAtFirstWord = false);

    // A flag that is on, or an option given a value.
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    // Every value of a repeatable option, in the order given.
    QStringList all(const QString &name) const { return m_lists.value(name); }
    // The options given, by hyphenated name (flags that are on have the value "1").
    const QMap<QString, QString> &values() const { return m_values; }
    // The arguments that are not options, in order.
    const QStringList &words() const { return m_words; }
    // Throws UsageError unless there are exactly `count` words.
    void requireWords(qsizetype count, const QString &usage) const;

    // Those of jisrctl itself, before the command: --data-dir, --user, --lang, --json, --help.
    static OptionSpec globalOptions();

private:
    // Reads the option at args[i] and its value; returns the index of the last argument read.
    qsizetype take(const QStringList &args, qsizetype i, const QString &command,
                   const OptionSpec &spec);
    static UsageError unknown(const QString &given, const QString &name, const QString &command,
                              const OptionSpec &spec);
    void add(const QString &name, const QString &value, bool on, bool repeatable = false);

    QStringList m_given; // also the flags given as off
    QMap<QString, QString> m_values;
    QMap<QString, QStringList> m_lists;
    QStringList m_words;
};

} // namespace jisr
