#pragma once
// Helpers shared by the [sync] tests: offices from one seed, bundles in
// memory, and hashes that prove a file did or did not change.

#include "test_support.h"

#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/transaction.h"
#include "database/sync/bundle_importer.h"
#include "database/sync/sync_service.h"
#include "database/sync/sync_status.h"

#include <QCryptographicHash>
#include <memory>

namespace synctest
{

using OfficePtr = std::unique_ptr<hub::db::OfficeFile>;

// Tests do thousands of small commits; fsync adds nothing to what they prove.
inline void fast(hub::db::OfficeFile &f)
{
    f.connection().execScript(QStringLiteral("PRAGMA synchronous=OFF"));
}

inline OfficePtr open(const QString &path)
{
    auto f = hub::db::OfficeFile::open(path);
    REQUIRE(f.ok());
    fast(*f.value());
    return std::move(f.value());
}

// A seed office and copies of it for the given codes (same content, own identities).
inline std::vector<OfficePtr> officesFromSeed(
    const hubtest::TempDir &tmp, const QStringList &codes, const QString &prefix = QStringLiteral("office"))
{
    // One seed per folder: every office in it starts from the same content.
    const QString seedPath = tmp.path(QStringLiteral("seed.hubcase"));
    if (!QFileInfo::exists(seedPath)) {
        hub::db::CreateOptions o;
        o.officeCode = QStringLiteral("SEED");
        REQUIRE(hub::db::OfficeFile::create(seedPath, o).ok());
    }
    OfficePtr seed = open(seedPath);
    std::vector<OfficePtr> out;
    for (const QString &code : codes) {
        const QString path = tmp.path(prefix + QLatin1Char('-') + code + QStringLiteral(".hubcase"));
        const hub::Status made
            = hub::db::SyncService::startNewOffice(*seed, path, code, code + QStringLiteral(" office"));
        INFO((made.ok() ? std::string() : made.error().message.toStdString()));
        REQUIRE(made.ok());
        out.push_back(open(path));
    }
    return out;
}

inline std::int64_t outboxMax(hub::db::OfficeFile &f)
{
    return f.connection().scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM local_outbox")).toLongLong();
}

// Every captured change of an office as one bundle (empty when none).
inline QByteArray allChanges(hub::db::OfficeFile &f, std::int64_t from = 1)
{
    const std::int64_t to = outboxMax(f);
    if (to < from)
        return {};
    auto b = hub::db::SyncService(f).bundleBytes(from, to);
    REQUIRE(b.ok());
    return b.value();
}

inline hub::Result<hub::db::ImportSummary> importBytes(hub::db::OfficeFile &f, const QByteArray &bytes)
{
    return hub::db::BundleImporter(f).importBytes(bytes, QStringLiteral("test.hubsync"));
}

// Hash over every table, local ones included: "nothing changed at all".
inline QString wholeFileHash(hub::db::OfficeFile &f)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    hub::db::Statement tables = f.connection().prepare(
        QStringLiteral("SELECT name FROM pragma_table_list WHERE schema='main' AND type='table' ORDER BY name"));
    while (tables.step()) {
        const QString name = tables.text(0);
        hub::db::Statement rows = f.connection().prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
        h.addData(name.toUtf8());
        while (rows.step())
            for (int c = 0; c < rows.columnCount(); ++c)
                h.addData(rows.value(c).toString().toUtf8() + (rows.isNull(c) ? "\x01" : "\x02"));
    }
    return QString::fromLatin1(h.result().toHex());
}

inline QString contentHash(hub::db::OfficeFile &f)
{
    return hub::db::syncedContentHash(f.connection());
}

inline QString firstId(hub::db::OfficeFile &f, const QString &table, int offset = 0)
{
    hub::db::Statement st
        = f.connection().prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT 1 OFFSET ?1").arg(table));
    st.bind(1, offset);
    REQUIRE(st.step());
    return st.text(0);
}

// One edit through the normal write path.
inline void edit(hub::db::OfficeFile &f, const QString &table, const QString &id, const QVariantMap &changes)
{
    hub::db::WriteTransaction tx(f.connection());
    hub::db::RecordStore store(f);
    const QVariantMap now = store.current(table, id);
    REQUIRE(!now.isEmpty());
    store.update(table, id, now.value(QStringLiteral("row_version")).toLongLong(), changes);
    tx.commit();
}

inline int count(hub::db::OfficeFile &f, const QString &sql)
{
    return f.connection().scalar(sql).toInt();
}

} // namespace synctest
