// Repair sets: a hand-checked chain under today's rules and with the bloc on
// its own; and, on small random models, every minimal repair set against the
// definition read literally — the model rebuilt with a new bloc-located
// provider of each item of the set (an offering with no inputs), availability
// computed from scratch on it, for every subset of the missing items.
#include <semichain/algo/availability.hpp>
#include <semichain/algo/repair.hpp>
#include <semichain/algo/trace.hpp>
#include <semichain/graph/graph.hpp>

#include "support/random_graph.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

using namespace semichain;
using namespace std::chrono;

namespace {

/// chip ← s (CHN) from wafer (a USA, w CHN), resist (u USA), scanner (n NLD);
/// scanner ← n from lens (z DEU). The USA lists s (origin scope) from 2024:
/// u's resist no longer reaches s, a's wafer neither (w's still does).
graph hand_model() {
    graph_builder b;
    const auto company = [&](const char* id, country c) { b.add(company_input{.id = id, .name = id, .location = c, .roles = {role::materials}}); };
    company("a", country::parse("USA").value());
    company("u", country::parse("USA").value());
    company("w", country::parse("CHN").value());
    company("s", country::parse("CHN").value());
    company("n", country::parse("NLD").value());
    company("z", country::parse("DEU").value());
    for (const char* x : {"chip", "wafer", "resist", "scanner", "lens"}) b.add(item_input{.id = x, .name = x});
    b.add(provides_input{.provider = "s", .item = "chip"});
    b.add(provides_input{.provider = "a", .item = "wafer"});
    b.add(provides_input{.provider = "w", .item = "wafer"});
    b.add(provides_input{.provider = "u", .item = "resist"});
    b.add(provides_input{.provider = "n", .item = "scanner"});
    b.add(provides_input{.provider = "z", .item = "lens"});
    for (const char* in : {"wafer", "resist", "scanner"}) b.add(requires_input{.item = "chip", .input = in});
    b.add(requires_input{.item = "scanner", .input = "lens"});
    b.add(rule_input{.id = "usa_list_s", .name = "List s", .kind = rule_kind::entity_listing,
                     .authority = country::parse("USA").value(), .effective = 2024y / 1 / 1, .scope = rule_scope::origin,
                     .targets = {"s"}});
    return b.build();
}

std::vector<std::string> ids(const graph_view& v, const std::vector<item_index>& xs) {
    std::vector<std::string> out;
    for (const item_index x : xs) out.emplace_back(v.items[x].id);
    return out;
}

/// The input of `in` with, for every item of `repaired`, a new provider in
/// country `where` offering it with no inputs (the item's requirements for
/// every offering become requirements of its existing offerings only).
graph_builder with_new_supply(const graph_input& in, const std::vector<std::string>& repaired, country where) {
    graph_builder b;
    for (const auto& x : in.sources) b.add(x);
    for (const auto& x : in.companies) b.add(x);
    for (const auto& x : in.items) b.add(x);
    for (const auto& x : in.provides) b.add(x);
    for (const auto& x : in.owns) b.add(x);
    for (const auto& x : in.invests) b.add(x);
    for (const auto& x : in.variants) b.add(x);
    for (const auto& x : in.rules) b.add(x);
    for (const auto& x : in.installed) b.add(x);
    for (const auto& x : in.observations) b.add(x);
    for (const auto& x : in.licences) b.add(x);
    for (const auto& x : in.assists) b.add(x);
    const auto is_repaired = [&](const std::string& y) { return std::find(repaired.begin(), repaired.end(), y) != repaired.end(); };
    for (const auto& r : in.requires_) {
        if (!r.provider.empty() || !is_repaired(r.item)) {
            b.add(r);
            continue;
        }
        for (const auto& p : in.provides)
            if (p.item == r.item) {
                auto own = r;
                own.provider = p.provider;
                b.add(own);
            }
    }
    for (std::size_t i = 0; i < repaired.size(); ++i) {
        const std::string id = "zz_new_" + std::to_string(i);
        b.add(company_input{.id = id, .name = id, .location = where, .roles = {role::materials}});
        b.add(provides_input{.provider = id, .item = repaired[i]});
    }
    return b;
}

}  // namespace

TEST_CASE("repair: the hand-checked chain under today's rules and with China on its own", "[repair]") {
    const graph g = hand_model();
    const auto v = g.view();
    const item_index chip = *v.find_item("chip");
    const company_index s_buyer = company_index::none();
    bloc chn;
    chn.insert(country::parse("CHN").value());
    repair_query q{.item = chip, .buyer = s_buyer, .members = chn, .base = scenario{.as_of = 2025y / 6 / 30}, .max_order = 3};

    // Today: resist (u, USA) is blocked to s; wafer still comes from w. Missing:
    // every closure item without an available Chinese offering.
    auto r = repair_sets(v, q);
    CHECK_FALSE(r.available_at_baseline);
    CHECK(ids(v, r.missing) == std::vector<std::string>{"lens", "resist", "scanner"});
    CHECK(r.repairable);
    REQUIRE(r.sets.size() == 1);
    CHECK(ids(v, r.sets[0]) == std::vector<std::string>{"resist"});
    CHECK(r.counts == std::vector<std::uint64_t>{0, 1, 0, 0});

    // Before the listing: available, the only minimal set is the empty one.
    q.base.as_of = 2023y / 6 / 30;
    r = repair_sets(v, q);
    CHECK(r.available_at_baseline);
    CHECK(r.sets == std::vector<std::vector<item_index>>{{}});
    CHECK(r.counts == std::vector<std::uint64_t>{1, 0, 0, 0});

    // China on its own: the scanner (from the Netherlands) must be built too,
    // but not its lens, since the new scanner supply needs no inputs.
    q.base = isolated_scenario(v, chn, scenario{.as_of = 2025y / 6 / 30});
    r = repair_sets(v, q);
    CHECK(ids(v, r.missing) == std::vector<std::string>{"lens", "resist", "scanner"});
    REQUIRE(r.sets.size() == 1);
    CHECK(ids(v, r.sets[0]) == std::vector<std::string>{"resist", "scanner"});
    CHECK(r.counts == std::vector<std::uint64_t>{0, 0, 1, 0});
    q.max_order = 1;
    r = repair_sets(v, q);
    CHECK(r.repairable);
    CHECK(r.sets.empty());
    CHECK(r.counts == std::vector<std::uint64_t>{0, 0});

    // Japan on its own cannot make the chip at all: s, its only maker, is
    // outside the bloc, and the chip itself is never a repair item.
    bloc jpn;
    jpn.insert(country::parse("JPN").value());
    q.members = jpn;
    q.max_order = 3;
    q.base = isolated_scenario(v, jpn, scenario{.as_of = 2025y / 6 / 30});
    r = repair_sets(v, q);
    CHECK_FALSE(r.repairable);
    CHECK(r.sets.empty());
    CHECK(ids(v, r.missing) == std::vector<std::string>{"lens", "resist", "scanner", "wafer"});

    // The search limit names itself.
    q.members = chn;
    q.base = scenario{.as_of = 2025y / 6 / 30};
    q.max_evaluations = 1;
    CHECK_THROWS_AS(repair_sets(v, q), repair_search_too_large);
}

TEST_CASE("repair: every minimal repair set equals the definition on a rebuilt model", "[repair]") {
    std::size_t checked = 0, with_sets = 0, with_larger_sets = 0, unrepairable = 0;
    for (std::uint64_t seed = 1; seed <= 400; ++seed) {
        test_support::random_graph_options opt;
        opt.companies = 4 + seed % 5;
        opt.countries = 2 + seed % 2;
        opt.max_item_requirements = 2 + seed % 3;
        opt.tiers = 2 + seed % 3;
        opt.max_items_per_tier = 2 + seed % 2;
        opt.max_offerings = 1 + seed % 3;
        opt.cycles = seed % 3;
        opt.rules = seed % 3;
        auto rg = test_support::make_random_graph(seed, opt);
        const graph g = rg.builder.build();
        const auto v = g.view();
        // The rules' reach must not depend on the new supply: origin scope
        // only, and no authority in the bloc (see repair.hpp).
        const bool plain_rules = std::all_of(v.rules.begin(), v.rules.end(), [](const auto& r) { return r.scope == rule_scope::origin; });
        if (!plain_rules) continue;
        std::vector<country> lands;
        for (const auto& c : v.companies)
            if (c.location && std::find(lands.begin(), lands.end(), *c.location) == lands.end()) lands.push_back(*c.location);
        std::sort(lands.begin(), lands.end(), [](country a, country b) { return a.index() < b.index(); });
        const auto authority = [&](country c) {
            return std::any_of(v.rules.begin(), v.rules.end(), [&](const auto& r) { return r.authority && *r.authority == c; });
        };
        std::vector<country> choices;
        for (const country c : lands)
            if (!authority(c)) choices.push_back(c);
        if (choices.empty()) continue;
        const country where = choices[seed % choices.size()];
        bloc B;
        B.insert(where);
        const bool isolated = seed % 2 == 0;
        const item_index x = *v.find_item(rg.top.front());
        company_index buyer = company_index::none();
        if (seed % 3 == 0) buyer = *v.find_company(rg.companies[seed % rg.companies.size()]);
        const scenario base{.as_of = rg.as_of};
        const repair_query q{.item = x, .buyer = buyer, .members = B, .base = isolated ? isolated_scenario(v, B, base) : base,
                             .max_order = 3};
        const repair_result r = repair_sets(v, q);

        // The missing items, from the trace and the plain availability.
        const availability_result a = compute_availability(v, q.base);
        std::vector<std::string> missing;
        auto t = trace(v, x);
        for (std::size_t i = 0; const auto e = t.entry(i); ++i) {
            if (e->item == x) continue;
            bool has = false;
            for (const offering_index o : v.offerings_of(e->item)) {
                const auto& loc = v.companies[v.offerings[o].provider].location;
                has = has || (a.available(o) && loc && B.contains(*loc));
            }
            if (!has) missing.emplace_back(v.items[e->item].id);
        }
        std::sort(missing.begin(), missing.end());
        std::vector<std::string> got_missing = ids(v, r.missing);
        std::sort(got_missing.begin(), got_missing.end());
        REQUIRE(got_missing == missing);
        if (missing.size() > 10) continue;

        // Every subset of order ≤ 3: does it repair x, on the rebuilt model?
        const std::string buyer_id = buyer.is_none() ? std::string{} : std::string{v.companies[buyer].id};
        const auto repairs = [&](const std::vector<std::string>& R) {
            const graph h = with_new_supply(rg.builder.input(), R, where).build();
            const auto hv = h.view();
            const company_index hb = buyer_id.empty() ? company_index::none() : *hv.find_company(buyer_id);
            const scenario s = isolated ? isolated_scenario(hv, B, base) : base;
            return is_available(hv, *hv.find_item(v.items[x].id), hb, s);
        };
        const std::size_t m = missing.size();
        std::vector<std::vector<std::string>> good;
        for (std::uint32_t mask = 0; mask < (1U << m); ++mask) {
            if (std::popcount(mask) > 3) continue;
            std::vector<std::string> R;
            for (std::size_t i = 0; i < m; ++i)
                if (mask >> i & 1U) R.push_back(missing[i]);
            if (repairs(R)) good.push_back(R);
        }
        std::vector<std::vector<std::string>> minimal;
        for (const auto& R : good) {
            const bool has_smaller = std::any_of(good.begin(), good.end(), [&](const auto& S) {
                return S.size() < R.size() && std::includes(R.begin(), R.end(), S.begin(), S.end());
            });
            if (!has_smaller) minimal.push_back(R);
        }
        std::vector<std::vector<std::string>> got;
        for (const auto& s : r.sets) {
            auto names = ids(v, s);
            std::sort(names.begin(), names.end());
            got.push_back(names);
        }
        std::sort(got.begin(), got.end());
        std::sort(minimal.begin(), minimal.end());
        INFO("seed " << seed << (isolated ? " isolated" : " rules") << ", bloc " << where.code());
        CHECK(got == minimal);
        CHECK(r.available_at_baseline == repairs({}));
        CHECK(r.repairable == repairs(missing));
        std::vector<std::uint64_t> counts(std::min<std::size_t>(3, m) + 1, 0);
        for (const auto& s : minimal) ++counts[s.size()];
        CHECK(r.counts == counts);
        ++checked;
        if (!minimal.empty() && !r.available_at_baseline) ++with_sets;
        if (std::any_of(minimal.begin(), minimal.end(), [](const auto& s) { return s.size() >= 2; })) ++with_larger_sets;
        if (!r.repairable) ++unrepairable;
    }
    INFO("checked " << checked << ", with sets " << with_sets << ", with sets of 2+ " << with_larger_sets << ", unrepairable "
                    << unrepairable);
    CHECK(checked >= 200);
    CHECK(with_sets >= 40);
    CHECK(with_larger_sets >= 4);
    CHECK(unrepairable >= 50);
}
