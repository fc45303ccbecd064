#include "database/backup/backup_folder.h"

#include "database/backup/backup.h"
#include "database/backup/backup_leftovers.h"
#include "database/office_file.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

const QString kFolderKey = u"backup_folder"_s;
const QString kIntervalKey = u"backup_interval_minutes"_s;
const QString kKeepKey = u"backup_keep"_s;

QRegularExpression backupPattern(const QString &officeCode)
{
    const QString office = officeCode.isEmpty() ? u"[A-Za-z0-9_.-]+"_s : QRegularExpression::escape(officeCode);
    return QRegularExpression(u"^(%1)-(\\d{8}-\\d{6})(?:-(\\d+))?\\.hubcase$"_s.arg(office));
}

// Sort key: timestamp, then the same-second counter, so "-2" follows the plain name.
QString sortKey(const QRegularExpressionMatch &m)
{
    return m.captured(2) + u"-%1"_s.arg(m.captured(3).isEmpty() ? 1 : m.captured(3).toInt(), 6, 10, QLatin1Char('0'));
}

// Logging is a courtesy for the scheduler: a backup that was written and
// verified is not failed because the log could not be written.
void logBackup(const OfficeFile &file, const QString &kind, const QString &path, qint64 bytes)
{
    if (file.isReadOnly())
        return;
    (void)guarded([&]() -> Status {
        WriteTransaction tx(file.connection());
        Statement st = file.connection().prepare(
            u"INSERT INTO local_backup_log(taken_at, kind, path, bytes, taken_by, machine) VALUES (?1,?2,?3,?4,?5,?6)"_s);
        st.bind(1, OfficeFile::nowUtc())
            .bind(2, kind)
            .bind(3, QFileInfo(path).absoluteFilePath())
            .bind(4, static_cast<std::int64_t>(bytes))
            .bind(5, file.user())
            .bind(6, QSysInfo::machineHostName());
        st.exec();
        tx.commit();
        return {};
    });
}

// A copy that does not verify is a copy of a damaged file (the backup API
// copies pages as they are) unless the copy itself went wrong: the live file
// is checked, and damage found there is recorded so nothing writes it again.
Error damageBehindBackup(const OfficeFile &file, const Error &copyError)
{
    QString finding;
    const Status checked = guarded([&]() -> Status {
        finding = file.connection().scalar(u"PRAGMA integrity_check(1)"_s).toString();
        return {};
    });
    if (!checked && checked.error().code == ErrorCode::Corrupt)
        finding = checked.error().message;
    if (finding.isEmpty() || finding == u"ok"_s)
        return copyError;
    file.markDamaged(finding, u"backup"_s);
    return file.writeRefusal();
}

QString officeCodeFor(const OfficeFile &file)
{
    return file.officeCode().isEmpty() ? QFileInfo(file.path()).completeBaseName() : file.officeCode();
}

} // namespace

BackupSettings loadBackupSettings(const OfficeFile &file)
{
    BackupSettings s;
    s.folder = file.setting(kFolderKey);
    s.intervalMinutes = qMax(0, file.setting(kIntervalKey).toInt());
    bool ok = false;
    const int keep = file.setting(kKeepKey).toInt(&ok);
    if (ok)
        s.keep = keep;
    return s;
}

Status saveBackupSettings(const OfficeFile &file, const BackupSettings &settings)
{
    return guarded([&]() -> Status {
        WriteTransaction tx(file.connection());
        Statement st = file.connection().prepare(
            u"INSERT INTO local_settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value=excluded.value"_s);
        const QList<QPair<QString, QString>> values = { { kFolderKey, settings.folder },
            { kIntervalKey, QString::number(settings.intervalMinutes) }, { kKeepKey, QString::number(settings.keep) } };
        for (const auto &[k, v] : values) {
            st.reset();
            st.bind(1, k).bind(2, v).exec();
        }
        tx.commit();
        return {};
    });
}

QString backupFileName(const QString &officeCode, const QDateTime &when)
{
    return u"%1-%2.hubcase"_s.arg(officeCode, when.toUTC().toString(u"yyyyMMdd-HHmmss"_s));
}

Result<BackupOutcome> backupToFile(const OfficeFile &file, const QString &path, const QString &kind)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Invalid,
            u"%1 already exists; Hubcase will not overwrite it. Give a folder to get a timestamped backup."_s.arg(
                path));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(file.path()).absoluteFilePath())
        return makeError(ErrorCode::Invalid, u"A backup cannot replace the office file itself."_s);
    const Status copied = backupTo(file.connection(), path);
    if (!copied)
        return copied.error().code == ErrorCode::Corrupt ? damageBehindBackup(file, copied.error()) : copied.error();
    BackupOutcome out;
    out.path = path;
    out.bytes = QFileInfo(path).size();
    logBackup(file, kind, path, out.bytes);
    return out;
}

Result<BackupOutcome> backupToFolder(const OfficeFile &file, const QString &folder, int keep, const QString &kind)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, u"Could not create the backup folder %1."_s.arg(folder));
    // Space first: killed backups' copies can be as big as the office file.
    removeBackupLeftovers(folder);
    const QString office = officeCodeFor(file);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString path = QDir(folder).filePath(backupFileName(office, now));
    // Two backups in one second (on demand right after a scheduled one).
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(u"%1-%2-%3.hubcase"_s.arg(office, now.toString(u"yyyyMMdd-HHmmss"_s)).arg(n));
    Result<BackupOutcome> out = backupToFile(file, path, kind);
    if (out && keep > 0)
        out->removed = rotateBackups(folder, office, keep);
    return out;
}

QStringList listBackups(const QString &folder, const QString &officeCode)
{
    // Whoever looks at the folder (the backup dialog, restore, rotation) clears what killed backups left.
    removeBackupLeftovers(folder);
    const QRegularExpression re = backupPattern(officeCode);
    QList<QPair<QString, QString>> found;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files);
    for (const QFileInfo &fi : entries) {
        const QRegularExpressionMatch m = re.match(fi.fileName());
        if (m.hasMatch())
            found.append({ sortKey(m), fi.absoluteFilePath() });
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (const auto &f : found)
        out << f.second;
    return out;
}

QStringList rotateBackups(const QString &folder, const QString &officeCode, int keep)
{
    QStringList removed;
    if (keep <= 0)
        return removed;
    const QStringList all = listBackups(folder, officeCode);
    for (int i = keep; i < all.size(); ++i) {
        if (QFile::remove(all[i]))
            removed << all[i];
    }
    return removed;
}

QString latestBackup(const QString &folder, const QString &officeCode)
{
    for (const QString &path : listBackups(folder, officeCode)) {
        if (verifyBackup(path))
            return path;
    }
    return {};
}

QDateTime lastBackupTime(const OfficeFile &file)
{
    QDateTime t;
    (void)guarded([&]() -> Status {
        const QString text = file.connection().scalar(u"SELECT max(taken_at) FROM local_backup_log"_s).toString();
        t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (t.isValid())
            t.setTimeSpec(Qt::UTC);
        return {};
    });
    return t;
}

} // namespace hub::db
