#include "database/shared_file/write_retry.h"

#include <QThread>

namespace hub::db
{

Error writeStillBusy(const Error &last, int attempts)
{
    Error e = makeError(ErrorCode::Busy,
        QStringLiteral("Another desktop kept the office file locked, so nothing was saved (tried %1 times). "
                       "Your changes are kept on screen; save again in a moment.")
            .arg(attempts));
    e.file = last.file;
    return e;
}

void pauseForRetry(const WriteRetryPolicy &policy, int ms)
{
    if (policy.pause)
        policy.pause(ms);
    else
        QThread::msleep(static_cast<unsigned long>(ms));
}

} // namespace hub::db
