// The semichain/1 writer: any graph view (a run-time graph or a lowered
// compile-time model) as a JSON document. Opt-in: needs nlohmann_json (3.x).
//
//     std::string text = semichain::write_model(g);
//
// Deterministic: entries in the graph's order (ids in byte order for the
// entity kinds; offerings by item, provider and since; relations as the graph
// keeps them), keys in a fixed order, 2-space indentation, a final newline.
// Empty lists, empty strings, unknown shares/weights/dates, capital = false
// and unspecified status are left out. Loading the text back
// (load_model) gives a graph whose every record equals the written one's.
//
// Limits: every string must be valid UTF-8 (else nlohmann::json::type_error),
// and the conditions of one threshold on one attribute must be expressible
// as one JSON value: a single equality, or at most one "max" and one "min"
// (else semichain::write_error).
#pragma once

#include <semichain/graph/view.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace semichain {

namespace detail::json_write {

using ojson = nlohmann::ordered_json;

/// A number as JSON: integral values as integers ("node_nm": 7, not 7.0).
inline ojson number(double v) {
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9007199254740992.0)  // 2^53
        return ojson(static_cast<std::int64_t>(v));
    return ojson(v);
}

inline void put_text(ojson& o, const char* key, std::string_view s) {
    if (!s.empty()) o[key] = std::string{s};
}
inline void put_day(ojson& o, const char* key, day_number d) {
    if (d != since_always && d != until_forever) o[key] = format_day(d);
}
inline void put_fraction(ojson& o, const char* key, double v) {
    if (v >= 0.0) o[key] = number(v);
}
inline void put_origin(ojson& o, const graph_view& v, const provenance& p) {
    if (!p.source.is_none()) o["source"] = std::string{v.sources[p.source].id};
    if (p.certainty != status::unspecified) o["status"] = std::string{to_string(p.certainty)};
}

/// A threshold's (or a policy's) match: the category and the attribute conditions.
inline ojson match_of(const rule_record& r, std::optional<category> category_match, std::span<const condition_record> conds) {
    ojson match = ojson::object();
    if (category_match) match["category"] = std::string{to_string(*category_match)};
    if (conds.empty()) return match;
    ojson as = ojson::object();
    for (const auto& c : conds) {
        const std::string key{c.key};
        const bool has = as.contains(key);
        if (c.op == condition_op::equals) {
            if (has)
                throw write_error("semichain: write_model: rule '" + std::string{r.id} + "' has more than one condition on '" +
                                  key + "' with an equality among them");
            as[key] = c.is_number ? number(c.number) : ojson(std::string{c.text});
            continue;
        }
        const char* bound = c.op == condition_op::at_most ? "max" : "min";
        if (has && (!as[key].is_object() || as[key].contains(bound)))
            throw write_error("semichain: write_model: rule '" + std::string{r.id} + "' has conditions on '" + key +
                              "' that one JSON value cannot state");
        if (!has) as[key] = ojson::object();
        as[key][bound] = number(c.number);
    }
    match["attributes"] = std::move(as);
    return match;
}

inline ojson write(const graph_view& v) {
    ojson doc = ojson::object();
    doc["format"] = "semichain/1";
    const auto company = [&](company_index c) { return std::string{v.companies[c].id}; };
    const auto item = [&](item_index x) { return std::string{v.items[x].id}; };

    ojson sources = ojson::array();
    for (const auto& s : v.sources) {
        ojson o = ojson::object();
        o["id"] = std::string{s.id};
        put_text(o, "title", s.title);
        put_text(o, "publisher", s.publisher);
        put_day(o, "date", s.published);
        put_text(o, "url", s.url);
        sources.push_back(std::move(o));
    }

    ojson companies = ojson::array();
    for (const auto& c : v.companies) {
        ojson o = ojson::object();
        o["id"] = std::string{c.id};
        put_text(o, "name", c.name);
        if (c.location) o["country"] = std::string{c.location->code()};
        ojson roles = ojson::array();
        for (unsigned r = 0; r <= static_cast<unsigned>(role::virtual_); ++r)
            if (c.roles.contains(static_cast<role>(r))) roles.push_back(std::string{to_string(static_cast<role>(r))});
        o["roles"] = std::move(roles);
        if (!c.parent.is_none()) o["parent"] = company(c.parent);
        put_origin(o, v, c.origin);
        companies.push_back(std::move(o));
    }

    ojson items = ojson::array();
    for (const item_index x : v.items.indices()) {
        const auto& it = v.items[x];
        ojson o = ojson::object();
        o["id"] = std::string{it.id};
        put_text(o, "name", it.name);
        o["category"] = std::string{to_string(it.kind)};
        const auto attrs = v.attributes_of(x);
        if (!attrs.empty()) {
            ojson as = ojson::object();
            for (const auto& a : attrs) as[std::string{a.key}] = a.is_number ? number(a.number) : ojson(std::string{a.text});
            o["attributes"] = std::move(as);
        }
        put_origin(o, v, it.origin);
        items.push_back(std::move(o));
    }

    ojson provides = ojson::array();
    for (const auto& off : v.offerings) {
        ojson o = ojson::object();
        o["provider"] = company(off.provider);
        o["item"] = item(off.item);
        put_text(o, "line", off.line);
        put_fraction(o, "share", off.share);
        put_day(o, "since", off.since);
        put_day(o, "until", off.until);
        put_origin(o, v, off.origin);
        provides.push_back(std::move(o));
    }

    // Per item: its item-level requirements, then the offering-level ones of
    // its offerings. A provider with several offerings of one item (different
    // periods) shares its offering-level requirements: written once.
    ojson requires_ = ojson::array();
    const auto requirement = [&](item_index x, const requirement_record& r, const company_index* provider) {
        ojson o = ojson::object();
        o["item"] = item(x);
        o["input"] = item(r.input);
        if (provider) o["provider"] = company(*provider);
        put_fraction(o, "weight", r.weight);
        if (r.capital) o["capital"] = true;
        put_origin(o, v, r.origin);
        requires_.push_back(std::move(o));
    };
    for (const item_index x : v.items.indices()) {
        for (const auto& r : v.requirements_of_item(x)) requirement(x, r, nullptr);
        const auto os = v.offerings_of(x);
        for (const offering_index o : os) {
            if (o > os.front() && v.offerings[offering_index{o.value() - 1}].provider == v.offerings[o].provider) continue;
            for (const auto& r : v.requirements_of_offering(o)) requirement(x, r, &v.offerings[o].provider);
        }
    }

    ojson owns = ojson::array();
    for (const auto& w : v.owns) {
        ojson o = ojson::object();
        o["parent"] = company(w.parent);
        o["company"] = company(w.company);
        put_origin(o, v, w.origin);
        owns.push_back(std::move(o));
    }

    ojson invests = ojson::array();
    for (const auto& w : v.invests) {
        ojson o = ojson::object();
        o["investor"] = company(w.investor);
        o["company"] = company(w.company);
        put_day(o, "date", w.date);
        put_fraction(o, "stake", w.stake);
        put_origin(o, v, w.origin);
        invests.push_back(std::move(o));
    }

    ojson variants = ojson::array();
    for (const auto& w : v.variants) {
        ojson o = ojson::object();
        o["item"] = item(w.item);
        o["general"] = item(w.general);
        put_origin(o, v, w.origin);
        variants.push_back(std::move(o));
    }

    ojson controls = ojson::array();
    for (const rule_index k : v.rules.indices()) {
        const auto& r = v.rules[k];
        ojson o = ojson::object();
        o["id"] = std::string{r.id};
        put_text(o, "name", r.name);
        if (r.authority) o["authority"] = std::string{r.authority->code()};
        o["kind"] = std::string{to_string(r.kind)};
        put_day(o, "announced", r.announced);
        put_day(o, "effective", r.effective);
        put_day(o, "savings_until", r.savings_until);
        o["scope"] = std::string{to_string(r.scope)};
        const auto policies = v.rule_policies.subspan(r.policies_begin, r.policies_end - r.policies_begin);
        if (!policies.empty()) {
            ojson ps = ojson::array();
            for (const auto& pol : policies) {
                ojson e = ojson::object();
                e["match"] = match_of(r, pol.match_category, v.conditions.subspan(pol.conditions_begin, pol.conditions_end - pol.conditions_begin));
                e["policy"] = std::string{to_string(pol.policy)};
                ps.push_back(std::move(e));
            }
            ojson last = ojson::object();
            last["policy"] = std::string{to_string(r.policy)};
            ps.push_back(std::move(last));
            o["policy"] = std::move(ps);
        } else if (r.policy != licence_policy::presumption_of_denial) {
            o["policy"] = std::string{to_string(r.policy)};
        }
        if (r.kind == rule_kind::entity_listing) {
            ojson ts = ojson::array();
            for (const company_index t : v.targets_of(k)) ts.push_back(company(t));
            o["targets"] = std::move(ts);
        } else {
            ojson bs = ojson::array();
            r.buyer_countries.for_each([&](country c) { bs.push_back(std::string{c.code()}); });
            o["buyer_countries"] = std::move(bs);
            o["match"] = match_of(r, r.match_category, v.conditions_of(k));
        }
        put_origin(o, v, r.origin);
        controls.push_back(std::move(o));
    }

    // Installed inputs and observations belong to a line: written once per
    // line, from its first period.
    const auto first_of_line = [&](offering_index o) {
        if (o == v.offerings.indices().front()) return true;
        const auto& a = v.offerings[offering_index{o.value() - 1}];
        const auto& b = v.offerings[o];
        return !(a.provider == b.provider && a.item == b.item && a.line == b.line);
    };
    ojson installed = ojson::array();
    for (const offering_index o : v.offerings.indices()) {
        if (!first_of_line(o)) continue;
        const auto& off = v.offerings[o];
        for (const auto& row : v.installed_of(o)) {
            ojson e = ojson::object();
            e["provider"] = company(off.provider);
            e["item"] = item(off.item);
            put_text(e, "line", off.line);
            e["input"] = item(row.input);
            e["maker"] = company(row.maker);
            put_day(e, "since", row.since);
            put_origin(e, v, row.origin);
            installed.push_back(std::move(e));
        }
    }
    ojson observations = ojson::array();
    for (const auto& ob : v.observations) {
        if (!first_of_line(ob.offering)) continue;
        const auto& off = v.offerings[ob.offering];
        ojson e = ojson::object();
        e["provider"] = company(off.provider);
        e["item"] = item(off.item);
        put_text(e, "line", off.line);
        if (!ob.buyer.is_none()) e["buyer"] = company(ob.buyer);
        put_day(e, "date", ob.date);
        put_origin(e, v, ob.origin);
        observations.push_back(std::move(e));
    }
    ojson licences = ojson::array();
    for (const auto& l : v.licences) {
        ojson e = ojson::object();
        e["rule"] = std::string{v.rules[l.rule].id};
        if (!l.buyer.is_none()) e["buyer"] = company(l.buyer);
        if (!l.provider.is_none()) e["provider"] = company(l.provider);
        if (!l.item.is_none()) e["item"] = item(l.item);
        put_day(e, "granted", l.granted);
        if (l.revoked != until_forever) put_day(e, "revoked", l.revoked);
        put_origin(e, v, l.origin);
        licences.push_back(std::move(e));
    }
    ojson assists = ojson::array();
    for (const auto& a : v.assists) {
        ojson e = ojson::object();
        e["company"] = company(a.company);
        e["assisted"] = company(a.assisted);
        put_day(e, "since", a.since);
        put_origin(e, v, a.origin);
        assists.push_back(std::move(e));
    }

    const auto put_list = [&](const char* key, ojson& list) {
        if (!list.empty()) doc[key] = std::move(list);
    };
    put_list("sources", sources);
    put_list("companies", companies);
    put_list("items", items);
    put_list("provides", provides);
    put_list("requires", requires_);
    put_list("owns", owns);
    put_list("invests", invests);
    put_list("variants", variants);
    put_list("controls", controls);
    put_list("installed", installed);
    put_list("observations", observations);
    put_list("licences", licences);
    put_list("assists", assists);
    return doc;
}

}  // namespace detail::json_write

/// The graph as a semichain/1 document: pretty (2-space indent), deterministic,
/// ending with a newline.
inline std::string write_model(const graph_view& v) {
    return detail::json_write::write(v).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::strict) + '\n';
}

/// Writes the document to `path` (replacing it); throws semichain::write_error
/// when the file cannot be written.
inline void write_model_file(const graph_view& v, const std::filesystem::path& path) {
    const std::string text = write_model(v);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw write_error("semichain: cannot write '" + path.string() + "'");
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw write_error("semichain: cannot write '" + path.string() + "'");
}

}  // namespace semichain
