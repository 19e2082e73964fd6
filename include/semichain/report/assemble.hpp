// Report assembly: the algorithms run on a graph view for one request, their
// results turned into the plain structs of report/report.hpp.
//
//     semichain::report::request q{.item = v.item("kirin_9000s"), .buyer = v.company("huawei"),
//                                  .members = semichain::blocs::china};
//     semichain::report::chokepoint_report r = semichain::report::assemble_report(v, q);
//
// Each section can be assembled alone (the command-line tool does so for its
// subcommands). Everything is ordered by index (ids in byte order) or by the
// breadth-first trace: the same graph and request give the same report.
#pragma once

#include <semichain/algo/availability.hpp>
#include <semichain/algo/blocks.hpp>
#include <semichain/algo/chokepoints.hpp>
#include <semichain/algo/repair.hpp>
#include <semichain/algo/self_sufficiency.hpp>
#include <semichain/algo/timeline.hpp>
#include <semichain/algo/trace.hpp>
#include <semichain/report/basis.hpp>
#include <semichain/report/concentration.hpp>
#include <semichain/report/facts.hpp>
#include <semichain/report/format.hpp>
#include <semichain/report/report.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace semichain::report {

namespace detail {

inline scenario scenario_of(const request& q) {
    return scenario{.as_of = q.as_of, .licences = q.licences, .enforcement = q.enforcement};
}

inline void check_request(const graph_view& g, const request& q) {
    g.check(q.item);
    g.check_buyer(q.buyer);
    for (const company_index c : q.candidates.only) g.check(c);
    if (!q.as_of.ok()) throw query_error("semichain: report request: the date is not a valid calendar date");
}

/// The state of offering o at r's date for `buyer`.
inline offering_line make_offering(const graph_view& g, const availability_result& r, offering_index o, company_index buyer) {
    const auto& off = g.offerings[o];
    offering_line l;
    l.provider = text(g.companies[off.provider].id);
    l.provider_name = text(g.companies[off.provider].name);
    l.country = country_of(g, off.provider);
    if (off.has_share()) l.share = off.share;
    l.since = format_day(off.since);
    l.until = format_day(off.until);
    const unavailability why = r.reason(o);
    const rule_index rule = r.blocking_rule(o, buyer);
    l.available = why == unavailability::none && rule.is_none();
    if (why != unavailability::none) {
        l.state = text(to_string(why));
        if (!r.reason_input(o).is_none()) l.missing_input = text(g.items[r.reason_input(o)].id);
    } else {
        l.state = !rule.is_none() ? "blocked" : "available";
    }
    if (!rule.is_none()) {
        l.blocked_by = text(g.rules[rule].id);
        l.reach_uncertain = r.controls().reach_is_uncertain(rule, o);
    }
    if (const auto [passing, why] = r.passing_rule(o, buyer); !passing.is_none()) {
        const std::string id = text(g.rules[passing].id);
        switch (why) {
            case licence_outcome::required: l.licence = "licence required by " + id; break;
            case licence_outcome::granted: l.licence = "licence granted under " + id; break;
            case licence_outcome::not_yet: l.licence = "savings clause of " + id; break;
            case licence_outcome::observed: l.licence = "observed despite " + id; break;
            case licence_outcome::denied: break;
        }
    }
    if (r.available(o) && r.capacity_frozen(o)) l.frozen_by = text(g.items[r.frozen_by(o)].id);
    l.certainty = off.origin.certainty;
    l.source = source_of(g, off.origin);
    return l;
}

inline std::vector<block_line> make_blocks(const graph_view& g, const std::vector<chain_block>& bs) {
    std::vector<block_line> out;
    out.reserve(bs.size());
    for (const auto& b : bs) out.push_back(make_block(g, b));
    return out;
}

}  // namespace detail

/// Is the item available to the buyer at the date, and in what state is each of its offerings?
inline void assemble_availability(const graph_view& g, const request& q, const availability_result& r,
                                  chokepoint_report& out) {
    out.available = r.item_available_to(q.item, q.buyer);
    out.offerings.clear();
    for (const offering_index o : g.offerings_of(q.item)) out.offerings.push_back(detail::make_offering(g, r, o, q.buyer));
}

/// Every block in the item's chain at r's date (algo/blocks.hpp), for people:
/// by the rule's date, then rule, item, provider and buyer.
inline std::vector<block_line> assemble_blocks(const graph_view& g, const request& q, const availability_result& r) {
    auto out = detail::make_blocks(g, blocked_in_chain(r, q.item, q.buyer));
    std::stable_sort(out.begin(), out.end(), [](const block_line& a, const block_line& b) {
        return std::tie(a.rule.effective, a.rule.id, a.item, a.provider, a.buyer) <
               std::tie(b.rule.effective, b.rule.id, b.item, b.provider, b.buyer);
    });
    return out;
}

/// The item's dependency closure, by tier, with each offering's state at r's
/// date for the company that buys the item: structural (every offering
/// followed, whatever the date), or with `available_only` the trace filtered
/// by r (only offerings available to their buyer are followed).
inline std::vector<trace_line> assemble_trace(const graph_view& g, const request& q, const availability_result& r,
                                              bool available_only = false) {
    std::vector<trace_line> out;
    index_vector<item_index, std::size_t> position(g.items.size(), 0);
    auto t = available_only ? trace(r, q.item, q.buyer) : trace(g, q.item, q.buyer);
    for (std::size_t i = 0; const auto e = t.entry(i); ++i) {
        trace_line l;
        const auto& it = g.items[e->item];
        l.tier = e->tier;
        l.item = detail::text(it.id);
        l.name = detail::text(it.name);
        l.category = detail::text(to_string(it.kind));
        if (!e->parent.is_none()) {
            l.parent = detail::text(g.items[e->parent].id);
            l.path = out[position[e->parent]].path;
        }
        l.path.push_back(l.item);
        if (!e->via.is_none()) l.via = detail::text(g.companies[g.offerings[e->via].provider].id);
        if (!e->buyer.is_none()) l.buyer = detail::text(g.companies[e->buyer].id);
        l.available = r.item_available_to(e->item, e->buyer);
        for (const offering_index o : g.offerings_of(e->item)) l.offerings.push_back(detail::make_offering(g, r, o, e->buyer));
        l.certainty = it.origin.certainty;
        l.source = detail::source_of(g, it.origin);
        position[e->item] = out.size();
        out.push_back(std::move(l));
    }
    return out;
}

/// The minimal chokepoint sets, with the request's candidate filters, of
/// companies (by = companies) or of countries (by = countries). A search that
/// hits its limit yields no sets and says so in `stopped`.
inline chokepoint_section assemble_chokepoints(const graph_view& g, const request& q, candidate_kind by) {
    chokepoint_query cq{.item = q.item, .buyer = q.buyer, .base = detail::scenario_of(q), .candidates = q.candidates,
                        .max_order = q.max_order};
    cq.candidates.by = by;
    chokepoint_section s;
    s.kind = by == candidate_kind::companies ? "companies" : "countries";
    s.max_order = q.max_order;
    try {
        const chokepoint_result res = chokepoint_sets(g, cq);
        s.available_at_baseline = res.available_at_baseline;
        s.candidates = res.candidates.size();
        for (const auto& set : res.sets) {
            auto& names = s.sets.emplace_back();
            for (const candidate_member_t m : set) names.push_back(detail::text(res.name(g, m)));
            std::sort(names.begin(), names.end());
        }
        std::sort(s.sets.begin(), s.sets.end(), [](const auto& a, const auto& b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b;
        });
    } catch (const search_limit_exceeded& e) {
        s.stopped = e.what();
        s.sets.clear();
    }
    return s;
}

/// The three self-sufficiency measures of bloc B for the request's item and buyer.
inline self_sufficiency_section assemble_self_sufficiency(const graph_view& g, const request& q, const bloc& B,
                                                          const availability_result& r) {
    self_sufficiency_section s;
    B.for_each([&](country c) { s.bloc.push_back(detail::text(c.code())); });
    const auto cap = capability(g, q.item, q.buyer, B, detail::scenario_of(q));
    s.capable = cap.capable;
    for (const item_index y : cap.missing) s.missing.push_back(detail::text(g.items[y].id));
    const auto cov = coverage(r, q.item, q.buyer, B);
    s.items = cov.items;
    s.covered = cov.covered;
    s.coverage = cov.plain;
    s.coverage_weighted = cov.weighted;
    s.weights_complete = cov.weights_complete;
    for (const item_index y : cov.uncovered) s.uncovered.push_back(detail::text(g.items[y].id));
    const auto v = domestic_value_share(r, q.item, q.buyer, B);
    s.domestic_value_share = v.share;
    s.converged = v.converged && cov.converged;
    return s;
}

/// The minimal repair sets of bloc B for the request's item and buyer, under
/// the request's scenario (today's rules) or, with `isolated`, with every
/// company outside B disrupted. A search that hits its limit yields no sets
/// and says so in `stopped`.
inline repair_section assemble_repair(const graph_view& g, const request& q, const bloc& B, bool isolated) {
    repair_query rq{.item = q.item, .buyer = q.buyer, .members = B, .base = detail::scenario_of(q), .max_order = q.max_order};
    if (isolated) rq.base = isolated_scenario(g, B, rq.base);
    repair_section s;
    s.scenario = isolated ? "isolated" : "rules";
    s.max_order = q.max_order;
    try {
        const repair_result r = repair_sets(g, rq);
        s.available_at_baseline = r.available_at_baseline;
        s.repairable = r.repairable;
        for (const item_index y : r.missing) s.missing.push_back(detail::text(g.items[y].id));
        std::sort(s.missing.begin(), s.missing.end());
        for (const auto& set : r.sets) {
            auto& ids = s.sets.emplace_back();
            for (const item_index y : set) ids.push_back(detail::text(g.items[y].id));
            std::sort(ids.begin(), ids.end());
        }
        std::sort(s.sets.begin(), s.sets.end(), [](const auto& a, const auto& b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b;
        });
    } catch (const repair_search_too_large& e) {
        s.stopped = e.what();
    }
    return s;
}

/// Availability, blocks and (with a bloc) the domestic value share at every
/// date of availability_timeline_dates (control dates and the day before
/// each rule, the chain's offerings' start and end dates, the request's date
/// and its extra dates, one day before the first), and the changes between
/// consecutive dates.
inline timeline_section assemble_timeline(const graph_view& g, const request& q) {
    std::vector<date> extra = q.extra_dates;
    extra.push_back(q.as_of);
    const auto series = availability_timeline(g, q.item, q.buyer, detail::scenario_of(q), q.members, extra);
    timeline_section s;
    for (const auto& p : series.points)
        s.points.push_back({format_date(p.on), p.result.available, detail::make_blocks(g, p.result.blocked),
                            p.result.value_share});
    for (std::size_t i = 0; i < series.steps.size(); ++i) {
        const auto& st = series.steps[i];
        timeline_change_line c{format_date(st.from), format_date(st.to), st.change.availability_changed,
                               series.points[i + 1].result.available, detail::make_blocks(g, st.change.newly_blocked),
                               detail::make_blocks(g, st.change.no_longer_blocked),
                               detail::make_blocks(g, st.change.rule_changed)};
        const auto event = [&](offering_index o, day_number on) {
            const auto& off = g.offerings[o];
            return offering_event_line{std::string{g.companies[off.provider].id}, std::string{g.items[off.item].id},
                                       std::string{off.line}, format_day(on)};
        };
        for (const offering_index o : st.change.started) c.started.push_back(event(o, g.offerings[o].since));
        for (const offering_index o : st.change.ended) c.ended.push_back(event(o, g.offerings[o].until));
        s.changes.push_back(std::move(c));
    }
    return s;
}

/// Concentration at the request's date of every item of a trace, in trace order.
inline std::vector<concentration_line> assemble_concentration(const graph_view& g, const request& q,
                                                              const std::vector<trace_line>& trace) {
    std::vector<concentration_line> out;
    out.reserve(trace.size());
    for (const auto& l : trace) out.push_back(concentration_of(g, g.item(l.item), q.as_of));
    return out;
}

/// The dependency picture: the traced items, their providers and the buyer;
/// chokepoint companies marked, blocked offerings labelled with rule and buyer.
inline picture assemble_picture(const graph_view& g, const request& q, const availability_result& r,
                                const std::vector<trace_line>& trace, const chokepoint_section& company_sets) {
    using detail::text;
    picture p;
    index_vector<company_index, std::uint8_t> provider(g.companies.size(), 0);
    for (const auto& l : trace) {
        const item_index x = g.item(l.item);
        p.nodes.push_back({l.item, l.name, true, x == q.item, l.available, 0, is_flagged(l.certainty)});
        for (const offering_index o : g.offerings_of(x)) provider[g.offerings[o].provider] = 1;
    }
    if (!q.buyer.is_none()) provider[q.buyer] = 1;
    std::map<std::string, int> marks;
    for (const auto& s : company_sets.sets)
        for (const auto& m : s) {
            const int mark = s.size() == 1 ? 1 : 2;
            auto [it, fresh] = marks.emplace(m, mark);
            if (!fresh) it->second = std::min(it->second, mark);
        }
    for (const company_index c : g.companies.indices()) {
        if (!provider[c]) continue;
        const auto& co = g.companies[c];
        std::string label = text(co.name);
        if (co.location) label += " (" + text(co.location->code()) + ")";
        const auto m = marks.find(text(co.id));
        p.nodes.push_back({text(co.id), label, false, false, true, m == marks.end() ? 0 : m->second,
                           is_flagged(co.origin.certainty)});
    }
    std::map<offering_index, std::vector<std::string>> blocked;
    for (const auto& b : blocked_in_chain(r, q.item, q.buyer))
        blocked[b.offering].push_back(text(g.rules[b.rule].id) + " -> " + text(g.companies[b.buyer].id));
    for (const auto& l : trace) {
        const item_index x = g.item(l.item);
        for (const offering_index o : g.offerings_of(x)) {
            const auto& off = g.offerings[o];
            graph_edge e;
            e.from = text(g.companies[off.provider].id);
            e.to = l.item;
            e.kind = "provides";
            e.unavailable = !r.available(o);
            e.frozen = r.available(o) && r.capacity_frozen(o);
            if (const auto it = blocked.find(o); it != blocked.end()) e.blocked = it->second;
            e.flagged = is_flagged(off.origin.certainty);
            p.edges.push_back(std::move(e));
        }
        const auto requirement = [&](const requirement_record& req, std::string via) {
            graph_edge e;
            e.from = text(g.items[req.input].id);
            e.to = l.item;
            e.kind = "requires";
            e.via = std::move(via);
            e.capital = req.capital;
            e.flagged = is_flagged(req.origin.certainty);
            for (const auto& seen : p.edges)
                if (seen.kind == e.kind && seen.from == e.from && seen.to == e.to && seen.via == e.via) return;
            p.edges.push_back(std::move(e));
        };
        for (const auto& req : g.requirements_of_item(x)) requirement(req, {});
        for (const offering_index o : g.offerings_of(x))
            for (const auto& req : g.requirements_of_offering(o)) requirement(req, text(g.companies[g.offerings[o].provider].id));
    }
    if (!q.buyer.is_none()) {
        graph_edge e;
        e.from = text(g.items[q.item].id);
        e.to = text(g.companies[q.buyer].id);
        e.kind = "buys";
        p.edges.push_back(std::move(e));
    }
    return p;
}

/// The enforcement gaps of the chain at r's date (algo/blocks.hpp).
inline std::vector<gap_line> assemble_gaps(const graph_view& g, const request& q, const availability_result& r) {
    using detail::text;
    std::vector<gap_line> out;
    for (const auto& gap : enforcement_gaps(r, q.item, q.buyer)) {
        const auto& off = g.offerings[gap.offering];
        out.push_back({text(g.companies[off.provider].id), text(g.items[off.item].id), text(off.line),
                       text(g.companies[gap.buyer].id), detail::make_rule(g, gap.rule), format_day(gap.observed.date),
                       gap.observed.origin.certainty, detail::source_of(g, gap.observed.origin)});
    }
    return out;
}

/// The installed capital inputs of the lines of a trace's items, in trace order.
inline std::vector<installed_line> assemble_installed(const graph_view& g, const std::vector<trace_line>& trace) {
    using detail::text;
    std::vector<installed_line> out;
    for (const auto& l : trace)
        for (const offering_index o : g.offerings_of(g.item(l.item))) {
            const auto& off = g.offerings[o];
            if (o != g.offerings_of(off.item).front()) {
                const auto& prev = g.offerings[offering_index{o.value() - 1}];
                if (prev.provider == off.provider && prev.line == off.line) continue;  // one line, several periods
            }
            for (const auto& row : g.installed_of(o))
                out.push_back({text(g.companies[off.provider].id), l.item, text(off.line), text(g.items[row.input].id),
                               text(g.companies[row.maker].id), detail::country_of(g, row.maker), format_day(row.since),
                               row.origin.certainty, detail::source_of(g, row.origin)});
        }
    return out;
}

/// The whole report for one request.
inline chokepoint_report assemble_report(const graph_view& g, const request& q) {
    detail::check_request(g, q);
    chokepoint_report rep;
    const auto& it = g.items[q.item];
    rep.item = detail::text(it.id);
    rep.item_name = detail::text(it.name);
    rep.item_category = detail::text(to_string(it.kind));
    if (!q.buyer.is_none()) {
        rep.buyer = detail::text(g.companies[q.buyer].id);
        rep.buyer_name = detail::text(g.companies[q.buyer].name);
    }
    rep.as_of = format_date(q.as_of);
    if (q.members) q.members->for_each([&](country c) { rep.bloc.push_back(detail::text(c.code())); });
    rep.max_order = q.max_order;
    rep.title = q.title.empty() ? rep.item_name + (rep.buyer.empty() ? std::string{} : " for " + rep.buyer_name) + " on " + rep.as_of
                                : q.title;
    rep.note = q.note;

    const availability_result r = compute_availability(g, detail::scenario_of(q));
    assemble_availability(g, q, r, rep);
    rep.blocks = assemble_blocks(g, q, r);
    rep.trace = assemble_trace(g, q, r);
    for (const auto& l : rep.trace)
        for (const auto& o : l.offerings)
            if (!o.frozen_by.empty()) rep.frozen.push_back({o.provider, l.item, o.frozen_by});
    rep.company_sets = assemble_chokepoints(g, q, candidate_kind::companies);
    rep.country_sets = assemble_chokepoints(g, q, candidate_kind::countries);
    assemble_basis(g, rep.trace, rep.company_sets);
    assemble_basis(g, rep.trace, rep.country_sets);
    rep.concentration = assemble_concentration(g, q, rep.trace);
    if (q.members) {
        rep.self_sufficiency = assemble_self_sufficiency(g, q, *q.members, r);
        for (const bool isolated : {false, true}) rep.repairs.push_back(assemble_repair(g, q, *q.members, isolated));
    }
    rep.timeline = assemble_timeline(g, q);
    rep.licences = detail::text(to_string(q.licences));
    rep.enforcement = detail::text(to_string(q.enforcement));
    rep.gaps = assemble_gaps(g, q, r);
    rep.installed = assemble_installed(g, rep.trace);
    // Blocked under the rules, yet observed: the observed reading, "what could still stop it".
    if (!rep.available && q.enforcement == enforcement_mode::rules && !rep.gaps.empty()) {
        request seen = q;
        seen.enforcement = enforcement_mode::observed;
        const availability_result ro = compute_availability(g, detail::scenario_of(seen));
        observed_reading o;
        o.available = ro.item_available_to(q.item, q.buyer);
        o.company_sets = assemble_chokepoints(g, seen, candidate_kind::companies);
        o.country_sets = assemble_chokepoints(g, seen, candidate_kind::countries);
        const auto seen_trace = assemble_trace(g, seen, ro);
        assemble_basis(g, seen_trace, o.company_sets);
        assemble_basis(g, seen_trace, o.country_sets);
        if (q.members) o.self_sufficiency = assemble_self_sufficiency(g, seen, *q.members, ro);
        rep.observed = std::move(o);
    }

    // The facts used: the closure's items, offerings, providers and
    // requirements, the buyer, and every rule named by a block.
    detail::fact_set used{g};
    for (const auto& l : rep.trace) used.add_item_closure(g.item(l.item));
    if (!q.buyer.is_none()) used.add_company(q.buyer);
    for (const auto& b : rep.blocks) used.add_rule(g.rule(b.rule.id));
    for (const auto& p : rep.timeline.points)
        for (const auto& b : p.blocked) used.add_rule(g.rule(b.rule.id));
    rep.facts = used.facts();
    rep.sources = used.sources();
    rep.graph = assemble_picture(g, q, r, rep.trace, rep.company_sets);
    return rep;
}

}  // namespace semichain::report
