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
#include <semichain/algo/scenario.hpp>
#include <semichain/graph/view.hpp>

#include <cstdint>
#include <vector>

namespace semichain {

/// Why an offering is not available.
enum class unavailability : std::uint8_t {
    none,               ///< it is available
    not_offered,        ///< outside its since/until period at t
    disrupted,          ///< its provider is disrupted in the scenario
    capital_missing,    ///< a capital input could not be had when the offering began
    input_unavailable,  ///< a requirement has no available offering usable by the provider
};

namespace detail {
inline constexpr enum_names<unavailability, 5> unavailability_names{
    {"available", "not offered at this date", "provider disrupted", "capital equipment missing at start",
     "input unavailable"}};
}
constexpr std::string_view to_string(unavailability u) noexcept { return detail::unavailability_names.name(u); }

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
    const day_number t = res.t_;
    const auto no = static_cast<index_t>(g.offerings.size());
    const auto disrupted = detail::disrupted_companies(g, s);
    const auto& ctl = res.controls_;

    res.available_.assign(no, 0);
    res.frozen_input_.assign(no, no_index);
    res.reason_.assign(no, unavailability::none);
    res.reason_input_.assign(no, no_index);

    // A capital requirement is checked at the offering's start when it has one.
    const auto checked_at_start = [&](index_t o, const requirement_record& r) {
        return r.capital && g.offerings[o].since != since_always;
    };
    // Could offering q of the input be had by buyer b at day d (ignoring its own inputs)?
    const auto obtainable = [&](index_t q, index_t b, day_number d) {
        return g.offerings[q].valid_at(d) && !disrupted[g.offerings[q].provider] && ctl.blocking_rule(q, b, d) == no_index;
    };

    // 1. Usable offerings whose capital was there when they began.
    std::vector<std::uint8_t>& alive = res.available_;
    for (index_t o = 0; o < no; ++o) {
        const auto& off = g.offerings[o];
        if (!off.valid_at(t)) { res.reason_[o] = unavailability::not_offered; continue; }
        if (disrupted[off.provider]) { res.reason_[o] = unavailability::disrupted; continue; }
        bool ok = true;
        g.for_each_requirement(o, [&](const requirement_record& r) {
            if (!ok || !checked_at_start(o, r)) return;
            bool had = false;
            for (index_t q = g.item_offerings_begin[r.input]; q < g.item_offerings_begin[r.input + 1] && !had; ++q)
                had = obtainable(q, off.provider, off.since);
            if (!had) {
                ok = false;
                res.reason_[o] = unavailability::capital_missing;
                res.reason_input_[o] = r.input;
            }
        });
        alive[o] = ok ? 1 : 0;
    }

    // 2. One counter per requirement checked at t: available offerings of the
    //    input usable by the provider. Slots of offering o start at slot_begin[o].
    std::vector<index_t> slot_begin(no + 1, 0);
    for (index_t o = 0; o < no; ++o)
        slot_begin[o + 1] = slot_begin[o] + static_cast<index_t>(g.requirements_of_item(g.offerings[o].item).size() +
                                                                 g.requirements_of_offering(o).size());
    std::vector<index_t> count(slot_begin[no], 0);
    std::vector<index_t> work;
    const auto kill = [&](index_t o, index_t input) {
        alive[o] = 0;
        res.reason_[o] = unavailability::input_unavailable;
        res.reason_input_[o] = input;
        work.push_back(o);
    };
    for (index_t o = 0; o < no; ++o) {
        if (!alive[o]) continue;
        const index_t p = g.offerings[o].provider;
        index_t slot = slot_begin[o];
        index_t empty_input = no_index;
        g.for_each_requirement(o, [&](const requirement_record& r) {
            if (!checked_at_start(o, r)) {
                index_t n = 0;
                for (index_t q = g.item_offerings_begin[r.input]; q < g.item_offerings_begin[r.input + 1]; ++q)
                    if (alive[q] && ctl.blocking_rule(q, p, t) == no_index) ++n;
                count[slot] = n;
                if (n == 0 && empty_input == no_index) empty_input = r.input;
            }
            ++slot;
        });
        // Killed after counting every slot, so later decrements find them counted.
        if (empty_input != no_index) {
            res.reason_[o] = unavailability::input_unavailable;
            res.reason_input_[o] = empty_input;
        }
    }
    // Offerings with an empty counter die first; alive[] still says "counted".
    for (index_t o = 0; o < no; ++o)
        if (alive[o] && res.reason_[o] == unavailability::input_unavailable) kill(o, res.reason_input_[o]);

    // 3. Propagate deaths: each dead offering q decrements the counters it fed.
    for (std::size_t head = 0; head < work.size(); ++head) {
        const index_t q = work[head];
        const index_t y = g.offerings[q].item;
        for (const index_t d : g.dependents_of(y)) {
            if (!alive[d]) continue;
            const index_t p = g.offerings[d].provider;
            if (ctl.blocking_rule(q, p, t) != no_index) continue;  // q never counted for d
            index_t slot = slot_begin[d];
            bool died = false;
            g.for_each_requirement(d, [&](const requirement_record& r) {
                if (!died && r.input == y && !checked_at_start(d, r) && --count[slot] == 0) died = true;
                ++slot;
            });
            if (died) kill(d, y);
        }
    }

    // 4. Capital inputs that fail at t freeze the capacity of available offerings.
    for (index_t o = 0; o < no; ++o) {
        if (!alive[o]) continue;
        const index_t p = g.offerings[o].provider;
        g.for_each_requirement(o, [&](const requirement_record& r) {
            if (!checked_at_start(o, r) || res.frozen_input_[o] != no_index) return;
            bool now = false;
            for (index_t q = g.item_offerings_begin[r.input]; q < g.item_offerings_begin[r.input + 1] && !now; ++q)
                now = alive[q] && ctl.blocking_rule(q, p, t) == no_index;
            if (!now) res.frozen_input_[o] = r.input;
        });
    }
    return res;
}

/// Is item x available to buyer b in scenario s?
constexpr bool is_available(const graph_view& g, index_t x, index_t b, const scenario& s) {
    return compute_availability(g, s).item_available_to(x, b);
}

}  // namespace semichain
