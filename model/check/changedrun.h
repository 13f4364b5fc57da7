#pragma once

#include <QtGlobal>

#include <algorithm>

namespace Planar {

/**
 * Where two lists differ, by the first and the last elements they share (one edit adds,
 * removes or changes a run of neighbours): before[from, before.size() - tail) became
 * after[from, after.size() - tail).
 */
struct ChangedRun {
    qsizetype from = 0;
    qsizetype tail = 0;

    /** @p same(i, j): before's element i equals after's element j. */
    template <typename Same>
    static ChangedRun of(qsizetype before, qsizetype after, Same same)
    {
        ChangedRun run;
        const qsizetype n = std::min(before, after);
        while (run.from < n && same(run.from, run.from))
            ++run.from;
        while (run.tail < n - run.from && same(before - 1 - run.tail, after - 1 - run.tail))
            ++run.tail;
        return run;
    }
};

} // namespace Planar
