// Item models: structure checks on real data, the raw-value sort role, and
// edits that are requested rather than stored.
#include "ui_test_support.h"

#include "database/catalogue/catalogue_repository.h"
#include "database/office_file.h"
#include "database/practices/practice_repository.h"
#include "database/specs/spec_repository.h"
#include "ui/models/activity_filter_proxy.h"
#include "ui/models/activity_tree_model.h"
#include "ui/models/ccg_table_model.h"
#include "ui/models/level_history_model.h"
#include "ui/models/practice_table_model.h"
#include "ui/models/roles.h"
#include "ui/models/spec_items_model.h"

#include <QSortFilterProxyModel>

using namespace hub;
using namespace hub::ui;

namespace
{

struct Loaded {
    hubtest::TempDir dir;
    std::unique_ptr<db::OfficeFile> file;
    Catalogue catalogue;
};

std::unique_ptr<Loaded> loadDemo()
{
    auto l = std::make_unique<Loaded>();
    auto opened = db::OfficeFile::open(uitest::demoCopy(l->dir));
    REQUIRE(opened.ok());
    l->file = std::move(opened).value();
    auto cat = db::CatalogueRepository(*l->file).load();
    REQUIRE(cat.ok());
    l->catalogue = cat.value();
    return l;
}

} // namespace

TEST_CASE("ccg model: 14 CCGs, leads editable only when allowed, edits are requested", "[ui][models]")
{
    auto demo = loadDemo();
    CcgTableModel model;
    model.setCcgs(demo->catalogue.ccgs, { { QStringLiteral("06A"), 47 } }, QDate(2016, 1, 1));
    uitest::checkModel(model);
    CHECK(model.rowCount() == 14);
    const int row = model.rowOf(QStringLiteral("06A"));
    REQUIRE(row >= 0);
    CHECK(model.index(row, CcgTableModel::Practices).data(SortRole).toInt() == 47);
    // Wolverhampton's only recorded level ended on 01/10/2015: none is current in 2016.
    CHECK(model.index(row, CcgTableModel::Level).data().toString()
        == QStringLiteral("No level recorded after 01/10/2015"));

    const QModelIndex lead = model.index(row, CcgTableModel::CcgLead);
    CHECK_FALSE((model.flags(lead) & Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(lead, QStringLiteral("Ann Other")));
    model.setEditable(true);
    CHECK((model.flags(lead) & Qt::ItemIsEditable));
    CHECK_FALSE((model.flags(model.index(row, CcgTableModel::Name)) & Qt::ItemIsEditable));

    QStringList requested;
    QObject::connect(&model, &CcgTableModel::editRequested,
        [&](const QString &code, const QString &field, const QString &value) { requested << code << field << value; });
    CHECK(model.setData(lead, QStringLiteral("  Ann Other ")));
    CHECK(requested == QStringList { QStringLiteral("06A"), QStringLiteral("ccg_lead"), QStringLiteral("Ann Other") });
    CHECK(lead.data().toString().isEmpty()); // nothing stored by the model itself
}

TEST_CASE("practice model: thousands separators shown, patients sort as numbers", "[ui][models]")
{
    auto demo = loadDemo();
    auto listed = db::PracticeRepository(*demo->file).list(QStringLiteral("06A"));
    REQUIRE(listed.ok());
    PracticeTableModel model;
    model.setPractices(listed.value());
    uitest::checkModel(model);
    REQUIRE(model.rowCount() > 10);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    proxy.sort(PracticeTableModel::Patients, Qt::AscendingOrder);
    int previous = -1;
    bool sawThousands = false;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex idx = proxy.index(r, PracticeTableModel::Patients);
        const int n = idx.data(SortRole).toInt();
        CHECK(n >= previous);
        previous = n;
        if (n >= 1000) {
            CHECK(idx.data().toString() == QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n));
            CHECK(idx.data().toString().contains(QLatin1Char(',')));
            sawThousands = true;
        }
    }
    CHECK(sawThousands);
}

TEST_CASE("level history model lists periods with en_GB dates", "[ui][models]")
{
    auto demo = loadDemo();
    const Ccg *ccg = demo->catalogue.ccg(QStringLiteral("04X"));
    REQUIRE(ccg);
    LevelHistoryModel model;
    model.setPeriods(ccg->levels);
    uitest::checkModel(model);
    REQUIRE(model.rowCount() >= 1);
    CHECK(model.index(0, LevelHistoryModel::From).data().toString() == QStringLiteral("01/10/2015"));
    CHECK(model.index(0, LevelHistoryModel::To).data().toString() == QStringLiteral("(open)"));
}

TEST_CASE(
    "activity tree: functions I-XII hold every activity once - the filter proxy keeps the tree sound", "[ui][models]")
{
    auto demo = loadDemo();
    ActivityTreeModel model;
    model.setFunctions(demo->catalogue.functions);
    uitest::checkModel(model);
    CHECK(model.rowCount() == 12);
    CHECK(model.activityCount() == demo->catalogue.activityCount());
    CHECK(uitest::countRows(model, NodeKindRole, int(ActivityTreeModel::NodeKind::Activity)) == model.activityCount());
    const QModelIndex viii4 = model.indexOfActivity(QStringLiteral("VIII.4"));
    REQUIRE(viii4.isValid());
    CHECK(model.data(viii4.siblingAtColumn(ActivityTreeModel::Hub)).toString() == QStringLiteral("SUPPORT"));
    CHECK(model.data(viii4.siblingAtColumn(ActivityTreeModel::Ccg)).toString() == QStringLiteral("\u2612"));
    CHECK(model.functionAt(viii4)->numeral == QStringLiteral("VIII"));

    ActivityFilterProxy proxy;
    proxy.setTreeModel(&model);
    uitest::checkModel(proxy);
    CHECK(proxy.shownActivityCount() == model.activityCount());

    proxy.setMarker(ActivityFilterProxy::Marker::Support);
    uitest::checkModel(proxy);
    int support = 0;
    for (const DelegatedFunction &f : demo->catalogue.functions)
        for (const Activity &a : f.activities)
            support += a.hubRole == HubRole::Support ? 1 : 0;
    CHECK(proxy.shownActivityCount() == support);
    CHECK(uitest::countRows(proxy, NodeKindRole, int(ActivityTreeModel::NodeKind::Activity)) == support);

    proxy.setMarker(ActivityFilterProxy::Marker::All);
    proxy.setSearchText(QStringLiteral("rent"));
    uitest::checkModel(proxy);
    CHECK(proxy.shownActivityCount() > 0);
    CHECK(proxy.shownActivityCount() < model.activityCount());
}

TEST_CASE("spec items model: one row per determinable activity, edits requested, locked when agreed", "[ui][models]")
{
    auto demo = loadDemo();
    auto spec = db::SpecRepository(*demo->file).loadOrCreate(QStringLiteral("06A"));
    REQUIRE(spec.ok());
    SpecItemsModel model;
    model.setSpecification(demo->catalogue, spec.value());
    uitest::checkModel(model);
    CHECK(model.rowCount() == determinableActivities(demo->catalogue).size());

    const int row = model.rowOf(QStringLiteral("VIII.4"));
    REQUIRE(row >= 0);
    const QModelIndex det = model.index(row, SpecItemsModel::Determination);
    CHECK(det.data(Qt::EditRole).toInt() == int(Determination::HubSupports));
    CHECK(det.data().toString() == QStringLiteral("Hub supports CCG"));
    CHECK((model.flags(det) & Qt::ItemIsEditable));

    struct Edit {
        QString key;
        Determination determination;
        QString note;
    };
    QVector<Edit> edits;
    QObject::connect(
        &model, &SpecItemsModel::determinationEdited, [&](const QString &key, Determination d, const QString &note) {
            edits.append({ key, d, note });
        });
    CHECK(model.setData(det, int(Determination::CcgDelivers)));
    REQUIRE(edits.size() == 1);
    CHECK(edits.at(0).key == QStringLiteral("VIII.4"));
    CHECK(edits.at(0).determination == Determination::CcgDelivers);
    CHECK_FALSE(model.setData(det, int(Determination::HubSupports))); // unchanged: nothing to ask
    CHECK(model.setData(model.index(row, SpecItemsModel::Note), QStringLiteral("agreed at PCC")));
    REQUIRE(edits.size() == 2);
    CHECK(edits.at(1).determination == Determination::HubSupports);
    CHECK(edits.at(1).note == QStringLiteral("agreed at PCC"));

    // Updating in place keeps the rows (no reset), so open editors survive.
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    model.setSpecification(demo->catalogue, spec.value());
    CHECK(resets == 0);

    model.setLocked(true);
    CHECK_FALSE((model.flags(det) & Qt::ItemIsEditable));
    CHECK_FALSE(model.setData(det, int(Determination::CcgDelivers)));
}
