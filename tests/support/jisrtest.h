#pragma once

// Umbrella header for the GoogleTest suites: gtest, readable printing of Qt types, and the
// fixture that gives each test a fresh workspace on a real SQLite file.
#include "qtprinters.h"
#include "workspacetest.h"

#include <gtest/gtest.h>
