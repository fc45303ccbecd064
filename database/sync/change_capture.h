#pragma once
// Records every write on a read-write office file with the SQLite session
// extension and, inside the same transaction, stores it in local_outbox as a
// changeset of full-row images (docs/sync.md "Capture"). The same walk over
// the changed rows gives the RecordsChanged that is published once the
// outermost transaction has committed (docs/architecture.md "Change events").

#include "database/events/records_changed.h"
#include "database/sqlite/connection.h"
#include "database/sync/synced_tables.h"

#include <QSet>
#include <functional>

struct sqlite3_session;

namespace hub::db
{

class ChangeNotifier;

class ChangeCapture final : public WriteObserver
{
public:
    // mintRevision(floor) returns a new stamp sorting after `floor` ('' for
    // none); used for rows a writer changed without a newer `rev`.
    // `notifier` (may be null) hears of every committed write; not owned.
    ChangeCapture(Connection &connection, std::function<QString(const QString &floor)> mintRevision,
        ChangeNotifier *notifier = nullptr);
    ~ChangeCapture() override;
    ChangeCapture(const ChangeCapture &) = delete;
    ChangeCapture &operator=(const ChangeCapture &) = delete;

    void writeBegun() override;
    void writeCommitting() override;
    void writeEnded(bool committed) override;

    // While alive, write transactions are not captured (sync import: applied
    // changes belong to their origin office's outbox, not this one's).
    class Pause
    {
    public:
        explicit Pause(ChangeCapture *capture);
        ~Pause();
        Pause(const Pause &) = delete;
        Pause &operator=(const Pause &) = delete;

    private:
        ChangeCapture *m_capture;
    };

    SyncedTables &tables() { return m_tables; }

private:
    static int filter(void *self, const char *table);
    QByteArray sessionChangeset() const;
    bool stampUnrevisedRows(const QByteArray &changeset);
    void endSession();

    Connection &m_connection;
    std::function<QString(const QString &)> m_mintRevision;
    SyncedTables m_tables;
    QSet<QString> m_synced;
    sqlite3_session *m_session = nullptr;
    int m_paused = 0;
    ChangeNotifier *m_notifier = nullptr;
    RecordsChanged m_pending; // what the transaction being committed changed
    bool m_pausedWrite = false; // an import: rows unknown, every synced table may have changed
};

} // namespace hub::db
