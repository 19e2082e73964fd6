// Disruption risk (DESIGN.md §5): with independent disruption probabilities
// for the chokepoint candidates (companies, or countries), the probability
// that an item becomes unavailable to a buyer, its usual approximations, and
// the importance of every candidate.
//
// Exact probability. The top event "x unavailable to b" is the monotone
// structure function φ(x) = [some minimal cut set S has every member
// disrupted], whose minimal cut sets are the chokepoint sets of every order
// (chokepoints.hpp, diagrams engine, no truncation). With F = v·F1 + F0 the
// ZBDD of those sets (v its smallest variable), Shannon's decomposition on v
// gives
//     φ_F = x_v·φ_{F1 ⊕ F0} + (1 − x_v)·φ_{F0},
// (if v is disrupted, a set of F1 or of F0 suffices; if not, only F0's),
// where F1 ⊕ F0 is the minimal union; both cofactors are monotone functions
// of the variables after v, so with independent members
//     P(F) = p_v·P(F1 ⊕ F0) + (1 − p_v)·P(F0),   P(⊥) = 0,  P(⊤) = 1.
// The handles visited are the nodes of the reduced ordered BDD of φ (Rauzy's
// BDD method, built here from the ZBDD of minimal cut sets), each evaluated
// once (memoised): the result is exact up to floating-point rounding. The
// walk uses an explicit stack (no recursion along the data).
//
// Approximations, labelled as such, on the minimal sets of order ≤
// max_order (`truncated` says whether larger minimal sets exist):
//  - rare-event: Σ_S Π_{i∈S} p_i (an upper bound, close when the p are small);
//  - min-cut upper bound: 1 − Π_S (1 − Π_{i∈S} p_i).
//
// Importance of candidate i (conditionals computed exactly, on the cofactor
// families: disrupted = onset ⊕ offset, not disrupted = offset):
//  - Birnbaum         I_B = P(top | i disrupted) − P(top | i not disrupted)
//  - criticality      I_B · p_i / P(top)
//  - Fussell–Vesely   (P(top) − P(top | i not disrupted)) / P(top)
//  - risk achievement worth  RAW = P(top | i disrupted) / P(top)
//  - risk reduction worth    RRW = P(top) / P(top | i not disrupted)
// A measure whose denominator is 0 is undefined: empty, with the reason.
#pragma once

#include <semichain/algo/chokepoints.hpp>
#include <semichain/core/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace semichain {

/// A disruption-risk question: the chokepoint question (item, buyer, base
/// scenario, candidates; max_order bounds the approximations only) and the
/// candidates' probabilities.
struct risk_query {
    chokepoint_query chokepoints{};
    /// Disruption probability of each candidate member, in [0, 1].
    std::unordered_map<candidate_member_t, double> probabilities{};
    /// For candidates without an entry; without it such a candidate is an error.
    std::optional<double> default_probability{};
};

/// The importance of one candidate (see the header comment); an undefined
/// measure is empty and `undefined` says why.
struct importance_row {
    candidate_member_t member = no_member;
    double probability = 0;           ///< p_i
    double birnbaum = 0;              ///< I_B
    double if_disrupted = 0;          ///< P(top | i disrupted)
    double if_not_disrupted = 0;      ///< P(top | i not disrupted)
    std::optional<double> criticality, fussell_vesely, raw, rrw;
    std::string undefined;            ///< why a measure is empty ("" if none is)
};

/// The answer to a risk_query.
struct risk_result {
    chokepoint_result sets;      ///< header (candidates, counts by order ≤ max_order); no sets listed
    double probability = 0;      ///< exact P(top), from the BDD
    double rare_event = 0;       ///< approximation: Σ_S Π p over the minimal sets of order ≤ max_order
    double mcub = 0;             ///< approximation: 1 − Π_S (1 − Π p), same sets
    bool truncated = false;      ///< do minimal sets above max_order exist (left out of both approximations)?
    std::size_t max_order = 0;
    /// Every candidate, by Birnbaum importance (largest first), ties by member.
    std::vector<importance_row> importance;
};

namespace detail {
[[noreturn]] inline void candidate_has_no_disruption_probability(std::string_view name) {
    throw query_error("semichain: candidate '" + std::string{name} +
                      "' has no disruption probability (give one, or a default probability)");
}
[[noreturn]] inline void disruption_probability_must_be_in_0_1(std::string_view name, double p) {
    throw value_error("semichain: the disruption probability of '" + std::string{name} + "' must be in [0, 1], got " +
                      std::to_string(p));
}

/// P(φ_F) by Shannon decomposition over the ZBDD (see the header comment),
/// memoised per handle; p[v] is the probability of variable v.
class shannon_probability {
public:
    shannon_probability(zbdd_manager& m, const std::vector<double>& p) : m_{m}, p_{p} {}
    double operator()(zbdd f) {
        std::vector<std::uint32_t> todo{f.id};
        while (!todo.empty()) {
            const zbdd n{todo.back()};
            if (n.id < 2 || memo_.count(n.id)) {
                todo.pop_back();
                continue;
            }
            const zbdd lo = m_.lo(n);
            auto up = with_.find(n.id);
            if (up == with_.end()) up = with_.emplace(n.id, m_.gate_or(m_.hi(n), lo).id).first;
            const zbdd hi{up->second};
            const bool ready_lo = lo.id < 2 || memo_.count(lo.id), ready_hi = hi.id < 2 || memo_.count(hi.id);
            if (!ready_lo) todo.push_back(lo.id);
            if (!ready_hi) todo.push_back(hi.id);
            if (!ready_lo || !ready_hi) continue;
            todo.pop_back();
            const double pv = p_[m_.top_var(n)];
            memo_.emplace(n.id, pv * value(hi) + (1 - pv) * value(lo));
        }
        return value(f);
    }

private:
    [[nodiscard]] double value(zbdd f) const { return f.id < 2 ? static_cast<double>(f.id) : memo_.at(f.id); }
    zbdd_manager& m_;
    const std::vector<double>& p_;
    std::unordered_map<std::uint32_t, double> memo_;
    std::unordered_map<std::uint32_t, std::uint32_t> with_;  // node → hi ⊕ lo
};
}  // namespace detail

/// The exact probability that q's item becomes unavailable, the rare-event
/// approximation and the min-cut upper bound, and every candidate's
/// importance (see the header comment). Throws query_error for a candidate
/// without a probability (and no default) or a search over max_sets,
/// value_error for a probability outside [0, 1].
inline risk_result disruption_risk(const graph_view& g, const risk_query& rq) {
    const chokepoint_query& q = rq.chokepoints;
    risk_result out;
    out.max_order = q.max_order;
    out.sets = detail::chokepoint_header(g, q);
    out.sets.listed = false;
    const availability_result base = compute_availability(g, q.base);
    out.sets.available_at_baseline = base.item_available_to(q.item, q.buyer);

    // Every candidate's probability, checked.
    std::unordered_map<candidate_member_t, double> p_of;
    for (const candidate_member_t m : out.sets.candidates) {
        const auto it = rq.probabilities.find(m);
        const std::string_view name = out.sets.name(g, m);
        if (it == rq.probabilities.end() && !rq.default_probability) detail::candidate_has_no_disruption_probability(name);
        const double p = it != rq.probabilities.end() ? it->second : *rq.default_probability;
        if (!(p >= 0 && p <= 1)) detail::disruption_probability_must_be_in_0_1(name, p);
        p_of[m] = p;
    }

    const std::uint32_t k = detail::searched_order(q, out.sets);
    detail::zbdd_manager m{q.max_sets};
    detail::zbdd all = detail::zbdd_manager::top;  // unavailable at baseline: certain
    std::vector<double> p_var;
    std::vector<candidate_member_t> var_member;
    std::optional<detail::chokepoint_tree> tree;
    if (out.sets.available_at_baseline) {
        tree.emplace(g, q, base);
        const auto n = static_cast<std::uint32_t>(std::min<std::size_t>(out.sets.candidates.size(), detail::zbdd_no_limit - 1));
        all = detail::chokepoint_family(g, q, *tree, m, n);
        var_member = tree->variable_members();
        for (const candidate_member_t v : var_member) p_var.push_back(p_of.at(v));
    }
    const detail::zbdd upto = m.truncate(all, k);
    detail::set_counts(out.sets, k, &m, upto);
    out.truncated = upto != all;
    out.sets.diagram_nodes = m.size();

    detail::shannon_probability prob{m, p_var};
    out.probability = prob(all);
    // Approximations over the sets of order ≤ k.
    double log_survive = 0;
    bool certain = false;
    m.for_each_set(upto, [&](std::span<const detail::zvar> s) {
        double ps = 1;
        for (const detail::zvar v : s) ps *= p_var[v];
        out.rare_event += ps;
        if (ps >= 1) certain = true;
        else log_survive += std::log1p(-ps);
    });
    out.mcub = certain ? 1.0 : log_survive == 0 ? 0.0 : -std::expm1(log_survive);  // never -0

    for (const candidate_member_t c : out.sets.candidates) {
        importance_row row;
        row.member = c;
        row.probability = p_of.at(c);
        const detail::zvar v = tree ? tree->var_of(c) : detail::chokepoint_tree::no_var;
        if (v == detail::chokepoint_tree::no_var) {
            row.if_disrupted = row.if_not_disrupted = out.probability;  // no set holds it
        } else {
            const detail::zbdd without_v = m.offset(all, v);
            row.if_disrupted = prob(m.gate_or(m.onset(all, v), without_v));
            row.if_not_disrupted = prob(without_v);
        }
        row.birnbaum = row.if_disrupted - row.if_not_disrupted;
        if (out.probability > 0) {
            row.criticality = row.birnbaum * row.probability / out.probability;
            row.fussell_vesely = (out.probability - row.if_not_disrupted) / out.probability;
            row.raw = row.if_disrupted / out.probability;
        } else {
            row.undefined = "P(top) = 0: criticality, Fussell-Vesely and RAW are undefined";
        }
        if (row.if_not_disrupted > 0) {
            row.rrw = out.probability / row.if_not_disrupted;
        } else {
            if (!row.undefined.empty()) row.undefined += "; ";
            row.undefined += "P(top | not disrupted) = 0: RRW is undefined";
        }
        out.importance.push_back(std::move(row));
    }
    std::stable_sort(out.importance.begin(), out.importance.end(), [](const importance_row& a, const importance_row& b) {
        return a.birnbaum != b.birnbaum ? a.birnbaum > b.birnbaum : a.member < b.member;
    });
    return out;
}

}  // namespace semichain
