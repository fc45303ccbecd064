#include "stress_writes.h"

#include "core/calendar/working_calendar.h"
#include "database/backup/backup_folder.h"
#include "database/cases/case_repository.h"
#include "database/cases/closure_repository.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/specs/spec_repository.h"
#include "database/shared_file/presence_registry.h"
#include "database/sqlite/sql_error.h"
#include "database/sync/sync_service.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <cstdio>
#include <functional>

using namespace hub;
using namespace hub::db;

namespace hubstress {

namespace {

#define S QStringLiteral

template <typename R>
Status statusOf(const R &r)
{
    if (r.ok())
        return {};
    return r.error();
}

// Read, write with the version read, and on Conflict (another worker saved
// first) read again: the editor's pattern, minus the user.
Status withReread(const std::function<Status()> &save)
{
    for (;;) {
        const Status r = save();
        if (r.ok() || r.error().code != ErrorCode::Conflict)
            return r;
    }
}

QString refTitled(OfficeFile &file, const QString &title)
{
    Statement st = file.connection().prepare(S("SELECT ref FROM case_record WHERE title = ?1"));
    st.bind(1, title);
    if (!st.step())
        throw SqlError(makeError(ErrorCode::NotFound, S("no case titled '%1' (the test makes it)").arg(title)));
    return st.text(0);
}

// A Wednesday of its own for every (worker, n), years ahead.
QDate closureDay(int worker, int n)
{
    QDate d(2040, 1, 1);
    while (d.dayOfWeek() != Qt::Wednesday)
        d = d.addDays(1);
    return d.addDays(7 * (worker * 200 + n));
}

struct Writer {
    OfficeFile &file;
    int worker;
    QString dir;

    QString tag(int n) const { return S("w%1-%2").arg(worker).arg(n); }

    // Add a case, then acknowledge it.
    Status caseAdd(int n)
    {
        CaseRepository cases(file);
        NewCase c;
        c.ccgCode = S("06A");
        c.received = QDate(2026, 2, 2);
        c.title = tag(n);
        const auto added = cases.add(c);
        if (!added)
            return added.error();
        CaseEvent ack;
        ack.kind = CaseEventKind::Acknowledged;
        ack.on = QDate(2026, 2, 3);
        return statusOf(cases.addEvent(added->row.ref, ack));
    }

    Status caseEdit(int n)
    {
        return guarded([&]() -> Status {
            const QString ref = refTitled(file, S("Shared edits"));
            return withReread([&]() -> Status {
                CaseRepository cases(file);
                const auto now = cases.get(ref);
                if (!now)
                    return now.error();
                return statusOf(cases.edit(ref, now->row.version, {{S("description"), tag(n)}}));
            });
        });
    }

    Status caseNote(int n)
    {
        return guarded([&]() -> Status {
            CaseEvent e;
            e.kind = CaseEventKind::Note;
            e.on = QDate(2026, 2, 4);
            e.note = tag(n);
            return statusOf(CaseRepository(file).addEvent(refTitled(file, S("Shared notes")), e));
        });
    }

    // Add a closure day of our own, then remove it.
    Status closure(int n)
    {
        const QDate day = closureDay(worker, n);
        ClosureRepository closures(file);
        if (const Status added = closures.add(day, tag(n)); !added)
            return added;
        const auto list = closures.list();
        if (!list)
            return list.error();
        for (const StoredClosure &c : list.value()) {
            if (c.closure.date == day)
                return closures.remove(day, c.meta.version);
        }
        return makeError(ErrorCode::NotFound, S("the closure just added is not listed"));
    }

    // One new practice of our own per import (ODS code W<worker><n>).
    Status practices(int n)
    {
        const QString ods = S("W%1%2").arg(worker, 2, 10, QLatin1Char('0')).arg(n, 3, 10, QLatin1Char('0'));
        const QString csv = S("%1/w%2-practices.csv").arg(dir).arg(worker);
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(ErrorCode::Io, S("cannot write %1").arg(csv));
        f.write(S("\"%1\",\"STRESS PRACTICE %2\",\"Y60\",\"Q54\",\"STRESS HOUSE\",\"HIGH STREET\",\"BILSTON\",\"WEST MIDLANDS\","
                  "\"\",\"WV14 6PW\",\"19740401\",\"\",\"A\",\"B\",\"06A\",\"20130401\",\"\",\"01902 444000\",\"\",\"\",\"\","
                  "\"0\",\"\",\"06A\",\"\",\"4\",\"\"\r\n").arg(ods, tag(n)).toUtf8());
        f.close();
        return statusOf(PracticeRepository(file).importFile(csv));
    }

    Status spec(int n)
    {
        return withReread([&]() -> Status {
            SpecRepository specs(file);
            const auto s = specs.loadOrCreate(S("05L"));
            if (!s)
                return s.error();
            return specs.updateHeader(s->meta.id, s->meta.version, {{S("notes"), tag(n)}});
        });
    }

    // A template of our own, then an edit of it.
    Status templates(int n)
    {
        TemplateRepository templates(file);
        LetterTemplate t;
        t.key = tag(n);
        t.name = S("Stress letter %1").arg(tag(n));
        t.body = S("<p>Dear {{practice}}</p>");
        if (const Status added = templates.add(t); !added)
            return added;
        const auto now = templates.get(t.key);
        if (!now)
            return now.error();
        return templates.update(t.key, now->meta.version, {{S("body"), S("<p>Hello again</p>")}});
    }

    // Export what is new into our own folder, then import the other office's bundle.
    Status sync(int)
    {
        const QString outbox = S("%1/w%2-outbox").arg(dir).arg(worker);
        QDir().mkpath(outbox);
        SyncService sync(file);
        if (const Status exported = statusOf(sync.exportChanges(outbox)); !exported)
            return exported;
        return statusOf(sync.importBundle(S("%1/incoming.hubsync").arg(dir)));
    }

    Status presence(int)
    {
        PresenceRegistry registry(file);
        if (const Status s = registry.announce(); !s)
            return s;
        if (const Status s = registry.heartbeat(); !s)
            return s;
        return registry.leave();
    }

    // An online backup while the others write; its log row is the count.
    Status backup(int)
    {
        return statusOf(backupToFolder(file, S("%1/w%2-backups").arg(dir).arg(worker), 1000));
    }

    Status run(const QString &kind, int n)
    {
        if (kind == S("case-add"))
            return caseAdd(n);
        if (kind == S("case-edit"))
            return caseEdit(n);
        if (kind == S("case-note"))
            return caseNote(n);
        if (kind == S("closure"))
            return closure(n);
        if (kind == S("practices"))
            return practices(n);
        if (kind == S("spec"))
            return spec(n);
        if (kind == S("template"))
            return templates(n);
        if (kind == S("sync"))
            return sync(n);
        if (kind == S("presence"))
            return presence(n);
        if (kind == S("backup"))
            return backup(n);
        return makeError(ErrorCode::Invalid, S("unknown write kind '%1'").arg(kind));
    }
};

} // namespace

QStringList writeKinds()
{
    return {S("case-add"), S("case-edit"), S("case-note"), S("closure"), S("practices"),
            S("spec"), S("template"), S("sync"), S("presence"), S("backup")};
}

int runWrites(OfficeFile &file, const QString &mode, int count, int worker)
{
    const QStringList kinds = writeKinds();
    if (mode != S("mixed") && !kinds.contains(mode)) {
        std::fprintf(stderr, "unknown mode %s\n", mode.toUtf8().constData());
        return 1;
    }
    Writer w{file, worker, QFileInfo(file.path()).absolutePath()};
    QMap<QString, QPair<int, int>> tally;   // kind -> (ok, failed)
    int failures = 0;
    for (int n = 1; n <= count; ++n) {
        const QString kind = mode == S("mixed") ? kinds[(n - 1 + worker) % kinds.size()] : mode;
        const Status r = guarded([&]() -> Status { return w.run(kind, n); });
        if (r.ok()) {
            ++tally[kind].first;
        } else {
            ++tally[kind].second;
            ++failures;
            std::fprintf(stdout, "failed %s %d: %s\n", kind.toUtf8().constData(), n, r.error().describe().toUtf8().constData());
            std::fflush(stdout);
        }
    }
    for (auto it = tally.begin(); it != tally.end(); ++it)
        std::fprintf(stdout, "kind %s ok=%d failed=%d\n", it.key().toUtf8().constData(), it->first, it->second);
    std::fflush(stdout);
    return failures;
}

#undef S

} // namespace hubstress
