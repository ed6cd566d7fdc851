// jisr: the desktop application of a centre médico-social.
//   jisr [--data-dir DIR] [--lang ar|fr] [--user LOGIN] [--quit-after-ready]
// --user with JISR_PASSWORD skips the login dialog (kiosk tests, the cold-start measurement);
// --quit-after-ready prints the milliseconds from start to a usable window, then quits.
#include "accounts/authservice.h"
#include "accounts/userservice.h"
#include "common/applanguage.h"
#include "common/messagebox.h"
#include "platform/db/datadirectory.h"
#include "platform/errors/coreerror.h"
#include "platform/settings/workstationsettings.h"
#include "shell/firstrundialog.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

using namespace jisr;

namespace {

std::optional<Actor> logIn(Workspace &ws, const QString &login)
{
    const QString password = qEnvironmentVariable("JISR_PASSWORD");
    if (!login.isEmpty() && !password.isEmpty()) {
        const LoginResult r = ws.auth().login(login, password);
        if (!r.mustChangePassword)
            return r.actor;
        ws.auth().logout(r.actor); // the login screen asks for a password of one's own
    }
    LoginDialog dialog(ws);
    dialog.setLogin(login);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.result().actor;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Jisr"_s);
    QApplication::setOrganizationName(u"Jisr"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"data-dir"_s,
                        u"Data folder (default: JISR_DATA_DIR or the standard "
                        "application data folder)."_s,
                        u"dir"_s},
                       {u"lang"_s, u"Interface language: ar or fr."_s, u"lang"_s},
                       {u"user"_s, u"Login (password from JISR_PASSWORD)."_s, u"login"_s},
                       {u"quit-after-ready"_s, u"Print the start-up time and quit."_s}});
    parser.process(app);

    QString lang = parser.value(u"lang"_s);
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Arabic ? u"ar"_s : u"fr"_s;
    AppLanguage::instance().apply(lang);

    std::unique_ptr<Workspace> ws;
    try {
        ws = std::make_unique<Workspace>(DataDirectory::resolve(parser.value(u"data-dir"_s)));
        if (!ws->settings().isInitialized() || !ws->users().hasUsers()) {
            FirstRunDialog setup(*ws);
            if (setup.exec() != QDialog::Accepted)
                return 0;
        }
        const std::optional<Actor> actor = logIn(*ws, parser.value(u"user"_s));
        if (!actor)
            return 0;
        MainWindow window(*ws, *actor);
        window.show();
        if (parser.isSet(u"quit-after-ready"_s)) {
            // Queued after the first paint and the first page of the list.
            QTimer::singleShot(0, &app, [&] {
                std::printf("ready in %lld ms\n", qlonglong(sinceStart.elapsed()));
                std::fflush(stdout);
                app.quit();
            });
        }
        return app.exec();
    } catch (const CoreError &e) {
        MessageBox::critical(nullptr, u"Jisr"_s, e.message());
        return 1;
    }
}
