#include "html_report.hpp"

#include "commands.hpp"
#include "output.hpp"

#include <semichain/report/html.hpp>
#include <semichain/report/layout.hpp>
#include <semichain/report/states.hpp>

#include <unistd.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace semichain::cli {

namespace {

/// Graphviz's layout of a picture: `dot -Tplain` on report::layout_dot, in a
/// scratch directory removed afterwards. Nothing when dot fails.
std::optional<report::graph_layout> dot_layout(const report::picture& p) {
    static std::size_t serial = 0;
    std::error_code ec;
    const auto dir = std::filesystem::temp_directory_path(ec) /
                     ("semichain-layout-" + std::to_string(::getpid()) + "-" + std::to_string(serial++));
    if (ec || !std::filesystem::create_directories(dir, ec)) return std::nullopt;
    std::optional<report::graph_layout> out;
    {
        std::ofstream(dir / "in.dot", std::ios::binary) << report::layout_dot(p);
        if (run_dot("plain", dir / "in.dot", dir / "out.txt")) {
            std::ifstream f(dir / "out.txt", std::ios::binary);
            const std::string plain{std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
            try {
                out = report::layout_from_plain(p, plain);
            } catch (const std::runtime_error&) {
                out.reset();
            }
        }
    }
    std::filesystem::remove_all(dir, ec);
    return out;
}

}  // namespace

std::string html_report(const graph_view& g, const std::vector<report::request>& requests, const report::report_document& doc,
                        const std::string& layout) {
    const bool with_dot = layout == "dot" || (layout == "auto" && find_dot().has_value());
    if (layout == "dot" && !find_dot()) throw usage_error("semichain: --layout dot: Graphviz's 'dot' is not installed");
    std::vector<report::html_case> extras;
    for (std::size_t i = 0; i < doc.cases.size() && i < requests.size(); ++i) {
        report::html_case x;
        x.states = report::assemble_dated_states(g, requests[i], doc.cases[i]);
        if (with_dot) {
            x.layout = dot_layout(doc.cases[i].graph);
            if (!x.layout && layout == "dot")
                throw write_error("semichain: --layout dot: dot could not lay out case " + std::to_string(i + 1));
        }
        extras.push_back(std::move(x));
    }
    return report::write_html(doc, extras);
}

}  // namespace semichain::cli
