// Timeline: any result evaluated at a list of dates, and what changed from
// one date to the next (DESIGN.md §5 "Timeline").
//
// Dates: by default every date on which a control can change something:
// each rule's effective date and the end of its savings clause, and each
// licence's grant and revocation date — sorted and without duplicates;
// the caller may add dates (a day before the first rule, the `since` of an
// offering). A rule is in force from its effective date on, so the point at
// a rule's date already shows the rule.
//
// Generic form: `timeline(view, extra_dates, f)` calls f(date) at every date
// and returns the points; with a `diff(before, after)` it also returns one
// step per pair of consecutive dates; without one, a step says whether the
// result changed (when results compare with ==).
//
// Concrete form: `availability_timeline(view, item, buyer, base, bloc?)`:
// per date, whether the item is available to the buyer, the blocks in its
// chain (blocked_in_chain) and, given a bloc, the domestic value share; per
// step, the blocks that appeared, the ones that went and the ones now
// attributed to another rule, and whether availability changed.
#pragma once

#include <semichain/algo/availability.hpp>
#include <semichain/algo/blocks.hpp>
#include <semichain/algo/scenario.hpp>
#include <semichain/algo/self_sufficiency.hpp>
#include <semichain/core/bloc.hpp>
#include <semichain/core/date.hpp>
#include <semichain/graph/view.hpp>

#include <algorithm>
#include <concepts>
#include <optional>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

namespace semichain {

/// Every date on which a control can change something, sorted, without
/// duplicates: rules' effective dates and savings-clause ends, licences'
/// grant and revocation dates.
constexpr std::vector<date> control_dates(const graph_view& g) {
    std::vector<day_number> days;
    for (const auto& r : g.rules) {
        if (r.effective != since_always) days.push_back(r.effective);
        if (r.savings_until != since_always) days.push_back(r.savings_until);
    }
    for (const auto& l : g.licences) {
        if (l.granted != since_always) days.push_back(l.granted);
        if (l.revoked != until_forever) days.push_back(l.revoked);
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    std::vector<date> out;
    out.reserve(days.size());
    for (const day_number d : days) out.push_back(to_date(d));
    return out;
}

/// The control dates together with `extra`, sorted, without duplicates.
constexpr std::vector<date> timeline_dates(const graph_view& g, std::span<const date> extra = {}) {
    std::vector<date> out = control_dates(g);
    out.insert(out.end(), extra.begin(), extra.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// A result at one date.
template <class R>
struct timeline_point {
    date on;
    R result;
};

/// What changed between two consecutive dates.
template <class D>
struct timeline_step {
    date from, to;
    D change;
};

/// Results per date and the changes between consecutive dates.
template <class R, class D>
struct timeline_series {
    std::vector<timeline_point<R>> points;
    std::vector<timeline_step<D>> steps;  ///< steps[i] is from points[i] to points[i + 1]
};

/// f(date) at each of `dates` (in the order given), and diff(before, after)
/// for each consecutive pair.
template <class F, class Diff>
    requires std::invocable<F&, date> &&
             std::invocable<Diff&, const std::invoke_result_t<F&, date>&, const std::invoke_result_t<F&, date>&>
constexpr auto timeline_at(std::span<const date> dates, F f, Diff diff) {
    using R = std::remove_cvref_t<std::invoke_result_t<F&, date>>;
    using D = std::remove_cvref_t<std::invoke_result_t<Diff&, const R&, const R&>>;
    timeline_series<R, D> out;
    out.points.reserve(dates.size());
    for (const date d : dates) out.points.push_back({d, f(d)});
    for (std::size_t i = 1; i < out.points.size(); ++i)
        out.steps.push_back({out.points[i - 1].on, out.points[i].on, diff(out.points[i - 1].result, out.points[i].result)});
    return out;
}

namespace detail {
struct changed_fn {
    template <class R>
    constexpr bool operator()(const R& a, const R& b) const {
        if constexpr (std::equality_comparable<R>) return !(a == b);
        else return true;  // results that do not compare: every step may have changed
    }
};
}  // namespace detail

/// f(date) at the control dates and `extra`, with diff(before, after) per step.
template <class F, class Diff>
constexpr auto timeline(const graph_view& g, std::span<const date> extra, F f, Diff diff) {
    const auto dates = timeline_dates(g, extra);
    return timeline_at(dates, std::move(f), std::move(diff));
}
/// f(date) at the control dates and `extra`; each step says whether the result changed.
template <class F>
constexpr auto timeline(const graph_view& g, std::span<const date> extra, F f) {
    return timeline(g, extra, std::move(f), detail::changed_fn{});
}
/// f(date) at the control dates; each step says whether the result changed.
template <class F>
    requires std::invocable<F&, date>
constexpr auto timeline(const graph_view& g, F f) {
    return timeline(g, std::span<const date>{}, std::move(f), detail::changed_fn{});
}

/// The state of an item's supply at one date.
struct availability_snapshot {
    bool available = false;                  ///< the item is available to the buyer
    std::vector<chain_block> blocked;        ///< blocked_in_chain at this date
    std::optional<double> value_share;       ///< domestic value share, when a bloc is given
    friend constexpr bool operator==(const availability_snapshot&, const availability_snapshot&) = default;
};

/// What changed between two snapshots.
struct availability_change {
    bool availability_changed = false;
    std::vector<chain_block> newly_blocked;      ///< (offering, buyer) blocked now and not before
    std::vector<chain_block> no_longer_blocked;  ///< blocked before and not now (with the old rule)
    std::vector<chain_block> rule_changed;       ///< blocked both times, now by another rule (the new one)
    [[nodiscard]] constexpr bool empty() const noexcept {
        return !availability_changed && newly_blocked.empty() && no_longer_blocked.empty() && rule_changed.empty();
    }
};

/// The change from `before` to `after` (both sorted as blocked_in_chain returns them).
constexpr availability_change changes_between(const availability_snapshot& before, const availability_snapshot& after) {
    availability_change c;
    c.availability_changed = before.available != after.available;
    const auto& a = before.blocked;
    const auto& b = after.blocked;
    std::size_t i = 0, j = 0;
    const auto key_less = [](const chain_block& x, const chain_block& y) {
        return x.offering != y.offering ? x.offering < y.offering : x.buyer < y.buyer;
    };
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && key_less(a[i], b[j]))) c.no_longer_blocked.push_back(a[i++]);
        else if (i == a.size() || key_less(b[j], a[i])) c.newly_blocked.push_back(b[j++]);
        else {
            if (a[i].rule != b[j].rule) c.rule_changed.push_back(b[j]);
            ++i;
            ++j;
        }
    }
    return c;
}

using availability_timeline_result = timeline_series<availability_snapshot, availability_change>;

/// The supply of item x to `buyer` over time: the scenario `base` (its
/// disruptions, rule switches) at every control date and every `extra` date.
/// With a bloc, each point also carries its domestic value share.
constexpr availability_timeline_result availability_timeline(const graph_view& g, item_index x, company_index buyer,
                                                             const scenario& base, std::optional<bloc> members = {},
                                                             std::span<const date> extra = {}) {
    return timeline(
        g, extra,
        [&](date d) {
            scenario s = base;
            s.as_of = d;
            const auto r = compute_availability(g, s);
            availability_snapshot snap{r.item_available_to(x, buyer), blocked_in_chain(r, x, buyer), std::nullopt};
            if (members) snap.value_share = domestic_value_share(r, x, buyer, *members).share;
            return snap;
        },
        [](const availability_snapshot& a, const availability_snapshot& b) { return changes_between(a, b); });
}

}  // namespace semichain
