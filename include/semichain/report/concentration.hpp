// Concentration lines for reports: algo/concentration.hpp's figures for one
// item (providers, top company and top country shares, the HHI over company
// and over country shares) with ids and names in place of indices.
//
// Meaning (algo/concentration.hpp): the offerings valid at the date (all of
// them without a date), a provider counted once with its latest offering;
// company figures over the company providers; country figures over the
// item's country-level rows where it has any, else company shares summed by
// headquarters country; residual rows ("Various countries") in no figure but
// the provider count; HHI = Σ (100·share)² on 0–10 000; a figure without any
// known share is absent; shares adding to more than 1.02 are renormalised.
#pragma once

#include <semichain/algo/concentration.hpp>
#include <semichain/core/date.hpp>
#include <semichain/graph/view.hpp>
#include <semichain/report/report.hpp>

#include <optional>
#include <string>

namespace semichain::report {

/// The concentration of item x's market at date `at` (every offering without one).
inline concentration_line concentration_of(const graph_view& g, item_index x, std::optional<date> at = std::nullopt) {
    const item_concentration c = concentration(g, x, at);
    concentration_line l;
    l.id = std::string{g.items[x].id};
    l.name = std::string{g.items[x].name};
    l.providers = c.providers;
    l.unknown_shares = c.unknown_shares;
    if (c.top_company) l.top_company = top_share{std::string{g.companies[c.top_company->company].id}, c.top_company->portion.value()};
    if (c.top_country) l.top_country = top_share{std::string{c.top_country->land.code()}, c.top_country->portion.value()};
    l.hhi_company = c.hhi_company;
    l.hhi_country = c.hhi_country;
    l.from_country_rows = c.from_country_rows;
    l.renormalised = c.renormalised;
    return l;
}

}  // namespace semichain::report
