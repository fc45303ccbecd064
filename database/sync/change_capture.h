#pragma once
// Records every write on a read-write office file with the SQLite session
// extension and, inside the same transaction, stores it in local_outbox as a
// changeset of full-row images (docs/sync.md "Capture").

#include "database/sqlite/connection.h"
#include "database/sync/synced_tables.h"

#include <QSet>
#include <functional>

struct sqlite3_session;

namespace hub::db {

class ChangeCapture final : public WriteObserver {
public:
    // mintRevision(floor) returns a new stamp sorting after `floor` ('' for
    // none); used for rows a writer changed without a newer `rev`.
    ChangeCapture(Connection &connection, std::function<QString(const QString &floor)> mintRevision);
    ~ChangeCapture() override;
    ChangeCapture(const ChangeCapture &) = delete;
    ChangeCapture &operator=(const ChangeCapture &) = delete;

    void writeBegun() override;
    void writeCommitting() override;
    void writeEnded() override;

    // While alive, write transactions are not captured (sync import: applied
    // changes belong to their origin office's outbox, not this one's).
    class Pause {
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
};

} // namespace hub::db
