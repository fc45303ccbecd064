#include "database/sync/changeset_codec.h"

#include "database/sqlite/sqlite_api.h"

#include <QJsonObject>
#include <cmath>
#include <cstring>

namespace hub::db
{

namespace
{

Field fromParts(int type, std::int64_t i, double r, const void *p, int n)
{
    Field f;
    switch (type) {
    case SQLITE_INTEGER:
        f.type = Field::Integer;
        f.integer = i;
        break;
    case SQLITE_FLOAT:
        f.type = Field::Real;
        f.real = r;
        break;
    case SQLITE_TEXT:
        f.type = Field::Text;
        f.bytes = QByteArray(static_cast<const char *>(p), n);
        break;
    case SQLITE_BLOB:
        f.type = Field::Blob;
        f.bytes = p ? QByteArray(static_cast<const char *>(p), n) : QByteArray("");
        break;
    default:
        f.type = Field::Null;
        break;
    }
    return f;
}

} // namespace

Field Field::from(sqlite3_value *v)
{
    if (!v)
        return {};
    const int type = sqlite3_value_type(v);
    const void *p = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_value_text(v)) : sqlite3_value_blob(v);
    return fromParts(type, sqlite3_value_int64(v), sqlite3_value_double(v), p, sqlite3_value_bytes(v));
}

Field Field::fromColumn(sqlite3_stmt *stmt, int column)
{
    const int type = sqlite3_column_type(stmt, column);
    const void *p = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(stmt, column))
                                        : sqlite3_column_blob(stmt, column);
    return fromParts(type, sqlite3_column_int64(stmt, column), sqlite3_column_double(stmt, column), p,
        sqlite3_column_bytes(stmt, column));
}

void Field::bindTo(sqlite3_stmt *st, int index) const
{
    switch (type) {
    case Integer:
        sqlite3_bind_int64(st, index, integer);
        break;
    case Real:
        sqlite3_bind_double(st, index, real);
        break;
    case Text:
        sqlite3_bind_text64(
            st, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    case Blob:
        sqlite3_bind_blob64(st, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
        break;
    default:
        sqlite3_bind_null(st, index);
        break;
    }
}

void ChangesetIterDeleter::operator()(sqlite3_changeset_iter *it) const
{
    sqlite3changeset_finalize(it);
}

bool Field::operator==(const Field &o) const
{
    if (type != o.type)
        return false;
    switch (type) {
    case Integer:
        return integer == o.integer;
    case Real:
        return real == o.real || (std::isnan(real) && std::isnan(o.real));
    case Text:
    case Blob:
        return bytes == o.bytes;
    default:
        return true;
    }
}

QJsonValue Field::toJson() const
{
    switch (type) {
    case Integer:
        return static_cast<qint64>(integer);
    case Real:
        return real;
    case Text:
        return QString::fromUtf8(bytes);
    case Blob:
        return QJsonObject { { QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64()) } };
    case Null:
        return QJsonValue::Null;
    default:
        return QJsonValue::Undefined;
    }
}

Field Field::fromJson(const QJsonValue &v)
{
    Field f;
    if (v.isNull()) {
        f.type = Null;
    } else if (v.isString()) {
        f.type = Text;
        f.bytes = v.toString().toUtf8();
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 9.0e15) {
            f.type = Integer;
            f.integer = static_cast<std::int64_t>(d);
        } else {
            f.type = Real;
            f.real = d;
        }
    } else if (v.isObject()) {
        f.type = Blob;
        f.bytes = QByteArray::fromBase64(v.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    }
    return f;
}

void ChangesetWriter::putVarint(std::uint64_t v)
{
    // SQLite's varint: big-endian groups of 7 bits, high bit = more follows;
    // a 9th byte carries 8 bits. Lengths here never need the 9-byte form,
    // but it is written faithfully anyway.
    unsigned char buf[10];
    if (v & (std::uint64_t(0xff000000) << 32)) {
        unsigned char p[9];
        p[8] = static_cast<unsigned char>(v);
        v >>= 8;
        for (int i = 7; i >= 0; --i) {
            p[i] = static_cast<unsigned char>((v & 0x7f) | 0x80);
            v >>= 7;
        }
        m_out.append(reinterpret_cast<const char *>(p), 9);
        return;
    }
    int n = 0;
    do {
        buf[n++] = static_cast<unsigned char>((v & 0x7f) | 0x80);
        v >>= 7;
    } while (v != 0);
    buf[0] &= 0x7f;
    for (int j = n - 1; j >= 0; --j)
        m_out.append(static_cast<char>(buf[j]));
}

void ChangesetWriter::putField(const Field &f)
{
    m_out.append(static_cast<char>(f.type));
    switch (f.type) {
    case Field::Integer:
    case Field::Real: {
        std::uint64_t bits = 0;
        if (f.type == Field::Integer)
            bits = static_cast<std::uint64_t>(f.integer);
        else
            std::memcpy(&bits, &f.real, sizeof bits);
        for (int shift = 56; shift >= 0; shift -= 8)
            m_out.append(static_cast<char>((bits >> shift) & 0xff));
        break;
    }
    case Field::Text:
    case Field::Blob:
        putVarint(static_cast<std::uint64_t>(f.bytes.size()));
        m_out.append(f.bytes);
        break;
    default:
        break;
    }
}

void ChangesetWriter::add(const QString &table, const QByteArray &pkFlags, int op, const Row *oldRow, const Row *newRow)
{
    if (table != m_table || m_out.isEmpty()) {
        m_out.append('T');
        putVarint(static_cast<std::uint64_t>(pkFlags.size()));
        m_out.append(pkFlags);
        m_out.append(table.toUtf8());
        m_out.append('\0');
        m_table = table;
    }
    m_out.append(static_cast<char>(op));
    m_out.append('\0'); // not an indirect change
    if (oldRow)
        for (const Field &f : *oldRow)
            putField(f);
    if (newRow)
        for (const Field &f : *newRow)
            putField(f);
}

} // namespace hub::db

namespace hub::db
{

bool describeChangeset(
    const QByteArray &changeset, const std::function<int(const QString &)> &revColumn, QVector<ChangeSummary> *out)
{
    sqlite3_changeset_iter *it = nullptr;
    if (sqlite3changeset_start(&it, static_cast<int>(changeset.size()), const_cast<char *>(changeset.constData()))
        != SQLITE_OK)
        return false;
    int rc = SQLITE_OK;
    while ((rc = sqlite3changeset_next(it)) == SQLITE_ROW) {
        const char *table = nullptr;
        int nCol = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &table, &nCol, &op, &indirect);
        ChangeSummary c;
        c.table = QString::fromUtf8(table);
        c.op = op;
        unsigned char *pk = nullptr;
        int pkCols = 0;
        sqlite3changeset_pk(it, &pk, &pkCols);
        for (int i = 0; i < pkCols; ++i) {
            if (pk[i]) {
                sqlite3_value *v = nullptr;
                if (op == SQLITE_INSERT)
                    sqlite3changeset_new(it, i, &v);
                else
                    sqlite3changeset_old(it, i, &v);
                c.key = Field::from(v).text();
                break;
            }
        }
        const int r = revColumn(c.table);
        if (r >= 0 && r < nCol) {
            sqlite3_value *nv = nullptr, *ov = nullptr;
            if (op != SQLITE_DELETE)
                sqlite3changeset_new(it, r, &nv);
            if (op != SQLITE_INSERT)
                sqlite3changeset_old(it, r, &ov);
            c.rev = Field::from(nv).text();
            c.baseRev = Field::from(ov).text();
        }
        out->append(c);
    }
    sqlite3changeset_finalize(it);
    return rc == SQLITE_DONE;
}

} // namespace hub::db

namespace hub::db
{

namespace
{

// SQLite varint (sqlite3GetVarint); false when it runs past the end.
bool readVarint(const unsigned char *p, qsizetype avail, std::uint64_t *v, qsizetype *used)
{
    std::uint64_t x = 0;
    for (qsizetype i = 0; i < 9; ++i) {
        if (i >= avail)
            return false;
        if (i == 8) {
            x = (x << 8) | p[i];
            *v = x;
            *used = 9;
            return true;
        }
        x = (x << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            *v = x;
            *used = i + 1;
            return true;
        }
    }
    return false;
}

} // namespace

bool isWellFormedChangeset(const QByteArray &changeset, QString *why)
{
    const auto *p = reinterpret_cast<const unsigned char *>(changeset.constData());
    const qsizetype n = changeset.size();
    qsizetype pos = 0;
    int nCol = 0;
    auto fail = [&](const char *what) {
        *why = QStringLiteral("%1 at byte %2").arg(QString::fromLatin1(what)).arg(pos);
        return false;
    };
    auto record = [&](bool allowUndefined) {
        for (int c = 0; c < nCol; ++c) {
            if (pos >= n)
                return fail("row cut short");
            const unsigned char type = p[pos++];
            switch (type) {
            case Field::Undefined:
                if (!allowUndefined)
                    return fail("incomplete row");
                break;
            case Field::Null:
                break;
            case Field::Integer:
            case Field::Real:
                if (n - pos < 8)
                    return fail("number cut short");
                pos += 8;
                break;
            case Field::Text:
            case Field::Blob: {
                std::uint64_t len = 0;
                qsizetype used = 0;
                if (!readVarint(p + pos, n - pos, &len, &used))
                    return fail("bad length");
                pos += used;
                if (len > static_cast<std::uint64_t>(n - pos))
                    return fail("value cut short");
                pos += static_cast<qsizetype>(len);
                break;
            }
            default:
                return fail("unknown value type");
            }
        }
        return true;
    };
    if (n == 0)
        return fail("empty changeset");
    while (pos < n) {
        if (p[pos] == 'T') {
            ++pos;
            std::uint64_t cols = 0;
            qsizetype used = 0;
            if (!readVarint(p + pos, n - pos, &cols, &used) || cols == 0 || cols > 2000)
                return fail("bad column count");
            pos += used;
            nCol = static_cast<int>(cols);
            if (n - pos < nCol)
                return fail("table header cut short");
            bool anyPk = false;
            for (int c = 0; c < nCol; ++c) {
                if (p[pos + c] > 1)
                    return fail("bad key flag");
                anyPk = anyPk || p[pos + c] == 1;
            }
            if (!anyPk)
                return fail("table without key");
            pos += nCol;
            const qsizetype nul = changeset.indexOf('\0', pos);
            if (nul < 0 || nul == pos || nul - pos > 128)
                return fail("bad table name");
            pos = nul + 1;
            if (pos >= n)
                return fail("table without changes");
            continue;
        }
        if (nCol == 0)
            return fail("change before a table header");
        const unsigned char op = p[pos++];
        if (pos >= n)
            return fail("change cut short");
        if (p[pos++] > 1)
            return fail("bad indirect flag");
        switch (op) {
        case 18: // SQLITE_INSERT
            if (!record(false))
                return false;
            break;
        case 9: // SQLITE_DELETE
            if (!record(false))
                return false;
            break;
        case 23: // SQLITE_UPDATE
            if (!record(true) || !record(true))
                return false;
            break;
        default:
            return fail("unknown change type");
        }
    }
    return true;
}

} // namespace hub::db
