// jisrctl: the Jisr core without widgets, for IT, scheduled tasks and tests.
#include "cliapp.h"
#include "clitranslations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Jisr"));
    QCoreApplication::setApplicationName(QStringLiteral("Jisr"));
    jisr::installCliTranslations(QCoreApplication::arguments());
    return jisr::CliApp::run(QCoreApplication::arguments());
}
