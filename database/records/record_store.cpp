#include "database/records/record_store.h"

#include "core/common/uuid.h"
#include "database/office_file.h"
#include "database/records/field_rules.h"
#include "database/sqlite/sql_error.h"

#include <QRegularExpression>
#include <QStringList>

namespace hub::db
{

const QString &checkedIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!re.match(name).hasMatch())
        throw SqlError(makeError(ErrorCode::Internal, QStringLiteral("invalid identifier '%1'").arg(name)));
    return name;
}

QString RecordStore::insert(const QString &table, const QVariantMap &values, const QString &givenId)
{
    const QString id = givenId.isEmpty() ? newUuid7() : givenId;
    // The same column rules a sync bundle is held to (field_rules.h).
    checkStoredValues(table, values);
    checkStoredValues(table, { { QStringLiteral("id"), id } });
    const QString now = OfficeFile::nowUtc();
    QStringList cols { QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("created_by"),
        QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("row_version"),
        QStringLiteral("rev") };
    QVariantList vals { id, now, m_file.user(), now, m_file.user(), 1, m_file.nextRevision() };
    for (auto it = values.begin(); it != values.end(); ++it) {
        cols << checkedIdentifier(it.key());
        vals << it.value();
    }
    QStringList marks;
    for (int i = 1; i <= cols.size(); ++i)
        marks << QStringLiteral("?%1").arg(i);
    Statement st = m_file.connection().prepare(
        QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
            .arg(checkedIdentifier(table), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (int i = 0; i < vals.size(); ++i)
        st.bind(i + 1, vals[i]);
    st.exec();
    return id;
}

namespace
{

bool sameValue(const QVariant &stored, const QVariant &wanted)
{
    if (stored.isNull() || !stored.isValid())
        return wanted.isNull() || !wanted.isValid()
            || (wanted.typeId() == QMetaType::QDate && !wanted.toDate().isValid());
    if (wanted.typeId() == QMetaType::QDate)
        return stored.toString() == wanted.toDate().toString(Qt::ISODate);
    if (wanted.typeId() == QMetaType::Bool)
        return stored.toLongLong() == (wanted.toBool() ? 1 : 0);
    return stored.toString() == wanted.toString();
}

} // namespace

RecordStore::Upsert RecordStore::upsert(const QString &table, const QString &id, const QVariantMap &values)
{
    const QVariantMap now = current(table, id);
    if (now.isEmpty()) {
        insert(table, values, id);
        return Upsert::Inserted;
    }
    QVariantMap changes;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!sameValue(now.value(it.key()), it.value()))
            changes.insert(it.key(), it.value());
    }
    if (!now.value(QStringLiteral("deleted_at")).isNull())
        changes.insert(QStringLiteral("deleted_at"), QVariant());
    if (changes.isEmpty())
        return Upsert::Unchanged;
    update(table, id, now.value(QStringLiteral("row_version")).toLongLong(), changes);
    return Upsert::Updated;
}

void RecordStore::update(
    const QString &table, const QString &id, std::int64_t expectedVersion, const QVariantMap &changes)
{
    checkStoredValues(table, changes);
    QStringList sets { QStringLiteral("updated_at=?1"), QStringLiteral("updated_by=?2"), QStringLiteral("rev=?3"),
        QStringLiteral("row_version=row_version+1") };
    QVariantList vals { OfficeFile::nowUtc(), m_file.user(), m_file.nextRevision() };
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        vals << it.value();
        sets << QStringLiteral("%1=?%2").arg(checkedIdentifier(it.key())).arg(vals.size());
    }
    vals << id << QVariant::fromValue<qint64>(expectedVersion);
    Statement st = m_file.connection().prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id=?%3 AND row_version=?%4")
                                                   .arg(checkedIdentifier(table), sets.join(QLatin1Char(',')))
                                                   .arg(vals.size() - 1)
                                                   .arg(vals.size()));
    for (int i = 0; i < vals.size(); ++i)
        st.bind(i + 1, vals[i]);
    if (st.exec() == 0)
        throwConflict(table, id, expectedVersion);
}

void RecordStore::tombstone(const QString &table, const QString &id, std::int64_t expectedVersion)
{
    update(table, id, expectedVersion, { { QStringLiteral("deleted_at"), OfficeFile::nowUtc() } });
}

QVariantMap RecordStore::current(const QString &table, const QString &id) const
{
    Statement st
        = m_file.connection().prepare(QStringLiteral("SELECT * FROM %1 WHERE id=?1").arg(checkedIdentifier(table)));
    st.bind(1, id);
    QVariantMap row;
    if (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c)
            row.insert(st.columnName(c), st.value(c));
    }
    return row;
}

void RecordStore::throwConflict(const QString &table, const QString &id, std::int64_t expectedVersion) const
{
    const QVariantMap now = current(table, id);
    if (now.isEmpty())
        throw SqlError(makeError(ErrorCode::NotFound, QStringLiteral("The record no longer exists.")));
    Error e = makeError(ErrorCode::Conflict,
        QStringLiteral(
            "Changed by %1 at %2 (now version %3; your edit started from version %4). Nothing was overwritten.")
            .arg(now.value(QStringLiteral("updated_by")).toString(), now.value(QStringLiteral("updated_at")).toString())
            .arg(now.value(QStringLiteral("row_version")).toLongLong())
            .arg(expectedVersion));
    e.current = now;
    throw SqlError(e);
}

} // namespace hub::db
