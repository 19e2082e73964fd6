// The Graphviz DOT writer: the dependency picture of a report, left to right
// from inputs to the traced item and its buyer.
//
//   items      boxes; red fill: not available to their buyer at the date;
//              thick border: the traced item
//   companies  ellipses; red: a single point of failure; orange: a member of
//              a larger chokepoint set
//   edges      grey: provider → item (dotted when the offering is not
//              available); red and labelled: blocked by a rule to a buyer;
//              blue: input → item (diamond head: capital equipment);
//              dashed: the fact is uncertain or an assumption
//
// `dot -Tsvg report.dot -o report.svg` renders it. A document with several
// cases draws each in its own cluster (node ids prefixed "1:", "2:", …).
#pragma once

#include <semichain/report/report.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace semichain::report {

namespace detail::dot_out {

/// A DOT double-quoted string.
inline std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + '"';
}

inline std::string join(const std::vector<std::string>& v, const std::string& sep) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
    return out;
}

/// The nodes and edges of one picture, indented, with ids prefixed by `prefix`.
inline std::string body(const picture& p, const std::string& prefix, const std::string& indent) {
    std::string out;
    const auto id = [&](const std::string& s) { return quoted(prefix + s); };
    for (const auto& n : p.nodes) {
        std::vector<std::string> style{"filled"};
        std::string attrs;
        if (n.is_item) {
            style.push_back("rounded");
            attrs = "shape=box, fillcolor=" + std::string{n.available ? "\"#e8f0fe\"" : "\"#f4c7c3\""};
            if (n.root) attrs += ", penwidth=3";
        } else {
            attrs = "shape=ellipse, fillcolor=";
            attrs += n.chokepoint == 1 ? "\"#d93025\", fontcolor=white" : n.chokepoint == 2 ? "\"#f9ab00\"" : "\"#f1f3f4\"";
        }
        if (n.flagged) style.push_back("dashed");
        const std::string label = n.label + "\n" + n.id + (n.flagged ? "\n(uncertain or assumed)" : "");
        out += indent + id(n.id) + " [label=" + quoted(label) + ", " + attrs + ", style=" + quoted(join(style, ",")) + "];\n";
    }
    for (const auto& e : p.edges) {
        std::vector<std::string> attrs;
        std::vector<std::string> style;
        if (e.kind == "provides") {
            if (!e.blocked.empty()) {
                attrs.push_back("color=\"#d93025\", fontcolor=\"#d93025\", penwidth=2");
                attrs.push_back("label=" + quoted("blocked: " + join(e.blocked, "\n")));
            } else if (e.frozen) {
                attrs.push_back("color=\"#f9ab00\", label=\"capacity frozen\"");
            } else {
                attrs.push_back("color=\"#80868b\"");
            }
            if (e.unavailable) style.push_back("dotted");
        } else if (e.kind == "requires") {
            attrs.push_back("color=\"#1a73e8\"");
            if (e.capital) attrs.push_back("arrowhead=odiamond");
            if (!e.via.empty()) attrs.push_back("label=" + quoted("via " + e.via));
        } else {
            attrs.push_back("color=black, label=\"buys\"");
        }
        if (e.flagged) style.push_back("dashed");
        if (!style.empty()) attrs.push_back("style=" + quoted(join(style, ",")));
        out += indent + id(e.from) + " -> " + id(e.to) + " [" + join(attrs, ", ") + "];\n";
    }
    return out;
}

inline std::string header(const std::string& title) {
    return "digraph semichain {\n"
           "  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label=" + quoted(title) + "];\n"
           "  node [fontname=\"Helvetica\", fontsize=10];\n"
           "  edge [fontname=\"Helvetica\", fontsize=9];\n";
}

inline std::string legend() {
    return "  \"semichain:legend\" [shape=note, fontsize=9, label=\"Legend\\l"
           "red company: single point of failure\\l"
           "orange company: in a larger chokepoint set\\l"
           "red item: not available to its buyer\\l"
           "red edge: blocked by a control rule\\l"
           "dotted edge: offering not available\\l"
           "diamond head: capital equipment\\l"
           "dashed: uncertain or assumed fact\\l\"];\n";
}

}  // namespace detail::dot_out

/// A picture as a DOT digraph titled `title`.
inline std::string write_dot(const picture& p, const std::string& title) {
    using namespace detail::dot_out;
    return header(title) + body(p, {}, "  ") + legend() + "}\n";
}

/// One report's picture as a DOT digraph.
inline std::string write_dot(const chokepoint_report& r) { return write_dot(r.graph, r.title); }

/// A document's pictures, one cluster per case.
inline std::string write_dot(const report_document& d) {
    using namespace detail::dot_out;
    if (d.cases.size() == 1) return write_dot(d.cases.front());
    std::string out = header(d.title);
    for (std::size_t i = 0; i < d.cases.size(); ++i) {
        const std::string k = std::to_string(i + 1);
        out += "  subgraph " + quoted("cluster_" + k) + " {\n";
        out += "    label=" + quoted(k + ". " + d.cases[i].title) + ";\n";
        out += body(d.cases[i].graph, k + ":", "    ");
        out += "  }\n";
    }
    return out + legend() + "}\n";
}

}  // namespace semichain::report
