#pragma once
// Guards the moment SQLite rolls back a hot journal. SQLite finds a journal
// by name ("<file>-journal") and trusts that it belongs to the file beside
// it; if the office file was replaced (renamed over) while a desktop held a
// journal and that desktop then died, the next opener would play the old
// file's pages into the new one. A thin VFS wrapping the platform's default
// sees SQLite open a hot journal for playback and first checks that its
// header fits the file (docs/shared-file.md, "Stale journals").

#include <QString>

namespace hub::db
{

// Registers the guarding VFS as the process default (once; thread-safe).
void installJournalGuard();

// Empty when `journalPath` (a "<file>-journal") may be rolled back into its
// file, otherwise why not. Reads the journal header, the page-1 original it
// holds and the file's header; changes nothing.
QString foreignJournalProblem(const QString &journalPath);

// The reason the guard last refused a journal on this thread (then clears
// it); empty if it did not. SQLite reports the refusal as SQLITE_CANTOPEN.
QString takeJournalRefusal();

// Hot journals this thread has let SQLite roll back, ever: compare before
// and after an open to know whether the file was changed by a rollback.
int journalRollbacks();

} // namespace hub::db
