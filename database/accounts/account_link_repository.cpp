#include "database/accounts/account_link_repository.h"

#include "core/common/uuid.h"
#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/sql_error.h"
#include "database/sqlite/transaction.h"

#include <algorithm>

namespace hub::db
{

using namespace Qt::StringLiterals;

namespace
{

const QString kTable = u"account_link"_s;

bool hasLinkTable(const Connection &connection)
{
    Statement st = connection.prepare(u"SELECT 1 FROM sqlite_master WHERE type='table' AND name='account_link'"_s);
    return st.step();
}

AccountLink readLink(const Statement &st)
{
    AccountLink l;
    l.meta.id = st.text(0);
    l.account = st.text(1);
    l.officer = st.text(2);
    l.meta.version = st.int64(3);
    l.meta.updatedBy = st.text(4);
    l.meta.updatedAt = st.text(5);
    return l;
}

const QString kSelect = u"SELECT id, account, officer, row_version, updated_by, updated_at FROM account_link "_s;

} // namespace

QString accountLinkId(const QString &account)
{
    return stableUuid(u"account:"_s + account.trimmed().toLower());
}

QString linkedOfficer(const Connection &connection, const QString &account)
{
    if (account.isEmpty() || !hasLinkTable(connection))
        return {};
    Statement st = connection.prepare(u"SELECT officer FROM account_link WHERE id=?1 AND deleted_at IS NULL"_s);
    st.bind(1, accountLinkId(account));
    return st.step() ? st.text(0) : QString();
}

Result<std::optional<AccountLink>> AccountLinkRepository::find(const QString &account) const
{
    return guarded([&]() -> Result<std::optional<AccountLink>> {
        Statement st = m_file.connection().prepare(kSelect + u"WHERE id=?1 AND deleted_at IS NULL"_s);
        st.bind(1, accountLinkId(account));
        if (!st.step())
            return std::optional<AccountLink>();
        return std::optional<AccountLink>(readLink(st));
    });
}

Result<QVector<AccountLink>> AccountLinkRepository::list() const
{
    return guarded([&]() -> Result<QVector<AccountLink>> {
        Statement st
            = m_file.connection().prepare(kSelect + u"WHERE deleted_at IS NULL ORDER BY account COLLATE NOCASE"_s);
        QVector<AccountLink> out;
        while (st.step())
            out.append(readLink(st));
        return out;
    });
}

Status AccountLinkRepository::link(const QString &account, const QString &officer)
{
    const QString who = account.trimmed();
    const QString name = officer.simplified();
    if (who.isEmpty())
        return makeError(ErrorCode::Invalid, u"Say which account to link."_s);
    const Status written = guarded([&]() -> Status {
        WriteTransaction tx(m_file.connection());
        RecordStore store(m_file);
        const QString id = accountLinkId(who);
        const QVariantMap values { { u"account"_s, who }, { u"officer"_s, name } };
        if (store.current(kTable, id).isEmpty())
            store.insert(kTable, values, id);
        else
            store.upsert(kTable, id, values); // a new answer, or a removed link back
        tx.commit();
        return {};
    });
    if (written && accountLinkId(who) == accountLinkId(m_file.account()))
        m_file.setAccount(m_file.account()); // re-reads the link: the file's user is now that person
    return written;
}

Result<QStringList> AccountLinkRepository::knownOfficers() const
{
    return guarded([&]() -> Result<QStringList> {
        Statement st = m_file.connection().prepare(
            u"SELECT officer FROM case_record WHERE deleted_at IS NULL AND officer <> '' "
            "UNION SELECT hub_contracting_lead FROM ccg WHERE deleted_at IS NULL AND hub_contracting_lead <> '' "
            "UNION SELECT hub_finance_lead FROM ccg WHERE deleted_at IS NULL AND hub_finance_lead <> ''"_s);
        QStringList out;
        while (st.step()) {
            const QString name = st.text(0).simplified();
            if (!name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
                out << name;
        }
        std::sort(out.begin(), out.end(),
            [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
        return out;
    });
}

Result<bool> AccountLinkRepository::shouldAsk() const
{
    if (m_file.isReadOnly())
        return false;
    const Result<std::optional<AccountLink>> existing = find(m_file.account());
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return false;
    const Result<QStringList> officers = knownOfficers();
    if (!officers)
        return officers.error();
    return !officers->isEmpty();
}

} // namespace hub::db
