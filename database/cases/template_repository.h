#pragma once
// Editable letter templates (rich text with {{merge}} fields) and merging one
// with a case. Four ship built in (acknowledgement, holding, full response,
// closure); an office adds, duplicates and deletes its own.

#include "core/common/record_meta.h"
#include "core/common/result.h"

#include <QDate>
#include <QVariantMap>
#include <QVector>

namespace hub::db
{

class OfficeFile;

struct LetterTemplate {
    QString key; // "acknowledgement", "holding"
    QString name;
    QString subject;
    QString body; // HTML with {{field}} markers (core/cases/letter_merge.h)
    RecordMeta meta;
};

struct MergedLetter {
    QString ref;
    QString subject;
    QString html;
    QStringList unknownFields; // markers the template used that no case field fills
    QStringList from; // the Hub's name and address lines (letterhead)
    QStringList to; // requester, organisation, practice, address lines (empty ones left out)
    QString contact; // "Contact: A Patel\nTelephone 0121 …\nEmail hub@…"
    QDate date; // the letter's date: the as-of day
};

class TemplateRepository
{
public:
    explicit TemplateRepository(OfficeFile &file)
        : m_file(file)
    {
    }

    // Adds the built-in letters that were never stored (stable ids; one the
    // office deleted stays deleted). Writes nothing when none is missing.
    Status ensureDefaults();
    Result<QVector<LetterTemplate>> list() const;
    Result<LetterTemplate> get(const QString &key) const;
    // A new template; its key must be free (a deleted template's key is reused).
    Status add(const LetterTemplate &t);
    // A copy of `key` under a new key and name ("Copy of …" when `name` is empty); returns the new key.
    Result<QString> duplicate(const QString &key, const QString &name = {});
    // A key no live template uses, made from `name` ("full-response", "full-response-2").
    Result<QString> freeKey(const QString &name) const;
    // Fields: name, subject, body.
    Status update(const QString &key, std::int64_t expectedVersion, const QVariantMap &changes);
    Status remove(const QString &key, std::int64_t expectedVersion);

    // The template filled from the case as of `asOf` (null = the office file's as-of day: the demo's, or today).
    Result<MergedLetter> merge(const QString &key, const QString &caseRef, const QDate &asOf = {});

private:
    OfficeFile &m_file;
};

QVector<LetterTemplate> builtInTemplates();
bool isBuiltInTemplate(const QString &key);
QString templateId(const QString &key);

} // namespace hub::db
