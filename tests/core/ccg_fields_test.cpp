// A CCG's fields are checked once, in core: the code, the name and the leads,
// each refusal naming its field.
#include "test_support.h"

#include "core/catalogue/ccg_fields.h"

using namespace hub;
using namespace Qt::StringLiterals;

TEST_CASE("A CCG code is three letters or digits, stored in capitals", "[core][ccgs]")
{
    CHECK(validateCcgCode(u" 05x "_s).value() == u"05X"_s);
    CHECK(validateCcgCode(u"13P"_s).value() == u"13P"_s);
    for (const QString &bad : { u""_s, u"5X"_s, u"05XX"_s, u"0-5"_s, u"05 X"_s, u"\u00C905X"_s }) {
        INFO(bad.toStdString());
        const auto r = validateCcgCode(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == u"code"_s);
        CHECK(r.error().code == ErrorCode::Invalid);
    }
}

TEST_CASE("A CCG edit is checked field by field", "[core][ccgs]")
{
    const auto ok = validateCcgEdit({ { u"ccg_lead"_s, u"  Sarah Okafor "_s }, { u"short_name"_s, QString() } });
    REQUIRE(ok.ok());
    CHECK(ok->value(u"ccg_lead"_s).toString() == u"Sarah Okafor"_s); // trimmed
    CHECK(ok->value(u"short_name"_s).toString().isEmpty()); // a lead or short name may be cleared

    CHECK(validateCcgEdit({ { u"name"_s, u"  "_s } }).error().field == u"name"_s);
    CHECK(validateCcgEdit({ { u"name"_s, u"  "_s } }).error().message == u"The CCG needs a name."_s);
    CHECK(validateCcgEdit({ { u"code"_s, u"07B"_s } }).error().field == u"code"_s);
    CHECK(validateCcgEdit({ { u"locality"_s, u"Black\tCountry"_s } }).error().field == u"locality"_s);
    CHECK(validateCcgEdit({ { u"hub_finance_lead"_s, QString(201, u'x') } }).error().field == u"hub_finance_lead"_s);
    CHECK_FALSE(validateCcgEdit({}).ok());
}

TEST_CASE("A new CCG needs a good code and a name", "[core][ccgs]")
{
    NewCcg typed;
    typed.code = u"05x"_s;
    typed.fields = { { u"name"_s, u"NHS Telford and Wrekin CCG"_s }, { u"hub_contracting_lead"_s, u"Aisha Patel"_s } };
    const auto ok = validateNewCcg(typed);
    REQUIRE(ok.ok());
    CHECK(ok->code == u"05X"_s);

    NewCcg noName = typed;
    noName.fields.remove(u"name"_s);
    CHECK(validateNewCcg(noName).error().field == u"name"_s);
    NewCcg badCode = typed;
    badCode.code = u"Telford"_s;
    CHECK(validateNewCcg(badCode).error().field == u"code"_s);
}
