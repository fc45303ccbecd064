#include "stress_writes.h"

#include "core/calendar/working_calendar.h"
#include "database/backup/backup_folder.h"
#include "database/cases/case_repository.h"
#include "database/cases/closure_repository.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/shared_file/presence_registry.h"
#include "database/specs/spec_repository.h"
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

namespace hubstress
{

namespace
{

using namespace Qt::StringLiterals;

template <typename R> Status statusOf(const R &r)
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
    Statement st = file.connection().prepare(u"SELECT ref FROM case_record WHERE title = ?1"_s);
    st.bind(1, title);
    if (!st.step())
        throw SqlError(makeError(ErrorCode::NotFound, u"no case titled '%1' (the test makes it)"_s.arg(title)));
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

    QString tag(int n) const { return u"w%1-%2"_s.arg(worker).arg(n); }

    // Add a case, then acknowledge it.
    Status caseAdd(int n)
    {
        CaseRepository cases(file);
        NewCase c;
        c.ccgCode = u"06A"_s;
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
            const QString ref = refTitled(file, u"Shared edits"_s);
            return withReread([&]() -> Status {
                CaseRepository cases(file);
                const auto now = cases.get(ref);
                if (!now)
                    return now.error();
                return statusOf(cases.edit(ref, now->row.version, { { u"description"_s, tag(n) } }));
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
            return statusOf(CaseRepository(file).addEvent(refTitled(file, u"Shared notes"_s), e));
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
        return makeError(ErrorCode::NotFound, u"the closure just added is not listed"_s);
    }

    // One new practice of our own per import (ODS code W<worker><n>).
    Status practices(int n)
    {
        const QString ods = u"W%1%2"_s.arg(worker, 2, 10, QLatin1Char('0')).arg(n, 3, 10, QLatin1Char('0'));
        const QString csv = u"%1/w%2-practices.csv"_s.arg(dir).arg(worker);
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(ErrorCode::Io, u"cannot write %1"_s.arg(csv));
        f.write(
            u"\"%1\",\"STRESS PRACTICE %2\",\"Y60\",\"Q54\",\"STRESS HOUSE\",\"HIGH STREET\",\"BILSTON\",\"WEST "
            u"MIDLANDS\","
            "\"\",\"WV14 6PW\",\"19740401\",\"\",\"A\",\"B\",\"06A\",\"20130401\",\"\",\"01902 444000\",\"\",\"\",\"\","
            "\"0\",\"\",\"06A\",\"\",\"4\",\"\"\r\n"_s.arg(ods, tag(n))
                .toUtf8());
        f.close();
        return statusOf(PracticeRepository(file).importFile(csv));
    }

    Status spec(int n)
    {
        return withReread([&]() -> Status {
            SpecRepository specs(file);
            const auto s = specs.loadOrCreate(u"05L"_s);
            if (!s)
                return s.error();
            return specs.updateHeader(s->meta.id, s->meta.version, { { u"notes"_s, tag(n) } });
        });
    }

    // A template of our own, then an edit of it.
    Status templates(int n)
    {
        TemplateRepository templates(file);
        LetterTemplate t;
        t.key = tag(n);
        t.name = u"Stress letter %1"_s.arg(tag(n));
        t.body = u"<p>Dear {{practice}}</p>"_s;
        if (const Status added = templates.add(t); !added)
            return added;
        const auto now = templates.get(t.key);
        if (!now)
            return now.error();
        return templates.update(t.key, now->meta.version, { { u"body"_s, u"<p>Hello again</p>"_s } });
    }

    // Export what is new into our own folder, then import the other office's bundle.
    Status sync(int)
    {
        const QString outbox = u"%1/w%2-outbox"_s.arg(dir).arg(worker);
        QDir().mkpath(outbox);
        SyncService sync(file);
        if (const Status exported = statusOf(sync.exportChanges(outbox)); !exported)
            return exported;
        return statusOf(sync.importBundle(u"%1/incoming.hubsync"_s.arg(dir)));
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
    Status backup(int) { return statusOf(backupToFolder(file, u"%1/w%2-backups"_s.arg(dir).arg(worker), 1000)); }

    Status run(const QString &kind, int n)
    {
        if (kind == u"case-add"_s)
            return caseAdd(n);
        if (kind == u"case-edit"_s)
            return caseEdit(n);
        if (kind == u"case-note"_s)
            return caseNote(n);
        if (kind == u"closure"_s)
            return closure(n);
        if (kind == u"practices"_s)
            return practices(n);
        if (kind == u"spec"_s)
            return spec(n);
        if (kind == u"template"_s)
            return templates(n);
        if (kind == u"sync"_s)
            return sync(n);
        if (kind == u"presence"_s)
            return presence(n);
        if (kind == u"backup"_s)
            return backup(n);
        return makeError(ErrorCode::Invalid, u"unknown write kind '%1'"_s.arg(kind));
    }
};

} // namespace

QStringList writeKinds()
{
    return { u"case-add"_s, u"case-edit"_s, u"case-note"_s, u"closure"_s, u"practices"_s, u"spec"_s, u"template"_s,
        u"sync"_s, u"presence"_s, u"backup"_s };
}

int runWrites(OfficeFile &file, const QString &mode, int count, int worker)
{
    const QStringList kinds = writeKinds();
    if (mode != u"mixed"_s && !kinds.contains(mode)) {
        std::fprintf(stderr, "unknown mode %s\n", mode.toUtf8().constData());
        return 1;
    }
    Writer w { file, worker, QFileInfo(file.path()).absolutePath() };
    QMap<QString, QPair<int, int>> tally; // kind -> (ok, failed)
    int failures = 0;
    for (int n = 1; n <= count; ++n) {
        const QString kind = mode == u"mixed"_s ? kinds[(n - 1 + worker) % kinds.size()] : mode;
        const Status r = guarded([&]() -> Status { return w.run(kind, n); });
        if (r.ok()) {
            ++tally[kind].first;
        } else {
            ++tally[kind].second;
            ++failures;
            std::fprintf(
                stdout, "failed %s %d: %s\n", kind.toUtf8().constData(), n, r.error().describe().toUtf8().constData());
            std::fflush(stdout);
        }
    }
    for (auto it = tally.begin(); it != tally.end(); ++it)
        std::fprintf(stdout, "kind %s ok=%d failed=%d\n", it.key().toUtf8().constData(), it->first, it->second);
    std::fflush(stdout);
    return failures;
}

} // namespace hubstress
