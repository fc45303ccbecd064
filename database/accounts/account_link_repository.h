#pragma once
// Which officer each operating-system account is. The office file's people are
// the names on its cases and the Hub leads of its CCGs; an account is linked
// to one of them the first time it opens the file (or says "None of these"),
// and from then on the file writes and shows that person's name for it.

#include "core/common/record_meta.h"
#include "core/common/result.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace hub::db
{

class Connection;
class OfficeFile;

struct AccountLink {
    QString account; // as the operating system spells it
    QString officer; // empty: the account said "None of these"
    RecordMeta meta;

    bool linked() const { return !officer.isEmpty(); }
};

class AccountLinkRepository
{
public:
    explicit AccountLinkRepository(OfficeFile &file)
        : m_file(file)
    {
    }

    // The link of one account; nullopt when it has never been asked.
    Result<std::optional<AccountLink>> find(const QString &account) const;
    Result<QVector<AccountLink>> list() const; // by account

    // Links `account` to `officer` ('' = none of these), replacing an earlier
    // answer. When it is the file's own account, the file's user becomes the
    // officer (or the account again: OfficeFile::setAccount).
    Status link(const QString &account, const QString &officer);

    // The officers known in the file, for "Which officer are you?": every
    // officer on a live case and every Hub contracting or finance lead of a
    // CCG, sorted, each once.
    Result<QStringList> knownOfficers() const;

    // True when the file's own account should be asked who it is: the file
    // can be written, the account has no link yet, and the file knows officers.
    Result<bool> shouldAsk() const;

private:
    OfficeFile &m_file;
};

// The row key: stable across offices, so the same account is one row everywhere.
QString accountLinkId(const QString &account);

// The officer `account` is linked to, or empty (no link, none of these, or a
// file older than schema 7). Read on open, before any repository exists.
QString linkedOfficer(const Connection &connection, const QString &account);

} // namespace hub::db
