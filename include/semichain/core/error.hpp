// The library's one error family. Every error a public function throws is a
// semichain::error (a std::runtime_error), naming the place and the rule:
//
//     error                     any semichain error
//     ├── value_error           a value breaks its type's rule (a share outside [0, 1],
//     │                         an unknown country code, a date that is not a calendar date)
//     ├── build_error           a graph's input breaks rules (graph/graph.hpp)
//     ├── load_error            a file breaks rules; nothing was loaded (io/load_error.hpp)
//     ├── query_error           a question cannot be asked of this graph: an index
//     │   │                     that is not the graph's, options out of range, a
//     │   │                     search over its limit
//     │   └── not_found         an id names no record; offers the nearest ids
//     └── write_error           a file or stream could not be written
//
// Checks call a function named for the rule they enforce: at run time it
// throws; in a constant expression the call is not allowed, so the compiler
// stops and prints that name.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace semichain {

/// Any error raised by semichain.
class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A value breaks the rule of its type.
class value_error : public error {
public:
    using error::error;
};

/// A question that cannot be asked of this graph (an index from another
/// graph, an option out of range, a search over its limit).
class query_error : public error {
public:
    using error::error;
};

/// An id that names no record of its kind; nearest() lists the closest ids
/// the graph has (by edit distance), best first.
class not_found : public query_error {
public:
    not_found(std::string kind, std::string id, std::vector<std::string> nearest)
        : query_error(describe(kind, id, nearest)), kind_{std::move(kind)}, id_{std::move(id)}, nearest_{std::move(nearest)} {}
    [[nodiscard]] const std::string& kind() const noexcept { return kind_; }
    [[nodiscard]] const std::string& id() const noexcept { return id_; }
    [[nodiscard]] const std::vector<std::string>& nearest() const noexcept { return nearest_; }

private:
    static std::string describe(const std::string& kind, const std::string& id, const std::vector<std::string>& nearest) {
        std::string s = "semichain: no " + kind + " has the id '" + id + "'";
        if (!nearest.empty()) {
            s += " (did you mean ";
            for (std::size_t i = 0; i < nearest.size(); ++i) {
                if (i != 0) s += i + 1 == nearest.size() ? " or " : ", ";
                s += '\'' + nearest[i] + '\'';
            }
            s += "?)";
        }
        return s;
    }
    std::string kind_, id_;
    std::vector<std::string> nearest_;
};

/// A file or stream could not be written, or a model cannot be stated in the format written.
class write_error : public error {
public:
    using error::error;
};

namespace detail {

[[noreturn]] inline void fail_value(std::string_view what) { throw value_error(std::string(what)); }
[[noreturn]] inline void fail_query(std::string_view what) { throw query_error(std::string(what)); }

[[noreturn]] inline void country_code_is_not_an_assigned_iso_3166_alpha_3_code(std::string_view code) {
    throw value_error("semichain: '" + std::string(code) + "' is not an assigned ISO 3166-1 alpha-3 country code");
}

[[noreturn]] inline void share_must_be_a_fraction_between_0_and_1(double v) {
    throw value_error("semichain: a share must be a fraction in [0, 1], got " + std::to_string(v));
}

[[noreturn]] inline void weight_must_be_a_fraction_between_0_and_1(double v) {
    throw value_error("semichain: a weight must be a fraction in [0, 1], got " + std::to_string(v));
}

[[noreturn]] inline void length_must_be_positive_and_finite(double v) {
    throw value_error("semichain: a length must be positive and finite, got " + std::to_string(v));
}

[[noreturn]] inline void date_is_not_a_valid_calendar_date(std::string_view what) {
    throw value_error("semichain: not a valid calendar date: " + std::string(what));
}

/// An index passed to a public function is not one of the graph's.
[[noreturn]] inline void index_is_not_a_record_of_this_graph(std::string_view what) {
    throw query_error("semichain: " + std::string(what) + " is not a record of the graph");
}

}  // namespace detail
}  // namespace semichain
