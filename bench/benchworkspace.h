#pragma once

#include "platform/access/accesscontrol.h"
#include "workspace/workspace.h"

#include <QString>
#include <memory>

// A workspace filled with generated people for a benchmark. Filling a million files takes
// minutes, so the folder is kept between runs (JISR_BENCH_DATA, default ./bench-data) and
// reused when it already holds the requested number of files.
class BenchWorkspace
{
public:
    static std::unique_ptr<jisr::Workspace> withCases(qint64 cases, quint64 seed);
    static std::unique_ptr<jisr::Workspace> empty(const QString &dir);
    // The benchmarks act as the centre's real administrator account (created on first use);
    // permission checks still run on every call.
    static jisr::Actor actor(jisr::Workspace &ws);
    // JISR_BENCH_CASES, or `fallback`.
    static qint64 caseCount(qint64 fallback);
};

// Percentiles of a list of durations in milliseconds.
double percentile(std::vector<double> values, double p);
