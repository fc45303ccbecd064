#include "database/file_damage.h"

#include "database/sqlite/connection.h"
#include "database/sqlite/file_identity.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

// What the record says about the file it was written about.
QString fileFacts(const QString &officePath)
{
    const QFileInfo info(officePath);
    const FileIdentity id = identityOf(officePath);
    return u"%1:%2:%3:%4"_s.arg(id.device).arg(id.file).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

QString damageRecordPath(const QString &officePath)
{
    return officePath + u".damaged"_s;
}

std::optional<DamageRecord> readDamageRecord(const QString &officePath)
{
    QFile f(damageRecordPath(officePath));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    DamageRecord r;
    QString facts;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = line.left(eq), value = line.mid(eq + 1);
        if (key == u"finding"_s)
            r.finding = value;
        else if (key == u"found-by"_s)
            r.foundBy = value;
        else if (key == u"found-at"_s)
            r.foundAt = QDateTime::fromString(value, Qt::ISODate);
        else if (key == u"file"_s)
            facts = value;
    }
    if (r.finding.isEmpty())
        r.finding = u"damage recorded in %1"_s.arg(QFileInfo(f.fileName()).fileName());
    r.stillDescribesFile = facts == fileFacts(officePath);
    return r;
}

bool recordDamage(const QString &officePath, const QString &finding, const QString &foundBy)
{
    QSaveFile f(damageRecordPath(officePath));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QString text = u"# Hubcase found this office file damaged; it is opened read-only until restored.\n"
                         "finding=%1\nfound-by=%2\nfound-at=%3\nfile=%4\n"_s.arg(
                             QString(finding).replace(QLatin1Char('\n'), QLatin1Char(' ')), foundBy,
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate), fileFacts(officePath));
    f.write(text.toUtf8());
    return f.commit();
}

void clearDamageRecord(const QString &officePath)
{
    QFile::remove(damageRecordPath(officePath));
}

QString openTimeCheck(const Connection &connection, qint64 fileBytes)
{
    // integrity_check("1"): stop at the first finding; it is all we report.
    const QString sql
        = fileBytes <= kFullCheckOnOpenBytes ? u"PRAGMA integrity_check(1)"_s : u"PRAGMA quick_check(1)"_s;
    return connection.scalar(sql).toString();
}

QString damagedFileMessage(const QString &officePath, const QString &finding)
{
    return u"The office file %1 is damaged (%2), so Hubcase will not change it: nothing was saved. "
           "Restore the newest verified backup (hubcase-cli restore FILE --from BACKUP-FOLDER); "
           "the damaged file is kept aside."_s.arg(QFileInfo(officePath).fileName(), finding);
}

Error damagedFileRefusal(const QString &officePath, const QString &finding)
{
    Error e = makeError(ErrorCode::Corrupt, damagedFileMessage(officePath, finding));
    e.file = QFileInfo(officePath).fileName();
    e.current.insert(u"damagedOfficeFile"_s, true);
    return e;
}

bool isDamagedFileRefusal(const Error &error)
{
    return error.code == ErrorCode::Corrupt && error.current.value(u"damagedOfficeFile"_s).toBool();
}

} // namespace hub::db
