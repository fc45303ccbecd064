// The case field table and the edit planner: every editable field validates
// typed text into its stored value, and an edit's implied timeline events
// and cross-field rules come from core, not from the screens.
#include "test_support.h"

#include "core/cases/case_fields.h"

#include <QRegularExpression>

using namespace hub;

TEST_CASE("Every editable case field has a code, a label and a validator", "[core][cases][fields]")
{
    QStringList codes;
    for (const CaseFieldInfo &f : caseFields()) {
        INFO(f.code);
        CHECK(QString::fromLatin1(f.code).contains(QRegularExpression(QStringLiteral("^[a-z_]+$"))));
        CHECK(QString::fromLatin1(f.label).size() > 0);
        CHECK(f.validate != nullptr);
        CHECK(&caseFieldInfo(f.field) == &f);
        CHECK(findCaseField(QString::fromLatin1(f.code)) == &f);
        codes << QString::fromLatin1(f.code);
    }
    CHECK(codes == editableCaseFieldCodes());
    CHECK(findCaseField(QStringLiteral("status")) == nullptr); // kept in step with the timeline, never typed
}

TEST_CASE("Field validators normalise or refuse, naming the field", "[core][cases][fields]")
{
    const QDate today(2026, 11, 23);
    auto check = [&](CaseField f, const QString &typed) { return caseFieldInfo(f).validate(typed, today); };
    CHECK_FALSE(check(CaseField::Title, QString()).ok());
    CHECK(check(CaseField::Title, QString()).error().field == QStringLiteral("title"));
    CHECK(check(CaseField::Title, QString()).error().message == QStringLiteral("A case needs a title."));
    CHECK(check(CaseField::Priority, QStringLiteral("urgent")).ok());
    CHECK(check(CaseField::Priority, QStringLiteral("asap")).error().field == QStringLiteral("priority"));
    CHECK(check(CaseField::Stage, QStringLiteral("2")).value().toInt() == 2);
    CHECK_FALSE(check(CaseField::Stage, QStringLiteral("4")).ok());
    CHECK(check(CaseField::PracticeOds, QStringLiteral("m92001")).value().toString() == QStringLiteral("M92001"));
    CHECK(
        check(CaseField::ReceivedOn, QStringLiteral("20/11/2026")).value().toString() == QStringLiteral("2026-11-20"));
    CHECK_FALSE(check(CaseField::ReceivedOn, QStringLiteral("24/11/2026")).ok()); // after today
    CHECK_FALSE(check(CaseField::Type, QStringLiteral("gossip")).ok());
}

TEST_CASE("The priority and stage choices come from core", "[core][cases][fields]")
{
    QStringList priorities;
    for (const CaseChoice &c : casePriorityChoices())
        priorities << c.code;
    CHECK(priorities
        == QStringList {
            QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("urgent") });
    CHECK(caseStageChoices().size() == 4);
    CHECK(stageApplies(QStringLiteral("performance-concern"), 0));
    CHECK_FALSE(stageApplies(QStringLiteral("provider-query"), 0));
    CHECK(stageApplies(QStringLiteral("provider-query"), 2)); // one already set stays editable
}

TEST_CASE("planCaseEdit returns the events an edit implies, or refuses it", "[core][cases][fields]")
{
    const QDate today(2026, 11, 23);
    CaseEditState now;
    now.typeCode = QStringLiteral("provider-query");
    now.officer = QStringLiteral("a.smith");
    now.received = QDate(2026, 11, 2);
    now.timeline = { hubtest::ev(CaseEventKind::Received, "2026-11-02"),
        hubtest::ev(CaseEventKind::Acknowledged, "2026-11-04") };

    const auto unknown = validateCaseEdit({ { QStringLiteral("status"), QStringLiteral("closed") } }, today);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QStringLiteral("status"));
    CHECK_FALSE(validateCaseEdit({}, today).ok()); // nothing to change

    const auto edit = validateCaseEdit({ { QStringLiteral("officer"), QStringLiteral(" b.jones ") },
                                           { QStringLiteral("type"), QStringLiteral("payment-query") } },
        today);
    REQUIRE(edit.ok());
    const auto plan = planCaseEdit(now, edit.value(), today);
    REQUIRE(plan.ok());
    CHECK(plan->typeChanged);
    CHECK(plan->changes.contains(QStringLiteral("activity_key"))); // the new type's activity
    REQUIRE(plan->events.size() == 2);
    CHECK(plan->events[0].kind == CaseEventKind::TypeChanged);
    CHECK(plan->events[0].detail == QStringLiteral("provider-query -> payment-query"));
    CHECK(plan->events[1].kind == CaseEventKind::Reassigned);
    CHECK(plan->events[1].detail == QStringLiteral("b.jones"));
    CHECK(plan->events[1].note == QStringLiteral("from a.smith"));

    const auto late = validateCaseEdit({ { QStringLiteral("received_on"), QStringLiteral("2026-11-05") } }, today);
    REQUIRE(late.ok());
    const auto refused = planCaseEdit(now, late.value(), today);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("received_on")); // the acknowledgement came first

    const auto same = validateCaseEdit({ { QStringLiteral("officer"), QStringLiteral("a.smith") } }, today);
    REQUIRE(same.ok());
    CHECK(planCaseEdit(now, same.value(), today)->events.isEmpty()); // no reassignment to oneself
}

// Issue 10, item 7: who asked and how to reach them are case fields like any other.
TEST_CASE("The requester's contact details are fields of the table, validated there", "[core][cases][fields]")
{
    const QDate today(2026, 11, 23);
    QStringList requester;
    for (const CaseFieldInfo *f : caseFieldsIn(CaseFieldGroup::Requester))
        requester << QString::fromLatin1(f->code);
    CHECK(requester
        == QStringList { QStringLiteral("requester_name"), QStringLiteral("requester_organisation"),
            QStringLiteral("requester_email"), QStringLiteral("requester_phone") });
    for (const QString &code : requester)
        CHECK(editableCaseFieldCodes().contains(code));
    auto check = [&](CaseField f, const QString &typed) { return caseFieldInfo(f).validate(typed, today); };
    CHECK(check(CaseField::RequesterEmail, QStringLiteral("practice.manager@nhs.net")).ok());
    CHECK(check(CaseField::RequesterEmail, QString()).ok()); // not known yet
    CHECK(check(CaseField::RequesterEmail, QStringLiteral("practice manager")).error().field
        == QStringLiteral("requester_email"));
    CHECK(check(CaseField::RequesterPhone, QStringLiteral("01902 444000")).ok());
    CHECK(check(CaseField::RequesterPhone, QStringLiteral("+44 (0)1902 444-000")).ok());
    CHECK_FALSE(check(CaseField::RequesterPhone, QStringLiteral("ring reception")).ok());
    CHECK(check(CaseField::RequesterName, QStringLiteral("Dr A\nPatel")).value().toString()
        == QStringLiteral("Dr A Patel"));

    // A new case may carry them; nothing else sneaks in that way.
    const auto opened = validateNewCaseFields({ { QStringLiteral("requester_name"), QStringLiteral(" Dr A Patel ") },
                                                  { QStringLiteral("requester_phone"), QString() } },
        today);
    REQUIRE(opened.ok());
    CHECK(opened.value() == QVariantMap { { QStringLiteral("requester_name"), QStringLiteral("Dr A Patel") } });
    CHECK(validateNewCaseFields({ { QStringLiteral("title"), QStringLiteral("x") } }, today).error().field
        == QStringLiteral("title"));
    CHECK(validateNewCaseFields({ { QStringLiteral("requester_email"), QStringLiteral("nope") } }, today).error().field
        == QStringLiteral("requester_email"));
    // And they can be edited like any other field.
    CHECK(validateCaseEdit(
        { { QStringLiteral("requester_organisation"), QStringLiteral("Bilston Health Centre") } }, today)
              .ok());
}
