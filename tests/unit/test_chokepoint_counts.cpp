// Chokepoint sets counted by order and streamed: both engines (lists,
// diagrams) give the same sets, the counts agree with the listed sets,
// count_only lists nothing, the stream yields exactly the listed sets, and
// counts stay exact where listing is impossible.
#include <semichain/algo/chokepoints.hpp>
#include <semichain/graph/graph.hpp>

#include "support/dates.hpp"
#include "support/random_graph.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;

namespace {
using test_support::some_day;
using sets_t = std::vector<std::vector<candidate_member_t>>;

sets_t streamed(const graph_view& v, const chokepoint_query& q, chokepoint_result& summary) {
    chokepoint_stream s{v, q};
    summary = s.summary();
    sets_t out;
    while (s.next()) out.emplace_back(s.current().begin(), s.current().end());
    return out;
}
}  // namespace

TEST_CASE("counts by order agree with the listed sets; count_only and the stream agree with both", "[chokepoints][counts]") {
    std::size_t checked = 0, with_sets = 0;
    for (std::uint64_t seed = 1; seed <= 150; ++seed) {
        test_support::random_graph_options opt;
        opt.companies = 3 + seed % 6;
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
        test_support::splitmix64 rng{seed * 104729};
        for (int config = 0; config < 4; ++config) {
            chokepoint_query q{.item = v.item(rng.pick(rg.items)), .base = {.as_of = some_day, .apply_controls = (config & 1) == 0}};
            q.candidates.by = (config & 2) ? candidate_kind::countries : candidate_kind::companies;
            q.max_order = 1 + rng.below(4);
            const auto listed = chokepoint_sets(v, q);
            INFO("seed " << seed << " config " << config);
            REQUIRE(listed.listed);
            // Both engines: the same sets and counts.
            auto on_diagrams = q;
            on_diagrams.engine = chokepoint_engine::diagrams;
            const auto diagrams = chokepoint_sets(v, on_diagrams);
            CHECK(diagrams.sets == listed.sets);
            CHECK(diagrams.counts == listed.counts);
            std::vector<std::uint64_t> by_size(listed.counts.size(), 0);
            for (const auto& s : listed.sets) {
                REQUIRE(s.size() < by_size.size());
                ++by_size[s.size()];
            }
            CHECK(listed.counts == by_size);
            CHECK(listed.total() == listed.sets.size());

            const auto counted = chokepoint_counts(v, q);
            CHECK_FALSE(counted.listed);
            CHECK(counted.sets.empty());
            CHECK(counted.counts == listed.counts);
            CHECK(counted.available_at_baseline == listed.available_at_baseline);

            chokepoint_result summary;
            auto got = streamed(v, q, summary);
            CHECK(summary.counts == listed.counts);
            CHECK(got.size() == listed.sets.size());
            // By size first, in the diagram's order within a size.
            CHECK(std::is_sorted(got.begin(), got.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); }));
            std::sort(got.begin(), got.end(), [](const auto& a, const auto& b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
            CHECK(got == listed.sets);
            ++checked;
            with_sets += !listed.sets.empty() && !listed.sets.front().empty();
        }
    }
    CHECK(checked == 600);
    CHECK(with_sets > 150);
}

namespace {
/// x with `alternatives` virtual providers; alternative i needs `inputs`
/// inputs, each single-sourced by its own company: inputs^alternatives
/// minimal sets of order `alternatives`.
graph alternatives_model(int alternatives, int inputs) {
    graph_builder b;
    b.add(item_input{.id = "x", .name = "X", .kind = category::chip});
    for (int i = 0; i < alternatives; ++i) {
        const std::string alt = "alt" + std::to_string(10 + i);
        b.add(company_input{.id = alt, .name = alt, .location = USA, .roles = {role::virtual_}});
        b.add(provides_input{.provider = alt, .item = "x"});
        for (int j = 0; j < inputs; ++j) {
            const std::string s = "s" + std::to_string(10 + i) + "_" + std::to_string(10 + j);
            b.add(company_input{.id = s, .name = s, .location = JPN, .roles = {role::materials}});
            b.add(item_input{.id = "in_" + s, .name = s, .kind = category::material});
            b.add(provides_input{.provider = s, .item = "in_" + s});
            b.add(requires_input{.item = "x", .input = "in_" + s, .provider = alt});
        }
    }
    return b.build();
}
}  // namespace

TEST_CASE("counts stay exact where the sets are far too many to list", "[chokepoints][counts]") {
    // 2^40 minimal sets of order 40: counted exactly from diagrams of a few
    // thousand nodes; listing them stops at max_sets; the stream starts at once.
    const graph g = alternatives_model(40, 2);
    const auto v = g.view();
    const chokepoint_query q{.item = v.item("x"), .base = {.as_of = some_day}, .max_order = 40, .max_sets = 20'000};
    const auto c = chokepoint_counts(v, q);
    REQUIRE(c.counts.size() == 41);
    CHECK(c.count(40) == std::uint64_t{1} << 40);
    CHECK(c.total() == std::uint64_t{1} << 40);
    CHECK(c.diagram_nodes < 5'000);
    CHECK_THROWS_AS(chokepoint_sets(v, q), search_limit_exceeded);

    chokepoint_stream s{v, q};
    CHECK(s.summary().count(40) == std::uint64_t{1} << 40);
    for (int i = 0; i < 3; ++i) {
        REQUIRE(s.next());
        CHECK(s.current().size() == 40);
        CHECK(std::is_sorted(s.current().begin(), s.current().end()));
    }

    // 30³ = 27 000 sets of order 3, none of lower order.
    const graph g3 = alternatives_model(3, 30);
    const auto v3 = g3.view();
    const auto c3 = chokepoint_counts(v3, {.item = v3.item("x"), .base = {.as_of = some_day}});
    CHECK(c3.counts == std::vector<std::uint64_t>{0, 0, 0, 27'000});
}

TEST_CASE("a chain of 10 000 single points of failure takes memory linear in its length", "[chokepoints][deep]") {
    // x0 ← x1 ← … ← x(n−1), tier t made by c<t> alone: n single points of failure.
    const auto nodes_for = [](std::size_t n) {
        graph_builder b;
        for (std::size_t t = 0; t < n; ++t) {
            const std::string c = "c" + std::to_string(100000 + t), x = "x" + std::to_string(100000 + t);
            b.add(company_input{.id = c, .name = c, .location = USA, .roles = {role::materials}});
            b.add(item_input{.id = x, .name = x, .kind = category::material});
            b.add(provides_input{.provider = c, .item = x});
            if (t > 0) b.add(requires_input{.item = x, .input = "x" + std::to_string(100000 + t - 1)});
        }
        const graph g = b.build();
        const auto v = g.view();
        const auto r = chokepoint_counts(v, {.item = v.item("x" + std::to_string(100000 + n - 1)), .base = {.as_of = some_day}});
        CHECK(r.count(1) == n);
        CHECK(r.total() == n);
        return r.diagram_nodes;
    };
    const std::size_t small = nodes_for(1'000), large = nodes_for(10'000);
    INFO("diagram nodes: " << small << " for 1 000 tiers, " << large << " for 10 000");
    CHECK(large <= 2 * 10'000);
    CHECK(large <= 11 * small);
}
