// The plain-text writer: short, line-oriented output for a terminal (the
// command-line tool's `--format text`). Uncertain facts and assumptions are
// marked "(!)" and counted.
#pragma once

#include <semichain/report/format.hpp>
#include <semichain/report/report.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace semichain::report {

namespace detail::text_out {
inline std::string join(const std::vector<std::string>& v, const std::string& sep = ", ") {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
    return out;
}
inline std::string yes_no(bool b) { return b ? "yes" : "no"; }
inline std::string block(const block_line& b) {
    return b.rule.id + " (" + b.rule.authority + ", " + b.rule.effective + "): " + b.provider + " -> " + b.item + " to " + b.buyer;
}
inline std::string mark(status s) { return is_flagged(s) ? " (!" + std::string{to_string(s)} + ")" : std::string{}; }
}  // namespace detail::text_out

/// The trace as an indented tree, one item a line with its offerings' states.
inline std::string text_trace(const std::vector<trace_line>& trace) {
    using namespace detail::text_out;
    std::string out;
    for (const auto& l : trace) {
        out += std::string(2 * l.tier, ' ') + l.item + mark(l.certainty) + (l.available ? "" : " [unavailable]") + ":";
        if (l.offerings.empty()) out += " no offering";
        for (std::size_t i = 0; i < l.offerings.size(); ++i) {
            const auto& o = l.offerings[i];
            out += (i ? ", " : " ") + o.provider + (o.country.empty() ? "" : "/" + o.country) + " " + o.state;
            if (!o.blocked_by.empty()) out += (o.state == "blocked" ? " by " : " and blocked by ") + o.blocked_by;
            if (!o.frozen_by.empty()) out += " (capacity frozen: " + o.frozen_by + ")";
            out += mark(o.certainty);
        }
        out += "\n";
    }
    return out;
}

/// One chokepoint set a line, members separated by spaces; a sentence
/// instead when the item is already unavailable (the only set is the empty
/// one) or no set of at most max_order candidates cuts it off.
inline std::string text_chokepoints(const chokepoint_section& s) {
    if (!s.stopped.empty()) return s.stopped + "\n";
    if (!s.available_at_baseline) return "already unavailable: the empty set cuts it off, no disruption is needed\n";
    if (s.sets.empty())
        return "no chokepoint set up to order " + std::to_string(s.max_order) + " among the " + s.kind + "\n";
    std::string out;
    for (const auto& set : s.sets) out += (set.empty() ? std::string{"{}"} : detail::text_out::join(set, " ")) + "\n";
    return out;
}

/// One item a line.
inline std::string text_concentration(const std::vector<concentration_line>& ls) {
    std::string out;
    const auto top = [](const std::optional<top_share>& t) { return t ? t->id + " " + format_share(t->share) : std::string{"-"}; };
    const auto hhi = [](const std::optional<double>& h) { return h ? format_hhi(*h) : std::string{"-"}; };
    for (const auto& l : ls)
        out += l.id + ": providers " + std::to_string(l.providers) + ", top company " + top(l.top_company) + ", top country " +
               top(l.top_country) + ", HHI companies " + hhi(l.hhi_company) + ", HHI countries " + hhi(l.hhi_country) +
               (l.renormalised ? " (shares renormalised: they added to more than 1.02)" : "") + "\n";
    return out;
}

/// The three measures, one a line.
inline std::string text_score(const std::string& item, const std::string& as_of, const self_sufficiency_section& s) {
    using namespace detail::text_out;
    std::string out = item + " for bloc " + join(s.bloc, ",") + " on " + as_of + "\n";
    out += "capability: " + yes_no(s.capable) + (s.missing.empty() ? "" : " (missing: " + join(s.missing) + ")") + "\n";
    out += "coverage: " + format_share(s.coverage) + " (" + std::to_string(s.covered) + " of " + std::to_string(s.items) + " items)\n";
    out += "coverage weighted: " + (s.coverage_weighted ? format_share(*s.coverage_weighted) : std::string{"- (no value weights)"}) + "\n";
    out += "domestic value share: " + format_share(s.domestic_value_share) +
           (s.weights_complete ? "" : " (!) value weights missing: inputs without one count as 0") + "\n";
    return out;
}

/// One date a line (the dates timeline_section::shown keeps: the first and
/// last, and each change with the date before it); under the first its
/// blocks, under each later one only what changed since the date before: availability, offerings that began or ended, blocks
/// by a rule that took effect ("new"), by a rule in force before that now
/// reaches the chain ("now applies"), by another rule ("now by") and
/// blocks lifted.
inline std::string text_timeline(const timeline_section& t, bool with_bloc) {
    using namespace detail::text_out;
    std::string out;
    const auto offering = [](const offering_event_line& e) {
        return e.provider + " -> " + e.item + (e.line.empty() ? "" : " (line " + e.line + ")");
    };
    for (std::size_t i = 0; i < t.points.size(); ++i) {
        if (!t.shown(i)) continue;
        const auto& p = t.points[i];
        out += p.date + ": " + (p.available ? "available" : "unavailable") + ", " + std::to_string(p.blocked.size()) + " block" +
               (p.blocked.size() == 1 ? "" : "s");
        if (with_bloc && p.domestic_value_share) out += ", domestic value share " + format_share(*p.domestic_value_share);
        out += "\n";
        if (i == 0 || i > t.changes.size()) {
            for (const auto& b : p.blocked) out += "  " + block(b) + "\n";
            continue;
        }
        const auto& c = t.changes[i - 1];
        if (c.availability_changed) out += c.available_after ? "  becomes available\n" : "  becomes unavailable\n";
        for (const auto& e : c.started) out += "  begins: " + offering(e) + " (since " + e.on + ")\n";
        for (const auto& e : c.ended) out += "  ends: " + offering(e) + " (until " + e.on + ")\n";
        for (const auto& b : c.newly_blocked) out += (b.rule.effective > c.from ? "  new: " : "  now applies: ") + block(b) + "\n";
        for (const auto& b : c.rule_changed) out += "  now by: " + block(b) + "\n";
        for (const auto& b : c.no_longer_blocked) out += "  lifted: " + block(b) + "\n";
    }
    return out;
}

/// A report in a few lines.
inline std::string text_report(const chokepoint_report& r) {
    using namespace detail::text_out;
    std::string out = r.title + "\n";
    out += "  item " + r.item + ", buyer " + (r.buyer.empty() ? std::string{"(any)"} : r.buyer) + ", date " + r.as_of + ", bloc " +
           (r.bloc.empty() ? std::string{"-"} : join(r.bloc, ",")) + "\n";
    out += "  available: " + yes_no(r.available) + "\n";
    out += "  blocks in the chain: " + std::to_string(r.blocks.size()) + "\n";
    for (const auto& b : r.blocks) out += "    " + block(b) + "\n";
    for (const auto& f : r.frozen) out += "  capacity frozen: " + f.provider + " -> " + f.item + " (" + f.input + ")\n";
    for (const auto* s : {&r.company_sets, &r.country_sets}) {
        out += "  chokepoints among " + s->kind + " (order <= " + std::to_string(s->max_order) + "): ";
        if (!s->stopped.empty()) out += "search stopped\n";
        else if (!s->available_at_baseline) out += "already unavailable\n";
        else {
            const auto single = s->single_points();
            out += std::to_string(s->sets.size()) + " sets; single points of failure: " +
                   (single.empty() ? std::string{"none"} : join(single)) + "\n";
        }
    }
    if (r.self_sufficiency) {
        const auto& s = *r.self_sufficiency;
        out += "  self-sufficiency of " + join(s.bloc, ",") + ": capable " + yes_no(s.capable) + ", coverage " +
               format_share(s.coverage) + ", domestic value share " + format_share(s.domestic_value_share) + "\n";
    }
    for (const auto& rs : r.repairs) {
        out += "  repair sets of " + join(r.bloc, ",") + (rs.scenario == "isolated" ? " on its own: " : " under today's rules: ");
        if (!rs.stopped.empty()) out += "search stopped\n";
        else if (rs.available_at_baseline) out += "available as it is\n";
        else if (!rs.repairable) out += "none (not even all " + std::to_string(rs.missing.size()) + " missing items)\n";
        else {
            std::string sets;
            for (const auto& s : rs.sets) sets += (sets.empty() ? "" : "; ") + join(s, " + ");
            out += (sets.empty() ? "none of at most " + std::to_string(rs.max_order) + " items" : sets) + "\n";
        }
    }
    std::size_t changes = 0;
    for (const auto& c : r.timeline.changes) changes += c.empty() ? 0 : 1;
    out += "  timeline: " + std::to_string(r.timeline.points.size()) + " dates, " + std::to_string(changes) + " with changes\n";
    for (const auto& w : r.without_flagged) {
        const auto line = [&](const std::string& reading, const reading_change& c) {
            std::string t = "  without " + join(w.excluded, ",") + " " + w.rows + reading + ": available " + yes_no(c.available);
            if (c.self_sufficiency)
                t += ", coverage " + std::to_string(c.self_sufficiency->covered) + " of " + std::to_string(c.self_sufficiency->items);
            return t + ", sets gained/lost: companies " + std::to_string(c.company_sets_gained.size()) + "/" +
                   std::to_string(c.company_sets_lost.size()) + ", countries " + std::to_string(c.country_sets_gained.size()) + "/" +
                   std::to_string(c.country_sets_lost.size()) + "\n";
        };
        out += line("", w);
        if (w.observed) out += line(", observed", *w.observed);
    }
    const auto flagged = r.flagged_facts();
    std::size_t uncertain = 0;
    for (const auto& f : flagged) uncertain += f.certainty == status::uncertain ? 1 : 0;
    out += "  facts: " + std::to_string(r.facts.size()) + " used, " + std::to_string(uncertain) + " uncertain (!), " +
           std::to_string(flagged.size() - uncertain) + " assumptions (!), " + std::to_string(r.sources.size()) + " sources\n";
    return out;
}

/// A document: its title, then each report.
inline std::string write_text(const report_document& d) {
    std::string out = d.title + "\n\n";
    for (std::size_t i = 0; i < d.cases.size(); ++i) out += (i ? "\n" : "") + std::to_string(i + 1) + ". " + text_report(d.cases[i]);
    return out;
}

}  // namespace semichain::report
