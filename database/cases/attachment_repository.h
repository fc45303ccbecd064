#pragma once
// Files kept with a case inside the office file (so they travel with it and
// sync with it): letters received, e-mails saved as files, signed forms.

#include "core/common/result.h"
#include "database/cases/case_rows.h"

#include <QByteArray>

namespace hub::db
{

class OfficeFile;

class AttachmentRepository
{
public:
    explicit AttachmentRepository(OfficeFile &file)
        : m_file(file)
    {
    }

    // Largest file accepted: the office file lives on a network share.
    static constexpr qint64 kMaxBytes = 25 * 1024 * 1024;

    Result<AttachmentInfo> add(const QString &caseRef, const QString &fileName, const QByteArray &content,
        const QString &mime = {}, const QString &note = {});
    Result<AttachmentInfo> addFile(const QString &caseRef, const QString &path, const QString &note = {});
    Result<QByteArray> content(const QString &attachmentId) const;
    Result<QVector<AttachmentInfo>> list(const QString &caseRef) const;
    Status remove(const QString &attachmentId, std::int64_t expectedVersion);

    // Without the content; throws SqlError (for use inside other services).
    QVector<AttachmentInfo> listFor(const QString &caseId) const;

private:
    OfficeFile &m_file;
};

} // namespace hub::db
