// Errors raised by checked values. Each check calls a function named for the
// rule it enforces: at run time the function throws; in a constant expression
// the call is not allowed, so the compiler stops and prints that name.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace semichain::detail {

[[noreturn]] inline void fail_invalid_argument(std::string_view what) { throw std::invalid_argument(std::string(what)); }

[[noreturn]] inline void country_code_is_not_an_assigned_iso_3166_alpha_3_code(std::string_view code) {
    throw std::invalid_argument("semichain: '" + std::string(code) + "' is not an assigned ISO 3166-1 alpha-3 country code");
}

[[noreturn]] inline void share_must_be_a_fraction_between_0_and_1(double v) {
    throw std::domain_error("semichain: a share must be a fraction in [0, 1], got " + std::to_string(v));
}

[[noreturn]] inline void weight_must_be_a_fraction_between_0_and_1(double v) {
    throw std::domain_error("semichain: a weight must be a fraction in [0, 1], got " + std::to_string(v));
}

[[noreturn]] inline void length_must_be_positive_and_finite(double v) {
    throw std::domain_error("semichain: a length must be positive and finite, got " + std::to_string(v));
}

[[noreturn]] inline void date_is_not_a_valid_calendar_date(std::string_view what) {
    throw std::invalid_argument("semichain: not a valid calendar date: " + std::string(what));
}

}  // namespace semichain::detail
