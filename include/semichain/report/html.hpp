// The HTML writer: one self-contained page per document (styles, scripts
// and data inline; nothing fetched), for people with a browser.
//
// Per case: the dependency picture laid out as SVG (report/layout.hpp; node
// labels are names, ids in tooltips), chokepoint companies and blocked
// offerings highlighted, a date control over the timeline's dates that
// switches the picture, the status line and the date-dependent tables (the
// item's offerings, what blocks what, the trace, the company chokepoints),
// the other sections as in the Markdown report, tables sortable, and every
// uncertain fact and assumption marked "⚠". The picture is drawn once; the
// states at each date travel as compact JSON (report/html_assets.hpp applies
// them). Without JavaScript the page shows everything at the report's date.
//
//     std::vector<semichain::report::html_case> extras{{.states = assemble_dated_states(g, q, rep)}};
//     std::string page = semichain::report::write_html(doc, extras);
#pragma once

#include <semichain/core/provenance.hpp>
#include <semichain/report/format.hpp>
#include <semichain/report/html_assets.hpp>
#include <semichain/report/layout.hpp>
#include <semichain/report/report.hpp>
#include <semichain/report/states.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace semichain::report {

/// What a page shows of one case besides its report.
struct html_case {
    std::vector<dated_state> states;      ///< the states at the timeline's dates (empty: the report's date only)
    std::optional<graph_layout> layout{};  ///< the picture's layout (nothing: layered_layout)
};

namespace detail::html {

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

/// Chokepoint sets; `of` names the candidates ("companies").
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

// --- the picture ---------------------------------------------------------------

/// A coordinate: whole points are precise enough on screen.
inline std::string num(double v) { return format_decimal(v, 0); }

inline std::string node_class(const graph_node& n) {
    std::string c = n.is_item ? "n item" : "n company";
    if (n.root) c += " root";
    if (n.is_item && !n.available) c += " unav";
    if (n.chokepoint == 1) c += " cp1";
    if (n.chokepoint == 2) c += " cp2";
    if (n.flagged) c += " flagged";
    return c;
}

inline std::string edge_class(const graph_edge& e) {
    std::string c = "e " + e.kind;
    if (e.capital) c += " capital";
    if (e.unavailable) c += " unav";
    if (e.frozen) c += " frozen";
    if (!e.blocked.empty()) c += " blocked";
    if (e.flagged) c += " flagged";
    return c;
}

inline std::string join(const std::vector<std::string>& v, const std::string& sep) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
    return out;
}

/// The arrow heads every picture uses (html_style puts them on the edges).
inline std::string markers() {
    return "<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\"><defs>"
           "<marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
           "<path d=\"M0,0L10,5L0,10z\" fill=\"#5f6368\"/></marker><marker id=\"diamond\" viewBox=\"0 0 12 10\" refX=\"12\" refY=\"5\" "
           "markerWidth=\"9\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,5L6,0L12,5L6,10z\" fill=\"#fff\" stroke=\"#1a73e8\"/>"
           "</marker></defs></svg>\n";
}

/// The picture as SVG: edges (title: what it links), then nodes (title: the id).
inline std::string svg(const picture& p, const graph_layout& l, const std::string& title) {
    std::map<std::string, std::string> label;
    for (const auto& n : p.nodes) label.emplace(n.id, n.label);
    const auto name = [&](const std::string& id) {
        const auto it = label.find(id);
        return it == label.end() ? id : it->second;
    };
    std::string out = "<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + num(l.width) + " " +
                      num(l.height) + "\" width=\"" + num(l.width) + "\" height=\"" + num(l.height) + "\" aria-label=\"" +
                      esc(title) + "\" data-layout=\"" + l.engine + "\">";
    for (std::size_t i = 0; i < p.edges.size() && i < l.edges.size(); ++i) {
        const auto& e = p.edges[i];
        const auto& pts = l.edges[i].points;
        if (pts.size() < 4) continue;
        std::string d = "M" + num(pts[0].x) + "," + num(pts[0].y) + "C";
        for (std::size_t j = 1; j < pts.size(); ++j) d += (j > 1 ? " " : "") + num(pts[j].x) + "," + num(pts[j].y);
        std::string t = name(e.from) + " → " + name(e.to);
        if (e.kind == "requires") t += e.capital ? " (capital equipment" + (e.via.empty() ? ")" : ", via " + e.via + ")")
                                                 : (e.via.empty() ? "" : " (via " + e.via + ")");
        if (!e.blocked.empty()) t += " — blocked: " + join(e.blocked, "; ");
        out += "<path class=\"" + edge_class(e) + "\" data-e=\"" + std::to_string(i) + "\" d=\"" + d + "\"><title>" + esc(t) + "</title></path>";
    }
    constexpr double line = layout_font_size * 1.3;
    for (std::size_t i = 0; i < p.nodes.size() && i < l.nodes.size(); ++i) {
        const auto& n = p.nodes[i];
        const auto& b = l.nodes[i];
        out += "<g class=\"" + node_class(n) + "\" data-n=\"" + std::to_string(i) + "\" data-id=\"" + esc(n.id) + "\" tabindex=\"0\"><title>" +
               esc(n.id) + (n.flagged ? " ⚠ uncertain or assumed" : "") + "</title>";
        if (n.is_item)
            out += "<rect x=\"" + num(b.x - b.width / 2) + "\" y=\"" + num(b.y - b.height / 2) + "\" width=\"" + num(b.width) +
                   "\" height=\"" + num(b.height) + "\"/>";
        else
            out += "<ellipse cx=\"" + num(b.x) + "\" cy=\"" + num(b.y) + "\" rx=\"" + num(b.width / 2) + "\" ry=\"" + num(b.height / 2) + "\"/>";
        double y = b.y - line * static_cast<double>(b.lines.size() - 1) / 2 + layout_font_size * 0.35;
        if (b.lines.size() == 1) {
            out += "<text x=\"" + num(b.x) + "\" y=\"" + num(y) + "\">" + esc(b.lines.front()) + "</text></g>";
            continue;
        }
        out += "<text>";
        for (const auto& s : b.lines) {
            out += "<tspan x=\"" + num(b.x) + "\" y=\"" + num(y) + "\">" + esc(s) + "</tspan>";
            y += line;
        }
        out += "</text></g>";
    }
    return out + "</svg>";
}

inline std::string legend() {
    return "<p class=\"legend\">Boxes: items (red: not available to their buyer; thick border: the traced item). Ellipses: "
           "companies (red: a single point of failure; orange: in a larger chokepoint set). Grey lines: provider → item "
           "(dotted: offering not available; red: blocked by a rule; orange: capacity frozen). Blue lines: input → item "
           "(diamond: capital equipment). Dashed outline or line: ⚠ an uncertain fact or an assumption. Click a node for its "
           "offerings, shares, rules and sources.</p>";
}

// --- the data for html_script --------------------------------------------------

inline std::string offering_base(const offering_line& o) {
    return jstrs({o.provider, o.provider_name, o.country, share_text(o.share), o.since, o.until, status_name(o.certainty), o.source});
}

inline std::string rule_json(const rule_line& r) {
    return jstrs({r.name, r.kind, r.scope, r.authority, r.effective, status_name(r.certainty), r.source});
}

/// One date's states, each part as JSON: n (node states), e (edge flags),
/// o (offerings not plainly available), b (blocks), k (company chokepoints).
inline std::map<std::string, std::string> date_parts(const dated_state& s, std::map<std::string, std::string>& rules) {
    std::string nodes;
    for (const auto& n : s.graph.nodes) nodes += n.is_item ? (n.available ? 'a' : 'u') : static_cast<char>('0' + n.chokepoint);
    std::vector<std::string> edges;
    for (std::size_t i = 0; i < s.graph.edges.size(); ++i) {
        const auto& e = s.graph.edges[i];
        const int f = (e.unavailable ? 1 : 0) | (e.frozen ? 2 : 0) | (e.blocked.empty() ? 0 : 4);
        if (f != 0) edges.push_back("[" + std::to_string(i) + "," + std::to_string(f) + "," + jstr(join(e.blocked, "; ")) + "]");
    }
    std::vector<std::string> offers;
    for (std::size_t t = 0; t < s.trace.size(); ++t)
        for (std::size_t k = 0; k < s.trace[t].offerings.size(); ++k) {
            const auto& o = s.trace[t].offerings[k];
            if (o.state == "available" && o.missing_input.empty() && o.blocked_by.empty() && o.frozen_by.empty() && o.licence.empty())
                continue;
            offers.push_back("[" + std::to_string(t) + "," + std::to_string(k) + "," + jstr(o.state) + "," + jstr(o.missing_input) +
                             "," + jstr(o.blocked_by) + "," + (o.reach_uncertain ? "1" : "0") + "," + jstr(o.frozen_by) + "," +
                             jstr(o.licence) + "]");
        }
    std::vector<std::string> blocks;
    for (const auto& b : s.blocks) {
        rules.emplace(b.rule.id, rule_json(b.rule));
        blocks.push_back(jstrs({b.rule.id, b.provider, b.item, b.buyer}));
    }
    std::vector<std::string> sets;
    for (const auto& set : s.company_sets.sets) sets.push_back(jstrs(set));
    return {{"n", jstr(nodes)},
            {"e", jarr(edges)},
            {"o", jarr(offers)},
            {"b", jarr(blocks)},
            {"k", "[" + jarr(sets) + "," + jstr(s.company_sets.stopped) + "," + (s.company_sets.available_at_baseline ? "1" : "0") +
                      "," + std::to_string(s.company_sets.candidates) + "]"}};
}

/// The dates' states as a JSON array: a part equal to the previous date's is
/// left out (html_script carries it forward).
inline std::string dates_json(const std::vector<dated_state>& states, std::map<std::string, std::string>& rules) {
    std::vector<std::string> out;
    std::map<std::string, std::string> previous;
    for (const auto& s : states) {
        auto parts = date_parts(s, rules);
        std::string d = "{\"d\":" + jstr(s.date) + ",\"a\":" + (s.available ? "1" : "0");
        for (const auto& [key, value] : parts)
            if (previous.empty() || previous[key] != value) d += ",\"" + key + "\":" + value;
        out.push_back(d + "}");
        previous = std::move(parts);
    }
    return jarr(out);
}

/// The report's own state, as a dated_state at its date.
inline dated_state state_of(const chokepoint_report& r) {
    return {r.as_of, r.available, r.blocks, r.trace, r.company_sets, r.graph};
}

/// Do two pictures have the same nodes and edges (whatever their states)?
inline bool same_structure(const picture& a, const picture& b) {
    if (a.nodes.size() != b.nodes.size() || a.edges.size() != b.edges.size()) return false;
    for (std::size_t i = 0; i < a.nodes.size(); ++i)
        if (a.nodes[i].id != b.nodes[i].id) return false;
    for (std::size_t i = 0; i < a.edges.size(); ++i)
        if (a.edges[i].from != b.edges[i].from || a.edges[i].to != b.edges[i].to || a.edges[i].kind != b.edges[i].kind) return false;
    return true;
}

inline std::string case_json(const chokepoint_report& r, const std::vector<dated_state>& states) {
    std::map<std::string, int> index;
    std::vector<std::string> nodes, edges, trace;
    for (std::size_t i = 0; i < r.graph.nodes.size(); ++i) {
        const auto& n = r.graph.nodes[i];
        index.emplace(n.id, static_cast<int>(i));
        nodes.push_back("[" + jstr(n.id) + "," + jstr(n.label) + "," + (n.is_item ? "1" : "0") + "]");
    }
    for (const auto& e : r.graph.edges)
        edges.push_back("[" + std::to_string(index[e.from]) + "," + std::to_string(index[e.to]) + "," + jstr(e.kind.substr(0, 1)) +
                        "," + jstr(e.via) + "]");
    for (const auto& l : r.trace) {
        std::vector<std::string> offers;
        for (const auto& o : l.offerings) offers.push_back(offering_base(o));
        trace.push_back("[" + std::to_string(l.tier) + "," + jstr(l.item) + "," + jstr(l.name) + "," + jstr(l.category) + "," +
                        jstr(l.parent) + "," + jstr(l.via) + "," + jstr(l.buyer) + "," + jstr(status_name(l.certainty)) + "," +
                        jstr(l.source) + "," + jarr(offers) + "]");
    }
    std::map<std::string, std::string> rules;
    const std::string dates = dates_json(states, rules);
    std::vector<std::string> rule_parts;
    for (const auto& [id, v] : rules) rule_parts.push_back(jstr(id) + ":" + v);
    return "{\"item\":" + jstr(r.item) + ",\"buyer\":" + jstr(r.buyer) + ",\"order\":" + std::to_string(r.max_order) +
           ",\"nodes\":" + jarr(nodes) + ",\"edges\":" + jarr(edges) + ",\"trace\":" + jarr(trace) + ",\"rules\":{" +
           join(rule_parts, ",") + "},\"dates\":" + dates + "}";
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

inline std::string case_section(const chokepoint_report& r, std::size_t k, bool numbered, const std::vector<dated_state>& states,
                                const graph_layout& layout) {
    const std::string K = std::to_string(k);
    std::string out = "<section class=\"case\" id=\"case-" + K + "\">\n<h2>" + (numbered ? K + ". " : "") + esc(r.title) + "</h2>\n";
    if (!r.note.empty()) out += "<p>" + inline_text(r.note) + "</p>\n";
    out += "<p>Item " + code(r.item) + " (" + esc(r.item_name) + ", " + esc(r.item_category) + "); buyer " +
           (r.buyer.empty() ? std::string{"any unrestricted buyer"} : code(r.buyer) + " (" + esc(r.buyer_name) + ")") +
           "; report date " + esc(r.as_of) + "; bloc " + (r.bloc.empty() ? std::string{"—"} : esc(join(r.bloc, ", "))) +
           "; licences " + esc(r.licences) + "; enforcement " + esc(r.enforcement) + ".</p>\n";
    out += "<div class=\"datectl\"><label>Date: <select id=\"date-" + K + "\" disabled>";
    for (const auto& s : states)
        out += "<option value=\"" + esc(s.date) + "\"" + (s.date == r.as_of ? " selected" : "") + ">" + esc(s.date) + "</option>";
    out += "</select></label> <span class=\"status\" id=\"status-" + K + "\">" + code(r.item) + " is <strong>" +
           (r.available ? "available" : "not available") + "</strong> to " +
           (r.buyer.empty() ? std::string{"an unrestricted buyer"} : code(r.buyer)) + " on " + esc(r.as_of) + ".</span>"
           "<noscript> (The page shows the report's date; JavaScript switches between the timeline's dates.)</noscript></div>\n";
    out += "<h3>Dependency picture on <span class=\"cur-date\">" + esc(r.as_of) + "</span></h3>\n<div class=\"graphbox\"><figure>" +
           svg(r.graph, layout, r.title) + "</figure><aside class=\"panel\" id=\"panel-" + K +
           "\"><p>Click a node to see its offerings, shares, rules and sources on the chosen date.</p></aside></div>\n" + legend();
    out += "<h3>Offerings of " + code(r.item) + " on <span class=\"cur-date\">" + esc(r.as_of) + "</span></h3>\n" + offers_html(r.offerings);
    if (!r.frozen.empty()) {
        out += "<p>Capacity frozen on the report's date (available on tools installed earlier, no expansion possible):</p><ul>";
        for (const auto& f : r.frozen) out += "<li>" + code(f.provider) + " → " + code(f.item) + ": " + code(f.input) + " can no longer be had</li>";
        out += "</ul>";
    }
    out += "<h3>What blocks what on <span class=\"cur-date\">" + esc(r.as_of) + "</span></h3>\n" + blocks_html(r.blocks);
    out += enforcement(r);
    out += "<h3>Dependency trace on <span class=\"cur-date\">" + esc(r.as_of) + "</span></h3>\n" + trace_html(r.trace);
    out += installed(r.installed);
    out += "<h3>Chokepoints among companies on <span class=\"cur-date\">" + esc(r.as_of) + "</span> (up to order " +
           std::to_string(r.max_order) + ")</h3>\n<div class=\"sets\">" + sets_body(r.company_sets) + "</div>\n";
    out += "<h3>Chokepoints among countries on " + esc(r.as_of) + " (up to order " + std::to_string(r.max_order) + ")</h3>\n" +
           sets_body(r.country_sets);
    out += "<h3>Concentration on " + esc(r.as_of) + "</h3>\n" + concentration(r.concentration) +
           "<p>Shares are fractions of the item's market where the data gives them; HHI = Σ (100·share)² on 0–10 000, over the "
           "known shares. \"—\": no share known.</p>\n";
    if (r.self_sufficiency) out += self_sufficiency(*r.self_sufficiency);
    out += "<h3>Timeline</h3>\n" + timeline(r.timeline, r.self_sufficiency.has_value(), r.as_of);
    out += flags(r) + "<p>The facts behind this case and their sources: <a href=\"#facts\">Facts and sources</a>.</p>\n";
    return out + "</section>\n";
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

}  // namespace detail::html

/// The whole document as one HTML page. extras[i] gives case i its states at
/// the timeline's dates and its layout (missing entries: the report's date
/// only, layered_layout). Throws std::invalid_argument when a state's picture
/// is not the report's (other nodes or edges).
inline std::string write_html(const report_document& d, const std::vector<html_case>& extras = {}) {
    using namespace detail::html;
    std::string body, data;
    for (std::size_t i = 0; i < d.cases.size(); ++i) {
        const auto& r = d.cases[i];
        const html_case* x = i < extras.size() ? &extras[i] : nullptr;
        std::vector<dated_state> states = x && !x->states.empty() ? x->states : std::vector<dated_state>{state_of(r)};
        bool has_date = false;
        for (const auto& s : states) {
            if (!same_structure(s.graph, r.graph))
                throw std::invalid_argument("semichain: write_html: the state on " + s.date + " of case " + std::to_string(i + 1) +
                                            " has another picture than its report");
            has_date = has_date || s.date == r.as_of;
        }
        if (!has_date) throw std::invalid_argument("semichain: write_html: case " + std::to_string(i + 1) + " has no state on its date " + r.as_of);
        const graph_layout layout = x && x->layout ? *x->layout : layered_layout(r.graph);
        if (layout.nodes.size() != r.graph.nodes.size() || layout.edges.size() != r.graph.edges.size())
            throw std::invalid_argument("semichain: write_html: the layout of case " + std::to_string(i + 1) + " is not its picture's");
        body += case_section(r, i + 1, d.cases.size() > 1, states, layout);
        data += (i ? "," : "") + case_json(r, states);
    }
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                      esc(d.title) + "</title>\n<style>" + html_style + "</style>\n<script>" + html_error_script + "</script>\n</head>\n<body>\n";
    out += "<ol id=\"page-errors\" hidden></ol>\n" + markers() + "<h1>" + esc(d.title) + "</h1>\n";
    for (const auto& p : d.intro) out += "<p>" + inline_text(p) + "</p>\n";
    if (d.cases.size() > 1) out += "<h2>Summary</h2>\n" + summary(d);
    out += body + facts_and_sources(d);
    std::vector<std::string> sources;
    for (const auto& s : all_sources(d)) sources.push_back(jstr(s.id) + ":" + jstrs({s.title, s.publisher, s.date, s.url}));
    out += "<script type=\"application/json\" id=\"semichain-data\">{\"sources\":{" + join(sources, ",") + "},\"cases\":[" + data +
           "]}</script>\n<script>" + html_script +
           "</script>\n</body>\n</html>\n";
    return out;
}

}  // namespace semichain::report
