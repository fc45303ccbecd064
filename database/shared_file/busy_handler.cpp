#include "database/shared_file/busy_handler.h"

#include "database/sqlite/sqlite_api.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <cstdint>

namespace hub::db
{

namespace
{

// One lock wait at a time per thread, so the start of the current wait can
// live in the thread; count == 0 marks a new wait.
thread_local QElapsedTimer t_waiting;

int fairBusy(void *arg, int count)
{
    const auto timeoutMs = static_cast<qint64>(reinterpret_cast<std::intptr_t>(arg));
    if (count == 0)
        t_waiting.start();
    if (t_waiting.elapsed() >= timeoutMs)
        return 0; // give up: the caller sees SQLITE_BUSY
    const int base = count < 10 ? 1 + count / 2 : 5;
    sqlite3_sleep(base + int(QRandomGenerator::global()->bounded(base + 1)));
    return 1;
}

} // namespace

void installFairBusyHandler(sqlite3 *db, int timeoutMs)
{
    sqlite3_busy_handler(db, &fairBusy, reinterpret_cast<void *>(static_cast<std::intptr_t>(timeoutMs)));
}

} // namespace hub::db
