// Every kind of write, from several processes at once, on one office file
// (issue 8, item 2): hubcase-stress-worker processes in `mixed` mode (see
// tests/tools/stress_writes.h) each cycle through case add + acknowledge,
// case edit, case note, closure add + remove, practices import, spec edit,
// template add + edit, sync export + import, presence and an online backup.
// Nothing is retried on Busy (the CLI does not retry): no write may fail, and
// every write reported must be in the file. Nothing here is timed.
#include "test_support.h"

#include "database/backup/backup.h"
#include "database/backup/backup_folder.h"
#include "database/cases/case_repository.h"
#include "database/cases/closure_repository.h"
#include "database/office_file.h"
#include "database/specs/spec_repository.h"
#include "database/sync/sync_service.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <memory>
#include <vector>

using namespace hub;
using namespace hub::db;

namespace
{

using namespace Qt::StringLiterals;

std::int64_t count(OfficeFile &file, const QString &sql)
{
    return file.connection().scalar(sql).toLongLong();
}

std::int64_t caseVersion(OfficeFile &file, const QString &title)
{
    Statement st = file.connection().prepare(u"SELECT row_version FROM case_record WHERE title = ?1"_s);
    st.bind(1, title);
    REQUIRE(st.step());
    return st.int64(0);
}

std::int64_t specVersion(OfficeFile &file)
{
    const auto spec = SpecRepository(file).loadOrCreate(u"05L"_s);
    REQUIRE(spec.ok());
    return spec->meta.version;
}

// The office file the workers share: the two cases they all write to, the
// 05L specification, and a bundle from another office for them to import.
void prepare(const hubtest::TempDir &tmp, const QString &path)
{
    REQUIRE(OfficeFile::create(path).ok());
    auto file = OfficeFile::open(path);
    REQUIRE(file.ok());
    CaseRepository cases(**file);
    for (const QString &title : { u"Shared edits"_s, u"Shared notes"_s }) {
        NewCase c;
        c.ccgCode = u"06A"_s;
        c.received = QDate(2026, 2, 2);
        c.title = title;
        REQUIRE(cases.add(c).ok());
    }
    REQUIRE(SpecRepository(**file).loadOrCreate(u"05L"_s).ok());

    const QString otherPath = tmp.path(u"other.hubcase"_s);
    REQUIRE(SyncService::startNewOffice(**file, otherPath, u"BCH"_s, u"Other office"_s).ok());
    auto other = OfficeFile::open(otherPath);
    REQUIRE(other.ok());
    REQUIRE(ClosureRepository(**other).add(QDate(2031, 3, 5), u"Other office training"_s).ok());
    const QString outbox = tmp.path(u"other-outbox"_s);
    QDir().mkpath(outbox);
    const auto exported = SyncService(**other).exportChanges(outbox, true);
    REQUIRE(exported.ok());
    REQUIRE(QFile::copy(exported->path, tmp.path(u"incoming.hubsync"_s)));
}

} // namespace

TEST_CASE("Several processes writing every kind of change at once: none fails, every one is written",
    "[database][shared][stress]")
{
    constexpr int kWorkers = 6;
    constexpr int kWrites = 20; // each worker: every kind twice
    REQUIRE(QFileInfo::exists(hubtest::stressWorkerPath()));
    hubtest::TempDir tmp;
    const QString path = tmp.path(u"office.hubcase"_s);
    prepare(tmp, path);
    std::int64_t editsBefore = 0, notesBefore = 0, specBefore = 0;
    {
        auto file = OfficeFile::open(path);
        REQUIRE(file.ok());
        editsBefore = caseVersion(**file, u"Shared edits"_s);
        notesBefore = caseVersion(**file, u"Shared notes"_s);
        specBefore = specVersion(**file);
    }

    std::vector<std::unique_ptr<QProcess>> workers;
    for (int i = 1; i <= kWorkers; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProgram(hubtest::stressWorkerPath());
        p->setArguments({ path, u"mixed"_s, QString::number(kWrites), QString::number(i) });
        p->start();
        REQUIRE(p->waitForStarted());
        workers.push_back(std::move(p));
    }
    QMap<QString, int> ok;
    int failed = 0;
    const QRegularExpression kindLine(u"^kind (\\S+) ok=(\\d+) failed=(\\d+)$"_s, QRegularExpression::MultilineOption);
    for (auto &p : workers) {
        REQUIRE(p->waitForFinished(600000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        INFO(out.toStdString() << p->readAllStandardError().toStdString());
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
        CHECK(out.contains(u"failures=0"_s));
        for (auto m = kindLine.globalMatch(out); m.hasNext();) {
            const auto hit = m.next();
            ok[hit.captured(1)] += hit.captured(2).toInt();
            failed += hit.captured(3).toInt();
        }
    }
    CHECK(failed == 0);
    for (const char *kind : { "case-add", "case-edit", "case-note", "closure", "practices", "spec", "template", "sync",
             "presence", "backup" })
        CHECK(ok.value(QString::fromLatin1(kind)) == 2 * kWorkers);

    auto file = OfficeFile::open(path);
    REQUIRE(file.ok());
    OfficeFile &f = **file;
    // Rows written equal writes reported.
    CHECK(count(f, u"SELECT count(*) FROM case_record WHERE title GLOB 'w[0-9]*-[0-9]*'"_s) == ok[u"case-add"_s]);
    CHECK(count(f,
              u"SELECT count(*) FROM case_event e JOIN case_record c ON c.id = e.case_id "
              "WHERE c.title GLOB 'w[0-9]*-[0-9]*' AND e.kind = 'acknowledged'"_s)
        == ok[u"case-add"_s]);
    CHECK(caseVersion(f, u"Shared edits"_s) - editsBefore == ok[u"case-edit"_s]);
    CHECK(count(f, u"SELECT count(*) FROM case_event WHERE kind = 'note' AND note GLOB 'w[0-9]*-[0-9]*'"_s)
        == ok[u"case-note"_s]);
    CHECK(caseVersion(f, u"Shared notes"_s) - notesBefore == ok[u"case-note"_s]);
    CHECK(
        count(f, u"SELECT count(*) FROM office_closure WHERE reason GLOB 'w[0-9]*-[0-9]*' AND deleted_at IS NOT NULL"_s)
        == ok[u"closure"_s]);
    CHECK(count(f, u"SELECT count(*) FROM practice WHERE ods_code GLOB 'W[0-9]*'"_s) == ok[u"practices"_s]);
    CHECK(specVersion(f) - specBefore == ok[u"spec"_s]);
    CHECK(count(f, u"SELECT count(*) FROM letter_template WHERE key GLOB 'w[0-9]*-[0-9]*' AND row_version = 2"_s)
        == ok[u"template"_s]);
    CHECK(count(f, u"SELECT count(*) FROM local_sync_seen"_s) > 0); // the other office's bundle was applied
    CHECK(count(f, u"SELECT count(*) FROM local_presence"_s) == 0); // every session that announced left
    CHECK(count(f, u"SELECT count(*) FROM local_backup_log"_s) == ok[u"backup"_s]);
    int backupFiles = 0;
    for (int i = 1; i <= kWorkers; ++i)
        backupFiles += int(listBackups(tmp.path(u"w%1-backups"_s.arg(i))).size());
    CHECK(backupFiles == ok[u"backup"_s]);
    const auto integrity = integrityCheck(path);
    REQUIRE(integrity.ok());
    CHECK(integrity.value() == u"ok"_s);
}
