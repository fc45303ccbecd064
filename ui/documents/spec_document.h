#pragma once
// The CCG specification a screen edits: the catalogue and one CCG's
// specification as last read, through one long-lived SpecRepository, with
// every write conflict-guarded and re-read afterwards. It emits what
// happened; the specification page's widgets display it and forward input as
// undo commands (ui/spec/commands/), nothing more.

#include "core/catalogue/catalogue.h"
#include "core/common/result.h"
#include "core/specification/ccg_specification.h"
#include "ui/dialogs/conflict_dialog.h"
#include "ui/documents/office_document.h"
#include "ui/session/write_with_retry.h"
#include "ui/undo/versioned_edit_command.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QVariantMap>
#include <memory>
#include <optional>

namespace hub::db
{
class OfficeFile;
class SpecRepository;
}

namespace hub::ui
{

class SpecDocument : public OfficeDocument
{
    Q_OBJECT
public:
    // `file` must outlive the document.
    explicit SpecDocument(db::OfficeFile &file, QObject *parent = nullptr);
    ~SpecDocument() override;

    // Reads the catalogue and the CCG's specification (a draft is created on
    // first use when the file can be written); emits loaded(). An empty code
    // loads the catalogue alone.
    Status load(const QString &ccgCode);
    Status reload() { return load(m_ccgCode); }

    const QString &ccgCode() const { return m_ccgCode; }
    const Catalogue &catalogue() const { return m_catalogue; }
    const CcgSpecification &spec() const { return m_spec; }
    bool hasSpec() const { return !m_spec.meta.id.isEmpty(); }
    const Ccg *ccg() const { return m_catalogue.ccg(m_ccgCode); }
    // Agreed, read-only, or nothing loaded: nothing can be changed.
    bool isLocked() const;
    // Why it is locked, in the user's words ("Agreed 15/02/2016 by …"); empty when not.
    QString lockReason() const;
    // Every stored specification by CCG code, read now (the list of CCGs shows their status).
    QHash<QString, CcgSpecification> storedSpecs();

    // For ChangeSpecField (ChangeValue): the sign-off fields of a CCG's
    // specification, re-read (shown when it is the loaded one), and a
    // conflict-guarded write of some of them.
    std::optional<RecordState> readFields(const QString &ccgCode);
    bool writeFields(const QString &ccgCode, const QVariantMap &values, std::int64_t expectedVersion);

    // For SetDetermination: one activity's determination and note.
    std::optional<RecordState> readItem(const QString &ccgCode, const QString &activityKey);
    bool writeItem(
        const QString &ccgCode, const QString &activityKey, const QVariantMap &values, std::int64_t expectedVersion);

    // Draft <-> agreed: a sign-off, not an undoable edit. A refusal (what is
    // still missing) goes to refused(), other errors to failed().
    WriteOutcome setStatus(SpecStatus status);

    static QVariantMap itemValues(Determination determination, const QString &note);
    static QVariantMap headerValues(const CcgSpecification &spec);

    void reportError(const QString &action, const Error &error) { emit failed(action, error); }

signals:
    // The loaded specification was (re-)read: show it.
    void loaded();
    // A write of `values` was refused in favour of the stored version.
    void keptTheirs(const QString &ccgCode, const QVariantMap &values);
    // A write of `values` failed (the error went to failed()): keep the user's input.
    void notSaved(const QString &ccgCode, const QVariantMap &values);
    void failed(const QString &action, const hub::Error &error);
    // Mark agreed was refused: what is still missing.
    void refused(const hub::Error &error);

private:
    bool showCcg(const QString &ccgCode);
    WriteOutcome write(
        const QString &ccgCode, std::int64_t expectedVersion, const VersionedWrite &write, const QString &action);

    std::unique_ptr<db::SpecRepository> m_repository;
    QString m_ccgCode;
    Catalogue m_catalogue;
    CcgSpecification m_spec;
};

} // namespace hub::ui
