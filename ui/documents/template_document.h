#pragma once
// The letter templates a screen edits, and the Hub's letterhead every letter
// prints: read through long-lived repositories, written conflict-guarded,
// re-read afterwards. It emits what happened; the letter templates tab's
// widgets display it and forward input as undo commands
// (ui/calendar_letters/commands/), nothing more.

#include "core/common/result.h"
#include "database/cases/letterhead_repository.h"
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
class OfficeFile;
}

namespace hub::ui
{

class TemplateDocument : public OfficeDocument
{
    Q_OBJECT
public:
    // `file` must outlive the document.
    explicit TemplateDocument(db::OfficeFile &file, QObject *parent = nullptr);
    ~TemplateDocument() override;

    // Reads every template (adding the built-in letters never stored, when the
    // file can be written) and the letterhead; emits loaded().
    Status load();
    const QVector<db::LetterTemplate> &templates() const { return m_templates; }
    const db::LetterTemplate *find(const QString &key) const;
    const db::StoredLetterhead &letterhead() const { return m_letterhead; }
    // True while this document is writing: its own commit's change event needs no re-read.

    // The editable values as the undo commands hold them: name, subject, body.
    static QVariantMap fieldsOf(const db::LetterTemplate &t);

    // For ChangeLetterTemplate (ChangeValue): a fresh read of one template
    // (shown), and a conflict-guarded write of some of its fields.
    std::optional<RecordState> readFields(const QString &key);
    bool writeFields(const QString &key, const QVariantMap &values, std::int64_t expectedVersion);

    // For AddLetterTemplate / DeleteLetterTemplate. add() stores a new
    // template under t.key (a free key is made from the name when empty) and
    // returns the key; remove() deletes one, asking first when someone else
    // changed it since `expectedVersion`.
    Result<QString> add(const db::LetterTemplate &t);
    WriteOutcome remove(const QString &key, std::int64_t expectedVersion);
    // A copy's values: "Copy of …" under a free key.
    Result<db::LetterTemplate> copyOf(const QString &key);

    // For ChangeLetterhead: the letterhead's fields (hub_name, address, phone, email).
    std::optional<RecordState> readLetterhead();
    bool writeLetterhead(const QVariantMap &values, std::int64_t expectedVersion);

    // A template merged with a case, as of asOf() (the saved template).
    Result<db::MergedLetter> merge(const QString &key, const QString &caseRef);

    void reportError(const QString &action, const Error &error) { emit failed(action, error); }

signals:
    // The templates and letterhead were (re-)read: show them.
    void loaded();
    // Undo or redo changed this template: show it.
    void showTemplate(const QString &key);
    // A write of `values` to `key` was refused in favour of the stored version.
    void keptTheirs(const QString &key, const QVariantMap &values);
    // A write of `values` to `key` failed (the error went to failed()): keep the user's input.
    void notSaved(const QString &key, const QVariantMap &values);
    void failed(const QString &action, const hub::Error &error);
    // Something was saved ("Letter template “Closure letter” saved.").
    void saved(const QString &message);

private:
    WriteOutcome guarded(std::int64_t expectedVersion, const VersionedWrite &write, const QString &action);

    std::unique_ptr<db::TemplateRepository> m_templatesRepo;
    std::unique_ptr<db::LetterheadRepository> m_letterheadRepo;
    QVector<db::LetterTemplate> m_templates;
    db::StoredLetterhead m_letterhead;
};

} // namespace hub::ui
