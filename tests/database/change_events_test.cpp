// Typed change events: published once after the outermost COMMIT, never
// after a rollback, and in the same shape for other desktops' commits.
#include "test_support.h"

#include "database/cases/closure_repository.h"
#include "database/events/change_notifier.h"
#include "database/office_file.h"
#include "database/shared_file/change_watcher.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/transaction.h"

using namespace hub;
using namespace hub::db;

namespace
{

std::unique_ptr<OfficeFile> openFile(const QString &path)
{
    auto r = OfficeFile::open(path);
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

QString createFile(const hubtest::TempDir &tmp)
{
    const QString path = tmp.path(QStringLiteral("office.hubcase"));
    CreateOptions options;
    options.seedCatalogue = false;
    REQUIRE(OfficeFile::create(path, options).ok());
    return path;
}

QString closureId(OfficeFile &file, const QDate &day)
{
    const auto list = ClosureRepository(file).list();
    REQUIRE(list.ok());
    for (const StoredClosure &c : list.value())
        if (c.closure.date == day)
            return c.meta.id;
    return {};
}

struct Heard {
    QVector<RecordsChanged> events;
    explicit Heard(OfficeFile &file)
    {
        QObject::connect(
            file.changes(), &ChangeNotifier::recordsChanged, [this](const RecordsChanged &c) { events << c; });
    }
};

} // namespace

TEST_CASE("Nested writes publish one change event after the outermost commit", "[database][events]")
{
    hubtest::TempDir tmp;
    auto file = openFile(createFile(tmp));
    Heard heard(*file);
    const QDate first(2026, 11, 24), second(2026, 11, 25);
    {
        WriteTransaction outer(file->connection());
        CHECK_FALSE(outer.isNested());
        REQUIRE(ClosureRepository(*file).add(first, QStringLiteral("Staff training")).ok()); // nested inside
        REQUIRE(ClosureRepository(*file).add(second, QStringLiteral("Office move")).ok());
        CHECK(heard.events.isEmpty()); // nothing is announced before COMMIT
        outer.commit();
    }
    REQUIRE(heard.events.size() == 1);
    const RecordsChanged &e = heard.events.first();
    CHECK_FALSE(e.fromOtherDesktop());
    CHECK(e.ids(QStringLiteral("office_closure"), ChangeKind::Inserted)
        == QSet<QString> { closureId(*file, first), closureId(*file, second) });
    CHECK(file->connection().writeDepth() == 0);
}

TEST_CASE("A rolled-back write publishes nothing; a nested rollback drops only its own rows", "[database][events]")
{
    hubtest::TempDir tmp;
    auto file = openFile(createFile(tmp));
    Heard heard(*file);
    const QDate kept(2026, 12, 1), dropped(2026, 12, 2), undone(2026, 12, 3);
    {
        WriteTransaction outer(file->connection());
        REQUIRE(ClosureRepository(*file).add(dropped, QStringLiteral("Never happened")).ok());
    } // not committed
    CHECK(heard.events.isEmpty());
    CHECK(closureId(*file, dropped).isEmpty());

    {
        WriteTransaction outer(file->connection());
        REQUIRE(ClosureRepository(*file).add(kept, QStringLiteral("Staff training")).ok());
        {
            WriteTransaction inner(file->connection());
            CHECK(inner.isNested());
            REQUIRE(ClosureRepository(*file).add(undone, QStringLiteral("Changed my mind")).ok());
        } // inner rolls back to its savepoint
        outer.commit();
    }
    REQUIRE(heard.events.size() == 1);
    CHECK(heard.events.first().ids(QStringLiteral("office_closure")) == QSet<QString> { closureId(*file, kept) });
    CHECK(closureId(*file, undone).isEmpty());
    CHECK(file->connection().writeDepth() == 0);
}

TEST_CASE("A single write publishes its table, keys and kind", "[database][events]")
{
    hubtest::TempDir tmp;
    auto file = openFile(createFile(tmp));
    Heard heard(*file);
    const QDate day(2026, 11, 24);
    REQUIRE(ClosureRepository(*file).add(day, QStringLiteral("Staff training")).ok());
    const QString id = closureId(*file, day);
    const auto list = ClosureRepository(*file).list();
    REQUIRE(list.ok());
    REQUIRE(ClosureRepository(*file).updateReason(day, list->first().meta.version, QStringLiteral("Training")).ok());
    REQUIRE(ClosureRepository(*file).remove(day, list->first().meta.version + 1).ok());
    REQUIRE(heard.events.size() == 3);
    CHECK(heard.events[0].ids(QStringLiteral("office_closure"), ChangeKind::Inserted) == QSet<QString> { id });
    CHECK(heard.events[1].ids(QStringLiteral("office_closure"), ChangeKind::Updated) == QSet<QString> { id });
    CHECK(heard.events[2].ids(QStringLiteral("office_closure"), ChangeKind::Deleted) == QSet<QString> { id });
    CHECK(heard.events[2].tables() == QStringList { QStringLiteral("office_closure") });
}

TEST_CASE("Another desktop's commit arrives through the watcher as the same event, ours only once",
    "[database][events][watcher]")
{
    hubtest::TempDir tmp;
    const QString path = createFile(tmp);
    auto mine = openFile(path);
    auto theirs = openFile(path);
    ChangeWatcher watcher(mine->connection(), mine->changes());
    Heard heard(*mine);

    REQUIRE(ClosureRepository(*theirs).add(QDate(2026, 11, 24), QStringLiteral("Staff training")).ok());
    CHECK(heard.events.isEmpty()); // not seen until the poll
    CHECK(watcher.poll());
    REQUIRE(heard.events.size() == 1);
    CHECK(heard.events[0].fromOtherDesktop());
    CHECK(heard.events[0].ids(QStringLiteral("office_closure"), ChangeKind::Inserted)
        == QSet<QString> { closureId(*mine, QDate(2026, 11, 24)) });

    REQUIRE(ClosureRepository(*mine).add(QDate(2026, 11, 25), QStringLiteral("Ours")).ok());
    REQUIRE(heard.events.size() == 2); // our own, at once
    CHECK_FALSE(heard.events[1].fromOtherDesktop());
    REQUIRE(ClosureRepository(*theirs).add(QDate(2026, 11, 26), QStringLiteral("Theirs")).ok());
    CHECK(watcher.poll());
    REQUIRE(heard.events.size() == 3);
    CHECK(heard.events[2].fromOtherDesktop());
    // Our own entry, also in the outbox since the last poll, is not reported again.
    CHECK(heard.events[2].ids(QStringLiteral("office_closure"))
        == QSet<QString> { closureId(*mine, QDate(2026, 11, 26)) });
}
