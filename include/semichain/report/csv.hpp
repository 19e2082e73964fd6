// The CSV writer: a report's sections as tables (RFC 4180 quoting, one
// header row, "\n" line ends, UTF-8). Each table has a name (its file name
// without ".csv" when written to a directory). Empty cells mean "none" or
// "unknown"; booleans are "true"/"false"; numbers use the fixed formatter.
//
// Tables built from a document (several cases) start with a `case` column:
// the case's position, from 1.
#pragma once

#include <semichain/report/format.hpp>
#include <semichain/report/report.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace semichain::report {

/// A named table of text cells.
struct table {
    std::string name;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

namespace detail::csv_out {
inline std::string field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}
inline std::string boolean(bool b) { return b ? "true" : "false"; }
inline std::string fraction(const std::optional<double>& v) { return v ? format_share(*v) : std::string{}; }
inline std::string status_text(status s) { return std::string{to_string(s)}; }
inline std::string flag(status s) { return boolean(is_flagged(s)); }
inline std::string joined(const std::vector<std::string>& v, char sep = ' ') {
    std::string out;
    for (const auto& s : v) {
        if (!out.empty()) out += sep;
        out += s;
    }
    return out;
}
}  // namespace detail::csv_out

/// The table as CSV text.
inline std::string write_csv(const table& t) {
    using detail::csv_out::field;
    const auto line = [](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + field(cells[i]);
        return out + "\n";
    };
    std::string out = line(t.header);
    for (const auto& r : t.rows) out += line(r);
    return out;
}

/// Several tables in one text: each preceded by a line "# name", separated by
/// an empty line (for a terminal; write them to separate files for programs).
inline std::string write_csv(const std::vector<table>& ts) {
    std::string out;
    for (std::size_t i = 0; i < ts.size(); ++i) out += (i ? "\n# " : "# ") + ts[i].name + "\n" + write_csv(ts[i]);
    return out;
}

// --- one table per section ------------------------------------------------------

/// The offerings of the traced item's closure, one row per (item, offering).
inline table trace_table(const std::vector<trace_line>& trace) {
    using namespace detail::csv_out;
    table t{"trace",
            {"tier", "item", "name", "category", "parent", "via", "buyer", "path", "item_available", "item_status",
             "provider", "country", "share", "since", "until", "offering_available", "state", "missing_input", "blocked_by",
             "frozen_by", "offering_status", "flagged", "source"},
            {}};
    for (const auto& l : trace) {
        std::vector<std::string> head{std::to_string(l.tier), l.item,  l.name,      l.category, l.parent,
                                      l.via,                  l.buyer, joined(l.path), boolean(l.available),
                                      status_text(l.certainty)};
        if (l.offerings.empty()) {
            auto r = head;
            r.resize(t.header.size());
            r[21] = flag(l.certainty);
            r[22] = l.source;
            t.rows.push_back(std::move(r));
        }
        for (const auto& o : l.offerings) {
            auto r = head;
            for (const auto& c : {o.provider, o.country, fraction(o.share), o.since, o.until, boolean(o.available), o.state,
                                  o.missing_input, o.blocked_by, o.frozen_by, status_text(o.certainty),
                                  boolean(is_flagged(o.certainty) || is_flagged(l.certainty)), o.source})
                r.push_back(c);
            t.rows.push_back(std::move(r));
        }
    }
    return t;
}

inline table blocks_table(const std::vector<block_line>& blocks, const std::string& name = "blocks") {
    using namespace detail::csv_out;
    table t{name, {"provider", "item", "buyer", "rule", "rule_name", "authority", "effective", "kind", "scope", "status", "source"}, {}};
    for (const auto& b : blocks)
        t.rows.push_back({b.provider, b.item, b.buyer, b.rule.id, b.rule.name, b.rule.authority, b.rule.effective, b.rule.kind,
                          b.rule.scope, status_text(b.rule.certainty), b.rule.source});
    return t;
}

/// One row per chokepoint set: its order, its members separated by spaces and,
/// where the basis is assembled (report/basis.hpp), what the set runs through
/// (`provider:item` pairs separated by spaces), the flagged rows it rests on
/// ("status: kind text [source]", separated by "; ") and whether any is
/// flagged; the three basis cells are empty where no basis is assembled.
inline table chokepoints_table(const chokepoint_section& s) {
    using namespace detail::csv_out;
    table t{"chokepoints", {"candidates", "order", "members", "through", "rests_on", "flagged"}, {}};
    const bool with_basis = s.basis.size() == s.sets.size();
    for (std::size_t i = 0; i < s.sets.size(); ++i) {
        const auto& set = s.sets[i];
        std::vector<std::string> row{s.kind, std::to_string(set.size()), joined(set), "", "", ""};
        if (with_basis) {
            const auto& b = s.basis[i];
            std::vector<std::string> through, rests;
            for (const auto& x : b.through) through.push_back(x.provider + ":" + x.item);
            for (const auto& f : b.rests_on)
                rests.push_back(status_text(f.certainty) + ": " + f.kind + " " + f.text + (f.source.empty() ? "" : " [" + f.source + "]"));
            std::string rests_text;
            for (const auto& r : rests) rests_text += (rests_text.empty() ? "" : "; ") + r;
            row[3] = joined(through);
            row[4] = std::move(rests_text);
            row[5] = boolean(b.flagged());
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

inline table concentration_table(const std::vector<concentration_line>& ls) {
    using namespace detail::csv_out;
    table t{"concentration",
            {"id", "name", "providers", "unknown_shares", "top_company", "top_company_share", "top_country", "top_country_share",
             "hhi_company", "hhi_country", "from_country_rows", "renormalised"},
            {}};
    const auto hhi = [](const std::optional<double>& h) { return h ? format_hhi(*h) : std::string{}; };
    for (const auto& l : ls)
        t.rows.push_back({l.id, l.name, std::to_string(l.providers), std::to_string(l.unknown_shares),
                          l.top_company ? l.top_company->id : std::string{},
                          l.top_company ? format_share(l.top_company->share) : std::string{},
                          l.top_country ? l.top_country->id : std::string{},
                          l.top_country ? format_share(l.top_country->share) : std::string{}, hhi(l.hhi_company),
                          hhi(l.hhi_country), boolean(l.from_country_rows), boolean(l.renormalised)});
    return t;
}

/// One row: the three measures.
inline table score_table(const std::string& item, const std::string& as_of, const self_sufficiency_section& s) {
    using namespace detail::csv_out;
    return {"score",
            {"item", "bloc", "as_of", "capability", "missing", "items", "covered", "coverage", "coverage_weighted",
             "weights_complete", "domestic_value_share"},
            {{item, joined(s.bloc), as_of, boolean(s.capable), joined(s.missing), std::to_string(s.items),
              std::to_string(s.covered), format_share(s.coverage), fraction(s.coverage_weighted), boolean(s.weights_complete),
              format_share(s.domestic_value_share)}}};
}

/// One row per date and block (a date without blocks has one row with empty block cells).
inline table timeline_table(const timeline_section& tl) {
    using namespace detail::csv_out;
    table t{"timeline", {"date", "available", "domestic_value_share", "provider", "item", "buyer", "rule"}, {}};
    for (const auto& p : tl.points) {
        if (p.blocked.empty()) t.rows.push_back({p.date, boolean(p.available), fraction(p.domestic_value_share), "", "", "", ""});
        for (const auto& b : p.blocked)
            t.rows.push_back({p.date, boolean(p.available), fraction(p.domestic_value_share), b.provider, b.item, b.buyer, b.rule.id});
    }
    return t;
}

inline table facts_table(const std::vector<fact_line>& facts) {
    using namespace detail::csv_out;
    table t{"facts", {"kind", "fact", "status", "flagged", "source"}, {}};
    for (const auto& f : facts) t.rows.push_back({f.kind, f.text, status_text(f.certainty), flag(f.certainty), f.source});
    return t;
}

inline table sources_table(const std::vector<source_line>& sources) {
    table t{"sources", {"id", "title", "publisher", "date", "url"}, {}};
    for (const auto& s : sources) t.rows.push_back({s.id, s.title, s.publisher, s.date, s.url});
    return t;
}

/// The tables of a document: summary, availability (the items' offerings),
/// blocks, trace, chokepoints, concentration, self_sufficiency, repair_sets, timeline,
/// facts, sources — each with a leading `case` column.
inline std::vector<table> report_tables(const report_document& d) {
    using namespace detail::csv_out;
    table summary{"summary",
                  {"case", "title", "item", "buyer", "as_of", "bloc", "available", "blocks", "single_points_of_failure",
                   "capability", "coverage", "domestic_value_share", "flagged_facts"},
                  {}};
    std::vector<table> parts;
    const auto add = [&](std::size_t k, const table& t) {
        const auto at = std::find_if(parts.begin(), parts.end(), [&](const table& p) { return p.name == t.name; });
        table* into = nullptr;
        if (at == parts.end()) {
            table fresh{t.name, {"case"}, {}};
            fresh.header.insert(fresh.header.end(), t.header.begin(), t.header.end());
            parts.push_back(std::move(fresh));
            into = &parts.back();
        } else {
            into = &*at;
        }
        for (const auto& r : t.rows) {
            std::vector<std::string> row{std::to_string(k)};
            row.insert(row.end(), r.begin(), r.end());
            into->rows.push_back(std::move(row));
        }
    };
    for (std::size_t i = 0; i < d.cases.size(); ++i) {
        const auto& r = d.cases[i];
        const std::size_t k = i + 1;
        const auto& ss = r.self_sufficiency;
        summary.rows.push_back({std::to_string(k), r.title, r.item, r.buyer, r.as_of, joined(r.bloc), boolean(r.available),
                                std::to_string(r.blocks.size()), joined(r.company_sets.single_points()),
                                ss ? boolean(ss->capable) : std::string{}, ss ? format_share(ss->coverage) : std::string{},
                                ss ? format_share(ss->domestic_value_share) : std::string{},
                                std::to_string(r.flagged_facts().size())});
        table avail{"availability", {"provider", "country", "share", "since", "until", "available", "state", "missing_input",
                                     "blocked_by", "frozen_by", "status", "source"}, {}};
        for (const auto& o : r.offerings)
            avail.rows.push_back({o.provider, o.country, fraction(o.share), o.since, o.until, boolean(o.available), o.state,
                                  o.missing_input, o.blocked_by, o.frozen_by, status_text(o.certainty), o.source});
        add(k, avail);
        add(k, blocks_table(r.blocks));
        add(k, trace_table(r.trace));
        table sets = chokepoints_table(r.company_sets);
        for (const auto& row : chokepoints_table(r.country_sets).rows) sets.rows.push_back(row);
        add(k, sets);
        add(k, concentration_table(r.concentration));
        if (ss) add(k, score_table(r.item, r.as_of, *ss));
        if (!r.repairs.empty()) {
            table rep{"repair_sets", {"scenario", "available_at_baseline", "repairable", "set", "order", "items", "missing"}, {}};
            for (const auto& rs : r.repairs) {
                if (rs.sets.empty())
                    rep.rows.push_back({rs.scenario, boolean(rs.available_at_baseline), boolean(rs.repairable), "", "", "",
                                        joined(rs.missing)});
                for (std::size_t j = 0; j < rs.sets.size(); ++j)
                    rep.rows.push_back({rs.scenario, boolean(rs.available_at_baseline), boolean(rs.repairable),
                                        std::to_string(j + 1), std::to_string(rs.sets[j].size()), joined(rs.sets[j]),
                                        joined(rs.missing)});
            }
            add(k, rep);
        }
        add(k, timeline_table(r.timeline));
        add(k, facts_table(r.facts));
        add(k, sources_table(r.sources));
    }
    for (auto& p : parts)
        if (p.name == "score") p.name = "self_sufficiency";
    parts.insert(parts.begin(), std::move(summary));
    return parts;
}

}  // namespace semichain::report
