// The tool's HTML report: the library's page (report/html.hpp) with each
// case's states at its timeline dates and its picture laid out by Graphviz
// or by the library's layered layout.
#pragma once

#include <semichain/graph/view.hpp>
#include <semichain/report/report.hpp>

#include <string>
#include <vector>

namespace semichain::cli {

/// The HTML page of `doc`, whose cases were made from `requests` (one each,
/// in order). `layout`: "dot" (Graphviz's `dot`, an error when it is not
/// installed or fails), "layered" (the library's layout: the same bytes on
/// every machine) or "auto" (dot when installed, else layered).
std::string html_report(const graph_view& g, const std::vector<report::request>& requests, const report::report_document& doc,
                        const std::string& layout);

}  // namespace semichain::cli
