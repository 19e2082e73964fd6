// The JSON writer: reports for programs. Opt-in: needs nlohmann_json (3.x).
//
// Keys are stable and always present (a value that does not exist is null,
// an empty list is []), in a fixed order; numbers are rounded by the fixed
// formatter of report/format.hpp (fractions to 4 decimals, HHI to 2) and
// integral values are written as integers; text is UTF-8; the document is
// indented by 2 spaces and ends with a newline. The same report gives the
// same bytes.
//
// Besides the whole report (format "semichain-report/1"), the small
// documents of the command-line tool's JSON contracts (tools/semichain/README.md):
// chokepoints_json, concentration_json, score_json, timeline_json, trace_json.
#pragma once

#include <semichain/report/format.hpp>
#include <semichain/report/report.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace semichain::report {

using json = nlohmann::ordered_json;

namespace detail::json_out {

/// `v` rounded to `decimals`, as an integer when it is integral.
inline json number(double v, int decimals) {
    const double r = rounded(v, decimals);
    if (std::isfinite(r) && std::floor(r) == r && std::fabs(r) < 9007199254740992.0) return json(static_cast<std::int64_t>(r));
    if (!std::isfinite(r)) return json(nullptr);
    return json(r);
}
inline json fraction(double v) { return number(v, share_decimals); }
inline json fraction(const std::optional<double>& v) { return v ? fraction(*v) : json(nullptr); }
inline json hhi(const std::optional<double>& v) { return v ? number(*v, hhi_decimals) : json(nullptr); }
inline json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
inline json strings(const std::vector<std::string>& v) {
    json a = json::array();
    for (const auto& s : v) a.push_back(s);
    return a;
}
inline json status_of(status s) { return s == status::unspecified ? json(nullptr) : json(std::string{to_string(s)}); }

inline json rule(const rule_line& r) {
    json o = json::object();
    o["id"] = r.id;
    o["name"] = r.name;
    o["kind"] = r.kind;
    o["scope"] = r.scope;
    o["authority"] = text_or_null(r.authority);
    o["effective"] = text_or_null(r.effective);
    o["status"] = status_of(r.certainty);
    o["source"] = text_or_null(r.source);
    return o;
}
inline json block(const block_line& b) {
    json o = json::object();
    o["provider"] = b.provider;
    o["item"] = b.item;
    o["buyer"] = b.buyer;
    o["rule"] = rule(b.rule);
    return o;
}
inline json blocks(const std::vector<block_line>& bs) {
    json a = json::array();
    for (const auto& b : bs) a.push_back(block(b));
    return a;
}
inline json offering(const offering_line& l) {
    json o = json::object();
    o["provider"] = l.provider;
    o["provider_name"] = l.provider_name;
    o["country"] = text_or_null(l.country);
    o["share"] = fraction(l.share);
    o["since"] = text_or_null(l.since);
    o["until"] = text_or_null(l.until);
    o["available"] = l.available;
    o["state"] = l.state;
    o["missing_input"] = text_or_null(l.missing_input);
    o["blocked_by"] = text_or_null(l.blocked_by);
    o["frozen_by"] = text_or_null(l.frozen_by);
    o["licence"] = text_or_null(l.licence);
    o["reach_uncertain"] = l.reach_uncertain;
    o["status"] = status_of(l.certainty);
    o["flagged"] = is_flagged(l.certainty);
    o["source"] = text_or_null(l.source);
    return o;
}
inline json offerings(const std::vector<offering_line>& ls) {
    json a = json::array();
    for (const auto& l : ls) a.push_back(offering(l));
    return a;
}
inline json trace_entry(const trace_line& l) {
    json o = json::object();
    o["tier"] = l.tier;
    o["item"] = l.item;
    o["name"] = l.name;
    o["category"] = l.category;
    o["parent"] = text_or_null(l.parent);
    o["via"] = text_or_null(l.via);
    o["buyer"] = text_or_null(l.buyer);
    o["path"] = strings(l.path);
    o["available"] = l.available;
    o["status"] = status_of(l.certainty);
    o["flagged"] = is_flagged(l.certainty);
    o["source"] = text_or_null(l.source);
    o["offerings"] = offerings(l.offerings);
    return o;
}
inline json facts(const std::vector<fact_line>& fs) {
    json a = json::array();
    for (const auto& f : fs) {
        json e = json::object();
        e["kind"] = f.kind;
        e["text"] = f.text;
        e["status"] = status_of(f.certainty);
        e["flagged"] = is_flagged(f.certainty);
        e["source"] = text_or_null(f.source);
        a.push_back(std::move(e));
    }
    return a;
}
inline json set_list(const std::vector<std::vector<std::string>>& ss) {
    json a = json::array();
    for (const auto& set : ss) a.push_back(strings(set));
    return a;
}
inline json sets(const chokepoint_section& s) { return set_list(s.sets); }
inline json chokepoints(const chokepoint_section& s) {
    json o = json::object();
    o["candidates"] = s.kind;
    o["max_order"] = s.max_order;
    o["available_at_baseline"] = s.available_at_baseline;
    o["candidate_count"] = s.candidates;
    o["single_points_of_failure"] = strings(s.single_points());
    o["sets"] = sets(s);
    o["stopped"] = text_or_null(s.stopped);
    json basis = json::array();
    for (const auto& b : s.basis) {
        json e = json::object();
        e["set"] = strings(b.set);
        json through = json::array();
        for (const auto& t : b.through) {
            json x = json::object();
            x["provider"] = t.provider;
            x["item"] = t.item;
            x["status"] = status_of(t.certainty);
            x["flagged"] = is_flagged(t.certainty);
            x["source"] = text_or_null(t.source);
            through.push_back(std::move(x));
        }
        e["through"] = std::move(through);
        e["rests_on"] = facts(b.rests_on);
        e["flagged"] = b.flagged();
        basis.push_back(std::move(e));
    }
    o["basis"] = std::move(basis);
    return o;
}
inline json self_sufficiency(const self_sufficiency_section& s);
/// A reading on a graph without some rows: {"available", "chokepoints",
/// "self_sufficiency", "sets_gained", "sets_lost"}.
inline json change(const reading_change& w) {
    json o = json::object();
    o["available"] = w.available;
    json cps = json::object();
    cps["companies"] = chokepoints(w.company_sets);
    cps["countries"] = chokepoints(w.country_sets);
    o["chokepoints"] = std::move(cps);
    o["self_sufficiency"] = w.self_sufficiency ? self_sufficiency(*w.self_sufficiency) : json(nullptr);
    json gained = json::object(), lost = json::object();
    gained["companies"] = set_list(w.company_sets_gained);
    gained["countries"] = set_list(w.country_sets_gained);
    lost["companies"] = set_list(w.company_sets_lost);
    lost["countries"] = set_list(w.country_sets_lost);
    o["sets_gained"] = std::move(gained);
    o["sets_lost"] = std::move(lost);
    return o;
}
inline json repair(const repair_section& r) {
    json o = json::object();
    o["scenario"] = r.scenario;
    o["max_order"] = r.max_order;
    o["available_at_baseline"] = r.available_at_baseline;
    o["repairable"] = r.repairable;
    o["missing"] = strings(r.missing);
    json sets = json::array();
    for (const auto& s : r.sets) sets.push_back(strings(s));
    o["sets"] = std::move(sets);
    o["stopped"] = text_or_null(r.stopped);
    return o;
}
inline json top(const std::optional<top_share>& t) {
    if (!t) return json(nullptr);
    json o = json::object();
    o["id"] = t->id;
    o["share"] = fraction(t->share);
    return o;
}
inline json concentration(const concentration_line& l) {
    json o = json::object();
    o["id"] = l.id;
    o["name"] = l.name;
    o["providers"] = l.providers;
    o["top_company"] = top(l.top_company);
    o["top_country"] = top(l.top_country);
    o["hhi_company"] = hhi(l.hhi_company);
    o["hhi_country"] = hhi(l.hhi_country);
    o["renormalised"] = l.renormalised;
    return o;
}
inline json self_sufficiency(const self_sufficiency_section& s) {
    json o = json::object();
    o["bloc"] = strings(s.bloc);
    o["capability"] = s.capable;
    o["missing"] = strings(s.missing);
    o["items"] = s.items;
    o["covered"] = s.covered;
    o["coverage"] = fraction(s.coverage);
    o["coverage_weighted"] = fraction(s.coverage_weighted);
    o["weights_complete"] = s.weights_complete;
    o["uncovered"] = strings(s.uncovered);
    o["domestic_value_share"] = fraction(s.domestic_value_share);
    o["converged"] = s.converged;
    return o;
}
inline json timeline(const timeline_section& t) {
    json o = json::object();
    json points = json::array();
    for (const auto& p : t.points) {
        json e = json::object();
        e["date"] = p.date;
        e["available"] = p.available;
        e["blocked"] = blocks(p.blocked);
        e["domestic_value_share"] = fraction(p.domestic_value_share);
        points.push_back(std::move(e));
    }
    json changes = json::array();
    for (const auto& c : t.changes) {
        json e = json::object();
        e["from"] = c.from;
        e["to"] = c.to;
        e["availability_changed"] = c.availability_changed;
        e["available"] = c.available_after;
        e["newly_blocked"] = blocks(c.newly_blocked);
        e["no_longer_blocked"] = blocks(c.no_longer_blocked);
        e["rule_changed"] = blocks(c.rule_changed);
        for (const auto* events : {&c.started, &c.ended}) {
            json list = json::array();
            for (const auto& ev : *events) {
                json x = json::object();
                x["provider"] = ev.provider;
                x["item"] = ev.item;
                x["line"] = ev.line.empty() ? json(nullptr) : json(ev.line);
                x[events == &c.started ? "since" : "until"] = ev.on;
                list.push_back(std::move(x));
            }
            e[events == &c.started ? "started" : "ended"] = std::move(list);
        }
        changes.push_back(std::move(e));
    }
    o["dates"] = std::move(points);
    o["changes"] = std::move(changes);
    return o;
}
inline json picture_json(const picture& p) {
    json nodes = json::array();
    for (const auto& n : p.nodes) {
        json o = json::object();
        o["id"] = n.id;
        o["label"] = n.label;
        o["kind"] = n.is_item ? "item" : "company";
        o["root"] = n.root;
        o["available"] = n.available;
        o["chokepoint"] = n.chokepoint == 1 ? json("single_point") : n.chokepoint == 2 ? json("in_set") : json(nullptr);
        o["flagged"] = n.flagged;
        nodes.push_back(std::move(o));
    }
    json edges = json::array();
    for (const auto& e : p.edges) {
        json o = json::object();
        o["from"] = e.from;
        o["to"] = e.to;
        o["kind"] = e.kind;
        o["via"] = text_or_null(e.via);
        o["capital"] = e.capital;
        o["unavailable"] = e.unavailable;
        o["frozen"] = e.frozen;
        o["blocked"] = strings(e.blocked);
        o["flagged"] = e.flagged;
        edges.push_back(std::move(o));
    }
    json o = json::object();
    o["nodes"] = std::move(nodes);
    o["edges"] = std::move(edges);
    return o;
}
}  // namespace detail::json_out

/// A JSON document as text: 2-space indentation, UTF-8, a final newline.
inline std::string dump(const json& j) { return j.dump(2, ' ', false, json::error_handler_t::replace) + '\n'; }

/// One report as a JSON object.
inline json to_json(const chokepoint_report& r) {
    using namespace detail::json_out;
    json o = json::object();
    o["title"] = r.title;
    o["note"] = text_or_null(r.note);
    o["item"] = r.item;
    o["item_name"] = r.item_name;
    o["category"] = r.item_category;
    o["buyer"] = text_or_null(r.buyer);
    o["buyer_name"] = text_or_null(r.buyer_name);
    o["as_of"] = r.as_of;
    o["bloc"] = strings(r.bloc);
    o["max_order"] = r.max_order;
    o["licences"] = r.licences;
    o["enforcement"] = r.enforcement;
    o["available"] = r.available;
    o["offerings"] = offerings(r.offerings);
    o["blocks"] = blocks(r.blocks);
    json frozen = json::array();
    for (const auto& f : r.frozen) {
        json e = json::object();
        e["provider"] = f.provider;
        e["item"] = f.item;
        e["input"] = f.input;
        frozen.push_back(std::move(e));
    }
    o["capacity_frozen"] = std::move(frozen);
    json gaps = json::array();
    for (const auto& gl : r.gaps) {
        json e = json::object();
        e["provider"] = gl.provider;
        e["item"] = gl.item;
        e["line"] = text_or_null(gl.line);
        e["buyer"] = gl.buyer;
        e["rule"] = gl.rule.id;
        e["rule_effective"] = gl.rule.effective;
        e["observed"] = gl.observed;
        e["status"] = status_of(gl.certainty);
        e["source"] = text_or_null(gl.source);
        gaps.push_back(std::move(e));
    }
    o["enforcement_gaps"] = std::move(gaps);
    json installed = json::array();
    for (const auto& il : r.installed) {
        json e = json::object();
        e["provider"] = il.provider;
        e["item"] = il.item;
        e["line"] = text_or_null(il.line);
        e["input"] = il.input;
        e["maker"] = il.maker;
        e["maker_country"] = text_or_null(il.maker_country);
        e["since"] = text_or_null(il.since);
        e["status"] = status_of(il.certainty);
        e["source"] = text_or_null(il.source);
        installed.push_back(std::move(e));
    }
    o["installed"] = std::move(installed);
    if (r.observed) {
        json e = json::object();
        e["label"] = "what could still stop it";
        e["available"] = r.observed->available;
        json ocps = json::object();
        ocps["companies"] = chokepoints(r.observed->company_sets);
        ocps["countries"] = chokepoints(r.observed->country_sets);
        e["chokepoints"] = std::move(ocps);
        e["self_sufficiency"] = r.observed->self_sufficiency ? self_sufficiency(*r.observed->self_sufficiency) : json(nullptr);
        o["observed_reading"] = std::move(e);
    } else {
        o["observed_reading"] = nullptr;
    }
    json trace = json::array();
    for (const auto& l : r.trace) trace.push_back(trace_entry(l));
    o["trace"] = std::move(trace);
    json cps = json::object();
    cps["companies"] = chokepoints(r.company_sets);
    cps["countries"] = chokepoints(r.country_sets);
    o["chokepoints"] = std::move(cps);
    json conc = json::array();
    for (const auto& l : r.concentration) conc.push_back(concentration(l));
    o["concentration"] = std::move(conc);
    o["self_sufficiency"] = r.self_sufficiency ? self_sufficiency(*r.self_sufficiency) : json(nullptr);
    json repairs = json::array();
    for (const auto& rs : r.repairs) repairs.push_back(repair(rs));
    o["repair_sets"] = std::move(repairs);
    o["timeline"] = timeline(r.timeline);
    json without = json::array();
    for (const auto& w : r.without_flagged) {
        json e = json::object();
        e["excluded"] = strings(w.excluded);
        e["rows"] = w.rows;
        e["rows_dropped"] = w.rows_dropped;
        e["offerings_dropped"] = w.offerings_dropped;
        e["requirements_dropped"] = w.requirements_dropped;
        e.update(change(w));
        e["observed_reading"] = w.observed ? change(*w.observed) : json(nullptr);
        without.push_back(std::move(e));
    }
    o["without_flagged"] = std::move(without);
    o["facts"] = facts(r.facts);
    json sources = json::array();
    for (const auto& s : r.sources) {
        json e = json::object();
        e["id"] = s.id;
        e["title"] = text_or_null(s.title);
        e["publisher"] = text_or_null(s.publisher);
        e["date"] = text_or_null(s.date);
        e["url"] = text_or_null(s.url);
        sources.push_back(std::move(e));
    }
    o["sources"] = std::move(sources);
    o["graph"] = picture_json(r.graph);
    return o;
}

/// A document of reports: {"format": "semichain-report/1", "title", "intro", "cases": [...]}.
inline json to_json(const report_document& d) {
    json o = json::object();
    o["format"] = "semichain-report/1";
    o["title"] = d.title;
    o["intro"] = detail::json_out::strings(d.intro);
    json cases = json::array();
    for (const auto& c : d.cases) cases.push_back(to_json(c));
    o["cases"] = std::move(cases);
    return o;
}

/// The document as JSON text.
inline std::string write_json(const report_document& d) { return dump(to_json(d)); }

// --- the command-line tool's contracts ----------------------------------------

/// {"item": ID, "max_order": K, "sets": [[ID, …], …]}
inline json chokepoints_json(const std::string& item, const chokepoint_section& s) {
    json o = json::object();
    o["item"] = item;
    o["max_order"] = s.max_order;
    o["sets"] = detail::json_out::sets(s);
    return o;
}

/// {"items": [{"id", "name", "providers", "top_company", "top_country", "hhi_company", "hhi_country"}, …]}
inline json concentration_json(const std::vector<concentration_line>& ls) {
    json items = json::array();
    for (const auto& l : ls) items.push_back(detail::json_out::concentration(l));
    json o = json::object();
    o["items"] = std::move(items);
    return o;
}

/// {"item", "bloc", "as_of", "capability", "missing", "coverage", "coverage_weighted", "domestic_value_share"}
inline json score_json(const std::string& item, const std::string& as_of, const self_sufficiency_section& s) {
    using namespace detail::json_out;
    json o = json::object();
    o["item"] = item;
    o["bloc"] = strings(s.bloc);
    o["as_of"] = as_of;
    o["capability"] = s.capable;
    o["missing"] = strings(s.missing);
    o["coverage"] = fraction(s.coverage);
    o["coverage_weighted"] = fraction(s.coverage_weighted);
    o["domestic_value_share"] = fraction(s.domestic_value_share);
    return o;
}

/// {"item", "buyer", "dates": [{"date", "available", "blocked": [{"provider", "item", "rule"}],
/// "domestic_value_share" (with a bloc)}]}. Blocks that differ only by buyer are listed once.
inline json timeline_json(const std::string& item, const std::string& buyer, const timeline_section& t, bool with_bloc) {
    using namespace detail::json_out;
    json dates = json::array();
    for (const auto& p : t.points) {
        json e = json::object();
        e["date"] = p.date;
        e["available"] = p.available;
        std::vector<std::vector<std::string>> triples;
        for (const auto& b : p.blocked) triples.push_back({b.provider, b.item, b.rule.id});
        std::sort(triples.begin(), triples.end());
        triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
        json blocked = json::array();
        for (const auto& tr : triples) {
            json b = json::object();
            b["provider"] = tr[0];
            b["item"] = tr[1];
            b["rule"] = tr[2];
            blocked.push_back(std::move(b));
        }
        e["blocked"] = std::move(blocked);
        if (with_bloc) e["domestic_value_share"] = fraction(p.domestic_value_share);
        dates.push_back(std::move(e));
    }
    json o = json::object();
    o["item"] = item;
    o["buyer"] = text_or_null(buyer);
    o["dates"] = std::move(dates);
    return o;
}

/// {"item", "buyer", "as_of", "entries": [trace entries as in the report]}
inline json trace_json(const std::string& item, const std::string& buyer, const std::string& as_of,
                       const std::vector<trace_line>& entries) {
    using namespace detail::json_out;
    json a = json::array();
    for (const auto& l : entries) a.push_back(trace_entry(l));
    json o = json::object();
    o["item"] = item;
    o["buyer"] = text_or_null(buyer);
    o["as_of"] = as_of;
    o["entries"] = std::move(a);
    return o;
}

}  // namespace semichain::report
