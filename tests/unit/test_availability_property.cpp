// Property test: the counter-based greatest fixpoint equals a naive one that
// sweeps every offering again and again until nothing changes.
#include <semichain/algo/availability.hpp>
#include <semichain/graph/graph.hpp>

#include "support/random_graph.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace semichain;

namespace {

// DESIGN.md §5 read literally: start with every usable offering whose capital
// was obtainable when it began, then remove offerings with a requirement that
// no remaining offering usable by their provider meets, sweep after sweep.
index_vector<offering_index, std::uint8_t> naive_availability(const graph_view& g, const scenario& s, const controls_context& ctl) {
    const day_number t = s.day();
    const auto n = g.offerings.size();
    const auto gone = [&](company_index c) { return s.is_disrupted(g, c); };
    const auto blocked = [&](offering_index q, company_index b, day_number d) { return !ctl.blocking_rule(q, b, d).is_none(); };
    const auto at_start = [&](offering_index o, const requirement_record& r) { return r.capital && g.offerings[o].since != since_always; };
    index_vector<offering_index, std::uint8_t> alive(n, 0);
    for (const offering_index o : g.offerings.indices()) {
        const auto& off = g.offerings[o];
        bool ok = off.valid_at(t) && !gone(off.provider);
        g.for_each_requirement(o, [&](const requirement_record& r) {
            if (!ok || !at_start(o, r)) return;
            bool had = false;
            for (const offering_index q : g.offerings_of(r.input))
                had = had || (g.offerings[q].valid_at(off.since) && !gone(g.offerings[q].provider) &&
                              !blocked(q, off.provider, off.since));
            ok = had;
        });
        alive[o] = ok ? 1 : 0;
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const offering_index o : g.offerings.indices()) {
            if (!alive[o]) continue;
            bool ok = true;
            g.for_each_requirement(o, [&](const requirement_record& r) {
                if (!ok || at_start(o, r)) return;
                bool met = false;
                for (const offering_index q : g.offerings_of(r.input))
                    met = met || (alive[q] && !blocked(q, g.offerings[o].provider, t));
                ok = met;
            });
            if (!ok) {
                alive[o] = 0;
                changed = true;
            }
        }
    }
    return alive;
}

}  // namespace

TEST_CASE("availability equals a naive fixpoint on random graphs", "[availability][property]") {
    std::size_t compared = 0, unavailable = 0;
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        test_support::random_graph_options opt;
        opt.companies = 8;
        opt.tiers = 4;
        opt.cycles = seed % 3;
        opt.rules = seed % 4;
        auto rg = test_support::make_random_graph(seed, opt);
        const graph g = rg.builder.build();
        const auto v = g.view();
        test_support::splitmix64 rng{seed * 7919};
        scenario s{.as_of = rg.as_of};
        if (v.companies.size() > 0)
            for (int k = 0; k < 2; ++k) s.disrupted.push_back(company_index{rng.below(v.companies.size())});
        s.apply_controls = seed % 5 != 0;
        const auto fast = compute_availability(v, s);
        const auto naive = naive_availability(v, s, fast.controls());
        for (const offering_index o : v.offerings.indices()) {
            INFO("seed " << seed << ", offering " << o.value());
            REQUIRE(fast.available(o) == (naive[o] != 0));
            ++compared;
            unavailable += naive[o] ? 0 : 1;
        }
    }
    // The sample must exercise both outcomes.
    CHECK(compared > 3000);
    CHECK(unavailable > 300);
    CHECK(compared - unavailable > 300);
}
