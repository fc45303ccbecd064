#pragma once
// The specification page's document: the catalogue and the chosen CCG's
// specification as last read, and every write that changes them (conflict-
// checked, then re-read so views show the new record versions).

#include "core/catalogue/catalogue.h"
#include "core/specification/ccg_specification.h"
#include "ui/session/write_with_retry.h"
#include "ui/undo/versioned_edit_command.h"

#include <QObject>
#include <optional>

namespace hub::db
{
class OfficeFile;
}

namespace hub::ui
{

class SpecEditor : public QObject
{
    Q_OBJECT
public:
    SpecEditor(ConflictResolver resolve, ErrorHandler onError, QObject *parent = nullptr);

    void setOfficeFile(db::OfficeFile *file);
    db::OfficeFile *officeFile() const { return m_file; }

    // Reads the catalogue and the CCG's specification (creating a draft on
    // first use); emits loaded(). An empty code clears the specification.
    Status load(const QString &ccgCode);
    Status reload() { return load(m_ccgCode); }

    const QString &ccgCode() const { return m_ccgCode; }
    const Catalogue &catalogue() const { return m_catalogue; }
    const CcgSpecification &spec() const { return m_spec; }
    bool hasSpec() const { return !m_spec.meta.id.isEmpty(); }
    const Ccg *ccg() const { return m_catalogue.ccg(m_ccgCode); }
    bool isLocked() const; // agreed, read-only or nothing loaded

    // One item / the header, re-read from the file (switching to that CCG).
    std::optional<RecordState> readItem(const QString &ccgCode, const QString &activityKey);
    std::optional<RecordState> readHeader(const QString &ccgCode);

    // Conflict-guarded writes; each re-reads afterwards. True when written.
    bool writeDetermination(const QString &ccgCode, const QString &activityKey, Determination determination,
        const QString &note, std::int64_t expectedVersion);
    bool writeHeader(const QString &ccgCode, const QVariantMap &values, std::int64_t expectedVersion);
    // Draft <-> agreed; a refusal (blockers) goes to onRefused instead of the error handler.
    WriteOutcome setStatus(SpecStatus status, const ErrorHandler &onRefused);

    static QVariantMap itemValues(Determination determination, const QString &note);
    static QVariantMap headerValues(const CcgSpecification &spec);

signals:
    void loaded();
    void written();

private:
    bool ensureLoaded(const QString &ccgCode);

    db::OfficeFile *m_file = nullptr;
    ConflictResolver m_resolve;
    ErrorHandler m_onError;
    QString m_ccgCode;
    Catalogue m_catalogue;
    CcgSpecification m_spec;
};

} // namespace hub::ui
