// Office sync page: two offices made from the demo exchange a change through
// the page (export here, import there; and through an exchange folder with
// Sync now), a concurrent edit shows up as a conflict that "Take theirs"
// resolves, and a read-only file offers no actions.
#include "ui_test_support.h"

#include "database/office_file.h"
#include "database/records/record_store.h"
#include "database/sqlite/transaction.h"
#include "database/sync/sync_service.h"
#include "ui/sync/sync_page.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>

using namespace hub;
using namespace hub::ui;

namespace
{

const QString kCcg = QStringLiteral("ccg");
const QString kLead = QStringLiteral("ccg_lead");

using OfficePtr = std::unique_ptr<db::OfficeFile>;

OfficePtr openOffice(const QString &path, bool readOnly = false)
{
    auto f = db::OfficeFile::open(path, readOnly);
    INFO((f ? std::string() : f.error().describe().toStdString()));
    REQUIRE(f.ok());
    return std::move(f.value());
}

// Two offices with the demo's content and their own identities (docs/sync.md).
struct TwoOffices {
    hubtest::TempDir dir;
    QString pathA;
    QString pathB;
    OfficePtr a;
    OfficePtr b;

    TwoOffices()
    {
        const QString seedPath = uitest::demoCopy(dir, QStringLiteral("seed.hubcase"));
        pathA = dir.path(QStringLiteral("aaa.hubcase"));
        pathB = dir.path(QStringLiteral("bbb.hubcase"));
        {
            OfficePtr seed = openOffice(seedPath);
            REQUIRE(
                db::SyncService::startNewOffice(*seed, pathA, QStringLiteral("AAA"), QStringLiteral("Office A")).ok());
            REQUIRE(
                db::SyncService::startNewOffice(*seed, pathB, QStringLiteral("BBB"), QStringLiteral("Office B")).ok());
        }
        // startNewOffice keeps the seed's AUTOINCREMENT counter for local_outbox, so a new office's
        // first change would be number 35 and every peer would see 1-34 as missing. Number from 1,
        // as a new office should (harmless once startNewOffice resets it itself).
        for (const QString &path : { pathA, pathB }) {
            OfficePtr f = openOffice(path);
            f->connection().execScript(QStringLiteral("DELETE FROM sqlite_sequence WHERE name='local_outbox'"));
        }
        a = openOffice(pathA);
        b = openOffice(pathB);
    }

    QString folder(const QString &name) const
    {
        const QString path = dir.path(name);
        REQUIRE(QDir().mkpath(path));
        return path;
    }
};

QString ccgId(db::OfficeFile &f, const QString &code)
{
    const QString id = f.connection().scalar(QStringLiteral("SELECT id FROM ccg WHERE code='%1'").arg(code)).toString();
    REQUIRE_FALSE(id.isEmpty());
    return id;
}

QString lead(db::OfficeFile &f, const QString &id)
{
    return db::RecordStore(f).current(kCcg, id).value(kLead).toString();
}

// One edit through the normal write path; returns the new revision stamp.
QString setLead(db::OfficeFile &f, const QString &id, const QString &value)
{
    db::WriteTransaction tx(f.connection());
    db::RecordStore store(f);
    const QVariantMap now = store.current(kCcg, id);
    REQUIRE_FALSE(now.isEmpty());
    store.update(kCcg, id, now.value(QStringLiteral("row_version")).toLongLong(), { { kLead, value } });
    tx.commit();
    return store.current(kCcg, id).value(QStringLiteral("rev")).toString();
}

QStringList bundlesIn(const QString &folder)
{
    QStringList out;
    for (const QString &name : QDir(folder).entryList({ QStringLiteral("*.hubsync") }, QDir::Files, QDir::Name))
        out << QDir(folder).filePath(name);
    return out;
}

template <typename T> T *child(QWidget &page, const char *name)
{
    T *w = page.findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

// The conflict list and comparison are item views over models.
QString cellText(const QTableView &view, int row, int column)
{
    return view.model()->index(row, column).data().toString();
}

QString text(QWidget &page, const char *label)
{
    return child<QLabel>(page, label)->text();
}

// Pages that remember what they announced.
struct Watched {
    std::unique_ptr<SyncPage> page = std::make_unique<SyncPage>();
    QStringList messages;
    int dataChanged = 0;

    explicit Watched(db::OfficeFile &file)
    {
        QObject::connect(page.get(), &Page::statusMessage, [this](const QString &m) { messages << m; });
        QObject::connect(page.get(), &Page::officeDataChanged, [this] { ++dataChanged; });
        page->resize(1400, 900);
        page->setOfficeFile(&file);
    }
    SyncPage &operator*() { return *page; }
};

} // namespace

TEST_CASE(
    "a change exported by one office's page is imported by the other's, which then lists the office", "[ui][sync]")
{
    TwoOffices o;
    const QString id = ccgId(*o.a, QStringLiteral("06A"));
    const QString before = lead(*o.b, id);
    Watched a(*o.a);
    Watched b(*o.b);
    CHECK(text(*a, "officeIdentity") == QStringLiteral("AAA — Office A")); // no office id in the headline facts
    CHECK(text(*a, "syncHeadline") == QStringLiteral("You have not exchanged changes with another office yet."));
    CHECK(text(*a, "pendingLabel") == QStringLiteral("Nothing waiting to go to other offices"));
    CHECK(text(*a, "lastExportLabel") == QStringLiteral("never"));
    // Same content, so the same fingerprint.
    const QString fingerprint = text(*a, "fingerprintLabel");
    CHECK(fingerprint.size() == 12);
    CHECK(text(*b, "fingerprintLabel") == fingerprint);
    CHECK(child<QLabel>(*a, "fingerprintLabel")->toolTip().contains(QStringLiteral("in step")));

    setLead(*o.a, id, QStringLiteral("Dr Rowan Fairweather"));
    a.page->reload();
    CHECK(text(*a, "pendingLabel") == QStringLiteral("1 change waiting to go to other offices"));
    CHECK(text(*a, "fingerprintLabel") != fingerprint);

    // Export through the button into a folder the "dialog" picks.
    const QString out = o.folder(QStringLiteral("outbox"));
    a.page->setFolderChooser([&](const QString &, const QString &) { return out; });
    child<QAbstractButton>(*a, "exportButton")->click();
    const QStringList bundles = bundlesIn(out);
    REQUIRE(bundles.size() == 1);
    CHECK(QFileInfo(bundles.first()).fileName().startsWith(QStringLiteral("AAA-")));
    CHECK(text(*a, "pendingLabel") == QStringLiteral("Nothing waiting to go to other offices"));
    CHECK(text(*a, "lastExportLabel") != QStringLiteral("never"));
    CHECK(text(*a, "syncHeadline").startsWith(QStringLiteral("You have sent changes")));
    CHECK(a.page->lastResult().contains(QStringLiteral("Exported 1 change as AAA-")));
    REQUIRE_FALSE(a.messages.isEmpty());
    CHECK(a.messages.last().startsWith(QStringLiteral("Exported 1 change")));

    // Import through the button with the files the "dialog" picks.
    auto *peers = child<QTableWidget>(*b, "peerTable");
    CHECK(peers->rowCount() == 0);
    b.page->setBundleChooser([&](const QString &, const QString &) { return bundles; });
    child<QAbstractButton>(*b, "importButton")->click();
    CHECK(lead(*o.b, id) == QStringLiteral("Dr Rowan Fairweather"));
    CHECK(lead(*o.b, id) != before);
    CHECK(b.dataChanged == 1);
    CHECK(b.page->lastResult().contains(QStringLiteral("Imported 1 bundle.")));
    CHECK(b.page->lastResult().contains(QStringLiteral("from AAA: 1 change applied")));
    REQUIRE(peers->rowCount() == 1);
    CHECK(peers->item(0, 0)->text() == QStringLiteral("AAA"));
    CHECK(peers->item(0, 1)->toolTip().contains(QLatin1Char('/'))); // dd/MM/yyyy HH:mm
    CHECK(peers->item(0, 2)->text().startsWith(QStringLiteral("In step with AAA as of ")));
    CHECK(text(*b, "syncHeadline").startsWith(QStringLiteral("In step with AAA as of ")));
    CHECK(text(*b, "pendingLabel") == QStringLiteral("Nothing waiting to go to AAA"));
    // The numbers behind it are in Details.
    CHECK(text(*b, "peerNumbersLabel").contains(QStringLiteral("AAA (office id ")));
    uitest::checkModel(*peers->model());
    // In step again.
    a.page->reload();
    CHECK(text(*b, "fingerprintLabel") == text(*a, "fingerprintLabel"));

    // The same bundle again changes nothing and says so.
    CHECK(b.page->importBundles(bundles));
    CHECK(b.page->lastResult().contains(QStringLiteral("already imported")));
    CHECK(b.dataChanged == 1);

    // A damaged file is refused by name with its reason; the good one beside it still counts.
    const QString junk = o.dir.path(QStringLiteral("broken.hubsync"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("HUBCSYNC but nothing after it");
    }
    CHECK_FALSE(b.page->importBundles({ junk, bundles.first() }));
    CHECK(b.page->lastResult().startsWith(QStringLiteral("Imported 1 of 2 bundles.")));
    CHECK(b.page->lastResult().contains(QStringLiteral("Refused broken.hubsync: ")));
    CHECK(b.messages.last().contains(QStringLiteral("1 refused")));
}

TEST_CASE("Sync now works through the exchange folder and reports a refused bundle by name", "[ui][sync]")
{
    TwoOffices o;
    const QString id = ccgId(*o.a, QStringLiteral("05C"));
    Watched a(*o.a);
    Watched b(*o.b);
    auto *syncA = child<QAbstractButton>(*a, "syncNowButton");
    CHECK_FALSE(syncA->isEnabled()); // no folder yet
    CHECK(text(*a, "exchangeFolderLabel").contains(QStringLiteral("Not set")));

    const QString exchange = o.folder(QStringLiteral("exchange"));
    a.page->setFolderChooser([&](const QString &, const QString &) { return exchange; });
    b.page->setFolderChooser([&](const QString &, const QString &) { return exchange; });
    child<QAbstractButton>(*a, "exchangeFolderButton")->click();
    child<QAbstractButton>(*b, "exchangeFolderButton")->click();
    CHECK(text(*a, "exchangeFolderLabel") == QDir::toNativeSeparators(QDir(exchange).absolutePath()));
    CHECK(syncA->isEnabled());
    CHECK(db::SyncService(*o.b).exchangeFolder() == QDir(exchange).absolutePath());

    setLead(*o.a, id, QStringLiteral("Dr Imogen Hart"));
    a.page->reload();
    syncA->click();
    CHECK(a.page->lastResult().contains(QStringLiteral("No bundles from other offices")));
    CHECK(a.page->lastResult().contains(QStringLiteral("Exported 1 change")));
    CHECK(bundlesIn(exchange).size() == 1);

    // Something that is not a bundle lies in the folder too.
    {
        QFile junk(QDir(exchange).filePath(QStringLiteral("ZZZ-notes.hubsync")));
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write("these are not changes");
    }
    CHECK(b.page->syncNow());
    CHECK(lead(*o.b, id) == QStringLiteral("Dr Imogen Hart"));
    CHECK(b.dataChanged == 1);
    const QString result = b.page->lastResult();
    CHECK(result.contains(QStringLiteral("could not be imported")));
    CHECK(result.contains(QStringLiteral("Refused ZZZ-notes.hubsync:")));
    CHECK(result.contains(QStringLiteral("from AAA: 1 change applied")));
    CHECK(result.contains(QStringLiteral("Nothing was waiting to export.")));
    REQUIRE_FALSE(b.messages.isEmpty());
    CHECK(b.messages.last().contains(QStringLiteral("Synced")));
    CHECK(child<QTableWidget>(*b, "peerTable")->rowCount() == 1);
    a.page->reload();
    CHECK(text(*b, "fingerprintLabel") == text(*a, "fingerprintLabel"));
}

TEST_CASE("a concurrent edit shows as a conflict compared side by side, and Take theirs resolves it", "[ui][sync]")
{
    TwoOffices o;
    const QString id = ccgId(*o.a, QStringLiteral("06A"));
    // A edits first; B, having seen A's stamp, edits later, so B's version is the newer one.
    const QString revA = setLead(*o.a, id, QStringLiteral("Dr Ours-Elsewhere"));
    o.b->observeRevision(revA);
    setLead(*o.b, id, QStringLiteral("Dr Local-Choice"));

    Watched a(*o.a);
    Watched b(*o.b);
    auto *table = child<QTableView>(*b, "conflictTable");
    auto *stack = table->parentWidget();
    while (stack && !qobject_cast<QStackedWidget *>(stack))
        stack = stack->parentWidget();
    REQUIRE(stack);
    auto *conflictStack = qobject_cast<QStackedWidget *>(stack);
    CHECK(table->model()->rowCount() == 0);
    CHECK(conflictStack->currentWidget()->objectName() == QStringLiteral("conflictsEmpty"));
    CHECK(child<QLabel>(*b, "conflictsEmpty")->text().contains(QStringLiteral("No conflicts to review")));
    // Nobody has been heard from, so nothing claims every change was applied.
    CHECK_FALSE(child<QLabel>(*b, "conflictsEmpty")->text().contains(QStringLiteral("has been applied")));

    const QString out = o.folder(QStringLiteral("out"));
    REQUIRE(a.page->exportTo(out));
    REQUIRE(b.page->importBundles(bundlesIn(out)));
    CHECK(b.page->lastResult().contains(QStringLiteral("1 conflict to review")));
    // Ours was newer, so it stays until someone decides.
    CHECK(lead(*o.b, id) == QStringLiteral("Dr Local-Choice"));

    REQUIRE(table->model()->rowCount() == 1);
    CHECK(conflictStack->currentWidget()->objectName() != QStringLiteral("conflictsEmpty"));
    CHECK(cellText(*table, 0, 1) == QStringLiteral("Data"));
    CHECK(cellText(*table, 0, 2) == QStringLiteral("CCG"));
    CHECK(cellText(*table, 0, 3).startsWith(QStringLiteral("06A — ")));
    CHECK(cellText(*table, 0, 4) == QStringLiteral("AAA"));
    CHECK(cellText(*table, 0, 5) == QStringLiteral("Ours"));
    CHECK(cellText(*table, 0, 6) == QStringLiteral("To review"));
    CHECK(text(*b, "conflictCountsLabel").contains(QStringLiteral("1 to review")));
    uitest::checkModel(*table->model());

    // The first conflict is selected and compared: the differing field first, highlighted.
    CHECK(b.page->currentConflictId() != 0);
    auto *detail = child<QTableView>(*b, "conflictDetail");
    REQUIRE(detail->model()->rowCount() > 1);
    CHECK(cellText(*detail, 0, 0) == QStringLiteral("CCG lead"));
    CHECK(cellText(*detail, 0, 1) == QStringLiteral("Dr Local-Choice"));
    CHECK(cellText(*detail, 0, 2) == QStringLiteral("Dr Ours-Elsewhere"));
    CHECK(detail->model()->index(0, 1).data(Qt::UserRole + 2).toBool());
    CHECK_FALSE(detail->model()->index(1, 1).data(Qt::UserRole + 2).toBool());
    CHECK(detail->model()->headerData(2, Qt::Horizontal).toString().contains(QStringLiteral("AAA")));
    uitest::checkModel(*detail->model());
    CHECK(text(*b, "conflictHeadline").contains(QStringLiteral("06A")));

    auto *takeTheirs = child<QAbstractButton>(*b, "takeTheirsButton");
    REQUIRE(takeTheirs->isEnabled());
    CHECK(child<QAbstractButton>(*b, "keepLocalButton")->isEnabled());
    const int changedBefore = b.dataChanged;
    takeTheirs->click();
    CHECK(lead(*o.b, id) == QStringLiteral("Dr Ours-Elsewhere"));
    CHECK(b.dataChanged == changedBefore + 1);
    CHECK(table->model()->rowCount() == 0);
    CHECK(conflictStack->currentWidget()->objectName() == QStringLiteral("conflictsEmpty"));
    CHECK_FALSE(takeTheirs->isEnabled());
    // The choice is a new change, waiting to go to the other offices.
    CHECK(text(*b, "pendingLabel").endsWith(QStringLiteral("changes waiting to go to AAA")));

    // Resolved ones come back with the toggle, and cannot be resolved twice.
    child<QCheckBox>(*b, "showAllConflicts")->setChecked(true);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(cellText(*table, 0, 6) == QStringLiteral("Resolved: took theirs"));
    CHECK_FALSE(takeTheirs->isEnabled());
    CHECK_FALSE(child<QAbstractButton>(*b, "keepLocalButton")->isEnabled());
}

TEST_CASE("a read-only office file shows its sync state but offers no sync actions", "[ui][sync]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    OfficePtr file = openOffice(path, true);
    SyncPage page;
    page.setOfficeFile(file.get());
    for (const char *name : { "syncNowButton", "exportButton", "importButton", "exchangeFolderButton",
             "keepLocalButton", "takeTheirsButton" })
        CHECK_FALSE(child<QAbstractButton>(page, name)->isEnabled());
    CHECK(text(page, "fingerprintLabel").size() == 12);
    CHECK_FALSE(page.syncNow());
    CHECK_FALSE(page.exportTo(dir.path(QString())));
}

// Not run by default: grabs the page with a conflict for a look.
TEST_CASE("screenshot of the sync page with a conflict", "[.][sync-screens]")
{
    TwoOffices o;
    const QString id = ccgId(*o.a, QStringLiteral("06A"));
    const QString revA = setLead(*o.a, id, QStringLiteral("Dr Helen Okafor"));
    o.b->observeRevision(revA);
    setLead(*o.b, id, QStringLiteral("Dr Mark Pennington"));
    Watched a(*o.a);
    Watched b(*o.b);
    const QString exchange = o.folder(QStringLiteral("exchange"));
    REQUIRE(a.page->setExchangeFolder(exchange));
    REQUIRE(b.page->setExchangeFolder(exchange));
    REQUIRE(a.page->syncNow());
    REQUIRE(b.page->syncNow());
    b.page->show();
    uitest::pump();
    QElapsedTimer t;
    t.start();
    b.page->reload();
    WARN("reload of the sync page on the demo: " << t.elapsed() << " ms");
    b.page->grab().save(QStringLiteral("/tmp/sync_page.png"));
    Watched empty(*o.a);
    empty.page->show();
    uitest::pump();
    empty.page->grab().save(QStringLiteral("/tmp/sync_page_a.png"));
}

TEST_CASE("the sync page speaks plainly to a new office; identifiers wait in Details", "[ui][sync]")
{
    hubtest::TempDir dir;
    const QString path = uitest::demoCopy(dir);
    OfficePtr file = openOffice(path);
    SyncPage page;
    page.resize(1366, 768);
    page.setOfficeFile(file.get());
    CHECK(text(page, "syncHeadline") == QStringLiteral("You have not exchanged changes with another office yet."));
    // The demo's content waits to go: said as changes, not as outbox entries.
    CHECK(text(page, "pendingLabel").endsWith(QStringLiteral("changes waiting to go to other offices")));
    CHECK_FALSE(text(page, "pendingLabel").contains(QStringLiteral("entries")));
    CHECK_FALSE(text(page, "officeIdentity").contains(file->officeId()));
    CHECK(child<QLabel>(page, "conflictsEmpty")
              ->text()
              .contains(QStringLiteral("No changes have come in from another office yet")));
    CHECK_FALSE(child<QLabel>(page, "conflictsEmpty")->text().contains(QStringLiteral("has been applied")));
    // The office id and the fingerprint are in the collapsed Details.
    auto *details = child<QWidget>(page, "syncDetails");
    CHECK(details->isHidden());
    CHECK(text(page, "officeIdLabel") == file->officeId());
    CHECK(child<QLabel>(page, "fingerprintLabel")->isHidden() == false); // inside the hidden section
    CHECK_FALSE(child<QLabel>(page, "fingerprintLabel")->isVisibleTo(&page));
    child<QAbstractButton>(page, "syncDetailsToggle")->click();
    CHECK_FALSE(details->isHidden());
    CHECK(child<QLabel>(page, "fingerprintLabel")->isVisibleTo(&page));
}
