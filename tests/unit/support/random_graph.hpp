// Seeded random small graphs for property tests: companies in a few
// countries, items in tiers, offerings with optional shares and dates,
// item-level and offering-level requirements with optional weights and
// capital flags, a few supply cycles and a control rule or two.
//
// Deterministic from the seed on every compiler and standard library: the
// numbers come from splitmix64 (below), never from std::uniform_*_distribution,
// whose output differs between libstdc++ and libc++. Every graph builds
// without errors (shares of one item add up to at most 1, weights of one
// offering to at most 1, since < until, no item requires itself).
//
// Ids sort in creation order: companies c00, c01, … (then aggregates g00, …
// and the residual provider "various"), items i00, i01, … tier by tier.
#pragma once

#include <semichain/graph/graph.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace test_support {

/// splitmix64 (Steele, Lea and Flood, 2014): a tiny, fast, well-mixed
/// generator whose sequence is fixed by its seed.
class splitmix64 {
public:
    constexpr explicit splitmix64(std::uint64_t seed) noexcept : state_{seed} {}

    constexpr std::uint64_t next() noexcept {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31U);
    }
    /// A number in [0, n), or 0 when n is 0 (modulo bias does not matter here).
    constexpr std::size_t below(std::size_t n) noexcept {
        return n == 0 ? 0 : static_cast<std::size_t>(next() % static_cast<std::uint64_t>(n));
    }
    /// A number in [lo, hi] (lo when hi < lo).
    constexpr std::size_t between(std::size_t lo, std::size_t hi) noexcept {
        return hi <= lo ? lo : lo + below(hi - lo + 1);
    }
    /// True with probability percent / 100.
    constexpr bool chance(unsigned percent) noexcept { return below(100) < percent; }
    /// A uniformly chosen element of a non-empty vector.
    template <class T>
    constexpr const T& pick(const std::vector<T>& v) noexcept {
        return v[below(v.size())];
    }

private:
    std::uint64_t state_;
};

/// What a random graph is made of. Percentages are chances per entity.
struct random_graph_options {
    std::size_t companies = 6;                ///< ordinary companies (c00, c01, …)
    std::size_t countries = 3;                ///< spread over this many of USA, JPN, TWN, CHN, NLD, KOR, DEU, SGP
    unsigned virtual_percent = 10;            ///< a company is a virtual placeholder
    std::size_t aggregates = 0;               ///< country-level providers (g00, …), one per country in turn
    bool residual = false;                    ///< add a residual provider "various" (aggregate, no country)
    std::size_t tiers = 3;                    ///< item tiers; tier 0 items have no inputs of their own
    std::size_t min_items_per_tier = 1, max_items_per_tier = 3;
    std::size_t min_offerings = 1, max_offerings = 3;  ///< per item, by distinct providers
    unsigned no_offering_percent = 3;         ///< an item has no offering at all
    unsigned share_percent = 60;              ///< an offering has a known share (an item's shares add up to ≤ 1)
    std::size_t max_item_requirements = 2;    ///< per item of tier ≥ 1, inputs drawn from lower tiers
    unsigned offering_requirement_percent = 20;  ///< an offering has a requirement of its own
    unsigned weight_percent = 50;             ///< a requirement has a weight
    unsigned capital_percent = 15;            ///< a requirement is capital equipment
    std::size_t cycles = 1;                   ///< back edges: an input of v requires v (a two-item cycle)
    unsigned since_percent = 20;              ///< an offering has a `since` date (2016–2026)
    unsigned until_percent = 5;               ///< an offering has an `until` date
    std::size_t rules = 1;                    ///< control rules (entity listings or thresholds, either scope)
};

/// A random graph's input, ready to build (or to extend first).
struct random_graph {
    semichain::graph_builder builder;
    semichain::date as_of{std::chrono::year{2024} / 1 / 1};  ///< the date the generator's dates are drawn around
    std::vector<std::string> companies;  ///< every provider id, ordinary companies first
    std::vector<std::string> items;      ///< item ids, tier by tier
    std::vector<std::size_t> tier;       ///< tier of each item (same order as `items`)
    std::vector<std::string> top;        ///< the items of the highest tier
};

namespace detail {
inline std::string numbered(char prefix, std::size_t n, std::size_t count) {
    std::string digits = std::to_string(n);
    const std::size_t width = std::max<std::size_t>(2, std::to_string(count == 0 ? 0 : count - 1).size());
    while (digits.size() < width) digits.insert(digits.begin(), '0');
    return prefix + digits;
}
inline semichain::date random_date(splitmix64& rng, int first_year, int last_year) {
    using namespace std::chrono;
    const auto y = year{first_year + static_cast<int>(rng.below(static_cast<std::size_t>(last_year - first_year + 1)))};
    return y / month{static_cast<unsigned>(1 + rng.below(12))} / day{static_cast<unsigned>(1 + rng.below(28))};
}
}  // namespace detail

/// A random graph drawn from `seed` (the same seed gives the same graph everywhere).
inline random_graph make_random_graph(std::uint64_t seed, const random_graph_options& opt = {}) {
    using namespace semichain;
    using namespace semichain::countries;
    splitmix64 rng{seed};
    random_graph out;

    const std::vector<country> pool{USA, JPN, TWN, CHN, NLD, KOR, DEU, SGP};
    std::vector<country> lands(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(std::clamp<std::size_t>(opt.countries, 1, pool.size())));
    const std::vector<role> roles{role::designer, role::foundry, role::equipment, role::materials, role::eda, role::osat};

    // Companies: ordinary ones, then country-level aggregates, then the residual.
    std::vector<country> location;  // per ordinary company and aggregate
    for (std::size_t i = 0; i < opt.companies; ++i) {
        const std::string id = detail::numbered('c', i, opt.companies);
        const country where = rng.pick(lands);
        role_set rs{rng.pick(roles)};
        if (rng.chance(30)) rs.insert(rng.pick(roles));
        if (rng.chance(opt.virtual_percent)) rs = role_set{role::virtual_};
        out.builder.add(company_input{.id = id, .name = "Company " + id, .location = where, .roles = rs});
        out.companies.push_back(id);
        location.push_back(where);
    }
    for (std::size_t i = 0; i < opt.aggregates; ++i) {
        const std::string id = detail::numbered('g', i, opt.aggregates);
        const country where = lands[i % lands.size()];
        out.builder.add(company_input{.id = id, .name = std::string{where.code()}, .location = where, .roles = {role::aggregate}});
        out.companies.push_back(id);
        location.push_back(where);
    }
    if (opt.residual) {
        out.builder.add(company_input{.id = "various", .name = "Various countries", .roles = {role::aggregate}});
        out.companies.push_back("various");
    }

    // Items, tier by tier.
    const std::vector<category> kinds{category::chip, category::tool, category::material, category::process_node};
    const std::vector<double> nodes{5, 7, 16, 28};
    std::size_t item_count = 0;
    std::vector<std::size_t> per_tier;
    for (std::size_t t = 0; t < std::max<std::size_t>(opt.tiers, 1); ++t) {
        per_tier.push_back(rng.between(std::max<std::size_t>(opt.min_items_per_tier, 1), opt.max_items_per_tier));
        item_count += per_tier.back();
    }
    std::vector<std::size_t> tier_begin{0};
    for (std::size_t t = 0; t < per_tier.size(); ++t) {
        for (std::size_t k = 0; k < per_tier[t]; ++k) {
            const std::string id = detail::numbered('i', out.items.size(), item_count);
            item_input x{.id = id, .name = "Item " + id, .kind = rng.pick(kinds)};
            if (rng.chance(50)) x.attributes.push_back({.key = "node_nm", .is_number = true, .number = rng.pick(nodes)});
            out.builder.add(std::move(x));
            out.items.push_back(id);
            out.tier.push_back(t);
        }
        tier_begin.push_back(out.items.size());
    }
    for (std::size_t i = tier_begin[per_tier.size() - 1]; i < out.items.size(); ++i) out.top.push_back(out.items[i]);

    // Offerings: distinct providers per item; shares partition at most 100%.
    std::vector<std::vector<std::size_t>> providers_of(out.items.size());
    for (std::size_t i = 0; i < out.items.size(); ++i) {
        if (out.companies.empty() || rng.chance(opt.no_offering_percent)) continue;
        const std::size_t n = std::min(rng.between(opt.min_offerings, opt.max_offerings), out.companies.size());
        std::vector<std::size_t> chosen;
        while (chosen.size() < n) {
            const std::size_t c = rng.below(out.companies.size());
            if (std::find(chosen.begin(), chosen.end(), c) == chosen.end()) chosen.push_back(c);
        }
        std::size_t left = 100;
        for (const std::size_t c : chosen) {
            provides_input p{.provider = out.companies[c], .item = out.items[i]};
            if (rng.chance(opt.share_percent)) {
                const std::size_t s = rng.below(left + 1);
                left -= s;
                p.share = static_cast<double>(s) / 100.0;
            }
            if (rng.chance(opt.since_percent)) p.since = detail::random_date(rng, 2016, 2026);
            if (rng.chance(opt.until_percent)) {
                const int from = p.since ? static_cast<int>(p.since->year()) + 1 : 2017;
                p.until = detail::random_date(rng, from, from + 6);
            }
            out.builder.add(std::move(p));
            providers_of[i].push_back(c);
        }
    }

    // Requirements: item-level weights add up to ≤ 0.5, an offering's own to ≤ 0.5.
    std::vector<std::vector<std::size_t>> inputs_of(out.items.size());
    std::vector<std::array<std::size_t, 3>> offering_inputs;  // (item, input, provider): one row each (FORMAT.md)
    const auto weight_for = [&](std::size_t n) -> std::optional<double> {
        if (!rng.chance(opt.weight_percent)) return std::nullopt;
        return static_cast<double>(rng.below(50 / std::max<std::size_t>(n, 1) + 1)) / 100.0;
    };
    for (std::size_t t = 1; t < per_tier.size(); ++t) {
        for (std::size_t i = tier_begin[t]; i < tier_begin[t + 1]; ++i) {
            const std::size_t n = std::min(rng.between(0, opt.max_item_requirements), tier_begin[t]);
            while (inputs_of[i].size() < n) {
                const std::size_t y = rng.below(tier_begin[t]);
                if (std::find(inputs_of[i].begin(), inputs_of[i].end(), y) != inputs_of[i].end()) continue;
                inputs_of[i].push_back(y);
                out.builder.add(requires_input{.item = out.items[i], .input = out.items[y], .weight = weight_for(n),
                                               .capital = rng.chance(opt.capital_percent)});
            }
            for (const std::size_t c : providers_of[i]) {
                if (!rng.chance(opt.offering_requirement_percent)) continue;
                const std::size_t y = rng.below(tier_begin[t]);
                if (std::find(inputs_of[i].begin(), inputs_of[i].end(), y) != inputs_of[i].end()) continue;
                offering_inputs.push_back({i, y, c});
                out.builder.add(requires_input{.item = out.items[i], .input = out.items[y], .provider = out.companies[c],
                                               .weight = weight_for(1), .capital = rng.chance(opt.capital_percent)});
            }
        }
    }
    // Cycles: v requires u (item level); make u require v, at item level or
    // for one of u's offerings. No weight: u's weights are already drawn.
    std::vector<std::size_t> back_edges;  // u * items + v
    for (std::size_t k = 0; k < opt.cycles; ++k) {
        std::vector<std::size_t> with_inputs;
        for (std::size_t i = 0; i < out.items.size(); ++i)
            if (!inputs_of[i].empty()) with_inputs.push_back(i);
        if (with_inputs.empty()) break;
        const std::size_t v = rng.pick(with_inputs);
        const std::size_t u = rng.pick(inputs_of[v]);
        if (std::find(inputs_of[u].begin(), inputs_of[u].end(), v) != inputs_of[u].end()) continue;
        if (std::find(back_edges.begin(), back_edges.end(), u * out.items.size() + v) != back_edges.end()) continue;
        back_edges.push_back(u * out.items.size() + v);
        if (!providers_of[u].empty() && rng.chance(50)) {
            const std::size_t c = rng.pick(providers_of[u]);
            const std::array<std::size_t, 3> key{u, v, c};
            if (std::find(offering_inputs.begin(), offering_inputs.end(), key) != offering_inputs.end()) continue;
            offering_inputs.push_back(key);
            out.builder.add(requires_input{.item = out.items[u], .input = out.items[v], .provider = out.companies[c],
                                           .capital = rng.chance(opt.capital_percent)});
        } else {
            inputs_of[u].push_back(v);
            out.builder.add(requires_input{.item = out.items[u], .input = out.items[v], .capital = rng.chance(opt.capital_percent)});
        }
    }

    // Control rules.
    for (std::size_t k = 0; k < opt.rules && !location.empty(); ++k) {
        rule_input r{.id = detail::numbered('r', k, opt.rules), .name = "Rule", .authority = rng.pick(lands),
                     .effective = detail::random_date(rng, 2018, 2026),
                     .scope = rng.chance(50) ? rule_scope::cannot_be_made_without : rule_scope::origin};
        if (rng.chance(50)) {
            r.kind = rule_kind::entity_listing;
            const std::size_t n = rng.between(1, 2);
            for (std::size_t j = 0; j < n; ++j) {
                const std::string& target = out.companies[rng.below(location.size())];
                if (std::find(r.targets.begin(), r.targets.end(), target) == r.targets.end()) r.targets.push_back(target);
            }
        } else {
            r.kind = rule_kind::threshold;
            r.buyer_countries.insert(rng.pick(lands));
            if (rng.chance(30)) r.buyer_countries.insert(rng.pick(lands));
            if (rng.chance(50)) r.match = rng.pick(kinds);
            if (!r.match || rng.chance(30))
                r.conditions.push_back({.key = "node_nm", .op = condition_op::at_most, .is_number = true, .number = 16});
        }
        out.builder.add(std::move(r));
    }
    return out;
}

}  // namespace test_support
