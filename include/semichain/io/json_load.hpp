// The semichain/1 loader: a JSON document (see FORMAT.md) into a graph.
// Opt-in: this header needs nlohmann_json (3.x); the core headers do not.
//
//     semichain::graph g = semichain::load_model_file("model.json");
//
// Every rule of the format is checked. A document that breaks any of them
// loads nothing: load_model throws semichain::load_error, whose problems()
// name the file, the JSON pointer ("/requires/3/input") and the rule in
// words, every problem at once. Malformed JSON (truncated, invalid UTF-8,
// a duplicate key) is reported with its line and column. Warnings (the
// shares of one item above 1.02 in total) do not stop the load: they are in
// graph::warnings() and, with JSON pointers, in load_model_with_warnings().
//
// Keys, per kind (* = required); anything else is an error:
//   top level  format*, sources, companies, items, provides, requires, owns,
//              invests, variants, controls, installed, observations,
//              licences, assists
//   sources    id*, title, publisher, date, url
//   companies  id*, name*, country (* unless a residual aggregate), roles,
//              parent, source, status
//   items      id*, name*, category*, attributes, source, status
//              numeric attributes within plausible bounds (else an error):
//              *_nm in [0.1, 1e5] (nanometres), transistors in [1, 1e14],
//              layers and *_layers in [1, 1e4], year and *_year in [1900, 2100]
//   provides   provider*, item*, line, share, since, until, source, status
//   requires   item*, input*, provider, weight, capital, source, status
//   owns       parent*, company*, source, status
//   invests    investor*, company*, date, stake, source, status
//   variants   item*, general*, source, status   (ETO's is_type_of: item is a
//              type of the more general item)
//   controls   id*, name, authority*, kind*, effective*, announced,
//              savings_until, policy (a policy, or a list of {match, policy}),
//              source, status and
//              entity_listing: targets*, scope*
//              threshold:      buyer_countries*, match* {category, attributes}, scope
//   installed  provider*, item*, line, input*, maker*, since, source, status
//   observations provider*, item*, line, buyer, date*, source, status
//   licences   rule*, buyer, provider, item, granted and/or revoked, source, status
//   assists    company*, assisted*, since, source, status
//   A scope of foreign_direct_product (the earlier name) loads as
//   cannot_be_made_without, with a warning.
//   Rows that repeat another are errors naming both: two provides with the
//   same (provider, item, line) and overlapping since/until; two requires
//   with the same (item, input, provider); two installed, owns or invests
//   rows with the same key and dates.
//   The text is UTF-8; a UTF-8 byte-order mark is skipped, a UTF-16 or
//   UTF-32 one is an error.
#pragma once

#include <semichain/graph/graph.hpp>
#include <semichain/io/load_error.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace semichain {

/// A loaded model and the warnings found on the way, with JSON pointers.
struct load_result {
    graph model;
    std::vector<load_problem> warnings;
};

namespace detail::json_load {

using ojson = nlohmann::ordered_json;

/// A JSON pointer reference token: "~" → "~0", "/" → "~1".
inline std::string pointer_token(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

/// Builds an ordered DOM from SAX events and stops at a duplicate key
/// (nlohmann keeps one of them silently). Iterative, like nlohmann's parser:
/// deep nesting costs memory, not stack.
class dom_builder {
public:
    ojson root;
    bool duplicate = false;
    std::string duplicate_pointer, duplicate_key;
    bool syntax_error = false;
    std::size_t error_position = 0;
    std::string error_message;

    bool null() { return put(ojson(nullptr)); }
    bool boolean(bool v) { return put(ojson(v)); }
    bool number_integer(ojson::number_integer_t v) { return put(ojson(v)); }
    bool number_unsigned(ojson::number_unsigned_t v) { return put(ojson(v)); }
    bool number_float(ojson::number_float_t v, const ojson::string_t& /*text*/) { return put(ojson(v)); }
    bool string(ojson::string_t& v) { return put(ojson(std::move(v))); }
    bool binary(ojson::binary_t& v) { return put(ojson::binary(std::move(v))); }
    bool start_object(std::size_t /*elements*/) { return open(ojson::object()); }
    bool start_array(std::size_t /*elements*/) { return open(ojson::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(ojson::string_t& k) {
        if (stack_.back()->contains(k)) {
            duplicate = true;
            for (std::size_t i = 1; i < tokens_.size(); ++i) duplicate_pointer += '/' + tokens_[i];
            duplicate_pointer += '/' + pointer_token(k);
            duplicate_key = k;
            return false;
        }
        key_ = std::move(k);
        return true;
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& /*last_token*/, const Exception& ex) {
        syntax_error = true;
        error_position = position;
        error_message = ex.what();
        return false;
    }

private:
    /// The reference token under which the next value goes into its container.
    std::string next_token() const {
        if (stack_.empty()) return {};
        const ojson& top = *stack_.back();
        return top.is_array() ? std::to_string(top.size()) : pointer_token(key_);
    }
    ojson* place(ojson&& v) {
        if (stack_.empty()) {
            root = std::move(v);
            return &root;
        }
        ojson& top = *stack_.back();
        if (top.is_array()) {
            top.push_back(std::move(v));
            return &top.back();
        }
        ojson& slot = top[key_];
        slot = std::move(v);
        return &slot;
    }
    bool put(ojson&& v) {
        place(std::move(v));
        return true;
    }
    bool open(ojson&& v) {
        std::string token = next_token();
        // Pointers into a container stay valid: nothing is added to a
        // container while one of its children is open.
        stack_.push_back(place(std::move(v)));
        tokens_.push_back(std::move(token));
        return true;
    }
    bool close() {
        stack_.pop_back();
        tokens_.pop_back();
        return true;
    }

    std::vector<ojson*> stack_;
    std::vector<std::string> tokens_;  ///< per open container, its token in its parent ("" for the root)
    std::string key_;
};

/// The part of nlohmann's message after "parse error at line L, column C: ".
inline std::string clean_parse_message(std::string_view m) {
    if (const auto b = m.find("] "); b != std::string_view::npos && m.substr(0, 1) == "[") m.remove_prefix(b + 2);
    if (m.substr(0, 11) == "parse error") {
        if (const auto c = m.find(": "); c != std::string_view::npos) m.remove_prefix(c + 2);
    }
    return std::string{m};
}

/// A value for messages: strings as they are, anything else as JSON, cut at
/// 60 characters; a container holding containers is shown as [...] or {...}
/// (dumping it would recurse as deep as the document nests).
inline std::string show(const ojson& v) {
    if (v.is_structured())
        for (const auto& child : v)
            if (child.is_structured()) return v.is_array() ? "[...]" : "{...}";
    std::string s = v.is_string() ? v.get<std::string>() : v.dump(-1, ' ', false, ojson::error_handler_t::replace);
    if (s.size() > 60) {
        std::size_t cut = 57;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
        s = s.substr(0, cut) + "...";
    }
    return s;
}

inline std::string_view kind_of(const ojson& v) {
    switch (v.type()) {
        case ojson::value_t::null: return "null";
        case ojson::value_t::boolean: return "true/false";
        case ojson::value_t::string: return "a string";
        case ojson::value_t::object: return "an object";
        case ojson::value_t::array: return "an array";
        case ojson::value_t::number_integer:
        case ojson::value_t::number_unsigned:
        case ojson::value_t::number_float: return "a number";
        default: return "binary data";
    }
}

template <std::size_t N>
std::string join(const std::array<std::string_view, N>& names) {
    std::string s;
    for (const auto n : names) {
        if (!s.empty()) s += ", ";
        s += n;
    }
    return s;
}

inline constexpr std::array<std::string_view, 14> top_keys{"format",   "sources",   "companies", "items",        "provides",
                                                           "requires", "owns",      "invests",   "variants",     "controls",
                                                           "installed", "observations", "licences", "assists"};
inline constexpr std::array<std::string_view, 5> source_keys{"id", "title", "publisher", "date", "url"};
inline constexpr std::array<std::string_view, 7> company_keys{"id", "name", "country", "roles", "parent", "source", "status"};
inline constexpr std::array<std::string_view, 6> item_keys{"id", "name", "category", "attributes", "source", "status"};
inline constexpr std::array<std::string_view, 8> provides_keys{"provider", "item", "line",   "share",
                                                               "since",    "until", "source", "status"};
inline constexpr std::array<std::string_view, 8> installed_keys{"provider", "item",  "line",   "input",
                                                                "maker",    "since", "source", "status"};
inline constexpr std::array<std::string_view, 7> observation_keys{"provider", "item",   "line",  "buyer",
                                                                  "date",     "source", "status"};
inline constexpr std::array<std::string_view, 8> licence_keys{"rule",    "buyer",   "provider", "item",
                                                              "granted", "revoked", "source",   "status"};
inline constexpr std::array<std::string_view, 5> assist_keys{"company", "assisted", "since", "source", "status"};
inline constexpr std::array<std::string_view, 2> policy_keys{"match", "policy"};
inline constexpr std::array<std::string_view, 7> requires_keys{"item",    "input",  "provider", "weight",
                                                               "capital", "source", "status"};
inline constexpr std::array<std::string_view, 4> owns_keys{"parent", "company", "source", "status"};
inline constexpr std::array<std::string_view, 6> invests_keys{"investor", "company", "date", "stake", "source", "status"};
inline constexpr std::array<std::string_view, 4> variants_keys{"item", "general", "source", "status"};
inline constexpr std::array<std::string_view, 12> listing_keys{"id",     "name",      "authority",     "kind",
                                                               "effective", "announced", "savings_until", "policy",
                                                               "source", "status",    "targets",       "scope"};
inline constexpr std::array<std::string_view, 13> threshold_keys{"id",        "name",      "authority",     "kind",
                                                                 "effective", "announced", "savings_until", "policy",
                                                                 "source",    "status",    "buyer_countries", "match",
                                                                 "scope"};
inline constexpr std::array<std::string_view, 14> control_keys{"id",        "name",      "authority",       "kind",
                                                               "effective", "announced", "savings_until",   "policy",
                                                               "source",    "status",    "targets",         "buyer_countries",
                                                               "match",     "scope"};
inline constexpr std::array<std::string_view, 2> match_keys{"category", "attributes"};

/// The plausible range of a numeric item attribute: a value outside it is
/// an error (a unit mistake such as metres for nanometres, or a typo).
struct attribute_bound {
    std::string_view name;    ///< the attribute's name, or its suffix when it starts with '_'
    double min, max;
    std::string_view rule;
};
inline constexpr std::array<attribute_bound, 6> attribute_bounds{{
    {"_nm", 0.1, 1e5, "a length in nanometres (an attribute named *_nm) must be in [0.1, 100000]"},
    {"transistors", 1.0, 1e14, "a transistor count must be in [1, 1e14]"},
    {"layers", 1.0, 1e4, "a layer count must be in [1, 10000]"},
    {"_layers", 1.0, 1e4, "a layer count (an attribute named *_layers) must be in [1, 10000]"},
    {"year", 1900.0, 2100.0, "a year must be in [1900, 2100]"},
    {"_year", 1900.0, 2100.0, "a year (an attribute named *_year) must be in [1900, 2100]"},
}};

/// The bound that applies to attribute `key`, if any.
inline const attribute_bound* attribute_bound_of(std::string_view key) {
    for (const auto& b : attribute_bounds) {
        const bool suffix = b.name.front() == '_';
        if (suffix ? key.size() > b.name.size() && key.substr(key.size() - b.name.size()) == b.name : key == b.name) return &b;
    }
    return nullptr;
}

/// Reads a parsed document into a graph_builder, collecting every problem.
class reader {
public:
    explicit reader(std::string_view file) : file_{file} {}

    std::vector<load_problem> problems;
    std::vector<load_problem> warnings;  ///< found while reading (the builder's come after)
    graph_builder builder;

    void read(const ojson& doc) {
        if (!doc.is_object()) {
            fail("", "the document must be a JSON object", show(doc));
            return;
        }
        check_keys(doc, "", top_keys, "the top level");
        if (const auto f = doc.find("format"); f == doc.end())
            fail("/format", "\"format\" is required and must be \"semichain/1\"");
        else if (!f->is_string() || f->get<std::string>() != "semichain/1")
            fail("/format", "\"format\" must be \"semichain/1\"", show(*f));
        each(doc, "sources", [&](const ojson& e, const std::string& p) { read_source(e, p); });
        each(doc, "companies", [&](const ojson& e, const std::string& p) { read_company(e, p); });
        each(doc, "items", [&](const ojson& e, const std::string& p) { read_item(e, p); });
        each(doc, "provides", [&](const ojson& e, const std::string& p) { read_provides(e, p); });
        each(doc, "requires", [&](const ojson& e, const std::string& p) { read_requires(e, p); });
        each(doc, "owns", [&](const ojson& e, const std::string& p) { read_owns(e, p); });
        each(doc, "invests", [&](const ojson& e, const std::string& p) { read_invests(e, p); });
        each(doc, "variants", [&](const ojson& e, const std::string& p) { read_variant(e, p); });
        each(doc, "controls", [&](const ojson& e, const std::string& p) { read_control(e, p); });
        each(doc, "installed", [&](const ojson& e, const std::string& p) { read_installed(e, p); });
        each(doc, "observations", [&](const ojson& e, const std::string& p) { read_observation(e, p); });
        each(doc, "licences", [&](const ojson& e, const std::string& p) { read_licence(e, p); });
        each(doc, "assists", [&](const ojson& e, const std::string& p) { read_assist(e, p); });
    }

    /// The pointer of a problem the graph builder found, made as precise as
    /// the document allows (a missing key points at its entry).
    std::string pointer_of(const ojson& doc, const problem& p) const {
        const std::string part{to_string(p.part)};
        const std::string entry = '/' + part + '/' + std::to_string(p.index);
        if (p.field.empty() || p.kind == problem_kind::shares_exceed_one) return entry;  // about the whole item
        const ojson::json_pointer ep{entry};
        if (!doc.contains(ep)) return entry;
        const ojson& e = doc.at(ep);
        const std::string field{p.field};
        if (!e.is_object() || !e.contains(field)) return entry;
        if (field == "targets" && e.at(field).is_array()) {
            const auto& ts = e.at(field);
            for (std::size_t k = 0; k < ts.size(); ++k)
                if (ts[k].is_string() && ts[k].get<std::string>() == p.offending) return entry + "/targets/" + std::to_string(k);
        }
        return entry + '/' + pointer_token(field);
    }

    load_problem to_load_problem(const ojson& doc, const problem& p) const {
        load_problem lp{.file = file_, .pointer = pointer_of(doc, p), .rule = std::string{describe(p.kind)},
                        .offending = p.offending};
        if (p.has_other()) lp.other = '/' + std::string{to_string(p.part)} + '/' + std::to_string(p.other);
        return lp;
    }

private:
    void fail(std::string pointer, std::string rule, std::string offending = {}) {
        problems.push_back(load_problem{.file = file_, .pointer = std::move(pointer), .rule = std::move(rule),
                                        .offending = std::move(offending)});
    }

    template <std::size_t N>
    void check_keys(const ojson& obj, const std::string& p, const std::array<std::string_view, N>& allowed,
                    std::string_view what) {
        for (const auto& [k, v] : obj.items()) {
            if (std::find(allowed.begin(), allowed.end(), std::string_view{k}) == allowed.end())
                fail(p + '/' + pointer_token(k), "unknown key in " + std::string{what} + " (allowed: " + join(allowed) + ")", k);
        }
    }

    /// Calls f(entry, pointer) for every entry of the top-level array `key`.
    template <class F>
    void each(const ojson& doc, const char* key, F f) {
        const auto it = doc.find(key);
        if (it == doc.end()) return;
        const std::string p = std::string{"/"} + key;
        if (!it->is_array()) {
            fail(p, "must be an array of objects, not " + std::string{kind_of(*it)});
            return;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            const ojson& e = (*it)[i];
            const std::string ep = p + '/' + std::to_string(i);
            if (!e.is_object()) {
                fail(ep, "an entry must be an object, not " + std::string{kind_of(e)}, show(e));
                continue;
            }
            f(e, ep);
        }
    }

    /// The member `key` of `e`; reports it when required and absent.
    const ojson* member(const ojson& e, const std::string& p, std::string_view key, bool required) {
        const auto it = e.find(std::string{key});
        if (it != e.end()) return &*it;
        if (required) fail(p + '/' + std::string{key}, "\"" + std::string{key} + "\" is required");
        return nullptr;
    }

    std::optional<std::string> get_string(const ojson& e, const std::string& p, std::string_view key, bool required) {
        const ojson* v = member(e, p, key, required);
        if (!v) return std::nullopt;
        if (!v->is_string()) {
            fail(p + '/' + std::string{key}, "must be a string, not " + std::string{kind_of(*v)}, show(*v));
            return std::nullopt;
        }
        return v->get<std::string>();
    }
    /// A display name (companies, items): required, a non-empty string.
    std::string get_name(const ojson& e, const std::string& p) {
        auto s = get_string(e, p, "name", true);
        if (s && s->empty()) fail(p + "/name", "a name must be a non-empty string");
        return s.value_or(std::string{});
    }
        /// An id or a reference to one: a non-empty string.
    std::string get_id(const ojson& e, const std::string& p, std::string_view key, bool required) {
        auto s = get_string(e, p, key, required);
        if (s && s->empty()) fail(p + '/' + std::string{key}, "ids must be non-empty strings");
        return s.value_or(std::string{});
    }
    std::optional<double> get_number(const ojson& e, const std::string& p, std::string_view key) {
        const ojson* v = member(e, p, key, false);
        if (!v) return std::nullopt;
        if (!v->is_number()) {
            fail(p + '/' + std::string{key}, "must be a number, not " + std::string{kind_of(*v)}, show(*v));
            return std::nullopt;
        }
        return v->get<double>();
    }
    std::optional<date> get_date(const ojson& e, const std::string& p, std::string_view key, bool required) {
        const auto s = get_string(e, p, key, required);
        if (!s) return std::nullopt;
        const auto d = parse_date(*s);
        if (!d) fail(p + '/' + std::string{key}, "dates must be YYYY-MM-DD and a real calendar date", *s);
        return d;
    }
    std::optional<country> to_country(const ojson& v, const std::string& p) {
        if (!v.is_string()) {
            fail(p, "must be a string (an ISO 3166-1 alpha-3 country code), not " + std::string{kind_of(v)}, show(v));
            return std::nullopt;
        }
        const auto c = country::parse(v.get<std::string>());
        if (!c) fail(p, "must be an assigned ISO 3166-1 alpha-3 country code (such as \"CHN\")", v.get<std::string>());
        return c;
    }
    std::optional<country> get_country(const ojson& e, const std::string& p, std::string_view key, bool required) {
        const ojson* v = member(e, p, key, required);
        if (!v) return std::nullopt;
        return to_country(*v, p + '/' + std::string{key});
    }
    /// "source" and "status", which every entity and relation may carry.
    void get_provenance(const ojson& e, const std::string& p, std::string& source, status& certainty) {
        source = get_id(e, p, "source", false);
        if (const auto s = get_string(e, p, "status", false)) {
            if (const auto st = parse_status(*s)) certainty = *st;
            else fail(p + "/status", "status must be one of seed, public, uncertain, assumption", *s);
        }
    }

    void read_source(const ojson& e, const std::string& p) {
        check_keys(e, p, source_keys, "a sources entry");
        source_input s;
        s.id = get_id(e, p, "id", true);
        s.title = get_string(e, p, "title", false).value_or("");
        s.publisher = get_string(e, p, "publisher", false).value_or("");
        s.published = get_date(e, p, "date", false);
        s.url = get_string(e, p, "url", false).value_or("");
        builder.add(std::move(s));
    }

    void read_company(const ojson& e, const std::string& p) {
        check_keys(e, p, company_keys, "a companies entry");
        company_input c;
        c.id = get_id(e, p, "id", true);
        c.name = get_name(e, p);
        c.location = get_country(e, p, "country", false);
        if (const ojson* rs = member(e, p, "roles", false)) {
            if (!rs->is_array()) fail(p + "/roles", "must be an array of roles, not " + std::string{kind_of(*rs)}, show(*rs));
            else
                for (std::size_t k = 0; k < rs->size(); ++k) {
                    const ojson& r = (*rs)[k];
                    const std::string rp = p + "/roles/" + std::to_string(k);
                    const auto parsed = r.is_string() ? parse_role(r.get<std::string>()) : std::nullopt;
                    if (parsed) c.roles.insert(*parsed);
                    else
                        fail(rp, "a role must be one of designer, foundry, idm, osat, equipment, materials, eda, ip, memory, "
                                 "device_maker, investor, aggregate, virtual",
                             show(r));
                }
        }
        c.parent = get_id(e, p, "parent", false);
        get_provenance(e, p, c.source, c.certainty);
        builder.add(std::move(c));
    }

    void read_item(const ojson& e, const std::string& p) {
        check_keys(e, p, item_keys, "an items entry");
        item_input x;
        x.id = get_id(e, p, "id", true);
        x.name = get_name(e, p);
        if (const auto c = get_string(e, p, "category", true)) {
            if (const auto k = parse_category(*c)) x.kind = *k;
            else
                fail(p + "/category",
                     "category must be one of chip, device, process_node, packaging, tool, material, software, ip, "
                     "service, other",
                     *c);
        }
        if (const ojson* as = member(e, p, "attributes", false)) {
            if (!as->is_object())
                fail(p + "/attributes", "must be an object of numbers and strings, not " + std::string{kind_of(*as)}, show(*as));
            else
                for (const auto& [k, v] : as->items()) {
                    const std::string ap = p + "/attributes/" + pointer_token(k);
                    if (k.empty()) fail(ap, "attribute names must not be empty");
                    if (v.is_number()) {
                        if (const auto* b = attribute_bound_of(k); b && !(v.get<double>() >= b->min && v.get<double>() <= b->max))
                            fail(ap, std::string{b->rule}, show(v));
                        x.attributes.push_back({.key = k, .is_number = true, .number = v.get<double>()});
                    }
                    else if (v.is_string()) x.attributes.push_back({.key = k, .text = v.get<std::string>()});
                    else fail(ap, "an attribute must be a number or a string, not " + std::string{kind_of(v)}, show(v));
                }
        }
        get_provenance(e, p, x.source, x.certainty);
        builder.add(std::move(x));
    }

    void read_provides(const ojson& e, const std::string& p) {
        check_keys(e, p, provides_keys, "a provides entry");
        provides_input o;
        o.provider = get_id(e, p, "provider", true);
        o.item = get_id(e, p, "item", true);
        o.line = get_id(e, p, "line", false);
        o.share = get_number(e, p, "share");
        o.since = get_date(e, p, "since", false);
        o.until = get_date(e, p, "until", false);
        get_provenance(e, p, o.source, o.certainty);
        builder.add(std::move(o));
    }

    void read_requires(const ojson& e, const std::string& p) {
        check_keys(e, p, requires_keys, "a requires entry");
        requires_input r;
        r.item = get_id(e, p, "item", true);
        r.input = get_id(e, p, "input", true);
        r.provider = get_id(e, p, "provider", false);
        r.weight = get_number(e, p, "weight");
        if (const ojson* c = member(e, p, "capital", false)) {
            if (c->is_boolean()) r.capital = c->get<bool>();
            else fail(p + "/capital", "must be true or false, not " + std::string{kind_of(*c)}, show(*c));
        }
        get_provenance(e, p, r.source, r.certainty);
        builder.add(std::move(r));
    }

    void read_owns(const ojson& e, const std::string& p) {
        check_keys(e, p, owns_keys, "an owns entry");
        owns_input o;
        o.parent = get_id(e, p, "parent", true);
        o.company = get_id(e, p, "company", true);
        get_provenance(e, p, o.source, o.certainty);
        builder.add(std::move(o));
    }

    void read_invests(const ojson& e, const std::string& p) {
        check_keys(e, p, invests_keys, "an invests entry");
        invests_input v;
        v.investor = get_id(e, p, "investor", true);
        v.company = get_id(e, p, "company", true);
        v.on = get_date(e, p, "date", false);
        v.stake = get_number(e, p, "stake");
        if (v.stake && !(*v.stake >= 0.0 && *v.stake <= 1.0)) {
            fail(p + "/stake", "a stake must be a fraction in [0, 1]", show(e.at("stake")));
            v.stake.reset();
        }
        get_provenance(e, p, v.source, v.certainty);
        builder.add(std::move(v));
    }

    void read_variant(const ojson& e, const std::string& p) {
        check_keys(e, p, variants_keys, "a variants entry");
        variant_input v;
        v.item = get_id(e, p, "item", true);
        v.general = get_id(e, p, "general", true);
        get_provenance(e, p, v.source, v.certainty);
        builder.add(std::move(v));
    }

    void read_control(const ojson& e, const std::string& p) {
        rule_input r;
        r.id = get_id(e, p, "id", true);
        r.name = get_string(e, p, "name", false).value_or("");
        r.authority = get_country(e, p, "authority", true);
        r.effective = get_date(e, p, "effective", true);
        const auto kind = get_string(e, p, "kind", true);
        std::optional<rule_kind> k;
        if (kind) {
            k = parse_rule_kind(*kind);
            if (!k) fail(p + "/kind", "kind must be entity_listing or threshold", *kind);
        }
        if (!k) check_keys(e, p, control_keys, "a controls entry");
        else if (*k == rule_kind::entity_listing) check_keys(e, p, listing_keys, "an entity_listing controls entry");
        else check_keys(e, p, threshold_keys, "a threshold controls entry");
        if (k) r.kind = *k;

        const bool listing = k == rule_kind::entity_listing, threshold = k == rule_kind::threshold;
        if (const auto s = get_string(e, p, "scope", listing)) {
            if (const auto sc = parse_rule_scope(*s)) {
                r.scope = *sc;
            } else if (*s == "foreign_direct_product") {
                // The earlier name of cannot_be_made_without (FORMAT.md).
                r.scope = rule_scope::cannot_be_made_without;
                warnings.push_back(load_problem{.file = file_, .pointer = p + "/scope",
                                                .rule = "scope foreign_direct_product is read as cannot_be_made_without "
                                                        "(the foreign-direct-product rules as written are direct_product)",
                                                .offending = *s});
            } else {
                fail(p + "/scope", "scope must be origin, direct_product, cannot_be_made_without or de_minimis", *s);
            }
        }
        r.announced = get_date(e, p, "announced", false);
        r.savings_until = get_date(e, p, "savings_until", false);
        if (const ojson* pol = member(e, p, "policy", false)) read_policy(*pol, p + "/policy", r);
        if (listing) {
            if (const ojson* ts = member(e, p, "targets", true)) {
                if (!ts->is_array()) fail(p + "/targets", "must be an array of company ids, not " + std::string{kind_of(*ts)}, show(*ts));
                else
                    for (std::size_t i = 0; i < ts->size(); ++i) {
                        const ojson& t = (*ts)[i];
                        const std::string tp = p + "/targets/" + std::to_string(i);
                        if (!t.is_string()) fail(tp, "must be a string (a company id), not " + std::string{kind_of(t)}, show(t));
                        else if (t.get<std::string>().empty()) fail(tp, "ids must be non-empty strings");
                        else r.targets.push_back(t.get<std::string>());
                    }
            }
        }
        if (threshold) {
            if (const ojson* bs = member(e, p, "buyer_countries", true)) {
                if (!bs->is_array())
                    fail(p + "/buyer_countries", "must be an array of ISO 3166-1 alpha-3 country codes, not " + std::string{kind_of(*bs)},
                         show(*bs));
                else if (bs->empty()) fail(p + "/buyer_countries", "must name at least one country");
                else
                    for (std::size_t i = 0; i < bs->size(); ++i)
                        if (const auto c = to_country((*bs)[i], p + "/buyer_countries/" + std::to_string(i))) r.buyer_countries.insert(*c);
            }
            if (const ojson* m = member(e, p, "match", true)) read_match(*m, p + "/match", r);
        }
        get_provenance(e, p, r.source, r.certainty);
        builder.add(std::move(r));
    }

    std::optional<licence_policy> to_policy(const ojson& v, const std::string& p) {
        if (!v.is_string()) {
            fail(p, "must be a string (presumption_of_denial, case_by_case or approval), not " + std::string{kind_of(v)}, show(v));
            return std::nullopt;
        }
        const auto pol = parse_licence_policy(v.get<std::string>());
        if (!pol) fail(p, "a licence policy is presumption_of_denial, case_by_case or approval", v.get<std::string>());
        return pol;
    }

    /// "policy": one policy, or a list of {"match": {…}, "policy": …} read in
    /// order, the last without "match" being the default.
    void read_policy(const ojson& v, const std::string& p, rule_input& r) {
        if (v.is_string()) {
            if (const auto pol = to_policy(v, p)) r.policy = *pol;
            return;
        }
        if (!v.is_array() || v.empty()) {
            fail(p, "must be a licence policy or a non-empty list of {\"match\", \"policy\"} entries", show(v));
            return;
        }
        for (std::size_t i = 0; i < v.size(); ++i) {
            const ojson& e = v[i];
            const std::string ep = p + '/' + std::to_string(i);
            if (!e.is_object()) {
                fail(ep, "an entry must be an object, not " + std::string{kind_of(e)}, show(e));
                continue;
            }
            check_keys(e, ep, policy_keys, "a policy entry");
            const ojson* pv = member(e, ep, "policy", true);
            const auto pol = pv ? to_policy(*pv, ep + "/policy") : std::nullopt;
            const ojson* m = member(e, ep, "match", false);
            if (!m) {
                if (i + 1 != v.size()) fail(ep, "only the last policy entry may omit \"match\" (it is the default)");
                else if (pol) r.policy = *pol;
                continue;
            }
            rule_input conditions;
            read_match(*m, ep + "/match", conditions);
            if (pol) r.policies.push_back({conditions.match, std::move(conditions.conditions), *pol});
        }
    }

    void read_installed(const ojson& e, const std::string& p) {
        check_keys(e, p, installed_keys, "an installed entry");
        installed_input u;
        u.provider = get_id(e, p, "provider", true);
        u.item = get_id(e, p, "item", true);
        u.line = get_id(e, p, "line", false);
        u.input = get_id(e, p, "input", true);
        u.maker = get_id(e, p, "maker", true);
        u.since = get_date(e, p, "since", false);
        get_provenance(e, p, u.source, u.certainty);
        builder.add(std::move(u));
    }

    void read_observation(const ojson& e, const std::string& p) {
        check_keys(e, p, observation_keys, "an observations entry");
        observation_input u;
        u.provider = get_id(e, p, "provider", true);
        u.item = get_id(e, p, "item", true);
        u.line = get_id(e, p, "line", false);
        u.buyer = get_id(e, p, "buyer", false);
        u.on = get_date(e, p, "date", true);
        get_provenance(e, p, u.source, u.certainty);
        builder.add(std::move(u));
    }

    void read_licence(const ojson& e, const std::string& p) {
        check_keys(e, p, licence_keys, "a licences entry");
        licence_input u;
        u.rule = get_id(e, p, "rule", true);
        u.buyer = get_id(e, p, "buyer", false);
        u.provider = get_id(e, p, "provider", false);
        u.item = get_id(e, p, "item", false);
        u.granted = get_date(e, p, "granted", false);
        u.revoked = get_date(e, p, "revoked", false);
        if (!u.granted && !u.revoked && e.is_object()) fail(p, "a licence needs \"granted\", \"revoked\" or both");
        get_provenance(e, p, u.source, u.certainty);
        builder.add(std::move(u));
    }

    void read_assist(const ojson& e, const std::string& p) {
        check_keys(e, p, assist_keys, "an assists entry");
        assist_input u;
        u.company = get_id(e, p, "company", true);
        u.assisted = get_id(e, p, "assisted", true);
        u.since = get_date(e, p, "since", false);
        get_provenance(e, p, u.source, u.certainty);
        builder.add(std::move(u));
    }

    void read_match(const ojson& m, const std::string& p, rule_input& r) {
        if (!m.is_object()) {
            fail(p, "must be an object with \"category\" and/or \"attributes\", not " + std::string{kind_of(m)}, show(m));
            return;
        }
        check_keys(m, p, match_keys, "a threshold's match");
        if (const auto c = get_string(m, p, "category", false)) {
            if (const auto k = parse_category(*c)) r.match = *k;
            else
                fail(p + "/category",
                     "category must be one of chip, device, process_node, packaging, tool, material, software, ip, "
                     "service, other",
                     *c);
        }
        const ojson* as = member(m, p, "attributes", false);
        if (!as) return;
        if (!as->is_object()) {
            fail(p + "/attributes", "must be an object of attribute conditions, not " + std::string{kind_of(*as)}, show(*as));
            return;
        }
        for (const auto& [key, v] : as->items()) {
            const std::string cp = p + "/attributes/" + pointer_token(key);
            if (key.empty()) fail(cp, "attribute names must not be empty");
            if (v.is_number()) r.conditions.push_back({.key = key, .op = condition_op::equals, .is_number = true, .number = v.get<double>()});
            else if (v.is_string()) r.conditions.push_back({.key = key, .op = condition_op::equals, .text = v.get<std::string>()});
            else if (v.is_object() && !v.empty()) {
                for (const auto& [bound, n] : v.items()) {
                    const std::string bp = cp + '/' + pointer_token(bound);
                    if (bound != "max" && bound != "min") fail(bp, "a numeric condition is {\"max\": n} or {\"min\": n}", bound);
                    else if (!n.is_number()) fail(bp, "must be a number, not " + std::string{kind_of(n)}, show(n));
                    else
                        r.conditions.push_back({.key = key, .op = bound == "max" ? condition_op::at_most : condition_op::at_least,
                                                .is_number = true, .number = n.get<double>()});
                }
            } else
                fail(cp, "a condition must be a number, a string, {\"max\": n} or {\"min\": n}", show(v));
        }
    }

    std::string file_;
};

inline load_result load(std::string_view json_text, std::string_view file_name) {
    const std::string file{file_name};
    refuse_foreign_byte_order_mark(json_text, file);
    dom_builder dom;
    const bool ok = ojson::sax_parse(json_text.begin(), json_text.end(), &dom, ojson::input_format_t::json, true, false);
    if (!ok || dom.syntax_error || dom.duplicate) {
        if (dom.duplicate)
            throw load_error(load_problem{.file = file, .pointer = dom.duplicate_pointer,
                                          .rule = "keys must be unique within an object", .offending = dom.duplicate_key});
        // nlohmann counts the characters read, the offending one included.
        const std::size_t offset = std::min(dom.error_position == 0 ? 0 : dom.error_position - 1, json_text.size());
        const auto [line, column] = line_and_column(json_text, offset);
        throw load_error(load_problem{.file = file, .line = line, .column = column,
                                      .rule = "malformed JSON at byte offset " + std::to_string(offset) + ": " +
                                              clean_parse_message(dom.error_message)});
    }
    reader rd{file};
    rd.read(dom.root);
    if (!rd.problems.empty()) throw load_error(std::move(rd.problems));
    std::vector<problem> errors;
    auto g = rd.builder.try_build(errors);
    if (!g) {
        std::vector<load_problem> ps;
        ps.reserve(errors.size());
        for (const auto& p : errors) ps.push_back(rd.to_load_problem(dom.root, p));
        throw load_error(std::move(ps));
    }
    std::vector<load_problem> warnings = std::move(rd.warnings);
    for (const auto& p : g->warnings()) warnings.push_back(rd.to_load_problem(dom.root, p));
    return load_result{std::move(*g), std::move(warnings)};
}

}  // namespace detail::json_load

/// Loads a semichain/1 document; `file_name` names it in messages. Throws
/// load_error (nothing loaded) when the document breaks a rule. The graph's
/// warnings() hold the warnings.
inline graph load_model(std::string_view json_text, std::string_view file_name) {
    return std::move(detail::json_load::load(json_text, file_name).model);
}

/// As load_model, and the warnings with the JSON pointers they are about.
inline load_result load_model_with_warnings(std::string_view json_text, std::string_view file_name) {
    return detail::json_load::load(json_text, file_name);
}

/// As load_model_file, and the warnings with the JSON pointers they are about.
inline load_result load_model_file_with_warnings(const std::filesystem::path& path) {
    return load_model_with_warnings(detail::read_file_bytes(path), path.string());
}

/// Loads a semichain/1 file; messages name `path`.
inline graph load_model_file(const std::filesystem::path& path) {
    const std::string text = detail::read_file_bytes(path);
    return load_model(text, path.string());
}

}  // namespace semichain
