// Fixed, locale-independent text for the numbers and dates of a report: the
// same value gives the same bytes on every machine (std::to_chars, never
// printf or iostreams, whose output follows the locale).
//
//     format_decimal(0.123456, 4) == "0.1235"     format_decimal(0.7, 4) == "0.7"
//     format_decimal(5200.000000001, 2) == "5200"  format_percent(0.62) == "62%"
#pragma once

#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <system_error>

namespace semichain::report {

/// Decimals kept for a share or another fraction (0.1235).
inline constexpr int share_decimals = 4;
/// Decimals kept for a Herfindahl–Hirschman index on 0–10 000 (5200, 3361.5).
inline constexpr int hhi_decimals = 2;

/// `v` rounded to at most `max_decimals` decimals, in fixed notation, with
/// trailing zeros (and a trailing point) removed; "-0" becomes "0". Not a
/// number and infinities are written "nan", "inf", "-inf".
inline std::string format_decimal(double v, int max_decimals) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    std::array<char, 400> buf{};
    const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, max_decimals);
    if (res.ec != std::errc{}) return "nan";  // cannot happen: 400 bytes hold any double in fixed notation
    std::string s(buf.data(), res.ptr);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

/// A fraction (a share, a coverage): at most four decimals, "0.7", "0.1235".
inline std::string format_share(double v) { return format_decimal(v, share_decimals); }

/// A fraction in percent: "62%", "33.33%".
inline std::string format_percent(double v) { return format_decimal(v * 100.0, 2) + '%'; }

/// A Herfindahl–Hirschman index (0–10 000): at most two decimals.
inline std::string format_hhi(double v) { return format_decimal(v, hhi_decimals); }

/// The value that `format_decimal(v, max_decimals)` writes, read back: what a
/// JSON writer stores so that programs see the same rounded number.
inline double rounded(double v, int max_decimals) {
    if (!std::isfinite(v)) return v;
    const std::string s = format_decimal(v, max_decimals);
    double out = 0.0;
    std::from_chars(s.data(), s.data() + s.size(), out);
    return out;
}

}  // namespace semichain::report
