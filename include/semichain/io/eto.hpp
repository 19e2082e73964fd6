// The ETO importer: the Emerging Technology Observatory's "Advanced
// Semiconductor Supply Chain" CSV files (georgetown-cset/eto-chip-explorer,
// data/) into a graph. No dependency beyond the standard library.
//
//     auto eto = semichain::load_eto("shared/datasets/eto");
//     const semichain::graph_view v = eto.model;
//
// Both layouts are read: the current one (inputs.csv with `year`,
// providers.csv with `alias`, provision.csv with `year` and `source`) and the
// 2022 one (no `year` or `alias` columns, shares written "61%", an extra
// `negligible_market_share` column, a byte-order mark). Columns are found by
// their header names; unknown columns are ignored; a missing required column
// is an error.
//
// Mapping (ETO → semichain):
//
//   inputs.csv `type`   category   notes
//   ultimate_output     chip
//   design_resource     ip         a chip design, the designer's product
//   tool_resource       tool       software when the name says "software" (EDA)
//   material_resource   material   ip when the name says "intellectual property" (core IP)
//   process             service    a stage of work (chip design, etch, testing)
//   stages.csv row      service    Design, Fabrication, ATP: provision.csv gives
//                                  countries' shares of whole stages
//
//   Items keep ETO's id (N22, S1) and name, and the text attributes
//   "eto_type" (the type above, "stage" for stages) and "stage" (stage name,
//   when given), the number "year" (of the market size, when given) and the
//   text "market_size" (when given).
//
//   providers.csv: an organization → a company with ETO's id (P88), its name
//   and its country; roles follow from what it provides (tool → equipment,
//   material → materials, software → eda, design resource → designer, core IP
//   → ip). A country → a country-level provider: role aggregate, located in
//   that country, named by its alias (or the ISO name). "Various countries"
//   and the organization "Various companies" (country "Various countries") →
//   residual aggregates with no country. "EUR" (Europe) is a region, not a
//   country: an aggregate with no country, with a warning. Rows repeating a
//   provider id (one per alias) are one provider; they must agree on name,
//   type and country. Countries are ISO alpha-3 codes or the English names
//   that occur in the data (eto_country_names); anything else is an error.
//
//   provision.csv → provides: share_provided in percent ("61", "61%", "0.7")
//   → a fraction (0.61); empty → unknown share; not a number, negative or
//   above 100 → an error. The row's year is not a date of the offering (it
//   is the year of the figure): it is kept in eto_result::provision.
//   Most inputs are given at both levels (ASML 100% of EUV scanners and the
//   Netherlands 100%): loading both would count every market twice, so by
//   default (eto_level::companies) each item takes the organization rows
//   when one of them has a share or the country rows have none, else the
//   country rows. eto_level::countries prefers the country rows the same
//   way; eto_level::both loads every row. Rows left out stay in
//   eto_result::provision with loaded = false.
//
//   sequence.csv: `input_id` goes into `goes_into_id` → requires (item-level:
//   goes_into requires input, capital when the input is a tool);
//   `input_id` is a type of `is_type_of_id` → variants (item, general).
//
//   Provenance: a source "eto" for the data set, one source per distinct
//   text of provision.csv's `source` column (eto_s1, eto_s2, … in order of
//   first appearance); every fact has status public.
//
// Every problem names the file, the line and the column and the rule; a data
// set with any problem loads nothing (semichain::load_error).
#pragma once

#include <semichain/graph/graph.hpp>
#include <semichain/io/csv.hpp>
#include <semichain/io/load_error.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace semichain {

/// Which provision rows an item takes when ETO gives it at both levels.
enum class eto_level : std::uint8_t {
    companies,  ///< the organizations' rows, unless none has a share and the countries' rows have one
    countries,  ///< the countries' rows, unless none has a share and the organizations' rows have one
    both,       ///< every row (shares of one item then add up to about 2: a warning)
};

/// The layout of the files.
enum class eto_layout : std::uint8_t {
    current,  ///< with `year` columns and provider aliases
    y2022,    ///< the 2022 layout: no `year`, percent signs, `negligible_market_share`
};

struct eto_options {
    eto_level level = eto_level::companies;
};

/// One row of provision.csv, loaded or not.
struct eto_provision {
    std::string provider{}, item{};  ///< ETO ids (P88, N20)
    std::optional<double> share{};   ///< a fraction; nothing when the row gives none
    std::optional<int> year{};       ///< the year of the figure, when given
    bool negligible = false;      ///< the 2022 layout's negligible_market_share
    std::size_t line = 0;         ///< in provision.csv
    bool loaded = false;          ///< false: left out by the level choice
};

struct eto_result {
    graph model;
    eto_layout layout = eto_layout::current;
    std::vector<eto_provision> provision{};  ///< every row of provision.csv, in file order
    std::vector<load_problem> warnings{};
};

/// The texts of the five files and the names messages give them.
struct eto_file {
    std::string name{};  ///< for messages (a path or a file name)
    std::string text{};
};
struct eto_files {
    eto_file inputs{}, providers{}, provision{}, sequence{};
    std::optional<eto_file> stages{};  ///< optional: without it, rows naming stages are errors
};

/// A country of ETO's data: ISO code, or nothing for a residual or a region.
struct eto_place {
    std::optional<country> code{};
    bool residual = false;  ///< "Various countries"
    bool region = false;    ///< "EUR" (Europe)
};

namespace detail::eto {
struct country_name {
    std::string_view name, code;
};
/// The English country names found in ETO's providers.csv (aliases of the
/// country-level providers), with their codes.
inline constexpr std::array<country_name, 21> country_names{{
    {"Austria", "AUT"},   {"Belarus", "BLR"},       {"Canada", "CAN"},       {"China", "CHN"},
    {"Czech Republic", "CZE"}, {"France", "FRA"},   {"Germany", "DEU"},      {"Hungary", "HUN"},
    {"Israel", "ISR"},    {"Italy", "ITA"},         {"Japan", "JPN"},        {"Luxembourg", "LUX"},
    {"Malaysia", "MYS"},  {"Netherlands", "NLD"},   {"Singapore", "SGP"},    {"South Korea", "KOR"},
    {"Sweden", "SWE"},    {"Switzerland", "CHE"},   {"Taiwan", "TWN"},       {"United Kingdom", "GBR"},
    {"United States", "USA"},
}};
}  // namespace detail::eto

/// ETO's country column or country provider name → a place: an assigned ISO
/// alpha-3 code, a name of detail::eto::country_names, "Various countries"
/// (residual) or "EUR"/"Europe" (a region); nothing when unknown.
inline std::optional<eto_place> eto_country(std::string_view s) {
    if (const auto c = country::parse(s)) return eto_place{c, false, false};
    for (const auto& n : detail::eto::country_names)
        if (n.name == s) return eto_place{country::parse(n.code), false, false};
    if (s == "Various countries") return eto_place{std::nullopt, true, false};
    if (s == "EUR" || s == "Europe") return eto_place{std::nullopt, false, true};
    return std::nullopt;
}

namespace detail::eto {

inline std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

enum class percent_status { ok, empty, not_a_number, out_of_range };

/// "61", "61%", "0.7", " 61 % " → 61; "" → empty.
inline std::pair<percent_status, double> parse_percent(std::string_view s) {
    s = trim(s);
    if (s.empty()) return {percent_status::empty, 0.0};
    if (s.back() == '%') s = trim(s.substr(0, s.size() - 1));
    if (s.empty() || s.front() == '+') return {percent_status::not_a_number, 0.0};
    double v = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, std::chars_format::fixed);
    if (ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(v)) return {percent_status::not_a_number, 0.0};
    if (v < 0.0 || v > 100.0) return {percent_status::out_of_range, v};
    return {percent_status::ok, v};
}

inline std::optional<int> parse_int(std::string_view s) {
    s = trim(s);
    int v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    return v;
}

inline bool contains_word(std::string_view text, std::string_view word) {
    if (word.size() > text.size()) return false;
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    for (std::size_t i = 0; i + word.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < word.size() && lower(text[i + k]) == word[k]) ++k;
        if (k == word.size()) return true;
    }
    return false;
}

/// A CSV table with its columns looked up by name.
struct table {
    csv_table csv;
    std::vector<std::optional<std::size_t>> cols;  ///< per requested column

    std::string_view get(const csv_record& r, std::size_t c) const {
        return cols[c] ? std::string_view{r.fields[*cols[c]]} : std::string_view{};
    }
    bool has(std::size_t c) const { return cols[c].has_value(); }
    std::size_t number(std::size_t c) const { return cols[c] ? *cols[c] + 1 : 0; }
};

struct item_info {
    std::string id{}, name{};
    category kind = category::other;
    std::string eto_type{};
    std::size_t line = 0;
    std::string file{};
};

struct provider_info {
    std::string id{}, name{}, type{}, country_text{};
    bool is_country = false;
    eto_place place{};
    std::size_t line = 0;
    role_set roles{};
};

class importer {
public:
    importer(const eto_files& files, eto_options options) : files_{files}, options_{options} {}

    eto_result run() {
        auto inputs = open(files_.inputs, {"input_id", "input_name", "type", "stage_name", "year",
                                           "market_share_chart_global_market_size_info"},
                           3);
        auto providers = open(files_.providers, {"provider_id", "provider_name", "provider_type", "country", "alias"}, 4);
        auto provision = open(files_.provision, {"provider_id", "provided_id", "share_provided", "year", "source",
                                                 "negligible_market_share"},
                              3);
        auto sequence = open(files_.sequence, {"input_id", "goes_into_id", "is_type_of_id"}, 3);
        std::optional<table> stages;
        if (files_.stages) stages = open(*files_.stages, {"stage_id", "stage_name"}, 2);
        if (!problems_.empty()) throw load_error(std::move(problems_));

        const eto_layout layout = provision.has(3) ? eto_layout::current : eto_layout::y2022;

        read_inputs(inputs);
        if (stages) read_stages(*stages);
        read_providers(providers);
        read_provision(provision);
        read_sequence(sequence);
        if (!problems_.empty()) throw load_error(std::move(problems_));

        choose_level();
        infer_roles();
        graph g = build();
        return eto_result{std::move(g), layout, std::move(provision_), std::move(warnings_)};
    }

private:
    // --- reading ---------------------------------------------------------------

    /// "providers.csv" for a file given as ".../providers.csv", for rule texts.
    static std::string file_name(std::string_view path) { return std::filesystem::path{path}.filename().string(); }

    /// Parses a file and finds its columns; the first `required` are required.
    table open(const eto_file& f, std::vector<std::string_view> names, std::size_t required) {
        table t{parse_csv(f.text, f.name), {}};
        for (std::size_t i = 0; i < names.size(); ++i) {
            t.cols.push_back(t.csv.column(names[i]));
            if (i < required && !t.cols.back())
                problems_.push_back(load_problem{.file = f.name, .line = 1, .column_name = std::string{names[i]},
                                                 .rule = "a required column is missing from the header"});
        }
        return t;
    }

    void fail(const table& t, const csv_record& r, std::size_t c, std::string rule, std::string_view offending) {
        problems_.push_back(load_problem{.file = t.csv.file, .line = r.line, .column = t.number(c),
                                         .column_name = t.csv.header[*t.cols[c]], .rule = std::move(rule),
                                         .offending = std::string{offending}});
    }

    /// A non-empty id in column c, or nothing (reported).
    std::optional<std::string> id_in(const table& t, const csv_record& r, std::size_t c) {
        const auto v = trim(t.get(r, c));
        if (v.empty()) {
            fail(t, r, c, "ids must not be empty", "");
            return std::nullopt;
        }
        return std::string{v};
    }

    void add_item(item_info x, const table& t, const csv_record& r, std::size_t id_col) {
        if (const auto it = item_index_.find(x.id); it != item_index_.end()) {
            fail(t, r, id_col, "ids must be unique (first given on line " + std::to_string(items_[it->second].line) + " of " +
                                   file_name(items_[it->second].file) + ")",
                 x.id);
            return;
        }
        item_index_.emplace(x.id, items_.size());
        items_.push_back(std::move(x));
    }

    void read_inputs(const table& t) {
        for (const auto& r : t.csv.records) {
            const auto id = id_in(t, r, 0);
            if (!id) continue;
            item_info x{.id = *id, .name = std::string{t.get(r, 1)}, .line = r.line, .file = t.csv.file};
            const auto type = trim(t.get(r, 2));
            x.eto_type = std::string{type};
            if (type == "ultimate_output") x.kind = category::chip;
            else if (type == "design_resource") x.kind = category::ip;
            else if (type == "tool_resource") x.kind = contains_word(x.name, "software") ? category::software : category::tool;
            else if (type == "material_resource")
                x.kind = contains_word(x.name, "intellectual property") ? category::ip : category::material;
            else if (type == "process") x.kind = category::service;
            else {
                fail(t, r, 2, "type must be ultimate_output, design_resource, tool_resource, material_resource or process", type);
                continue;
            }
            item_input in{.id = x.id, .name = x.name, .kind = x.kind};
            in.attributes.push_back({.key = "eto_type", .text = x.eto_type});
            if (const auto stage = trim(t.get(r, 3)); !stage.empty()) in.attributes.push_back({.key = "stage", .text = std::string{stage}});
            if (const auto year = trim(t.get(r, 4)); !year.empty()) {
                // The bound of the JSON format's "year" attribute (io/json_load.hpp), so that the model written loads.
                if (const auto y = parse_int(year); y && *y >= 1900 && *y <= 2100)
                    in.attributes.push_back({.key = "year", .is_number = true, .number = static_cast<double>(*y)});
                else fail(t, r, 4, "a year must be a whole number from 1900 to 2100, such as 2022", year);
            }
            if (const auto size = trim(t.get(r, 5)); !size.empty())
                in.attributes.push_back({.key = "market_size", .text = std::string{size}});
            in.source = "eto";
            in.certainty = status::public_;
            item_inputs_.push_back(std::move(in));
            add_item(std::move(x), t, r, 0);
        }
    }

    void read_stages(const table& t) {
        for (const auto& r : t.csv.records) {
            const auto id = id_in(t, r, 0);
            if (!id) continue;
            item_info x{.id = *id, .name = std::string{t.get(r, 1)}, .kind = category::service, .eto_type = "stage",
                        .line = r.line, .file = t.csv.file};
            item_input in{.id = x.id, .name = x.name, .kind = category::service};
            in.attributes.push_back({.key = "eto_type", .text = "stage"});
            in.source = "eto";
            in.certainty = status::public_;
            item_inputs_.push_back(std::move(in));
            add_item(std::move(x), t, r, 0);
        }
    }

    void read_providers(const table& t) {
        for (const auto& r : t.csv.records) {
            const auto id = id_in(t, r, 0);
            if (!id) continue;
            provider_info p{.id = *id, .name = std::string{trim(t.get(r, 1))}, .type = std::string{trim(t.get(r, 2))},
                            .country_text = std::string{trim(t.get(r, 3))}, .line = r.line};
            const auto alias = trim(t.get(r, 4));
            if (p.type == "country") {
                p.is_country = true;
                // The code is the provider's name ("USA"); the country column and
                // the alias are tried next.
                std::optional<eto_place> place = eto_country(p.name);
                if (!place && !p.country_text.empty()) place = eto_country(p.country_text);
                if (!place && !alias.empty()) place = eto_country(alias);
                if (!place) {
                    fail(t, r, 1,
                         "a country provider must be named by an ISO 3166-1 alpha-3 code or a known country name "
                         "(or Various countries, EUR)",
                         p.name);
                    continue;
                }
                p.place = *place;
            } else if (p.type == "organization") {
                if (p.country_text.empty()) {
                    fail(t, r, 3, "an organization needs a country", "");
                    continue;
                }
                const auto place = eto_country(p.country_text);
                if (!place) {
                    fail(t, r, 3, "a country must be an ISO 3166-1 alpha-3 code or a known country name (or Various countries)",
                         p.country_text);
                    continue;
                }
                if (place->region) {
                    fail(t, r, 3, "an organization needs a country, not a region", p.country_text);
                    continue;
                }
                p.place = *place;
            } else {
                fail(t, r, 2, "provider_type must be country or organization", p.type);
                continue;
            }
            if (const auto it = provider_index_.find(p.id); it != provider_index_.end()) {
                const auto& q = providers_[it->second];
                if (q.name != p.name || q.type != p.type || q.country_text != p.country_text)
                    fail(t, r, 0,
                         "rows of one provider id must agree on name, type and country (first given on line " +
                             std::to_string(q.line) + ")",
                         p.id);
                continue;  // one more alias of a provider already read
            }
            if (p.is_country && p.place.region)
                warnings_.push_back(load_problem{
                    .file = t.csv.file, .line = r.line, .column = t.number(1), .column_name = t.csv.header[*t.cols[1]],
                    .rule = "a region, not a country: imported as an aggregate provider with no country (left out of "
                            "country figures)",
                    .offending = p.name});
            if (p.is_country) {
                if (!alias.empty()) p.name = std::string{alias};
                else if (p.place.code) p.name = std::string{p.place.code->name()};
            }
            provider_index_.emplace(p.id, providers_.size());
            providers_.push_back(std::move(p));
        }
    }

    void read_provision(const table& t) {
        provision_columns_[0] = {t.number(0), t.csv.header[*t.cols[0]]};
        provision_columns_[1] = {t.number(1), t.csv.header[*t.cols[1]]};
        for (const auto& r : t.csv.records) {
            const auto provider = id_in(t, r, 0);
            const auto item = id_in(t, r, 1);
            if (provider && !provider_index_.contains(*provider))
                fail(t, r, 0, "references must name a provider of " + file_name(files_.providers.name), *provider);
            if (item && !item_index_.contains(*item))
                fail(t, r, 1,
                     "references must name an input of " + file_name(files_.inputs.name) +
                         (files_.stages ? " or a stage of " + file_name(files_.stages->name) : std::string{}),
                     *item);
            eto_provision row{.provider = provider.value_or(""), .item = item.value_or(""), .line = r.line};
            const auto share_text = t.get(r, 2);
            const auto [st, pct] = parse_percent(share_text);
            if (st == percent_status::not_a_number)
                fail(t, r, 2, "a share must be a number of percent, such as 61 or 61%", share_text);
            else if (st == percent_status::out_of_range)
                fail(t, r, 2, "a share must be from 0 to 100 percent", share_text);
            else if (st == percent_status::ok)
                row.share = pct / 100.0;
            if (const auto year = trim(t.get(r, 3)); !year.empty()) {
                row.year = parse_int(year);
                if (!row.year || *row.year < 1900 || *row.year > 2100)
                    fail(t, r, 3, "a year must be a whole number from 1900 to 2100, such as 2022", year);
            }
            if (const auto neg = trim(t.get(r, 5)); !neg.empty()) {
                if (neg == "true" || neg == "TRUE" || neg == "True" || neg == "yes" || neg == "1" || neg == "x" || neg == "X")
                    row.negligible = true;
                else if (!(neg == "false" || neg == "FALSE" || neg == "False" || neg == "no" || neg == "0"))
                    fail(t, r, 5, "negligible_market_share must be true or false (or empty)", neg);
            }
            const auto source = trim(t.get(r, 4));
            std::string source_id = "eto";
            if (!source.empty()) {
                auto [it, fresh] = source_ids_.try_emplace(std::string{source}, "");
                if (fresh) {
                    it->second = "eto_s" + std::to_string(source_ids_.size());
                    source_texts_.emplace_back(it->second, it->first);
                }
                source_id = it->second;
            }
            row_sources_.push_back(std::move(source_id));
            provision_.push_back(std::move(row));
        }
    }

    void read_sequence(const table& t) {
        for (const auto& r : t.csv.records) {
            const auto input = id_in(t, r, 0);
            const auto goes_into = trim(t.get(r, 1));
            const auto type_of = trim(t.get(r, 2));
            const auto known = [&](std::size_t c, std::string_view id) {
                if (item_index_.contains(std::string{id})) return true;
                fail(t, r, c, "references must name an input of " + file_name(files_.inputs.name), id);
                return false;
            };
            if (goes_into.empty() && type_of.empty()) {
                fail(t, r, 1, "a sequence row needs goes_into_id or is_type_of_id", "");
                continue;
            }
            if (!input || !known(0, *input)) continue;
            if (!goes_into.empty() && known(1, goes_into)) {
                const bool capital = items_[item_index_.at(*input)].kind == category::tool;
                requires_.push_back(requires_input{.item = std::string{goes_into}, .input = *input, .capital = capital,
                                                   .source = "eto", .certainty = status::public_});
                requires_lines_.push_back(r.line);
            }
            if (!type_of.empty() && known(2, type_of))
                variants_.push_back(variant_input{.item = *input, .general = std::string{type_of}, .source = "eto",
                                                  .certainty = status::public_});
        }
        for (std::size_t c = 0; c < 2; ++c) sequence_columns_[c] = {t.number(c), t.csv.header[*t.cols[c]]};
    }

    /// A problem the graph builder found (an item that requires itself), at
    /// the sequence.csv row it came from; any other (none is known to be
    /// reachable from rows that passed the checks above) as the builder words it.
    load_problem located(const problem& e) const {
        load_problem p{.rule = std::string{describe(e.kind)}, .offending = e.offending};
        const auto at = [&](const eto_file& f, std::size_t line, const std::pair<std::size_t, std::string>& column) {
            p.file = f.name;
            p.line = line;
            p.column = column.first;
            p.column_name = column.second;
        };
        const auto other_line = [&](const std::vector<std::size_t>& lines) {
            if (e.has_other() && e.other < lines.size()) p.other = "line " + std::to_string(lines[e.other]);
        };
        if (e.part == input_part::requires_ && e.index < requires_lines_.size()) {
            at(files_.sequence, requires_lines_[e.index], sequence_columns_[e.field == "item" ? 1 : 0]);
            other_line(requires_lines_);  // two rows of one input going into one item
        } else if (e.part == input_part::provides && e.index < provides_lines_.size()) {
            at(files_.provision, provides_lines_[e.index], provision_columns_[e.field == "item" ? 1 : 0]);
            other_line(provides_lines_);  // two rows of one provider and input
        }
        else {
            p.file = files_.provision.name;
            p.rule = build_error::describe_one(e);
            p.offending.clear();
        }
        return p;
    }

    // --- choosing and building -------------------------------------------------

    void choose_level() {
        struct level_rows {
            bool company_rows = false, country_rows = false, company_share = false, country_share = false;
        };
        std::map<std::string, level_rows> by_item;
        const auto is_country = [&](const eto_provision& p) { return providers_[provider_index_.at(p.provider)].is_country; };
        for (const auto& p : provision_) {
            auto& l = by_item[p.item];
            if (is_country(p)) { l.country_rows = true; l.country_share |= p.share.has_value(); }
            else { l.company_rows = true; l.company_share |= p.share.has_value(); }
        }
        for (auto& p : provision_) {
            const auto& l = by_item[p.item];
            // The preferred level, unless it has no share and the other one has.
            const bool use_companies = l.company_rows && (l.company_share || !l.country_share);
            const bool use_countries = l.country_rows && (l.country_share || !l.company_share);
            switch (options_.level) {
                case eto_level::both: p.loaded = true; break;
                case eto_level::companies: p.loaded = is_country(p) ? !use_companies : use_companies; break;
                case eto_level::countries: p.loaded = is_country(p) ? use_countries : !use_countries; break;
            }
        }
    }

    void infer_roles() {
        for (const auto& p : provision_) {
            auto& pr = providers_[provider_index_.at(p.provider)];
            if (pr.is_country || pr.place.residual) continue;
            const auto& x = items_[item_index_.at(p.item)];
            switch (x.kind) {
                case category::tool: pr.roles.insert(role::equipment); break;
                case category::material: pr.roles.insert(role::materials); break;
                case category::software: pr.roles.insert(role::eda); break;
                case category::ip: pr.roles.insert(x.eto_type == "design_resource" ? role::designer : role::ip); break;
                default: break;
            }
        }
    }

    graph build() {
        graph_builder b;
        b.add(source_input{.id = "eto", .title = "ETO Advanced Semiconductor Supply Chain Dataset",
                           .publisher = "Emerging Technology Observatory (CSET, Georgetown University)",
                           .url = "https://github.com/georgetown-cset/eto-chip-explorer"});
        for (const auto& [id, text] : source_texts_) b.add(source_input{.id = id, .title = text});
        for (auto& x : item_inputs_) b.add(std::move(x));
        for (const auto& p : providers_) {
            company_input c{.id = p.id, .name = p.name, .location = p.place.code, .roles = p.roles, .source = "eto",
                            .certainty = status::public_};
            if (p.is_country || p.place.residual) c.roles = role_set{role::aggregate};
            b.add(std::move(c));
        }
        std::map<std::string, double> totals;  // loaded shares per item, in percent
        for (std::size_t i = 0; i < provision_.size(); ++i) {
            const auto& p = provision_[i];
            if (!p.loaded) continue;
            b.add(provides_input{.provider = p.provider, .item = p.item, .share = p.share, .source = row_sources_[i],
                                 .certainty = status::public_});
            provides_lines_.push_back(p.line);
            if (p.share) totals[p.item] += *p.share * 100.0;
        }
        for (auto& r : requires_) b.add(std::move(r));
        for (auto& v : variants_) b.add(std::move(v));

        std::vector<problem> errors;
        auto g = b.try_build(errors);
        if (!g) {
            std::vector<load_problem> ps;
            for (const auto& e : errors) ps.push_back(located(e));
            throw load_error(std::move(ps));
        }
        for (const auto& w : g->warnings()) {
            std::string what = w.offending;
            if (const auto t = totals.find(w.offending); t != totals.end()) {
                const double rounded = std::round(t->second * 10.0) / 10.0;
                std::string pct = std::to_string(rounded);
                pct.erase(pct.find_last_not_of('0') + 1);
                if (!pct.empty() && pct.back() == '.') pct.pop_back();
                what += ": " + pct + "%";
            }
            warnings_.push_back(load_problem{.file = files_.provision.name, .column_name = "share_provided",
                                             .rule = std::string{describe(w.kind)}, .offending = std::move(what)});
        }
        return std::move(*g);
    }

    const eto_files& files_;
    eto_options options_;
    std::vector<load_problem> problems_, warnings_;
    std::vector<eto_provision> provision_;
    std::vector<item_info> items_;
    std::map<std::string, std::size_t, std::less<>> item_index_;
    std::vector<item_input> item_inputs_;
    std::vector<provider_info> providers_;
    std::map<std::string, std::size_t, std::less<>> provider_index_;
    std::map<std::string, std::string> source_ids_;
    std::vector<std::pair<std::string, std::string>> source_texts_;
    std::vector<std::string> row_sources_;
    std::vector<requires_input> requires_;
    std::vector<variant_input> variants_;
    std::vector<std::size_t> requires_lines_;                                ///< the sequence.csv line of each requirement
    std::vector<std::size_t> provides_lines_;                                ///< the provision.csv line of each offering
    std::array<std::pair<std::size_t, std::string>, 2> provision_columns_{};  ///< number and name of provider_id, input_id
    std::array<std::pair<std::size_t, std::string>, 2> sequence_columns_{};  ///< number and name of input_id, goes_into_id
};

}  // namespace detail::eto

/// Imports ETO's files from their texts.
inline eto_result load_eto(const eto_files& files, eto_options options = {}) {
    return detail::eto::importer{files, options}.run();
}

/// Imports ETO's files from a directory: inputs.csv, providers.csv,
/// provision.csv, sequence.csv and (when present) stages.csv. Messages name
/// the files by their paths.
inline eto_result load_eto(const std::filesystem::path& directory, eto_options options = {}) {
    const auto read = [&](const char* name) {
        const auto path = directory / name;
        return eto_file{path.string(), detail::read_file_bytes(path)};
    };
    eto_files files{read("inputs.csv"), read("providers.csv"), read("provision.csv"), read("sequence.csv"), std::nullopt};
    std::error_code ec;
    if (std::filesystem::exists(directory / "stages.csv", ec)) files.stages = read("stages.csv");
    return load_eto(files, options);
}

}  // namespace semichain
