#pragma once

// Umbrella header for the GoogleTest suites: gtest, readable printing of Qt types, and the
// fixture that gives each test a fresh workspace on a real SQLite file.
#include "platform/errors/coreerror.h"
#include "qtprinters.h"
#include "workspacetest.h"

#include <gtest/gtest.h>

// The statement is refused with a CoreError of that kind (and not another exception, or none).
#define EXPECT_CORE_ERROR(statement, expectedKind)                                                 \
    do {                                                                                           \
        try {                                                                                      \
            statement;                                                                             \
            ADD_FAILURE() << "expected a refusal: " #statement;                                    \
        } catch (const jisr::CoreError &e) {                                                       \
            EXPECT_EQ(e.kind(), expectedKind) << e.message().toStdString();                        \
        }                                                                                          \
    } while (false)
