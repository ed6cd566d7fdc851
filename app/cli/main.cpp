// jisrctl: the Jisr core without widgets, for IT, scheduled tasks and tests.
#include "cliapp.h"
#include "clitranslations.h"

#include <QGuiApplication>
#include <memory>

namespace {

// Painting (fonts, PDF) needs a QGuiApplication, and every command that paints writes --pdf (card
// print, appointment slip and day-list, evaluation letter, case summary); every other command
// stays a plain QCoreApplication, which starts faster and says nothing about displays on a server.
bool paints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (paints(argc, argv)) {
        // Off screen unless told otherwise: jisrctl runs without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Jisr"));
    QCoreApplication::setApplicationName(QStringLiteral("Jisr"));
    jisr::installCliTranslations(QCoreApplication::arguments());
    return jisr::CliApp::run(QCoreApplication::arguments());
}
