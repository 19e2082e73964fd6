// A graph without the rows of some statuses: what the conclusions are once
// uncertain facts (or assumptions too) are left out. Opt-in: needs
// nlohmann_json (3.x), like the semichain/1 reader and writer it goes through.
//
//     const semichain::status_set drop = semichain::parse_status_list("uncertain,assumption");
//     const semichain::status_filter_result f = semichain::without_statuses(g, drop);
//     // f.model: the same entities, without those offerings and relations
//
// Rows are relations: offerings (provides), requirements, ownership,
// investments, variants, control rules, installed inputs, observations,
// licences and assists — all of them, or only the offerings
// (excluded_rows::offerings: "what if these providers did not offer it?").
// Entities (sources, companies, items) stay, so every id of the graph names
// the same thing in the result. A row that belongs to a dropped row goes
// with it: an offering-level requirement whose provider no longer offers the
// item, an installed input or observation of a line no longer offered, a
// licence under a dropped rule.
//
// Leaving out a row is not always the cautious reading: without an uncertain
// offering an item may lose its only provider, but without an uncertain
// requirement, rule or installed input it may need less, escape a rule, or
// be reached by one no longer.
#pragma once

#include <semichain/core/detail/enum_names.hpp>
#include <semichain/core/error.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/graph/graph.hpp>
#include <semichain/graph/input.hpp>
#include <semichain/io/json_load.hpp>
#include <semichain/io/json_write.hpp>
#include <semichain/io/load_error.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace semichain {

/// A set of statuses (seed, public, uncertain, assumption; unspecified too).
class status_set {
public:
    constexpr status_set() noexcept = default;
    constexpr status_set(std::initializer_list<status> ss) noexcept {
        for (const status s : ss) insert(s);
    }
    constexpr void insert(status s) noexcept { bits_ = static_cast<std::uint8_t>(bits_ | bit(s)); }
    [[nodiscard]] constexpr bool contains(status s) const noexcept { return (bits_ & bit(s)) != 0; }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    /// The members in the order of `status` (seed, public, uncertain, assumption).
    [[nodiscard]] std::vector<status> members() const {
        std::vector<status> out;
        for (unsigned k = 0; k <= static_cast<unsigned>(status::assumption); ++k)
            if (contains(static_cast<status>(k))) out.push_back(static_cast<status>(k));
        return out;
    }
    /// "uncertain, assumption" ("unspecified" for rows without a status).
    [[nodiscard]] std::string names() const {
        std::string out;
        for (const status s : members()) {
            out += out.empty() ? "" : ", ";
            out += s == status::unspecified ? std::string{"unspecified"} : std::string{to_string(s)};
        }
        return out;
    }
    friend constexpr bool operator==(status_set, status_set) noexcept = default;

private:
    static constexpr std::uint8_t bit(status s) noexcept { return static_cast<std::uint8_t>(1U << static_cast<unsigned>(s)); }
    std::uint8_t bits_ = 0;
};

/// The statuses of a comma-separated list ("uncertain,assumption"; blanks
/// around names are ignored). Throws value_error naming the list and the
/// entry when the list is empty, an entry is empty or names no status.
inline status_set parse_status_list(std::string_view list) {
    const std::string known = "seed, public, uncertain or assumption";
    const auto fail = [&](const std::string& why) {
        throw value_error("semichain: the status list '" + std::string{list} + "' " + why);
    };
    const auto trim = [](std::string_view s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
        return s;
    };
    if (trim(list).empty()) fail("is empty: name statuses separated by commas (" + known + ")");
    status_set out;
    std::size_t entry = 1;
    for (std::string_view rest = list;; ++entry) {
        const std::size_t comma = rest.find(',');
        const std::string_view name = trim(rest.substr(0, comma));
        if (name.empty()) fail("has an empty entry (entry " + std::to_string(entry) + ")");
        const auto s = parse_status(name);
        if (!s) fail("names '" + std::string{name} + "' (entry " + std::to_string(entry) + "), which is no status: a status is " + known);
        out.insert(*s);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
    return out;
}

/// Which rows of the excluded statuses a filter leaves out.
enum class excluded_rows : std::uint8_t {
    all,        ///< every relation: offerings, requirements, rules, installed inputs, …
    offerings,  ///< offerings only (and the rows that belong to them)
};
namespace detail {
inline constexpr enum_names<excluded_rows, 2> excluded_rows_names{{"all", "offerings"}};
}
/// "all" or "offerings".
constexpr std::string_view to_string(excluded_rows r) noexcept { return detail::excluded_rows_names.name(r); }
/// "all" or "offerings"; nothing otherwise.
constexpr std::optional<excluded_rows> parse_excluded_rows(std::string_view s) noexcept {
    return detail::excluded_rows_names.parse(s);
}

/// A graph without the rows of some statuses, and what was left out.
struct status_filter_result {
    graph model;
    status_set excluded;
    excluded_rows rows = excluded_rows::all;
    /// Rows left out, by part of the input (index: input_part): those of an
    /// excluded status and those that belonged to them.
    std::array<std::size_t, 13> dropped{};
    /// Of those, the rows left out only because the row they belong to was.
    std::size_t dropped_with_their_row = 0;

    [[nodiscard]] std::size_t dropped_in(input_part p) const noexcept { return dropped[static_cast<std::size_t>(p)]; }
    [[nodiscard]] std::size_t dropped_total() const noexcept {
        std::size_t n = 0;
        for (const std::size_t k : dropped) n += k;
        return n;
    }
};

namespace detail::status_filter {

using ojson = nlohmann::ordered_json;

inline std::string text_of(const ojson& row, const char* key) {
    const auto it = row.find(key);
    return it == row.end() ? std::string{} : it->get<std::string>();
}

inline status status_of_row(const ojson& row) {
    const std::string s = text_of(row, "status");
    return s.empty() ? status::unspecified : parse_status(s).value_or(status::unspecified);
}

/// Keeps the rows of doc[key] for which keep(row) holds; counts the others.
template <class Keep>
void filter_rows(ojson& doc, const char* key, std::size_t& dropped, Keep&& keep) {
    const auto it = doc.find(key);
    if (it == doc.end()) return;
    ojson kept = ojson::array();
    for (auto& row : *it) {
        if (keep(row)) kept.push_back(std::move(row));
        else ++dropped;
    }
    *it = std::move(kept);
}

}  // namespace detail::status_filter

/// The graph without the rows (all, or the offerings) whose status is in
/// `excluded`, and without the rows that belong to them. Entities stay.
/// Throws load_error should the remaining rows not make a graph (they
/// always do for a graph that built).
inline status_filter_result without_statuses(const graph_view& g, status_set excluded,
                                             excluded_rows rows = excluded_rows::all) {
    using namespace detail::status_filter;
    ojson doc = detail::json_write::write(g);
    std::array<std::size_t, 13> dropped{};
    std::size_t with_their_row = 0;
    const auto count = [&](input_part p) -> std::size_t& { return dropped[static_cast<std::size_t>(p)]; };
    const bool every_row = rows == excluded_rows::all;
    const auto offering_kept = [&](const ojson& row) { return !excluded.contains(status_of_row(row)); };
    const auto own_status_kept = [&](const ojson& row) { return !every_row || offering_kept(row); };

    filter_rows(doc, "provides", count(input_part::provides), offering_kept);
    filter_rows(doc, "controls", count(input_part::rules), own_status_kept);
    for (const auto& [key, part] : {std::pair{"owns", input_part::owns}, std::pair{"invests", input_part::invests},
                                    std::pair{"variants", input_part::variants}, std::pair{"assists", input_part::assists}})
        filter_rows(doc, key, count(part), own_status_kept);

    // What is still offered and ruled, for the rows that belong to offerings and rules.
    std::set<std::pair<std::string, std::string>> offered;                // (provider, item)
    std::set<std::tuple<std::string, std::string, std::string>> lines;    // (provider, item, line)
    std::set<std::string> rules;
    if (const auto it = doc.find("provides"); it != doc.end())
        for (const auto& row : *it) {
            offered.emplace(text_of(row, "provider"), text_of(row, "item"));
            lines.emplace(text_of(row, "provider"), text_of(row, "item"), text_of(row, "line"));
        }
    if (const auto it = doc.find("controls"); it != doc.end())
        for (const auto& row : *it) rules.insert(text_of(row, "id"));

    const auto belonging = [&](bool belongs) {
        if (!belongs) ++with_their_row;
        return belongs;
    };
    filter_rows(doc, "requires", count(input_part::requires_), [&](const ojson& row) {
        if (!own_status_kept(row)) return false;
        const std::string provider = text_of(row, "provider");
        return provider.empty() || belonging(offered.count({provider, text_of(row, "item")}) != 0);
    });
    for (const auto& [key, part] : {std::pair{"installed", input_part::installed}, std::pair{"observations", input_part::observations}})
        filter_rows(doc, key, count(part), [&](const ojson& row) {
            return own_status_kept(row) &&
                   belonging(lines.count({text_of(row, "provider"), text_of(row, "item"), text_of(row, "line")}) != 0);
        });
    filter_rows(doc, "licences", count(input_part::licences),
                [&](const ojson& row) { return own_status_kept(row) && belonging(rules.count(text_of(row, "rule")) != 0); });

    const std::string name = "the graph without its " + excluded.names() + (every_row ? " rows" : " offerings");
    detail::json_load::reader rd{name};
    rd.read(doc);
    if (!rd.problems.empty()) throw load_error(std::move(rd.problems));
    std::vector<problem> errors;
    auto built = rd.builder.try_build(errors);
    if (!built) {
        std::vector<load_problem> ps;
        for (const auto& p : errors) ps.push_back(rd.to_load_problem(doc, p));
        throw load_error(std::move(ps));
    }
    return status_filter_result{std::move(*built), excluded, rows, dropped, with_their_row};
}

}  // namespace semichain
