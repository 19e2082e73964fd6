// Dependency traces, dependence questions and blocks in a chain (DESIGN.md §5).
#include <semichain/algo/blocks.hpp>
#include <semichain/algo/trace.hpp>
#include <semichain/graph/detail/assemble.hpp>
#include <semichain/graph/graph.hpp>

#include "support/fab_model.hpp"
#include "support/minimal_model.hpp"

#include <catch2/catch.hpp>

#include <range/v3/algorithm/count_if.hpp>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/filter.hpp>
#include <range/v3/view/take.hpp>
#include <range/v3/view/transform.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;
using test_support::fab_with_rules;

namespace {
std::vector<item_index> items_of(const std::vector<trace_entry>& es) {
    return es | ranges::views::transform([](const trace_entry& e) { return e.item; }) | ranges::to<std::vector>();
}

}  // namespace

TEST_CASE("the trace of the minimal model: chip at tier 0, wafer at tier 1 bought by m", "[trace]") {
    const graph g = test_support::minimal_model().build();
    const auto v = g.view();
    const auto chip = v.item("chip");
    const auto wafer = v.item("wafer");
    const auto m = v.company("m");
    const auto a = v.company("a");
    const auto es = trace(v, chip) | ranges::to<std::vector>();
    REQUIRE(es.size() == 2);
    CHECK(es[0] == trace_entry{chip, 0, {}, {}, {}, v.find_offering(m, chip), m, TWN, 1});
    // The wafer is bought by m, the provider of the chip's offering; the first
    // of its two offerings (a's) is the chosen one; both are followed.
    CHECK(es[1] == trace_entry{wafer, 1, chip, v.find_offering(m, chip), m, v.find_offering(a, wafer), a, USA, 2});
    // The root's buyer is the query's.
    CHECK((*trace(v, chip, a).begin()).buyer == a);
    // A leaf traces to itself alone.
    CHECK(items_of(trace(v, wafer) | ranges::to<std::vector>()) == std::vector<item_index>{wafer});
}

TEST_CASE("the fab model's Kirin: tiers, one shortest path, dependence on companies and countries", "[trace]") {
    const graph g = test_support::fab_model().build();
    const auto v = g.view();
    const auto kirin = v.item("kirin");
    const auto n5 = v.item("node_n5");
    const auto eda = v.item("eda");
    const auto etch = v.item("etch_tool");
    auto t = trace(v, kirin);
    const auto es = t | ranges::to<std::vector>();
    // kirin (0) -> node_n5, eda (1) -> etch_tool (2). node_n7, the scanner and
    // the light source are not in its chain.
    REQUIRE(es.size() == 4);
    CHECK(es[0].item == kirin);
    CHECK(es[3].item == etch);
    CHECK(t.find(n5)->tier == 1);
    CHECK(t.find(eda)->tier == 1);
    CHECK(t.find(etch)->tier == 2);
    CHECK(t.find(etch)->parent == n5);
    CHECK(t.find(etch)->buyer == v.company("tsmc"));
    CHECK(t.find(etch)->provider_country == USA);
    CHECK_FALSE(t.find(v.item("scanner")));
    // EDA has two offerings; the first (providers sorted by id: empyrean < synopsys) is chosen.
    CHECK(t.find(eda)->offering == v.find_offering(v.company("empyrean"), eda));
    CHECK(t.find(eda)->followed == 2);

    CHECK(items_of(path_to(t, etch)) == std::vector<item_index>{kirin, n5, etch});
    CHECK(items_of(path_to(t, kirin)) == std::vector<item_index>{kirin});
    CHECK(path_to(t, v.item("scanner")).empty());
    // The same path from a stored trace.
    CHECK(path_to(es, etch) == path_to(t, etch));
    CHECK(path_to(es, v.item("scanner")).empty());

    // Structural dependence: whatever the date (Empyrean only from 2030).
    CHECK(depends_on(v, kirin, v.company("lam")));
    CHECK(depends_on(v, kirin, v.company("hisilicon")));  // the root's own provider counts
    CHECK(depends_on(v, kirin, v.company("empyrean")));
    CHECK_FALSE(depends_on(v, kirin, v.company("asml")));
    CHECK_FALSE(depends_on(v, kirin, v.company("cymer")));
    CHECK(depends_on(v, v.item("node_n7"), v.company("cymer")));  // through ASML's own recipe
    CHECK(depends_on_country(v, kirin, USA));
    CHECK(depends_on_country(v, kirin, TWN));
    CHECK_FALSE(depends_on_country(v, kirin, NLD));
    CHECK(depends_on_country(v, v.item("node_n7"), NLD));
}

TEST_CASE("the trace is a lazy range-v3 view that composes", "[trace][ranges]") {
    const graph g = test_support::fab_model().build();
    const auto v = g.view();
    const auto kirin = v.item("kirin");
    // Only tier-1 items, only the first two entries.
    const auto tier1 = trace(v, kirin) | ranges::views::filter([](const trace_entry& e) { return e.tier == 1; }) |
                       ranges::views::transform([](const trace_entry& e) { return e.item; }) | ranges::to<std::vector>();
    CHECK(tier1.size() == 2);
    CHECK((trace(v, kirin) | ranges::views::take(2) | ranges::to<std::vector>()).size() == 2);
    // Multi-pass: two iterators over one view see the same sequence.
    auto t = trace(v, kirin);
    auto i1 = t.begin();
    auto i2 = t.begin();
    ++i1;
    ++i1;
    ++i2;
    ++i2;
    CHECK(i1 == i2);
    CHECK(*i1 == *i2);
    CHECK(ranges::count_if(t, [](const trace_entry& e) { return e.tier == 2; }) == 1);
}

TEST_CASE("a filtered trace follows only offerings available to each item's buyer", "[trace][filtered]") {
    const graph g = fab_with_rules().build();
    const auto v = g.view();
    const auto kirin = v.item("kirin");
    const auto eda = v.item("eda");
    const auto hisilicon = v.company("hisilicon");
    const auto synopsys = v.company("synopsys");
    const auto empyrean = v.company("empyrean");

    // 2020-06-01, origin listing in force: Synopsys may not sell EDA to HiSilicon,
    // so HiSilicon's Kirin is unavailable: a dead end at the root.
    const auto mid2020 = compute_availability(v, {.as_of = 2020y / 6 / 1});
    const auto blocked = trace(mid2020, kirin) | ranges::to<std::vector>();
    REQUIRE(blocked.size() == 1);
    CHECK(blocked[0].followed == 0);
    CHECK(blocked[0].offering == v.offerings_of(kirin).front());  // the first offering, for want of an available one

    // With the rules switched off, everything is followed (the structural closure).
    const auto free2020 = compute_availability(v, {.as_of = 2020y / 6 / 1, .apply_controls = false});
    CHECK(items_of(trace(free2020, kirin) | ranges::to<std::vector>()) ==
          items_of(trace(v, kirin) | ranges::to<std::vector>()));

    // 2030 with the FDP rule switched off: Empyrean's EDA is offered and China-made,
    // so HiSilicon gets EDA from Empyrean only (Synopsys's stays listed).
    const auto y2030 = compute_availability(v, {.as_of = 2030y / 1 / 1, .ignored_rules = {v.rule("us_fdp_huawei")}});
    auto t = trace(y2030, kirin);
    REQUIRE(t.find(eda));
    CHECK(t.find(eda)->buyer == hisilicon);
    CHECK(t.find(eda)->offering == v.find_offering(empyrean, eda));
    CHECK(t.find(eda)->followed == 1);
    CHECK(t.filtered());
    // Filtered dependence: no longer on Synopsys, still structurally.
    CHECK_FALSE(depends_on(y2030, kirin, {}, synopsys));
    CHECK(depends_on(v, kirin, synopsys));
    CHECK(depends_on(y2030, kirin, {}, empyrean));
    CHECK(depends_on_country(y2030, kirin, {}, CHN));
    CHECK(depends_on_country(y2030, kirin, {}, USA));  // Lam's etch tools for TSMC
    const auto fdp2030 = compute_availability(v, {.as_of = 2030y / 1 / 1});
    CHECK_FALSE(depends_on_country(fdp2030, kirin, {}, TWN));  // Kirin unavailable: nothing followed
}

TEST_CASE("an offering-specific requirement is bought by that offering's provider", "[trace]") {
    const graph g = test_support::fab_model().build();
    const auto v = g.view();
    const auto es = trace(v, v.item("scanner")) | ranges::to<std::vector>();
    REQUIRE(es.size() == 2);
    CHECK(es[1].item == v.item("light_source"));
    CHECK(es[1].via == v.find_offering(v.company("asml"), v.item("scanner")));
    CHECK(es[1].buyer == v.company("asml"));
}

TEST_CASE("a supply cycle is traced once per item", "[trace][cycle]") {
    graph_builder b;
    b.add(company_input{.id = "asml", .name = "ASML", .location = NLD, .roles = {role::equipment}});
    b.add(company_input{.id = "tsmc", .name = "TSMC", .location = TWN, .roles = {role::foundry}});
    b.add(item_input{.id = "scanner", .name = "Scanner", .kind = category::tool});
    b.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    b.add(provides_input{.provider = "asml", .item = "scanner"});
    b.add(provides_input{.provider = "tsmc", .item = "chip"});
    b.add(requires_input{.item = "scanner", .input = "chip"});
    b.add(requires_input{.item = "chip", .input = "scanner"});
    const graph g = b.build();
    const auto v = g.view();
    const auto es = trace(v, v.item("chip")) | ranges::to<std::vector>();
    CHECK(items_of(es) == std::vector<item_index>{v.item("chip"), v.item("scanner")});
    CHECK(depends_on(v, v.item("chip"), v.company("asml")));
}

TEST_CASE("a 10 000-deep chain is traced without recursion", "[trace][deep]") {
    constexpr int depth = 10000;
    graph_builder b;
    char id[16];
    for (int i = 0; i < depth; ++i) {
        std::snprintf(id, sizeof id, "i%05d", i);
        const std::string item_id = id;
        std::snprintf(id, sizeof id, "c%05d", i);
        const std::string company_id = id;
        b.add(company_input{.id = company_id, .name = company_id, .location = i % 2 ? USA : CHN});
        b.add(item_input{.id = item_id, .name = item_id});
        b.add(provides_input{.provider = company_id, .item = item_id});
        if (i + 1 < depth) {
            std::snprintf(id, sizeof id, "i%05d", i + 1);
            b.add(requires_input{.item = item_id, .input = id});
        }
    }
    const graph g = b.build();
    const auto v = g.view();
    const auto top = v.item("i00000");
    const auto bottom = v.item("i09999");
    auto t = trace(v, top);
    CHECK(t.find(bottom)->tier == depth - 1);
    const auto path = path_to(t, bottom);
    REQUIRE(path.size() == depth);
    CHECK(path.front().item == top);
    CHECK(path.back().item == bottom);
    CHECK(path.back().buyer == v.company("c09998"));
    CHECK((trace(v, top) | ranges::to<std::vector>()).size() == depth);
    CHECK(depends_on(v, top, v.company("c09999")));
    CHECK_FALSE(depends_on(v, bottom, v.company("c00000")));
    const auto r = compute_availability(v, {.as_of = 2024y / 1 / 1});
    CHECK((trace(r, top) | ranges::to<std::vector>()).size() == depth);
    CHECK(blocked_in_chain(r, top, {}).empty());
}

TEST_CASE("blocked_in_chain names every offering a rule blocks to its would-be buyer", "[trace][blocks]") {
    const graph g = fab_with_rules().build();
    const auto v = g.view();
    const auto hisilicon = v.company("hisilicon");
    const auto smic = v.company("smic");
    const auto synopsys_eda = v.find_offering(v.company("synopsys"), v.item("eda"));
    const auto tsmc_n5 = v.find_offering(v.company("tsmc"), v.item("node_n5"));
    const auto smic_n7 = v.find_offering(smic, v.item("node_n7"));
    const auto asml_scanner = v.find_offering(v.company("asml"), v.item("scanner"));
    const auto listing = v.rule("us_entity_list_huawei"), fdp = v.rule("us_fdp_huawei"),
                  duv = v.rule("nl_duv");

    // Before any rule: nothing.
    CHECK(blocked_in_chain(compute_availability(v, {.as_of = 2019y / 1 / 1}), v.item("kirin"), {}).empty());
    // 2021: Synopsys's EDA to HiSilicon (the listing: Synopsys is American; the
    // FDP rule blocks it too, but the listing comes first in id order) and
    // TSMC's N5 to HiSilicon (FDP: made with Lam's US etch tools).
    const auto r2021 = compute_availability(v, {.as_of = 2021y / 6 / 1});
    const std::vector<chain_block> kirin_2021{{synopsys_eda, hisilicon, listing}, {tsmc_n5, hisilicon, fdp}};
    std::vector<chain_block> expected = kirin_2021;
    std::sort(expected.begin(), expected.end());
    CHECK(blocked_in_chain(r2021, v.item("kirin"), {}) == expected);
    // The root's offerings to the query's buyer count: N5 bought by HiSilicon directly.
    CHECK(blocked_in_chain(r2021, v.item("node_n5"), hisilicon) == std::vector<chain_block>{{tsmc_n5, hisilicon, fdp}});
    CHECK(blocked_in_chain(r2021, v.item("node_n5"), smic).empty());

    // 2024, Kirin 9000S: SMIC's N7 to HiSilicon (FDP, through ASML's Cymer light
    // source), EDA (listing), and ASML's scanner to SMIC (the Dutch rule; a
    // capital input, so it freezes SMIC's capacity rather than stopping it).
    const auto r2024 = compute_availability(v, {.as_of = 2024y / 1 / 1});
    expected = {{synopsys_eda, hisilicon, listing}, {smic_n7, hisilicon, fdp}, {asml_scanner, smic, duv}};
    std::sort(expected.begin(), expected.end());
    CHECK(blocked_in_chain(r2024, v.item("kirin_9000s"), {}) == expected);
    CHECK(r2024.capacity_frozen(smic_n7));
}

namespace {
constexpr basic_graph_input<std::string_view> constexpr_chain() {
    basic_graph_input<std::string_view> in;
    in.companies.push_back({.id = "a", .name = "A", .location = USA});
    in.companies.push_back({.id = "b", .name = "B", .location = JPN});
    in.companies.push_back({.id = "m", .name = "M", .location = TWN});
    in.items.push_back({.id = "wafer", .name = "Wafer"});
    in.items.push_back({.id = "chip", .name = "Chip"});
    in.provides.push_back({.provider = "a", .item = "wafer"});
    in.provides.push_back({.provider = "m", .item = "chip"});
    in.requires_.push_back({.item = "chip", .input = "wafer"});
    return in;
}
constexpr bool chip_depends_on(std::string_view company_id) {
    const auto assembled = detail::assemble(constexpr_chain());
    const graph_view v = detail::view_of(assembled.data);
    return depends_on(v, v.item("chip"), v.company(company_id));
}
constexpr index_value wafer_tier() {
    const auto assembled = detail::assemble(constexpr_chain());
    const graph_view v = detail::view_of(assembled.data);
    auto t = trace(v, v.item("chip"));
    return t.find(v.item("wafer"))->tier;
}
}  // namespace

TEST_CASE("traces and dependence are constant expressions", "[trace][constexpr]") {
    STATIC_REQUIRE(chip_depends_on("a"));
    STATIC_REQUIRE(chip_depends_on("m"));
    STATIC_REQUIRE_FALSE(chip_depends_on("b"));
    STATIC_REQUIRE(wafer_tier() == 1);
}

namespace {
template <class R>
concept traceable_from = requires(R&& r) { trace(std::forward<R>(r), item_index{0}); };
}  // namespace

TEST_CASE("a filtered trace cannot be made from a temporary availability result", "[trace][lifetime]") {
    STATIC_REQUIRE(traceable_from<const availability_result&>);
    STATIC_REQUIRE(traceable_from<availability_result&>);
    STATIC_REQUIRE_FALSE(traceable_from<availability_result>);
}
