#pragma once

#include "cases/casefile.h"
#include "platform/access/accesscontrol.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

// Each test gets its own data folder with a real, migrated SQLite database and an initialised
// centre (province MA-RAB, series T01).
class WorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // Reopens the workspace on the same folder, as a restart of the program would.
    void reopen();
    // Starts again on a new, empty data folder.
    void reopenEmpty();
    jisr::Workspace &ws() { return *m_workspace; }
    QString dataDir() const { return m_dir->path(); }

    // Actors with the capabilities of one role (the accounts work gives them real users).
    static jisr::Actor actorWith(jisr::Role role, const QString &login = {});
    // A complete, valid adult case file.
    static jisr::CaseFile sampleCase(const QString &familyAr = QStringLiteral("العلوي"),
                                     const QString &givenAr = QStringLiteral("محمد"),
                                     const QString &familyLat = QStringLiteral("Alaoui"),
                                     const QString &givenLat = QStringLiteral("Mohamed"));
    qint64 scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<jisr::Workspace> m_workspace;
};
