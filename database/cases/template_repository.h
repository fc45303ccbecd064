#pragma once
// Editable letter templates (rich text with {{merge}} fields) and merging one
// with a case: acknowledgement and holding letters.

#include "core/common/record_meta.h"
#include "core/common/result.h"

#include <QDate>
#include <QVariantMap>
#include <QVector>

namespace hub::db {

class OfficeFile;

struct LetterTemplate {
    QString key;        // "acknowledgement", "holding"
    QString name;
    QString subject;
    QString body;       // HTML with {{field}} markers (core/cases/letter_merge.h)
    RecordMeta meta;
};

struct MergedLetter {
    QString ref;
    QString subject;
    QString html;
    QStringList unknownFields;  // markers the template used that no case field fills
};

class TemplateRepository {
public:
    explicit TemplateRepository(OfficeFile &file) : m_file(file) {}

    // Adds the built-in acknowledgement and holding letters when missing (stable ids).
    Status ensureDefaults();
    Result<QVector<LetterTemplate>> list() const;
    Result<LetterTemplate> get(const QString &key) const;
    Status add(const LetterTemplate &t);
    // Fields: name, subject, body.
    Status update(const QString &key, std::int64_t expectedVersion, const QVariantMap &changes);
    Status remove(const QString &key, std::int64_t expectedVersion);

    // The template filled from the case as of `asOf` (null = today).
    Result<MergedLetter> merge(const QString &key, const QString &caseRef, const QDate &asOf = {});

private:
    OfficeFile &m_file;
};

QVector<LetterTemplate> builtInTemplates();
QString templateId(const QString &key);

} // namespace hub::db
