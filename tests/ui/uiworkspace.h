#pragma once

#include "cases/casefile.h"
#include "platform/access/accesscontrol.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

// A real data folder for a UI test: a centre, one account per role (password `password`).
struct UiWorkspace
{
    UiWorkspace();
    ~UiWorkspace();

    jisr::Workspace &ws() { return *workspace; }
    jisr::CaseFile addCase(const QString &familyAr, const QString &givenAr,
                           const QString &familyLat, const QString &givenLat);

    static const QString password;
    QTemporaryDir dir;
    std::unique_ptr<jisr::Workspace> workspace;
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
