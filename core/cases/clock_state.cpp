#include "core/cases/clock_state.h"

namespace hub
{

namespace
{
const char *const kCodes[]
    = { "not-applicable", "running", "due-soon", "due-today", "breached", "paused", "met", "met-late" };
const char *const kNames[] = { "Not applicable", "Running", "Due within 3 working days", "Due today", "Breached",
    "Paused", "Met", "Met late" };
} // namespace

QString clockStateCode(ClockState s)
{
    return QString::fromLatin1(kCodes[int(s)]);
}
QString clockStateName(ClockState s)
{
    return QString::fromLatin1(kNames[int(s)]);
}

bool clockStateFromCode(const QString &code, ClockState *out)
{
    for (int i = 0; i < 8; ++i) {
        if (code == QLatin1String(kCodes[i])) {
            *out = ClockState(i);
            return true;
        }
    }
    return false;
}

} // namespace hub
