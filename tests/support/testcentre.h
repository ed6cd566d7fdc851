#pragma once

#include "cases/casefile.h"
#include "platform/access/accesscontrol.h"
#include "platform/time/clock.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QTemporaryDir>
#include <memory>

// A real centre for unit, UI and integration tests and for the benchmarks: a data folder with
// a migrated SQLite database, the centre set up (province MA-RAB, series T01), a clock the test
// moves by hand, and real accounts (one per role, password `Password`), created when first
// asked for so that a test pays for the Argon2 hashes it uses.
class TestCentre
{
public:
    static const QString Password;

    // In a temporary folder removed at the end, or in `dataDir` (kept).
    explicit TestCentre(const QString &dataDir = {});
    ~TestCentre();

    jisr::Workspace &ws() { return *m_workspace; }
    jisr::ManualClock &clock();
    QString dataDir() const { return m_dataDir; }

    // The account of this role ("admin", "accueil", "medecin", "social"), as its owner acts
    // once logged in. Created when first asked for.
    jisr::Actor actor(jisr::Role role);
    jisr::Actor admin() { return actor(jisr::Role::Administrator); }
    // Logs in for real (audited) as the account of this role, whose owner has chosen the
    // password `Password`: what the windows start from.
    jisr::Actor loginAs(jisr::Role role);

    // Closes and reopens the workspace on the same folder, as a restart would; the clock keeps
    // its time.
    void reopen();
    // Closes the workspace (checkpointing its file), as quitting the program would.
    void close();

    // A complete, valid adult case file.
    static jisr::CaseFile sampleCase(const QString &familyAr = QStringLiteral("العلوي"),
                                     const QString &givenAr = QStringLiteral("محمد"),
                                     const QString &familyLat = QStringLiteral("Alaoui"),
                                     const QString &givenLat = QStringLiteral("Mohamed"));

private:
    void open(QDateTime start);

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    std::unique_ptr<jisr::Workspace> m_workspace;
    QDateTime m_closedAt;
    QHash<int, jisr::Actor> m_actors;
};
