// Hostile shapes: an item with 100 000 alternative providers. Availability,
// the trace, concentration and chokepoints must stay linear (no quadratic
// pass over the providers, no recursion per provider) and exact. Labelled
// `scale` (tests/CMakeLists.txt): some seconds in a Debug build, too slow
// under the sanitizers.
#include <semichain/algo/availability.hpp>
#include <semichain/algo/chokepoints.hpp>
#include <semichain/algo/concentration.hpp>
#include <semichain/algo/trace.hpp>
#include <semichain/graph/graph.hpp>

#include "support/dates.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;

namespace {
using test_support::some_day;
constexpr index_value makers = 100'000;

/// chip, made by p0 … p99999 (in USA, JPN, TWN, CHN in turn, each a share of
/// 1/100 000), every offering needing wafer, made by wa (KOR) and wb (DEU).
graph wide_model() {
    graph_builder b;
    const std::array<country, 4> lands{USA, JPN, TWN, CHN};
    b.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    b.add(item_input{.id = "wafer", .name = "Wafer", .kind = category::material});
    b.add(company_input{.id = "wa", .name = "WA", .location = KOR, .roles = {role::materials}});
    b.add(company_input{.id = "wb", .name = "WB", .location = DEU, .roles = {role::materials}});
    b.add(provides_input{.provider = "wa", .item = "wafer", .share = 0.5});
    b.add(provides_input{.provider = "wb", .item = "wafer", .share = 0.5});
    for (index_value i = 0; i < makers; ++i) {
        const std::string id = "p" + std::to_string(i);
        b.add(company_input{.id = id, .name = id, .location = lands[i % 4], .roles = {role::foundry}});
        b.add(provides_input{.provider = id, .item = "chip", .share = 1.0 / makers});
    }
    b.add(requires_input{.item = "chip", .input = "wafer", .weight = 0.2});
    return b.build();
}
}  // namespace

TEST_CASE("an item with 100 000 alternative providers", "[wide]") {
    static const graph g = wide_model();  // built once for every section
    const graph_view v = g.view();
    const auto chip = v.item("chip");
    const auto wafer = v.item("wafer");
    const auto wa = v.company("wa");
    const auto wb = v.company("wb");
    REQUIRE(v.offerings_of(chip).size() == makers);

    SECTION("availability: any one maker is enough, the wafer pair is not") {
        CHECK(is_available(v, chip, {}, {.as_of = some_day}));
        std::vector<company_index> all_but_one;
        for (const offering_index o : v.offerings_of(chip))
            if (v.companies[v.offerings[o].provider].id != "p77777") all_but_one.push_back(v.offerings[o].provider);
        REQUIRE(all_but_one.size() == makers - 1);
        const auto r = compute_availability(v, {.as_of = some_day, .disrupted = all_but_one});
        CHECK(r.item_available_to(chip, {}));
        auto everyone = all_but_one;
        everyone.push_back(v.company("p77777"));
        CHECK_FALSE(is_available(v, chip, {}, {.as_of = some_day, .disrupted = everyone}));
        CHECK(is_available(v, chip, {}, {.as_of = some_day, .disrupted = {wa}}));
        CHECK_FALSE(is_available(v, chip, {}, {.as_of = some_day, .disrupted = {wa, wb}}));
        // Every maker sits in one of four countries: all four together stop it.
        CHECK(is_available(v, chip, {}, {.as_of = some_day, .disrupted_countries = {USA, JPN, TWN}}));
        CHECK_FALSE(is_available(v, chip, {}, {.as_of = some_day, .disrupted_countries = {USA, JPN, TWN, CHN}}));
    }

    SECTION("trace: two tiers, the wafer reached once through the first maker") {
        auto t = trace(v, chip);
        const auto root = t.entry(0);
        REQUIRE(root.has_value());
        CHECK(root->followed == makers);
        const auto w = t.find(wafer);
        REQUIRE(w.has_value());
        CHECK(w->tier == 1);
        CHECK(w->via == v.offerings_of(chip).front());
        CHECK(w->followed == 2);
        CHECK_FALSE(t.entry(2).has_value());
    }

    SECTION("concentration: 100 000 equal shares") {
        const auto c = concentration(v, chip);
        CHECK(c.providers == makers);
        CHECK(c.unknown_shares == 0);
        // Σ (100 / 100 000)² · 100 000 = 0.1; four countries of 25 % each: 4 · 25² = 2 500.
        REQUIRE(c.hhi_company.has_value());
        CHECK(*c.hhi_company == Approx(0.1));
        REQUIRE(c.hhi_country.has_value());
        CHECK(*c.hhi_country == Approx(2500.0));
    }

    SECTION("chokepoints: no maker is a single point of failure; the wafer pair is the one set") {
        const chokepoint_query q{.item = chip, .base = {.as_of = some_day}};
        const auto r = chokepoint_sets(v, q);
        CHECK(r.candidates.size() == makers + 2);
        CHECK(r.single_points().empty());
        CHECK(r.sets == std::vector<std::vector<candidate_member_t>>{{wa.value(), wb.value()}});

        // The makers as an explicit candidate list (looked up once, not once
        // per company): no maker set of order ≤ 2.
        chokepoint_query listed = q;
        listed.max_order = 2;
        for (index_value i = 0; i < makers; ++i) listed.candidates.only.push_back(v.company("p" + std::to_string(i)));
        const auto l = chokepoint_sets(v, listed);
        CHECK(l.candidates.size() == makers);
        CHECK(l.sets.empty());

        // By country: the wafer's two countries, and the makers' four.
        chokepoint_query countries = q;
        countries.candidates.by = candidate_kind::countries;
        countries.max_order = 4;
        const auto c = chokepoint_sets(v, countries);
        CHECK(c.country_sets() == std::vector<std::vector<country>>{{DEU, KOR}, {CHN, JPN, TWN, USA}});
    }
}
