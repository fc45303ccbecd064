// Fuzz target: sync bundle import (see bundle_import_fuzzer.h for the
// invariant). Built as a libFuzzer binary with HUBCASE_FUZZ=ON (scripts/fuzz)
// and, with the normal compiler, into the fuzz_bundle_import_replay test.
//
// Flags read by LLVMFuzzerInitialize (libFuzzer ignores flags starting "--"):
//   --make-corpus=DIR   write the seed bundles into DIR and exit
// Environment:
//   HUBCASE_FUZZ_WORK   folder for the prepared offices and seeds, kept and
//                       reused (so a crash input replays against the same
//                       offices); default a temporary folder.
//   HUBCASE_FUZZ_FULL_CHECKS=1  hash and integrity-check the file after every
//                       refusal, not only after those that wrote (and rolled
//                       back) rows.
#include "bundle_import_fuzzer.h"
#include "every_report.h"
#include "typed_mutation.h"

#include "database/cases/case_repository.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/sqlite_api.h"
#include "database/sqlite/transaction.h"
#include "database/sync/bundle_format.h"
#include "database/sync/sync_service.h"
#include "database/sync/sync_status.h"
#include "database/sync/synced_tables.h"
#include "database/sync/value_audit.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

using namespace hub;
using namespace hub::db;

namespace
{

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "\nbundle_import_fuzzer: INVARIANT VIOLATED: %s%s%s\n", what, detail.isEmpty() ? "" : ": ",
        detail.toLocal8Bit().constData());
    std::fflush(stderr);
    std::abort();
}

template <typename T> T must(Result<T> r, const char *what)
{
    if (!r)
        fail(what, r.error().describe());
    return std::move(r).value();
}

void must(const Status &s, const char *what)
{
    if (!s)
        fail(what, s.error().describe());
}

// ---- Preparing the offices (once per work folder) -------------------------

std::unique_ptr<OfficeFile> openOffice(const QString &path)
{
    auto f = must(OfficeFile::open(path), "cannot open a prepared office");
    // Thousands of tiny transactions; fsync proves nothing here.
    f->connection().execScript(QStringLiteral("PRAGMA synchronous=OFF"));
    return f;
}

std::int64_t outboxMax(OfficeFile &f)
{
    return f.connection().scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM local_outbox")).toLongLong();
}

QString idAt(OfficeFile &f, const QString &table, int offset)
{
    Statement st = f.connection().prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT 1 OFFSET ?1").arg(table));
    st.bind(1, offset);
    if (!st.step())
        fail("prepared office has too few rows in", table);
    return st.text(0);
}

void edit(OfficeFile &f, const QString &table, const QString &id, const QVariantMap &changes)
{
    WriteTransaction tx(f.connection());
    RecordStore store(f);
    const QVariantMap now = store.current(table, id);
    store.update(table, id, now.value(QStringLiteral("row_version")).toLongLong(), changes);
    tx.commit();
}

void tombstone(OfficeFile &f, const QString &table, const QString &id)
{
    WriteTransaction tx(f.connection());
    RecordStore store(f);
    store.tombstone(table, id, store.current(table, id).value(QStringLiteral("row_version")).toLongLong());
    tx.commit();
}

QByteArray bundle(OfficeFile &f, std::int64_t from, std::int64_t to)
{
    return must(SyncService(f).bundleBytes(from, to), "cannot export a seed bundle");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    // A new file rather than truncating the old one: ext4 flushes a
    // truncated-and-rewritten file on close, which costs more than the import.
    QFile::remove(path);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        fail("cannot write", path);
}

// The source office AAA makes real edits (each WriteTransaction is one outbox
// entry); the receiver BBB has already imported AAA's first entry and edited
// a CCG that AAA also edits, so imports meet duplicates, fast-forwards and
// concurrent edits. A third office CCC edits the same CCGs again.
void prepare(const QString &dir)
{
    const auto path = [&](const char *name) { return QDir(dir).filePath(QString::fromLatin1(name)); };
    QDir().mkpath(path("seeds"));
    {
        CreateOptions o;
        o.officeCode = QStringLiteral("SEED");
        must(OfficeFile::create(path("seed.hubcase"), o), "cannot create the seed office");
    }
    {
        auto seed = openOffice(path("seed.hubcase"));
        must(SyncService::startNewOffice(
                 *seed, path("source.hubcase"), QStringLiteral("AAA"), QStringLiteral("AAA office")),
            "new office AAA");
        must(SyncService::startNewOffice(
                 *seed, path("target.hubcase"), QStringLiteral("BBB"), QStringLiteral("BBB office")),
            "new office BBB");
        must(SyncService::startNewOffice(
                 *seed, path("other.hubcase"), QStringLiteral("CCC"), QStringLiteral("CCC office")),
            "new office CCC");
    }
    QFile::remove(path("seed.hubcase"));

    auto a = openOffice(path("source.hubcase"));
    auto b = openOffice(path("target.hubcase"));
    auto c = openOffice(path("other.hubcase"));
    QVector<QPair<QString, QByteArray>> seeds;
    try {
        const QString ccg0 = idAt(*a, QStringLiteral("ccg"), 0);
        const QString ccg1 = idAt(*a, QStringLiteral("ccg"), 1);

        // 1. Three successive edits of one CCG (a chain of revisions).
        std::int64_t from = outboxMax(*a) + 1;
        for (int i = 0; i < 3; ++i)
            edit(*a, QStringLiteral("ccg"), ccg0,
                { { QStringLiteral("ccg_lead"), QStringLiteral("Lead %1").arg(i + 1) } });
        seeds.append({ QStringLiteral("ccg-edits"), bundle(*a, from, outboxMax(*a)) });

        // 2. New practices and a level in one entry, then an update and a tombstone.
        from = outboxMax(*a) + 1;
        QString p1, p2;
        {
            WriteTransaction tx(a->connection());
            RecordStore store(*a);
            p1 = store.insert(QStringLiteral("practice"),
                { { QStringLiteral("ods_code"), QStringLiteral("Q1001") },
                    { QStringLiteral("name"), QStringLiteral("Fuzz Surgery") },
                    { QStringLiteral("registered_patients"), 5400 } });
            p2 = store.insert(QStringLiteral("practice"),
                { { QStringLiteral("ods_code"), QStringLiteral("Q1002") },
                    { QStringLiteral("name"), QStringLiteral("Seed Medical Centre") },
                    { QStringLiteral("contract_type"), QStringLiteral("PMS") } });
            store.insert(QStringLiteral("ccg_level"),
                { { QStringLiteral("ccg_id"), ccg0 }, { QStringLiteral("level"), QStringLiteral("fully-delegated") },
                    { QStringLiteral("effective_from"), QStringLiteral("2016-04-01") } });
            tx.commit();
        }
        edit(*a, QStringLiteral("practice"), p1,
            { { QStringLiteral("registered_patients"), 5512 },
                { QStringLiteral("postcode"), QStringLiteral("B1 1AA") } });
        tombstone(*a, QStringLiteral("practice"), p2);
        seeds.append({ QStringLiteral("practices"), bundle(*a, from, outboxMax(*a)) });

        // 3. A case with its timeline (case_record, case_event, the search index).
        from = outboxMax(*a) + 1;
        {
            // Read the CCG's code and close the statement before the case is
            // saved: a write may not begin with a read still open.
            QString ccgCode;
            {
                Statement code = a->connection().prepare(QStringLiteral("SELECT code FROM ccg WHERE id=?1"));
                code.bind(1, ccg0);
                if (!code.step())
                    fail("the seed CCG has gone");
                ccgCode = code.text(0);
            }
            CaseRepository cases(*a);
            NewCase n;
            n.ccgCode = ccgCode;
            n.received = QDate(2024, 3, 4);
            n.title = QStringLiteral("Rent review query");
            n.description = QStringLiteral("Practice asks when the rent review is due.");
            const auto added = cases.add(n);
            if (added) {
                CaseEvent ack;
                ack.kind = CaseEventKind::Acknowledged;
                ack.on = QDate(2024, 3, 5);
                (void)must(cases.addEvent(added->row.ref, ack), "cannot acknowledge the seed case");
                CaseEvent note;
                note.kind = CaseEventKind::Note;
                note.on = QDate(2024, 3, 6);
                note.note = QStringLiteral("Called the practice manager.");
                (void)must(cases.addEvent(added->row.ref, note), "cannot note the seed case");
            } else {
                // A seed that cannot be made would quietly shrink what the fuzzer reaches.
                fail("no seed case", added.error().describe());
            }
        }
        if (outboxMax(*a) >= from)
            seeds.append({ QStringLiteral("case"), bundle(*a, from, outboxMax(*a)) });

        // 4. AAA and BBB both edit another CCG: a concurrent edit on import.
        edit(
            *a, QStringLiteral("ccg"), ccg1, { { QStringLiteral("hub_finance_lead"), QStringLiteral("Finance AAA") } });
        edit(
            *b, QStringLiteral("ccg"), ccg1, { { QStringLiteral("hub_finance_lead"), QStringLiteral("Finance BBB") } });
        seeds.append({ QStringLiteral("all"), bundle(*a, 1, outboxMax(*a)) });

        // 5. Another sender touching the same rows.
        edit(*c, QStringLiteral("ccg"), ccg0, { { QStringLiteral("ccg_lead"), QStringLiteral("Lead from CCC") } });
        edit(
            *c, QStringLiteral("ccg"), ccg1, { { QStringLiteral("hub_finance_lead"), QStringLiteral("Finance CCC") } });
        seeds.append({ QStringLiteral("other-office"), bundle(*c, 1, outboxMax(*c)) });
    } catch (const SqlError &e) {
        fail("preparing the offices failed", e.error().describe());
    }

    // BBB has already seen AAA's first entry.
    (void)must(BundleImporter(*b).importBytes(bundle(*a, 1, 1), QStringLiteral("first.hubsync")),
        "BBB cannot import AAA's first entry");

    for (int i = 0; i < seeds.size(); ++i)
        writeFile(
            QDir(path("seeds"))
                .filePath(QStringLiteral("%1-%2.hubsync").arg(i + 1, 2, 10, QLatin1Char('0')).arg(seeds[i].first)),
            seeds[i].second);
    writeFile(path("ready"), "1\n");
}

// ---- The harness -------------------------------------------------------------

struct FileState {
    QString synced; // syncedContentHash: every synced table
    QString local; // the local_* tables (outbox, seen, lineage, conflicts, peers, settings)
    bool operator==(const FileState &o) const { return synced == o.synced && local == o.local; }
};

class Harness
{
public:
    explicit Harness(const QString &work)
        : m_work(work)
    {
        if (!QFileInfo::exists(QDir(m_work).filePath(QStringLiteral("ready"))))
            prepare(m_work);
        const QDir seedDir(QDir(m_work).filePath(QStringLiteral("seeds")));
        for (const QString &name : seedDir.entryList({ QStringLiteral("*.hubsync") }, QDir::Files, QDir::Name)) {
            QFile in(seedDir.filePath(name));
            if (!in.open(QIODevice::ReadOnly))
                fail("cannot read seed", name);
            m_seeds.append(in.readAll());
        }
        if (m_seeds.isEmpty())
            fail("no seed bundles in", seedDir.path());

        // A private copy of the receiver per process (libFuzzer -jobs / -fork).
        const QString pid = QString::number(QCoreApplication::applicationPid());
        m_runPath = QDir(m_work).filePath(QStringLiteral("run-%1.hubcase").arg(pid));
        m_inputPath = QDir(m_work).filePath(QStringLiteral("input-%1.hubsync").arg(pid));
        QFile::remove(m_runPath);
        if (!QFile::copy(QDir(m_work).filePath(QStringLiteral("target.hubcase")), m_runPath))
            fail("cannot copy the receiving office to", m_runPath);
        m_target = openOffice(m_runPath);
        m_db = m_target->connection().handle();

        // The pristine receiver, in memory: restored after every accepted bundle.
        if (sqlite3_open(":memory:", &m_pristine) != SQLITE_OK)
            fail("cannot open an in-memory database");
        copyDatabase(m_db, m_pristine);
        m_pristineState = state();

        m_tables = std::make_unique<SyncedTables>(m_target->connection());
        checkReaders("the prepared receiving office");

        // The seeds must be valid bundles (else the corpus proves nothing).
        for (const QByteArray &s : m_seeds)
            if (!importAndCheck(s))
                fail("a seed bundle was refused");
        m_stats = {};
    }

    ~Harness()
    {
        m_tables.reset();
        m_target.reset();
        sqlite3_close(m_pristine);
        QFile::remove(m_runPath);
        QFile::remove(m_inputPath);
    }

    Harness(const Harness &) = delete;
    Harness &operator=(const Harness &) = delete;

    const QVector<QByteArray> &seeds() const { return m_seeds; }
    const hubfuzz::Stats &stats() const { return m_stats; }
    void setAlwaysFullCheck(bool on) { m_alwaysFullCheck = on; }

    void run(const QByteArray &input)
    {
        ++m_stats.inputs;
        importAndCheck(input);
        // Almost every mutation breaks the SHA-256; reseal so the parser and
        // the importer behind it see the mutated payload too.
        if (input.size() > BundleFormat::kFixedHeader) {
            const QByteArray resealed = BundleFormat::reseal(input);
            if (resealed != input)
                importAndCheck(resealed);
            // And one typed mutation of a seed bundle: a well-formed, correctly
            // sealed bundle with one bad value, which only the value checks can
            // refuse. The seed and the value come from the input, so libFuzzer
            // explores them like any other byte. (Decoding the fuzzed bytes
            // themselves with the session iterator could spin for a long time on
            // a payload the importer had already refused.)
            const auto choice = static_cast<std::uint64_t>(qHash(input, 20261202));
            if (!m_seeds.isEmpty())
                runTyped(m_seeds[int(choice % std::uint64_t(m_seeds.size()))], choice / 7);
        }
    }

    void runTyped(const QByteArray &bundleBytes, std::uint64_t choice)
    {
        const hubfuzz::TypedMutation m = hubfuzz::typedMutation(bundleBytes, columnsOf(), choice);
        if (m.bundle.isEmpty())
            return;
        ++m_stats.typed;
        m_lastTyped = m.description;
        if (!importAndCheck(m.bundle))
            ++m_stats.typedRefused;
    }

    hubfuzz::ColumnsOf columnsOf()
    {
        return [this](const QString &table) {
            const SyncedTable *t = m_tables->find(table);
            return t ? t->columns : QStringList();
        };
    }

private:
    static void copyDatabase(sqlite3 *from, sqlite3 *to)
    {
        sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
        if (!b)
            fail("sqlite3_backup_init", QString::fromUtf8(sqlite3_errmsg(to)));
        const int rc = sqlite3_backup_step(b, -1);
        sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE)
            fail("restoring the receiving office", QString::fromUtf8(sqlite3_errstr(rc)));
    }

    FileState state() const
    {
        try {
            FileState s;
            s.synced = syncedContentHash(m_target->connection());
            QCryptographicHash h(QCryptographicHash::Sha256);
            Statement tables = m_target->connection().prepare(
                QStringLiteral("SELECT name FROM pragma_table_list WHERE schema='main' AND type='table' AND name LIKE "
                               "'local\\_%' ESCAPE '\\' ORDER BY name"));
            while (tables.step()) {
                const QString name = tables.text(0);
                Statement rows = m_target->connection().prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
                h.addData(name.toUtf8());
                while (rows.step())
                    for (int c = 0; c < rows.columnCount(); ++c)
                        h.addData(rows.value(c).toString().toUtf8() + (rows.isNull(c) ? "\x01" : "\x02"));
            }
            s.local = QString::fromLatin1(h.result().toHex());
            return s;
        } catch (const SqlError &e) {
            fail("cannot read the receiving office", e.error().describe());
        }
    }

    void checkIntegrity(const char *when) const
    {
        const QString ok = m_target->connection().scalar(QStringLiteral("PRAGMA integrity_check")).toString();
        if (ok != QLatin1String("ok"))
            fail(when, QStringLiteral("integrity_check: ") + ok);
    }

    // What must hold after any import, accepted or refused.
    void checkConnection(const char *when) const
    {
        if (!sqlite3_get_autocommit(m_db))
            fail(when, QStringLiteral("a transaction was left open"));
        if (m_target->connection().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
            fail(when, QStringLiteral("foreign keys were left off"));
    }

    bool importAndCheck(const QByteArray &bytes)
    {
        writeFile(m_inputPath, bytes);
        const sqlite3_int64 rowsWrittenBefore = sqlite3_total_changes64(m_db);
        const auto r = SyncService(*m_target).importBundle(m_inputPath);
        ++m_stats.imports;
        if (!r) {
            ++m_stats.refused;
            const QString why = r.error().describe();
            checkConnection("after a refused bundle");
            if (r.error().message.isEmpty())
                fail("a bundle was refused without a message");
            // total_changes counts every row written on this connection,
            // rolled back or not: unchanged, nothing can have been written.
            // The replay driver (and HUBCASE_FUZZ_FULL_CHECKS=1) checks anyway.
            if (m_alwaysFullCheck || sqlite3_total_changes64(m_db) != rowsWrittenBefore) {
                ++m_stats.fullChecks;
                if (!(state() == m_pristineState))
                    fail("a refused bundle changed the file", why);
                checkIntegrity("after a refused bundle");
            }
            return false;
        }
        ++m_stats.accepted;
        checkConnection("after an accepted bundle");
        checkIntegrity("after an accepted bundle");
        checkReaders("after an accepted bundle");
        const FileState after = state();
        const auto again = SyncService(*m_target).importBundle(m_inputPath);
        if (!again)
            fail("an accepted bundle was refused the second time", again.error().describe());
        if (again->entriesApplied != 0)
            fail("importing the same bundle twice applied entries twice");
        if (!(state() == after))
            fail("importing the same bundle twice changed the file");
        restore();
        return true;
    }

    // Every list and report runs, and nothing stored is a value this version
    // cannot understand (the column rules local writes obey).
    void checkReaders(const char *when) const
    {
        const QStringList failures = hubfuzz::everyListAndReport(*m_target);
        if (!failures.isEmpty())
            fail(when,
                QStringLiteral("a list or report failed (%1): %2")
                    .arg(m_lastTyped, failures.join(QStringLiteral("; "))));
        const auto audit = auditStoredValues(m_target->connection());
        if (!audit)
            fail(when, QStringLiteral("the value audit failed: ") + audit.error().describe());
        if (!audit->isEmpty())
            fail(when,
                QStringLiteral("a value this version cannot understand was stored (%1): %2")
                    .arg(m_lastTyped, audit->first().text));
    }

    void restore()
    {
        copyDatabase(m_pristine, m_db);
        if (!(state() == m_pristineState))
            fail("the receiving office was not restored");
    }

    QString m_work;
    QVector<QByteArray> m_seeds;
    QString m_runPath;
    QString m_inputPath;
    std::unique_ptr<OfficeFile> m_target;
    std::unique_ptr<SyncedTables> m_tables;
    QString m_lastTyped; // the typed mutation being imported, for messages
    sqlite3 *m_db = nullptr;
    sqlite3 *m_pristine = nullptr;
    FileState m_pristineState;
    hubfuzz::Stats m_stats;
    bool m_alwaysFullCheck = qEnvironmentVariableIntValue("HUBCASE_FUZZ_FULL_CHECKS") != 0;
};

struct Globals {
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> tmp;
    QString work;
    std::unique_ptr<Harness> harness;
};

Globals &globals()
{
    static Globals *g = new Globals; // never destroyed: libFuzzer may exit from any thread
    return *g;
}

void shutdown()
{
    Globals &g = globals();
    g.harness.reset();
    g.tmp.reset();
}

Harness &harness()
{
    Globals &g = globals();
    if (!g.harness)
        fail("LLVMFuzzerInitialize was not called");
    return *g.harness;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Globals &g = globals();
    if (g.harness)
        return 0;
    QString makeCorpus;
    for (int i = 1; i < *argc; ++i) {
        const QString arg = QString::fromLocal8Bit((*argv)[i]);
        if (arg.startsWith(QLatin1String("--make-corpus=")))
            makeCorpus = arg.mid(14);
    }
    if (!QCoreApplication::instance()) {
        static int appArgc = 1;
        static char name[] = "bundle_import_fuzzer";
        static char *appArgv[] = { name, nullptr };
        g.app = std::make_unique<QCoreApplication>(appArgc, appArgv);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));

    g.work = qEnvironmentVariable("HUBCASE_FUZZ_WORK");
    if (g.work.isEmpty()) {
        g.tmp = std::make_unique<QTemporaryDir>();
        if (!g.tmp->isValid())
            fail("cannot make a temporary folder");
        g.work = g.tmp->path();
    } else if (!QDir().mkpath(g.work)) {
        fail("cannot make the work folder", g.work);
    }
    g.work = QDir(g.work).absolutePath();
    g.harness = std::make_unique<Harness>(g.work);
    std::atexit(shutdown);

    if (!makeCorpus.isEmpty()) {
        QDir().mkpath(makeCorpus);
        const auto &seeds = g.harness->seeds();
        for (int i = 0; i < seeds.size(); ++i)
            writeFile(QDir(makeCorpus).filePath(QStringLiteral("seed-%1.hubsync").arg(i + 1, 2, 10, QLatin1Char('0'))),
                seeds[i]);
        std::printf("bundle_import_fuzzer: %d seed bundles in %s (offices in %s)\n", static_cast<int>(seeds.size()),
            qPrintable(QDir(makeCorpus).absolutePath()), qPrintable(g.work));
        std::fflush(stdout);
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    harness().run(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}

namespace hubfuzz
{

const QVector<QByteArray> &seedBundles()
{
    return harness().seeds();
}
const Stats &stats()
{
    return harness().stats();
}
void runTyped(const QByteArray &bundle, std::uint64_t choice)
{
    harness().runTyped(bundle, choice);
}
TypedMutation typedMutationOf(const QByteArray &bundle, std::uint64_t choice)
{
    return typedMutation(bundle, harness().columnsOf(), choice);
}
void setAlwaysFullCheck(bool on)
{
    harness().setAlwaysFullCheck(on);
}
QString workFolder()
{
    return globals().work;
}

} // namespace hubfuzz
