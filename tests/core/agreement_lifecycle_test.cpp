// Extensions and notices (the seeds' "Period of the Agreement"): what may be
// recorded and the end date the agreement is left with.

#include "test_support.h"

#include "core/catalogue/agreement_dates.h"
#include "core/catalogue/agreement_lifecycle.h"
#include "core/catalogue/catalogue_json.h"

using namespace Qt::StringLiterals;

namespace
{

hub::Agreement london()
{
    const hub::Result<hub::Catalogue> cat = hub::loadBuiltInCatalogue();
    REQUIRE(cat.ok());
    return *cat->agreement(u"london-core-principles"_s);
}

} // namespace

TEST_CASE("an extension moves the end in force; a late one is recorded and said so", "[agreement-lifecycle]")
{
    hub::Agreement a = london();
    CHECK(hub::effectiveEnd(a) == QDate(2016, 3, 31));
    CHECK(hub::checkExtension(a, QDate(2015, 8, 20), QDate(2017, 3, 31), u"Both parties"_s).ok());
    CHECK(hub::checkExtension(a, QDate(2015, 8, 20), QDate(2016, 3, 31), u"Both parties"_s).error().field
        == u"new_end"_s);
    CHECK(hub::checkExtension(a, QDate(2015, 8, 20), QDate(2017, 3, 31), u" "_s).error().field == u"by"_s);
    a.history.append(
        { hub::AgreementEventKind::Extension, QDate(2015, 9, 10), {}, u"Both parties"_s, QDate(2017, 3, 31), {}, {} });
    CHECK(hub::extendedEnd(a) == QDate(2017, 3, 31));
    CHECK(hub::extensionLate(a, QDate(2015, 9, 10)));
    CHECK(hub::describeEvent(a, a.history.first()).contains(u"agreed after 01/09/2015"_s));
    const auto dates = hub::keyDates(a, QDate(2015, 10, 1));
    const auto has = [&](const QString &key, const QDate &d) {
        return std::any_of(
            dates.begin(), dates.end(), [&](const hub::KeyDate &k) { return k.key == key && k.date == d; });
    };
    CHECK(has(u"extended-end"_s, QDate(2017, 3, 31)));
    CHECK(has(u"latest-notice"_s, QDate(2016, 9, 30))); // six months before the extended end
}

TEST_CASE("a notice takes effect six months on and ends the agreement then", "[agreement-lifecycle]")
{
    hub::Agreement a = london();
    CHECK(hub::noticeEffectiveEnd(a, QDate(2015, 10, 31)) == QDate(2016, 4, 30));
    CHECK(hub::checkNotice(a, u"NHS England London Regional Team"_s, QDate(2015, 6, 1)).ok());
    const hub::Status stranger = hub::checkNotice(a, u"NHS Dudley CCG"_s, QDate(2015, 6, 1));
    REQUIRE_FALSE(stranger.ok());
    CHECK(stranger.error().field == u"party"_s);
    CHECK(stranger.error().message.contains(u"London SPGs and CCGs' Committees"_s));
    a.history.append({ hub::AgreementEventKind::Notice, QDate(2015, 6, 1), u"NHS England London Regional Team"_s,
        u"Director of Primary Care"_s, QDate(2015, 12, 1), {}, {} });
    CHECK(hub::effectiveEnd(a) == QDate(2015, 12, 1));
    CHECK_FALSE(hub::checkNotice(a, u"London SPGs and CCGs' Committees"_s, QDate(2015, 7, 1)).ok()); // already given
    CHECK_FALSE(hub::checkExtension(a, QDate(2015, 7, 1), QDate(2017, 3, 31), u"Both"_s).ok());
    CHECK(hub::describeEvent(a, a.history.first()).contains(u"ends 01/12/2015, after 6 months' notice"_s));
}

TEST_CASE("an agreement without a notice period refuses a notice", "[agreement-lifecycle]")
{
    hub::Agreement a = london();
    a.noticeMonths = 0;
    CHECK(hub::checkNotice(a, u"NHS England London Regional Team"_s, QDate(2015, 6, 1))
              .error()
              .message.contains(u"sets no notice period"_s));
    CHECK_FALSE(hub::noticeEffectiveEnd(a, QDate(2015, 6, 1)).isValid());
}

TEST_CASE("a written confirmation needs a party and a date", "[agreement-lifecycle]")
{
    const hub::Agreement a = london();
    CHECK(hub::checkConfirmation(a, { u""_s, QDate(2015, 5, 1), {}, {}, {} }).error().field == u"party"_s);
    CHECK(hub::checkConfirmation(a, { u"NHS England London Regional Team"_s, QDate(), {}, {}, {} }).error().field
        == u"confirmed_on"_s);
}
