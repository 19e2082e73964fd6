// Disruption risk: the exact probability against every one of the 2^n
// scenarios on small random models (to 1e-12), the approximations against
// their definitions, the importance measures against brute-force
// conditionals, and a Monte Carlo estimate with a confidence interval on a
// larger model.
#include <semichain/algo/availability.hpp>
#include <semichain/algo/risk.hpp>
#include <semichain/graph/graph.hpp>

#include "support/dates.hpp"
#include "support/random_graph.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

using namespace semichain;
using namespace std::chrono;

namespace {
using test_support::some_day;

/// P(item unavailable) by summing over every scenario of the members;
/// `fixed`: a member whose state is forced (p = 1 or 0).
double brute_force(const graph_view& v, const chokepoint_query& q, const std::vector<candidate_member_t>& members,
                   const std::vector<double>& p) {
    const auto n = static_cast<std::uint32_t>(members.size());
    double total = 0;
    for (std::uint32_t mask = 0; mask < (1U << n); ++mask) {
        double w = 1;
        for (std::uint32_t i = 0; i < n; ++i) w *= (mask >> i & 1U) ? p[i] : 1 - p[i];
        if (w == 0) continue;
        scenario s = q.base;
        for (const company_index c : v.companies.indices()) {
            const auto m = candidate_member(v, q.candidates, c);
            if (m == no_member) continue;
            const auto at = static_cast<std::uint32_t>(std::lower_bound(members.begin(), members.end(), m) - members.begin());
            if (mask >> at & 1U) s.disrupted.push_back(c);
        }
        if (!is_available(v, q.item, q.buyer, s)) total += w;
    }
    return total;
}
}  // namespace

TEST_CASE("risk: the exact probability and the importance measures equal brute force over all scenarios", "[risk]") {
    std::size_t checked = 0, strictly_between = 0, with_rrw_undefined = 0;
    for (std::uint64_t seed = 1; seed <= 80; ++seed) {
        test_support::random_graph_options opt;
        opt.companies = 3 + seed % 6;
        opt.countries = 1 + seed % 4;
        opt.tiers = 2 + seed % 3;
        opt.max_items_per_tier = 2 + seed % 2;
        opt.max_offerings = 2 + seed % 2;
        opt.cycles = seed % 3;
        opt.rules = seed % 3;
        const auto rg = test_support::make_random_graph(seed, opt);
        const graph g = rg.builder.build();
        const auto v = g.view();
        test_support::splitmix64 rng{seed * 31337};
        for (int config = 0; config < 4; ++config) {
            risk_query rq;
            rq.chokepoints = {.item = v.item(rng.pick(rg.items)), .base = {.as_of = some_day, .apply_controls = (config & 1) == 0},
                              .max_order = 1 + rng.below(3)};
            rq.chokepoints.candidates.by = (config & 2) ? candidate_kind::countries : candidate_kind::companies;
            const auto header = chokepoint_counts(v, rq.chokepoints);
            std::vector<double> p;
            for (const candidate_member_t m : header.candidates) {
                const double x = rng.chance(10) ? (rng.chance(50) ? 0.0 : 1.0) : 0.01 * static_cast<double>(1 + rng.below(99));
                rq.probabilities[m] = x;
                p.push_back(x);
            }
            const risk_result r = disruption_risk(v, rq);
            INFO("seed " << seed << " config " << config);
            const double exact = brute_force(v, rq.chokepoints, header.candidates, p);
            CHECK(std::abs(r.probability - exact) <= 1e-12);

            // The approximations, from the listed minimal sets of order ≤ max_order.
            const auto listed = chokepoint_sets(v, rq.chokepoints);
            double re = 0, survive = 1;
            for (const auto& s : listed.sets) {
                double ps = 1;
                for (const candidate_member_t m : s) ps *= rq.probabilities.at(m);
                re += ps;
                survive *= 1 - ps;
            }
            CHECK(std::abs(r.rare_event - re) <= 1e-12);
            CHECK(std::abs(r.mcub - (1 - survive)) <= 1e-12);
            CHECK(r.sets.counts == listed.counts);
            // Truncated exactly when a larger minimal set exists.
            auto all_orders = rq.chokepoints;
            all_orders.max_order = header.candidates.size();
            CHECK(r.truncated == (chokepoint_counts(v, all_orders).total() > listed.total()));

            REQUIRE(r.importance.size() == header.candidates.size());
            for (const importance_row& row : r.importance) {
                const auto at = static_cast<std::size_t>(std::lower_bound(header.candidates.begin(), header.candidates.end(), row.member) -
                                                         header.candidates.begin());
                auto up = p, down = p;
                up[at] = 1;
                down[at] = 0;
                const double on = brute_force(v, rq.chokepoints, header.candidates, up);
                const double off = brute_force(v, rq.chokepoints, header.candidates, down);
                CHECK(std::abs(row.if_disrupted - on) <= 1e-12);
                CHECK(std::abs(row.if_not_disrupted - off) <= 1e-12);
                CHECK(std::abs(row.birnbaum - (on - off)) <= 1e-12);
                if (exact > 0) {
                    REQUIRE(row.criticality.has_value());
                    CHECK(std::abs(*row.criticality - (on - off) * p[at] / exact) <= 1e-9);
                    CHECK(std::abs(*row.fussell_vesely - (exact - off) / exact) <= 1e-9);
                    CHECK(std::abs(*row.raw - on / exact) <= 1e-9);
                } else {
                    CHECK_FALSE(row.criticality.has_value());
                    CHECK_FALSE(row.raw.has_value());
                    CHECK(row.undefined.find("P(top) = 0") != std::string::npos);
                }
                if (off > 0) {
                    REQUIRE(row.rrw.has_value());
                    CHECK(std::abs(*row.rrw - exact / off) <= 1e-9);
                } else {
                    CHECK_FALSE(row.rrw.has_value());
                    CHECK(row.undefined.find("RRW is undefined") != std::string::npos);
                    ++with_rrw_undefined;
                }
            }
            CHECK(std::is_sorted(r.importance.begin(), r.importance.end(), [](const auto& a, const auto& b) {
                return a.birnbaum != b.birnbaum ? a.birnbaum > b.birnbaum : a.member < b.member;
            }));
            ++checked;
            strictly_between += exact > 0.001 && exact < 0.999;
        }
    }
    CHECK(checked == 320);
    CHECK(strictly_between > 100);
    CHECK(with_rrw_undefined > 10);
}

TEST_CASE("risk: a candidate without a probability is an error unless a default is given", "[risk]") {
    const auto rg = test_support::make_random_graph(7, {});
    const graph g = rg.builder.build();
    const auto v = g.view();
    risk_query rq;
    rq.chokepoints = {.item = v.item(rg.top.front()), .base = {.as_of = some_day}};
    CHECK_THROWS_AS(disruption_risk(v, rq), query_error);
    rq.default_probability = 1.5;
    CHECK_THROWS_AS(disruption_risk(v, rq), value_error);
    rq.default_probability = 0.1;
    CHECK_NOTHROW(disruption_risk(v, rq));
}

TEST_CASE("risk: the exact probability lies in a Monte Carlo confidence interval on a larger model", "[risk]") {
    test_support::random_graph_options opt;
    opt.companies = 40;
    opt.countries = 6;
    opt.tiers = 5;
    opt.min_items_per_tier = 4;
    opt.max_items_per_tier = 6;
    opt.max_offerings = 3;
    opt.cycles = 2;
    opt.rules = 0;
    const auto rg = test_support::make_random_graph(2024, opt);
    const graph g = rg.builder.build();
    const auto v = g.view();
    risk_query rq;
    rq.chokepoints = {.item = v.item(rg.top.front()), .base = {.as_of = some_day}};
    rq.default_probability = 0.2;
    const risk_result r = disruption_risk(v, rq);
    REQUIRE(r.sets.candidates.size() >= 30);
    REQUIRE(r.probability > 0.01);
    REQUIRE(r.probability < 0.99);
    // Rare-event and min-cut bounds hold whenever nothing is truncated.
    if (!r.truncated) CHECK(r.mcub >= r.probability - 1e-12);

    test_support::splitmix64 rng{99};
    constexpr int samples = 20'000;
    int failed = 0;
    for (int i = 0; i < samples; ++i) {
        scenario s{.as_of = some_day};
        for (const candidate_member_t m : r.sets.candidates)
            if (rng.below(1'000'000) < 200'000) s.disrupted.push_back(company_index{m});
        failed += !is_available(v, rq.chokepoints.item, {}, s);
    }
    const double est = static_cast<double>(failed) / samples;
    const double half_width = 4.0 * std::sqrt(est * (1 - est) / samples);  // ≈ 99.99 %
    INFO("exact " << r.probability << ", Monte Carlo " << est << " ± " << half_width);
    CHECK(std::abs(r.probability - est) <= half_width);
}
