// Availability at a date under disruptions and controls (DESIGN.md §5).
#include <semichain/algo/availability.hpp>
#include <semichain/graph/graph.hpp>

#include "support/dates.hpp"
#include "support/fab_model.hpp"
#include "support/minimal_model.hpp"

#include <catch2/catch.hpp>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;

namespace {
using test_support::some_day;

}  // namespace

TEST_CASE("the minimal model: chip is available unless m, or both wafer makers, are gone", "[availability]") {
    const graph g = test_support::minimal_model().build();
    const auto v = g.view();
    const auto chip = v.item("chip");
    CHECK(is_available(v, chip, {}, {.as_of = some_day}));
    CHECK_FALSE(is_available(v, chip, {}, {.as_of = some_day, .disrupted = {v.company("m")}}));
    CHECK(is_available(v, chip, {}, {.as_of = some_day, .disrupted = {v.company("a")}}));
    CHECK_FALSE(is_available(v, chip, {}, {.as_of = some_day, .disrupted = {v.company("a"), v.company("b")}}));
    // Disrupting a country disrupts every company located there.
    CHECK_FALSE(is_available(v, chip, {}, {.as_of = some_day, .disrupted_countries = {TWN}}));
    CHECK_FALSE(is_available(v, chip, {}, {.as_of = some_day, .disrupted_countries = {USA, JPN}}));
    const auto r = compute_availability(v, {.as_of = some_day, .disrupted = {v.company("a"), v.company("b")}});
    const auto chip_offering = v.offerings_of(chip).front();
    CHECK(r.reason(chip_offering) == unavailability::input_unavailable);
    CHECK(r.reason_input(chip_offering) == v.item("wafer"));
    CHECK(r.reason(v.find_offering(v.company("a"), v.item("wafer"))) == unavailability::disrupted);
}

TEST_CASE("a supply cycle stays available (greatest fixpoint) and breaks when one member goes", "[availability][cycle]") {
    // ASML's scanner needs chips made by TSMC; TSMC's chips need ASML's scanner.
    graph_builder b;
    b.add(company_input{.id = "asml", .name = "ASML", .location = NLD, .roles = {role::equipment}});
    b.add(company_input{.id = "tsmc", .name = "TSMC", .location = TWN, .roles = {role::foundry}});
    b.add(company_input{.id = "zeiss", .name = "Zeiss", .location = DEU, .roles = {role::materials}});
    b.add(item_input{.id = "scanner", .name = "Scanner", .kind = category::tool});
    b.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    b.add(item_input{.id = "optics", .name = "Optics", .kind = category::material});
    b.add(provides_input{.provider = "asml", .item = "scanner"});
    b.add(provides_input{.provider = "tsmc", .item = "chip"});
    b.add(provides_input{.provider = "zeiss", .item = "optics"});
    b.add(requires_input{.item = "scanner", .input = "chip"});
    b.add(requires_input{.item = "scanner", .input = "optics"});
    b.add(requires_input{.item = "chip", .input = "scanner"});
    const graph g = b.build();
    const auto v = g.view();
    CHECK(is_available(v, v.item("chip"), {}, {.as_of = some_day}));
    CHECK(is_available(v, v.item("scanner"), {}, {.as_of = some_day}));
    // Losing Zeiss breaks the scanner, hence the chip, hence the cycle.
    const auto r = compute_availability(v, {.as_of = some_day, .disrupted = {v.company("zeiss")}});
    CHECK_FALSE(r.item_available_to(v.item("chip"), {}));
    CHECK_FALSE(r.item_available_to(v.item("scanner"), {}));
    CHECK(r.reason_input(v.offerings_of(v.item("chip")).front()) == v.item("scanner"));
    CHECK_FALSE(is_available(v, v.item("scanner"), {}, {.as_of = some_day, .disrupted = {v.company("tsmc")}}));
}

TEST_CASE("since/until bound when an offering can be used", "[availability][dates]") {
    const graph g = test_support::fab_model().build();
    const auto v = g.view();
    const auto kirin = v.item("kirin");
    CHECK_FALSE(is_available(v, kirin, {}, {.as_of = 2019y / 12 / 31}));  // N5 not yet offered
    CHECK(is_available(v, kirin, {}, {.as_of = 2020y / 1 / 1}));
    // Empyrean's EDA is only offered from 2030: Synopsys is the one EDA source before.
    const auto synopsys = v.company("synopsys");
    CHECK_FALSE(is_available(v, kirin, {}, {.as_of = 2025y / 1 / 1, .disrupted = {synopsys}}));
    CHECK(is_available(v, kirin, {}, {.as_of = 2030y / 1 / 1, .disrupted = {synopsys}}));
    const auto r = compute_availability(v, {.as_of = 2025y / 1 / 1});
    CHECK(r.reason(v.find_offering(v.company("empyrean"), v.item("eda"))) == unavailability::not_offered);
}

namespace {
rule_input duv_rule(date effective) {
    return rule_input{.id = "nl_duv", .name = "Dutch DUV immersion licence", .kind = rule_kind::threshold,
                      .authority = NLD, .effective = effective, .buyer_countries = {CHN}, .match = category::tool,
                      .conditions = {{.key = "tool_class", .op = condition_op::equals, .text = "duv_immersion_scanner"}}};
}
}  // namespace

TEST_CASE("capital equipment is checked when the offering began; later controls freeze capacity", "[availability][capital]") {
    graph_builder b = test_support::fab_model();
    b.add(duv_rule(2023y / 9 / 1));
    const graph g = b.build();
    const auto v = g.view();
    const auto n7 = v.item("node_n7");
    const auto smic_n7 = v.find_offering(v.company("smic"), n7);
    const auto asml_scanner = v.find_offering(v.company("asml"), v.item("scanner"));
    const auto smic = v.company("smic");

    // Before the rule: available, not frozen.
    const auto before = compute_availability(v, {.as_of = 2023y / 8 / 31});
    CHECK(before.available(smic_n7));
    CHECK_FALSE(before.capacity_frozen(smic_n7));
    CHECK((before.blocking_rule(asml_scanner, smic)).is_none());

    // After: the scanner can no longer be shipped to SMIC, but the installed
    // ones keep working: still available, with capacity frozen by the scanner.
    const auto after = compute_availability(v, {.as_of = 2024y / 6 / 1});
    CHECK(after.blocking_rule(asml_scanner, smic) == v.rule("nl_duv"));
    CHECK(after.available(smic_n7));
    CHECK(after.capacity_frozen(smic_n7));
    CHECK(after.frozen_by(smic_n7) == v.item("scanner"));
    CHECK(after.item_available_to(n7, v.company("hisilicon")));

    // A fab line that began after the rule never got its scanners.
    graph_builder late = test_support::fab_model();
    late.add(duv_rule(2020y / 9 / 1));
    const graph g2 = late.build();
    const auto v2 = g2.view();
    const auto r2 = compute_availability(v2, {.as_of = 2024y / 6 / 1});
    const auto smic_n7_late = v2.find_offering(v2.company("smic"), v2.item("node_n7"));
    CHECK_FALSE(r2.available(smic_n7_late));
    CHECK(r2.reason(smic_n7_late) == unavailability::capital_missing);
    CHECK(r2.reason_input(smic_n7_late) == v2.item("scanner"));

    // Disrupting the toolmaker counts at the start date too (no service, no spares).
    const auto r3 = compute_availability(v, {.as_of = 2022y / 1 / 1, .disrupted = {v.company("asml")}});
    CHECK_FALSE(r3.available(smic_n7));
}

TEST_CASE("an origin-scope entity listing blocks only providers in the authority's country", "[availability][controls]") {
    graph_builder b = test_support::fab_model();
    b.add(rule_input{.id = "us_listing", .kind = rule_kind::entity_listing, .authority = USA,
                     .effective = 2019y / 5 / 16, .targets = {"hisilicon"}});
    const graph g = b.build();
    const auto v = g.view();
    const auto hisilicon = v.company("hisilicon");
    const auto r = compute_availability(v, {.as_of = 2020y / 6 / 1});
    // Synopsys (USA) may not sell EDA to HiSilicon; TSMC (TWN) may still make its chips.
    CHECK(r.blocking_rule(v.find_offering(v.company("synopsys"), v.item("eda")), hisilicon) == v.rule("us_listing"));
    CHECK(r.item_available_to(v.item("node_n5"), hisilicon));
    CHECK_FALSE(r.item_available_to(v.item("eda"), hisilicon));
    // HiSilicon needs EDA to make the Kirin: the Kirin is unavailable, to anyone.
    CHECK_FALSE(r.item_available_to(v.item("kirin"), {}));
    CHECK(r.reason_input(v.offerings_of(v.item("kirin")).front()) == v.item("eda"));
    // Others may still buy EDA; before the rule HiSilicon could too.
    CHECK(r.item_available_to(v.item("eda"), v.company("smic")));
    CHECK(is_available(v, v.item("eda"), hisilicon, {.as_of = 2019y / 5 / 15}));
    // With the rule switched off (what-if) the Kirin is available again.
    CHECK(is_available(v, v.item("kirin"), {}, {.as_of = 2020y / 6 / 1, .ignored_rules = {v.rule("us_listing")}}));
    CHECK(is_available(v, v.item("kirin"), {}, {.as_of = 2020y / 6 / 1, .apply_controls = false}));
}

TEST_CASE("a foreign-direct-product listing blocks a foreign foundry whose tools are US-made", "[availability][controls][fdp]") {
    graph_builder b = test_support::fab_model();
    b.add(rule_input{.id = "us_fdp", .kind = rule_kind::entity_listing, .authority = USA, .effective = 2020y / 9 / 15,
                     .scope = rule_scope::cannot_be_made_without, .targets = {"hisilicon"}});
    const graph g = b.build();
    const auto v = g.view();
    const auto hisilicon = v.company("hisilicon");
    const auto tsmc_n5 = v.find_offering(v.company("tsmc"), v.item("node_n5"));
    const auto smic_28 = v.find_offering(v.company("smic"), v.item("node_28"));
    const auto smic_n7 = v.find_offering(v.company("smic"), v.item("node_n7"));
    const auto r = compute_availability(v, {.as_of = 2020y / 9 / 15});
    // TSMC's N5 needs Lam's (US) etch tools: captured by the rule.
    CHECK(r.controls().depends_on_country(tsmc_n5, USA));
    CHECK(r.blocking_rule(tsmc_n5, hisilicon) == v.rule("us_fdp"));
    // SMIC's N7 line (from 2021) needs ASML's scanner, whose recipe needs
    // Cymer's (US) light source: it cannot be made without the US, so it is
    // captured too. Before the line exists it depends on nothing.
    CHECK_FALSE(r.controls().depends_on_country(smic_n7, USA));
    const auto r2021 = compute_availability(v, {.as_of = 2021y / 6 / 1});
    CHECK(r2021.controls().depends_on_country(smic_n7, USA));
    CHECK(r2021.blocking_rule(smic_n7, hisilicon) == v.rule("us_fdp"));
    // SMIC's 28 nm line has no modelled inputs: not captured.
    CHECK_FALSE(r.controls().depends_on_country(smic_28, USA));
    CHECK((r.blocking_rule(smic_28, hisilicon)).is_none());
    // A rule governs transfers: HiSilicon's own Kirin is not blocked to HiSilicon.
    CHECK((r.blocking_rule(v.offerings_of(v.item("kirin")).front(), hisilicon)).is_none());
    // TSMC still sells N5 to buyers not listed; a day earlier it sold to HiSilicon.
    CHECK(r.available_to(tsmc_n5, v.company("smic")));
    const auto day_before = compute_availability(v, {.as_of = 2020y / 9 / 14});
    CHECK(day_before.available_to(tsmc_n5, hisilicon));
}

TEST_CASE("foreign-direct-product reach means 'cannot be made without', not 'could use'", "[availability][controls][fdp]") {
    // A second, Japanese etch toolmaker gives TSMC's N5 a way around the US:
    // the FDP rule no longer reaches it.
    graph_builder b = test_support::fab_model();
    b.add(company_input{.id = "tel", .name = "Tokyo Electron", .location = JPN, .roles = {role::equipment}});
    b.add(provides_input{.provider = "tel", .item = "etch_tool"});
    b.add(rule_input{.id = "us_fdp", .kind = rule_kind::entity_listing, .authority = USA, .effective = 2020y / 9 / 15,
                     .scope = rule_scope::cannot_be_made_without, .targets = {"hisilicon"}});
    const graph g = b.build();
    const auto v = g.view();
    const auto r = compute_availability(v, {.as_of = 2021y / 6 / 1});
    const auto tsmc_n5 = v.find_offering(v.company("tsmc"), v.item("node_n5"));
    CHECK_FALSE(r.controls().depends_on_country(tsmc_n5, USA));
    CHECK(r.available_to(tsmc_n5, v.company("hisilicon")));
    // Lam's own etch tool is made in the US: origin, and dependent by definition.
    CHECK(r.controls().depends_on_country(v.find_offering(v.company("lam"), v.item("etch_tool")), USA));
    // A Japanese etch tool does not depend on the US.
    CHECK_FALSE(r.controls().depends_on_country(v.find_offering(v.company("tel"), v.item("etch_tool")), USA));

    // A de minimis rule reaches any US content in the chain: Lam's etch tool
    // is one of N5's possible inputs, so N5 is caught although TEL could replace it.
    graph_builder d = test_support::fab_model();
    d.add(company_input{.id = "tel", .name = "Tokyo Electron", .location = JPN, .roles = {role::equipment}});
    d.add(provides_input{.provider = "tel", .item = "etch_tool"});
    d.add(rule_input{.id = "us_de_minimis", .kind = rule_kind::entity_listing, .authority = USA,
                     .effective = 2020y / 9 / 15, .scope = rule_scope::de_minimis, .targets = {"hisilicon"}});
    const graph gd = d.build();
    const auto vd = gd.view();
    const auto rd = compute_availability(vd, {.as_of = 2021y / 6 / 1});
    const auto n5 = vd.find_offering(vd.company("tsmc"), vd.item("node_n5"));
    const auto smic_28 = vd.find_offering(vd.company("smic"), vd.item("node_28"));
    CHECK(rd.controls().has_content_from(n5, USA));
    CHECK(rd.blocking_rule(n5, vd.company("hisilicon")) == vd.rule("us_de_minimis"));
    CHECK_FALSE(rd.controls().has_content_from(smic_28, USA));
}

TEST_CASE("a threshold rule blocks a node under the line and not one above it", "[availability][controls][threshold]") {
    graph_builder b = test_support::fab_model();
    b.add(company_input{.id = "umc", .name = "UMC", .location = TWN, .roles = {role::foundry}});
    b.add(provides_input{.provider = "umc", .item = "node_28"});
    b.add(rule_input{.id = "tw_logic", .kind = rule_kind::threshold, .authority = TWN, .effective = 2022y / 10 / 7,
                     .buyer_countries = {CHN}, .match = category::process_node,
                     .conditions = {{.key = "node_nm", .op = condition_op::at_most, .is_number = true, .number = 16}}});
    const graph g = b.build();
    const auto v = g.view();
    const auto hisilicon = v.company("hisilicon");
    const auto r = compute_availability(v, {.as_of = 2023y / 1 / 1});
    const auto tsmc_n5 = v.find_offering(v.company("tsmc"), v.item("node_n5"));
    const auto umc_28 = v.find_offering(v.company("umc"), v.item("node_28"));
    CHECK(rule_matches_item(v, v.rule("tw_logic"), v.item("node_n5")));
    CHECK_FALSE(rule_matches_item(v, v.rule("tw_logic"), v.item("node_28")));
    CHECK(r.blocking_rule(tsmc_n5, hisilicon) == v.rule("tw_logic"));
    CHECK((r.blocking_rule(umc_28, hisilicon)).is_none());
    // A buyer outside the buyer countries is not affected.
    graph_builder b2 = test_support::fab_model();
    b2.add(company_input{.id = "apple", .name = "Apple", .location = USA, .roles = {role::designer}});
    b2.add(rule_input{.id = "tw_logic", .kind = rule_kind::threshold, .authority = TWN, .effective = 2022y / 10 / 7,
                      .buyer_countries = {CHN}, .match = category::process_node,
                      .conditions = {{.key = "node_nm", .op = condition_op::at_most, .is_number = true, .number = 16}}});
    const graph g2 = b2.build();
    const auto v2 = g2.view();
    const auto r2 = compute_availability(v2, {.as_of = 2023y / 1 / 1});
    CHECK(r2.item_available_to(v2.item("node_n5"), v2.company("apple")));
    CHECK_FALSE(r2.item_available_to(v2.item("node_n5"), v2.company("hisilicon")));
}
