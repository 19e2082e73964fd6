// Availability at a date, for a buyer, under controls and disruptions.
//
// Offering (p, x) is usable by buyer b at t when it is valid at t, p is not
// disrupted and no rule in force at t blocks (p, x) to b. It is available
// when it is usable and each requirement y has an available offering usable
// by p. Supply graphs have cycles, so availability is the greatest fixpoint:
// start with everything available and remove offerings that lose a
// requirement, with one counter per requirement (the number of available
// offerings that can meet it) and a work list — linear in the size of the
// graph, never a repeated sweep.
//
// A capital requirement (equipment) is checked at the offering's `since`:
// it holds when an offering of the input was then valid, its provider is not
// disrupted and no rule then in force blocked it (the supplier's own inputs at
// that earlier date are not re-examined). Where it would fail at t, the
// offering stays available but its capacity is frozen. A capital requirement
// of an offering without a `since` is checked at t like any other.
#pragma once

#include <semichain/algo/controls.hpp>
#include <semichain/algo/detail/greatest_fixpoint.hpp>
#include <semichain/algo/scenario.hpp>
#include <semichain/graph/view.hpp>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace semichain {

/// The state of every offering in one scenario; answers questions per buyer.
class availability_result {
public:
    /// Is offering o available (to its provider's customers, before buyer-specific controls)?
    [[nodiscard]] constexpr bool available(offering_index o) const noexcept { return available_[o] != 0; }
    /// Is offering o available, but unable to expand because a capital input fails at t?
    [[nodiscard]] constexpr bool capacity_frozen(offering_index o) const noexcept { return !frozen_input_[o].is_none(); }
    /// The capital input that freezes offering o's capacity, or none().
    [[nodiscard]] constexpr item_index frozen_by(offering_index o) const noexcept { return frozen_input_[o]; }
    /// Why offering o is unavailable (none if it is available).
    [[nodiscard]] constexpr unavailability reason(offering_index o) const noexcept { return reason_[o]; }
    /// The input item behind reason(o) (capital_missing, input_unavailable), or none().
    [[nodiscard]] constexpr item_index reason_input(offering_index o) const noexcept { return reason_input_[o]; }

    /// The rule in force at t that blocks offering o to buyer b, or none().
    [[nodiscard]] constexpr rule_index blocking_rule(offering_index o, company_index b) const {
        return controls_.blocking_rule(o, b, t_);
    }
    /// Is offering o available and usable by buyer b (none(): any unrestricted buyer)?
    [[nodiscard]] constexpr bool available_to(offering_index o, company_index b) const {
        return available(o) && blocking_rule(o, b).is_none();
    }
    /// The first rule that reaches offering o sold to b at t without blocking
    /// it, and why it passes (licence required, granted, savings clause,
    /// observed); none() when no rule reaches o without blocking.
    [[nodiscard]] constexpr std::pair<rule_index, licence_outcome> passing_rule(offering_index o, company_index b) const {
        return controls_.passing_rule(o, b, t_);
    }
    /// Is item x available to buyer b: does some offering of x qualify?
    [[nodiscard]] constexpr bool item_available_to(item_index x, company_index b) const {
        const auto os = g_.offerings_of(x);
        return std::any_of(os.begin(), os.end(), [&](offering_index o) { return available_to(o, b); });
    }
    [[nodiscard]] constexpr const controls_context& controls() const noexcept { return controls_; }
    [[nodiscard]] constexpr const graph_view& graph() const noexcept { return g_; }
    [[nodiscard]] constexpr day_number day() const noexcept { return t_; }

private:
    friend constexpr availability_result compute_availability(const graph_view&, const scenario&);
    constexpr availability_result(const graph_view& g, const scenario& s) : g_{g}, t_{s.day()}, controls_{g, s} {}

    graph_view g_;
    day_number t_;
    controls_context controls_;
    index_vector<offering_index, std::uint8_t> available_;
    index_vector<offering_index, item_index> frozen_input_;
    index_vector<offering_index, unavailability> reason_;
    index_vector<offering_index, item_index> reason_input_;
};

/// The availability of every offering in scenario s (greatest fixpoint).
/// Throws query_error if the scenario names a company or rule not in g.
constexpr availability_result compute_availability(const graph_view& g, const scenario& s) {
    s.check(g);
    availability_result res{g, s};
    const auto& ctl = res.controls_;
    auto st = detail::greatest_fixpoint(
        g, res.t_, detail::disrupted_companies(g, s),
        [&ctl](offering_index q, company_index b, day_number d) { return !ctl.blocking_rule(q, b, d).is_none(); },
        [&ctl](company_index b) { return ctl.buyer_is_restricted(b); }, /*capital_at_start=*/true);
    res.available_ = std::move(st.alive);
    res.frozen_input_ = std::move(st.frozen_input);
    res.reason_ = std::move(st.reason);
    res.reason_input_ = std::move(st.reason_input);
    return res;
}

/// Is item x available to buyer b (none(): any unrestricted buyer) in
/// scenario s? Throws query_error if x or b is not a record of g.
constexpr bool is_available(const graph_view& g, item_index x, company_index b, const scenario& s) {
    g.check(x);
    g.check_buyer(b);
    return compute_availability(g, s).item_available_to(x, b);
}

}  // namespace semichain
