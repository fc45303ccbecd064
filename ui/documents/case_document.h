#pragma once
// The case a screen edits: the loaded CaseDetail, read and written through
// one long-lived CaseRepository (its standards and calendar caches stay
// warm), with every write conflict-guarded. It emits what happened; the
// editor's widgets display it and forward input, nothing more.

#include "core/common/result.h"
#include "database/cases/case_rows.h"
#include "database/cases/template_repository.h"
#include "ui/dialogs/conflict_dialog.h"
#include "ui/documents/office_document.h"
#include "ui/session/write_with_retry.h"
#include "ui/undo/versioned_edit_command.h"

#include <QDate>
#include <QObject>
#include <QVariantMap>
#include <memory>
#include <optional>

namespace hub::db
{
class CaseRepository;
class OfficeFile;
}

namespace hub::ui
{

class CaseDocument : public OfficeDocument
{
    Q_OBJECT
public:
    // `file` must outlive the document.
    explicit CaseDocument(db::OfficeFile &file, QObject *parent = nullptr);
    ~CaseDocument() override;

    // Reads `ref` and makes it the loaded case (emits loaded()); the error when it cannot.
    Status load(const QString &ref);
    // Re-reads the loaded case (emits loaded()).
    Status reload();
    void unload();
    // A fresh read that leaves the loaded case as it is (has someone else changed it?).
    Result<db::CaseDetail> read(const QString &ref);
    // Makes a fresh read the loaded case (emits loaded()).
    void adopt(const db::CaseDetail &detail);
    bool isLoaded() const { return m_detail.has_value(); }
    const db::CaseDetail &detail() const { return *m_detail; }
    QString ref() const { return m_detail ? m_detail->row.ref : QString(); }
    // The loaded case's version, or the stored one of another case (0 when unknown).
    std::int64_t knownVersion(const QString &ref);
    // The editable values as the undo commands hold them: every field of the
    // field table by its code (title, description, ..., requester_phone).
    static QVariantMap fieldsOf(const db::CaseDetail &detail);

    // For the undo commands (ChangeValue): a fresh read (shown when it is the
    // loaded case), and a conflict-guarded write of some fields.
    std::optional<RecordState> readFields(const QString &ref);
    bool writeFields(const QString &ref, const QVariantMap &values, std::int64_t expectedVersion);

    // Timeline entries (AddCaseEvent): add one; take one back out.
    Result<QString> addEvent(const QString &ref, const CaseEvent &event);
    WriteOutcome removeEvent(const QString &ref, const QString &eventId);

    // Files kept with the loaded case; the case is shown again after a change.
    // How many of `paths` were attached (each failure goes to failed()).
    int addAttachments(const QStringList &paths);
    WriteOutcome removeAttachment(const QString &attachmentId, std::int64_t expectedVersion, const QString &name);
    Result<QByteArray> attachmentContent(const QString &attachmentId);

    // Letter templates (the built-in ones added when missing and the file is
    // writable), and one merged with the loaded case as of asOf().
    QVector<db::LetterTemplate> letterTemplates();
    Result<db::MergedLetter> letter(const QString &templateKey);

    // Someone (a command, the editor) met an error doing `action`.
    void reportError(const QString &action, const Error &error) { emit failed(action, error); }

signals:
    // The loaded case was (re-)read: show it.
    void loaded(const hub::db::CaseDetail &detail);
    // A write of `values` to `ref` was refused in favour of the stored version.
    void keptTheirs(const QString &ref, const QVariantMap &values);
    // A write of `values` to `ref` failed (the error went to failed()): keep the user's input.
    void notSaved(const QString &ref, const QVariantMap &values);
    void failed(const QString &action, const hub::Error &error);

private:
    void showIfLoaded(const QString &ref);

    std::unique_ptr<db::CaseRepository> m_repository;
    std::optional<db::CaseDetail> m_detail;
};

} // namespace hub::ui
