#pragma once
// The one place sqlite3.h is included: the session/changeset API is only
// declared when these are defined (Debian's library is built with both).
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>
