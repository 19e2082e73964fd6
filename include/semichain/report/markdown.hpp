// The Markdown writer: reports for people. Each section has its own function
// (the command-line tool prints single sections); write_markdown puts a
// whole document together. Uncertain facts and assumptions are flagged with
// "⚠" wherever they appear, and listed together under "Flags".
#pragma once

#include <semichain/report/format.hpp>
#include <semichain/report/report.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace semichain::report {

namespace detail::md {

/// Text for a table cell: no line breaks, "|" escaped.
inline std::string cell(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}
inline std::string code(const std::string& s) { return s.empty() ? std::string{"—"} : "`" + s + "`"; }
inline std::string or_dash(const std::string& s) { return s.empty() ? std::string{"—"} : cell(s); }
inline std::string yes_no(bool b) { return b ? "yes" : "**no**"; }
inline std::string status_cell(status s) {
    if (s == status::uncertain) return "**⚠ uncertain**";
    if (s == status::assumption) return "**⚠ assumption**";
    return s == status::unspecified ? std::string{"—"} : std::string{to_string(s)};
}
inline std::string share_cell(const std::optional<double>& s) { return s ? format_share(*s) : std::string{"—"}; }
inline std::string join(const std::vector<std::string>& v, const std::string& sep, bool as_code = true) {
    std::string out;
    for (const auto& s : v) {
        if (!out.empty()) out += sep;
        out += as_code ? code(s) : s;
    }
    return out;
}
inline std::string row(const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const auto& c : cells) out += " " + c + " |";
    return out + "\n";
}
inline std::string header(const std::vector<std::string>& names) {
    std::string out = row(names) + "|";
    for (std::size_t i = 0; i < names.size(); ++i) out += "---|";
    return out + "\n";
}
/// "tsmc (TWN) available", "smic (CHN) blocked by `r`", "x ⚠ uncertain".
inline std::string offering_summary(const offering_line& o) {
    std::string s = code(o.provider);
    if (!o.country.empty()) s += " (" + o.country + ")";
    if (o.share) s += " " + format_share(*o.share);
    s += ": " + o.state;
    if (!o.missing_input.empty()) s += " (" + code(o.missing_input) + ")";
    if (!o.blocked_by.empty() && o.state != "blocked") s += ", also blocked by " + code(o.blocked_by);
    else if (!o.blocked_by.empty()) s += " by " + code(o.blocked_by);
    if (!o.frozen_by.empty()) s += ", capacity frozen (" + code(o.frozen_by) + ")";
    if (o.reach_uncertain) s += " (reach uncertain: no installed inputs known)";
    if (!o.licence.empty()) s += "; " + o.licence;
    if (is_flagged(o.certainty)) s += " ⚠ " + std::string{to_string(o.certainty)};
    return s;
}
inline std::string block_sentence(const block_line& b) {
    return code(b.rule.id) + " (" + or_dash(b.rule.authority) + ", " + or_dash(b.rule.effective) + ") blocks " +
           code(b.provider) + " → " + code(b.item) + " to " + code(b.buyer);
}

}  // namespace detail::md

/// The item's availability and the state of each of its offerings.
inline std::string markdown_availability(const chokepoint_report& r) {
    using namespace detail::md;
    std::string out = "### Availability\n\n";
    out += code(r.item) + " is " + (r.available ? std::string{"**available**"} : std::string{"**not available**"}) + " to " +
           (r.buyer.empty() ? std::string{"an unrestricted buyer"} : code(r.buyer)) + " on " + r.as_of + ".\n\n";
    if (r.offerings.empty()) return out + "It has no offering in the model.\n\n";
    out += header({"Provider", "Country", "Share", "Since", "Until", "State", "Blocked by", "Status", "Source"});
    for (const auto& o : r.offerings)
        out += row({code(o.provider) + " " + cell(o.provider_name), or_dash(o.country), share_cell(o.share), or_dash(o.since), or_dash(o.until),
                    cell(o.state) + (o.missing_input.empty() ? std::string{} : " (" + code(o.missing_input) + ")") +
                        (o.licence.empty() ? std::string{} : "; " + cell(o.licence)),
                    o.blocked_by.empty() ? std::string{"—"}
                                         : code(o.blocked_by) + (o.reach_uncertain ? std::string{" (reach uncertain)"} : std::string{}),
                    status_cell(o.certainty), code(o.source)});
    out += "\n";
    if (!r.frozen.empty()) {
        out += "Capacity frozen (available on tools installed earlier, no expansion possible):\n\n";
        for (const auto& f : r.frozen)
            out += "- " + code(f.provider) + " → " + code(f.item) + ": " + code(f.input) + " can no longer be had\n";
        out += "\n";
    }
    return out;
}

/// What blocks what: every block in the chain, with rule, date, scope and source.
inline std::string markdown_blocks(const std::vector<block_line>& blocks) {
    using namespace detail::md;
    std::string out = "### What blocks what\n\n";
    if (blocks.empty()) return out + "No control rule in force blocks anything in this chain.\n\n";
    out += header({"Rule", "Authority", "Effective", "Kind", "Scope", "Provider", "Item", "Buyer", "Status", "Source"});
    for (const auto& b : blocks)
        out += row({code(b.rule.id), or_dash(b.rule.authority), or_dash(b.rule.effective), cell(b.rule.kind),
                    cell(b.rule.scope), code(b.provider), code(b.item), code(b.buyer), status_cell(b.rule.certainty),
                    code(b.rule.source)});
    return out + "\n";
}

/// The dependency trace by tier.
inline std::string markdown_trace(const std::vector<trace_line>& trace) {
    using namespace detail::md;
    std::string out = "### Dependency trace\n\n";
    out += header({"Tier", "Item", "Category", "Needed by", "Bought by", "Available", "Offerings at the date", "Status"});
    for (const auto& l : trace) {
        std::string offers;
        for (const auto& o : l.offerings) offers += (offers.empty() ? "" : "; ") + offering_summary(o);
        out += row({std::to_string(l.tier), code(l.item) + " " + cell(l.name), cell(l.category),
                    l.parent.empty() ? std::string{"—"} : code(l.parent) + (l.via.empty() ? "" : " (" + code(l.via) + ")"),
                    code(l.buyer), yes_no(l.available), offers.empty() ? std::string{"no offering"} : cell(offers),
                    status_cell(l.certainty)});
    }
    return out + "\n";
}

/// Minimal chokepoint sets of one kind.
inline std::string markdown_chokepoints(const chokepoint_section& s) {
    using namespace detail::md;
    std::string out = "#### Chokepoints among " + s.kind + " (up to order " + std::to_string(s.max_order) + ", " +
                      std::to_string(s.candidates) + " candidates)\n\n";
    if (!s.stopped.empty()) return out + "The search stopped: " + cell(s.stopped) + "\n\n";
    if (!s.available_at_baseline) return out + "The item is already unavailable: the empty set cuts it off.\n\n";
    if (s.sets.empty()) return out + "No set of at most " + std::to_string(s.max_order) + " " + s.kind + " cuts it off.\n\n";
    const auto single = s.single_points();
    out += "Single points of failure: " + (single.empty() ? std::string{"none"} : join(single, ", ")) + ".\n\n";
    out += header({"Order", "Set"});
    for (const auto& set : s.sets) out += row({std::to_string(set.size()), join(set, ", ")});
    out += "\n";
    std::string resting;
    for (const auto& b : s.basis) {
        if (!b.flagged()) continue;
        resting += "- " + join(b.set, ", ") + " (through " + std::to_string(b.through.size()) + " offering" +
                   (b.through.size() == 1 ? "" : "s") + ") rests on:";
        for (const auto& f : b.rests_on)
            resting += " ⚠ " + std::string{to_string(f.certainty)} + ": " + f.kind + " " + f.text +
                       (f.source.empty() ? std::string{} : " [" + code(f.source) + "]") + ";";
        resting.back() = '\n';
    }
    if (!resting.empty()) out += "Sets resting on uncertain or assumed rows:\n\n" + resting + "\n";
    return out;
}

/// Concentration of every item's market.
inline std::string markdown_concentration(const std::vector<concentration_line>& ls) {
    using namespace detail::md;
    std::string out = "### Concentration\n\n";
    out += header({"Item", "Providers", "Top company", "Top country", "HHI (companies)", "HHI (countries)"});
    const auto top = [](const std::optional<top_share>& t) {
        return t ? code(t->id) + " " + format_share(t->share) : std::string{"—"};
    };
    const auto hhi = [](const std::optional<double>& h) { return h ? format_hhi(*h) : std::string{"—"}; };
    for (const auto& l : ls)
        out += row({code(l.id),
                    std::to_string(l.providers) +
                        (l.unknown_shares == 0 ? std::string{} : " (" + std::to_string(l.unknown_shares) + " without a share)"),
                    top(l.top_company), top(l.top_country) + (l.from_country_rows ? " (country rows)" : ""),
                    hhi(l.hhi_company) + (l.renormalised ? " (renormalised)" : ""), hhi(l.hhi_country)});
    return out + "\nShares are fractions of the item's market where the data gives them; HHI = Σ (100·share)² on 0–10 000, "
                 "over the known shares. \"—\": no share known. \"(renormalised)\": the shares added to more than 1.02 "
                 "and were scaled to add to 1.\n\n";
}

/// The three self-sufficiency measures.
inline std::string markdown_self_sufficiency(const self_sufficiency_section& s) {
    using namespace detail::md;
    std::string bloc;
    for (const auto& c : s.bloc) bloc += (bloc.empty() ? "" : ", ") + c;
    std::string out = "### Self-sufficiency of " + (bloc.empty() ? std::string{"an empty bloc"} : bloc) + "\n\n";
    out += "- Capability (made with providers located in the bloc only): " + yes_no(s.capable);
    if (!s.missing.empty()) out += "; missing: " + join(s.missing, ", ");
    out += "\n- Coverage: " + std::to_string(s.covered) + " of " + std::to_string(s.items) + " items (" +
           format_share(s.coverage) + ")";
    out += s.coverage_weighted ? "; weighted by value: " + format_share(*s.coverage_weighted)
                               : std::string{"; weighted by value: — (no value weights in the model)"};
    if (!s.weights_complete && s.coverage_weighted) out += " ⚠ some value weights are unknown (counted as 0)";
    out += "\n- Domestic value share: " + format_share(s.domestic_value_share);
    if (!s.weights_complete)
        out += " ⚠ value weights are missing in the chain: an input without a weight counts as 0, so each provider is "
               "credited with the whole value of its offering";
    if (!s.converged) out += " ⚠ the iteration did not converge";
    out += "\n";
    if (!s.uncovered.empty()) out += "- Not covered by the bloc: " + join(s.uncovered, ", ") + "\n";
    return out + "\n";
}

/// The repair sets of the bloc, one paragraph per scenario.
inline std::string markdown_repairs(const std::vector<repair_section>& rs, const std::vector<std::string>& bloc) {
    using namespace detail::md;
    if (rs.empty()) return {};
    std::string out = "### What the bloc would have to build (" + join(bloc, ", ", false) + ")\n\n";
    for (const auto& r : rs) {
        out += "- " + std::string{r.scenario == "isolated" ? "On its own (every company outside the bloc disrupted)"
                                                            : "Under today's rules"} + ": ";
        if (!r.stopped.empty()) out += "search stopped: " + r.stopped;
        else if (r.available_at_baseline) out += "available as it is";
        else if (!r.repairable)
            out += "nothing it could build repairs it (not even all " + std::to_string(r.missing.size()) + " missing items)";
        else if (r.sets.empty()) out += "no repair set of at most " + std::to_string(r.max_order) + " items";
        else {
            std::string sets;
            for (const auto& s : r.sets) sets += (sets.empty() ? "" : "; ") + join(s, " + ");
            out += "build " + sets;
        }
        if (!r.available_at_baseline && r.stopped.empty() && !r.missing.empty())
            out += " (missing: " + join(r.missing, ", ") + ")";
        out += "\n";
    }
    return out + "\nA repair set is a minimal set of items that, each supplied by a new provider in the bloc needing no "
                 "inputs, makes the item available (algo/repair.hpp); sets of at most the chokepoint order.\n\n";
}

/// The timeline: the state at each date and what changed.
inline std::string markdown_timeline(const timeline_section& t, bool with_bloc) {
    using namespace detail::md;
    std::string out = "### Timeline\n\n";
    std::vector<std::string> names{"Date", "Available", "Blocks"};
    if (with_bloc) names.push_back("Domestic value share");
    out += header(names);
    std::size_t left_out = 0;
    for (std::size_t i = 0; i < t.points.size(); ++i) {
        if (!t.shown(i)) {
            ++left_out;
            continue;
        }
        const auto& p = t.points[i];
        std::vector<std::string> cells{p.date, yes_no(p.available), std::to_string(p.blocked.size())};
        if (with_bloc) cells.push_back(p.domestic_value_share ? format_share(*p.domestic_value_share) : std::string{"—"});
        out += row(cells);
    }
    out += "\n";
    if (left_out != 0)
        out += std::to_string(left_out) +
               (left_out == 1 ? " date left out: nothing changed at it" : " dates left out: nothing changed at them") +
               " or at the next date (the JSON lists every date).\n\n";
    bool any = false;
    for (const auto& c : t.changes) {
        if (c.empty()) continue;
        any = true;
        out += "- **" + c.to + "**";
        if (c.availability_changed) out += c.available_after ? ": becomes available" : ": becomes **unavailable**";
        out += "\n";
        for (const auto& e : c.started)
            out += "  - begins: " + code(e.provider) + " → " + code(e.item) + (e.line.empty() ? "" : " (line " + code(e.line) + ")") +
                   " (since " + e.on + ")\n";
        for (const auto& e : c.ended)
            out += "  - ends: " + code(e.provider) + " → " + code(e.item) + (e.line.empty() ? "" : " (line " + code(e.line) + ")") +
                   " (until " + e.on + ")\n";
        // "new": the rule took effect in this step; "now applies": a rule in
        // force before reaches the chain now (an offering began, a savings clause ended).
        for (const auto& b : c.newly_blocked)
            out += (b.rule.effective > c.from ? "  - new: " : "  - now applies: ") + block_sentence(b) + "\n";
        for (const auto& b : c.rule_changed) out += "  - now: " + block_sentence(b) + "\n";
        for (const auto& b : c.no_longer_blocked) out += "  - lifted: " + block_sentence(b) + "\n";
    }
    if (!any) out += "Nothing changes between these dates.\n";
    return out + "\n";
}

/// Uncertain facts and assumptions, listed together.
inline std::string markdown_flags(const chokepoint_report& r) {
    using namespace detail::md;
    const auto flagged = r.flagged_facts();
    std::string out = "### Flags: uncertain facts and assumptions\n\n";
    if (flagged.empty()) return out + "None: every fact used is sourced.\n\n";
    std::size_t uncertain = 0;
    for (const auto& f : flagged) uncertain += f.certainty == status::uncertain ? 1 : 0;
    out += std::to_string(uncertain) + " uncertain fact" + (uncertain == 1 ? "" : "s") + " and " +
           std::to_string(flagged.size() - uncertain) + " modelling assumption" + (flagged.size() - uncertain == 1 ? "" : "s") +
           " (value weights and recipes nobody published) stand behind this report:\n\n";
    for (const auto& f : flagged)
        out += "- ⚠ " + std::string{to_string(f.certainty)} + ": " + f.kind + " " + f.text +
               (f.source.empty() ? std::string{} : " [" + code(f.source) + "]") + "\n";
    return out + "\n";
}

namespace detail::md {
/// One reading as the table row of markdown_without_flagged.
inline std::string reading_row(const std::string& label, const std::string& left_out, bool available,
                               const chokepoint_section& companies, const chokepoint_section& countries,
                               const std::optional<self_sufficiency_section>& ss) {
    const auto count = [](const chokepoint_section& s) {
        return !s.stopped.empty() ? std::string{"(search stopped)"}
               : !s.available_at_baseline ? std::string{"(already unavailable)"}
                                          : std::to_string(s.sets.size());
    };
    const auto one = companies.single_points();
    return row({label, left_out, yes_no(available), ss ? std::to_string(ss->covered) + " of " + std::to_string(ss->items) : "—",
                !companies.available_at_baseline ? std::string{"—"} : one.empty() ? std::string{"none"} : join(one, ", "),
                count(companies), count(countries)});
}
/// What changed from the whole graph's reading to `w`, as a sentence ("nothing changes.").
inline std::string reading_changes(bool available, const std::optional<self_sufficiency_section>& ss, const reading_change& w) {
    std::vector<std::string> changes;
    if (w.available != available)
        changes.push_back(w.available ? "the item becomes available"
                                      : "the item becomes unavailable (no chokepoint set is needed to cut it off)");
    if (ss && w.self_sufficiency && (w.self_sufficiency->covered != ss->covered || w.self_sufficiency->items != ss->items))
        changes.push_back("coverage " + std::to_string(ss->covered) + " of " + std::to_string(ss->items) + " → " +
                          std::to_string(w.self_sufficiency->covered) + " of " + std::to_string(w.self_sufficiency->items));
    // Sets of an item that is unavailable here are moot; the empty set (an
    // unavailable item on the whole graph) is not listed.
    const auto sets = [&](const std::string& what, const std::vector<std::vector<std::string>>& list, const chokepoint_section& here) {
        std::string t;
        for (const auto& s : list)
            if (!s.empty()) t += (t.empty() ? "{" : ", {") + join(s, ", ") + "}";
        if (here.available_at_baseline && !t.empty()) changes.push_back(what + ": " + t);
    };
    sets("company sets gained", w.company_sets_gained, w.company_sets);
    sets("company sets lost", w.company_sets_lost, w.company_sets);
    sets("country sets gained", w.country_sets_gained, w.country_sets);
    sets("country sets lost", w.country_sets_lost, w.country_sets);
    if (changes.empty()) return "nothing changes.";
    std::string out;
    for (std::size_t i = 0; i < changes.size(); ++i) out += (i == 0 ? "" : "; ") + changes[i];
    return out + ".";
}
}  // namespace detail::md

/// What changes when the uncertain (and the assumed) rows are left out.
/// Empty when the readings were not assembled.
inline std::string markdown_without_flagged(const chokepoint_report& r) {
    using namespace detail::md;
    if (r.without_flagged.empty()) return {};
    const auto reading = [](const flagged_reading& w) {
        return "without " + join(w.excluded, ", ", false) + " " + (w.rows == "all" ? std::string{"rows"} : w.rows);
    };
    std::string out = "### Conclusions resting on uncertain or assumed offerings\n\n";
    if (std::all_of(r.without_flagged.begin(), r.without_flagged.end(), [](const flagged_reading& w) { return w.rows_dropped == 0; }))
        return out + "No offering of the data has those statuses: no conclusion rests on one.\n\n";
    out += "The item read again without the offerings of some statuses and the rows that belong to them (their own "
           "requirements, installed inputs and observations); flagged requirements stay, the sets resting on them are "
           "listed with the chokepoints:\n\n";
    out += header({"Reading", "Rows left out", "Available", "Coverage", "Single points of failure", "Company sets", "Country sets"});
    out += reading_row("as given", "—", r.available, r.company_sets, r.country_sets, r.self_sufficiency);
    for (const auto& w : r.without_flagged)
        out += reading_row(reading(w),
                           std::to_string(w.rows_dropped) + " (" + std::to_string(w.offerings_dropped) +
                               (w.offerings_dropped == 1 ? " offering)" : " offerings)"),
                           w.available,
                           w.company_sets, w.country_sets, w.self_sufficiency);
    if (r.observed) {
        out += reading_row("as given, observed", "—", r.observed->available, r.observed->company_sets, r.observed->country_sets,
                           r.observed->self_sufficiency);
        for (const auto& w : r.without_flagged)
            if (w.observed)
                out += reading_row(reading(w) + ", observed", std::to_string(w.rows_dropped),
                                   w.observed->available, w.observed->company_sets, w.observed->country_sets,
                                   w.observed->self_sufficiency);
    }
    out += "\n";
    for (const auto& w : r.without_flagged) {
        out += "- W" + reading(w).substr(1) + ": " + reading_changes(r.available, r.self_sufficiency, w) + "\n";
        if (r.observed && w.observed)
            out += "- W" + reading(w).substr(1) + ", observed: " +
                   reading_changes(r.observed->available, r.observed->self_sufficiency, *w.observed) + "\n";
    }
    return out + "\n";
}

/// Every fact used and every source named.
inline std::string markdown_sources(const chokepoint_report& r) {
    using namespace detail::md;
    std::string out = "### Facts and sources\n\n";
    out += header({"Kind", "Fact", "Status", "Source"});
    for (const auto& f : r.facts) out += row({f.kind, cell(f.text), status_cell(f.certainty), code(f.source)});
    out += "\n";
    if (r.sources.empty()) return out + "No source is named.\n\n";
    for (const auto& s : r.sources) {
        out += "- " + code(s.id) + ": " + (s.title.empty() ? std::string{"(untitled)"} : s.title);
        if (!s.publisher.empty()) out += ", " + s.publisher;
        if (!s.date.empty()) out += ", " + s.date;
        if (!s.url.empty()) out += ", <" + s.url + ">";
        out += "\n";
    }
    return out + "\n";
}

/// Legal reach against observed supply: the enforcement gaps of the chain
/// and, for an item blocked under the rules but observed, the observed
/// reading ("what could still stop it"). Empty when there is no gap.
inline std::string markdown_enforcement(const chokepoint_report& r) {
    using namespace detail::md;
    if (r.gaps.empty()) return {};
    std::string out = "### Legal reach and observed supply\n\n";
    out += "Offerings the rules block that a source nevertheless saw in production (enforcement gaps):\n\n";
    out += header({"Provider", "Item", "Buyer", "Blocked by", "Rule effective", "Observed from", "Status", "Source"});
    for (const auto& gl : r.gaps)
        out += row({code(gl.provider) + (gl.line.empty() ? std::string{} : " (" + cell(gl.line) + ")"), code(gl.item),
                    code(gl.buyer), code(gl.rule.id), or_dash(gl.rule.effective), gl.observed, status_cell(gl.certainty),
                    code(gl.source)});
    out += "\n";
    if (r.observed) {
        out += "#### What could still stop it (enforcement = observed)\n\n";
        out += "Read with observed offerings passing the rules, " + code(r.item) + " is " +
               (r.observed->available ? std::string{"**available**"} : std::string{"**not available**"}) + ".\n\n";
        out += markdown_chokepoints(r.observed->company_sets);
        out += markdown_chokepoints(r.observed->country_sets);
        if (r.observed->self_sufficiency) out += markdown_self_sufficiency(*r.observed->self_sufficiency);
    }
    return out;
}

/// The capital inputs installed in the lines of the trace.
inline std::string markdown_installed(const std::vector<installed_line>& rows) {
    using namespace detail::md;
    if (rows.empty()) return {};
    std::string out = "### Installed inputs\n\n";
    out += header({"Provider", "Item", "Line", "Input", "Maker", "Since", "Status", "Source"});
    for (const auto& il : rows)
        out += row({code(il.provider), code(il.item), or_dash(il.line), code(il.input),
                    code(il.maker) + (il.maker_country.empty() ? std::string{} : " (" + il.maker_country + ")"), or_dash(il.since),
                    status_cell(il.certainty), code(il.source)});
    return out + "\n";
}

/// One report, its heading at `level` (2: "##").
inline std::string markdown_report(const chokepoint_report& r, int level = 2, const std::string& number = {}) {
    using namespace detail::md;
    std::string out = std::string(static_cast<std::size_t>(level), '#') + " " + (number.empty() ? "" : number + " ") + r.title + "\n\n";
    if (!r.note.empty()) out += r.note + "\n\n";
    out += "Item " + code(r.item) + " (" + r.item_name + ", " + r.item_category + "); buyer " +
           (r.buyer.empty() ? std::string{"any unrestricted buyer"} : code(r.buyer) + " (" + r.buyer_name + ")") + "; date " +
           r.as_of + "; bloc " + (r.bloc.empty() ? std::string{"—"} : join(r.bloc, ", ", false)) + ".\n\n";
    out += markdown_availability(r);
    out += markdown_blocks(r.blocks);
    out += markdown_enforcement(r);
    out += markdown_trace(r.trace);
    out += markdown_installed(r.installed);
    out += "### Chokepoints\n\n";
    out += markdown_chokepoints(r.company_sets);
    out += markdown_chokepoints(r.country_sets);
    out += markdown_concentration(r.concentration);
    if (r.self_sufficiency) out += markdown_self_sufficiency(*r.self_sufficiency);
    out += markdown_repairs(r.repairs, r.bloc);
    out += markdown_timeline(r.timeline, r.self_sufficiency.has_value());
    out += markdown_without_flagged(r);
    out += markdown_flags(r);
    out += markdown_sources(r);
    return out;
}

/// A summary table of the cases of a document.
inline std::string markdown_summary(const report_document& d) {
    using namespace detail::md;
    std::string out = header({"#", "Item", "Buyer", "Date", "Available", "Single points of failure", "Blocks", "Bloc",
                              "Capable", "Domestic value share", "Flagged facts"});
    for (std::size_t i = 0; i < d.cases.size(); ++i) {
        const auto& r = d.cases[i];
        const auto single = r.company_sets.single_points();
        const auto& ss = r.self_sufficiency;
        out += row({std::to_string(i + 1), code(r.item), code(r.buyer), r.as_of, yes_no(r.available),
                    !r.company_sets.stopped.empty() ? std::string{"(search stopped)"}
                    : !r.company_sets.available_at_baseline ? std::string{"(already unavailable)"}
                    : single.empty() ? std::string{"none"} : join(single, ", "),
                    std::to_string(r.blocks.size()), r.bloc.empty() ? std::string{"—"} : join(r.bloc, ", ", false),
                    ss ? yes_no(ss->capable) : std::string{"—"},
                    ss ? format_share(ss->domestic_value_share) + (ss->weights_complete ? "" : " ⚠") : std::string{"—"},
                    std::to_string(r.flagged_facts().size())});
    }
    out += "\n";
    bool partial = false;
    for (const auto& r : d.cases) partial = partial || (r.self_sufficiency && !r.self_sufficiency->weights_complete);
    if (partial)
        out += "⚠ Value weights are missing in some chains: an input without a weight counts as 0, so the domestic "
               "value share credits each provider with the whole value of its offering.\n\n";
    return out;
}

/// The whole document.
inline std::string write_markdown(const report_document& d) {
    std::string out = "# " + d.title + "\n\n";
    for (const auto& p : d.intro) out += p + "\n\n";
    if (d.cases.size() > 1) out += "## Summary\n\n" + markdown_summary(d);
    for (std::size_t i = 0; i < d.cases.size(); ++i)
        out += markdown_report(d.cases[i], 2, d.cases.size() > 1 ? std::to_string(i + 1) + "." : std::string{});
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace semichain::report
