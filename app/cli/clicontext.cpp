#include "clicontext.h"

#include "cliclock.h"
#include "clilogin.h"
#include "platform/db/datadirectory.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "platform/text/textcleaner.h"
#include "platform/time/clock.h"
#include "terminalechoguard.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <iostream>

using namespace Qt::StringLiterals;

namespace jisr {

CliContext::CliContext() = default;
CliContext::~CliContext() = default;

Workspace &CliContext::workspace()
{
    if (m_workspace)
        return *m_workspace;
    const auto noCentre = [this] {
        return CoreError(ErrorKind::NotFound,
                         tr("There is no centre in %1: check --data-dir (or JISR_DATA_DIR), or "
                            "create one with jisrctl init.")
                             .arg(dataDir));
    };
    // Looked at before the Workspace, which would create the folder and an empty database.
    if (!DataDirectory::hasDatabase(dataDir))
        throw noCentre();
    auto workspace = std::make_unique<Workspace>(dataDir, makeCliClock());
    if (!workspace->settings().isInitialized())
        throw noCentre();
    m_workspace = std::move(workspace);
    return *m_workspace;
}

Workspace &CliContext::createWorkspace()
{
    if (!m_workspace)
        m_workspace = std::make_unique<Workspace>(dataDir, makeCliClock());
    return *m_workspace;
}

const Actor &CliContext::actor()
{
    if (!m_actor)
        m_actor = cliLogin(workspace(), userLogin);
    return *m_actor;
}

QString CliContext::readPassword(const QString &prompt)
{
    const QString env = qEnvironmentVariable("JISR_PASSWORD");
    return env.isEmpty() ? readSecretLine(prompt) : env;
}

QString CliContext::readSecretLine(const QString &prompt)
{
    if (!prompt.isEmpty())
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
    // Read at most 1 MiB + 1 so that an absurd input is refused by the policy, not by memory.
    // One stream for the whole run: it reads ahead, and a second password (the new one) may be
    // the next line of the same input.
    static QTextStream in(stdin);
    const TerminalEchoGuard hidden;
    return in.readLine(1024 * 1024 + 1);
}

void CliContext::print(const QString &text) const
{
    std::cout << TextCleaner::forTerminal(text, u"\n\t").toStdString() << std::endl;
}

void CliContext::printJson(const QJsonValue &value) const
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::cout << doc.toJson(QJsonDocument::Indented).toStdString();
}

} // namespace jisr
