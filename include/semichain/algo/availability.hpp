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
#include <semichain/algo/detail/fixpoint.hpp>
#include <semichain/algo/scenario.hpp>
#include <semichain/graph/view.hpp>

#include <cstdint>
#include <vector>

namespace semichain {

/// The state of every offering in one scenario; answers questions per buyer.
class availability_result {
public:
    /// Is offering o available (to its provider's customers, before buyer-specific controls)?
    [[nodiscard]] constexpr bool available(index_t o) const noexcept { return available_[o] != 0; }
    /// Is offering o available, but unable to expand because a capital input fails at t?
    [[nodiscard]] constexpr bool capacity_frozen(index_t o) const noexcept { return frozen_input_[o] != no_index; }
    /// The capital input that freezes offering o's capacity, or no_index.
    [[nodiscard]] constexpr index_t frozen_by(index_t o) const noexcept { return frozen_input_[o]; }
    /// Why offering o is unavailable (none if it is available).
    [[nodiscard]] constexpr unavailability reason(index_t o) const noexcept { return reason_[o]; }
    /// The input item behind reason(o) (capital_missing, input_unavailable), or no_index.
    [[nodiscard]] constexpr index_t reason_input(index_t o) const noexcept { return reason_input_[o]; }

    /// The rule in force at t that blocks offering o to buyer b, or no_index.
    [[nodiscard]] constexpr index_t blocking_rule(index_t o, index_t b) const { return controls_.blocking_rule(o, b, t_); }
    /// Is offering o available and usable by buyer b (no_index: any unrestricted buyer)?
    [[nodiscard]] constexpr bool available_to(index_t o, index_t b) const {
        return available(o) && blocking_rule(o, b) == no_index;
    }
    /// Is item x available to buyer b: does some offering of x qualify?
    [[nodiscard]] constexpr bool item_available_to(index_t x, index_t b) const {
        for (index_t o = g_.item_offerings_begin[x]; o < g_.item_offerings_begin[x + 1]; ++o)
            if (available_to(o, b)) return true;
        return false;
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
    std::vector<std::uint8_t> available_;
    std::vector<index_t> frozen_input_;
    std::vector<unavailability> reason_;
    std::vector<index_t> reason_input_;
};

/// The availability of every offering in scenario s (greatest fixpoint).
constexpr availability_result compute_availability(const graph_view& g, const scenario& s) {
    availability_result res{g, s};
    const auto& ctl = res.controls_;
    auto st = detail::greatest_fixpoint(
        g, res.t_, detail::disrupted_companies(g, s),
        [&ctl](index_t q, index_t b, day_number d) { return ctl.blocking_rule(q, b, d) != no_index; },
        [&ctl](index_t b) { return ctl.buyer_is_restricted(b); }, /*capital_at_start=*/true);
    res.available_ = std::move(st.alive);
    res.frozen_input_ = std::move(st.frozen_input);
    res.reason_ = std::move(st.reason);
    res.reason_input_ = std::move(st.reason_input);
    return res;
}

/// Is item x available to buyer b in scenario s?
constexpr bool is_available(const graph_view& g, index_t x, index_t b, const scenario& s) {
    return compute_availability(g, s).item_available_to(x, b);
}

}  // namespace semichain
