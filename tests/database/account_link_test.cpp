// Who the user is: the operating-system account from the system, and the
// office file's link from that account to an officer (schema 8), which every
// write then stamps and every screen shows.
#include "test_support.h"

#include "database/accounts/account_link_repository.h"
#include "database/cases/case_repository.h"
#include "database/cases/closure_repository.h"
#include "database/ccgs/ccg_repository.h"
#include "database/office_file.h"
#include "database/schema/migrations.h"
#include "database/sync/synced_tables.h"

#include <QFile>

#include <pwd.h>
#include <unistd.h>

using namespace hub;
using namespace hub::db;
using namespace Qt::StringLiterals;

namespace
{

// Sets an environment variable for the test's length.
struct EnvOverride {
    QByteArray name;
    QByteArray was;
    bool had;
    EnvOverride(const char *n, const QByteArray &value)
        : name(n)
        , was(qgetenv(n))
        , had(qEnvironmentVariableIsSet(n))
    {
        qputenv(n, value);
    }
    ~EnvOverride()
    {
        if (had)
            qputenv(name.constData(), was);
        else
            qunsetenv(name.constData());
    }
};

std::unique_ptr<OfficeFile> officeWithOfficers(const hubtest::TempDir &tmp)
{
    const QString path = tmp.path(u"people.hubcase"_s);
    REQUIRE(OfficeFile::create(path).ok());
    auto file = OfficeFile::open(path).value();
    CcgRepository ccgs(*file);
    const Ccg first = ccgs.list().value().first();
    REQUIRE(ccgs.update(first.code, first.meta.version,
                    { { u"hub_contracting_lead"_s, u"Priya Shah"_s }, { u"hub_finance_lead"_s, u"Tom Hughes"_s } })
                .ok());
    NewCase c;
    c.ccgCode = first.code;
    c.received = QDate(2016, 2, 1);
    c.title = u"Locum reimbursement query"_s;
    c.officer = u"Rajinder Sandh"_s;
    REQUIRE(CaseRepository(*file).add(c).ok());
    return file;
}

} // namespace

TEST_CASE("the operating-system account comes from the system, not from the environment", "[database][people]")
{
    const passwd *pw = getpwuid(geteuid());
    REQUIRE(pw);
    const QString real = QString::fromLocal8Bit(pw->pw_name);
    // Variables anyone can set (and sudo, su and service wrappers often leave wrong) do not change who we are.
    EnvOverride user("USER", "someone-else");
    EnvOverride username("USERNAME", "someone-else");
    EnvOverride logname("LOGNAME", "someone-else");
    EnvOverride hubcase("HUBCASE_USER", "someone-else");
    CHECK(operatingSystemUser() == real);

    hubtest::TempDir tmp;
    REQUIRE(OfficeFile::create(tmp.path(u"a.hubcase"_s)).ok());
    auto file = OfficeFile::open(tmp.path(u"a.hubcase"_s)).value();
    CHECK(file->account() == real);
    CHECK(file->user() == real); // no link yet: the account is the name written
    CHECK_FALSE(file->isLinkedToOfficer());
}

TEST_CASE("schema 8 holds the account links as synced data", "[database][people]")
{
    CHECK(latestSchemaVersion() >= 8);
    hubtest::TempDir tmp;
    REQUIRE(OfficeFile::create(tmp.path(u"s.hubcase"_s)).ok());
    auto file = OfficeFile::open(tmp.path(u"s.hubcase"_s)).value();
    CHECK(file->schemaVersion() == latestSchemaVersion());
    SyncedTables tables(file->connection());
    REQUIRE(tables.find(u"account_link"_s));
    CHECK(tables.find(u"account_link"_s)->columns.contains(u"officer"_s));
}

TEST_CASE("an account linked to an officer is that officer on every write, and stays linked", "[database][people]")
{
    hubtest::TempDir tmp;
    auto file = officeWithOfficers(tmp);
    const QString path = file->path();
    const QString account = file->account();
    AccountLinkRepository links(*file);

    CHECK(links.knownOfficers().value() == QStringList { u"Priya Shah"_s, u"Rajinder Sandh"_s, u"Tom Hughes"_s });
    CHECK(links.find(account).value() == std::nullopt);
    CHECK(links.shouldAsk().value());

    REQUIRE(links.link(account, u"Rajinder Sandh"_s).ok());
    CHECK(file->user() == u"Rajinder Sandh"_s);
    CHECK(file->isLinkedToOfficer());
    CHECK(file->account() == account);
    CHECK_FALSE(links.shouldAsk().value());
    const auto stored = links.find(account).value();
    REQUIRE(stored.has_value());
    CHECK(stored->officer == u"Rajinder Sandh"_s);
    CHECK(stored->linked());
    CHECK(stored->meta.id == accountLinkId(account.toUpper())); // one row per account, whatever its case

    // "Last saved by" and "Recorded by" name the person.
    REQUIRE(ClosureRepository(*file).add(QDate(2016, 3, 1), u"Staff training"_s).ok());
    CHECK(ClosureRepository(*file).list().value().first().meta.updatedBy == u"Rajinder Sandh"_s);
    const auto made = CaseRepository(*file).add([] {
        NewCase c;
        c.ccgCode = u"06A"_s;
        c.received = QDate(2016, 2, 2);
        c.title = u"Premises query"_s;
        return c;
    }());
    REQUIRE(made.ok());
    CHECK(made->row.updatedBy == u"Rajinder Sandh"_s);
    CHECK(made->timeline.first().actor == u"Rajinder Sandh"_s);

    // The link is in the office file: the next open is the same person, and is not asked again.
    file.reset();
    auto again = OfficeFile::open(path).value();
    CHECK(again->user() == u"Rajinder Sandh"_s);
    CHECK(again->isLinkedToOfficer());
    CHECK_FALSE(AccountLinkRepository(*again).shouldAsk().value());

    // "None of these" is an answer too: kept, never asked again, and the account is the name.
    AccountLinkRepository againLinks(*again);
    REQUIRE(againLinks.link(account, QString()).ok());
    CHECK(again->user() == account);
    CHECK_FALSE(again->isLinkedToOfficer());
    const auto none = againLinks.find(account).value();
    REQUIRE(none.has_value());
    CHECK_FALSE(none->linked());
    CHECK_FALSE(againLinks.shouldAsk().value());

    // Another account's link is that account's alone.
    REQUIRE(againLinks.link(u"b.jones"_s, u"Priya Shah"_s).ok());
    CHECK(again->user() == account);
    CHECK(againLinks.list().value().size() == 2);
    CHECK(againLinks.find(u"B.Jones"_s).value()->officer == u"Priya Shah"_s);
}

TEST_CASE("a read-only file, or one with no officers, does not ask who you are", "[database][people]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(u"empty.hubcase"_s);
    REQUIRE(OfficeFile::create(path).ok());
    {
        auto file = OfficeFile::open(path).value();
        const QStringList officers = AccountLinkRepository(*file).knownOfficers().value();
        // The seed's CCGs may name Hub leads; with none, nobody is asked.
        CHECK(AccountLinkRepository(*file).shouldAsk().value() == !officers.isEmpty());
    }
    auto withOfficers = officeWithOfficers(tmp);
    const QString other = withOfficers->path();
    withOfficers.reset();
    auto readOnly = OfficeFile::open(other, true).value();
    CHECK_FALSE(AccountLinkRepository(*readOnly).shouldAsk().value());
}

TEST_CASE("a file that is not an office file is refused in the user's words", "[database][office]")
{
    hubtest::TempDir tmp;
    const QString path = tmp.path(u"photo.jpg"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(4096, '\x11'));
    f.close();
    const auto r = OfficeFile::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::NotHubcaseFile);
    CHECK(r.error().message == u"This file is not a Hubcase office file. Choose another file or create a new one."_s);
    CHECK_FALSE(r.error().describe().contains(u"not a database"_s));
    CHECK(r.error().details.contains(u"not a database"_s)); // SQLite's words, for the details section
}
