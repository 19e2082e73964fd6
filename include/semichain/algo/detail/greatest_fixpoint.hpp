// The greatest fixpoint behind availability, shared by compute_availability
// and by the foreign-direct-product dependence test of control rules; and
// `obtainable`, the one test of "could this offering be had at that date".
#pragma once

#include <semichain/algo/scenario.hpp>
#include <semichain/core/detail/enum_names.hpp>
#include <semichain/graph/view.hpp>

#include <algorithm>
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

/// Could buyer b obtain offering q at day d: q offered then, its provider
/// not disrupted, and `blocked(q, b, d)` (a rule in force at d) false.
template <class Blocked>
constexpr bool obtainable(const graph_view& g, offering_index q, company_index b, day_number d,
                          const company_flags& disrupted, const Blocked& blocked) {
    const auto& off = g.offerings[q];
    return off.valid_at(d) && !disrupted[off.provider] && !blocked(q, b, d);
}

/// The state of every offering after the fixpoint.
struct fixpoint_state {
    index_vector<offering_index, std::uint8_t> alive;
    index_vector<offering_index, unavailability> reason;
    index_vector<offering_index, item_index> reason_input;
    index_vector<offering_index, item_index> frozen_input;  ///< capital input failing at t, for offerings still alive
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
/// checked at t. `forced` (if not null) marks items that count as having one
/// more offering, always usable by every buyer at every date (a supply
/// assumed built: repair.hpp); their requirements never fail.
template <class Blocked, class MayBlock>
constexpr fixpoint_state greatest_fixpoint(const graph_view& g, day_number t, const company_flags& disrupted,
                                           Blocked blocked, MayBlock may_block, bool capital_at_start,
                                           const index_vector<item_index, std::uint8_t>* forced = nullptr) {
    const auto is_forced = [forced](item_index y) { return forced != nullptr && (*forced)[y] != 0; };
    const auto no = g.offerings.size();
    const auto offerings = g.offerings.indices();
    fixpoint_state st;
    st.alive.assign(no, 0);
    st.reason.assign(no, unavailability::none);
    st.reason_input.assign(no, item_index::none());
    st.frozen_input.assign(no, item_index::none());
    auto& alive = st.alive;

    // A capital requirement met by an installed input, or (with a `since`)
    // checked when the line began, is not counted at t: it only freezes
    // capacity when no new unit can be had at t.
    const auto installed = [&](offering_index o, const requirement_record& r) {
        return r.capital && g.installed_covers(o, r.input, t);
    };
    const auto checked_at_start = [&](offering_index o, const requirement_record& r) {
        return capital_at_start && r.capital && (g.offerings[o].since != since_always || installed(o, r));
    };

    // 1. Usable offerings whose capital was there when they began.
    for (const offering_index o : offerings) {
        const auto& off = g.offerings[o];
        if (!off.valid_at(t)) { st.reason[o] = unavailability::not_offered; continue; }
        if (disrupted[off.provider]) { st.reason[o] = unavailability::disrupted; continue; }
        if (!capital_at_start || off.since == since_always) {  // nothing is checked at the start
            alive[o] = 1;
            continue;
        }
        bool ok = true;
        g.for_each_requirement(o, [&](const requirement_record& r) {
            if (!ok || !checked_at_start(o, r) || installed(o, r) || is_forced(r.input)) return;
            const auto qs = g.offerings_of(r.input);
            const bool had = std::any_of(qs.begin(), qs.end(), [&](offering_index q) {
                return obtainable(g, q, off.provider, off.since, disrupted, blocked);
            });
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
    index_vector<offering_index, index_value> slot_begin(no + 1, 0);
    for (const offering_index o : offerings)
        slot_begin[offering_index{o.value() + 1}] = slot_begin[o] + static_cast<index_value>(g.requirement_count(o));
    //    For a provider no rule can restrict, that is the item's alive offerings.
    index_vector<item_index, index_value> alive_offerings(g.items.size(), 0);
    for (const offering_index o : offerings)
        if (alive[o]) ++alive_offerings[g.offerings[o].item];
    std::vector<index_value> count(slot_begin[offering_index{no}], 0);
    std::vector<offering_index> work;
    for (const offering_index o : offerings) {
        if (!alive[o]) continue;
        const company_index p = g.offerings[o].provider;
        const bool restricted = may_block(p);
        index_value slot = slot_begin[o];
        g.for_each_requirement(o, [&](const requirement_record& r) {
            if (!checked_at_start(o, r)) {
                index_value n = is_forced(r.input) ? 1 : 0;
                if (!restricted) {
                    n += alive_offerings[r.input];
                } else {
                    for (const offering_index q : g.offerings_of(r.input))
                        if (alive[q] && !blocked(q, p, t)) ++n;
                }
                count[slot] = n;
                if (n == 0 && st.reason_input[o].is_none()) st.reason_input[o] = r.input;
            }
            ++slot;
        });
    }
    // Offerings with an empty counter die first; until then they count as
    // alive for others, so every later decrement finds its count.
    const auto kill = [&](offering_index o, item_index input) {
        alive[o] = 0;
        st.reason[o] = unavailability::input_unavailable;
        st.reason_input[o] = input;
        work.push_back(o);
    };
    for (const offering_index o : offerings)
        if (alive[o] && !st.reason_input[o].is_none()) kill(o, st.reason_input[o]);

    // 3. Each dead offering q decrements the counters it fed.
    for (std::size_t head = 0; head < work.size(); ++head) {
        const offering_index q = work[head];
        const item_index y = g.offerings[q].item;
        for (const offering_index d : g.dependents_of(y)) {
            if (!alive[d]) continue;
            const company_index p = g.offerings[d].provider;
            if (may_block(p) && blocked(q, p, t)) continue;  // q was never counted for d
            index_value slot = slot_begin[d];
            bool died = false;
            g.for_each_requirement(d, [&](const requirement_record& r) {
                if (!died && r.input == y && !checked_at_start(d, r) && --count[slot] == 0) died = true;
                ++slot;
            });
            if (died) kill(d, y);
        }
    }

    // 4. Capital inputs that fail at t freeze the capacity of available offerings.
    for (const offering_index o : offerings) {
        if (!alive[o] || !capital_at_start || (g.offerings[o].since == since_always && g.installed_of(o).empty())) continue;
        const company_index p = g.offerings[o].provider;
        g.for_each_requirement(o, [&](const requirement_record& r) {
            if (!checked_at_start(o, r) || !st.frozen_input[o].is_none() || is_forced(r.input)) return;
            const auto qs = g.offerings_of(r.input);
            if (std::none_of(qs.begin(), qs.end(), [&](offering_index q) { return alive[q] && !blocked(q, p, t); })) st.frozen_input[o] = r.input;
        });
    }
    return st;
}

}  // namespace detail
}  // namespace semichain
