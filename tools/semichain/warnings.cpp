#include "warnings.hpp"

#include "commands.hpp"

#include <iostream>
#include <utility>

namespace semichain::cli {

std::vector<std::string> describe_warnings(const std::vector<load_problem>& warnings) {
    std::vector<std::string> out;
    out.reserve(warnings.size());
    for (const auto& w : warnings) out.push_back(w.describe());
    return out;
}

void announce_warnings(const std::vector<std::string>& warnings, const std::string& source, bool strict) {
    if (warnings.empty()) return;
    if (strict) {
        std::string message = "semichain: --strict: " + source + " loaded with " + std::to_string(warnings.size()) +
                              (warnings.size() == 1 ? " warning" : " warnings") + ", treated as errors:";
        for (const auto& w : warnings) message += "\n" + w;
        throw usage_error(message);
    }
    for (const auto& w : warnings) std::cerr << "semichain: warning: " << w << '\n';
}

report::json with_warnings(report::json o, const std::vector<std::string>& warnings) {
    report::json list = report::json::array();
    for (const auto& w : warnings) list.push_back(w);
    o["warnings"] = std::move(list);
    return o;
}

}  // namespace semichain::cli
