// Vocabulary types: countries, blocs, quantities, dates, roles, categories.
#include <semichain/core.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using namespace semichain;
using namespace semichain::countries;
using namespace semichain::literals;

TEST_CASE("countries are assigned ISO 3166-1 alpha-3 codes with names", "[core][country]") {
    STATIC_REQUIRE(CHN.code() == "CHN");
    STATIC_REQUIRE(TWN.name() == "Taiwan");
    STATIC_REQUIRE(KOR.name() == "South Korea");
    STATIC_REQUIRE(country::count == 249);
    STATIC_REQUIRE(country{"NLD"} == NLD);
    STATIC_REQUIRE(CHN < USA);  // ordered by code
    CHECK(country{std::string{"JPN"}}.name() == "Japan");
    CHECK(country::parse("DEU") == DEU);
    CHECK_FALSE(country::parse("XYZ").has_value());   // well-formed but unassigned
    CHECK_FALSE(country::parse("chn").has_value());   // codes are upper case
    CHECK_FALSE(country::parse("CN").has_value());    // alpha-2 is not alpha-3
    CHECK_FALSE(country::parse("CHNA").has_value());
    CHECK_THROWS_WITH(country{std::string{"XYZ"}}, Catch::Contains("'XYZ' is not an assigned ISO 3166-1 alpha-3"));
    // Every named country of the industry list resolves to its code.
    for (const auto* code : {"CHN", "USA", "TWN", "KOR", "JPN", "NLD", "DEU", "GBR", "FRA", "SGP", "MYS", "ISR", "AUT",
                             "SWE", "CHE", "IND", "VNM"})
        CHECK(country{std::string{code}}.code() == code);
}

TEST_CASE("blocs are sets of countries with union, intersection and difference", "[core][bloc]") {
    constexpr bloc asia{CHN, TWN, KOR, JPN};
    constexpr bloc allies = blocs::sme_allies;
    STATIC_REQUIRE(allies.size() == 3);
    STATIC_REQUIRE((asia & allies) == bloc{JPN});
    STATIC_REQUIRE((asia | allies).size() == 6);
    STATIC_REQUIRE((asia - allies) == bloc{CHN, TWN, KOR});
    STATIC_REQUIRE(blocs::china.contains(CHN));
    STATIC_REQUIRE(!blocs::china.contains(TWN));
    STATIC_REQUIRE(bloc{}.empty());
    STATIC_REQUIRE(bloc::world().size() == 249);
    CHECK((asia | allies).codes() == "CHN,JPN,KOR,NLD,TWN,USA");
    bloc b{USA};
    b.insert(CHN);
    b.erase(USA);
    CHECK(b == blocs::china);
}

TEST_CASE("shares and weights are fractions in [0, 1]", "[core][quantities]") {
    STATIC_REQUIRE(share{0.6}.value() == 0.6);
    STATIC_REQUIRE(share{0.6}.percent() == 60.0);
    STATIC_REQUIRE(weight{0.0} < weight{0.3});
    STATIC_REQUIRE(share{1.0} == share{1.0});
    volatile double too_big = 1.2, negative = -0.1;  // run-time values
    CHECK_THROWS_AS(share{too_big}, value_error);
    CHECK_THROWS_WITH(share{negative}, Catch::Contains("a share must be a fraction in [0, 1]"));
    CHECK_THROWS_WITH(weight{too_big}, Catch::Contains("a weight must be a fraction in [0, 1]"));
    volatile double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS(share{nan});
}

TEST_CASE("lengths in nanometres and transistor counts", "[core][quantities]") {
    STATIC_REQUIRE((7_nm).count() == 7.0);
    STATIC_REQUIRE(5_nm < 7_nm);
    STATIC_REQUIRE((2.5_nm).count() == 2.5);
    STATIC_REQUIRE((15.3_bn_transistors).count() == 15'300'000'000ULL);
    STATIC_REQUIRE((19_bn_transistors) < (30_bn_transistors));
    STATIC_REQUIRE((19_bn_transistors).billions() == 19.0);
    volatile double zero = 0.0;
    CHECK_THROWS_WITH(nanometers{zero}, Catch::Contains("positive and finite"));
}

TEST_CASE("dates parse from YYYY-MM-DD and convert to day numbers", "[core][date]") {
    using namespace std::chrono;
    STATIC_REQUIRE(parse_date("2019-05-16") == 2019y / May / 16);
    STATIC_REQUIRE(!parse_date("2019-02-29"));  // not a leap year
    STATIC_REQUIRE(parse_date("2024-02-29") == 2024y / February / 29);
    STATIC_REQUIRE(!parse_date("2019-5-16"));
    STATIC_REQUIRE(!parse_date("2019/05/16"));
    STATIC_REQUIRE(to_day_number(1970y / January / 1) == 0);
    STATIC_REQUIRE(to_day_number(2020y / September / 15) - to_day_number(2020y / May / 15) == 123);
    STATIC_REQUIRE(to_date(to_day_number(2023y / September / 1)) == 2023y / September / 1);
    CHECK(format_date(2019y / May / 16) == "2019-05-16");
    CHECK(format_day(since_always).empty());
}

TEST_CASE("roles, categories and attribute enums round-trip through their names", "[core][enums]") {
    STATIC_REQUIRE(to_string(role::device_maker) == "device_maker");
    STATIC_REQUIRE(to_string(role::virtual_) == "virtual");
    STATIC_REQUIRE(parse_role("osat") == role::osat);
    STATIC_REQUIRE(!parse_role("fab"));
    STATIC_REQUIRE(parse_category("process_node") == category::process_node);
    STATIC_REQUIRE(to_string(lithography::duv_immersion) == "duv_immersion");
    STATIC_REQUIRE(parse_tool_class("euv_scanner") == tool_class::euv_scanner);
    STATIC_REQUIRE(parse_packaging_family("interposer_2_5d") == packaging_family::interposer_2_5d);
    STATIC_REQUIRE(parse_status("public") == status::public_);
    STATIC_REQUIRE(!parse_status(""));
    constexpr role_set rs{role::designer, role::device_maker};
    STATIC_REQUIRE(rs.contains(role::designer));
    STATIC_REQUIRE(!rs.contains(role::foundry));
    STATIC_REQUIRE((rs | role_set{role::foundry}).contains(role::foundry));
}
