// THE convergence test: three offices from one seed make random edits,
// inserts and tombstones on overlapping records and exchange bundles in
// random order, with duplicates and overlapping re-exports. For every seed
// all three must end with identical synced content, and every row where two
// offices' edits forked must appear in some office's review list.
#include "sync_test_support.h"

#include "database/sync/changeset_codec.h"
#include "database/sync/synced_tables.h"

#include <QHash>
#include <QSet>
#include <iostream>
#include <random>

using namespace hub;
using namespace hub::db;

namespace
{

struct Totals {
    int seeds = 0;
    int changes = 0;
    int bundles = 0;
    int imports = 0;
    int forkedRows = 0;
    int forks = 0; // concurrent edits: siblings beyond the first
    int openConflicts = 0;
    int autoResolved = 0;
};

class Simulation
{
public:
    Simulation(const hubtest::TempDir &tmp, unsigned seed)
        : m_rng(seed)
        , m_offices(synctest::officesFromSeed(tmp,
              { QStringLiteral("AAA"), QStringLiteral("BBB"), QStringLiteral("CCC") }, QStringLiteral("s%1").arg(seed)))
    {
        OfficeFile &a = *m_offices[0];
        for (int i = 0; i < 3; ++i) {
            m_ccgs << synctest::firstId(a, QStringLiteral("ccg"), i);
            m_activities << synctest::firstId(a, QStringLiteral("activity"), i * 7);
        }
    }

    void run(int steps)
    {
        for (int s = 0; s < steps; ++s)
            step();
        // Final round: everyone exports what is left, then hears every other
        // office's bundles in a random order, some twice.
        for (int o = 0; o < 3; ++o)
            exportFrom(o, false);
        for (int o = 0; o < 3; ++o) {
            QVector<int> order;
            for (int i = 0; i < m_pool.size(); ++i)
                if (m_pool[i].first != o)
                    order << i << (pick(3) == 0 ? i : -1);
            order.removeAll(-1);
            std::shuffle(order.begin(), order.end(), m_rng);
            for (int i : order)
                importInto(o, i);
        }
    }

    void check(Totals &totals)
    {
        const QString h0 = synctest::contentHash(*m_offices[0]);
        CHECK(synctest::contentHash(*m_offices[1]) == h0);
        CHECK(synctest::contentHash(*m_offices[2]) == h0);
        for (auto &f : m_offices) {
            CHECK(synctest::count(*f, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
            CHECK(f->connection().scalar(QStringLiteral("PRAGMA quick_check")).toString() == QStringLiteral("ok"));
            CHECK(synctest::count(*f, QStringLiteral("SELECT count(*) FROM local_sync_conflict WHERE incoming_row=''"))
                == 0);
            CHECK(
                synctest::count(*f,
                    QStringLiteral(
                        "SELECT count(*) FROM local_sync_conflict WHERE kind IN ('data','conflict') AND local_row=''"))
                == 0);
        }

        // Every version ever written, from the three outboxes: rev -> base.
        QHash<QString, QHash<QString, int>> childrenOfBase; // "table/key" -> base -> children
        for (auto &f : m_offices) {
            SyncedTables tables(f->connection());
            Statement st = f->connection().prepare(QStringLiteral("SELECT changeset FROM local_outbox"));
            while (st.step()) {
                QVector<ChangeSummary> changes;
                REQUIRE(describeChangeset(
                    st.blob(0), [&](const QString &t) { return tables.find(t) ? tables.find(t)->revColumn : -1; },
                    &changes));
                for (const ChangeSummary &c : changes)
                    childrenOfBase[c.table + QLatin1Char('/') + c.key][c.baseRev] += 1;
                totals.changes += static_cast<int>(changes.size());
            }
        }
        for (auto it = childrenOfBase.begin(); it != childrenOfBase.end(); ++it) {
            bool forked = false;
            for (int n : it.value()) {
                forked = forked || n > 1;
                totals.forks += n > 1 ? n - 1 : 0;
            }
            if (!forked)
                continue;
            ++totals.forkedRows;
            const QString table = it.key().section(QLatin1Char('/'), 0, 0);
            const QString key = it.key().section(QLatin1Char('/'), 1);
            int logged = 0;
            for (auto &f : m_offices) {
                Statement st = f->connection().prepare(QStringLiteral(
                    "SELECT count(*) FROM local_sync_conflict WHERE status='open' AND table_name=?1 AND row_key=?2"));
                st.bind(1, table).bind(2, QStringLiteral("[\"%1\"]").arg(key));
                REQUIRE(st.step());
                logged += st.integer(0);
            }
            INFO("forked row " << it.key().toStdString() << " was never logged for review");
            CHECK(logged > 0);
        }
        for (auto &f : m_offices) {
            totals.openConflicts
                += synctest::count(*f, QStringLiteral("SELECT count(*) FROM local_sync_conflict WHERE status='open'"));
            totals.autoResolved
                += synctest::count(*f, QStringLiteral("SELECT count(*) FROM local_sync_conflict WHERE status='auto'"));
        }
        totals.bundles += static_cast<int>(m_pool.size());
        totals.imports += m_imports;
        ++totals.seeds;
    }

private:
    int pick(int n) { return static_cast<int>(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    QString token() { return QStringLiteral("v%1").arg(pick(1000000)); }

    void update(int o, const QString &table, const QString &id, const QVariantMap &changes)
    {
        OfficeFile &f = *m_offices[o];
        if (RecordStore(f).current(table, id).isEmpty())
            return; // this office has not heard of the row yet
        synctest::edit(f, table, id, changes);
    }

    void step()
    {
        const int o = pick(3);
        OfficeFile &f = *m_offices[o];
        const int roll = pick(100);
        if (roll < 25) {
            update(o, QStringLiteral("ccg"), m_ccgs[pick(3)],
                { { pick(2) ? QStringLiteral("ccg_lead") : QStringLiteral("hub_finance_lead"), token() } });
        } else if (roll < 35) {
            update(
                o, QStringLiteral("activity"), m_activities[pick(3)], { { QStringLiteral("hub_qualifier"), token() } });
        } else if (roll < 47) {
            WriteTransaction tx(f.connection());
            m_practices << RecordStore(f).insert(QStringLiteral("practice"),
                { { QStringLiteral("ods_code"), QStringLiteral("%1%2").arg(f.officeCode()).arg(++m_serial) },
                    { QStringLiteral("name"), token() } });
            tx.commit();
        } else if (roll < 60 && !m_practices.isEmpty()) {
            update(o, QStringLiteral("practice"), m_practices[pick(static_cast<int>(m_practices.size()))],
                { { QStringLiteral("name"), token() }, { QStringLiteral("registered_patients"), pick(20000) } });
        } else if (roll < 66) {
            const bool practice = !m_practices.isEmpty() && pick(2);
            const QString table = practice ? QStringLiteral("practice") : QStringLiteral("ccg");
            const QString id = practice ? m_practices[pick(static_cast<int>(m_practices.size()))] : m_ccgs[pick(3)];
            const QVariantMap now = RecordStore(f).current(table, id);
            if (!now.isEmpty() && now.value(QStringLiteral("deleted_at")).isNull()) {
                WriteTransaction tx(f.connection());
                RecordStore(f).tombstone(table, id, now.value(QStringLiteral("row_version")).toLongLong());
                tx.commit();
            }
        } else if (roll < 70) {
            // A child row whose parent may reach other offices later than it.
            const QString ccg = pick(2) && !m_newCcgs.isEmpty() ? m_newCcgs[pick(static_cast<int>(m_newCcgs.size()))]
                                                                : m_ccgs[pick(3)];
            if (!RecordStore(f).current(QStringLiteral("ccg"), ccg).isEmpty()) {
                WriteTransaction tx(f.connection());
                RecordStore(f).insert(QStringLiteral("ccg_level"),
                    { { QStringLiteral("ccg_id"), ccg },
                        { QStringLiteral("level"), QStringLiteral("joint-commissioning") },
                        { QStringLiteral("note"), token() } });
                tx.commit();
            }
        } else if (roll < 73) {
            WriteTransaction tx(f.connection());
            m_newCcgs << RecordStore(f).insert(QStringLiteral("ccg"),
                { { QStringLiteral("code"), QStringLiteral("%1%2").arg(f.officeCode()).arg(++m_serial) },
                    { QStringLiteral("name"), token() } });
            tx.commit();
        } else if (roll < 85) {
            exportFrom(o, pick(5) == 0);
        } else if (!m_pool.isEmpty()) {
            const int i = pick(static_cast<int>(m_pool.size()));
            if (m_pool[i].first != o)
                importInto(o, i);
        }
    }

    void exportFrom(int o, bool everything)
    {
        OfficeFile &f = *m_offices[o];
        const std::int64_t from = everything ? 1 : m_exported[o] + 1;
        const QByteArray b = synctest::allChanges(f, from);
        if (b.isEmpty())
            return;
        m_exported[o] = synctest::outboxMax(f);
        m_pool.append({ o, b });
    }

    void importInto(int o, int i)
    {
        const auto r = synctest::importBytes(*m_offices[o], m_pool[i].second);
        INFO((r.ok() ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        ++m_imports;
    }

    std::mt19937 m_rng;
    std::vector<synctest::OfficePtr> m_offices;
    QStringList m_ccgs, m_activities, m_practices, m_newCcgs;
    QVector<QPair<int, QByteArray>> m_pool;
    std::int64_t m_exported[3] = { 0, 0, 0 };
    int m_serial = 0;
    int m_imports = 0;
};

} // namespace

TEST_CASE(
    "Three offices converge whatever order bundles arrive in, and every forked edit is logged", "[sync][convergence]")
{
    hubtest::TempDir tmp;
    Totals totals;
    constexpr unsigned kSeeds = 50;
    for (unsigned seed = 1; seed <= kSeeds; ++seed) {
        INFO("seed " << seed);
        Simulation sim(tmp, seed);
        sim.run(90);
        sim.check(totals);
    }
    CHECK(totals.seeds == static_cast<int>(kSeeds));
    CHECK(totals.forkedRows > 0);
    CHECK(totals.openConflicts >= totals.forkedRows);
    std::cout << "sync convergence: " << totals.seeds << " seeds converged; " << totals.changes << " changes in "
              << totals.bundles << " bundles, " << totals.imports << " imports; " << totals.forkedRows
              << " forked rows (" << totals.forks << " concurrent edits), " << totals.openConflicts
              << " conflicts logged for review, " << totals.autoResolved << " automatic cases logged" << std::endl;
}
