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
//
// Shares of one level (the companies', or the country rows') adding to at
// most 1.02 are rounding and used as given (an HHI is then capped at
// 10 000); above that (the loader warns) they are renormalised to add to 1
// and the result says so (`renormalised`). An HHI is never above 10 000.
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
    bool renormalised = false;                 ///< known shares added to more than 1.02 and were scaled to add to 1
};

/// Shares of one item adding to at most this are rounding, used as given
/// (DESIGN.md §5); above it the loader warns and concentration renormalises.
inline constexpr double share_total_tolerance = 1.02;

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
    // The known shares of each level, to renormalise a level that adds to
    // more than the tolerance; residual rows count in the level the item's
    // figures come from (country rows when it has any, else companies).
    double company_total = 0.0, country_row_total = 0.0, residual_total = 0.0;
    for (const offering_index o : chosen) {
        const auto& off = g.offerings[o];
        if (!off.has_share()) continue;
        const auto& c = g.companies[off.provider];
        (!c.is_aggregate() ? company_total : c.location ? country_row_total : residual_total) += off.share;
    }
    (out.from_country_rows ? country_row_total : company_total) += residual_total;
    const double company_scale = company_total > share_total_tolerance + 1e-9 ? 1.0 / company_total : 1.0;
    const double country_row_scale = country_row_total > share_total_tolerance + 1e-9 ? 1.0 / country_row_total : 1.0;
    out.renormalised = company_scale != 1.0 || (out.from_country_rows && country_row_scale != 1.0);

    double hhi_company = 0.0;
    bool any_company = false, any_country = false;
    for (const offering_index o : chosen) {
        const auto& off = g.offerings[o];
        const auto& c = g.companies[off.provider];
        if (!off.has_share()) {
            ++out.unknown_shares;
            continue;
        }
        const double s = off.share * (c.is_aggregate() ? country_row_scale : company_scale);
        if (!c.is_aggregate()) {
            any_company = true;
            hhi_company += (100.0 * s) * (100.0 * s);
            if (!out.top_company || s > out.top_company->portion.value()) out.top_company = company_share{off.provider, share{s}};
        }
        // Country rows when there are any, else companies by location; never residual rows.
        if (c.location && c.is_aggregate() == out.from_country_rows) {
            by_country[c.location->index()] += s;
            seen[c.location->index()] = 1;
            any_country = true;
        }
    }
    if (any_company) out.hhi_company = std::min(hhi_company, 10000.0);
    if (any_country) {
        double hhi = 0.0;
        for (std::size_t i = 0; i < country::count; ++i) {
            if (!seen[i]) continue;
            const double s = std::min(by_country[i], 1.0);
            hhi += (100.0 * s) * (100.0 * s);
            if (!out.top_country || s > out.top_country->portion.value())
                out.top_country = country_share{country::from_index(i), share{s}};
        }
        out.hhi_country = std::min(hhi, 10000.0);
    }
    return out;
}

/// The concentration of every item, in item order, as a lazy view (the
/// graph's storage must outlive it).
inline auto concentrations(const graph_view& g, std::optional<date> at = std::nullopt) {
    return g.items.indices() | ranges::views::transform([g, at](item_index x) { return concentration(g, x, at); });
}

}  // namespace semichain
