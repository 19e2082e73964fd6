// The subcommands on sets of candidates beyond listing them: `chokepoints
// --count-only`, `risk` (disruption probability and importance,
// algo/risk.hpp) and `repair` (repair sets, algo/repair.hpp). Contracts:
// README.md beside this file.
#include "commands.hpp"
#include "warnings.hpp"

#include <semichain/algo/chokepoints.hpp>
#include <semichain/algo/repair.hpp>
#include <semichain/algo/risk.hpp>
#include <semichain/report.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

namespace semichain::cli {

namespace {
/// counts[j]: the sets of exactly j members, j = 0 … k.
std::vector<std::uint64_t> counts_by_size(const std::vector<std::vector<std::string>>& sets, std::size_t k) {
    std::vector<std::uint64_t> counts(k + 1, 0);
    for (const auto& set : sets)
        if (set.size() <= k) ++counts[set.size()];
    return counts;
}
}  // namespace

std::vector<std::uint64_t> counts_of(const report::chokepoint_section& s) {
    return counts_by_size(s.sets, std::min(s.max_order, s.candidates));
}

namespace {

/// The chokepoint question of the options (candidates by --by).
chokepoint_query chokepoint_query_of(const options& o, const report::request& q) {
    chokepoint_query cq{.item = q.item, .buyer = q.buyer, .base = report::detail::scenario_of(q), .candidates = q.candidates,
                        .max_order = q.max_order};
    cq.candidates.by = o.by == "country" ? candidate_kind::countries : candidate_kind::companies;
    return cq;
}

std::string buyer_text(const data_source& d, company_index b) {
    return b.is_none() ? std::string{} : std::string{d.view.companies[b].id};
}

/// A number at full precision: the shortest text that reads back as the same double.
std::string exact(double v) {
    std::array<char, 32> buf{};
    const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return std::string{buf.data(), res.ptr};
}
std::string exact(const std::optional<double>& v) { return v ? exact(*v) : std::string{"-"}; }
report::json exact_json(const std::optional<double>& v) { return v ? report::json(*v) : report::json(nullptr); }
report::json null_or(const std::string& s) { return s.empty() ? report::json(nullptr) : report::json(s); }

report::table counts_table(const std::vector<std::uint64_t>& counts) {
    report::table t{"chokepoint_counts", {"order", "sets"}, {}};
    for (std::size_t j = 0; j < counts.size(); ++j) t.rows.push_back({std::to_string(j), std::to_string(counts[j])});
    return t;
}

// --- the probabilities file -----------------------------------------------------

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

/// Reads --probabilities: lines `id,probability` (an optional first line
/// `id,probability`, blank lines and lines starting with # are skipped).
/// Every problem is reported, each at its file:line.
std::unordered_map<candidate_member_t, double> read_probabilities(const data_source& d, const std::string& file,
                                                                  const candidate_spec& spec,
                                                                  const std::vector<candidate_member_t>& candidates) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw usage_error("semichain: cannot read the probabilities file '" + file + "'");
    std::unordered_map<candidate_member_t, double> out;
    std::map<candidate_member_t, std::size_t> first_line;
    std::vector<std::string> problems;
    std::string line;
    bool any = false;
    for (std::size_t n = 1; std::getline(in, line); ++n) {
        const std::string_view l = trim(line);
        const auto problem = [&](const std::string& what) { problems.push_back(file + ":" + std::to_string(n) + ": " + what); };
        if (l.empty() || l.front() == '#') continue;
        const bool first = !any;
        any = true;
        if (first && l == "id,probability") continue;
        const auto comma = l.find(',');
        if (comma == std::string_view::npos || l.find(',', comma + 1) != std::string_view::npos) {
            problem("expected two fields `id,probability`, got '" + std::string{l} + "'");
            continue;
        }
        const std::string id{trim(l.substr(0, comma))};
        const std::string_view p_text = trim(l.substr(comma + 1));
        candidate_member_t member = no_member;
        if (spec.by == candidate_kind::companies) {
            const auto c = d.view.find_company(id);
            if (!c) {
                problem("unknown company '" + id + "' (`semichain list companies` lists the companies)");
                continue;
            }
            member = candidate_member(d.view, spec, *c);
        } else {
            const auto k = country::parse(id);
            if (!k) {
                problem("'" + id + "' is not an ISO 3166-1 alpha-3 country code (the candidates are countries: --by country)");
                continue;
            }
            member = static_cast<candidate_member_t>(k->index());
        }
        if (member == no_member || !std::binary_search(candidates.begin(), candidates.end(), member)) {
            problem("'" + id + "' is not a candidate (see --candidates and --by; virtual companies never are)");
            continue;
        }
        double p = 0;
        const auto [ptr, ec] = std::from_chars(p_text.data(), p_text.data() + p_text.size(), p);
        if (ec != std::errc{} || ptr != p_text.data() + p_text.size() || !std::isfinite(p)) {
            problem("the probability of '" + id + "' is not a number: '" + std::string{p_text} + "'");
            continue;
        }
        if (p < 0 || p > 1) {
            problem("the probability of '" + id + "' must be in [0, 1], got " + std::string{p_text});
            continue;
        }
        if (const auto it = first_line.find(member); it != first_line.end()) {
            problem("'" + id + "' is given twice (first at line " + std::to_string(it->second) + ")");
            continue;
        }
        first_line.emplace(member, n);
        out.emplace(member, p);
    }
    if (!problems.empty()) {
        std::string msg = "semichain: the probabilities file does not load:";
        for (const auto& p : problems) msg += "\n" + p;
        throw usage_error(msg);
    }
    return out;
}

}  // namespace

int run_chokepoint_counts(const options& o) {
    if (o.format == "dot") throw usage_error("semichain: chokepoints --count-only: no dot output (formats: text, md, json, csv)");
    const data_source d = load_source(o);
    const report::request q = request_of(d, o);
    const chokepoint_result r = chokepoint_counts(d.view, chokepoint_query_of(o, q));
    const std::string item{d.view.items[q.item].id};
    const report::table t = counts_table(r.counts);
    emit(o, "chokepoints",
         {{"text", [&] { return text_table(t); }},
          {"md", [&] { return trimmed(heading("Chokepoint sets of `" + item + "` by order on " + format_date(q.as_of), markdown_table(t))); }},
          {"json", [&] {
               report::json j = report::json::object();
               j["item"] = item;
               j["max_order"] = q.max_order;
               j["sets"] = nullptr;
               j["counts"] = r.counts;
               return report::dump(with_warnings(std::move(j), d.warnings));
           }},
          {"csv", [&] { return report::write_csv(t); }}});
    return 0;
}

int run_risk(const options& o) {
    const data_source d = load_source(o);
    const report::request q = request_of(d, o);
    risk_query rq;
    rq.chokepoints = chokepoint_query_of(o, q);
    std::vector<candidate_member_t> candidates;
    for (const company_index c : d.view.companies.indices())
        if (const auto m = candidate_member(d.view, rq.chokepoints.candidates, c); m != no_member) candidates.push_back(m);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    if (!o.probabilities.empty()) rq.probabilities = read_probabilities(d, o.probabilities, rq.chokepoints.candidates, candidates);
    rq.default_probability = o.default_probability;
    for (const candidate_member_t m : candidates)
        if (!rq.probabilities.count(m) && !rq.default_probability) {
            const std::string name = rq.chokepoints.candidates.by == candidate_kind::companies
                                         ? std::string{d.view.companies[company_index{m}].id}
                                         : std::string{country::from_index(m).code()};
            throw usage_error("semichain: risk: candidate '" + name + "' has no disruption probability" +
                              (o.probabilities.empty() ? std::string{} : " in " + o.probabilities) +
                              " (give it one, or --default-probability)");
        }
    const risk_result r = disruption_risk(d.view, rq);

    const std::string item{d.view.items[q.item].id};
    const std::string buyer = buyer_text(d, q.buyer);
    const std::string as_of = format_date(q.as_of);
    struct row {
        std::string id;
        const importance_row* r;
    };
    std::vector<row> rows;
    for (const auto& i : r.importance) rows.push_back({std::string{r.sets.name(d.view, i.member)}, &i});
    std::stable_sort(rows.begin(), rows.end(), [](const row& a, const row& b) {
        return a.r->birnbaum != b.r->birnbaum ? a.r->birnbaum > b.r->birnbaum : a.id < b.id;
    });
    const std::string over = r.truncated ? "truncated: only the minimal sets of order <= " + std::to_string(r.max_order) +
                                               " (larger minimal sets exist)"
                                         : "every minimal set";

    report::table summary{"risk", {"measure", "value", "note"}, {}};
    summary.rows.push_back({"probability", exact(r.probability), "exact (BDD)"});
    summary.rows.push_back({"rare_event", exact(r.rare_event), "approximation, " + over});
    summary.rows.push_back({"mcub", exact(r.mcub), "approximation (min-cut upper bound), " + over});
    report::table importance{"importance",
                             {"id", "probability", "birnbaum", "criticality", "fussell_vesely", "raw", "rrw", "undefined"},
                             {}};
    for (const auto& [id, i] : rows)
        importance.rows.push_back({id, exact(i->probability), exact(i->birnbaum), exact(i->criticality), exact(i->fussell_vesely),
                                   exact(i->raw), exact(i->rrw), i->undefined});
    const std::string title = "Disruption risk of `" + item + "`" + (buyer.empty() ? "" : " for `" + buyer + "`") + " on " + as_of;
    const std::string kind = r.sets.kind == candidate_kind::companies ? "companies" : "countries";

    emit(o, "risk",
         {{"text", [&] {
               std::string out = item + (buyer.empty() ? "" : " for " + buyer) + " on " + as_of + ", candidates: " + kind + "\n";
               out += text_table(summary) + "\nimportance, by Birnbaum:\n" + text_table(importance);
               return out;
           }},
          {"md", [&] { return trimmed(heading(title, markdown_table(summary) + "\n" + markdown_table(importance))); }},
          {"json", [&] {
               report::json j = report::json::object();
               j["item"] = item;
               j["buyer"] = null_or(buyer);
               j["as_of"] = as_of;
               j["candidates"] = kind;
               j["available_at_baseline"] = r.sets.available_at_baseline;
               j["probability"] = r.probability;
               j["rare_event"] = r.rare_event;
               j["mcub"] = r.mcub;
               j["max_order"] = r.max_order;
               j["truncated"] = r.truncated;
               j["counts"] = r.sets.counts;
               report::json a = report::json::array();
               for (const auto& [id, i] : rows) {
                   report::json e = report::json::object();
                   e["id"] = id;
                   e["probability"] = i->probability;
                   e["birnbaum"] = i->birnbaum;
                   e["if_disrupted"] = i->if_disrupted;
                   e["if_not_disrupted"] = i->if_not_disrupted;
                   e["criticality"] = exact_json(i->criticality);
                   e["fussell_vesely"] = exact_json(i->fussell_vesely);
                   e["raw"] = exact_json(i->raw);
                   e["rrw"] = exact_json(i->rrw);
                   e["undefined"] = null_or(i->undefined);
                   a.push_back(std::move(e));
               }
               j["importance"] = std::move(a);
               return report::dump(with_warnings(std::move(j), d.warnings));
           }},
          {"csv", [&] { return report::write_csv(std::vector<report::table>{summary, importance}); }}});
    return 0;
}

int run_repair(const options& o) {
    const data_source d = load_source(o);
    const report::request q = request_of(d, o);
    if (!q.members) throw usage_error("semichain: repair: --bloc is required");
    const report::repair_section r = report::assemble_repair(d.view, q, *q.members, o.scenario == "isolated");
    if (!r.stopped.empty()) throw query_error(r.stopped);  // the search hit repair_query::max_evaluations
    const auto& missing = r.missing;
    const auto& sets = r.sets;
    std::vector<std::string> bloc;
    q.members->for_each([&](country c) { bloc.emplace_back(c.code()); });

    const std::string item{d.view.items[q.item].id};
    const std::string buyer = buyer_text(d, q.buyer);
    const std::string as_of = format_date(q.as_of);
    const std::string reading = o.scenario == "isolated" ? "with every company outside the bloc disrupted" : "under today's rules";
    const auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (const auto& x : v) s += (s.empty() ? "" : " ") + x;
        return s;
    };
    report::table t{"repair_sets", {"set", "order", "items"}, {}};
    for (std::size_t i = 0; i < sets.size(); ++i) t.rows.push_back({std::to_string(i + 1), std::to_string(sets[i].size()), join(sets[i])});
    const auto verdict = [&] {
        if (r.available_at_baseline) return std::string{"already available: the only minimal set is the empty one"};
        if (!r.repairable) return std::string{"no set of missing items makes it available (not even all of them)"};
        if (sets.empty()) return "no repair set of at most " + std::to_string(r.max_order) + " items";
        return std::to_string(sets.size()) + " minimal repair set(s) of at most " + std::to_string(r.max_order) + " items";
    };
    const std::string head = item + (buyer.empty() ? "" : " for " + buyer) + ", bloc " + join(bloc) + ", " + as_of + ", " + reading;

    emit(o, "repair",
         {{"text", [&] {
               std::string out = head + "\nmissing (" + std::to_string(missing.size()) + "): " + join(missing) + "\n" + verdict() + "\n";
               for (const auto& s : sets) out += (s.empty() ? std::string{"{}"} : join(s)) + "\n";
               return out;
           }},
          {"md", [&] {
               return trimmed(heading("Repair sets of `" + item + "`",
                                      head + "\n\nMissing (" + std::to_string(missing.size()) + "): " + join(missing) + "\n\n" +
                                          verdict() + ".\n\n" + markdown_table(t)));
           }},
          {"json", [&] {
               report::json j = report::json::object();
               j["item"] = item;
               j["buyer"] = null_or(buyer);
               j["bloc"] = bloc;
               j["as_of"] = as_of;
               const report::json section = report::detail::json_out::repair(r);
               for (const auto& [key, value] : section.items())
                   if (key != "stopped") j[key] = value;  // the tool fails instead of stopping
               j["counts"] = counts_by_size(sets, std::min(r.max_order, missing.size()));
               return report::dump(with_warnings(std::move(j), d.warnings));
           }},
          {"csv", [&] { return report::write_csv(t); }}});
    return 0;
}

}  // namespace semichain::cli
