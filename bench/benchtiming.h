#pragma once

#include <QElapsedTimer>
#include <benchmark/benchmark.h>

// Times each iteration by hand (benchmarks registered with UseManualTime) and leaves the mean
// in `meanNs`, for the summary a benchmark prints against its goal.
template <typename F> void timedIterations(benchmark::State &state, double &meanNs, F &&f)
{
    double total = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        f();
        const double ns = double(t.nsecsElapsed());
        total += ns;
        state.SetIterationTime(ns / 1e9);
    }
    meanNs = state.iterations() ? total / double(state.iterations()) : 0;
}
