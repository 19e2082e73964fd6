// What is wrong with an option's value, in words, for the tool's command-line
// checks: dates, whole numbers in a range, comma-separated lists. Each check
// returns "" for a good value, else the problem (CLI11 prints it after the
// option's name).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace semichain::cli {

/// A date YYYY-MM-DD that exists: "not a date in the form YYYY-MM-DD: '…'"
/// or "not a calendar date: '2023-02-30' (February 2023 has 28 days)".
std::string date_problem(std::string_view s);

/// A whole number from lo to hi: "not a number: 'abc'" or "must be from 1 to 8, not 9".
std::string whole_number_problem(std::string_view s, long lo, long hi);

/// A comma-separated list with no empty element ("a,,b", ",a", "a,").
std::string empty_element_problem(std::string_view s);

/// The elements of comma-separated values (each value may hold several).
std::vector<std::string> split_list(const std::vector<std::string>& values);

}  // namespace semichain::cli
