// Dates: std::chrono::year_month_day in the API, day numbers inside graphs,
// and the YYYY-MM-DD text form of the data files.
#pragma once

#include <semichain/core/error.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace semichain {

/// A calendar date.
using date = std::chrono::year_month_day;

/// Days since 1970-01-01, the form dates take inside a graph.
using day_number = std::int32_t;

/// "No start date": before every real date.
inline constexpr day_number since_always = std::numeric_limits<day_number>::min();
/// "No end date": after every real date.
inline constexpr day_number until_forever = std::numeric_limits<day_number>::max();

/// The day number of a valid date.
constexpr day_number to_day_number(date d) {
    if (!d.ok()) detail::date_is_not_a_valid_calendar_date("year_month_day::ok() is false");
    return static_cast<day_number>(std::chrono::sys_days{d}.time_since_epoch().count());
}

/// The date of a day number.
constexpr date to_date(day_number n) noexcept { return date{std::chrono::sys_days{std::chrono::days{n}}}; }

/// Parses "YYYY-MM-DD" (exactly that form, a real calendar date); nothing otherwise.
constexpr std::optional<date> parse_date(std::string_view s) noexcept {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lens[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lens[p]; ++i) {
            const char c = s[static_cast<std::size_t>(starts[p] + i)];
            if (c < '0' || c > '9') return std::nullopt;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    const date d{std::chrono::year{parts[0]}, std::chrono::month{static_cast<unsigned>(parts[1])},
                 std::chrono::day{static_cast<unsigned>(parts[2])}};
    if (!d.ok()) return std::nullopt;
    return d;
}

/// "2019-05-16"
inline std::string format_date(date d) {
    const int y = static_cast<int>(d.year());
    const unsigned m = static_cast<unsigned>(d.month());
    const unsigned dd = static_cast<unsigned>(d.day());
    std::string out(10, '0');
    int yy = y;
    for (int i = 3; i >= 0; --i) { out[static_cast<std::size_t>(i)] = static_cast<char>('0' + yy % 10); yy /= 10; }
    out[4] = '-';
    out[5] = static_cast<char>('0' + m / 10);
    out[6] = static_cast<char>('0' + m % 10);
    out[7] = '-';
    out[8] = static_cast<char>('0' + dd / 10);
    out[9] = static_cast<char>('0' + dd % 10);
    return out;
}

/// "2019-05-16" for a day number; "" for since_always / until_forever.
inline std::string format_day(day_number n) {
    if (n == since_always || n == until_forever) return {};
    return format_date(to_date(n));
}

}  // namespace semichain
