// The greatest fixpoint behind availability, shared by compute_availability
// and by the foreign-direct-product dependence test of control rules.
#pragma once

#include <semichain/core/detail/enum_names.hpp>
#include <semichain/graph/view.hpp>

#include <cstdint>
#include <string_view>
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

namespace detail {

/// The state of every offering after the fixpoint.
struct fixpoint_state {
    std::vector<std::uint8_t> alive;
    std::vector<unavailability> reason;
    std::vector<index_t> reason_input;
    std::vector<index_t> frozen_input;  ///< capital input failing at t, for offerings still alive
};

/// Availability at day t as the greatest fixpoint, with one counter per
/// requirement and a work list. `disrupted[c]` marks gone companies;
/// `blocked(q, buyer, day)` says whether a rule in force at `day` stops
/// offering q from reaching `buyer`; `may_block(buyer)` is false only when
/// `blocked(·, buyer, ·)` is false for every offering and day (then the
/// counters of that buyer's requirements are read off one count per item). With `capital_at_start`, a capital
/// requirement of an offering with a `since` is checked at that date, by
/// obtainability alone (valid, provider not gone, not blocked), and its
/// failure at t only freezes capacity; without it, every requirement is
/// checked at t.
template <class Blocked, class MayBlock>
constexpr fixpoint_state greatest_fixpoint(const graph_view& g, day_number t, const std::vector<std::uint8_t>& disrupted,
                                           Blocked blocked, MayBlock may_block, bool capital_at_start) {
    const auto no = static_cast<index_t>(g.offerings.size());
    fixpoint_state st;
    st.alive.assign(no, 0);
    st.reason.assign(no, unavailability::none);
    st.reason_input.assign(no, no_index);
    st.frozen_input.assign(no, no_index);
    auto& alive = st.alive;

    const auto checked_at_start = [&](index_t o, const requirement_record& r) {
        return capital_at_start && r.capital && g.offerings[o].since != since_always;
    };
    const auto obtainable = [&](index_t q, index_t b, day_number d) {
        return g.offerings[q].valid_at(d) && !disrupted[g.offerings[q].provider] && !blocked(q, b, d);
    };

    // 1. Usable offerings whose capital was there when they began.
    for (index_t o = 0; o < no; ++o) {
        const auto& off = g.offerings[o];
        if (!off.valid_at(t)) { st.reason[o] = unavailability::not_offered; continue; }
        if (disrupted[off.provider]) { st.reason[o] = unavailability::disrupted; continue; }
        if (!capital_at_start || off.since == since_always) {  // nothing is checked at the start
            alive[o] = 1;
            continue;
        }
        bool ok = true;
        g.for_each_requirement(o, [&](const requirement_record& r) {
            if (!ok || !checked_at_start(o, r)) return;
            bool had = false;
            for (index_t q = g.item_offerings_begin[r.input]; q < g.item_offerings_begin[r.input + 1] && !had; ++q)
                had = obtainable(q, off.provider, off.since);
            if (!had) {
                ok = false;
                st.reason[o] = unavailability::capital_missing;
                st.reason_input[o] = r.input;
            }
        });
        alive[o] = ok ? 1 : 0;
    }

    // 2. One counter per requirement checked at t: the available offerings of
    //    the input usable by the provider. Offering o's slots start at slot_begin[o].
    std::vector<index_t> slot_begin(no + 1, 0);
    for (index_t o = 0; o < no; ++o)
        slot_begin[o + 1] = slot_begin[o] + static_cast<index_t>(g.requirements_of_item(g.offerings[o].item).size() +
                                                                 g.requirements_of_offering(o).size());
    //    For a provider no rule can restrict, that is the item's alive offerings.
    std::vector<index_t> alive_offerings(g.items.size(), 0);
    for (index_t o = 0; o < no; ++o)
        if (alive[o]) ++alive_offerings[g.offerings[o].item];
    std::vector<index_t> count(slot_begin[no], 0);
    std::vector<index_t> work;
    for (index_t o = 0; o < no; ++o) {
        if (!alive[o]) continue;
        const index_t p = g.offerings[o].provider;
        const bool restricted = may_block(p);
        index_t slot = slot_begin[o];
        g.for_each_requirement(o, [&](const requirement_record& r) {
            if (!checked_at_start(o, r)) {
                index_t n = 0;
                if (!restricted) {
                    n = alive_offerings[r.input];
                } else {
                    for (index_t q = g.item_offerings_begin[r.input]; q < g.item_offerings_begin[r.input + 1]; ++q)
                        if (alive[q] && !blocked(q, p, t)) ++n;
                }
                count[slot] = n;
                if (n == 0 && st.reason_input[o] == no_index) st.reason_input[o] = r.input;
            }
            ++slot;
        });
    }
    // Offerings with an empty counter die first; until then they count as
    // alive for others, so every later decrement finds its count.
    const auto kill = [&](index_t o, index_t input) {
        alive[o] = 0;
        st.reason[o] = unavailability::input_unavailable;
        st.reason_input[o] = input;
        work.push_back(o);
    };
    for (index_t o = 0; o < no; ++o)
        if (alive[o] && st.reason_input[o] != no_index) kill(o, st.reason_input[o]);

    // 3. Each dead offering q decrements the counters it fed.
    for (std::size_t head = 0; head < work.size(); ++head) {
        const index_t q = work[head];
        const index_t y = g.offerings[q].item;
        for (const index_t d : g.dependents_of(y)) {
            if (!alive[d]) continue;
            const index_t p = g.offerings[d].provider;
            if (may_block(p) && blocked(q, p, t)) continue;  // q was never counted for d
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
        if (!alive[o] || !capital_at_start || g.offerings[o].since == since_always) continue;
        const index_t p = g.offerings[o].provider;
        g.for_each_requirement(o, [&](const requirement_record& r) {
            if (!checked_at_start(o, r) || st.frozen_input[o] != no_index) return;
            bool now = false;
            for (index_t q = g.item_offerings_begin[r.input]; q < g.item_offerings_begin[r.input + 1] && !now; ++q)
                now = alive[q] && !blocked(q, p, t);
            if (!now) st.frozen_input[o] = r.input;
        });
    }
    return st;
}

}  // namespace detail
}  // namespace semichain
