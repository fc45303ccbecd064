#pragma once
// The last line of defence for a write that meets another desktop's lock.
// Every connection already waits up to its busy timeout (10 s) inside SQLite;
// a write that still got Busy is retried a few times with a growing pause,
// and then the caller gets one plain Busy error. The write was rolled back
// whole, so the caller keeps the user's unsaved input and offers Save again.

#include "core/common/result.h"
#include "database/sqlite/sql_error.h"

#include <functional>
#include <type_traits>

namespace hub::db
{

struct WriteRetryPolicy {
    int attempts = 3; // tries in all, the first included
    int firstPauseMs = 200; // pause before the 2nd try, doubled after
    // How to pause; tests count the pauses instead of sleeping.
    std::function<void(int ms)> pause;
    // Told about each retry (status bar: "Waiting for another desktop…").
    std::function<void(int attempt, const Error &busy)> onRetry;
};

// The Busy error a caller sees once every try has failed.
Error writeStillBusy(const Error &last, int attempts);
void pauseForRetry(const WriteRetryPolicy &policy, int ms);

// fn: a whole write (it opens and commits its own WriteTransaction) returning
// Status or Result<T>; an SqlError it throws counts as its error.
template <typename F> auto withWriteRetry(F &&fn, const WriteRetryPolicy &policy = {}) -> std::invoke_result_t<F &>
{
    using R = std::invoke_result_t<F &>;
    int pauseMs = policy.firstPauseMs;
    for (int attempt = 1;; ++attempt) {
        R r = guarded([&]() -> R { return fn(); });
        if (r.ok() || r.error().code != ErrorCode::Busy)
            return r;
        if (attempt >= policy.attempts)
            return R(writeStillBusy(r.error(), attempt));
        if (policy.onRetry)
            policy.onRetry(attempt, r.error());
        pauseForRetry(policy, pauseMs);
        pauseMs *= 2;
    }
}

} // namespace hub::db
