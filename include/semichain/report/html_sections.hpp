// The parts of the HTML report (report/html.hpp) that are text and tables:
// escaping for HTML and for JSON inside <script>, the date-dependent tables
// (html_script renders the same rows for other dates) and the static
// sections, each as the Markdown writer has it, with "⚠" on every uncertain
// fact and assumption.
#pragma once

#include <semichain/core/provenance.hpp>
#include <semichain/report/format.hpp>
#include <semichain/report/report.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace semichain::report::detail::html {

/// Text for HTML content and attribute values.
inline std::string esc(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

/// A JSON string that may stand inside <script>: "<" is written \u003c.
inline std::string jstr(const std::string& s) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') out += std::string{'\\', ch};
        else if (ch == '\n') out += "\\n";
        else if (c < 0x20 || ch == '<' || ch == '>' || ch == '&')
            out += std::string{"\\u00"} + hex[c >> 4U] + hex[c & 0xFU];
        else out += ch;
    }
    return out + '"';
}
inline std::string jarr(const std::vector<std::string>& parts) {
    std::string out = "[";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "," : "") + parts[i];
    return out + "]";
}
inline std::string jstrs(const std::vector<std::string>& v) {
    std::vector<std::string> parts;
    for (const auto& s : v) parts.push_back(jstr(s));
    return jarr(parts);
}

/// Escaped text with Markdown's `code` spans as <code>.
inline std::string inline_text(const std::string& s) {
    std::string out;
    bool open = false;
    std::size_t from = 0;
    for (std::size_t i = s.find('`'); i != std::string::npos; i = s.find('`', from)) {
        out += esc(s.substr(from, i - from)) + (open ? "</code>" : "<code>");
        open = !open;
        from = i + 1;
    }
    out += esc(s.substr(from));
    return open ? out + "</code>" : out;
}

inline std::string code(const std::string& s) { return s.empty() ? std::string{"—"} : "<code>" + esc(s) + "</code>"; }
inline std::string dash(const std::string& s) { return s.empty() ? std::string{"—"} : esc(s); }
inline std::string yes_no(bool b) { return b ? "yes" : "<span class=\"no\">no</span>"; }
inline std::string status_name(status s) { return s == status::unspecified ? std::string{} : std::string{to_string(s)}; }
inline std::string flag(status s) {
    return is_flagged(s) ? "<span class=\"flag\">⚠ " + status_name(s) + "</span>" : dash(status_name(s));
}
inline std::string share_text(const std::optional<double>& s) { return s ? format_share(*s) : std::string{}; }
inline std::string codes(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& s : ids) out += (out.empty() ? "" : ", ") + code(s);
    return out;
}

/// A table; `cls` holds its classes ("sortable" makes it sortable).
inline std::string table(const std::string& cls, const std::vector<std::string>& head,
                         const std::vector<std::vector<std::string>>& rows, const std::vector<std::string>& row_attrs = {}) {
    std::string out = "<table class=\"" + cls + "\"><thead><tr>";
    for (const auto& h : head) out += "<th>" + h + "</th>";
    out += "</tr></thead><tbody>";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out += "<tr" + (i < row_attrs.size() ? row_attrs[i] : std::string{}) + ">";
        for (const auto& c : rows[i]) out += "<td>" + c + "</td>";
        out += "</tr>";
    }
    return out + "</tbody></table>\n";
}

inline std::string state_text(const offering_line& o) {
    return esc(o.state) + (o.missing_input.empty() ? std::string{} : " (" + code(o.missing_input) + ")") +
           (o.licence.empty() ? std::string{} : "; " + esc(o.licence));
}
inline std::string blocked_text(const offering_line& o) {
    return o.blocked_by.empty() ? std::string{"—"} : code(o.blocked_by) + (o.reach_uncertain ? " (reach uncertain)" : "");
}
inline std::string offering_summary(const offering_line& o) {
    std::string s = code(o.provider) + (o.country.empty() ? "" : " (" + esc(o.country) + ")") +
                    (o.share ? " " + format_share(*o.share) : std::string{}) + ": " + esc(o.state);
    if (!o.missing_input.empty()) s += " (" + code(o.missing_input) + ")";
    if (!o.blocked_by.empty()) s += (o.state != "blocked" ? ", also blocked by " : " by ") + code(o.blocked_by);
    if (!o.frozen_by.empty()) s += ", capacity frozen (" + code(o.frozen_by) + ")";
    if (o.reach_uncertain) s += " (reach uncertain: no installed inputs known)";
    if (!o.licence.empty()) s += "; " + esc(o.licence);
    if (is_flagged(o.certainty)) s += " " + flag(o.certainty);
    return s;
}

// --- the date-dependent tables (html_script renders the same rows) ----------

inline std::string offers_html(const std::vector<offering_line>& offers) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& o : offers)
        rows.push_back({code(o.provider) + " " + esc(o.provider_name), dash(o.country), o.share ? format_share(*o.share) : "—",
                        dash(o.since), dash(o.until), state_text(o), blocked_text(o), flag(o.certainty), code(o.source)});
    return table("sortable offers",
                 {"Provider", "Country", "Share", "Since", "Until", "State", "Blocked by", "Status", "Source"}, rows);
}

inline std::string blocks_html(const std::vector<block_line>& blocks) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& b : blocks)
        rows.push_back({code(b.rule.id), dash(b.rule.authority), dash(b.rule.effective), esc(b.rule.kind), esc(b.rule.scope),
                        code(b.provider), code(b.item), code(b.buyer), flag(b.rule.certainty), code(b.rule.source)});
    return "<p class=\"no-blocks\"" + std::string{blocks.empty() ? "" : " hidden"} +
           ">No control rule in force blocks anything in this chain.</p>" +
           table("sortable blocks", {"Rule", "Authority", "Effective", "Kind", "Scope", "Provider", "Item", "Buyer", "Status", "Source"},
                 rows);
}

inline std::string trace_html(const std::vector<trace_line>& trace) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& l : trace) {
        std::string offers;
        for (const auto& o : l.offerings) offers += (offers.empty() ? "" : "; ") + offering_summary(o);
        rows.push_back({std::to_string(l.tier), code(l.item) + " " + esc(l.name), esc(l.category),
                        l.parent.empty() ? std::string{"—"} : code(l.parent) + (l.via.empty() ? "" : " (" + code(l.via) + ")"),
                        code(l.buyer), yes_no(l.available), offers.empty() ? std::string{"no offering"} : offers, flag(l.certainty)});
    }
    return table("sortable trace",
                 {"Tier", "Item", "Category", "Needed by", "Bought by", "Available", "Offerings at the date", "Status"}, rows);
}

/// Chokepoint sets: how many candidates, the single points of failure, the sets.
inline std::string sets_body(const chokepoint_section& s) {
    std::string out = "<p>" + std::to_string(s.candidates) + " candidates.</p>";
    if (!s.stopped.empty()) return out + "<p>The search stopped: " + esc(s.stopped) + "</p>";
    if (!s.available_at_baseline) return out + "<p>The item is already unavailable: the empty set cuts it off.</p>";
    if (s.sets.empty()) return out + "<p>No set of at most " + std::to_string(s.max_order) + " " + s.kind + " cuts it off.</p>";
    const auto single = s.single_points();
    out += "<p>Single points of failure: " + (single.empty() ? std::string{"none"} : codes(single)) + ".</p>";
    std::vector<std::vector<std::string>> rows;
    for (const auto& set : s.sets) rows.push_back({std::to_string(set.size()), codes(set)});
    return out + table("sortable", {"Order", "Set"}, rows);
}


inline std::string join(const std::vector<std::string>& v, const std::string& sep) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
    return out;
}

// --- the static sections --------------------------------------------------------

inline std::string self_sufficiency(const self_sufficiency_section& s) {
    std::string out = "<h3>Self-sufficiency of " + (s.bloc.empty() ? std::string{"an empty bloc"} : esc(join(s.bloc, ", "))) +
                      "</h3><ul><li>Capability (made with providers located in the bloc only): " + yes_no(s.capable);
    if (!s.missing.empty()) out += "; missing: " + codes(s.missing);
    out += "</li><li>Coverage: " + std::to_string(s.covered) + " of " + std::to_string(s.items) + " items (" +
           format_share(s.coverage) + "); weighted by value: " +
           (s.coverage_weighted ? format_share(*s.coverage_weighted) : std::string{"— (no value weights in the model)"});
    if (!s.weights_complete && s.coverage_weighted) out += " <span class=\"flag\">⚠ some value weights are unknown (counted as 0)</span>";
    out += "</li><li>Domestic value share: " + format_share(s.domestic_value_share);
    if (!s.weights_complete)
        out += " <span class=\"flag\">⚠ value weights are missing in the chain: an input without a weight counts as 0</span>";
    if (!s.converged) out += " <span class=\"flag\">⚠ the iteration did not converge</span>";
    out += "</li>";
    if (!s.uncovered.empty()) out += "<li>Not covered by the bloc: " + codes(s.uncovered) + "</li>";
    return out + "</ul>\n";
}

inline std::string concentration(const std::vector<concentration_line>& ls) {
    const auto top = [](const std::optional<top_share>& t) { return t ? code(t->id) + " " + format_share(t->share) : std::string{"—"}; };
    const auto hhi = [](const std::optional<double>& h) { return h ? format_hhi(*h) : std::string{"—"}; };
    std::vector<std::vector<std::string>> rows;
    for (const auto& l : ls)
        rows.push_back({code(l.id), std::to_string(l.providers) + (l.unknown_shares == 0 ? "" : " (" + std::to_string(l.unknown_shares) + " without a share)"),
                        top(l.top_company), top(l.top_country) + (l.from_country_rows ? " (country rows)" : ""), hhi(l.hhi_company),
                        hhi(l.hhi_country)});
    return table("sortable", {"Item", "Providers", "Top company", "Top country", "HHI (companies)", "HHI (countries)"}, rows);
}

inline std::string block_sentence(const block_line& b) {
    return code(b.rule.id) + " (" + dash(b.rule.authority) + ", " + dash(b.rule.effective) + ") blocks " + code(b.provider) + " → " +
           code(b.item) + " to " + code(b.buyer);
}

inline std::string timeline(const timeline_section& t, bool with_bloc, const std::string& as_of) {
    std::vector<std::string> head{"Date", "Available", "Blocks"};
    if (with_bloc) head.push_back("Domestic value share");
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> attrs;
    for (const auto& p : t.points) {
        std::vector<std::string> cells{esc(p.date), yes_no(p.available), std::to_string(p.blocked.size())};
        if (with_bloc) cells.push_back(p.domestic_value_share ? format_share(*p.domestic_value_share) : "—");
        rows.push_back(cells);
        attrs.push_back(" data-date=\"" + esc(p.date) + "\"" + (p.date == as_of ? " class=\"current\"" : ""));
    }
    std::string out = table("sortable timeline", head, rows, attrs) + "<ul>";
    bool any = false;
    for (const auto& c : t.changes) {
        if (c.empty()) continue;
        any = true;
        out += "<li><strong>" + esc(c.to) + "</strong>";
        if (c.availability_changed) out += c.available_after ? ": becomes available" : ": becomes <span class=\"no\">unavailable</span>";
        out += "<ul>";
        for (const auto& b : c.newly_blocked) out += "<li>new: " + block_sentence(b) + "</li>";
        for (const auto& b : c.rule_changed) out += "<li>now: " + block_sentence(b) + "</li>";
        for (const auto& b : c.no_longer_blocked) out += "<li>lifted: " + block_sentence(b) + "</li>";
        out += "</ul></li>";
    }
    return out + "</ul>" + (any ? "" : "<p>Nothing changes between these dates.</p>") + "\n";
}

inline std::string flags(const chokepoint_report& r) {
    const auto flagged = r.flagged_facts();
    std::string out = "<h3>Flags: uncertain facts and assumptions</h3>";
    if (flagged.empty()) return out + "<p>None: every fact used is sourced.</p>\n";
    std::size_t uncertain = 0;
    for (const auto& f : flagged) uncertain += f.certainty == status::uncertain ? 1 : 0;
    out += "<p>" + std::to_string(uncertain) + " uncertain fact" + (uncertain == 1 ? "" : "s") + " and " +
           std::to_string(flagged.size() - uncertain) + " modelling assumption" + (flagged.size() - uncertain == 1 ? "" : "s") +
           " stand behind this report:</p><ul>";
    for (const auto& f : flagged)
        out += "<li>" + flag(f.certainty) + ": " + esc(f.kind) + " " + esc(f.text) + (f.source.empty() ? "" : " [" + code(f.source) + "]") + "</li>";
    return out + "</ul>\n";
}

/// Every source the document's cases name, each once, by first use.
inline std::vector<source_line> all_sources(const report_document& d) {
    std::vector<source_line> out;
    std::map<std::string, int> seen;
    for (const auto& r : d.cases)
        for (const auto& s : r.sources)
            if (seen.emplace(s.id, 0).second) out.push_back(s);
    return out;
}

/// Every fact the cases used, each once, with the cases that used it; then
/// every source.
inline std::string facts_and_sources(const report_document& d) {
    std::vector<const fact_line*> facts;
    std::map<std::string, std::size_t> index;
    std::vector<std::vector<std::string>> cases;
    for (std::size_t i = 0; i < d.cases.size(); ++i)
        for (const auto& f : d.cases[i].facts) {
            const auto [it, fresh] = index.emplace(f.kind + '\n' + f.text + '\n' + f.source, facts.size());
            if (fresh) {
                facts.push_back(&f);
                cases.emplace_back();
            }
            cases[it->second].push_back(std::to_string(i + 1));
        }
    const bool several = d.cases.size() > 1;
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < facts.size(); ++i) {
        rows.push_back({esc(facts[i]->kind), esc(facts[i]->text), flag(facts[i]->certainty), code(facts[i]->source)});
        if (several) rows.back().push_back(join(cases[i], " "));
    }
    std::vector<std::string> head{"Kind", "Fact", "Status", "Source"};
    if (several) head.emplace_back("Cases");
    std::string out = "<section id=\"facts\">\n<h2>Facts and sources</h2>\n<p>Every fact " +
                      std::string{several ? "the cases use" : "the report uses"} + ", with its status and source.</p>\n" +
                      table("sortable facts", head, rows);
    const auto sources = all_sources(d);
    if (sources.empty()) return out + "<p>No source is named.</p>\n</section>\n";
    out += "<ul>";
    for (const auto& s : sources) {
        std::string t = esc(s.title.empty() ? std::string{"(untitled)"} : s.title);
        if (!s.publisher.empty()) t += ", " + esc(s.publisher);
        if (!s.date.empty()) t += ", " + esc(s.date);
        out += "<li id=\"src-" + esc(s.id) + "\">" + code(s.id) + ": " + (s.url.empty() ? t : "<a href=\"" + esc(s.url) + "\">" + t + "</a>") + "</li>";
    }
    return out + "</ul>\n</section>\n";
}

inline std::string enforcement(const chokepoint_report& r) {
    if (r.gaps.empty()) return {};
    std::vector<std::vector<std::string>> rows;
    for (const auto& g : r.gaps)
        rows.push_back({code(g.provider) + (g.line.empty() ? "" : " (" + esc(g.line) + ")"), code(g.item), code(g.buyer), code(g.rule.id),
                        dash(g.rule.effective), esc(g.observed), flag(g.certainty), code(g.source)});
    std::string out = "<h3>Legal reach and observed supply</h3><p>Offerings the rules block that a source nevertheless saw in "
                      "production (enforcement gaps), on the report's date:</p>" +
                      table("sortable", {"Provider", "Item", "Buyer", "Blocked by", "Rule effective", "Observed from", "Status", "Source"}, rows);
    if (r.observed) {
        out += "<h4>What could still stop it (enforcement = observed)</h4><p>Read with observed offerings passing the rules, " +
               code(r.item) + " is <strong>" + (r.observed->available ? "available" : "not available") + "</strong>.</p>";
        for (const auto* s : {&r.observed->company_sets, &r.observed->country_sets})
            out += "<h5>Chokepoints among " + s->kind + "</h5>" + sets_body(*s);
        if (r.observed->self_sufficiency) out += self_sufficiency(*r.observed->self_sufficiency);
    }
    return out;
}

inline std::string installed(const std::vector<installed_line>& rows_in) {
    if (rows_in.empty()) return {};
    std::vector<std::vector<std::string>> rows;
    for (const auto& i : rows_in)
        rows.push_back({code(i.provider), code(i.item), dash(i.line), code(i.input),
                        code(i.maker) + (i.maker_country.empty() ? "" : " (" + esc(i.maker_country) + ")"), dash(i.since), flag(i.certainty),
                        code(i.source)});
    return "<h3>Installed inputs</h3>" + table("sortable", {"Provider", "Item", "Line", "Input", "Maker", "Since", "Status", "Source"}, rows);
}

inline std::string summary(const report_document& d) {
    std::vector<std::vector<std::string>> rows;
    bool partial = false;
    for (std::size_t i = 0; i < d.cases.size(); ++i) {
        const auto& r = d.cases[i];
        const auto single = r.company_sets.single_points();
        const auto& ss = r.self_sufficiency;
        partial = partial || (ss && !ss->weights_complete);
        rows.push_back({"<a href=\"#case-" + std::to_string(i + 1) + "\">" + std::to_string(i + 1) + "</a>", code(r.item), code(r.buyer),
                        esc(r.as_of), yes_no(r.available),
                        !r.company_sets.stopped.empty()          ? std::string{"(search stopped)"}
                        : !r.company_sets.available_at_baseline ? std::string{"(already unavailable)"}
                        : single.empty()                        ? std::string{"none"}
                                                                : codes(single),
                        std::to_string(r.blocks.size()), r.bloc.empty() ? std::string{"—"} : esc(join(r.bloc, ", ")),
                        ss ? yes_no(ss->capable) : std::string{"—"},
                        ss ? format_share(ss->domestic_value_share) + (ss->weights_complete ? "" : " <span class=\"flag\">⚠</span>") : "—",
                        std::to_string(r.flagged_facts().size())});
    }
    std::string out = table("sortable summary", {"#", "Item", "Buyer", "Date", "Available", "Single points of failure", "Blocks", "Bloc",
                                                 "Capable", "Domestic value share", "Flagged facts"},
                            rows);
    if (partial)
        out += "<p><span class=\"flag\">⚠</span> Value weights are missing in some chains: an input without a weight counts as 0, so "
               "the domestic value share credits each provider with the whole value of its offering.</p>\n";
    return out;
}

}  // namespace semichain::report::detail::html
