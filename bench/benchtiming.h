#pragma once

#include <QElapsedTimer>
#include <benchmark/benchmark.h>
#include <memory>

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

// The data a benchmark program works on, made once on first use; main() resets holder() while
// the application still exists, since Qt objects must not outlive it.
template <typename T> struct LazyFixture
{
    static std::unique_ptr<T> &holder()
    {
        static std::unique_ptr<T> f;
        return f;
    }
    static T &instance()
    {
        if (!holder())
            holder() = std::make_unique<T>();
        return *holder();
    }
};
