#include "database/office_file.h"

#include "core/common/uuid.h"
#include "database/accounts/account_link_repository.h"
#include "database/backup/backup.h"
#include "database/backup/backup_leftovers.h"
#include "database/catalogue/catalogue_repository.h"
#include "database/events/change_notifier.h"
#include "database/file_damage.h"
#include "database/schema/migrations.h"
#include "database/shared_file/lock_check.h"
#include "database/sqlite/journal_guard.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"
#include "database/sync/built_in_stamps.h"
#include "database/sync/change_capture.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <vector>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <lmcons.h>
#include <windows.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace hub::db
{

namespace
{

// What the system says the process's account is; empty when it cannot say.
QString systemAccount()
{
#ifdef Q_OS_WIN
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size - 1)); // size counts the terminating zero
    return {};
#else
    // getpwuid_r: the buffer is ours, so two threads opening files never share one.
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size_t(bufferSize > 0 ? bufferSize : 16384));
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return {};
#endif
}

} // namespace

QString operatingSystemUser()
{
    const QString fromSystem = systemAccount();
    if (!fromSystem.isEmpty())
        return fromSystem;
    for (const char *var : { "USERNAME", "USER", "LOGNAME" }) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

void OfficeFile::setAccount(const QString &account)
{
    m_account = account;
    const QString officer = linkedOfficer(m_connection, account);
    m_linked = !officer.isEmpty();
    m_user = m_linked ? officer : account;
}

QString OfficeFile::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

OfficeFile::~OfficeFile() = default;

QString OfficeFile::nextRevision()
{
    return m_clock->tick().toString();
}

void OfficeFile::observeRevision(const QString &stamp)
{
    RevisionStamp seen;
    if (RevisionStamp::parse(stamp, &seen))
        m_clock->observe(seen);
}

QString OfficeFile::modeName() const
{
    switch (m_mode) {
    case Mode::Local:
        return QStringLiteral("local");
    case Mode::NetworkShare:
        return QStringLiteral("network share");
    case Mode::ReadOnly:
        return QStringLiteral("read-only");
    }
    return {};
}

int OfficeFile::schemaVersion() const
{
    return m_connection.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QString OfficeFile::setting(const QString &key) const
{
    Statement st = m_connection.prepare(QStringLiteral("SELECT value FROM local_settings WHERE key=?1"));
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void OfficeFile::markDamaged(const QString &finding, const QString &foundBy) const
{
    if (!isDamaged())
        recordDamage(m_path, finding, foundBy);
    m_damage = finding;
    m_connection.refuseWrites(writeRefusal());
}

Error OfficeFile::writeRefusal() const
{
    if (isDamaged())
        return damagedFileRefusal(m_path, m_damage);
    Error e
        = makeError(ErrorCode::ReadOnly, QStringLiteral("The office file is open read-only; nothing can be changed."));
    e.file = QFileInfo(m_path).fileName();
    return e;
}

void OfficeFile::loadIdentity()
{
    m_officeCode = setting(QStringLiteral("office_code"));
    m_officeId = setting(QStringLiteral("office_id"));
    m_officeName = setting(QStringLiteral("office_name"));
    setAccount(m_account.isEmpty() ? operatingSystemUser() : m_account);
    // Each desktop session gets its own clock suffix so two desktops on one
    // file never mint the same stamp.
    const QString session = QString::number(QRandomGenerator::global()->bounded(0x100000u), 16);
    m_clock = std::make_unique<RevisionClock>(m_officeCode + QLatin1Char(':') + session);
}

Result<std::unique_ptr<OfficeFile>> OfficeFile::create(
    const QString &path, const CreateOptions &options, const Populate &populate)
{
    if (QFileInfo::exists(path))
        return makeError(
            ErrorCode::Invalid, QStringLiteral("%1 already exists; Hubcase will not overwrite it.").arg(path));
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z][A-Z0-9]{1,7}$"));
    if (!codeRe.match(options.officeCode).hasMatch())
        return makeError(ErrorCode::Invalid,
            QStringLiteral("Office code '%1' must be 2-8 capital letters or digits, starting with a letter.")
                .arg(options.officeCode));
    // Built under a temporary name and renamed when complete, so a failure
    // never leaves a half-made office file behind.
    const QString building = path + QStringLiteral(".creating");
    if (const Status cleared = clearOwnLeftover(building); !cleared)
        return cleared.error();
    Status built = guarded([&]() -> Status {
        std::unique_ptr<OfficeFile> file(new OfficeFile);
        file->m_notifier = std::make_unique<ChangeNotifier>();
        file->m_path = building;
        file->m_account = file->m_user = operatingSystemUser();
        file->m_connection.open(building, Connection::Access::Create);
        file->m_connection.applyOfficePragmas();
        file->m_connection.execScript(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId));
        applyMigrations(file->m_connection, 0);
        {
            WriteTransaction tx(file->m_connection);
            Statement st
                = file->m_connection.prepare(QStringLiteral("INSERT INTO local_settings(key, value) VALUES (?1, ?2)"));
            const QList<QPair<QString, QString>> identity = {
                { QStringLiteral("office_code"), options.officeCode },
                { QStringLiteral("office_id"), newUuid7() },
                { QStringLiteral("office_name"), options.officeName },
                { QStringLiteral("created_at"), nowUtc() },
            };
            for (const auto &[k, v] : identity) {
                st.reset();
                st.bind(1, k).bind(2, v).exec();
            }
            tx.commit();
        }
        file->loadIdentity();
        if (options.seedCatalogue) {
            const Status seeded = CatalogueRepository(*file).seedBuiltIn();
            if (!seeded)
                return seeded.error();
            stampBuiltInRows(file->m_connection);
        }
        return {};
    });
    // Populated through a normal open (change capture and all) while it still has its temporary name.
    if (built && populate) {
        auto opened = open(building);
        built = opened ? populate(*opened.value()) : Status(opened.error());
    }
    if (!built) {
        (void)clearOwnLeftover(building);
        return built.error();
    }
    if (!QFile::rename(building, path)) {
        QFile::remove(building);
        return makeError(ErrorCode::Io, QStringLiteral("Could not create %1.").arg(path));
    }
    return open(path);
}

namespace
{

Error withPath(Error e, const QString &path)
{
    if (e.file.isEmpty())
        e.file = QFileInfo(path).fileName();
    return e;
}

// A file that is not an office file at all (another program's, or not SQLite).
Error notOfficeFile(const QString &details)
{
    Error e = makeError(ErrorCode::NotHubcaseFile,
        QStringLiteral("This file is not a Hubcase office file. Choose another file or create a new one."));
    e.details = details;
    return e;
}

// Said only when it is true: rolling back a dead desktop's unfinished save changes the file.
QString unchangedNote(int rollbacksBefore)
{
    return journalRollbacks() == rollbacksBefore
        ? QStringLiteral("It has not been changed")
        : QStringLiteral("A save left unfinished by a desktop that stopped was undone first; nothing else was changed");
}

// A read-only opener cannot undo a dead desktop's unfinished save (SQLite
// refuses to read past its hot journal); when the file and its folder can be
// written, a brief read-write connection undoes it first.
void rollBackForReader(const QString &path, const QFileInfo &info)
{
    if (!QFileInfo::exists(path + QStringLiteral("-journal")) || !info.isWritable()
        || !QFileInfo(info.absolutePath()).isWritable())
        return;
    Connection rw;
    rw.open(path, Connection::Access::ReadWrite);
    rw.scalar(QStringLiteral("PRAGMA schema_version")); // the first read plays the journal (through the guard)
}

} // namespace

Result<std::unique_ptr<OfficeFile>> OfficeFile::open(const QString &path, bool readOnly)
{
    const QFileInfo info(path);
    if (!info.exists())
        return withPath(makeError(ErrorCode::NotFound, QStringLiteral("No such office file.")), path);
    if (!info.isFile())
        return withPath(
            makeError(ErrorCode::NotHubcaseFile, QStringLiteral("This is a folder, not an office file.")), path);

    std::unique_ptr<OfficeFile> file(new OfficeFile);
    file->m_notifier = std::make_unique<ChangeNotifier>();
    file->m_path = path;
    file->m_account = file->m_user = operatingSystemUser();
    const int rollbacksBefore = journalRollbacks();
    // Damage recorded earlier (by any desktop's check or backup) is trusted
    // while the file is the one it was recorded about: opened read-only at once.
    const std::optional<DamageRecord> recorded = readDamageRecord(path);
    const bool knownDamaged = recorded && recorded->stillDescribesFile;
    // The rollback journal is created beside the file, so the folder must be writable too.
    const bool writable
        = !readOnly && !knownDamaged && info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    try {
        if (!writable && !knownDamaged)
            rollBackForReader(path, info);
        file->m_connection.open(path, writable ? Connection::Access::ReadWrite : Connection::Access::ReadOnly);
        // The first read tells a foreign or damaged file apart. SQLite's
        // "file is not a database" is no help to a user: said in their words.
        int appId = 0;
        try {
            appId = file->m_connection.scalar(QStringLiteral("PRAGMA application_id")).toInt();
        } catch (const SqlError &e) {
            if (e.error().code != ErrorCode::NotHubcaseFile)
                throw;
            return withPath(notOfficeFile(e.error().details), path);
        }
        if (appId != kApplicationId)
            return withPath(
                notOfficeFile(
                    QStringLiteral("application_id is %1, not 0x%2 (HUBC)").arg(appId).arg(kApplicationId, 0, 16)),
                path);
        QString damage = knownDamaged ? recorded->finding : QString();
        if (!knownDamaged) {
            QString check;
            try {
                check = openTimeCheck(file->m_connection, info.size());
            } catch (const SqlError &e) {
                if (e.error().code != ErrorCode::Corrupt)
                    throw;
                check = e.error().message; // the check itself met damage
            }
            if (check != QStringLiteral("ok")) {
                damage = check;
                recordDamage(path, damage, QStringLiteral("open"));
            } else if (recorded) {
                clearDamageRecord(path); // the file changed since the record and is sound now
            }
        }
        if (!damage.isEmpty()) {
            // Never written: looked at read-only, every write refused with the damage named.
            if (!file->m_connection.isReadOnly())
                file->m_connection.open(path, Connection::Access::ReadOnly);
            file->m_damage = damage;
            file->m_connection.refuseWrites(file->writeRefusal());
            if (file->m_connection.scalar(QStringLiteral("PRAGMA user_version")).toInt() != latestSchemaVersion())
                return withPath(makeError(ErrorCode::Corrupt,
                                    QStringLiteral("The office file is damaged (%1). %2; restore the latest backup.")
                                        .arg(damage, unchangedNote(rollbacksBefore))),
                    path);
            file->m_connection.applyOfficePragmas();
            file->loadIdentity();
            file->m_mode = Mode::ReadOnly;
            return file;
        }
        const int version = file->m_connection.scalar(QStringLiteral("PRAGMA user_version")).toInt();
        if (version > latestSchemaVersion())
            return withPath(
                makeError(ErrorCode::NewerVersion,
                    QStringLiteral(
                        "This office file was written by a newer Hubcase (schema %1; this version reads up to %2). "
                        "Install the newer Hubcase to open it.")
                        .arg(version)
                        .arg(latestSchemaVersion())),
                path);
        file->m_connection.applyOfficePragmas();
        if (version < latestSchemaVersion()) {
            if (file->m_connection.isReadOnly())
                return withPath(
                    makeError(ErrorCode::ReadOnly,
                        QStringLiteral("This office file needs upgrading (schema %1 to %2) but is read-only.")
                            .arg(version)
                            .arg(latestSchemaVersion())),
                    path);
            const QString backupPath = path + QStringLiteral(".schema%1.bak").arg(version);
            const Status backed = backupTo(file->m_connection, backupPath);
            if (!backed)
                return withPath(backed.error(), path);
            file->m_migrationBackup = backupPath;
            applyMigrations(file->m_connection, version);
        }
        // After migrating: the check uses local_settings, which a schema-0 file lacks.
        if (!file->m_connection.isReadOnly()) {
            if (const Status locks = verifyLocking(file->m_connection); !locks)
                return withPath(locks.error(), path);
        }
    } catch (const SqlError &e) {
        return withPath(e.error(), path);
    }
    file->loadIdentity();
    if (file->m_connection.isReadOnly())
        file->m_mode = Mode::ReadOnly;
    else
        file->m_mode = storageKindOf(path) == StorageKind::NetworkShare ? Mode::NetworkShare : Mode::Local;
    // Capture starts after migrations: every office runs the same migrations,
    // so their writes must not travel as changes.
    if (!file->m_connection.isReadOnly()) {
        OfficeFile *self = file.get();
        file->m_capture = std::make_unique<ChangeCapture>(
            file->m_connection,
            [self](const QString &floor) {
                self->observeRevision(floor);
                return self->nextRevision();
            },
            file->m_notifier.get());
    }
    return file;
}

} // namespace hub::db
