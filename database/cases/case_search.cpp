#include "database/cases/case_search.h"
#include "database/cases/case_row_reader.h"
#include "database/cases/office_calendar_cache.h"

#include "database/cases/case_context.h"
#include "database/cases/closure_repository.h"
#include "database/office_file.h"
#include "database/sqlite/connection.h"
#include "database/sqlite/sql_error.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

// Words as the unicode61 tokenizer sees them: letters and digits.
QStringList searchWords(const QString &typed)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
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

// The MATCH expression for a filter's search: as typed in the GUI's search
// box, or whole (the CLI). *searchable: the text has any word at all.
static QString searchExpression(const CaseFilter &f, bool *searchable = nullptr)
{
    if (f.searchAsTyped)
        return caseTypeAheadExpression(f.search, searchable);
    const QString match = caseSearchExpression(f.search);
    if (searchable)
        *searchable = !match.isEmpty();
    return match;
}

void rebuildCaseSearch(const Connection &connection)
{
    connection.execScript(
        QStringLiteral("DELETE FROM case_fts;"
                       "INSERT INTO case_fts(rowid, case_id, ref, title, body) "
                       "  SELECT c.rowid, c.id, c.ref, c.title, c.description || ' ' || COALESCE((SELECT "
                       "group_concat(e.note || ' ' || e.detail, ' ') "
                       "    FROM case_event e WHERE e.case_id = c.id AND e.deleted_at IS NULL), '') FROM case_record c;"
                       "INSERT INTO case_fts(case_fts) VALUES ('optimize');"));
}

QStringList caseFilterTerms(const CaseFilter &f, QVariantList &binds)
{
    QStringList terms { u"c.deleted_at IS NULL"_s };
    const auto add = [&](const QString &sqlWithMark, const QVariant &v) {
        binds << v;
        QString t = sqlWithMark;
        terms << t.replace(u"?"_s, u"?%1"_s.arg(binds.size()));
    };
    if (!f.ccgCode.isEmpty())
        add(u"c.ccg_code = ?"_s, f.ccgCode.toUpper());
    if (!f.practiceOds.isEmpty())
        add(u"c.practice_ods = ?"_s, f.practiceOds.toUpper());
    if (!f.typeCode.isEmpty())
        add(u"c.type = ?"_s, f.typeCode);
    if (!f.owner.isEmpty())
        add(u"c.owner = ?"_s, f.owner);
    if (!f.officer.isEmpty())
        add(u"c.officer = ?"_s, f.officer);
    if (!f.status.isEmpty())
        add(u"c.status = ?"_s, f.status);
    if (!f.ids.isEmpty()) {
        QStringList marks;
        for (const QString &id : f.ids) {
            binds << id;
            marks << u"?%1"_s.arg(binds.size());
        }
        terms << u"c.id IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (f.openOnly)
        terms << u"c.closed_on IS NULL"_s;
    if (f.receivedFrom.isValid())
        add(u"c.received_on >= ?"_s, f.receivedFrom.toString(Qt::ISODate));
    if (f.receivedTo.isValid())
        add(u"c.received_on <= ?"_s, f.receivedTo.toString(Qt::ISODate));
    const QString asOf = (f.asOf.isValid() ? f.asOf : QDate::currentDate()).toString(Qt::ISODate);
    if (f.overdueOnly) {
        binds << asOf;
        const QString m = u"?%1"_s.arg(binds.size());
        terms << u"(c.closed_on IS NULL AND c.paused = 0 AND ((c.ack_met_on IS NULL AND c.ack_due < %1) "
                 "OR (c.response_met_on IS NULL AND c.response_due < %1)))"_s.arg(m);
    }
    if (f.awaitingAcknowledgement)
        terms << u"(c.closed_on IS NULL AND c.ack_met_on IS NULL AND (c.ack_due IS NOT NULL OR c.paused = 1))"_s;
    if (f.informationDueBy.isValid()) {
        // Standard 2: information promised in the acknowledgement, not yet answered.
        binds << f.informationDueBy.toString(Qt::ISODate);
        terms << u"(c.closed_on IS NULL AND c.response_met_on IS NULL AND c.available_by IS NOT NULL "
                 "AND c.available_by <= ?%1)"_s.arg(binds.size());
    }
    if (f.dueBy.isValid() || f.dueFrom.isValid()) {
        QStringList ack { u"c.ack_met_on IS NULL"_s }, response { u"c.response_met_on IS NULL"_s };
        if (f.dueFrom.isValid()) {
            binds << f.dueFrom.toString(Qt::ISODate);
            ack << u"c.ack_due >= ?%1"_s.arg(binds.size());
            response << u"c.response_due >= ?%1"_s.arg(binds.size());
        }
        if (f.dueBy.isValid()) {
            binds << f.dueBy.toString(Qt::ISODate);
            ack << u"c.ack_due <= ?%1"_s.arg(binds.size());
            response << u"c.response_due <= ?%1"_s.arg(binds.size());
        }
        terms << u"(c.closed_on IS NULL AND c.paused = 0 AND ((%1) OR (%2)))"_s.arg(
            ack.join(u" AND "_s), response.join(u" AND "_s));
    }
    return terms;
}

// ---------------------------------------------------------------------------

namespace
{

// How a query finds its rows.
enum class Plan {
    Filters, // no search: the filters' indexes (or a scan) and the sort
    SearchIndex, // walk the full-text matches newest first, check the filters, stop at the page
    FilterFirst, // searching with filters: the cases passing the filters (kept until the file
                 // changes) intersected with the index's matches, then read by rowid
};

// Up to this many cases passing the filters, a search intersects them with
// the index's matches (reading a match costs about 0.05 µs, a case row
// several µs) instead of walking the matches through case_record.
constexpr int kMaxCandidates = 50000;
// Up to this many results, any sort reads them by rowid; beyond it a sort
// other than newest first walks the matches instead.
constexpr int kMaxSortedByRowid = 5000;

} // namespace

struct CaseListQuery::Impl {
    OfficeFile &file;
    OfficeCalendarCache calendar;
    QHash<QString, ServiceStandard> standards;

    explicit Impl(OfficeFile &f)
        : file(f)
        , calendar(f)
    {
    }

    // The calendar with this office's closures (see OfficeCalendarCache).
    const WorkingCalendar &cal() { return calendar.get(); }

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

    static bool hasFilters(const CaseFilter &f)
    {
        return !f.ccgCode.isEmpty() || !f.practiceOds.isEmpty() || !f.typeCode.isEmpty() || !f.owner.isEmpty()
            || !f.officer.isEmpty() || !f.status.isEmpty() || f.openOnly || f.overdueOnly || f.awaitingAcknowledgement
            || f.dueBy.isValid() || f.dueFrom.isValid() || f.receivedFrom.isValid() || f.receivedTo.isValid()
            || f.informationDueBy.isValid();
    }

    static QString keyOf(const QString &sql, const QVariantList &binds)
    {
        QString key = sql;
        for (const QVariant &b : binds)
            key += QLatin1Char('\x1f') + b.toString();
        return key;
    }

    // The rowids (ascending) of the cases passing the filters, when there are
    // at most kMaxCandidates; kept until the file changes.
    QHash<QString, std::optional<QVector<qint64>>> candidateCache;

    const std::optional<QVector<qint64>> &candidatesOf(const CaseFilter &f)
    {
        QVariantList binds;
        const QString where = caseFilterTerms(f, binds).join(u" AND "_s);
        const QString key = keyOf(where, binds);
        auto it = candidateCache.find(key);
        if (it != candidateCache.end())
            return *it;
        Statement st = file.connection().prepare(
            u"SELECT c.rowid FROM case_record c WHERE %1 LIMIT %2"_s.arg(where).arg(kMaxCandidates + 1));
        for (int i = 0; i < binds.size(); ++i)
            st.bind(i + 1, binds[i]);
        QVector<qint64> ids;
        while (st.step())
            ids << st.int64(0);
        std::optional<QVector<qint64>> result;
        if (ids.size() <= kMaxCandidates) {
            std::sort(ids.begin(), ids.end());
            result = std::move(ids);
        }
        if (candidateCache.size() > 50)
            candidateCache.clear();
        return *candidateCache.insert(key, std::move(result));
    }

    // The last intersection (list, count and fetchMore ask for the same one).
    QString lastMatchKey;
    QVector<qint64> lastMatched;

    // Rowids (newest first) of the candidates the index matches.
    const QVector<qint64> &matchedOf(
        const QString &candidateKey, const QVector<qint64> &candidates, const QString &match)
    {
        const QString key = candidateKey + QLatin1Char('\x1e') + match;
        if (key == lastMatchKey)
            return lastMatched;
        lastMatched.clear();
        if (!candidates.isEmpty()) {
            // One pass over the matches between the first and last candidate, merged in rowid order.
            Statement st = file.connection().prepare(
                u"SELECT rowid FROM case_fts WHERE case_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid"_s);
            st.bind(1, match).bind(2, std::int64_t(candidates.first())).bind(3, std::int64_t(candidates.last()));
            int i = 0;
            while (i < candidates.size() && st.step()) {
                const qint64 id = st.int64(0);
                while (i < candidates.size() && candidates[i] < id)
                    ++i;
                if (i < candidates.size() && candidates[i] == id)
                    lastMatched << id;
            }
            std::reverse(lastMatched.begin(), lastMatched.end());
        }
        lastMatchKey = key;
        return lastMatched;
    }

    static QString idList(const qint64 *ids, qsizetype n)
    {
        QString out;
        out.reserve(int(n) * 7);
        for (qsizetype i = 0; i < n; ++i) {
            if (i)
                out += QLatin1Char(',');
            out += QString::number(ids[i]);
        }
        return out;
    }

    struct Query {
        QString where;
        QVariantList binds;
        Plan plan = Plan::Filters;
        bool nothing = false; // only punctuation typed
        QString match; // the MATCH expression, empty when not searching
        bool filtered = false; // filters besides the search
        const QVector<qint64> *matched = nullptr; // FilterFirst: the answer's rowids, newest first
    };

    Query makeQuery(const CaseFilter &f)
    {
        checkStamp();
        Query q;
        QStringList terms = caseFilterTerms(f, q.binds);
        bool searchable = false;
        const QString match = searchExpression(f, &searchable);
        if (!searchable && !f.search.trimmed().isEmpty()) {
            q.nothing = true;
            terms << u"0"_s;
        } else if (!match.isEmpty()) {
            q.binds << match;
            const QString m = u"?%1"_s.arg(q.binds.size());
            const std::optional<QVector<qint64>> *candidates = hasFilters(f) ? &candidatesOf(f) : nullptr;
            if (candidates && candidates->has_value()) {
                q.plan = Plan::FilterFirst;
                q.binds.removeLast();
                QVariantList filterBinds;
                const QString candidateKey = keyOf(caseFilterTerms(f, filterBinds).join(u" AND "_s), filterBinds);
                q.matched = &matchedOf(candidateKey, **candidates, match);
                q.match = match;
                q.filtered = true;
                q.binds.clear(); // the rows themselves are read by rowid (listSql, count)
                return q;
            } else {
                q.plan = Plan::SearchIndex;
                terms << u"case_fts MATCH %1"_s.arg(m);
            }
        }
        q.where = terms.join(u" AND "_s);
        q.match = match;
        q.filtered = hasFilters(f);
        return q;
    }

    // Something changed in the file since `stamp` (this connection's writes or another's).
    QString changeStamp() const
    {
        return file.connection()
            .scalar(u"SELECT (SELECT data_version FROM pragma_data_version()) || '/' || total_changes()"_s)
            .toString();
    }

    // Counts that do not depend on what is typed, kept until the file changes.
    QHash<QString, int> counts;
    QString countsStamp;
    std::optional<QVector<qint64>> deletedRowids;

    void checkStamp()
    {
        const QString stamp = changeStamp();
        if (stamp == countsStamp)
            return;
        countsStamp = stamp;
        counts.clear();
        candidateCache.clear();
        lastMatchKey.clear();
        lastMatched.clear();
        deletedRowids.reset();
    }

    // Removed cases (read once per change of the file, when a search alone is counted).
    const QVector<qint64> &deleted()
    {
        if (!deletedRowids) {
            QVector<qint64> ids;
            Statement st = file.connection().prepare(u"SELECT rowid FROM case_record WHERE deleted_at IS NOT NULL"_s);
            while (st.step())
                ids << st.int64(0);
            deletedRowids = std::move(ids);
        }
        return *deletedRowids;
    }

    int countOf(const QString &sql, const QVariantList &binds)
    {
        Statement st = file.connection().prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            st.bind(i + 1, binds[i]);
        st.step();
        return st.integer(0);
    }

    int count(const CaseFilter &f, int cap)
    {
        const Query q = makeQuery(f);
        if (q.nothing)
            return 0;
        if (q.plan == Plan::FilterFirst)
            return int(q.matched->size());
        if (q.plan == Plan::Filters) {
            // The same filter is counted again on every keystroke of a search started and cleared.
            const QString key = keyOf(q.where, q.binds);
            const auto it = counts.constFind(key);
            if (it != counts.constEnd())
                return *it;
            const int n = countOf(u"SELECT COUNT(*) FROM case_record c WHERE %1"_s.arg(q.where), q.binds);
            counts.insert(key, n);
            return n;
        }
        if (q.plan == Plan::SearchIndex && !q.filtered) {
            // The index counts its own matches quickly; removed cases stay in it, so take theirs off.
            int n = countOf(u"SELECT COUNT(*) FROM case_fts WHERE case_fts MATCH ?1"_s, { q.match });
            for (const qint64 rowid : deleted())
                n -= countOf(
                    u"SELECT COUNT(*) FROM case_fts WHERE case_fts MATCH ?1 AND rowid = ?2"_s, { q.match, rowid });
            return n;
        }
        if (q.plan == Plan::SearchIndex && cap > 0) {
            // Matches checked against filters that keep many cases: stop past `cap`.
            return countOf(
                u"SELECT COUNT(*) FROM (SELECT 1%1 WHERE %2 LIMIT %3)"_s.arg(from(q.plan, false), q.where).arg(cap + 1),
                q.binds);
        }
        return countOf(u"SELECT COUNT(*)%1 WHERE %2"_s.arg(from(q.plan, false), q.where), q.binds);
    }

    static QString from(Plan how, bool withPractice)
    {
        // case_id guards against rowids renumbered by a VACUUM (rebuildCaseSearch fixes those).
        QString sql = how == Plan::SearchIndex
            ? u" FROM case_fts JOIN case_record c ON c.rowid = case_fts.rowid AND c.id = case_fts.case_id"_s
            : u" FROM case_record c"_s;
        if (withPractice)
            sql += u" LEFT JOIN practice p ON p.ods_code = c.practice_ods AND p.deleted_at IS NULL"_s;
        return sql;
    }

    static QString order(const CaseFilter &f, Plan how)
    {
        const QString dir = f.sortDescending ? u" DESC"_s : QString();
        const QString nextDue
            = u"COALESCE(CASE WHEN c.ack_met_on IS NULL AND c.closed_on IS NULL THEN c.ack_due END, "
              "CASE WHEN c.response_met_on IS NULL AND c.closed_on IS NULL THEN c.response_due END, '9999-12-31')"_s;
        using C = CaseFilter::Column;
        switch (f.sortColumn) {
        case C::None:
            break;
        case C::Reference:
            return u"c.ref%1"_s.arg(dir);
        case C::Received:
            return u"c.received_on%1, c.ref%1"_s.arg(dir);
        case C::Ccg:
            return u"c.ccg_code%1, c.received_on DESC, c.ref DESC"_s.arg(dir);
        case C::Practice:
            return u"COALESCE(p.name, '')%1, c.received_on DESC, c.ref DESC"_s.arg(dir);
        case C::Type:
            return u"c.type%1, c.received_on DESC, c.ref DESC"_s.arg(dir);
        case C::Title:
            return u"c.title COLLATE NOCASE%1, c.ref DESC"_s.arg(dir);
        case C::Officer:
            return u"c.officer COLLATE NOCASE%1, c.received_on DESC, c.ref DESC"_s.arg(dir);
        case C::Owner:
            return u"c.owner%1, c.received_on DESC, c.ref DESC"_s.arg(dir);
        case C::Status:
            return u"c.status%1, c.received_on DESC, c.ref DESC"_s.arg(dir);
        case C::AcknowledgeDue:
            return u"COALESCE(c.ack_due, '9999-12-31')%1, c.ref"_s.arg(dir);
        case C::ResponseDue:
            return u"COALESCE(c.response_due, '9999-12-31')%1, c.ref"_s.arg(dir);
        case C::NextDue:
            return u"%1%2, c.ref"_s.arg(nextDue, dir);
        }
        switch (f.sort) {
        case CaseFilter::Sort::ReceivedNewest:
            // Cases are entered in the order they arrive, so while searching
            // the entry order stands in for received order (and needs no sort).
            return how == Plan::SearchIndex ? u"case_fts.rowid DESC"_s
                : how == Plan::FilterFirst  ? u"c.rowid DESC"_s
                                            : u"c.received_on DESC, c.ref DESC"_s;
        case CaseFilter::Sort::ReceivedOldest:
            return u"c.received_on, c.ref"_s;
        case CaseFilter::Sort::Reference:
            return u"c.ref"_s;
        case CaseFilter::Sort::NextDue:
            return u"%1, c.ref"_s.arg(nextDue);
        }
        return u"c.received_on DESC, c.ref DESC"_s;
    }

    QString listSql(const CaseFilter &f, Query &q)
    {
        q = makeQuery(f);
        if (q.plan == Plan::FilterFirst) {
            const QVector<qint64> &ids = *q.matched;
            const bool newestFirst
                = f.sortColumn == CaseFilter::Column::None && f.sort == CaseFilter::Sort::ReceivedNewest;
            if (newestFirst && f.limit > 0) {
                // The page is a slice of the answer.
                const qsizetype first = std::min<qsizetype>(std::max(0, f.offset), ids.size());
                const qsizetype n = std::min<qsizetype>(f.limit, ids.size() - first);
                return u"SELECT %1%2 WHERE c.rowid IN (%3) ORDER BY c.rowid DESC"_s.arg(
                    caseRowColumns(), from(Plan::Filters, true), idList(ids.constData() + first, n));
            }
            if (ids.size() <= kMaxSortedByRowid) {
                QString sql = u"SELECT %1%2 WHERE c.rowid IN (%3) ORDER BY %4"_s.arg(
                    caseRowColumns(), from(Plan::Filters, true), idList(ids.constData(), ids.size()), order(f, q.plan));
                if (f.limit > 0)
                    sql += u" LIMIT %1 OFFSET %2"_s.arg(f.limit).arg(std::max(0, f.offset));
                return sql;
            }
            // Many results sorted by another column: walk the matches instead.
            CaseFilter walk = f;
            q = Query();
            q.binds.clear();
            QStringList terms = caseFilterTerms(walk, q.binds);
            q.binds << searchExpression(walk);
            terms << u"case_fts MATCH ?%1"_s.arg(q.binds.size());
            q.where = terms.join(u" AND "_s);
            q.plan = Plan::SearchIndex;
        }
        QString sql = u"SELECT %1%2 WHERE %3 ORDER BY %4"_s.arg(
            caseRowColumns(), from(q.plan, true), q.where, order(f, q.plan));
        if (f.limit > 0)
            sql += u" LIMIT %1 OFFSET %2"_s.arg(f.limit).arg(std::max(0, f.offset));
        return sql;
    }
};

CaseListQuery::CaseListQuery(OfficeFile &file)
    : d(std::make_unique<Impl>(file))
{
}
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
            readCaseRow(st, r);
            deriveClockStates(r, d->standardOf(r.typeCode), asOf, cal);
            out.append(r);
        }
        return out;
    });
}

Result<int> CaseListQuery::count(const CaseFilter &f, int cap)
{
    return guarded([&]() -> Result<int> { return d->count(f, cap); });
}

Result<WorkingCalendar> CaseListQuery::calendar()
{
    return guarded([&]() -> Result<WorkingCalendar> { return d->cal(); });
}

Result<QStringList> CaseListQuery::officers()
{
    return guarded([&]() -> Result<QStringList> {
        Statement st = d->file.connection().prepare(
            u"SELECT DISTINCT officer FROM case_record WHERE deleted_at IS NULL AND officer <> '' ORDER BY officer"_s);
        QStringList out;
        while (st.step())
            out << st.text(0);
        return out;
    });
}

} // namespace hub::db
