#pragma once

#include "platform/access/accesscontrol.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <memory>

namespace jisr {

class Workspace;

// What every jisrctl command needs: the global options, the workspace, the acting user and a
// way to print (text, or JSON with --json). Commands never write to stdout directly.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext();
    ~CliContext();

    QString dataDir;
    bool json = false;
    QString userLogin; // --user

    // The centre in dataDir; throws CoreError(NotFound), having created nothing, when there is
    // none: a mistyped --data-dir must not silently start an empty centre.
    Workspace &workspace();
    // The data folder and its database, created if missing: for `init` only.
    Workspace &createWorkspace();
    // Logs in as --user (password from JISR_PASSWORD or standard input); throws CoreError.
    const Actor &actor();
    // The password for a new account or a login: JISR_PASSWORD, else one line of stdin.
    static QString readPassword(const QString &prompt);
    // One line of standard input, after `prompt` on stderr (never from the environment); not
    // echoed when typed at a terminal.
    static QString readSecretLine(const QString &prompt);

    // Control characters in `text` are shown, not obeyed by the terminal (see TextCleaner).
    void print(const QString &text) const;
    void printJson(const QJsonValue &value) const;

private:
    std::unique_ptr<Workspace> m_workspace;
    std::optional<Actor> m_actor;
};

// A command-line usage mistake: one line on stderr (with the whole usage when asked), exit
// code 2.
struct UsageError
{
    QString message;
    bool showUsage = false;
};

} // namespace jisr
