// The headline report on the built-in world (`semichain report` without
// --item): the Huawei and Xiaomi cases.
#pragma once

#include <semichain/graph/view.hpp>

#include <string>
#include <vector>

namespace semichain::cli {

/// One case of the headline report, by the built-in world's ids.
struct headline_case {
    std::string item, buyer;               ///< buyer "" : any unrestricted buyer
    std::string as_of;                     ///< "" : the default date
    std::vector<std::string> bloc;         ///< country codes
    std::vector<std::string> extra_dates;  ///< timeline dates besides the control dates
    std::string title, note;
};

/// The cases, in report order.
const std::vector<headline_case>& headline_cases();

/// The headline report's title.
std::string headline_title();

/// Its opening paragraphs (`g` is the built-in world; `as_of` the date used
/// by cases that do not fix their own).
std::vector<std::string> headline_intro(const graph_view& g, const std::string& as_of);

}  // namespace semichain::cli
