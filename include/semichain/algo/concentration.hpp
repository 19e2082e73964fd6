// Market concentration of an item's providers (DESIGN.md §5, "Chokepoints"):
// how many providers, the largest shares, and the Herfindahl–Hirschman index
// HHI = Σ (100·sᵢ)², from 0 (many tiny providers) to 10 000 (one provider
// with the whole market), over company shares and over country shares.
//
// Which offerings count: those of the item valid at the date, or all of them
// when no date is given. A provider with several such offerings (periods)
// counts once, with the share of its latest one (the greatest `since`).
//
// Company figures use the providers that are not country-level rows (role
// aggregate). Country figures use the item's country-level rows (aggregates
// with a country) when it has any — as the ETO data states shares by country —
// and otherwise the company shares summed by the company's country; a
// country's share is capped at 1 (data that add up to more). Residual rows
// (an aggregate without a country, such as "Various countries") are in no
// figure but the provider count. Unknown shares are left out of the tops and
// the HHIs, and counted. A figure without any known share is absent.
#pragma once

#include <semichain/core/country.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/graph/view.hpp>

#include <range/v3/view/transform.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace semichain {

/// A company's share of an item's market.
struct company_share {
    company_index company{};
    share portion{0.0};
    friend constexpr bool operator==(const company_share&, const company_share&) = default;
};

/// A country's share of an item's market.
struct country_share {
    country land;
    share portion{0.0};
    friend constexpr bool operator==(const country_share&, const country_share&) = default;
};

/// How concentrated the supply of one item is (see the header comment).
struct item_concentration {
    item_index item{};
    std::size_t providers = 0;                 ///< distinct providers (companies, country rows, residual rows)
    std::optional<company_share> top_company;  ///< the largest known company share (ties: the smaller id)
    std::optional<country_share> top_country;  ///< the largest country share (ties: the smaller code)
    std::optional<double> hhi_company;         ///< Σ (100·s)² over known company shares, in [0, 10 000]
    std::optional<double> hhi_country;         ///< Σ (100·s)² over country shares, in [0, 10 000]
    std::size_t unknown_shares = 0;            ///< providers counted whose share is unknown
    bool from_country_rows = false;            ///< country figures come from country-level rows, not summed companies
};

/// The concentration of item x's supply at date `at` (all offerings if none).
/// Throws query_error if x is not an item of g.
constexpr item_concentration concentration(const graph_view& g, item_index x, std::optional<date> at = std::nullopt) {
    g.check(x);
    item_concentration out;
    out.item = x;
    const std::optional<day_number> t = at ? std::optional<day_number>{to_day_number(*at)} : std::nullopt;

    // The offering that speaks for each provider: offerings are sorted by
    // (item, provider, since), so it is the last one of its provider's run.
    std::vector<offering_index> chosen;
    for (const offering_index o : g.offerings_of(x)) {
        if (t && !g.offerings[o].valid_at(*t)) continue;
        if (!chosen.empty() && g.offerings[chosen.back()].provider == g.offerings[o].provider) chosen.back() = o;
        else chosen.push_back(o);
    }
    out.providers = chosen.size();

    std::array<double, country::count> by_country{};
    std::array<std::uint8_t, country::count> seen{};
    for (const offering_index o : chosen) {
        const auto& c = g.companies[g.offerings[o].provider];
        if (c.is_aggregate() && c.location) out.from_country_rows = true;
    }
    double hhi_company = 0.0;
    bool any_company = false, any_country = false;
    for (const offering_index o : chosen) {
        const auto& off = g.offerings[o];
        const auto& c = g.companies[off.provider];
        if (!off.has_share()) {
            ++out.unknown_shares;
            continue;
        }
        if (!c.is_aggregate()) {
            any_company = true;
            hhi_company += (100.0 * off.share) * (100.0 * off.share);
            if (!out.top_company || off.share > out.top_company->portion.value())
                out.top_company = company_share{off.provider, share{off.share}};
        }
        // Country rows when there are any, else companies by location; never residual rows.
        if (c.location && c.is_aggregate() == out.from_country_rows) {
            by_country[c.location->index()] += off.share;
            seen[c.location->index()] = 1;
            any_country = true;
        }
    }
    if (any_company) out.hhi_company = hhi_company;
    if (any_country) {
        double hhi = 0.0;
        for (std::size_t i = 0; i < country::count; ++i) {
            if (!seen[i]) continue;
            const double s = std::min(by_country[i], 1.0);
            hhi += (100.0 * s) * (100.0 * s);
            if (!out.top_country || s > out.top_country->portion.value())
                out.top_country = country_share{country::from_index(i), share{s}};
        }
        out.hhi_country = hhi;
    }
    return out;
}

/// The concentration of every item, in item order, as a lazy view (the
/// graph's storage must outlive it).
inline auto concentrations(const graph_view& g, std::optional<date> at = std::nullopt) {
    return g.items.indices() | ranges::views::transform([g, at](item_index x) { return concentration(g, x, at); });
}

}  // namespace semichain
