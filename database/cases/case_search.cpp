#include "database/cases/case_search.h"

#include "database/cases/case_context.h"
#include "database/cases/closure_repository.h"
#include "database/office_file.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace hub::db {

#define S QStringLiteral

namespace {

// Words as the unicode61 tokenizer sees them: letters and digits.
QStringList searchWords(const QString &typed)
{
    static const QRegularExpression word(S("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = word.globalMatch(typed);
    while (it.hasNext())
        terms << it.next().captured(0);
    return terms;
}

QString expressionOf(const QStringList &terms, bool lastIsPrefix)
{
    QStringList parts;
    for (int i = 0; i < terms.size(); ++i) {
        QString t = QLatin1Char('"') + terms[i] + QLatin1Char('"');
        if (i == terms.size() - 1 && lastIsPrefix)
            t += QLatin1Char('*');
        parts << t;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString caseSearchExpression(const QString &typed)
{
    const QStringList terms = searchWords(typed);
    if (terms.isEmpty())
        return {};
    // Prefix only while the user may still be typing the last word.
    const bool lastIsPrefix = !typed.isEmpty() && !typed.back().isSpace();
    return expressionOf(terms, lastIsPrefix);
}

QString caseTypeAheadExpression(const QString &typed, bool *searchable)
{
    QStringList terms = searchWords(typed);
    if (searchable)
        *searchable = !terms.isEmpty();
    bool lastIsPrefix = !typed.isEmpty() && !typed.back().isSpace();
    if (lastIsPrefix && !terms.isEmpty() && terms.last().size() < 2) {
        terms.removeLast();
        lastIsPrefix = false;
    }
    return terms.isEmpty() ? QString() : expressionOf(terms, lastIsPrefix);
}

void rebuildCaseSearch(const Connection &connection)
{
    connection.execScript(QStringLiteral(
        "DELETE FROM case_fts;"
        "INSERT INTO case_fts(rowid, case_id, ref, title, body) "
        "  SELECT c.rowid, c.id, c.ref, c.title, c.description || ' ' || COALESCE((SELECT group_concat(e.note || ' ' || e.detail, ' ') "
        "    FROM case_event e WHERE e.case_id = c.id AND e.deleted_at IS NULL), '') FROM case_record c;"
        "INSERT INTO case_fts(case_fts) VALUES ('optimize');"));
}

// ---------------------------------------------------------------------------

namespace {

const char *const kRowColumns =
    "c.id, c.ref, c.type, c.ccg_code, c.practice_ods, COALESCE(p.name, ''), c.owner, c.officer, c.priority, c.status, "
    "c.title, c.received_on, c.ack_due, c.ack_met_on, c.response_due, c.response_met_on, c.closed_on, c.paused, "
    "c.row_version, c.updated_by, c.updated_at";

void readRow(const Statement &st, CaseRow &r)
{
    r.id = st.text(0);
    r.ref = st.text(1);
    r.typeCode = st.text(2);
    r.ccgCode = st.text(3);
    r.practiceOds = st.text(4);
    r.practiceName = st.text(5);
    r.owner = st.text(6);
    r.officer = st.text(7);
    r.priority = st.text(8);
    r.status = st.text(9);
    r.title = st.text(10);
    r.received = st.date(11);
    r.acknowledgeDue = st.date(12);
    r.acknowledgedOn = st.date(13);
    r.responseDue = st.date(14);
    r.respondedOn = st.date(15);
    r.closedOn = st.date(16);
    r.paused = st.integer(17) != 0;
    r.version = st.int64(18);
    r.updatedBy = st.text(19);
    r.updatedAt = st.text(20);
}

// A clock's state from its stored dates (as CaseRepository::list).
ClockState stateFromStored(const QDate &due, const QDate &metOn, bool paused, const QDate &closedOn, const QDate &asOf,
                           const WorkingCalendar &calendar, bool applies)
{
    if (!applies)
        return ClockState::NotApplicable;
    QDate met = metOn.isValid() ? metOn : closedOn;
    if (met.isValid() && met <= asOf)
        return !due.isValid() || met <= due ? ClockState::Met : ClockState::MetLate;
    if (paused || !due.isValid())
        return ClockState::Paused;
    if (asOf > due)
        return ClockState::Breached;
    if (asOf == due)
        return ClockState::DueToday;
    return calendar.workingDaysBetween(asOf, due) <= 3 ? ClockState::DueSoon : ClockState::Running;
}

// How a query finds its rows.
enum class Plan {
    Filters,        // no search: the filters' indexes (or a scan) and the sort
    SearchIndex,    // walk the full-text matches newest first, check the filters, stop at the page
    FilterFirst,    // few cases pass the filters: walk those, check each against the matches
};

constexpr int kFewCandidates = 3000;

} // namespace

struct CaseListQuery::Impl {
    OfficeFile &file;
    std::optional<WorkingCalendar> calendar;
    QString calendarStamp;
    QHash<QString, ServiceStandard> standards;

    explicit Impl(OfficeFile &f) : file(f) {}

    const WorkingCalendar &cal()
    {
        Statement st = file.connection().prepare(
            S("SELECT COUNT(*) || '/' || COALESCE(SUM(row_version), 0) || '/' || COALESCE(MAX(updated_at), '') FROM office_closure"));
        st.step();
        const QString stamp = st.text(0);
        if (stamp != calendarStamp)
            calendar.reset();
        calendarStamp = stamp;
        if (!calendar) {
            auto c = ClosureRepository(file).calendar();
            if (!c)
                throw SqlError(c.error());
            calendar = std::move(c.value());
        }
        return *calendar;
    }

    const ServiceStandard *standardOf(const QString &typeCode)
    {
        if (standards.isEmpty())
            standards = readStandards(file.connection());
        CaseType t;
        if (!caseTypeFromCode(typeCode, &t))
            return nullptr;
        const auto it = standards.constFind(QString::fromLatin1(caseTypeInfo(t).standardKey));
        return it == standards.constEnd() ? nullptr : &it.value();
    }

    // The filters (without the search) as SQL terms over case_record c.
    static QStringList filterTerms(const CaseFilter &f, QVariantList &binds)
    {
        QStringList terms{S("c.deleted_at IS NULL")};
        const auto add = [&](const QString &sqlWithMark, const QVariant &v) {
            binds << v;
            QString t = sqlWithMark;
            terms << t.replace(S("?"), S("?%1").arg(binds.size()));
        };
        if (!f.ccgCode.isEmpty())
            add(S("c.ccg_code = ?"), f.ccgCode.toUpper());
        if (!f.practiceOds.isEmpty())
            add(S("c.practice_ods = ?"), f.practiceOds.toUpper());
        if (!f.typeCode.isEmpty())
            add(S("c.type = ?"), f.typeCode);
        if (!f.owner.isEmpty())
            add(S("c.owner = ?"), f.owner);
        if (!f.officer.isEmpty())
            add(S("c.officer = ?"), f.officer);
        if (!f.status.isEmpty())
            add(S("c.status = ?"), f.status);
        if (f.openOnly)
            terms << S("c.closed_on IS NULL");
        if (f.receivedFrom.isValid())
            add(S("c.received_on >= ?"), f.receivedFrom.toString(Qt::ISODate));
        if (f.receivedTo.isValid())
            add(S("c.received_on <= ?"), f.receivedTo.toString(Qt::ISODate));
        const QString asOf = (f.asOf.isValid() ? f.asOf : QDate::currentDate()).toString(Qt::ISODate);
        if (f.overdueOnly) {
            binds << asOf;
            const QString m = S("?%1").arg(binds.size());
            terms << S("(c.closed_on IS NULL AND c.paused = 0 AND ((c.ack_met_on IS NULL AND c.ack_due < %1) "
                       "OR (c.response_met_on IS NULL AND c.response_due < %1)))").arg(m);
        }
        if (f.awaitingAcknowledgement)
            terms << S("(c.closed_on IS NULL AND c.ack_met_on IS NULL AND (c.ack_due IS NOT NULL OR c.paused = 1))");
        if (f.dueBy.isValid() || f.dueFrom.isValid()) {
            QStringList ack{S("c.ack_met_on IS NULL")}, response{S("c.response_met_on IS NULL")};
            if (f.dueFrom.isValid()) {
                binds << f.dueFrom.toString(Qt::ISODate);
                ack << S("c.ack_due >= ?%1").arg(binds.size());
                response << S("c.response_due >= ?%1").arg(binds.size());
            }
            if (f.dueBy.isValid()) {
                binds << f.dueBy.toString(Qt::ISODate);
                ack << S("c.ack_due <= ?%1").arg(binds.size());
                response << S("c.response_due <= ?%1").arg(binds.size());
            }
            terms << S("(c.closed_on IS NULL AND c.paused = 0 AND ((%1) OR (%2)))")
                         .arg(ack.join(S(" AND ")), response.join(S(" AND ")));
        }
        return terms;
    }

    static bool hasFilters(const CaseFilter &f)
    {
        return !f.ccgCode.isEmpty() || !f.practiceOds.isEmpty() || !f.typeCode.isEmpty() || !f.owner.isEmpty()
            || !f.officer.isEmpty() || !f.status.isEmpty() || f.openOnly || f.overdueOnly || f.awaitingAcknowledgement
            || f.dueBy.isValid() || f.dueFrom.isValid() || f.receivedFrom.isValid() || f.receivedTo.isValid();
    }

    // True when at most kFewCandidates cases pass the filters (a bounded probe).
    bool fewCandidates(const CaseFilter &f)
    {
        if (!hasFilters(f))
            return false;
        QVariantList binds;
        const QString where = filterTerms(f, binds).join(S(" AND "));
        Statement st = file.connection().prepare(
            S("SELECT COUNT(*) FROM (SELECT 1 FROM case_record c WHERE %1 LIMIT %2)").arg(where).arg(kFewCandidates + 1));
        for (int i = 0; i < binds.size(); ++i)
            st.bind(i + 1, binds[i]);
        st.step();
        return st.integer(0) <= kFewCandidates;
    }

    struct Query {
        QString where;
        QVariantList binds;
        Plan plan = Plan::Filters;
        bool nothing = false;   // only punctuation typed
    };

    Query makeQuery(const CaseFilter &f)
    {
        Query q;
        QStringList terms = filterTerms(f, q.binds);
        bool searchable = false;
        const QString match = caseTypeAheadExpression(f.search, &searchable);
        if (!searchable && !f.search.trimmed().isEmpty()) {
            q.nothing = true;
            terms << S("0");
        } else if (!match.isEmpty()) {
            q.binds << match;
            const QString m = S("?%1").arg(q.binds.size());
            if (fewCandidates(f)) {
                q.plan = Plan::FilterFirst;
                // The unary + keeps SQLite from driving the query from the match set.
                terms << S("+c.rowid IN (SELECT rowid FROM case_fts WHERE case_fts MATCH %1)").arg(m);
            } else {
                q.plan = Plan::SearchIndex;
                terms << S("case_fts MATCH %1").arg(m);
            }
        }
        q.where = terms.join(S(" AND "));
        return q;
    }

    static QString from(Plan how, bool withPractice)
    {
        // case_id guards against rowids renumbered by a VACUUM (rebuildCaseSearch fixes those).
        QString sql = how == Plan::SearchIndex
            ? S(" FROM case_fts JOIN case_record c ON c.rowid = case_fts.rowid AND c.id = case_fts.case_id")
            : S(" FROM case_record c");
        if (withPractice)
            sql += S(" LEFT JOIN practice p ON p.ods_code = c.practice_ods AND p.deleted_at IS NULL");
        return sql;
    }

    static QString order(const CaseFilter &f, Plan how)
    {
        const QString dir = f.sortDescending ? S(" DESC") : QString();
        const QString nextDue = S("COALESCE(CASE WHEN c.ack_met_on IS NULL AND c.closed_on IS NULL THEN c.ack_due END, "
                                  "CASE WHEN c.response_met_on IS NULL AND c.closed_on IS NULL THEN c.response_due END, '9999-12-31')");
        using C = CaseFilter::Column;
        switch (f.sortColumn) {
        case C::None:
            break;
        case C::Reference:
            return S("c.ref%1").arg(dir);
        case C::Received:
            return S("c.received_on%1, c.ref%1").arg(dir);
        case C::Ccg:
            return S("c.ccg_code%1, c.received_on DESC, c.ref DESC").arg(dir);
        case C::Practice:
            return S("COALESCE(p.name, '')%1, c.received_on DESC, c.ref DESC").arg(dir);
        case C::Type:
            return S("c.type%1, c.received_on DESC, c.ref DESC").arg(dir);
        case C::Title:
            return S("c.title COLLATE NOCASE%1, c.ref DESC").arg(dir);
        case C::Officer:
            return S("c.officer COLLATE NOCASE%1, c.received_on DESC, c.ref DESC").arg(dir);
        case C::Owner:
            return S("c.owner%1, c.received_on DESC, c.ref DESC").arg(dir);
        case C::Status:
            return S("c.status%1, c.received_on DESC, c.ref DESC").arg(dir);
        case C::AcknowledgeDue:
            return S("COALESCE(c.ack_due, '9999-12-31')%1, c.ref").arg(dir);
        case C::ResponseDue:
            return S("COALESCE(c.response_due, '9999-12-31')%1, c.ref").arg(dir);
        case C::NextDue:
            return S("%1%2, c.ref").arg(nextDue, dir);
        }
        switch (f.sort) {
        case CaseFilter::Sort::ReceivedNewest:
            // Cases are entered in the order they arrive, so while searching
            // the entry order stands in for received order (and needs no sort).
            return how == Plan::SearchIndex ? S("case_fts.rowid DESC")
                 : how == Plan::FilterFirst ? S("c.rowid DESC")
                                             : S("c.received_on DESC, c.ref DESC");
        case CaseFilter::Sort::ReceivedOldest:
            return S("c.received_on, c.ref");
        case CaseFilter::Sort::Reference:
            return S("c.ref");
        case CaseFilter::Sort::NextDue:
            return S("%1, c.ref").arg(nextDue);
        }
        return S("c.received_on DESC, c.ref DESC");
    }

    QString listSql(const CaseFilter &f, Query &q)
    {
        q = makeQuery(f);
        QString sql = S("SELECT %1%2 WHERE %3 ORDER BY %4")
                          .arg(QLatin1String(kRowColumns), from(q.plan, true), q.where, order(f, q.plan));
        if (f.limit > 0)
            sql += S(" LIMIT %1 OFFSET %2").arg(f.limit).arg(std::max(0, f.offset));
        return sql;
    }
};

CaseListQuery::CaseListQuery(OfficeFile &file) : d(std::make_unique<Impl>(file)) {}
CaseListQuery::~CaseListQuery() = default;

QString CaseListQuery::listSql(const CaseFilter &filter)
{
    try {
        Impl::Query q;
        return d->listSql(filter, q);
    } catch (const SqlError &) {
        return {};
    }
}

Result<QVector<CaseRow>> CaseListQuery::list(const CaseFilter &f)
{
    return guarded([&]() -> Result<QVector<CaseRow>> {
        Impl::Query q;
        const QString sql = d->listSql(f, q);
        QVector<CaseRow> out;
        if (q.nothing)
            return out;
        Statement st = d->file.connection().prepare(sql);
        for (int i = 0; i < q.binds.size(); ++i)
            st.bind(i + 1, q.binds[i]);
        const QDate asOf = f.asOf.isValid() ? f.asOf : QDate::currentDate();
        const WorkingCalendar &cal = d->cal();
        while (st.step()) {
            CaseRow r;
            readRow(st, r);
            const ServiceStandard *s = d->standardOf(r.typeCode);
            r.acknowledgeState = stateFromStored(r.acknowledgeDue, r.acknowledgedOn, r.paused, r.closedOn, asOf, cal,
                                                 s && s->acknowledgeWorkingDays > 0);
            r.responseState = stateFromStored(r.responseDue, r.respondedOn, r.paused, r.closedOn, asOf, cal,
                                              s && s->responseWorkingDays > 0);
            out.append(r);
        }
        return out;
    });
}

Result<int> CaseListQuery::count(const CaseFilter &f)
{
    return guarded([&]() -> Result<int> {
        const Impl::Query q = d->makeQuery(f);
        if (q.nothing)
            return 0;
        Statement st = d->file.connection().prepare(S("SELECT COUNT(*)%1 WHERE %2").arg(Impl::from(q.plan, false), q.where));
        for (int i = 0; i < q.binds.size(); ++i)
            st.bind(i + 1, q.binds[i]);
        st.step();
        return st.integer(0);
    });
}

Result<QStringList> CaseListQuery::officers()
{
    return guarded([&]() -> Result<QStringList> {
        Statement st = d->file.connection().prepare(
            S("SELECT DISTINCT officer FROM case_record WHERE deleted_at IS NULL AND officer <> '' ORDER BY officer"));
        QStringList out;
        while (st.step())
            out << st.text(0);
        return out;
    });
}

#undef S

} // namespace hub::db
