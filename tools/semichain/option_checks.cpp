#include "option_checks.hpp"

#include <semichain/core/date.hpp>

#include <array>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <system_error>

namespace semichain::cli {

namespace {

/// The digits of s[from, from + n) as a number, or -1.
int digits(std::string_view s, std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

constexpr std::array<const char*, 12> month_names{"January", "February", "March",     "April",   "May",      "June",
                                                  "July",    "August",   "September", "October", "November", "December"};

}  // namespace

std::string date_problem(std::string_view s) {
    if (parse_date(s)) return {};
    const std::string quoted = "'" + std::string{s} + "'";
    const int y = s.size() == 10 && s[4] == '-' && s[7] == '-' ? digits(s, 0, 4) : -1;
    const int m = y < 0 ? -1 : digits(s, 5, 2), d = y < 0 ? -1 : digits(s, 8, 2);
    if (y < 0 || m < 0 || d < 0) return "not a date in the form YYYY-MM-DD: " + quoted;
    if (m < 1 || m > 12) return "not a calendar date: " + quoted + " (there is no month " + std::to_string(m) + ")";
    const auto last = std::chrono::year_month_day_last{std::chrono::year{y} / std::chrono::month{static_cast<unsigned>(m)} /
                                                       std::chrono::last};
    return "not a calendar date: " + quoted + " (" + month_names[static_cast<std::size_t>(m - 1)] + " " + std::to_string(y) +
           " has " + std::to_string(static_cast<unsigned>(last.day())) + " days)";
}

std::string whole_number_problem(std::string_view s, long lo, long hi) {
    long v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec == std::errc::invalid_argument || end != s.data() + s.size())
        return "not a number: '" + std::string{s} + "' (a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) + ")";
    if (ec == std::errc::result_out_of_range || v < lo || v > hi)
        return "must be from " + std::to_string(lo) + " to " + std::to_string(hi) + ", not " + std::string{s};
    return {};
}

std::string empty_element_problem(std::string_view s) {
    if (s.empty()) return "an empty value";
    if (s.front() == ',' || s.back() == ',' || s.find(",,") != std::string_view::npos)
        return "an empty element in the comma-separated list '" + std::string{s} + "'";
    return {};
}

std::vector<std::string> split_list(const std::vector<std::string>& values) {
    std::vector<std::string> out;
    for (const auto& v : values) {
        std::size_t from = 0;
        while (true) {
            const std::size_t comma = v.find(',', from);
            out.push_back(v.substr(from, comma == std::string::npos ? std::string::npos : comma - from));
            if (comma == std::string::npos) break;
            from = comma + 1;
        }
    }
    return out;
}

}  // namespace semichain::cli
