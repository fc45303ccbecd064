#pragma once
// The one place an open office file announces what changed: this desktop's
// commits (from change capture, after the outermost COMMIT) and other
// desktops' (from the data_version watcher) arrive as the same RecordsChanged.
// Pages and models connect to recordsChanged() and update the rows of the
// tables they show; nothing reloads because "something" changed.

#include "database/events/records_changed.h"

#include <QObject>

namespace hub::db
{

class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject *parent = nullptr);

    // Emits recordsChanged() unless `change` is empty.
    void publish(const RecordsChanged &change);
    // How many non-empty changes were published (for tests and diagnostics).
    int published() const { return m_published; }

signals:
    void recordsChanged(const hub::db::RecordsChanged &change);

private:
    int m_published = 0;
};

} // namespace hub::db
