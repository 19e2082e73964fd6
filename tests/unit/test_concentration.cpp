// Concentration of an item's supply: providers, top shares, HHI (DESIGN.md §5).
#include <semichain/algo/concentration.hpp>
#include <semichain/graph/graph.hpp>

#include "../static/minimal_model.hpp"
#include "support/minimal_model.hpp"
#include "support/random_graph.hpp"

#include <catch2/catch.hpp>

#include <range/v3/range/conversion.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;

namespace {
}  // namespace

TEST_CASE("the minimal model: wafer HHI 5200 by company and by country", "[concentration]") {
    const graph g = test_support::minimal_model().build();
    const auto v = g.view();
    const auto w = concentration(v, v.item("wafer"));
    CHECK(w.item == v.item("wafer"));
    CHECK(w.providers == 2);
    CHECK(w.unknown_shares == 0);
    // 60² + 40² = 3600 + 1600 = 5200; a is in USA, b in JPN: the same by country.
    REQUIRE(w.hhi_company);
    CHECK(*w.hhi_company == Approx(5200));
    REQUIRE(w.hhi_country);
    CHECK(*w.hhi_country == Approx(5200));
    REQUIRE(w.top_company);
    CHECK(w.top_company->company == v.company("a"));
    CHECK(w.top_company->portion.value() == Approx(0.6));
    REQUIRE(w.top_country);
    CHECK(w.top_country->land == USA);
    CHECK(w.top_country->portion.value() == Approx(0.6));
    CHECK_FALSE(w.from_country_rows);

    // One provider with the whole market: 10 000.
    const auto chip = concentration(v, v.item("chip"));
    CHECK(chip.providers == 1);
    CHECK(*chip.hhi_company == Approx(10000));
    CHECK(*chip.hhi_country == Approx(10000));
    CHECK(chip.top_country->land == TWN);

    // Every item at once, lazily.
    const auto all = concentrations(v) | ranges::to<std::vector>();
    REQUIRE(all.size() == v.items.size());
    CHECK(all[v.item("wafer").value()].hhi_company == w.hhi_company);
}

TEST_CASE("two companies in one country add up in the country figures", "[concentration]") {
    graph_builder b;
    b.add(company_input{.id = "c1", .name = "C1", .location = USA, .roles = {role::materials}});
    b.add(company_input{.id = "c2", .name = "C2", .location = USA, .roles = {role::materials}});
    b.add(company_input{.id = "c3", .name = "C3", .location = JPN, .roles = {role::materials}});
    b.add(company_input{.id = "c4", .name = "C4", .location = KOR, .roles = {role::materials}});
    b.add(item_input{.id = "gas", .name = "Gas", .kind = category::material});
    b.add(provides_input{.provider = "c1", .item = "gas", .share = 0.5});
    b.add(provides_input{.provider = "c2", .item = "gas", .share = 0.2});
    b.add(provides_input{.provider = "c3", .item = "gas", .share = 0.3});
    b.add(provides_input{.provider = "c4", .item = "gas"});  // share unknown
    const graph g = b.build();
    const auto v = g.view();
    const auto r = concentration(v, v.item("gas"));
    CHECK(r.providers == 4);
    CHECK(r.unknown_shares == 1);
    // Companies: 50² + 20² + 30² = 2500 + 400 + 900 = 3800 (c4 left out).
    CHECK(*r.hhi_company == Approx(3800));
    CHECK(r.top_company->company == v.company("c1"));
    CHECK(r.top_company->portion.value() == Approx(0.5));
    // Countries: USA 0.5 + 0.2 = 0.7, JPN 0.3: 70² + 30² = 4900 + 900 = 5800 (KOR unknown: not there).
    CHECK(*r.hhi_country == Approx(5800));
    CHECK(r.top_country->land == USA);
    CHECK(r.top_country->portion.value() == Approx(0.7));
}

TEST_CASE("country-level rows give the country figures; residual rows are left out", "[concentration][aggregate]") {
    graph_builder b;
    b.add(company_input{.id = "asml", .name = "ASML", .location = NLD, .roles = {role::equipment}});
    b.add(company_input{.id = "nikon", .name = "Nikon", .location = JPN, .roles = {role::equipment}});
    b.add(company_input{.id = "canon", .name = "Canon", .location = JPN, .roles = {role::equipment}});
    b.add(company_input{.id = "nld", .name = "Netherlands", .location = NLD, .roles = {role::aggregate}});
    b.add(company_input{.id = "jpn", .name = "Japan", .location = JPN, .roles = {role::aggregate}});
    b.add(company_input{.id = "various", .name = "Various countries", .roles = {role::aggregate}});
    b.add(item_input{.id = "litho", .name = "Lithography tools", .kind = category::tool});
    b.add(item_input{.id = "resist", .name = "Photoresist", .kind = category::material});
    // Both levels, as in the ETO data.
    b.add(provides_input{.provider = "nld", .item = "litho", .share = 0.6});
    b.add(provides_input{.provider = "jpn", .item = "litho", .share = 0.3});
    b.add(provides_input{.provider = "various", .item = "litho", .share = 0.1});
    b.add(provides_input{.provider = "asml", .item = "litho", .share = 0.5});
    b.add(provides_input{.provider = "nikon", .item = "litho", .share = 0.2});
    b.add(provides_input{.provider = "canon", .item = "litho", .share = 0.1});
    // Country rows only.
    b.add(provides_input{.provider = "jpn", .item = "resist", .share = 0.9});
    b.add(provides_input{.provider = "various", .item = "resist"});
    const graph g = b.build();
    const auto v = g.view();

    const auto litho = concentration(v, v.item("litho"));
    CHECK(litho.providers == 6);
    CHECK(litho.unknown_shares == 0);
    CHECK(litho.from_country_rows);
    // Countries from the rows: NLD 0.6, JPN 0.3 (not nikon + canon): 3600 + 900 = 4500; "various" left out.
    CHECK(*litho.hhi_country == Approx(4500));
    CHECK(litho.top_country->land == NLD);
    CHECK(litho.top_country->portion.value() == Approx(0.6));
    // Companies: 50² + 20² + 10² = 2500 + 400 + 100 = 3000; country rows are no companies.
    CHECK(*litho.hhi_company == Approx(3000));
    CHECK(litho.top_company->company == v.company("asml"));

    const auto resist = concentration(v, v.item("resist"));
    CHECK(resist.providers == 2);
    CHECK(resist.unknown_shares == 1);
    CHECK_FALSE(resist.hhi_company);  // no company rows at all
    CHECK_FALSE(resist.top_company);
    CHECK(*resist.hhi_country == Approx(8100));  // 90²
    CHECK(resist.top_country->land == JPN);
}

TEST_CASE("dates choose the offerings; a provider counts once, with its latest share", "[concentration][dates]") {
    graph_builder b;
    b.add(company_input{.id = "a", .name = "A", .location = USA, .roles = {role::materials}});
    b.add(company_input{.id = "b", .name = "B", .location = JPN, .roles = {role::materials}});
    b.add(item_input{.id = "wafer", .name = "Wafer", .kind = category::material});
    b.add(item_input{.id = "nothing", .name = "Nothing", .kind = category::material});
    b.add(provides_input{.provider = "a", .item = "wafer", .share = 0.3, .until = 2020y / 1 / 1});
    b.add(provides_input{.provider = "a", .item = "wafer", .share = 0.5, .since = 2020y / 1 / 1});
    b.add(provides_input{.provider = "b", .item = "wafer", .share = 0.5, .since = 2021y / 1 / 1});
    const graph g = b.build();
    const auto v = g.view();
    const auto wafer = v.item("wafer");

    const auto early = concentration(v, wafer, 2019y / 6 / 1);
    CHECK(early.providers == 1);
    CHECK(early.top_company->portion.value() == Approx(0.3));
    CHECK(*early.hhi_company == Approx(900));
    CHECK(*early.hhi_country == Approx(900));

    const auto late = concentration(v, wafer, 2024y / 1 / 1);
    CHECK(late.providers == 2);
    CHECK(*late.hhi_company == Approx(5000));  // 50² + 50²
    CHECK(late.top_company->company == v.company("a"));  // a tie: the smaller id

    const auto any = concentration(v, wafer);  // no date: every offering, a's latest share
    CHECK(any.providers == 2);
    CHECK(*any.hhi_company == Approx(5000));

    const auto none = concentration(v, v.item("nothing"));
    CHECK(none.providers == 0);
    CHECK_FALSE(none.hhi_company);
    CHECK_FALSE(none.hhi_country);
    CHECK_FALSE(none.top_company);
    CHECK_FALSE(none.top_country);
}

TEST_CASE("shares adding to more than 1.02 are renormalised; an HHI is never above 10 000", "[concentration][renormalised]") {
    graph_builder b;
    b.add(company_input{.id = "a", .name = "A", .location = USA, .roles = {role::materials}});
    b.add(company_input{.id = "b", .name = "B", .location = JPN, .roles = {role::materials}});
    b.add(company_input{.id = "nld", .name = "Netherlands", .location = NLD, .roles = {role::aggregate}});
    b.add(company_input{.id = "jpn", .name = "Japan", .location = JPN, .roles = {role::aggregate}});
    for (const char* x : {"over", "rounding", "rows"}) b.add(item_input{.id = x, .name = x, .kind = category::material});
    // 0.7 + 0.5 = 1.2: scaled by 1/1.2.
    b.add(provides_input{.provider = "a", .item = "over", .share = 0.7});
    b.add(provides_input{.provider = "b", .item = "over", .share = 0.5});
    // 1.0 + 0.01 = 1.01: rounding, used as given.
    b.add(provides_input{.provider = "a", .item = "rounding", .share = 1.0});
    b.add(provides_input{.provider = "b", .item = "rounding", .share = 0.01});
    // Country rows 0.8 + 0.4 = 1.2.
    b.add(provides_input{.provider = "nld", .item = "rows", .share = 0.8});
    b.add(provides_input{.provider = "jpn", .item = "rows", .share = 0.4});
    const graph g = b.build();
    const auto v = g.view();
    // The loader warns about the items above 1.02 only (items in id order: over, rounding, rows).
    REQUIRE(g.warnings().size() == 2);
    CHECK(g.warnings()[0].offending == "over");
    CHECK(g.warnings()[1].offending == "rows");

    // (70² + 50²) / 1.2² = 7400 / 1.44 = 5138.89; top 0.7 / 1.2 = 0.58333.
    const auto over = concentration(v, v.item("over"));
    CHECK(over.renormalised);
    CHECK(*over.hhi_company == Approx(7400.0 / 1.44));
    CHECK(*over.hhi_country == Approx(7400.0 / 1.44));
    CHECK(over.top_company->portion.value() == Approx(0.7 / 1.2));
    CHECK(over.top_country->land == USA);

    // 100² + 1² = 10 001 from shares used as given: capped at 10 000.
    const auto rounding = concentration(v, v.item("rounding"));
    CHECK_FALSE(rounding.renormalised);
    CHECK(*rounding.hhi_company == 10000.0);
    CHECK(*rounding.hhi_country == 10000.0);
    CHECK(rounding.top_company->portion.value() == 1.0);

    // (80² + 40²) / 1.44 = 8000 / 1.44 = 5555.56 over the country rows; no company rows.
    const auto rows = concentration(v, v.item("rows"));
    CHECK(rows.renormalised);
    CHECK(rows.from_country_rows);
    CHECK_FALSE(rows.hhi_company);
    CHECK(*rows.hhi_country == Approx(8000.0 / 1.44));
    CHECK(rows.top_country->land == NLD);
    CHECK(rows.top_country->portion.value() == Approx(0.8 / 1.2));
}

TEST_CASE("property: HHIs stay within their bounds and match a direct sum", "[concentration][property]") {
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        test_support::random_graph_options opt;
        opt.companies = 3 + seed % 8;
        opt.aggregates = seed % 3;
        opt.residual = seed % 2 == 0;
        opt.max_offerings = 5;
        const auto rg = test_support::make_random_graph(seed, opt);
        const graph g = rg.builder.build();
        const auto v = g.view();
        for (const auto& c : concentrations(v, rg.as_of)) {
            INFO("seed " << seed << " item " << v.items[c.item].id);
            double direct = 0.0, known = 0.0, residual = 0.0;
            std::size_t n = 0, unknown = 0;
            for (const offering_index o : v.offerings_of(c.item)) {
                const auto& off = v.offerings[o];
                if (!off.valid_at(to_day_number(rg.as_of))) continue;
                ++n;  // the generator gives each provider one offering per item
                if (!off.has_share()) { ++unknown; continue; }
                const auto& p = v.companies[off.provider];
                if (p.is_aggregate()) {
                    if (!p.location) residual += off.share;
                    continue;
                }
                direct += 1e4 * off.share * off.share;
                known += off.share;
            }
            // Company shares (with residual rows when the item has no country rows)
            // adding to more than 1.02 are renormalised; an HHI is at most 10 000.
            const double total = known + (c.from_country_rows ? 0.0 : residual);
            const double scale = total > 1.02 + 1e-9 ? 1.0 / total : 1.0;
            direct = std::min(direct * scale * scale, 1e4);
            known *= scale;
            if (scale != 1.0) CHECK(c.renormalised);
            CHECK(c.providers == n);
            CHECK(c.unknown_shares == unknown);
            if (c.hhi_company) {
                CHECK(*c.hhi_company == Approx(direct));
                CHECK(*c.hhi_company <= 10000.0 + 1e-9);
                // HHI ≥ 10 000 · top²; top ≥ HHI / (10 000 · Σ shares).
                CHECK(*c.hhi_company >= 1e4 * c.top_company->portion.value() * c.top_company->portion.value() - 1e-9);
                CHECK(c.top_company->portion.value() * known * 1e4 >= *c.hhi_company - 1e-9);
            }
            if (c.hhi_country) {
                CHECK(*c.hhi_country <= 10000.0 + 1e-9);
                CHECK(c.top_country);
            }
        }
    }
}

namespace {
constexpr bool compile_time_wafer_hhi_is_5200() {
    const graph_view v = minimal::graph.view();
    const auto w = concentration(v, v.item("wafer"));
    return w.providers == 2 && w.hhi_company && *w.hhi_company > 5199.999 && *w.hhi_company < 5200.001 &&
           w.top_country && w.top_country->land == USA;
}
static_assert(compile_time_wafer_hhi_is_5200());
}  // namespace

TEST_CASE("concentration is computed in constant expressions too", "[concentration][constexpr]") {
    STATIC_REQUIRE(compile_time_wafer_hhi_is_5200());
}
