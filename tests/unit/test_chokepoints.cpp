// Chokepoints: minimal cut sets of the availability fault tree (DESIGN.md §5).
#include <semichain/algo/availability.hpp>
#include <semichain/algo/chokepoints.hpp>
#include <semichain/graph/graph.hpp>

#include "../static/minimal_model.hpp"
#include "support/dates.hpp"
#include "support/fab_model.hpp"
#include "support/minimal_model.hpp"
#include "support/random_graph.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;

namespace {
using test_support::some_day;

/// The sets as id strings, for readable failures: "m | a,b".
std::string describe(const graph_view& v, const chokepoint_result& r) {
    std::string out;
    for (const auto& s : r.sets) {
        if (!out.empty()) out += " | ";
        std::string one;
        for (const candidate_member_t m : s) {
            if (!one.empty()) one += ',';
            one += r.name(v, m);
        }
        out += one.empty() ? "{}" : one;
    }
    return out;
}
std::vector<candidate_member_t> ids(const graph_view& v, std::initializer_list<std::string_view> names) {
    std::vector<candidate_member_t> out;
    for (const auto n : names) out.push_back(v.company(n).value());
    std::sort(out.begin(), out.end());
    return out;
}
std::vector<company_index> cids(const graph_view& v, std::initializer_list<std::string_view> names) {
    std::vector<company_index> out;
    for (const auto n : names) out.push_back(v.company(n));
    return out;
}
std::vector<candidate_member_t> codes(std::initializer_list<country> cs) {
    std::vector<candidate_member_t> out;
    for (const auto c : cs) out.push_back(static_cast<candidate_member_t>(c.index()));
    std::sort(out.begin(), out.end());
    return out;
}
}  // namespace

// ---------------------------------------------------------------------------
// FORMAT.md's minimal model
// ---------------------------------------------------------------------------

TEST_CASE("the minimal model: {m} is the single point of failure, {a, b} the order-2 set", "[chokepoints]") {
    const graph g = test_support::minimal_model().build();
    const auto v = g.view();
    const chokepoint_query q{.item = v.item("chip"), .base = {.as_of = some_day}};

    const auto spof = single_points_of_failure(v, q);
    CHECK(spof.available_at_baseline);
    CHECK(spof.max_order == 1);
    CHECK(spof.sets == std::vector<std::vector<candidate_member_t>>{ids(v, {"m"})});
    CHECK(spof.single_points() == ids(v, {"m"}));

    auto q2 = q;
    q2.max_order = 2;
    const auto two = chokepoint_sets(v, q2);
    CHECK(two.sets == std::vector<std::vector<candidate_member_t>>{ids(v, {"m"}), ids(v, {"a", "b"})});

    const auto three = chokepoint_sets(v, q);  // max_order 3 by default
    INFO(describe(v, three));
    CHECK(three.max_order == 3);
    CHECK(three.sets == std::vector<std::vector<candidate_member_t>>{ids(v, {"m"}), ids(v, {"a", "b"})});
    CHECK(three.candidates == ids(v, {"a", "b", "m"}));
    CHECK(ranges::distance(three.of_order(2)) == 1);
    CHECK(ranges::distance(three.of_order(3)) == 0);
    CHECK(three.has_set(ids(v, {"a", "b"})));
    CHECK(describe(v, three) == "m | a,b");

    // The wafer alone: {a, b}; order 1 has none.
    const auto wafer = chokepoint_sets(v, {.item = v.item("wafer"), .base = {.as_of = some_day}});
    CHECK(wafer.sets == std::vector<std::vector<candidate_member_t>>{ids(v, {"a", "b"})});
    CHECK(single_points_of_failure(v, {.item = v.item("wafer"), .base = {.as_of = some_day}}).sets.empty());
}

TEST_CASE("the minimal model by country: {TWN} and {JPN, USA}", "[chokepoints][countries]") {
    const graph g = test_support::minimal_model().build();
    const auto v = g.view();
    const auto r = chokepoint_sets(v, {.item = v.item("chip"), .base = {.as_of = some_day},
                                       .candidates = {.by = candidate_kind::countries}});
    INFO(describe(v, r));
    CHECK(r.kind == candidate_kind::countries);
    CHECK(r.sets == std::vector<std::vector<candidate_member_t>>{codes({TWN}), codes({JPN, USA})});
    CHECK(r.country_sets() == std::vector<std::vector<country>>{{TWN}, {JPN, USA}});
    CHECK(describe(v, r) == "TWN | JPN,USA");
    CHECK(r.candidates == codes({JPN, TWN, USA}));
    // Agrees with disrupting the countries in a scenario.
    CHECK_FALSE(is_available(v, v.item("chip"), {}, {.as_of = some_day, .disrupted_countries = {JPN, USA}}));
    CHECK(is_available(v, v.item("chip"), {}, {.as_of = some_day, .disrupted_countries = {USA}}));
}

TEST_CASE("prior disruptions and an item already unavailable at baseline", "[chokepoints][baseline]") {
    const graph g = test_support::minimal_model().build();
    const auto v = g.view();
    // With a already gone, b becomes a single point of failure.
    const auto r = chokepoint_sets(v, {.item = v.item("chip"), .base = {.as_of = some_day, .disrupted = {v.company("a")}}});
    CHECK(r.available_at_baseline);
    CHECK(r.sets == std::vector<std::vector<candidate_member_t>>{ids(v, {"b"}), ids(v, {"m"})});
    // With m gone the chip is unavailable before anything else happens: the
    // empty set is the only minimal chokepoint set.
    const auto gone = chokepoint_sets(v, {.item = v.item("chip"), .base = {.as_of = some_day, .disrupted = {v.company("m")}}});
    CHECK_FALSE(gone.available_at_baseline);
    CHECK(gone.sets == std::vector<std::vector<candidate_member_t>>{{}});
    // An item without any offering.
    graph_builder b = test_support::minimal_model();
    b.add(item_input{.id = "unobtainium", .name = "Unobtainium", .kind = category::material});
    const graph g2 = b.build();
    const auto none = chokepoint_sets(g2.view(), {.item = g2.view().item("unobtainium"), .base = {.as_of = some_day}});
    CHECK_FALSE(none.available_at_baseline);
    CHECK(none.sets == std::vector<std::vector<candidate_member_t>>{{}});
    // max_order 0 asks for nothing.
    CHECK(chokepoint_sets(v, {.item = v.item("chip"), .base = {.as_of = some_day}, .max_order = 0}).sets.empty());
    // Bad indices are refused.
    CHECK_THROWS_AS(chokepoint_sets(v, {.item = item_index{99}, .base = {.as_of = some_day}}), query_error);
    CHECK_THROWS_AS(chokepoint_sets(v, {.item = v.item("chip"), .buyer = company_index{99}, .base = {.as_of = some_day}}),
                    query_error);
    CHECK_THROWS_AS(chokepoint_sets(v, {.item = v.item("chip"), .base = {.as_of = some_day, .disrupted = {company_index{99}}}}),
                    query_error);
    CHECK_THROWS_AS(chokepoint_sets(v, {.item = v.item("chip"), .base = {.as_of = some_day}, .candidates = {.only = {company_index{99}}}}),
                    query_error);
}

// ---------------------------------------------------------------------------
// Candidates: filters and the virtual role
// ---------------------------------------------------------------------------

TEST_CASE("candidate filters: role, country, explicit list; virtual companies never count", "[chokepoints][candidates]") {
    const graph g = test_support::minimal_model().build();
    const auto v = g.view();
    const auto chip = v.item("chip");
    const auto sets_with = [&](candidate_spec spec) {
        return chokepoint_sets(v, {.item = chip, .base = {.as_of = some_day}, .candidates = std::move(spec)}).sets;
    };
    using sets = std::vector<std::vector<candidate_member_t>>;
    CHECK(sets_with({.with_roles = {role::foundry}}) == sets{ids(v, {"m"})});
    CHECK(sets_with({.with_roles = {role::materials}}) == sets{ids(v, {"a", "b"})});
    CHECK(sets_with({.with_roles = {role::equipment}}).empty());
    CHECK(sets_with({.in_countries = bloc{USA, JPN}}) == sets{ids(v, {"a", "b"})});
    CHECK(sets_with({.in_countries = bloc{USA}}).empty());  // b alone still makes wafers
    CHECK(sets_with({.only = cids(v, {"a", "m"})}) == sets{ids(v, {"m"})});
    CHECK(sets_with({.only = cids(v, {"a", "b"})}) == sets{ids(v, {"a", "b"})});
    // Countries standing for their materials makers only: TWN is no candidate.
    CHECK(sets_with({.by = candidate_kind::countries, .with_roles = {role::materials}}) == sets{codes({JPN, USA})});
    CHECK(sets_with({.by = candidate_kind::countries, .in_countries = bloc{TWN, USA}}) == sets{codes({TWN})});

    // A virtual wafer stock: never a candidate, and while it stands, {a, b} is no chokepoint.
    graph_builder b = test_support::minimal_model();
    b.add(company_input{.id = "stock", .name = "Wafer stock", .location = TWN, .roles = {role::virtual_}});
    b.add(provides_input{.provider = "stock", .item = "wafer"});
    const graph g2 = b.build();
    const auto v2 = g2.view();
    const auto r = chokepoint_sets(v2, {.item = v2.item("chip"), .base = {.as_of = some_day}});
    CHECK(r.sets == std::vector<std::vector<candidate_member_t>>{{v2.company("m").value()}});
    CHECK(std::find(r.candidates.begin(), r.candidates.end(), v2.company("stock").value()) == r.candidates.end());
    CHECK(candidate_member(v2, {}, v2.company("stock")) == no_member);
    // Even when listed explicitly, or as part of its country.
    CHECK(chokepoint_sets(v2, {.item = v2.item("wafer"), .base = {.as_of = some_day},
                               .candidates = {.only = {v2.company("stock")}}})
              .sets.empty());
    const auto by_country = chokepoint_sets(v2, {.item = v2.item("wafer"), .base = {.as_of = some_day},
                                                 .candidates = {.by = candidate_kind::countries}});
    CHECK(by_country.sets.empty());  // disrupting TWN leaves the virtual stock standing
}

// ---------------------------------------------------------------------------
// Cycles, capital equipment, controls
// ---------------------------------------------------------------------------

TEST_CASE("a supply cycle: the scanner needs chips made with scanners", "[chokepoints][cycle]") {
    graph_builder b;
    b.add(company_input{.id = "asml", .name = "ASML", .location = NLD, .roles = {role::equipment}});
    b.add(company_input{.id = "tsmc", .name = "TSMC", .location = TWN, .roles = {role::foundry}});
    b.add(company_input{.id = "samsung", .name = "Samsung", .location = KOR, .roles = {role::foundry, role::memory}});
    b.add(company_input{.id = "zeiss", .name = "Zeiss", .location = DEU, .roles = {role::materials}});
    b.add(item_input{.id = "scanner", .name = "Scanner", .kind = category::tool});
    b.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    b.add(item_input{.id = "optics", .name = "Optics", .kind = category::material});
    b.add(provides_input{.provider = "asml", .item = "scanner"});
    b.add(provides_input{.provider = "tsmc", .item = "chip"});
    b.add(provides_input{.provider = "samsung", .item = "chip"});
    b.add(provides_input{.provider = "zeiss", .item = "optics"});
    b.add(requires_input{.item = "scanner", .input = "chip"});
    b.add(requires_input{.item = "scanner", .input = "optics", .provider = "asml"});
    b.add(requires_input{.item = "chip", .input = "scanner"});
    const graph g = b.build();
    const auto v = g.view();
    const auto r = chokepoint_sets(v, {.item = v.item("chip"), .base = {.as_of = some_day}});
    INFO(describe(v, r));
    CHECK(r.available_at_baseline);
    CHECK(r.sets == std::vector<std::vector<candidate_member_t>>{ids(v, {"asml"}), ids(v, {"zeiss"}), ids(v, {"samsung", "tsmc"})});
    CHECK_FALSE(is_available(v, v.item("chip"), {}, {.as_of = some_day, .disrupted = cids(v, {"samsung", "tsmc"})}));
    CHECK(is_available(v, v.item("chip"), {}, {.as_of = some_day, .disrupted = cids(v, {"tsmc"})}));

    // A closed loop with nothing outside it: available (greatest fixpoint),
    // and each member is a single point of failure (least fixpoint of "fails").
    graph_builder loop;
    loop.add(company_input{.id = "asml", .name = "ASML", .location = NLD, .roles = {role::equipment}});
    loop.add(company_input{.id = "tsmc", .name = "TSMC", .location = TWN, .roles = {role::foundry}});
    loop.add(item_input{.id = "scanner", .name = "Scanner", .kind = category::tool});
    loop.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    loop.add(provides_input{.provider = "asml", .item = "scanner"});
    loop.add(provides_input{.provider = "tsmc", .item = "chip"});
    loop.add(requires_input{.item = "scanner", .input = "chip"});
    loop.add(requires_input{.item = "chip", .input = "scanner"});
    const graph g2 = loop.build();
    const auto v2 = g2.view();
    const auto r2 = chokepoint_sets(v2, {.item = v2.item("scanner"), .base = {.as_of = some_day}});
    CHECK(r2.available_at_baseline);
    CHECK(r2.sets == std::vector<std::vector<candidate_member_t>>{{v2.company("asml").value()}, {v2.company("tsmc").value()}});
}

TEST_CASE("capital equipment: the toolmaker counts, the toolmaker's suppliers do not", "[chokepoints][capital]") {
    graph_builder b = test_support::fab_model();
    // SMIC's 28 nm line needs etch tools, as capital but without a start date:
    // checked at the date like any other input.
    b.add(requires_input{.item = "node_28", .input = "etch_tool", .capital = true});
    b.add(company_input{.id = "tel", .name = "Tokyo Electron", .location = JPN, .roles = {role::equipment}});
    b.add(item_input{.id = "etch_gas", .name = "Etch gas", .kind = category::material});
    b.add(provides_input{.provider = "tel", .item = "etch_gas"});
    b.add(requires_input{.item = "etch_tool", .input = "etch_gas"});
    const graph g = b.build();
    const auto v = g.view();
    const auto spofs = [&](std::string_view x) {
        return single_points_of_failure(v, {.item = v.item(x), .base = {.as_of = some_day}}).sets;
    };
    using sets = std::vector<std::vector<candidate_member_t>>;
    // The scanner needs Cymer's light source; SMIC's N7 line (since 2021) has its
    // scanners installed: ASML counts (no service), Cymer does not.
    CHECK(spofs("scanner") == sets{ids(v, {"asml"}), ids(v, {"cymer"})});
    CHECK(spofs("node_n7") == sets{ids(v, {"asml"}), ids(v, {"smic"})});
    CHECK(is_available(v, v.item("node_n7"), {}, {.as_of = some_day, .disrupted = cids(v, {"cymer"})}));
    CHECK_FALSE(is_available(v, v.item("node_n7"), {}, {.as_of = some_day, .disrupted = cids(v, {"asml"})}));
    // The 28 nm line's capital input has no start date: the etch tool's own inputs count.
    CHECK(spofs("node_28") == sets{ids(v, {"lam"}), ids(v, {"smic"}), ids(v, {"tel"})});
    // TSMC's N5 (since 2020) needs etch tools installed then: Lam counts, TEL not.
    CHECK(spofs("node_n5") == sets{ids(v, {"lam"}), ids(v, {"tsmc"})});
    // The Kirin: HiSilicon, the N5 line and the one EDA vendor of the day.
    CHECK(spofs("kirin") == sets{ids(v, {"hisilicon"}), ids(v, {"lam"}), ids(v, {"synopsys"}), ids(v, {"tsmc"})});
}

TEST_CASE("controls: an offering blocked to the buyer is no alternative", "[chokepoints][controls]") {
    graph_builder b;
    b.add(company_input{.id = "huawei", .name = "Huawei", .location = CHN, .roles = {role::device_maker}});
    b.add(company_input{.id = "tsmc", .name = "TSMC", .location = TWN, .roles = {role::foundry}});
    b.add(company_input{.id = "smic", .name = "SMIC", .location = CHN, .roles = {role::foundry}});
    b.add(company_input{.id = "xiaomi", .name = "Xiaomi", .location = CHN, .roles = {role::device_maker}});
    b.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    b.add(item_input{.id = "phone", .name = "Phone", .kind = category::device});
    b.add(provides_input{.provider = "tsmc", .item = "chip"});
    b.add(provides_input{.provider = "smic", .item = "chip"});
    b.add(provides_input{.provider = "huawei", .item = "phone"});
    b.add(provides_input{.provider = "xiaomi", .item = "phone"});
    b.add(requires_input{.item = "phone", .input = "chip"});
    b.add(rule_input{.id = "tw_listing", .name = "Taiwan lists Huawei", .kind = rule_kind::entity_listing, .authority = TWN,
                     .effective = 2020y / 9 / 15, .targets = {"huawei"}});
    const graph g = b.build();
    const auto v = g.view();
    using sets = std::vector<std::vector<candidate_member_t>>;
    const auto chip = v.item("chip"), phone = v.item("phone");
    // Huawei buying chips: TSMC may not sell to it, SMIC is the one source.
    CHECK(chokepoint_sets(v, {.item = chip, .buyer = v.company("huawei"), .base = {.as_of = some_day}}).sets ==
          sets{ids(v, {"smic"})});
    CHECK(chokepoint_sets(v, {.item = chip, .buyer = v.company("xiaomi"), .base = {.as_of = some_day}}).sets ==
          sets{ids(v, {"smic", "tsmc"})});
    CHECK(chokepoint_sets(v, {.item = chip, .base = {.as_of = some_day}}).sets == sets{ids(v, {"smic", "tsmc"})});
    // Before the rule, or with controls off, Huawei had two sources.
    CHECK(chokepoint_sets(v, {.item = chip, .buyer = v.company("huawei"), .base = {.as_of = 2020y / 9 / 14}}).sets ==
          sets{ids(v, {"smic", "tsmc"})});
    CHECK(chokepoint_sets(v, {.item = chip, .buyer = v.company("huawei"), .base = {.as_of = some_day, .apply_controls = false}})
              .sets == sets{ids(v, {"smic", "tsmc"})});
    // Phones: Huawei's need SMIC (the listing binds Huawei as a buyer of its
    // inputs), Xiaomi's do not: SMIC and Huawei together, or both makers.
    const auto phones = chokepoint_sets(v, {.item = phone, .base = {.as_of = some_day}});
    INFO(describe(v, phones));
    CHECK(phones.sets == sets{ids(v, {"huawei", "xiaomi"}), ids(v, {"smic", "tsmc"}), ids(v, {"smic", "xiaomi"})});
    // By country: CHN alone (all phone makers), or TWN is not enough.
    const auto lands = chokepoint_sets(v, {.item = phone, .base = {.as_of = some_day}, .candidates = {.by = candidate_kind::countries}});
    CHECK(lands.sets == sets{codes({CHN})});
}

// ---------------------------------------------------------------------------
// Compile time
// ---------------------------------------------------------------------------

namespace {
constexpr bool minimal_compile_time_model_has_a_and_m_as_spofs() {
    const graph_view v = minimal::graph.view();
    // With controls: the US listing of m stops a's scanner, so m's node never
    // started and the chip is unavailable already.
    const auto listed = chokepoint_sets(v, {.item = v.item("chip"), .base = {.as_of = 2024y / 1 / 1}});
    // Without: the node's capital scanner comes from a, so {a} is a single
    // point of failure and {a, b} no minimal set.
    const auto free = chokepoint_sets(v, {.item = v.item("chip"), .base = {.as_of = 2024y / 1 / 1, .apply_controls = false}});
    return !listed.available_at_baseline && listed.sets == std::vector<std::vector<candidate_member_t>>{{}} &&
           free.available_at_baseline &&
           free.sets == std::vector<std::vector<candidate_member_t>>{{v.company("a").value()}, {v.company("m").value()}};
}
static_assert(minimal_compile_time_model_has_a_and_m_as_spofs());
}  // namespace

TEST_CASE("chokepoints are computed in constant expressions too", "[chokepoints][constexpr]") {
    STATIC_REQUIRE(minimal_compile_time_model_has_a_and_m_as_spofs());
}

// ---------------------------------------------------------------------------
// Property: agreement with brute force over compute_availability
// ---------------------------------------------------------------------------

namespace {
struct brute_force_case {
    item_index item{};
    company_index buyer{};
    scenario base;
    candidate_spec spec;
};

/// Every minimal S ⊆ candidates with |S| ≤ 3 that makes the item unavailable,
/// decided by compute_availability alone; sorted as chokepoint_sets sorts.
std::vector<std::vector<candidate_member_t>> brute_force(const graph_view& v, const brute_force_case& c) {
    std::vector<candidate_member_t> members;
    for (const company_index k : v.companies.indices()) {
        const auto m = candidate_member(v, c.spec, k);
        if (m != no_member) members.push_back(m);
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    REQUIRE(members.size() <= 12);
    const std::uint32_t n = static_cast<std::uint32_t>(members.size());
    std::vector<std::int8_t> fails(std::size_t{1} << n, -1);
    const auto decide = [&](std::uint32_t mask) {
        scenario s = c.base;
        for (const company_index k : v.companies.indices()) {
            const auto m = candidate_member(v, c.spec, k);
            if (m == no_member) continue;
            const auto pos = static_cast<std::uint32_t>(std::lower_bound(members.begin(), members.end(), m) - members.begin());
            if (mask & (1U << pos)) s.disrupted.push_back(k);
        }
        return !is_available(v, c.item, c.buyer, s);
    };
    std::vector<std::vector<candidate_member_t>> out;
    for (std::uint32_t mask = 0; mask < (1U << n); ++mask) {
        if (std::popcount(mask) > 3) continue;
        fails[mask] = decide(mask) ? 1 : 0;
    }
    for (std::uint32_t mask = 0; mask < (1U << n); ++mask) {
        if (fails[mask] != 1) continue;
        bool minimal = true;
        for (std::uint32_t sub = (mask - 1) & mask;; sub = (sub - 1) & mask) {  // every proper subset
            if (sub != mask && fails[sub] == 1) minimal = false;
            if (sub == 0 || !minimal) break;
        }
        if (!minimal) continue;
        auto& s = out.emplace_back();
        for (std::uint32_t i = 0; i < n; ++i)
            if (mask & (1U << i)) s.push_back(members[i]);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return out;
}
}  // namespace

TEST_CASE("property: chokepoint_sets equals brute force on random graphs", "[chokepoints][property]") {
    const std::vector<date> dates{2019y / 6 / 1, 2022y / 1 / 1, 2024y / 1 / 1};
    const std::vector<role> roles{role::designer, role::foundry, role::equipment, role::materials, role::eda, role::osat};
    std::size_t checked = 0, nonempty = 0, unavailable = 0, with_pairs = 0, with_triples = 0;
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        test_support::random_graph_options opt;
        opt.companies = 3 + seed % 6;  // 3..8
        opt.countries = 1 + seed % 4;
        opt.tiers = 2 + seed % 3;
        opt.max_items_per_tier = 2 + seed % 2;
        opt.max_offerings = 2 + seed % 2;
        opt.cycles = seed % 3;
        opt.rules = seed % 3;
        opt.capital_percent = 25;
        opt.since_percent = 25;
        const auto rg = test_support::make_random_graph(seed, opt);
        const graph g = rg.builder.build();
        const auto v = g.view();
        test_support::splitmix64 rng{seed * 7919};
        for (int config = 0; config < 4; ++config) {
            brute_force_case c;
            c.item = v.item(rng.chance(70) ? rng.pick(rg.top) : rng.pick(rg.items));
            c.buyer = rng.chance(50) ? company_index{} : company_index{rng.below(v.companies.size())};
            c.base.as_of = rng.pick(dates);
            c.base.apply_controls = (config & 1) == 0;
            if (rng.chance(15)) c.base.disrupted.push_back(company_index{rng.below(v.companies.size())});
            c.spec.by = (config & 2) ? candidate_kind::countries : candidate_kind::companies;
            if (rng.chance(15)) c.spec.with_roles = {rng.pick(roles), rng.pick(roles)};
            if (rng.chance(15)) c.spec.in_countries = bloc{v.companies[company_index{rng.below(v.companies.size())}].location.value()};
            if (rng.chance(10))
                for (const company_index k : v.companies.indices())
                    if (rng.chance(60)) c.spec.only.push_back(k);

            const auto expected = brute_force(v, c);
            const auto got = chokepoint_sets(v, {.item = c.item, .buyer = c.buyer, .base = c.base, .candidates = c.spec});
            INFO("seed " << seed << " config " << config << " item " << v.items[c.item].id << " buyer "
                         << (c.buyer.is_none() ? std::string_view{"-"} : v.companies[c.buyer].id) << " got: " << describe(v, got));
            REQUIRE(got.sets == expected);
            CHECK(got.available_at_baseline == !(expected.size() == 1 && expected.front().empty()));
            // Order 1 and 2 are the prefixes of order 3.
            const auto one = single_points_of_failure(v, {.item = c.item, .buyer = c.buyer, .base = c.base, .candidates = c.spec});
            std::vector<std::vector<candidate_member_t>> prefix;
            for (const auto& s : expected)
                if (s.size() <= 1) prefix.push_back(s);
            REQUIRE(one.sets == prefix);
            ++checked;
            if (!expected.empty() && !expected.front().empty()) ++nonempty;
            if (!got.available_at_baseline) ++unavailable;
            for (const auto& s : expected) {
                with_pairs += s.size() == 2;
                with_triples += s.size() == 3;
            }
        }
    }
    // The cases exercise every order and the unavailable case.
    CHECK(checked == 1200);
    CHECK(nonempty > 300);
    CHECK(unavailable > 20);
    CHECK(with_pairs > 100);
    CHECK(with_triples > 20);
}

// ---------------------------------------------------------------------------
// Scale and limits
// ---------------------------------------------------------------------------

namespace {
/// x100000 ← x100001 ← … : tier t made by c(1000 + t % makers) from tier t − 1;
/// the bottom tier also by a spare supplier.
graph_builder chain(std::size_t depth, std::size_t makers) {
    graph_builder b;
    for (std::size_t c = 0; c < makers; ++c)
        b.add(company_input{.id = "c" + std::to_string(1000 + c), .name = "C", .location = USA, .roles = {role::materials}});
    b.add(company_input{.id = "spare", .name = "Spare", .location = JPN, .roles = {role::materials}});
    for (std::size_t t = 0; t < depth; ++t) {
        const std::string x = "x" + std::to_string(100000 + t);
        b.add(item_input{.id = x, .name = x, .kind = category::material});
        b.add(provides_input{.provider = "c" + std::to_string(1000 + t % makers), .item = x});
        if (t > 0) b.add(requires_input{.item = x, .input = "x" + std::to_string(100000 + t - 1)});
    }
    b.add(provides_input{.provider = "spare", .item = "x100000"});
    return b;
}
}  // namespace

TEST_CASE("a chain 10 000 tiers deep needs no recursion", "[chokepoints][deep]") {
    constexpr std::size_t depth = 10'000, makers = 100;
    const std::string top_id = "x" + std::to_string(100000 + depth - 1);
    using sets = std::vector<std::vector<candidate_member_t>>;
    // Every maker makes some tier above the bottom one: each is a single
    // point of failure; the spare only backs c1000, itself one already.
    sets expected;
    for (std::size_t c = 0; c < makers; ++c) expected.push_back({static_cast<candidate_member_t>(c)});
    {
        const graph g = chain(depth, makers).build();
        const auto v = g.view();
        REQUIRE(v.company("c1000") == company_index{0});
        const auto r = chokepoint_sets(v, {.item = v.item(top_id), .base = {.as_of = some_day}});
        CHECK(r.sets == expected);
        // The bottom tier alone: only the pair.
        CHECK(chokepoint_sets(v, {.item = v.item("x100000"), .base = {.as_of = some_day}}).sets ==
              sets{ids(v, {"c1000", "spare"})});
    }
    {
        // The same chain closed into one loop of 10 000 tiers: tier 1 also needs the top.
        graph_builder b = chain(depth, makers);
        b.add(requires_input{.item = "x100001", .input = top_id});
        const graph g = b.build();
        const auto v = g.view();
        REQUIRE(is_available(v, v.item(top_id), {}, {.as_of = some_day}));
        CHECK(chokepoint_sets(v, {.item = v.item(top_id), .base = {.as_of = some_day}}).sets == expected);
        CHECK_FALSE(is_available(v, v.item(top_id), {}, {.as_of = some_day, .disrupted = cids(v, {"c1057"})}));
    }
    {
        // 1 000 tiers by 1 000 makers: 999 single points of failure (all
        // but c1000, backed by the spare at the bottom) and one pair.
        const graph g = chain(1'000, 1'000).build();
        const auto v = g.view();
        const auto r = chokepoint_sets(v, {.item = v.item("x100999"), .base = {.as_of = some_day}});
        CHECK(r.single_points().size() == 999);
        CHECK_FALSE(r.has_set(ids(v, {"c1000"})));
        CHECK(r.sets.back() == ids(v, {"c1000", "spare"}));
    }
}

TEST_CASE("a search whose families explode stops at max_sets with a clear error", "[chokepoints][limit]") {
    // x has three alternatives (virtual providers); alternative i needs 30
    // inputs, each single-sourced by its own company: 30³ = 27 000 minimal
    // sets of order 3.
    graph_builder b;
    b.add(item_input{.id = "x", .name = "X", .kind = category::chip});
    for (int i = 0; i < 3; ++i) {
        const std::string alt = "alt" + std::to_string(i);
        b.add(company_input{.id = alt, .name = alt, .location = USA, .roles = {role::virtual_}});
        b.add(provides_input{.provider = alt, .item = "x"});
        for (int j = 0; j < 30; ++j) {
            const std::string s = "s" + std::to_string(i) + "_" + std::to_string(10 + j);
            b.add(company_input{.id = s, .name = s, .location = JPN, .roles = {role::materials}});
            b.add(item_input{.id = "in_" + s, .name = s, .kind = category::material});
            b.add(provides_input{.provider = s, .item = "in_" + s});
            b.add(requires_input{.item = "x", .input = "in_" + s, .provider = alt});
        }
    }
    const graph g = b.build();
    const auto v = g.view();
    const chokepoint_query q{.item = v.item("x"), .base = {.as_of = some_day}};
    const auto all = chokepoint_sets(v, q);
    CHECK(all.sets.size() == 27'000);
    CHECK(ranges::distance(all.of_order(3)) == 27'000);

    auto small = q;
    small.max_sets = 10'000;
    CHECK_THROWS_AS(chokepoint_sets(v, small), search_limit_exceeded);
    try {
        (void)chokepoint_sets(v, small);
    } catch (const search_limit_exceeded& e) {
        const std::string what = e.what();
        CHECK(e.limit() == 10'000);
        CHECK(e.order() == 3);
        CHECK(what.find("'x'") != std::string::npos);
        CHECK(what.find("max_sets = 10000") != std::string::npos);
        CHECK(what.find("raise max_sets") != std::string::npos);
    }

    // 40 alternatives, each needing one of two single-sourced inputs: 2^40
    // minimal sets of order 40. At order 3 there are none (cheap); at order
    // 40 the search stops at the limit.
    graph_builder w;
    w.add(item_input{.id = "x", .name = "X", .kind = category::chip});
    for (int i = 0; i < 40; ++i) {
        const std::string alt = "alt" + std::to_string(10 + i);
        w.add(company_input{.id = alt, .name = alt, .location = USA, .roles = {role::virtual_}});
        w.add(provides_input{.provider = alt, .item = "x"});
        for (int j = 0; j < 2; ++j) {
            const std::string s = "s" + std::to_string(10 + i) + "_" + std::to_string(j);
            w.add(company_input{.id = s, .name = s, .location = JPN, .roles = {role::materials}});
            w.add(item_input{.id = "in_" + s, .name = s, .kind = category::material});
            w.add(provides_input{.provider = s, .item = "in_" + s});
            w.add(requires_input{.item = "x", .input = "in_" + s, .provider = alt});
        }
    }
    const graph gw = w.build();
    const auto vw = gw.view();
    CHECK(chokepoint_sets(vw, {.item = vw.item("x"), .base = {.as_of = some_day}}).sets.empty());
    CHECK_THROWS_AS(chokepoint_sets(vw, {.item = vw.item("x"), .base = {.as_of = some_day}, .max_order = 40, .max_sets = 20'000}),
                    search_limit_exceeded);
}
