// Timeline: any result evaluated at a list of dates, and what changed from
// one date to the next (DESIGN.md §5 "Timeline").
//
// Dates (generic form): by default every date on which a control can change something:
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
// Concrete form: `availability_timeline(view, item, buyer, base, bloc?)`
// (or `availability_timeline_at` given the dates):
// per date, whether the item is available to the buyer, the blocks in its
// chain (blocked_in_chain), the chain's offerings valid that day and, given
// a bloc, the domestic value share; per step, the blocks that appeared, the
// ones that went and the ones now attributed to another rule, the offerings
// that began and ended, and whether availability changed. Its dates
// (availability_timeline_dates) are those on which the answer can change:
// the control dates and the day before each rule takes effect, the start
// (`since`) and end (`until`, the first day without it) of every offering in
// the item's chain, the extra dates, and one day before the earliest of
// them all — the state before anything happened.
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
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

namespace semichain {

namespace detail {
/// The days as dates, sorted, without duplicates.
constexpr std::vector<date> sorted_dates(std::vector<day_number> days) {
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    std::vector<date> out;
    out.reserve(days.size());
    for (const day_number d : days) out.push_back(to_date(d));
    return out;
}
}  // namespace detail

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
    return detail::sorted_dates(std::move(days));
}

/// The control dates together with `extra`, sorted, without duplicates.
constexpr std::vector<date> timeline_dates(const graph_view& g, std::span<const date> extra = {}) {
    std::vector<date> out = control_dates(g);
    out.insert(out.end(), extra.begin(), extra.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/// The offerings of item x's chain, in index order: x's and, transitively,
/// those of every input they require (capital inputs included) and of the
/// variants of those inputs (kinds of an input that can stand for it).
constexpr std::vector<offering_index> chain_offerings(const graph_view& g, item_index x) {
    g.check(x);
    std::vector<std::uint8_t> seen(g.items.size(), 0);
    std::vector<item_index> todo{x};
    seen[x.value()] = 1;
    std::vector<offering_index> out;
    const auto reach = [&](item_index y) {
        if (seen[y.value()]) return;
        seen[y.value()] = 1;
        todo.push_back(y);
    };
    while (!todo.empty()) {
        const item_index y = todo.back();
        todo.pop_back();
        for (const offering_index o : g.offerings_of(y)) {
            out.push_back(o);
            g.for_each_requirement(o, [&](const requirement_record& r) { reach(r.input); });
        }
        for (const auto& v : g.variants)
            if (v.general == y) reach(v.item);
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// The dates on which item x's availability can change, sorted, without
/// duplicates: the events — the control dates and the `since` and `until`
/// of every offering of x's chain — with the day before each rule's
/// effective date, the day before the first event (the state before
/// anything happened) and `extra`.
constexpr std::vector<date> availability_timeline_dates(const graph_view& g, item_index x, std::span<const date> extra = {}) {
    std::vector<day_number> days;
    for (const date d : control_dates(g)) days.push_back(to_day_number(d));
    for (const offering_index o : chain_offerings(g, x)) {
        if (g.offerings[o].since != since_always) days.push_back(g.offerings[o].since);
        if (g.offerings[o].until != until_forever) days.push_back(g.offerings[o].until);
    }
    if (!days.empty()) days.push_back(*std::min_element(days.begin(), days.end()) - 1);
    for (const auto& r : g.rules)
        if (r.effective != since_always) days.push_back(r.effective - 1);
    for (const date d : extra) days.push_back(to_day_number(d));
    return detail::sorted_dates(std::move(days));
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
    std::vector<offering_index> offerings{};  ///< the chain's offerings valid at this date, in index order
    friend constexpr bool operator==(const availability_snapshot&, const availability_snapshot&) = default;
};

/// What changed between two snapshots.
struct availability_change {
    bool availability_changed = false;
    std::vector<chain_block> newly_blocked;      ///< (offering, buyer) blocked now and not before
    std::vector<chain_block> no_longer_blocked;  ///< blocked before and not now (with the old rule)
    std::vector<chain_block> rule_changed;       ///< blocked both times, now by another rule (the new one)
    std::vector<offering_index> started{};       ///< offerings of the chain valid now and not before
    std::vector<offering_index> ended{};         ///< offerings of the chain valid before and not now
    [[nodiscard]] constexpr bool empty() const noexcept {
        return !availability_changed && newly_blocked.empty() && no_longer_blocked.empty() && rule_changed.empty() &&
               started.empty() && ended.empty();
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
    std::set_difference(after.offerings.begin(), after.offerings.end(), before.offerings.begin(), before.offerings.end(),
                        std::back_inserter(c.started));
    std::set_difference(before.offerings.begin(), before.offerings.end(), after.offerings.begin(), after.offerings.end(),
                        std::back_inserter(c.ended));
    return c;
}

using availability_timeline_result = timeline_series<availability_snapshot, availability_change>;

/// The supply of item x to `buyer` at the given dates (in the order given):
/// the scenario `base` (its disruptions, rule switches) at each. With a bloc,
/// each point also carries its domestic value share.
constexpr availability_timeline_result availability_timeline_at(const graph_view& g, item_index x, company_index buyer,
                                                                const scenario& base, std::optional<bloc> members,
                                                                std::span<const date> dates) {
    const std::vector<offering_index> chain = chain_offerings(g, x);
    return timeline_at(
        dates,
        [&](date d) {
            scenario s = base;
            s.as_of = d;
            const auto r = compute_availability(g, s);
            availability_snapshot snap{r.item_available_to(x, buyer), blocked_in_chain(r, x, buyer), std::nullopt, {}};
            if (members) snap.value_share = domestic_value_share(r, x, buyer, *members).share;
            const day_number t = to_day_number(d);
            for (const offering_index o : chain)
                if (g.offerings[o].valid_at(t)) snap.offerings.push_back(o);
            return snap;
        },
        [](const availability_snapshot& a, const availability_snapshot& b) { return changes_between(a, b); });
}

/// The supply of item x to `buyer` over time: availability_timeline_at every
/// date of availability_timeline_dates(x, extra) — each date on which the
/// answer can change, and the state before the first.
constexpr availability_timeline_result availability_timeline(const graph_view& g, item_index x, company_index buyer,
                                                             const scenario& base, std::optional<bloc> members = {},
                                                             std::span<const date> extra = {}) {
    const std::vector<date> dates = availability_timeline_dates(g, x, extra);
    return availability_timeline_at(g, x, buyer, base, std::move(members), dates);
}

}  // namespace semichain
