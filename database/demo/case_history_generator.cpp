#include "database/demo/case_history_generator.h"

#include "core/cases/case_rules.h"
#include "database/cases/closure_repository.h"
#include "database/cases/letterhead_repository.h"
#include "database/cases/template_repository.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"

#include <QRandomGenerator>

#include <algorithm>

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

struct TypeWeight {
    CaseType type;
    int weight;
};

// Roughly the Hub's mix of work: mostly queries.
const TypeWeight kMix[] = {
    { CaseType::ProviderQuery, 300 },
    { CaseType::PaymentQuery, 120 },
    { CaseType::InformationRequest, 100 },
    { CaseType::VariationRoutine, 100 },
    { CaseType::VariationNonRoutine, 40 },
    { CaseType::SchemeAdministration, 80 },
    { CaseType::PremisesRentReview, 50 },
    { CaseType::PremisesImprovementGrant, 30 },
    { CaseType::PremisesS106, 20 },
    { CaseType::PerformanceConcern, 30 },
    { CaseType::RemedialBreachNotice, 20 },
    { CaseType::MouConcern, 20 },
    { CaseType::PracticeMerger, 15 },
    { CaseType::PracticeClosure, 10 },
    { CaseType::NewPractice, 5 },
};

const char *const kQueryTopics[] = {
    "Query on global sum adjustment",
    "Question about list size validation",
    "Locum reimbursement query",
    "Query about seniority payments",
    "Clarification of QOF aspiration payment",
    "Query on premises rent reimbursement",
    "Question about registration of care home patients",
    "Query on out of area registration scheme",
    "Sickness cover claim query",
    "Parental leave reimbursement query",
    "Query on dispensing fees",
    "Question about extended hours DES claim",
    "Query on violent patients scheme referral",
    "Clinical waste collection query",
};
const char *const kPaymentTopics[] = {
    "Missing payment on monthly statement",
    "Overpayment recovery query",
    "Quarterly QOF payment discrepancy",
    "Query on rates reimbursement",
    "Duplicate deduction on statement",
    "Late payment of enhanced service claim",
};
const char *const kDataTopics[] = {
    "Request for list size trend data",
    "Request for enhanced service uptake figures",
    "Workforce return data request",
    "Request for practice contract details",
    "Request for premises schedule",
    "Request for QOF achievement data",
};
const char *const kVariationRoutine[] = { "24 hour retirement of partner", "Partner joining the contract",
    "Change of practice name", "Change of contract signatory" };
const char *const kVariationNonRoutine[] = { "Application to close list", "Boundary change application",
    "PMS to GMS contract change", "APMS contract extension" };
const char *const kMouConcernNotes[] = {
    "Raised at officer level: responses to practice queries slower than the MoU standard",
    "Escalated to Head of Primary Care and CCG lead (stage 2)",
    "Escalated to Locality Director (stage 3)",
};

int pick(QRandomGenerator &rng, int n)
{
    return int(rng.bounded(quint32(n)));
}
bool chance(QRandomGenerator &rng, int percent)
{
    return pick(rng, 100) < percent;
}

template <typename T, std::size_t N> QString choose(QRandomGenerator &rng, T (&list)[N])
{
    return QString::fromUtf8(list[pick(rng, int(N))]);
}

CaseType chooseType(QRandomGenerator &rng)
{
    int total = 0;
    for (const TypeWeight &w : kMix)
        total += w.weight;
    int r = pick(rng, total);
    for (const TypeWeight &w : kMix) {
        if (r < w.weight)
            return w.type;
        r -= w.weight;
    }
    return CaseType::ProviderQuery;
}

QString titleFor(QRandomGenerator &rng, CaseType type, const QString &practice)
{
    switch (type) {
    case CaseType::ProviderQuery:
        return u"%1: %2"_s.arg(practice, choose(rng, kQueryTopics));
    case CaseType::PaymentQuery:
        return u"%1: %2"_s.arg(practice, choose(rng, kPaymentTopics));
    case CaseType::InformationRequest:
        return choose(rng, kDataTopics);
    case CaseType::VariationRoutine:
        return u"%1: %2"_s.arg(practice, choose(rng, kVariationRoutine));
    case CaseType::VariationNonRoutine:
        return u"%1: %2"_s.arg(practice, choose(rng, kVariationNonRoutine));
    case CaseType::SchemeAdministration:
        return u"%1: DES sign-up and claim query"_s.arg(practice);
    case CaseType::PremisesRentReview:
        return u"%1: rent review with the District Valuer"_s.arg(practice);
    case CaseType::PremisesImprovementGrant:
        return u"%1: premises improvement grant application"_s.arg(practice);
    case CaseType::PremisesS106:
        return u"%1: S106 contribution for housing development"_s.arg(practice);
    case CaseType::PerformanceConcern:
        return u"%1: practice of concern"_s.arg(practice);
    case CaseType::RemedialBreachNotice:
        return u"%1: remedial notice and action plan"_s.arg(practice);
    case CaseType::MouConcern:
        return u"Concern that the Hub is not meeting the MoU query standard"_s;
    case CaseType::PracticeMerger:
        return u"%1: proposed merger"_s.arg(practice);
    case CaseType::PracticeClosure:
        return u"%1: closure and list dispersal"_s.arg(practice);
    case CaseType::NewPractice:
        return u"New practice / branch surgery proposal"_s;
    }
    return practice;
}

CaseEvent ev(CaseEventKind kind, const QDate &on, const QString &note = {}, const QString &exclusion = {})
{
    CaseEvent e;
    e.kind = kind;
    e.on = on;
    e.note = note;
    e.exclusionCode = exclusion;
    return e;
}

} // namespace

QVector<CaseRepository::Import> makeCaseHistory(const QVector<GeneratorPractice> &practices, const QStringList &ccgs,
    const WorkingCalendar &cal, const CaseHistoryOptions &o, CaseHistorySummary *summary)
{
    QRandomGenerator rng(o.seed);
    CaseHistorySummary sum;
    QHash<QString, QVector<const GeneratorPractice *>> byCcg;
    for (const GeneratorPractice &p : practices)
        byCcg[p.ccg].append(&p);
    const qint64 span = o.from.daysTo(o.to) + 1;
    const QDate lastOpenFrom = o.to.addDays(-30); // the newest month keeps some work in hand

    QVector<CaseRepository::Import> out;
    out.reserve(o.cases);
    // The history stops at o.to: nothing after that day has happened yet, so
    // cases received near the end are still waiting for their acknowledgement
    // or answer on that day (the demo is read as of it, demo_as_of.h).
    const auto finish = [&](CaseRepository::Import &imp, bool late) {
        imp.events.erase(
            std::remove_if(imp.events.begin(), imp.events.end(), [&](const CaseEvent &e) { return e.on > o.to; }),
            imp.events.end());
        // A closure says what came of the case (issue 10): no random draw, so the history is unchanged.
        const bool answered = hasEvent(imp.events, CaseEventKind::Responded);
        for (CaseEvent &e : imp.events) {
            if (e.kind != CaseEventKind::Closed || !e.outcome.isEmpty())
                continue;
            e.outcome
                = answered ? u"Answered in full; nothing further asked"_s : u"Decided by the Primary Care Committee"_s;
            if (closureAsksFullResponse(caseTypeCode(imp.newCase.type)))
                e.fullResponse = answered;
        }
        if (!hasEvent(imp.events, CaseEventKind::Closed))
            ++sum.open;
        sum.late += late ? 1 : 0;
        sum.events += int(imp.events.size()) + 1;
        out.append(imp);
    };
    for (int i = 0; i < o.cases; ++i) {
        CaseRepository::Import imp;
        NewCase &c = imp.newCase;
        c.type = chooseType(rng);
        c.ccgCode = ccgs[pick(rng, int(ccgs.size()))];
        const auto &list = byCcg.value(c.ccgCode);
        const GeneratorPractice *practice = list.isEmpty() ? nullptr : list[pick(rng, int(list.size()))];
        if (practice && c.type != CaseType::InformationRequest && c.type != CaseType::MouConcern
            && c.type != CaseType::NewPractice)
            c.practiceOds = practice->ods;
        // Most post arrives on working days; a few e-mails land at weekends.
        QDate received = o.from.addDays(pick(rng, int(span)));
        if (!cal.isWorkingDay(received) && !chance(rng, 15))
            received = cal.addWorkingDays(received, 1);
        if (received > o.to)
            received = o.to;
        c.received = received;
        c.title = titleFor(rng, c.type, practice ? practice->name : u"All practices"_s);
        c.priority
            = chance(rng, 10) ? CasePriority::High : (chance(rng, 5) ? CasePriority::Urgent : CasePriority::Normal);
        const CaseTypeInfo &info = caseTypeInfo(c.type);
        const QString standard = QString::fromLatin1(info.standardKey);
        QVector<CaseEvent> &events = imp.events;
        const bool keepOpen = received >= lastOpenFrom && chance(rng, 40);
        bool late = false;

        if (standard == u"queries"_s || standard == u"data-information"_s) {
            // Acknowledge: usually within 1-4 working days, sometimes late.
            const int ackDays = chance(rng, 12) ? 6 + pick(rng, 5) : 1 + pick(rng, 4);
            late = late || ackDays > 5;
            QDate day = cal.addWorkingDays(received, ackDays);
            events << ev(CaseEventKind::Acknowledged, day, u"Acknowledgement letter sent"_s);
            if (standard == u"data-information"_s) // standard 2: say when the information will be available
                events.last().availableBy
                    = cal.addWorkingDays(day, 10); // no draw: the rest of the demo stays as it was
            int counted = ackDays;
            int pausedDays = 0;
            if (chance(rng, 12)) {
                const QStringList codes = standard == u"queries"_s
                    ? QStringList { u"further-investigation"_s, u"outside-responsibility"_s }
                    : QStringList { u"not-routinely-collected"_s, u"not-validated"_s };
                const QString code = codes[pick(rng, 2)];
                const QDate pausedOn = cal.addWorkingDays(day, 1 + pick(rng, 3));
                events << ev(CaseEventKind::Paused, pausedOn,
                    code == u"further-investigation"_s ? u"Awaiting District Valuer / PCSS investigation"_s
                        : code == u"outside-responsibility"_s
                        ? u"Relates to public health commissioning; referred to the local authority"_s
                        : code == u"not-routinely-collected"_s
                        ? u"Data not collected as part of contract management; gathering from practices"_s
                        : u"Figures awaiting validation by the provider"_s,
                    code);
                ++sum.paused;
                pausedDays = 5 + pick(rng, 25);
                const QDate resumed = cal.addWorkingDays(pausedOn, pausedDays);
                if (keepOpen && resumed > o.to) {
                    finish(imp, late);
                    continue;
                }
                events << ev(CaseEventKind::Resumed, resumed, u"Information received; clock restarted"_s);
                day = resumed;
                counted = cal.workingDaysBetween(received, pausedOn.addDays(-1));
            }
            if (standard == u"queries"_s) {
                int answerAt = chance(rng, 14) ? 21 + pick(rng, 12) : 6 + pick(rng, 14);
                if (chance(rng, 20)) {
                    // A holding update part-way restarts the 20 working days.
                    const int updateAt = std::max(counted + 1, 12 + pick(rng, 8));
                    const QDate updated = cal.addWorkingDays(day, std::max(1, updateAt - counted));
                    events << ev(CaseEventKind::Updated, updated, u"Holding reply: awaiting information from PCSS"_s);
                    day = updated;
                    counted = 0;
                    answerAt = 5 + pick(rng, 14);
                }
                const QDate answered = cal.addWorkingDays(day, std::max(1, answerAt - counted));
                late = late || answerAt > 20;
                if (!(keepOpen && answered > o.to)) {
                    events << ev(CaseEventKind::Responded, answered, u"Full response sent"_s);
                    events << ev(CaseEventKind::Closed, cal.addWorkingDays(answered, pick(rng, 3)));
                }
            } else {
                const QDate answered = cal.addWorkingDays(day, 5 + pick(rng, 20));
                if (!(keepOpen && answered > o.to)) {
                    events << ev(CaseEventKind::Responded, answered, u"Information sent to the CCG"_s);
                    events << ev(CaseEventKind::Closed, answered);
                }
            }
        } else {
            // Committee-paper and notice work: no working-day clock, a longer life.
            if (c.type == CaseType::PerformanceConcern)
                c.stage = 1 + pick(rng, 3);
            QDate day = cal.addWorkingDays(received, 3 + pick(rng, 10));
            if (c.type == CaseType::MouConcern) {
                ++sum.mouConcerns;
                c.priority = CasePriority::High;
            }
            const int steps = 1 + pick(rng, 3);
            for (int s = 0; s < steps; ++s) {
                QString note;
                if (c.type == CaseType::MouConcern)
                    note = QString::fromUtf8(kMouConcernNotes[std::min(s, 2)]);
                else if (c.type == CaseType::PerformanceConcern)
                    note = u"Stage %1 review meeting with the practice; action plan agreed"_s.arg(c.stage);
                else
                    note = u"Paper drafted for the Primary Care Committee"_s;
                if (day <= o.to)
                    events << ev(CaseEventKind::Note, day, note);
                day = cal.addWorkingDays(day, 10 + pick(rng, 20));
            }
            if (!keepOpen && day <= o.to)
                events << ev(CaseEventKind::Closed, day, u"Committee decision recorded"_s);
        }
        finish(imp, late);
    }
    // Entered in the order received, as an office would: references then run
    // in date order and search results (newest entered first) read newest first.
    std::stable_sort(out.begin(), out.end(), [](const CaseRepository::Import &a, const CaseRepository::Import &b) {
        return a.newCase.received < b.newCase.received;
    });
    sum.cases = int(out.size());
    if (summary)
        *summary = sum;
    return out;
}

Result<CaseHistorySummary> generateCaseHistory(OfficeFile &file, const CaseHistoryOptions &options)
{
    // Closure days first, so the stored due dates already skip them.
    ClosureRepository closures(file);
    const std::pair<QDate, const char *> days[] = { { QDate(2016, 6, 15), "Staff training day" },
        { QDate(2016, 12, 29), "Christmas shutdown" }, { QDate(2016, 12, 30), "Christmas shutdown" } };
    for (const auto &[date, reason] : days) {
        const Status s = closures.add(date, QString::fromLatin1(reason));
        if (!s)
            return s.error();
    }
    const Status t = TemplateRepository(file).ensureDefaults();
    if (!t)
        return t.error();
    // The demo's letterhead (a telephone number from Ofcom's range kept for drama).
    if (const auto current = LetterheadRepository(file).get(); current && current->meta.version == 0) {
        const Status head = LetterheadRepository(file).save(0,
            { { QStringLiteral("hub_name"), QStringLiteral("NHS England West Midlands Primary Care Hub") },
                { QStringLiteral("address"), QStringLiteral("Hub Office\n1 Hagley Road\nBirmingham\nB16 8AA") },
                { QStringLiteral("phone"), QStringLiteral("0121 496 0000") },
                { QStringLiteral("email"), QStringLiteral("westmidlands.hub@example.nhs.uk") } });
        if (!head)
            return head.error();
    }
    const auto cal = closures.calendar();
    if (!cal)
        return cal.error();
    const auto stored = PracticeRepository(file).list();
    if (!stored)
        return stored.error();
    QVector<GeneratorPractice> practices;
    QStringList ccgs;
    for (const StoredPractice &p : stored.value()) {
        practices.append({ p.practice.odsCode, p.practice.name, p.practice.ccgCode });
        if (!ccgs.contains(p.practice.ccgCode))
            ccgs << p.practice.ccgCode;
    }
    std::sort(practices.begin(), practices.end(),
        [](const GeneratorPractice &a, const GeneratorPractice &b) { return a.ods < b.ods; });
    std::sort(ccgs.begin(), ccgs.end());
    if (ccgs.isEmpty())
        return makeError(ErrorCode::Invalid, u"The demo case history needs practices."_s);
    CaseHistorySummary sum;
    const auto cases = makeCaseHistory(practices, ccgs, cal.value(), options, &sum);
    const auto added = CaseRepository(file).addMany(cases);
    if (!added)
        return added.error();
    return sum;
}

} // namespace hub::db
