// Where the nodes and edges of a dependency picture (report/report.hpp) go on
// a page, left to right: inputs and providers on the left, the traced item
// (and its buyer) on the right. Two sources of coordinates, one result type:
//
//  - layered_layout(p): computed here, a layered (Sugiyama-style) layout —
//    ranks by longest path to a sink, order within ranks by barycentre
//    sweeps, every step in index order, so the same picture always gives the
//    same coordinates on any machine;
//  - layout_from_plain(p, text): Graphviz's layout, read from the output of
//    `dot -Tplain` run on layout_dot(p) (nodes are named n0, n1, … there).
//
//     const auto dot_input = semichain::report::layout_dot(pic);      // run `dot -Tplain` on it, or:
//     const semichain::report::graph_layout l = semichain::report::layered_layout(pic);
//
// Coordinates are in SVG user units (points), y pointing down.
#pragma once

#include <semichain/report/format.hpp>
#include <semichain/report/report.hpp>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace semichain::report {

struct layout_point {
    double x = 0.0, y = 0.0;
};

/// A node's box: its centre, width and height, and its label's lines.
struct node_box {
    double x = 0.0, y = 0.0, width = 0.0, height = 0.0;
    std::vector<std::string> lines;
};

/// An edge as a cubic Bézier spline: 3k + 1 points (start, then two control
/// points and an end point per segment).
struct edge_path {
    std::vector<layout_point> points;
};

/// A picture laid out: nodes[i] and edges[i] belong to the picture's nodes[i]
/// and edges[i].
struct graph_layout {
    std::string engine;  ///< "layered" or "dot"
    double width = 0.0, height = 0.0;
    std::vector<node_box> nodes;
    std::vector<edge_path> edges;
};

/// Font size of node labels, in points.
inline constexpr double layout_font_size = 11.0;

namespace detail::layout {

/// The number of characters (UTF-8 code points) of s.
inline std::size_t length(std::string_view s) {
    std::size_t n = 0;
    for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    return n;
}

/// A label broken at spaces into lines of at most `width` characters (a
/// longer word stands alone on its line).
inline std::vector<std::string> wrap(const std::string& label, std::size_t width = 24) {
    std::vector<std::string> lines;
    std::string line;
    std::istringstream words{label};
    for (std::string w; words >> w;) {
        if (!line.empty() && length(line) + 1 + length(w) > width) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + w;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

/// The box a label needs ("⚠ " before the label of an uncertain or assumed
/// node): about 0.6 em a character, 1.3 em a line, padding around.
inline node_box box_for(const graph_node& n) {
    node_box b;
    b.lines = wrap((n.flagged ? "⚠ " : "") + (n.label.empty() ? n.id : n.label));
    std::size_t widest = 0;
    for (const auto& l : b.lines) widest = std::max(widest, length(l));
    b.width = static_cast<double>(widest) * layout_font_size * 0.6 + (n.is_item ? 16.0 : 24.0);
    b.height = static_cast<double>(b.lines.size()) * layout_font_size * 1.3 + 12.0;
    return b;
}

/// The picture's edges as index pairs (edges naming an unknown node dropped: -1).
inline std::vector<std::pair<int, int>> endpoints(const picture& p) {
    std::map<std::string, int> index;
    for (std::size_t i = 0; i < p.nodes.size(); ++i) index.emplace(p.nodes[i].id, static_cast<int>(i));
    std::vector<std::pair<int, int>> out;
    out.reserve(p.edges.size());
    for (const auto& e : p.edges) {
        const auto f = index.find(e.from), t = index.find(e.to);
        out.emplace_back(f == index.end() ? -1 : f->second, t == index.end() ? -1 : t->second);
    }
    return out;
}

/// A straight-looking cubic from the right side of box a to the left side of box b.
inline edge_path connect(const node_box& a, const node_box& b) {
    const layout_point p0{a.x + a.width / 2, a.y}, p3{b.x - b.width / 2, b.y};
    const double dx = std::max(30.0, (p3.x - p0.x) / 2);
    return {{p0, {p0.x + dx, p0.y}, {p3.x - dx, p3.y}, p3}};
}

inline double number(const std::string& token, std::size_t line) {
    double v = 0.0;
    const auto res = std::from_chars(token.data(), token.data() + token.size(), v);
    if (res.ec != std::errc{} || res.ptr != token.data() + token.size())
        throw std::runtime_error("semichain: dot -Tplain output, line " + std::to_string(line) + ": '" + token +
                                 "' is not a number");
    return v;
}

}  // namespace detail::layout

/// The layered layout of a picture: deterministic, machine-independent.
inline graph_layout layered_layout(const picture& p) {
    using namespace detail::layout;
    const std::size_t n = p.nodes.size();
    graph_layout out;
    out.engine = "layered";
    for (const auto& node : p.nodes) out.nodes.push_back(box_for(node));
    const auto ends = endpoints(p);

    // Successors in edge order; cycles broken by dropping the edges a
    // depth-first search (nodes in index order) finds closing one.
    std::vector<std::vector<int>> succ(n), pred(n);
    for (const auto& [f, t] : ends)
        if (f >= 0 && t >= 0 && f != t) succ[static_cast<std::size_t>(f)].push_back(t);
    std::vector<int> state(n, 0);  // 0 new, 1 on the stack, 2 done
    std::vector<std::vector<int>> dag(n);
    for (std::size_t root = 0; root < n; ++root) {
        if (state[root] != 0) continue;
        std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
        state[root] = 1;
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            if (next == succ[v].size()) {
                state[v] = 2;
                stack.pop_back();
                continue;
            }
            const auto w = static_cast<std::size_t>(succ[v][next++]);
            if (state[w] == 1) continue;  // closes a cycle
            dag[v].push_back(static_cast<int>(w));
            if (state[w] == 0) {
                state[w] = 1;
                stack.emplace_back(w, 0);
            }
        }
    }
    for (std::size_t v = 0; v < n; ++v)
        for (const int w : dag[v]) pred[static_cast<std::size_t>(w)].push_back(static_cast<int>(v));

    // Rank from the right: a node's distance to a sink, by longest path.
    std::vector<int> height(n, 0);
    std::vector<std::size_t> pending(n, 0);
    std::vector<std::size_t> ready;
    for (std::size_t v = 0; v < n; ++v) {
        pending[v] = dag[v].size();
        if (pending[v] == 0) ready.push_back(v);
    }
    for (std::size_t i = 0; i < ready.size(); ++i) {
        const std::size_t w = ready[i];
        for (const int v : pred[w]) {
            const auto u = static_cast<std::size_t>(v);
            height[u] = std::max(height[u], height[w] + 1);
            if (--pending[u] == 0) ready.push_back(u);
        }
    }
    int ranks = 0;
    for (const int h : height) ranks = std::max(ranks, h + 1);
    std::vector<int> rank(n, 0);
    std::vector<std::vector<std::size_t>> layer(static_cast<std::size_t>(ranks));
    for (std::size_t v = 0; v < n; ++v) {
        rank[v] = ranks - 1 - height[v];
        layer[static_cast<std::size_t>(rank[v])].push_back(v);
    }

    // Order within ranks: barycentres of the neighbours' positions, sweeping
    // right then left; ties keep the current order.
    std::vector<double> pos(n, 0.0);
    const auto number_layer = [&](const std::vector<std::size_t>& l) {
        for (std::size_t i = 0; i < l.size(); ++i) pos[l[i]] = static_cast<double>(i);
    };
    for (const auto& l : layer) number_layer(l);
    for (int sweep = 0; sweep < 8; ++sweep) {
        const bool rightward = sweep % 2 == 0;
        for (int k = 0; k < ranks; ++k) {
            auto& l = layer[static_cast<std::size_t>(rightward ? k : ranks - 1 - k)];
            std::vector<std::pair<double, std::size_t>> keyed;
            for (const std::size_t v : l) {
                const auto& from = rightward ? pred[v] : dag[v];
                double sum = 0.0;
                for (const int w : from) sum += pos[static_cast<std::size_t>(w)];
                keyed.emplace_back(from.empty() ? pos[v] : sum / static_cast<double>(from.size()), v);
            }
            std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
                return a.first != b.first ? a.first < b.first : pos[a.second] < pos[b.second];
            });
            for (std::size_t i = 0; i < keyed.size(); ++i) l[i] = keyed[i].second;
            number_layer(l);
        }
    }

    // Coordinates: columns as wide as their widest node, nodes stacked and
    // each column centred on the tallest.
    constexpr double margin = 12.0, column_gap = 70.0, row_gap = 12.0;
    std::vector<double> column_height(layer.size(), 0.0);
    double tallest = 0.0, x = margin;
    for (std::size_t k = 0; k < layer.size(); ++k) {
        double widest = 0.0;
        for (const std::size_t v : layer[k]) {
            widest = std::max(widest, out.nodes[v].width);
            column_height[k] += out.nodes[v].height + (column_height[k] > 0.0 ? row_gap : 0.0);
        }
        for (const std::size_t v : layer[k]) out.nodes[v].x = x + widest / 2;
        x += widest + column_gap;
        tallest = std::max(tallest, column_height[k]);
    }
    for (std::size_t k = 0; k < layer.size(); ++k) {
        double y = margin + (tallest - column_height[k]) / 2;
        for (const std::size_t v : layer[k]) {
            out.nodes[v].y = y + out.nodes[v].height / 2;
            y += out.nodes[v].height + row_gap;
        }
    }
    out.width = x - column_gap + margin;
    out.height = tallest + 2 * margin;
    for (const auto& [f, t] : ends)
        out.edges.push_back(f < 0 || t < 0 ? edge_path{}
                                            : connect(out.nodes[static_cast<std::size_t>(f)], out.nodes[static_cast<std::size_t>(t)]));
    return out;
}

/// The picture as a DOT digraph for Graphviz to lay out: nodes named n0, n1,
/// … in the picture's order, labelled with the lines layered_layout uses.
inline std::string layout_dot(const picture& p) {
    using namespace detail::layout;
    std::string out = "digraph layout {\n  graph [rankdir=LR, nodesep=0.15, ranksep=0.9];\n"
                      "  node [fontname=\"Helvetica\", fontsize=" + format_decimal(layout_font_size, 1) + ", margin=\"0.1,0.05\"];\n";
    for (std::size_t i = 0; i < p.nodes.size(); ++i) {
        std::string label;
        for (const auto& l : box_for(p.nodes[i]).lines) {
            for (const char c : l) label += (c == '"' || c == '\\') ? std::string{'\\', c} : std::string(1, c);
            label += "\\n";
        }
        out += "  n" + std::to_string(i) + " [shape=" + (p.nodes[i].is_item ? "box" : "ellipse") + ", label=\"" + label + "\"];\n";
    }
    for (const auto& [f, t] : endpoints(p))
        if (f >= 0 && t >= 0) out += "  n" + std::to_string(f) + " -> n" + std::to_string(t) + ";\n";
    return out + "}\n";
}

/// Graphviz's layout of a picture, from `dot -Tplain` run on layout_dot(p).
/// Throws std::runtime_error when the text is not such output for p.
inline graph_layout layout_from_plain(const picture& p, std::string_view plain) {
    using namespace detail::layout;
    constexpr double points_per_inch = 72.0;
    graph_layout out;
    out.engine = "dot";
    for (const auto& node : p.nodes) out.nodes.push_back(box_for(node));
    out.edges.resize(p.edges.size());
    const auto ends = endpoints(p);
    std::vector<bool> placed(p.nodes.size(), false), routed(p.edges.size(), false);
    double height = 0.0;
    const auto node_of = [&](const std::string& name, std::size_t line) {
        std::size_t i = 0;
        const auto res = name.size() > 1 && name[0] == 'n' ? std::from_chars(name.data() + 1, name.data() + name.size(), i)
                                                            : std::from_chars_result{name.data(), std::errc::invalid_argument};
        if (res.ec != std::errc{} || res.ptr != name.data() + name.size() || i >= p.nodes.size())
            throw std::runtime_error("semichain: dot -Tplain output, line " + std::to_string(line) + ": unknown node '" + name + "'");
        return i;
    };
    std::istringstream in{std::string{plain}};
    std::size_t line_no = 0;
    for (std::string line; std::getline(in, line);) {
        ++line_no;
        std::istringstream words{line};
        std::vector<std::string> w;
        for (std::string t; words >> t;) w.push_back(t);
        if (w.empty()) continue;
        if (w[0] == "graph" && w.size() >= 4) {
            out.width = number(w[2], line_no) * points_per_inch;
            height = number(w[3], line_no) * points_per_inch;
            out.height = height;
        } else if (w[0] == "node" && w.size() >= 6) {
            const std::size_t i = node_of(w[1], line_no);
            auto& b = out.nodes[i];
            b.x = number(w[2], line_no) * points_per_inch;
            b.y = height - number(w[3], line_no) * points_per_inch;
            b.width = number(w[4], line_no) * points_per_inch;
            b.height = number(w[5], line_no) * points_per_inch;
            placed[i] = true;
        } else if (w[0] == "edge" && w.size() >= 4) {
            const auto f = static_cast<int>(node_of(w[1], line_no)), t = static_cast<int>(node_of(w[2], line_no));
            const auto count = static_cast<std::size_t>(number(w[3], line_no));
            if (w.size() < 4 + 2 * count)
                throw std::runtime_error("semichain: dot -Tplain output, line " + std::to_string(line_no) + ": too few points");
            edge_path path;
            for (std::size_t k = 0; k < count; ++k)
                path.points.push_back({number(w[4 + 2 * k], line_no) * points_per_inch,
                                       height - number(w[5 + 2 * k], line_no) * points_per_inch});
            // The first edge of the picture with these ends not yet routed.
            for (std::size_t e = 0; e < ends.size(); ++e)
                if (!routed[e] && ends[e] == std::pair{f, t}) {
                    out.edges[e] = std::move(path);
                    routed[e] = true;
                    break;
                }
        }
    }
    for (std::size_t i = 0; i < placed.size(); ++i)
        if (!placed[i])
            throw std::runtime_error("semichain: dot -Tplain output places no node n" + std::to_string(i) + " (" + p.nodes[i].id + ")");
    for (std::size_t e = 0; e < routed.size(); ++e)
        if (!routed[e] && ends[e].first >= 0 && ends[e].second >= 0)
            out.edges[e] = connect(out.nodes[static_cast<std::size_t>(ends[e].first)], out.nodes[static_cast<std::size_t>(ends[e].second)]);
    return out;
}

}  // namespace semichain::report
