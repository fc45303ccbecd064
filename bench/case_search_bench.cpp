// Case-list search as the user types: 200,000 generated cases in a temporary
// office file, words typed one character at a time, alone and with filters,
// each keystroke a full list query (search + ordering + first page of 500)
// plus the count, through the one case-list query (CaseListQuery): as the
// command line asks (every word counts) and as the search box asks (a last
// one-letter word waits for the next keystroke). Prints median and p95
// milliseconds per keystroke (target: p95 under 50 ms).
// Usage: bench_case_search [cases=200000] [page=500]; BENCH_VERBOSE=1 for each keystroke.
#include "core/cases/case_reference.h"
#include "core/common/uuid.h"
#include "database/cases/case_context.h"
#include "database/cases/case_repository.h"
#include "database/cases/case_search.h"
#include "database/cases/closure_repository.h"
#include "database/demo/case_history_generator.h"
#include "database/demo/demo_office.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace hub;
using namespace hub::db;

int measure(const QString &path, int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200000;
    QTemporaryDir tmp;
    // BENCH_FILE=<path>: build the office there once and reuse it on later runs.
    const QString kept = QString::fromLocal8Bit(qgetenv("BENCH_FILE"));
    const QString path = kept.isEmpty() ? tmp.filePath(QStringLiteral("bench.hubcase")) : kept;
    if (!kept.isEmpty() && QFileInfo::exists(kept))
        return measure(path, argc, argv);

    QElapsedTimer t;
    t.start();
    const auto demo = createDemoOffice(path);
    if (!demo) {
        std::fprintf(stderr, "error: %s\n", qPrintable(demo.error().describe()));
        return 1;
    }
    std::printf("demo office (%d cases): %lld ms\n", demo->cases, static_cast<long long>(t.elapsed()));
    std::fflush(stdout);

    // Bulk load: the generator's cases written straight through one
    // connection with prepared statements (no change capture, no per-row
    // trigger work; the search index is rebuilt once at the end). The rows
    // are what CaseRepository::addMany would store; it is just ~20x faster.
    t.restart();
    QVector<GeneratorPractice> practices;
    QStringList ccgs;
    CaseHistorySummary summary;
    QVector<CaseRepository::Import> cases;
    {
        auto opened = OfficeFile::open(path);
        if (!opened) {
            std::fprintf(stderr, "error: %s\n", qPrintable(opened.error().describe()));
            return 1;
        }
        const auto stored = PracticeRepository(*opened.value()).list();
        for (const StoredPractice &p : stored.value()) {
            practices.append({ p.practice.odsCode, p.practice.name, p.practice.ccgCode });
            if (!ccgs.contains(p.practice.ccgCode))
                ccgs << p.practice.ccgCode;
        }
        std::sort(ccgs.begin(), ccgs.end());
        CaseHistoryOptions options;
        options.seed = 200000;
        options.cases = total - demo->cases;
        options.from = QDate(2010, 1, 4);
        options.to = QDate(2017, 3, 31);
        const auto cal = ClosureRepository(*opened.value()).calendar();
        cases = makeCaseHistory(practices, ccgs, cal.value(), options, &summary);
    }
    try {
        Connection db;
        db.open(path, Connection::Access::ReadWrite);
        db.applyOfficePragmas();
        db.execScript(QStringLiteral("PRAGMA synchronous=OFF")); // a throwaway file
        const QHash<QString, ServiceStandard> standards = readStandards(db);
        auto cal = WorkingCalendar::englandAndWales();
        WriteTransaction tx(db);
        // Events go in before their case, so the per-event index trigger finds
        // no case and does nothing; foreign keys are checked at commit.
        db.execScript(QStringLiteral("PRAGMA defer_foreign_keys=ON"));
        Statement ins = db.prepare(QStringLiteral(
            "INSERT INTO case_record(id, ref, office_code, ref_year, ref_seq, type, ccg_code, practice_ods, "
            "activity_key, owner, "
            "officer, priority, status, stage, title, description, received_on, ack_due, ack_met_on, response_due, "
            "response_met_on, "
            "paused, closed_on, created_at, created_by, updated_at, updated_by, row_version, rev) VALUES "
            "(?1,?2,'BEN',?3,?4,?5,?6,?7,?8,'Hub','Bench "
            "Officer',?9,?10,?11,?12,'',?13,?14,?15,?16,?17,?18,?19,?20,'bench',?20,'bench',1,?21)"));
        Statement ev = db.prepare(QStringLiteral("INSERT INTO case_event(id, case_id, kind, on_date, exclusion_code, "
                                                 "note, detail, actor, created_at, created_by, "
                                                 "updated_at, updated_by, row_version, rev) VALUES "
                                                 "(?1,?2,?3,?4,?5,?6,'','bench',?7,'bench',?7,'bench',1,?8)"));
        QHash<int, int> seq;
        const QString now = OfficeFile::nowUtc();
        qint64 n = 0;
        for (const CaseRepository::Import &imp : cases) {
            const NewCase &c = imp.newCase;
            const ServiceStandard &standard = standards[QString::fromLatin1(caseTypeInfo(c.type).standardKey)];
            CaseEvent received;
            received.kind = CaseEventKind::Received;
            received.on = c.received;
            QVector<CaseEvent> timeline { received };
            timeline += imp.events;
            const CaseClocks k
                = computeClocks(standard, c.received, timeline, QDate::currentDate(), cal.value(), false);
            const QString id = newUuid7();
            const int year = c.received.year();
            const int number = ++seq[year];
            const auto date
                = [](const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); };
            for (const CaseEvent &e : timeline) {
                ev.reset();
                ev.bind(1, newUuid7())
                    .bind(2, id)
                    .bind(3, caseEventCode(e.kind))
                    .bind(4, e.on)
                    .bind(5, e.exclusionCode);
                ev.bind(6, e.note).bind(7, now).bind(8, QStringLiteral("bench-%1").arg(++n));
                ev.exec();
            }
            ins.reset();
            ins.bind(1, id)
                .bind(2, formatCaseReference(QStringLiteral("BEN"), year, number))
                .bind(3, year)
                .bind(4, number);
            ins.bind(5, caseTypeCode(c.type))
                .bind(6, c.ccgCode)
                .bind(7, c.practiceOds)
                .bind(8, QString::fromLatin1(caseTypeInfo(c.type).activityKey))
                .bind(9, casePriorityCode(c.priority));
            ins.bind(10, k.closedOn.isValid() ? QStringLiteral("closed") : QStringLiteral("open"))
                .bind(11, c.stage)
                .bind(12, c.title);
            ins.bind(13, c.received).bind(14, date(k.acknowledge.due)).bind(15, date(k.acknowledge.metOn));
            ins.bind(16, date(k.response.due)).bind(17, date(k.response.metOn)).bind(18, k.paused ? 1 : 0);
            ins.bind(19, date(k.closedOn)).bind(20, now).bind(21, QStringLiteral("bench-%1").arg(++n));
            ins.exec();
        }
        rebuildCaseSearch(db);
        db.execScript(QStringLiteral("ANALYZE"));
        tx.commit();
    } catch (const SqlError &e) {
        std::fprintf(stderr, "error: %s\n", qPrintable(e.error().describe()));
        return 1;
    }
    std::printf("generated and stored %lld more cases (%d events): %lld ms\n", static_cast<long long>(cases.size()),
        summary.events, static_cast<long long>(t.elapsed()));
    std::fflush(stdout);

    return measure(path, argc, argv);
}

int measure(const QString &path, int argc, char **argv)
{
    auto opened = OfficeFile::open(path);
    if (!opened) {
        std::fprintf(stderr, "error: %s\n", qPrintable(opened.error().describe()));
        return 1;
    }
    OfficeFile &file = *opened.value();
    CaseListQuery query(file);
    CaseFilter all;
    all.limit = 0;
    std::printf("cases in file: %d\n", query.count(all).value());

    // Keystroke sequences, each run as the case list runs it: the first page
    // (500 rows) plus the count for the "1,234 cases" label.
    struct Sequence {
        const char *name;
        QString typed;
        CaseFilter filter;
    };
    QVector<Sequence> sequences;
    {
        CaseFilter none;
        CaseFilter ccgOpen;
        ccgOpen.ccgCode = QStringLiteral("06A");
        ccgOpen.openOnly = true;
        CaseFilter ccg;
        ccg.ccgCode = QStringLiteral("06A");
        CaseFilter overdue;
        overdue.overdueOnly = true;
        CaseFilter type;
        type.typeCode = QStringLiteral("provider-query");
        sequences = { { "no filter", QStringLiteral("rent review"), none },
            { "no filter", QStringLiteral("dilapidations"), none },
            { "CCG 06A, open only", QStringLiteral("rent review"), ccgOpen },
            { "CCG 06A", QStringLiteral("rent review"), ccg },
            { "overdue only", QStringLiteral("rent review"), overdue },
            { "provider queries", QStringLiteral("locum"), type } };
    }
    const int pageSize = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 500;
    const auto percentile = [](std::vector<double> v, double p) {
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
    };
    // Wall time, and this process's CPU time (steadier on a busy machine).
    struct Timer {
        QElapsedTimer wall;
        std::clock_t cpu = std::clock();
        Timer() { wall.start(); }
        double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
        double cpuMs() const { return double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC; }
    };
    std::vector<double> allBefore, allAfter, allAfterCpu;
    for (const Sequence &seq : sequences) {
        std::vector<double> before, after, afterCpu;
        for (int round = 0; round < 5; ++round) {
            for (int n = 1; n <= seq.typed.size(); ++n) {
                CaseFilter whole = seq.filter;
                whole.search = seq.typed.left(n);
                whole.limit = pageSize;
                CaseFilter f = whole;
                f.searchAsTyped = true;
                Timer k;
                const auto rows = query.list(whole);
                (void)query.count(whole, 5000);
                const double b = k.wallMs();
                Timer k2;
                const auto rows2 = query.list(f);
                const double listMs = k2.wallMs();
                const auto counted = query.count(f, 5000); // as the list asks
                const double a = k2.wallMs();
                before.push_back(b);
                after.push_back(a);
                afterCpu.push_back(k2.cpuMs());
                if (round == 0 && std::getenv("BENCH_VERBOSE"))
                    std::printf("    %-16s whole words %5lld rows %7.2f ms | search box %5lld rows of %6d: list %7.2f "
                                "+ count %7.2f ms\n",
                        qPrintable(QLatin1Char('"') + f.search + QLatin1Char('"')),
                        static_cast<long long>(rows ? rows->size() : -1), b,
                        static_cast<long long>(rows2 ? rows2->size() : -1), counted ? counted.value() : -1, listMs,
                        a - listMs);
            }
        }
        allBefore.insert(allBefore.end(), before.begin(), before.end());
        allAfter.insert(allAfter.end(), after.begin(), after.end());
        allAfterCpu.insert(allAfterCpu.end(), afterCpu.begin(), afterCpu.end());
        std::printf("%-20s %-16s whole words p95 %6.2f ms | search box median %6.2f p95 %6.2f max %6.2f ms (cpu p95 "
                    "%6.2f ms)\n",
            seq.name, qPrintable(QLatin1Char('"') + seq.typed + QLatin1Char('"')), percentile(before, 0.95),
            percentile(after, 0.5), percentile(after, 0.95), *std::max_element(after.begin(), after.end()),
            percentile(afterCpu, 0.95));
        std::fflush(stdout);
    }
    std::printf("per keystroke (page of %d + count), all sequences: whole words (CLI) median %.2f p95 %.2f ms; "
                "search box (GUI) median %.2f p95 %.2f ms, cpu p95 %.2f ms (target p95 < 50 ms)\n",
        pageSize, percentile(allBefore, 0.5), percentile(allBefore, 0.95), percentile(allAfter, 0.5),
        percentile(allAfter, 0.95), percentile(allAfterCpu, 0.95));
    return 0;
}
