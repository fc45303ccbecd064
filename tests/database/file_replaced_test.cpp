// The office file replaced under a desktop (issue 8, items 4 and 5).
// - A save into a file that was deleted or renamed over since it was opened
//   fails at COMMIT with a clear error and nothing is saved anywhere.
// - A hot journal left by a writer killed (SIGKILL, a real child process)
//   after its file was renamed over is not played into the new file: the
//   open is refused and the new file's bytes are untouched; a hot journal
//   that does belong to its file is still rolled back as SQLite would.
#include "counter_file.h"
#include "test_support.h"

#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/records/record_store.h"
#include "database/sqlite/journal_guard.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <filesystem>

using namespace hub;
using namespace hub::db;

namespace
{

void renameOver(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(from.toStdString(), to.toStdString(), ec);
    REQUIRE_FALSE(ec);
}

// A child that writes a big transaction (spilling pages into the file) and
// is killed with SIGKILL while it holds the journal.
void killWriterHoldingJournal(const QString &path)
{
    QProcess worker;
    worker.start(
        hubtest::stressWorkerPath(), { path, QStringLiteral("hold"), QStringLiteral("0"), QStringLiteral("1") });
    REQUIRE(worker.waitForStarted(-1));
    QByteArray out;
    while (!out.contains("holding") && worker.state() == QProcess::Running) {
        worker.waitForReadyRead(-1);
        out += worker.readAllStandardOutput();
    }
    INFO(out.toStdString());
    REQUIRE(out.contains("holding"));
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-journal")));
    worker.kill();
    REQUIRE(worker.waitForFinished(-1));
}

// Gives a file a change counter no real history would have reached, so the
// test never depends on two files' commit counts happening to differ.
void setChangeCounter(const QString &path, quint32 counter)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const char bytes[4] = { char(counter >> 24), char(counter >> 16), char(counter >> 8), char(counter) };
    for (const qint64 at : { 24, 92 }) { // change counter and version-valid-for
        f.seek(at);
        f.write(bytes, 4);
    }
}

const QByteArray kEpraccurRow = "\"M92001\",\"BILSTON HEALTH CENTRE\",\"Y60\",\"Q54\",\"BILSTON HEALTH "
                                "CENTRE\",\"PROUDS LANE\",\"BILSTON\",\"WEST MIDLANDS\",\"\",\"WV14 "
                                "6PW\",\"19740401\",\"\",\"A\",\"B\",\"06A\",\"20130401\",\"\",\"01902 "
                                "444000\",\"\",\"\",\"\",\"0\",\"\",\"06A\",\"\",\"4\",\"\"\r\n";

} // namespace

TEST_CASE("An import into a file renamed over since it was opened fails and saves nothing", "[database][replaced]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("office.hubcase"));
    const QString other = tmp.path(QStringLiteral("other.hubcase"));
    REQUIRE(OfficeFile::create(path).ok());
    CreateOptions wol;
    wol.officeCode = QStringLiteral("WOL");
    REQUIRE(OfficeFile::create(other, wol).ok());
    const QString csv = tmp.path(QStringLiteral("epraccur.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kEpraccurRow);
    }

    auto opened = OfficeFile::open(path);
    REQUIRE(opened.ok());
    OfficeFile &file = *opened.value();
    // Another desktop (or a sync client, or a person) puts a file in its place.
    const QByteArray replacement = hubtest::bytesOf(other);
    renameOver(other, path);

    const auto imported = PracticeRepository(file).importFile(csv);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().code == ErrorCode::Io);
    CHECK(imported.error().message.contains(QStringLiteral("moved or replaced while saving")));
    CHECK(imported.error().message.contains(QStringLiteral("nothing was saved")));
    CHECK(hubtest::bytesOf(path) == replacement);
    // Rolled back in the file this desktop had open, too.
    CHECK(PracticeRepository(file).count().value() == 0);
}

TEST_CASE("A transaction whose file is renamed over before COMMIT is rolled back", "[database][replaced]")
{
    // The case: the file replaced after the save began (SQLite's
    // own check only runs when the journal is first opened).
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("office.hubcase"));
    const QString other = tmp.path(QStringLiteral("other.hubcase"));
    REQUIRE(OfficeFile::create(path).ok());
    CreateOptions wol;
    wol.officeCode = QStringLiteral("WOL");
    REQUIRE(OfficeFile::create(other, wol).ok());
    auto opened = OfficeFile::open(path);
    REQUIRE(opened.ok());
    OfficeFile &file = *opened.value();
    const QByteArray replacement = hubtest::bytesOf(other);
    const Status saved = guarded([&]() -> Status {
        WriteTransaction tx(file.connection());
        file.connection().execScript(QStringLiteral("INSERT INTO local_settings(key, value) VALUES ('x', 'y')"));
        renameOver(other, path);
        tx.commit();
        return {};
    });
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::Io);
    CHECK(saved.error().message.contains(QStringLiteral("moved or replaced while saving")));
    CHECK(hubtest::bytesOf(path) == replacement);
    CHECK(file.setting(QStringLiteral("x")).isEmpty());
}

TEST_CASE("A save into a file deleted since it was opened fails", "[database][replaced]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("office.hubcase"));
    REQUIRE(OfficeFile::create(path).ok());
    auto opened = OfficeFile::open(path);
    REQUIRE(opened.ok());
    REQUIRE(QFile::remove(path));
    const QString csv = tmp.path(QStringLiteral("epraccur.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kEpraccurRow);
    }
    const auto imported = PracticeRepository(*opened.value()).importFile(csv);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains(QStringLiteral("moved or replaced while saving")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE(
    "A killed writer's journal is not played into a file renamed over the original", "[database][replaced][journal]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("office.hubcase"));
    const QString other = tmp.path(QStringLiteral("other.hubcase"));
    hubtest::makeCounterFile(path, 40, QStringLiteral("WMH"));
    hubtest::makeCounterFile(other, 5, QStringLiteral("WOL"));
    setChangeCounter(other, 0x00abcdefu);

    killWriterHoldingJournal(path);
    const QByteArray replacement = hubtest::bytesOf(other);
    renameOver(other, path);

    auto opened = OfficeFile::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().describe().toStdString());
    CHECK(opened.error().message.contains(QStringLiteral("office.hubcase-journal")));
    CHECK(opened.error().message.contains(QStringLiteral("does not belong")));
    CHECK(opened.error().message.contains(QStringLiteral("has not opened or changed")));
    CHECK(hubtest::bytesOf(path) == replacement);
    CHECK(QFileInfo::exists(path + QStringLiteral("-journal")));
    // Read-only openers are refused the same way and change nothing either.
    CHECK_FALSE(OfficeFile::open(path, true).ok());
    CHECK(hubtest::bytesOf(path) == replacement);
}

TEST_CASE("A killed writer's journal is rolled back into its own file", "[database][replaced][journal]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("office.hubcase"));
    hubtest::makeCounterFile(path, 40, QStringLiteral("WMH"));
    killWriterHoldingJournal(path);

    const int rollbacks = journalRollbacks();
    auto opened = OfficeFile::open(path);
    INFO((opened ? QString() : opened.error().describe()).toStdString());
    REQUIRE(opened.ok());
    CHECK(journalRollbacks() == rollbacks + 1);
    CHECK_FALSE(opened.value()->isDamaged());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    Statement st = opened.value()->connection().prepare(
        QStringLiteral("SELECT sum(registered_patients), count(*) FROM practice"));
    REQUIRE(st.step());
    CHECK(st.int64(0) == 0); // the killed transaction is gone whole
    CHECK(st.int64(1) == 40);
}
