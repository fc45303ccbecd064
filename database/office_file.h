#pragma once
// An open office file: the connection, who is writing, how the file is held
// (local / network share / read-only), and the revision clock for writes.
// Every service in database/ works through one of these.

#include "core/common/result.h"
#include "core/common/revision_clock.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/storage_location.h"

#include <QString>
#include <functional>
#include <memory>

namespace hub::db
{

inline constexpr int kApplicationId = 0x48554243; // "HUBC"

struct CreateOptions {
    QString officeCode = QStringLiteral("WMH");
    QString officeName = QStringLiteral("West Midlands Primary Care Hub");
    bool seedCatalogue = true;
};

class ChangeCapture;
class ChangeNotifier;

class OfficeFile
{
public:
    enum class Mode { Local, NetworkShare, ReadOnly };
    ~OfficeFile();

    // Fills a file being created (the demo's practices and cases) before it takes its name.
    using Populate = std::function<Status(OfficeFile &)>;
    // Creates a new office file (refuses to overwrite an existing one). The
    // file is built, and populated, as "<path>.creating" and renamed only when
    // complete, so a failed or killed create never leaves a file at `path`; a
    // killed one's ".creating" is removed by the next create of that path.
    static Result<std::unique_ptr<OfficeFile>> create(
        const QString &path, const CreateOptions &options = {}, const Populate &populate = {});
    // Opens an existing file: refuses foreign, corrupt and newer files;
    // migrates older ones after a verified backup; falls back to read-only
    // when the file or its folder cannot be written.
    // `readOnly` opens for looking only (as the GUI's "Open read-only").
    static Result<std::unique_ptr<OfficeFile>> open(const QString &path, bool readOnly = false);

    const Connection &connection() const { return m_connection; }
    const QString &path() const { return m_path; }
    Mode mode() const { return m_mode; }
    QString modeName() const; // "local", "network share", "read-only"
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    const QString &officeCode() const { return m_officeCode; }
    const QString &officeId() const { return m_officeId; }
    const QString &officeName() const { return m_officeName; }
    int schemaVersion() const;

    // The operating-system account this desktop runs as (operatingSystemUser()).
    const QString &account() const { return m_account; }
    // Tests and tools acting as another account: also takes that account's link.
    void setAccount(const QString &account);
    // The person writing, as stamped on rows and shown: the officer the
    // account is linked to (database/accounts/), else the account itself.
    const QString &user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }
    // True when the account is linked to one of the file's officers (user() is that officer).
    bool isLinkedToOfficer() const { return m_linked; }

    // Revision stamp and UTC timestamp for the next write.
    QString nextRevision();
    // Sync import: later local stamps sort after a stamp seen from another office.
    void observeRevision(const QString &stamp);
    // Records writes for sync (docs/sync.md); null when read-only.
    ChangeCapture *changeCapture() const { return m_capture.get(); }
    // Publishes RecordsChanged after each commit made through this file, and
    // (fed by the data_version watcher) for other desktops' commits.
    ChangeNotifier *changes() const { return m_notifier.get(); }
    static QString nowUtc();

    // Non-empty when the file was found damaged (by this open's check, or
    // recorded by an earlier check, `check` or a backup): it is then open
    // read-only and every write is refused (damagedFileRefusal).
    const QString &damage() const { return m_damage; }
    bool isDamaged() const { return !m_damage.isEmpty(); }
    // A later check (a backup that did not verify) found the live file
    // damaged: record it beside the file and refuse writes from now on.
    void markDamaged(const QString &finding, const QString &foundBy) const;
    // The error a write gets on this file when it cannot be written.
    Error writeRefusal() const;

    // Path of the verified backup taken before the last migration, if any.
    const QString &migrationBackup() const { return m_migrationBackup; }

    QString setting(const QString &key) const;

private:
    OfficeFile() = default;
    void loadIdentity();

    Connection m_connection;
    QString m_path;
    Mode m_mode = Mode::Local;
    QString m_officeCode;
    QString m_officeId;
    QString m_officeName;
    QString m_account;
    QString m_user;
    bool m_linked = false;
    QString m_migrationBackup;
    mutable QString m_damage;
    std::unique_ptr<RevisionClock> m_clock;
    std::unique_ptr<ChangeNotifier> m_notifier;
    // Declared after m_connection so it is destroyed first (it holds a session on it).
    std::unique_ptr<ChangeCapture> m_capture;
};

// The account the process runs as, from the system (getpwuid(geteuid()) /
// GetUserNameW); the USERNAME / USER / LOGNAME variables only when the system
// cannot say. Never "" ("unknown" at worst).
QString operatingSystemUser();

} // namespace hub::db
