// A seeded generator of layered synthetic supply graphs for the benchmarks.
//
// `tiers` tiers of items, t0_* (products) down to t<tiers-1>_* (raw
// materials). Each item has 2–4 offerings (3 on average) from distinct
// companies; every item but the last tier's requires `fan_out` distinct items
// of the next tier (item-level, weight 0.04 each), and some offerings need
// one more item of the next tier of their own (a provider-specific recipe,
// weight 0.05). `back_edges` close supply cycles: a path is walked from a
// random tier-1 item down to the last tier, and that last item is made to
// require the tier-1 item (weight 0.05), so every back edge closes a cycle.
// Shares: the first offering of an item has 50 %, the others split the rest.
// Companies c0..c<companies-1> are located in USA, JPN, TWN, CHN in turn.
//
// Deterministic: the numbers come from splitmix64 and the seed alone.
// With the defaults, `offerings` offerings make ≈ 10 × offerings requirement
// links (an offering's requirements, item-level ones counted per offering).
#pragma once

#include <semichain/graph/graph.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace bench {

struct layered_options {
    std::size_t offerings = 10'000;  ///< about this many offerings
    std::size_t tiers = 8;
    std::size_t fan_out = 10;                ///< item-level requirements per item into the next tier
    unsigned own_requirement_percent = 10;   ///< an offering has one requirement of its own
    std::size_t back_edges = 0;              ///< supply cycles closed from the last tier to tier 1
    std::size_t companies = 1000;
    std::uint64_t seed = 42;
};

/// splitmix64: a small generator whose sequence is fixed by its seed.
class splitmix64 {
public:
    explicit splitmix64(std::uint64_t seed) noexcept : state_{seed} {}
    std::uint64_t next() noexcept {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31U);
    }
    std::size_t below(std::size_t n) noexcept { return static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t state_;
};

// "c12", "t3_45": appended, not concatenated (GCC 12 warns falsely on
// operator+ with a literal at -O2).
inline std::string numbered(const char* prefix, std::size_t n) {
    std::string s{prefix};
    s += std::to_string(n);
    return s;
}
inline std::string item_id(std::size_t tier, std::size_t i) {
    std::string s = numbered("t", tier);
    s += '_';
    s += std::to_string(i);
    return s;
}

/// "1000,10000" → {1000, 10000} (a command-line list of sizes).
inline std::vector<std::size_t> parse_sizes(const char* s) {
    std::vector<std::size_t> out;
    while (*s) {
        char* end = nullptr;
        out.push_back(std::strtoull(s, &end, 10));
        if (end == s) break;
        s = *end == ',' ? end + 1 : end;
    }
    return out;
}

/// The layered graph described in the header comment.
inline semichain::graph make_layered(const layered_options& opt) {
    using namespace semichain;
    constexpr std::size_t min_alt = 2, max_alt = 4;
    const std::size_t per_tier = std::max<std::size_t>(opt.fan_out + 1, opt.offerings / (opt.tiers * (min_alt + max_alt) / 2));
    splitmix64 rng{opt.seed};
    graph_builder b;
    const country lands[4] = {countries::USA, countries::JPN, countries::TWN, countries::CHN};
    for (std::size_t c = 0; c < opt.companies; ++c)
        b.add(company_input{.id = numbered("c", c), .name = "c", .location = lands[c % 4], .roles = {role::materials}});

    // Inputs of each item (indices into the next tier), kept for the back edges.
    std::vector<std::vector<std::size_t>> inputs(opt.tiers * per_tier);
    std::vector<std::size_t> providers;
    for (std::size_t t = 0; t < opt.tiers; ++t) {
        for (std::size_t i = 0; i < per_tier; ++i) {
            const std::string id = item_id(t, i);
            b.add(item_input{.id = id, .name = "x", .kind = category::material});
            const std::size_t alternatives = min_alt + rng.below(max_alt - min_alt + 1);
            providers.clear();
            while (providers.size() < alternatives) {
                const std::size_t c = rng.below(opt.companies);
                if (std::find(providers.begin(), providers.end(), c) == providers.end()) providers.push_back(c);
            }
            for (std::size_t k = 0; k < alternatives; ++k) {
                const double share = k == 0 ? 0.5 : 0.5 / static_cast<double>(alternatives - 1);
                b.add(provides_input{.provider = numbered("c", providers[k]), .item = id, .share = share});
            }
            if (t + 1 == opt.tiers) continue;
            auto& in = inputs[t * per_tier + i];
            while (in.size() < opt.fan_out) {
                const std::size_t y = rng.below(per_tier);
                if (std::find(in.begin(), in.end(), y) == in.end()) in.push_back(y);
            }
            for (const std::size_t y : in) b.add(requires_input{.item = id, .input = item_id(t + 1, y), .weight = 0.04});
            for (std::size_t k = 0; k < alternatives; ++k) {
                if (rng.below(100) >= opt.own_requirement_percent) continue;
                std::size_t y = rng.below(per_tier);
                while (std::find(in.begin(), in.end(), y) != in.end()) y = rng.below(per_tier);
                b.add(requires_input{.item = id, .input = item_id(t + 1, y), .provider = numbered("c", providers[k]),
                                     .weight = 0.05});
            }
        }
    }
    // Back edges: tier-1 item v, a path down to the last tier, its end u requires v.
    std::vector<std::size_t> closed;
    for (std::size_t e = 0; e < opt.back_edges && opt.tiers > 2; ++e) {
        const std::size_t v = rng.below(per_tier);
        std::size_t at = v;
        for (std::size_t t = 1; t + 1 < opt.tiers; ++t) {
            const auto& in = inputs[t * per_tier + at];
            at = in[rng.below(in.size())];
        }
        if (std::find(closed.begin(), closed.end(), at) != closed.end()) continue;  // one back edge per item
        closed.push_back(at);
        b.add(requires_input{.item = item_id(opt.tiers - 1, at), .input = item_id(1, v), .weight = 0.05});
    }
    return b.build();
}

}  // namespace bench
