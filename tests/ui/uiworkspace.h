#pragma once

#include "testcentre.h"

#include <QDir>
#include <functional>

// A real centre for a UI test (TestCentre): one account per role, logged in for real, whose
// password is TestCentre::Password.
struct UiWorkspace : TestCentre
{
    UiWorkspace();

    jisr::CaseFile addCase(const QString &familyAr, const QString &givenAr,
                           const QString &familyLat, const QString &givenLat);
    // A file in the test's data folder (pictures, CSV files to import).
    QString filePath(const QString &name) const { return QDir(dataDir()).filePath(name); }

    static inline const QString &password = TestCentre::Password;
    jisr::Actor admin, reception, doctor, social;
};

// Types text into a widget like a keyboard would, Arabic letters included (QTest::keyClicks
// only knows ASCII).
void typeText(QWidget *widget, const QString &text);

// Answers the next modal dialog of our own (an input dialog, the import dialog) once it shows.
// Message boxes and file dialogs are answered before they are asked, without polling:
// jisr::MessageBox::setNextAnswer and jisr::FileDialog::setNextFileName.
void whenModalShows(const std::function<void(QWidget *)> &answer);

// Brings to the front the tab of `root` that holds the widget of that name; true when that
// widget is then visible.
bool showTabHolding(QWidget *root, const QString &objectName);
