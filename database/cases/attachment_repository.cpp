#include "database/cases/attachment_repository.h"

#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

QString caseIdOf(const OfficeFile &file, const QString &ref)
{
    Statement st = file.connection().prepare(u"SELECT id FROM case_record WHERE ref = ?1 AND deleted_at IS NULL"_s);
    st.bind(1, ref.trimmed().toUpper());
    if (!st.step())
        throw SqlError(makeError(ErrorCode::NotFound, u"No case '%1'."_s.arg(ref)));
    return st.text(0);
}

} // namespace

QVector<AttachmentInfo> AttachmentRepository::listFor(const QString &caseId) const
{
    Statement st
        = m_file.connection().prepare(u"SELECT id, file_name, mime, size_bytes, sha256, note, row_version, updated_by, "
                                      u"updated_at FROM case_attachment "
                                      "WHERE case_id = ?1 AND deleted_at IS NULL ORDER BY created_at, file_name"_s);
    st.bind(1, caseId);
    QVector<AttachmentInfo> out;
    while (st.step()) {
        AttachmentInfo a;
        a.id = st.text(0);
        a.fileName = st.text(1);
        a.mime = st.text(2);
        a.size = st.int64(3);
        a.sha256 = st.text(4);
        a.note = st.text(5);
        a.meta.id = a.id;
        a.meta.version = st.int64(6);
        a.meta.updatedBy = st.text(7);
        a.meta.updatedAt = st.text(8);
        out.append(a);
    }
    return out;
}

Result<AttachmentInfo> AttachmentRepository::add(const QString &caseRef, const QString &fileName,
    const QByteArray &content, const QString &mimeIn, const QString &note)
{
    const QString name = QFileInfo(fileName).fileName();
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, u"An attachment needs a file name."_s);
    if (content.size() > kMaxBytes)
        return makeError(
            ErrorCode::Invalid, u"%1 is larger than the 25 MB an office file accepts per attachment."_s.arg(name));
    const QString mime = mimeIn.isEmpty() ? QMimeDatabase().mimeTypeForFileNameAndData(name, content).name() : mimeIn;
    return guarded([&]() -> Result<AttachmentInfo> {
        WriteTransaction tx(m_file.connection());
        const QString caseId = caseIdOf(m_file, caseRef);
        AttachmentInfo a;
        a.fileName = name;
        a.mime = mime;
        a.size = content.size();
        a.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        a.note = note;
        a.id = RecordStore(m_file).insert(u"case_attachment"_s,
            { { u"case_id"_s, caseId }, { u"file_name"_s, name }, { u"mime"_s, mime }, { u"size_bytes"_s, a.size },
                { u"sha256"_s, a.sha256 }, { u"content"_s, content }, { u"note"_s, note } });
        a.meta.id = a.id;
        a.meta.version = 1;
        tx.commit();
        return a;
    });
}

Result<AttachmentInfo> AttachmentRepository::addFile(const QString &caseRef, const QString &path, const QString &note)
{
    QFile f(path);
    if (f.size() > kMaxBytes)
        return makeError(ErrorCode::Invalid, u"%1 is larger than 25 MB."_s.arg(path));
    if (!f.open(QIODevice::ReadOnly)) {
        Error e = makeError(ErrorCode::Io, u"Cannot read %1: %2"_s.arg(path, f.errorString()));
        e.file = path;
        return e;
    }
    return add(caseRef, path, f.readAll(), {}, note);
}

Result<QByteArray> AttachmentRepository::content(const QString &attachmentId) const
{
    return guarded([&]() -> Result<QByteArray> {
        Statement st = m_file.connection().prepare(
            u"SELECT content FROM case_attachment WHERE id = ?1 AND deleted_at IS NULL"_s);
        st.bind(1, attachmentId);
        if (!st.step())
            return makeError(ErrorCode::NotFound, u"No such attachment."_s);
        return st.blob(0);
    });
}

Result<QVector<AttachmentInfo>> AttachmentRepository::list(const QString &caseRef) const
{
    return guarded([&]() -> Result<QVector<AttachmentInfo>> { return listFor(caseIdOf(m_file, caseRef)); });
}

Status AttachmentRepository::remove(const QString &attachmentId, std::int64_t expectedVersion)
{
    return guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore(m_file).tombstone(u"case_attachment"_s, attachmentId, expectedVersion);
        tx.commit();
        return {};
    });
}

} // namespace hub::db
