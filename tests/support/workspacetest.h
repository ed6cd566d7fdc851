#pragma once

#include "testcentre.h"

#include <gtest/gtest.h>
#include <memory>

// Each test gets its own data folder with a real, migrated SQLite database, an initialised
// centre, a clock it can set and real accounts (see TestCentre).
class WorkspaceTest : public ::testing::Test
{
protected:
    // Made in the constructor, not in SetUp: fixtures initialise members from actorWith().
    WorkspaceTest();
    void TearDown() override;

    // Reopens the workspace on the same folder, as a restart of the program would.
    void reopen() { m_centre->reopen(); }
    void closeWorkspace() { m_centre->close(); }
    // Starts again on a new, empty data folder.
    void reopenEmpty();
    jisr::Workspace &ws() { return m_centre->ws(); }
    jisr::ManualClock &clock() { return m_centre->clock(); }
    QString dataDir() const { return m_centre->dataDir(); }

    // The real account of a role in this centre.
    jisr::Actor actorWith(jisr::Role role) { return m_centre->actor(role); }
    static jisr::CaseFile sampleCase(const QString &familyAr = QStringLiteral("العلوي"),
                                     const QString &givenAr = QStringLiteral("محمد"),
                                     const QString &familyLat = QStringLiteral("Alaoui"),
                                     const QString &givenLat = QStringLiteral("Mohamed"))
    {
        return TestCentre::sampleCase(familyAr, givenAr, familyLat, givenLat);
    }
    qint64 scalar(const QString &sql);

    std::unique_ptr<TestCentre> m_centre;
};
