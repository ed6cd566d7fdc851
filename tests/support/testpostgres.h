#pragma once

#include "platform/db/postgresbackend.h"

#include <QString>

// The PostgreSQL cluster that the test run started (tests/support/pgcluster.sh, a CTest
// fixture). Each test gets a fresh database of its own. There is no skipping: a test that asks
// for PostgreSQL and cannot reach it throws, and fails.
class TestPostgres
{
public:
    // Creates an empty database named after `purpose` plus a random suffix. Throws
    // std::runtime_error with the reason when the cluster is not there.
    static jisr::PostgresBackend::Address freshDatabase(const QString &purpose);
    // Drops a database made by freshDatabase (connections to it must be closed).
    static void drop(const jisr::PostgresBackend::Address &address);

private:
    static jisr::PostgresBackend::Address cluster();
    static void adminStatement(const QString &sql);
};
