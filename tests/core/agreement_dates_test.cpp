#include "test_support.h"

#include "core/catalogue/agreement_dates.h"
#include "core/catalogue/catalogue_json.h"

namespace
{

hub::Agreement agreement(const QString &key)
{
    hub::Result<hub::Catalogue> cat = hub::loadBuiltInCatalogue();
    REQUIRE(cat.ok());
    const hub::Agreement *a = cat->agreement(key);
    REQUIRE(a);
    return *a;
}

QStringList keysOf(const QVector<hub::KeyDate> &dates)
{
    QStringList keys;
    for (const hub::KeyDate &d : dates)
        keys << d.key;
    return keys;
}

const hub::KeyDate *find(const QVector<hub::KeyDate> &dates, const QString &key)
{
    for (const hub::KeyDate &d : dates) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST_CASE("London: extension by 01/09/2015, latest notice to withdraw at 31/03/2016 is 30/09/2015", "[agreement-dates]")
{
    const hub::Agreement london = agreement(QStringLiteral("london-core-principles"));
    CHECK(london.extensionAgreeBy == QDate(2015, 9, 1));
    CHECK(london.noticeMonths == 6);
    CHECK(hub::latestNoticeDate(london, QDate(2016, 3, 31)) == QDate(2015, 9, 30));
    CHECK(hub::latestNoticeDate(london, london.periodEnd) == QDate(2015, 9, 30));
}

TEST_CASE("latestNoticeDate follows QDate::addMonths and is null without a notice period", "[agreement-dates]")
{
    hub::Agreement a;
    a.noticeMonths = 6;
    CHECK(hub::latestNoticeDate(a, QDate(2016, 8, 31)) == QDate(2016, 2, 29)); // clamped to month end
    CHECK(hub::latestNoticeDate(a, QDate(2015, 8, 31)) == QDate(2015, 2, 28));
    CHECK(hub::latestNoticeDate(a, QDate(2016, 1, 15)) == QDate(2015, 7, 15));
    CHECK(hub::latestNoticeDate(a, QDate()).isNull());
    a.noticeMonths = 0;
    CHECK(hub::latestNoticeDate(a, QDate(2016, 3, 31)).isNull());

    const hub::Agreement wm = agreement(QStringLiteral("west-midlands-hub"));
    CHECK(wm.noticeMonths == 0);
    CHECK(hub::latestNoticeDate(wm, wm.periodEnd).isNull());
}

TEST_CASE("extension deadline passes the day after the agree-by date", "[agreement-dates]")
{
    const hub::Agreement london = agreement(QStringLiteral("london-core-principles"));
    CHECK_FALSE(hub::extensionDeadlinePassed(london, QDate(2015, 8, 31)));
    CHECK_FALSE(hub::extensionDeadlinePassed(london, QDate(2015, 9, 1)));
    CHECK(hub::extensionDeadlinePassed(london, QDate(2015, 9, 2)));

    const hub::Agreement wm = agreement(QStringLiteral("west-midlands-hub"));
    CHECK(wm.extensionAgreeBy.isNull());
    CHECK_FALSE(hub::extensionDeadlinePassed(wm, QDate(2030, 1, 1)));
}

TEST_CASE("key date statuses", "[agreement-dates]")
{
    const QDate today(2015, 9, 1);
    CHECK(hub::keyDateStatus(QDate(2015, 8, 31), today, true) == QStringLiteral("passed"));
    CHECK(hub::keyDateStatus(today, today, true) == QStringLiteral("due today"));
    CHECK(hub::keyDateStatus(today, today, false) == QStringLiteral("today"));
    CHECK(hub::keyDateStatus(QDate(2015, 9, 2), today, true) == QStringLiteral("due in 1 day"));
    CHECK(hub::keyDateStatus(QDate(2015, 9, 30), today, true) == QStringLiteral("due in 29 days"));
    CHECK(hub::keyDateStatus(QDate(2015, 9, 30), today, false) == QStringLiteral("in 29 days"));
    CHECK(hub::keyDateStatus(QDate(), today, false).isEmpty());
}

TEST_CASE("London key dates in date order with notice and extension deadlines", "[agreement-dates]")
{
    const hub::Agreement london = agreement(QStringLiteral("london-core-principles"));
    const QVector<hub::KeyDate> dates = hub::keyDates(london, QDate(2015, 8, 1));
    CHECK(keysOf(dates)
        == QStringList { QStringLiteral("period-start"), QStringLiteral("extension-agree-by"),
            QStringLiteral("latest-notice"), QStringLiteral("period-end") });

    const hub::KeyDate *ext = find(dates, QStringLiteral("extension-agree-by"));
    REQUIRE(ext);
    CHECK(ext->label == QStringLiteral("Extension to be agreed by"));
    CHECK(ext->date == QDate(2015, 9, 1));
    CHECK(ext->deadline);
    CHECK(ext->daysFromToday == 31);
    CHECK(ext->status == QStringLiteral("due in 31 days"));

    const hub::KeyDate *notice = find(dates, QStringLiteral("latest-notice"));
    REQUIRE(notice);
    CHECK(notice->date == QDate(2015, 9, 30));
    CHECK(notice->status == QStringLiteral("due in 60 days"));

    const hub::KeyDate *end = find(dates, QStringLiteral("period-end"));
    REQUIRE(end);
    CHECK(end->status == QStringLiteral("in 243 days"));
    CHECK(find(dates, QStringLiteral("period-start"))->status == QStringLiteral("passed"));

    const QVector<hub::KeyDate> later = hub::keyDates(london, QDate(2015, 10, 1));
    CHECK(find(later, QStringLiteral("extension-agree-by"))->status == QStringLiteral("passed"));
    CHECK(find(later, QStringLiteral("latest-notice"))->status == QStringLiteral("passed"));
    CHECK(find(later, QStringLiteral("latest-notice"))->daysFromToday == -1);
}

TEST_CASE("West Midlands key dates: no extension or notice dates", "[agreement-dates]")
{
    const hub::Agreement wm = agreement(QStringLiteral("west-midlands-hub"));
    const QVector<hub::KeyDate> dates = hub::keyDates(wm, QDate(2015, 11, 30));
    CHECK(keysOf(dates)
        == QStringList { QStringLiteral("published"), QStringLiteral("updated"), QStringLiteral("service-start"),
            QStringLiteral("period-start"), QStringLiteral("period-end") });
    CHECK(find(dates, QStringLiteral("published"))->status == QStringLiteral("passed"));
    CHECK(find(dates, QStringLiteral("service-start"))->date == QDate(2015, 12, 1));
    CHECK(find(dates, QStringLiteral("service-start"))->status == QStringLiteral("in 1 day"));
    CHECK(find(dates, QStringLiteral("period-end"))->status == QStringLiteral("in 487 days"));
}
