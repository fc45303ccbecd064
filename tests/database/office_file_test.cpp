// The office file: creation, identity, pragmas, refusal of foreign, damaged,
// newer and read-only files, and migration with a verified backup.
#include "test_support.h"

#include "database/ccgs/ccg_repository.h"
#include "database/office_file.h"
#include "database/schema/migrations.h"
#include "database/sqlite/connection.h"

#include <QFile>
#include <QFileInfo>

using namespace hub;
using namespace hub::db;

namespace
{

std::unique_ptr<OfficeFile> mustCreate(const QString &path)
{
    auto r = OfficeFile::create(path);
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

} // namespace

TEST_CASE("A new office file carries the Hubcase identity and the office pragmas", "[database][office]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("office.hubcase"));
    auto file = mustCreate(path);
    const Connection &c = file->connection();
    CHECK(c.scalar(QStringLiteral("PRAGMA application_id")).toInt() == kApplicationId);
    CHECK(c.scalar(QStringLiteral("PRAGMA user_version")).toInt() == latestSchemaVersion());
    CHECK(c.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
    CHECK(c.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(c.scalar(QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(file->officeCode() == QStringLiteral("WMH"));
    CHECK(isUuidLike(file->officeId()));
    CHECK(file->mode() == OfficeFile::Mode::Local);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".creating")));
}

TEST_CASE("Creating over an existing file is refused and leaves it untouched", "[database][office]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("existing.hubcase"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    auto r = OfficeFile::create(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("already exists")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("keep me"));
}

TEST_CASE("An invalid office code is refused before anything is written", "[database][office]")
{
    hubtest::TempDir tmp;
    CreateOptions o;
    o.officeCode = QStringLiteral("w m");
    auto r = OfficeFile::create(tmp.path(QStringLiteral("x.hubcase")), o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
    CHECK_FALSE(QFile::exists(tmp.path(QStringLiteral("x.hubcase"))));
}

TEST_CASE("Foreign files are refused with a clear message", "[database][office]")
{
    hubtest::TempDir tmp;
    SECTION("a text file")
    {
        const QString path = tmp.path(QStringLiteral("notes.hubcase"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto r = OfficeFile::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::NotHubcaseFile);
        CHECK(r.error().describe().contains(QStringLiteral("notes.hubcase")));
    }
    SECTION("another application's SQLite database")
    {
        const QString path = tmp.path(QStringLiteral("other.sqlite"));
        {
            Connection c;
            c.open(path, Connection::Access::Create);
            c.execScript(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
        }
        auto r = OfficeFile::open(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::NotHubcaseFile);
    }
    SECTION("a missing file")
    {
        auto r = OfficeFile::open(tmp.path(QStringLiteral("missing.hubcase")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("A damaged office file is refused and not written to", "[database][office]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("damaged.hubcase"));
    mustCreate(path).reset();
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 8192);
    f.seek(size / 2);
    f.write(QByteArray(4096, '\x5a')); // trash pages in the middle
    f.close();
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    auto r = OfficeFile::open(path);
    // Either refused outright, or (when enough of it can be read) opened
    // read-only with the damage named; never writable.
    if (r.ok()) {
        CHECK(r.value()->isDamaged());
        CHECK(r.value()->isReadOnly());
    } else {
        CHECK((r.error().code == ErrorCode::Corrupt || r.error().code == ErrorCode::NotHubcaseFile));
    }
    r = makeError(ErrorCode::Internal, QString()); // closes the file before comparing
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("A file from a newer Hubcase is refused", "[database][office]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("newer.hubcase"));
    mustCreate(path)->connection().execScript(QStringLiteral("PRAGMA user_version=999"));
    auto r = OfficeFile::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NewerVersion);
    CHECK(r.error().message.contains(QStringLiteral("newer Hubcase")));
}

TEST_CASE("An older file is backed up, verified and migrated", "[database][office]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("old.hubcase"));
    {
        // A schema-0 file: Hubcase identity, no tables yet.
        Connection c;
        c.open(path, Connection::Access::Create);
        c.execScript(QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=0;").arg(kApplicationId));
        c.execScript(QStringLiteral("CREATE TABLE scratch(x); INSERT INTO scratch VALUES (42);"));
    }
    auto r = OfficeFile::open(path);
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    CHECK(r.value()->schemaVersion() == latestSchemaVersion());
    const QString backup = r.value()->migrationBackup();
    REQUIRE(QFile::exists(backup));
    Connection b;
    b.open(backup, Connection::Access::ReadOnly);
    CHECK(b.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 0);
    CHECK(b.scalar(QStringLiteral("SELECT x FROM scratch")).toInt() == 42);
}

TEST_CASE("A file opened read-only refuses every write and changes nothing", "[database][office]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ro.hubcase"));
    mustCreate(path).reset();
    auto r = OfficeFile::open(path, /*readOnly=*/true);
    REQUIRE(r.ok());
    OfficeFile &file = *r.value();
    CHECK(file.mode() == OfficeFile::Mode::ReadOnly);
    CHECK(file.modeName() == QStringLiteral("read-only"));
    CcgRepository ccgs(file);
    const auto list = ccgs.list();
    REQUIRE(list.ok());
    REQUIRE_FALSE(list->isEmpty());
    const Status s = ccgs.update(
        list->first().code, list->first().meta.version, { { QStringLiteral("ccg_lead"), QStringLiteral("X") } });
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::ReadOnly);
}

TEST_CASE("A file whose permissions forbid writing opens read-only", "[database][office]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("perm.hubcase"));
    mustCreate(path).reset();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (QFileInfo(path).isWritable()) {
        WARN("running with privileges that ignore file permissions (root); skipped");
        return;
    }
    auto r = OfficeFile::open(path);
    REQUIRE(r.ok());
    CHECK(r.value()->isReadOnly());
}
