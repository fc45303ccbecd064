#pragma once
// The undo command for a plain field edit of a document's record (after
// Tiled's ChangeValue): the document, the record's key, the field and its
// values before and after. Conflict checks are VersionedEditCommand's; the
// document reads, writes and settles conflicts. A Document provides
//   std::optional<RecordState> readFields(const QString &key);
//   bool writeFields(const QString &key, const QVariantMap &values, std::int64_t expectedVersion);
//   ConflictChoice resolveConflict(const Error &conflict) const;

#include "ui/undo/undo_ids.h"
#include "ui/undo/versioned_edit_command.h"

namespace hub::ui
{

template <typename Document> class ChangeValue : public VersionedEditCommand
{
public:
    ChangeValue(Document *document, QString key, const QString &field, const QVariant &before, const QVariant &after,
        std::int64_t startVersion, const QString &text, UndoId id)
        : VersionedEditCommand(text, { { field, before } }, { { field, after } }, startVersion)
        , m_document(document)
        , m_key(std::move(key))
        , m_field(field)
        , m_id(id)
    {
    }

    // Several fields saved together (one save of a form): `before` and `after` hold the same fields.
    ChangeValue(Document *document, QString key, const QVariantMap &before, const QVariantMap &after,
        std::int64_t startVersion, const QString &text, UndoId id)
        : VersionedEditCommand(text, before, after, startVersion)
        , m_document(document)
        , m_key(std::move(key))
        , m_id(id)
    {
    }

    int id() const override { return int(m_id); }
    Document *document() const { return m_document; }
    const QString &key() const { return m_key; }
    // The field of a one-field edit (empty for several fields).
    const QString &field() const { return m_field; }

protected:
    std::optional<RecordState> readFresh() override { return m_document->readFields(m_key); }
    bool write(const QVariantMap &values, std::int64_t expectedVersion) override
    {
        return m_document->writeFields(m_key, values, expectedVersion);
    }
    ConflictChoice resolve(const Error &conflict) override { return m_document->resolveConflict(conflict); }

private:
    Document *m_document;
    QString m_key;
    QString m_field;
    UndoId m_id;
};

} // namespace hub::ui
