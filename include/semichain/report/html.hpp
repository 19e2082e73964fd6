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

#include <semichain/report/format.hpp>
#include <semichain/report/html_assets.hpp>
#include <semichain/report/html_sections.hpp>
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