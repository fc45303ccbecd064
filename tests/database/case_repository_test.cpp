// CaseRepository: references, owners, the timeline under the core rules,
// optimistic edits, type changes that keep paused time, attachments, letters.
#include "test_support.h"

#include "database/cases/attachment_repository.h"
#include "database/cases/case_repository.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/transaction.h"

#include <QCryptographicHash>

using namespace hub;
using namespace hub::db;

namespace
{

const auto d = hubtest::isoDate;

std::unique_ptr<OfficeFile> newFile(const hubtest::TempDir &tmp, const QString &office = QStringLiteral("WMH"))
{
    CreateOptions o;
    o.officeCode = office;
    auto f = OfficeFile::create(tmp.path(office + QStringLiteral(".hubcase")), o);
    REQUIRE(f.ok());
    return std::move(f.value());
}

NewCase query(const char *received, const char *title = "Locum reimbursement query", const char *ccg = "06A")
{
    NewCase c;
    c.type = CaseType::ProviderQuery;
    c.ccgCode = QString::fromLatin1(ccg);
    c.received = d(received);
    c.title = QString::fromLatin1(title);
    return c;
}

using hubtest::ev;

template <typename T> T ok(const Result<T> &r)
{
    INFO((r ? QString() : r.error().describe()).toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("References are <office>-<year>-<sequence>, per office and year", "[database][cases]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    CaseRepository repo(*file);
    CHECK(ok(repo.add(query("2016-02-01"))).row.ref == QStringLiteral("WMH-2016-00001"));
    CHECK(ok(repo.add(query("2016-03-01"))).row.ref == QStringLiteral("WMH-2016-00002"));
    CHECK(ok(repo.add(query("2017-01-03"))).row.ref == QStringLiteral("WMH-2017-00001"));
    auto other = newFile(tmp, QStringLiteral("WOL"));
    CHECK(ok(CaseRepository(*other).add(query("2016-02-01"))).row.ref == QStringLiteral("WOL-2016-00001"));
}

TEST_CASE("A new case: owner from the specification, officer from the CCG, clocks computed", "[database][cases]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    CaseRepository repo(*file);
    NewCase c = query("2015-12-18");
    c.type = CaseType::VariationRoutine;
    const CaseDetail &detail = ok(repo.add(c));
    CHECK(detail.activityKey == QStringLiteral("XII.1"));
    CHECK(detail.row.owner == QStringLiteral("Hub"));
    CHECK(detail.row.status == QStringLiteral("open"));
    CHECK(detail.meta.version == 1);
    REQUIRE(detail.timeline.size() == 1);
    CHECK(detail.timeline[0].kind == CaseEventKind::Received);
    CHECK(detail.clocks.acknowledge.due == d("2015-12-29"));
    CHECK(detail.row.acknowledgeDue == d("2015-12-29"));
    CHECK(detail.ccgName == QStringLiteral("NHS Wolverhampton CCG"));

    NewCase s106 = query("2016-01-04");
    s106.type = CaseType::PremisesS106;
    CHECK(ok(repo.add(s106)).row.owner == QStringLiteral("Hub supports CCG"));

    NewCase bad = query("2016-01-04");
    bad.ccgCode = QStringLiteral("99Z");
    CHECK(repo.add(bad).error().code == ErrorCode::NotFound);
    bad = query("2016-01-04");
    bad.title.clear();
    CHECK(repo.add(bad).error().field == QStringLiteral("title"));
    bad = query("2016-01-04");
    bad.practiceOds = QStringLiteral("Z99999");
    CHECK(repo.add(bad).error().code == ErrorCode::NotFound);
}

TEST_CASE("The timeline is checked by the core rules and drives status and clocks", "[database][cases]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    CaseRepository repo(*file);
    const QString ref = ok(repo.add(query("2016-02-01"))).row.ref;

    const auto refused = repo.addEvent(ref, ev(CaseEventKind::Paused, "2016-02-03", "", "DV"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(repo.addEvent(ref, ev(CaseEventKind::Resumed, "2016-02-03")).error().code == ErrorCode::Invalid);
    CHECK(repo.addEvent(ref, ev(CaseEventKind::Acknowledged, "2016-01-31")).error().field == QStringLiteral("date"));

    const CaseDetail &paused
        = ok(repo.addEvent(ref, ev(CaseEventKind::Paused, "2016-02-03", "further-investigation", "Awaiting DV")));
    CHECK(paused.row.status == QStringLiteral("paused"));
    CHECK(paused.meta.version == 2);
    const CaseDetail &resumed = ok(repo.addEvent(ref, ev(CaseEventKind::Resumed, "2016-02-15")));
    CHECK(resumed.row.status == QStringLiteral("open"));
    CHECK(resumed.row.acknowledgeDue == d("2016-02-18"));
    ok(repo.addEvent(ref, ev(CaseEventKind::Acknowledged, "2016-02-16")));
    const CaseDetail &answered = ok(repo.addEvent(ref, ev(CaseEventKind::Responded, "2016-03-01")));
    CHECK(answered.row.status == QStringLiteral("responded"));
    CHECK(answered.clocks.acknowledge.state == ClockState::Met);
    CHECK(answered.clocks.response.state == ClockState::Met);

    // As of a past day the clocks read as they stood then.
    const CaseDetail &then = ok(repo.get(ref, d("2016-02-10")));
    CHECK(then.clocks.paused);
    CHECK(then.clocks.acknowledge.state == ClockState::Paused);
    CHECK(repo.get(QStringLiteral("WMH-2016-99999")).error().code == ErrorCode::NotFound);
}

TEST_CASE("Edits need the version they started from, and stale ones say who changed it", "[database][cases]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    CaseRepository repo(*file);
    const CaseDetail created = ok(repo.add(query("2016-02-01")));
    const auto first = repo.edit(created.row.ref, 1,
        { { QStringLiteral("title"), QStringLiteral("Locum query (Dr Shah)") },
            { QStringLiteral("priority"), QStringLiteral("high") } });
    CHECK(ok(first).meta.version == 2);
    CHECK(first->row.priority == QStringLiteral("high"));

    file->setUser(QStringLiteral("b.jones"));
    const auto stale = repo.edit(created.row.ref, 1, { { QStringLiteral("title"), QStringLiteral("Overwrite?") } });
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("Changed by")));
    CHECK(stale.error().current.value(QStringLiteral("title")).toString() == QStringLiteral("Locum query (Dr Shah)"));
    CHECK(stale.error().current.value(QStringLiteral("row_version")).toLongLong() == 2);
    CHECK(ok(repo.get(created.row.ref)).row.title == QStringLiteral("Locum query (Dr Shah)"));

    CHECK(repo.edit(created.row.ref, 2, { { QStringLiteral("status"), QStringLiteral("closed") } }).error().field
        == QStringLiteral("status"));
    CHECK(repo.edit(created.row.ref, 2, { { QStringLiteral("priority"), QStringLiteral("asap") } }).error().code
        == ErrorCode::Invalid);
    const auto reassigned
        = repo.edit(created.row.ref, 2, { { QStringLiteral("officer"), QStringLiteral("Tom Bradley") } });
    CHECK(ok(reassigned).timeline.last().kind == CaseEventKind::Reassigned);
}

TEST_CASE("Changing the type keeps the paused time and records the change", "[database][cases]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    CaseRepository repo(*file);
    const QString ref = ok(repo.add(query("2016-02-01"))).row.ref;
    ok(repo.addEvent(ref, ev(CaseEventKind::Paused, "2016-02-03", "further-investigation", "Awaiting DV")));
    const CaseDetail before = ok(repo.addEvent(ref, ev(CaseEventKind::Resumed, "2016-02-15")));
    const CaseDetail &after = ok(
        repo.edit(ref, before.meta.version, { { QStringLiteral("type"), QStringLiteral("information-request") } }));
    CHECK(after.row.typeCode == QStringLiteral("information-request"));
    CHECK(after.activityKey == QStringLiteral("VII.2"));
    CHECK(after.standard.key == QStringLiteral("data-information"));
    CHECK(after.clocks.pausedWorkingDays == before.clocks.pausedWorkingDays);
    CHECK(after.clocks.acknowledge.due == d("2016-02-18"));
    CHECK(after.clocks.response.state == ClockState::NotApplicable);
    bool recorded = false;
    for (const CaseEvent &e : after.timeline)
        recorded = recorded
            || (e.kind == CaseEventKind::TypeChanged
                && e.detail == QStringLiteral("provider-query -> information-request"));
    CHECK(recorded);
    // A pause now needs the new standard's exclusions.
    CHECK_FALSE(repo.addEvent(ref, ev(CaseEventKind::Paused, "2016-02-20", "further-investigation", "x")).ok());
    CHECK(
        repo.addEvent(ref, ev(CaseEventKind::Paused, "2016-02-20", "not-validated", "Awaiting practice figures")).ok());
}

TEST_CASE("Attachments are stored in the office file with their hash", "[database][cases]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    const QString ref = ok(CaseRepository(*file).add(query("2016-02-01"))).row.ref;
    AttachmentRepository attachments(*file);
    const QByteArray content("%PDF-1.4 letter from the practice");
    const AttachmentInfo &a = ok(attachments.add(ref, QStringLiteral("/tmp/letter.pdf"), content));
    CHECK(a.fileName == QStringLiteral("letter.pdf"));
    CHECK(a.mime == QStringLiteral("application/pdf"));
    CHECK(a.sha256 == QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    CHECK(ok(attachments.content(a.id)) == content);
    CHECK(ok(CaseRepository(*file).get(ref)).attachments.size() == 1);
    CHECK(attachments.add(QStringLiteral("WMH-2016-00099"), QStringLiteral("x.txt"), "x").error().code
        == ErrorCode::NotFound);
}

TEST_CASE("Letter templates are editable and merge the case's dates", "[database][cases]")
{
    hubtest::TempDir tmp;
    auto file = newFile(tmp);
    const QString ref = ok(CaseRepository(*file).add(query("2015-12-18"))).row.ref;
    TemplateRepository templates(*file);
    REQUIRE(templates.ensureDefaults().ok());
    REQUIRE(templates.ensureDefaults().ok()); // idempotent
    CHECK(ok(templates.list()).size() == 4); // acknowledgement, holding, full response, closure
    const MergedLetter &letter = ok(templates.merge(QStringLiteral("acknowledgement"), ref));
    CHECK(letter.html.contains(ref));
    CHECK(letter.html.contains(QStringLiteral("20 January 2016"))); // response due across Christmas
    CHECK(letter.html.contains(QStringLiteral("NHS Wolverhampton CCG")));
    CHECK(letter.unknownFields.isEmpty());
    const LetterTemplate t = ok(templates.get(QStringLiteral("holding")));
    REQUIRE(templates
                .update(QStringLiteral("holding"), t.meta.version,
                    { { QStringLiteral("body"), QStringLiteral("<p>{{ref}} {{nope}}</p>") } })
                .ok());
    CHECK(
        templates.update(QStringLiteral("holding"), t.meta.version, { { QStringLiteral("body"), QStringLiteral("x") } })
            .error()
            .code
        == ErrorCode::Conflict);
    CHECK(ok(templates.merge(QStringLiteral("holding"), ref)).unknownFields == QStringList { QStringLiteral("nope") });
}
