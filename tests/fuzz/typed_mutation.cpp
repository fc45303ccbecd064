#include "typed_mutation.h"

#include "database/records/field_rules.h"
#include "database/sqlite/sqlite_api.h"
#include "database/sync/bundle_format.h"

namespace hubfuzz
{

using hub::db::Field;
using hub::db::Row;

Field textField(const QByteArray &utf8)
{
    Field f;
    f.type = Field::Text;
    f.bytes = utf8;
    return f;
}

Field integerField(std::int64_t v)
{
    Field f;
    f.type = Field::Integer;
    f.integer = v;
    return f;
}

namespace
{

Field nullField()
{
    Field f;
    f.type = Field::Null;
    return f;
}

Field realField(double v)
{
    Field f;
    f.type = Field::Real;
    f.real = v;
    return f;
}

// Values a bug, a newer version or a hand edit might put in a field.
QVector<QPair<Field, QString>> candidates(const hub::db::ColumnRule *rule, const Field &current)
{
    using K = hub::db::ValueKind;
    QVector<QPair<Field, QString>> v;
    const QByteArray cur = current.type == Field::Text ? current.bytes : QByteArray("2026-11-30");
    // For every column: NULL, the wrong type, broken UTF-8, a control character.
    v.append({ nullField(), QStringLiteral("NULL") });
    v.append({ realField(1.5), QStringLiteral("1.5") });
    QByteArray broken = cur;
    broken.insert(broken.size() / 2, "\xff\xfe");
    v.append({ textField(broken), QStringLiteral("invalid UTF-8") });
    QByteArray cut = cur + "\xe2\x82";
    v.append({ textField(cut), QStringLiteral("truncated UTF-8 sequence") });
    v.append({ textField(cur + QByteArray("\0x", 2)), QStringLiteral("NUL byte") });
    v.append({ textField(QByteArray(300000, 'x')), QStringLiteral("300,000 characters") });
    const K kind = rule ? rule->kind : K::Text;
    switch (kind) {
    case K::Date:
    case K::Timestamp: {
        QByteArray replaced = cur;
        if (replaced.size() > 1)
            replaced.replace(1, 1, "\xef\xbf\xbd"); // "2�26-11-30", as in issue 8
        v.append({ textField(replaced), QStringLiteral("replacement character in a date") });
        v.append({ textField("2026-02-30"), QStringLiteral("30 February") });
        v.append({ textField("30/11/2026"), QStringLiteral("en-GB date") });
        v.append({ textField("2026-11-30T25:00:00.000Z"), QStringLiteral("hour 25") });
        v.append({ integerField(20261130), QStringLiteral("integer date") });
        v.append({ textField(""), QStringLiteral("empty date") });
        break;
    }
    case K::Enum:
        v.append({ textField("future-kind"), QStringLiteral("unknown code") });
        v.append({ textField(cur.toUpper()), QStringLiteral("upper-cased code") });
        v.append({ textField(cur + " "), QStringLiteral("code with a space") });
        break;
    case K::Integer:
    case K::Bool:
        v.append({ integerField(-1), QStringLiteral("-1") });
        v.append({ integerField(std::numeric_limits<std::int64_t>::max()), QStringLiteral("INT64_MAX") });
        v.append({ integerField(std::numeric_limits<std::int64_t>::min()), QStringLiteral("INT64_MIN") });
        v.append({ integerField(2), QStringLiteral("2") });
        v.append({ textField("abc"), QStringLiteral("text in a number") });
        break;
    case K::Uuid:
        v.append({ textField("01900000-0000-7000-8000-000000000000"), QStringLiteral("id of no row") });
        v.append({ textField("not-an-id"), QStringLiteral("malformed id") });
        break;
    case K::Rev:
        v.append({ textField("9999999999999.99999@"), QStringLiteral("stamp without office") });
        v.append({ textField("later"), QStringLiteral("malformed stamp") });
        break;
    default:
        v.append({ textField(""), QStringLiteral("blank") });
        v.append({ textField("line\nbreak"), QStringLiteral("line break") });
        break;
    }
    if (rule && !rule->refTable.isEmpty())
        v.append({ textField(rule->kind == K::Uuid ? "01900000-0000-7000-8000-0000000000ff" : "XII.99"),
            QStringLiteral("reference to nothing") });
    return v;
}

QString shown(const Field &f)
{
    switch (f.type) {
    case Field::Null:
        return QStringLiteral("NULL");
    case Field::Integer:
        return QString::number(f.integer);
    case Field::Real:
        return QString::number(f.real);
    case Field::Blob:
        return QStringLiteral("blob");
    default:
        return QStringLiteral("'%1'").arg(QString::fromUtf8(f.bytes.left(40)));
    }
}

} // namespace

bool decodeChangeset(const QByteArray &changeset, QVector<Change> *out)
{
    sqlite3_changeset_iter *raw = nullptr;
    if (sqlite3changeset_start(&raw, static_cast<int>(changeset.size()), const_cast<char *>(changeset.constData()))
        != SQLITE_OK)
        return false;
    hub::db::ChangesetIter it(raw);
    int rc = SQLITE_OK;
    while ((rc = sqlite3changeset_next(it.get())) == SQLITE_ROW) {
        const char *table = nullptr;
        int nCol = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it.get(), &table, &nCol, &op, &indirect);
        unsigned char *pk = nullptr;
        int pkCols = 0;
        sqlite3changeset_pk(it.get(), &pk, &pkCols);
        Change c;
        c.table = QString::fromUtf8(table);
        c.pkFlags = QByteArray(reinterpret_cast<const char *>(pk), pkCols);
        c.op = op;
        for (int i = 0; i < nCol; ++i) {
            sqlite3_value *v = nullptr;
            if (op != SQLITE_INSERT) {
                sqlite3changeset_old(it.get(), i, &v);
                c.oldRow.append(Field::from(v));
            }
            v = nullptr;
            if (op != SQLITE_DELETE) {
                sqlite3changeset_new(it.get(), i, &v);
                c.newRow.append(Field::from(v));
            }
        }
        out->append(c);
    }
    return rc == SQLITE_DONE;
}

QByteArray encodeChangeset(const QVector<Change> &changes)
{
    hub::db::ChangesetWriter w;
    for (const Change &c : changes)
        w.add(c.table, c.pkFlags, c.op, c.op == SQLITE_INSERT ? nullptr : &c.oldRow,
            c.op == SQLITE_DELETE ? nullptr : &c.newRow);
    return w.data();
}

namespace
{

// Applies `edit` to the n-th (table filter) insert/update row; reseals.
QByteArray rewrite(const QByteArray &bundleBytes, const std::function<bool(Change &, int ordinal)> &edit)
{
    auto parsed = hub::db::BundleFormat::read(bundleBytes);
    if (!parsed)
        return {};
    hub::db::Bundle b = parsed.value();
    int ordinal = 0;
    for (hub::db::BundleEntry &e : b.entries) {
        QVector<Change> changes;
        if (!decodeChangeset(e.changeset, &changes))
            return {};
        for (Change &c : changes) {
            if (c.op == SQLITE_DELETE)
                continue;
            if (edit(c, ordinal++)) {
                e.changeset = encodeChangeset(changes);
                return hub::db::BundleFormat::write(b);
            }
        }
    }
    return {};
}

} // namespace

QByteArray withValue(const QByteArray &bundle, const ColumnsOf &columnsOf, const QString &table, const QString &column,
    const Field &value, int occurrence)
{
    const int col = int(columnsOf(table).indexOf(column));
    if (col < 0)
        return {};
    int seen = 0;
    return rewrite(bundle, [&](Change &c, int) {
        if (c.table != table || col >= c.newRow.size() || seen++ != occurrence)
            return false;
        // A key column of an update lives in the old image.
        Row &row = (c.op == SQLITE_UPDATE && col < c.pkFlags.size() && c.pkFlags.at(col)) ? c.oldRow : c.newRow;
        row[col] = value;
        return true;
    });
}

TypedMutation typedMutation(const QByteArray &bundle, const ColumnsOf &columnsOf, std::uint64_t choice)
{
    // Count the candidate rows first, so `choice` spreads over all of them.
    int rows = 0;
    (void)rewrite(bundle, [&](Change &, int) {
        ++rows;
        return false;
    });
    if (rows == 0)
        return {};
    const int target = int(choice % std::uint64_t(rows));
    choice /= std::uint64_t(rows);
    TypedMutation m;
    m.bundle = rewrite(bundle, [&](Change &c, int ordinal) {
        if (ordinal != target)
            return false;
        const QStringList cols = columnsOf(c.table);
        if (cols.isEmpty() || c.newRow.isEmpty())
            return false;
        const int col = int(choice % std::uint64_t(c.newRow.size()));
        choice /= std::uint64_t(c.newRow.size());
        const hub::db::TableRules *rules = hub::db::tableRules(c.table);
        const hub::db::ColumnRule *rule = rules && col < cols.size() ? rules->find(cols[col]) : nullptr;
        const bool key = c.op == SQLITE_UPDATE && col < c.pkFlags.size() && c.pkFlags.at(col);
        Row &row = key ? c.oldRow : c.newRow;
        const auto options = candidates(rule, row[col]);
        const auto &pick = options[int(choice % std::uint64_t(options.size()))];
        row[col] = pick.first;
        m.description
            = QStringLiteral("%1.%2 = %3 (%4)")
                  .arg(c.table, col < cols.size() ? cols[col] : QString::number(col), shown(pick.first), pick.second);
        return true;
    });
    return m;
}

} // namespace hubfuzz
