// The one current-level rule, each CCG's own specification version line, the
// sign-off a specification needs, and the parts of a letter around its body.
#include "test_support.h"

#include "core/cases/letter_parts.h"
#include "core/catalogue/catalogue_json.h"
#include "core/catalogue/current_level.h"
#include "core/specification/spec_wording.h"

using namespace hub;
using namespace Qt::StringLiterals;

namespace
{

const auto d = hubtest::isoDate;

Catalogue shipped()
{
    Result<Catalogue> c = loadBuiltInCatalogue();
    REQUIRE(c.ok());
    return c.value();
}

} // namespace

TEST_CASE("a CCG whose last recorded level has ended has no current level", "[core][levels]")
{
    const Catalogue cat = shipped();
    const Ccg *wolverhampton = cat.ccg(u"06A"_s);
    REQUIRE(wolverhampton);
    // The seed: greater collaboration until 1 October 2015, nothing recorded after.
    REQUIRE(levelOn(*wolverhampton, d("2015-10-01")));
    CHECK(levelOn(*wolverhampton, d("2015-10-01"))->level == CommissioningLevel::GreaterCollaboration);
    CHECK(levelOn(*wolverhampton, d("2017-03-31")) == nullptr); // the demo's as-of day
    CHECK(currentLevelText(*wolverhampton, d("2015-06-01")) == u"Greater collaboration"_s);
    CHECK(currentLevelText(*wolverhampton, d("2017-03-31")) == u"No level recorded after 01/10/2015"_s);
    // The JSON the CLI prints follows the same rule on the day it is given.
    CHECK(toJson(*wolverhampton, 0, d("2017-03-31")).value(u"currentLevel"_s).isNull());
    CHECK(toJson(*wolverhampton, 0, d("2015-06-01")).value(u"currentLevel"_s).toString() == u"greater-collaboration"_s);

    const Ccg *walsall = cat.ccg(u"05Y"_s);
    REQUIRE(walsall);
    CHECK(currentLevelText(*walsall, d("2017-03-31")) == u"Joint commissioning"_s);
    CHECK(currentLevelText(*walsall, d("2015-09-30")) == u"No level recorded"_s);
}

TEST_CASE("each CCG's specification names that CCG in its version line", "[core][spec]")
{
    const Catalogue cat = shipped();
    const Agreement *wm = cat.agreement(u"west-midlands-hub"_s);
    REQUIRE(wm);
    CHECK(wm->version == u"1.0 Wolverhampton CCG"_s); // the transcribed copy was Wolverhampton's
    CHECK(agreementVersionNumber(wm->version) == u"1.0"_s);
    CHECK(specVersionLabel(wm->version, *cat.ccg(u"06A"_s)) == u"Version 1.0 Wolverhampton CCG"_s);
    CHECK(specVersionLabel(wm->version, *cat.ccg(u"05Y"_s)) == u"Version 1.0 Walsall CCG"_s);
    CHECK_FALSE(specVersionLabel(wm->version, *cat.ccg(u"13P"_s)).contains(u"Wolverhampton"_s));
}

TEST_CASE("agreeing needs every signature's name and date; the lock says when and by whom", "[core][spec]")
{
    CcgSpecification spec;
    spec.ccgLeadName = u"Sarah Okafor"_s;
    spec.ccgLeadSignedOn = d("2016-02-10");
    spec.directorName = u"David Williams"_s;
    CHECK(agreementBlockers(spec) == QStringList { u"the Locality Director's signature date is missing"_s });
    spec.directorSignedOn = d("2016-02-15");
    CHECK(agreementBlockers(spec).isEmpty());
    CHECK(specAgreedText(spec).isEmpty()); // still a draft
    spec.status = SpecStatus::Agreed;
    CHECK(specAgreedOn(spec) == d("2016-02-15"));
    CHECK(specAgreedText(spec) == u"Agreed 15/02/2016 by Sarah Okafor and David Williams"_s);
}

TEST_CASE("a letter is addressed to the requester when known, then the practice and its address", "[core][letters]")
{
    QHash<QString, QString> values { { u"practice_name"_s, u"Dr Bhardwaj M K & Partners"_s },
        { u"officer"_s, u"A Patel"_s } };
    Letterhead head;
    head.hubName = u"NHS England West Midlands Primary Care Hub"_s;
    head.address = u"Hub House\n\n  1 Example Street \nBirmingham"_s;
    head.phone = u"0121 000 0000"_s;
    head.email = u"hub@example.nhs.uk"_s;
    addLetterPartValues(
        values, head, addressLines(u"Frankley Health Centre, 125 New Street, , Rubery"_s, u"B45 0EU"_s).join(u'\n'));

    // No requester: the practice and its ODS address; no empty lines; "Dear colleague".
    CHECK(letterAddressee(values)
        == QStringList { u"Dr Bhardwaj M K & Partners"_s, u"Frankley Health Centre"_s, u"125 New Street"_s, u"Rubery"_s,
            u"B45 0EU"_s });
    CHECK(values.value(u"salutation"_s) == u"Dear colleague,"_s);
    CHECK(letterSender(values)
        == QStringList {
            u"NHS England West Midlands Primary Care Hub"_s, u"Hub House"_s, u"1 Example Street"_s, u"Birmingham"_s });
    CHECK(letterContactLine(values) == u"Contact: A Patel\nTelephone 0121 000 0000\nEmail hub@example.nhs.uk"_s);

    // A named requester: addressed to them, and greeted by name.
    values.insert(u"requester_name"_s, u"Sarah Okafor"_s);
    values.insert(u"requester_organisation"_s, u"Dr Bhardwaj M K & Partners"_s); // the practice: not repeated
    addLetterPartValues(values, head, values.value(u"practice_address"_s));
    CHECK(letterAddressee(values).first() == u"Sarah Okafor"_s);
    CHECK(letterAddressee(values).count(u"Dr Bhardwaj M K & Partners"_s) == 1);
    CHECK(values.value(u"salutation"_s) == u"Dear Sarah Okafor,"_s);
    CHECK_FALSE(letterSalutation(values).contains(u"colleague"_s));

    // Empty fields leave their lines out.
    QHash<QString, QString> bare { { u"requester_organisation"_s, u"  "_s } };
    addLetterPartValues(bare, Letterhead {}, QString());
    CHECK(letterAddressee(bare).isEmpty());
    CHECK(letterSender(bare).isEmpty());
    CHECK(letterContactLine(bare).isEmpty());
}

TEST_CASE("full-response and closure letters read the timeline", "[core][letters]")
{
    QHash<QString, QString> values;
    addTimelineValues(values,
        { hubtest::ev(CaseEventKind::Responded, "2016-03-01", "", "First answer"),
            hubtest::ev(CaseEventKind::Responded, "2016-03-08", "", "The locum claim is payable."),
            hubtest::ev(CaseEventKind::Closed, "2016-03-10", "", "Resolved with the practice.") });
    CHECK(values.value(u"responded_on"_s) == u"8 March 2016"_s);
    CHECK(values.value(u"response_text"_s) == u"The locum claim is payable."_s);
    CHECK(values.value(u"closed_on"_s) == u"10 March 2016"_s);
    CHECK(values.value(u"closure_note"_s) == u"Resolved with the practice."_s);
}
