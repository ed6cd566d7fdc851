// The application object must exist before any Qt code runs (resources, QSqlDatabase drivers).
#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // QImage scaling for photos needs the Gui module set up
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
