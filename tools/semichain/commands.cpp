#include "commands.hpp"

#include "builtin_world.hpp"
#include "headline.hpp"
#include "html_report.hpp"
#include "output.hpp"
#include "warnings.hpp"

#include <semichain/algo/availability.hpp>
#include <semichain/algo/trace.hpp>
#include <semichain/io/eto.hpp>
#include <semichain/io/json_load.hpp>
#include <semichain/io/json_write.hpp>
#include <semichain/io/status_filter.hpp>
#include <semichain/report.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace semichain::cli {

namespace {

using report::table;

date parse_date_or_throw(const std::string& s, const char* what) {
    const auto d = parse_date(s);
    if (!d) throw usage_error(std::string{"semichain: "} + what + " must be a date in the form YYYY-MM-DD, not '" + s + "'");
    return *d;
}

}  // namespace

date as_of_of(const options& o) { return parse_date_or_throw(o.as_of.empty() ? default_as_of_text : o.as_of, "--as-of"); }

item_index find_item(const data_source& d, const std::string& id) {
    if (const auto x = d.view.find_item(id)) return *x;
    throw usage_error("semichain: unknown item '" + id + "' in " + d.name + " (`semichain list items` lists the items)");
}

company_index find_company(const data_source& d, const std::string& id, const char* what) {
    if (const auto c = d.view.find_company(id)) return *c;
    throw usage_error("semichain: unknown company '" + id + "' (" + what + ") in " + d.name +
                      " (`semichain list companies` lists the companies)");
}

bloc bloc_of(const std::vector<std::string>& codes) {
    bloc b;
    for (const auto& c : codes) {
        const auto k = country::parse(c);
        if (!k) throw usage_error("semichain: '" + c + "' is not an ISO 3166-1 alpha-3 country code");
        b.insert(*k);
    }
    return b;
}

candidate_spec candidates_of(const data_source& d, const options& o) {
    candidate_spec spec;
    spec.by = o.by == "country" ? candidate_kind::countries : candidate_kind::companies;
    bloc in;
    bool any_country = false;
    for (const auto& c : o.candidates) {
        if (c.rfind("role:", 0) == 0) {
            const auto r = parse_role(c.substr(5));
            if (!r) throw usage_error("semichain: unknown role in --candidates: '" + c + "'");
            spec.with_roles.insert(*r);
        } else if (c.rfind("country:", 0) == 0) {
            const auto k = country::parse(c.substr(8));
            if (!k) throw usage_error("semichain: unknown country in --candidates: '" + c + "'");
            in.insert(*k);
            any_country = true;
        } else {
            spec.only.push_back(find_company(d, c, "--candidates"));
        }
    }
    if (any_country) spec.in_countries = in;
    std::sort(spec.only.begin(), spec.only.end());
    return spec;
}

namespace {
/// The scenario of a request: its date, licence mode and enforcement reading.
scenario scenario_of(const report::request& q) { return report::detail::scenario_of(q); }
}  // namespace

/// The request the options describe (an item is required).
report::request request_of(const data_source& d, const options& o) {
    if (o.item.empty()) throw usage_error("semichain: --item is required");
    report::request q;
    q.item = find_item(d, o.item);
    if (!o.buyer.empty()) q.buyer = find_company(d, o.buyer, "--buyer");
    q.as_of = as_of_of(o);
    if (!o.bloc.empty()) q.members = bloc_of(o.bloc);
    if (o.max_order != 0) q.max_order = o.max_order;
    q.candidates = candidates_of(d, o);
    for (const auto& s : o.dates) q.extra_dates.push_back(parse_date_or_throw(s, "--dates"));
    q.licences = parse_licence_mode(o.licences).value_or(licence_mode::presumed);
    q.enforcement = parse_enforcement_mode(o.enforcement).value_or(enforcement_mode::rules);
    return q;
}

namespace {
std::string extension(std::string_view format) { return format == "text" ? "txt" : std::string{format}; }

/// Prints or writes one output of a subcommand: to stdout, or to --out's
/// directory as `name.<ext>`; a DOT file written to a directory is also
/// rendered to SVG when Graphviz is installed.
void deliver(const options& o, const std::string& name, std::string_view format, const std::string& text) {
    const std::string file = name + "." + extension(format);
    write_output(o.out, file, text);
    if (format == "dot" && !o.out.empty()) {
        const std::filesystem::path dir{o.out};
        render_svg(dir / file, dir / (name + ".svg"));
    }
}

}  // namespace

/// The output of a subcommand in the format --format names, made by that
/// format's writer; without --format (or for a format no writer has), by the
/// first writer: the subcommand's default format. Every subcommand's output
/// goes through here.
void emit(const options& o, const std::string& name, std::initializer_list<format_writer> writers) {
    const format_writer* chosen = writers.begin();
    for (const auto& w : writers)
        if (w.format == o.format) {
            chosen = &w;
            break;
        }
    deliver(o, name, chosen->format, chosen->write());
}

std::string heading(const std::string& title, const std::string& body) { return "## " + title + "\n\n" + body; }

std::string trimmed(std::string s) {
    while (s.size() > 1 && s[s.size() - 1] == '\n' && s[s.size() - 2] == '\n') s.pop_back();
    return s;
}

// --- tables for `list` ---------------------------------------------------------

std::string markdown_table(const table& t) {
    const auto row = [](const std::vector<std::string>& cells) {
        std::string out = "|";
        for (const auto& c : cells) {
            std::string v;
            for (const char ch : c) v += ch == '|' ? std::string{"\\|"} : std::string(1, ch);
            out += " " + v + " |";
        }
        return out + "\n";
    };
    std::string out = row(t.header) + "|";
    for (std::size_t i = 0; i < t.header.size(); ++i) out += "---|";
    out += "\n";
    for (const auto& r : t.rows) out += row(r);
    return out;
}

std::string text_table(const table& t) {
    std::vector<std::size_t> width(t.header.size(), 0);
    const auto measure = [&](const std::vector<std::string>& r) {
        for (std::size_t i = 0; i < r.size() && i < width.size(); ++i) width[i] = std::max(width[i], r[i].size());
    };
    measure(t.header);
    for (const auto& r : t.rows) measure(r);
    const auto line = [&](const std::vector<std::string>& r) {
        std::string out;
        for (std::size_t i = 0; i < r.size(); ++i) {
            out += r[i];
            if (i + 1 < r.size()) out += std::string(width[i] - r[i].size() + 2, ' ');
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };
    std::string out = line(t.header);
    for (const auto& r : t.rows) out += line(r);
    return out;
}

namespace {

report::json json_table(const table& t) {
    report::json rows = report::json::array();
    for (const auto& r : t.rows) {
        report::json o = report::json::object();
        for (std::size_t i = 0; i < t.header.size(); ++i) o[t.header[i]] = r[i];
        rows.push_back(std::move(o));
    }
    report::json o = report::json::object();
    o[t.name] = std::move(rows);
    return o;
}

table list_table(const graph_view& g, const std::string& what) {
    if (what == "items") {
        table t{"items", {"id", "name", "category", "offerings"}, {}};
        for (const item_index x : g.items.indices())
            t.rows.push_back({std::string{g.items[x].id}, std::string{g.items[x].name}, std::string{to_string(g.items[x].kind)},
                              std::to_string(g.offerings_of(x).size())});
        return t;
    }
    if (what == "companies") {
        table t{"companies", {"id", "name", "country", "roles", "parent"}, {}};
        for (const auto& c : g.companies) {
            std::string roles;
            for (unsigned k = 0; k <= static_cast<unsigned>(role::virtual_); ++k)
                if (c.roles.contains(static_cast<role>(k))) roles += (roles.empty() ? "" : " ") + std::string{to_string(static_cast<role>(k))};
            t.rows.push_back({std::string{c.id}, std::string{c.name}, c.location ? std::string{c.location->code()} : std::string{},
                              roles, c.parent.is_none() ? std::string{} : std::string{g.companies[c.parent].id}});
        }
        return t;
    }
    if (what == "rules") {
        table t{"rules", {"id", "name", "kind", "authority", "effective", "scope"}, {}};
        for (const auto& r : g.rules)
            t.rows.push_back({std::string{r.id}, std::string{r.name}, std::string{to_string(r.kind)},
                              r.authority ? std::string{r.authority->code()} : std::string{}, format_day(r.effective),
                              std::string{to_string(r.scope)}});
        return t;
    }
    if (what == "sources") {
        table t{"sources", {"id", "title", "publisher", "date", "url"}, {}};
        for (const auto& s : g.sources)
            t.rows.push_back({std::string{s.id}, std::string{s.title}, std::string{s.publisher}, format_day(s.published),
                              std::string{s.url}});
        return t;
    }
    // countries: where the companies are, with how many companies each
    table t{"countries", {"code", "name", "companies"}, {}};
    std::vector<std::size_t> count(country::count, 0);
    for (const auto& c : g.companies)
        if (c.location) ++count[c.location->index()];
    for (std::size_t i = 0; i < count.size(); ++i)
        if (count[i] != 0) {
            const country k = country::from_index(i);
            t.rows.push_back({std::string{k.code()}, std::string{k.name()}, std::to_string(count[i])});
        }
    return t;
}

}  // namespace

data_source load_source(const options& o) {
    data_source d;
    if (!o.model.empty()) {
        auto loaded = load_model_file_with_warnings(o.model);
        d.owned.emplace(std::move(loaded.model));
        d.name = o.model;
        d.warnings = describe_warnings(loaded.warnings);
    } else if (!o.eto.empty()) {
        auto loaded = load_eto(std::filesystem::path{o.eto});
        d.owned.emplace(std::move(loaded.model));
        d.name = o.eto;
        d.warnings = describe_warnings(loaded.warnings);
    } else {
        d.view = builtin_world();
        d.name = "the built-in world";
        d.builtin = true;
    }
    if (d.owned) d.view = d.owned->view();
    if (!o.exclude_status.empty()) {
        const status_set excluded = parse_status_list(o.exclude_status);  // checked by the option's validator
        const excluded_rows rows = parse_excluded_rows(o.exclude_rows).value_or(excluded_rows::all);
        graph filtered = std::move(without_statuses(d.view, excluded, rows).model);
        d.owned.emplace(std::move(filtered));
        d.view = d.owned->view();
        d.name += " without its " + excluded.names() + (rows == excluded_rows::all ? " rows" : " offerings");
    }
    announce_warnings(d.warnings, d.name, o.strict);
    return d;
}

int run_report(const options& o) {
    const data_source d = load_source(o);
    report::report_document doc;
    // Each case is also read without its uncertain (and assumed) offerings.
    std::vector<status_filter_result> filtered;
    for (const status_set s : report::flagged_readings())
        filtered.push_back(without_statuses(d.view, s, excluded_rows::offerings));
    const auto assemble = [&](const report::request& q) {
        auto rep = report::assemble_report(d.view, q);
        report::add_without_flagged(d.view, filtered, q, rep);
        return rep;
    };
    std::vector<report::request> requests;  // one per case, for the HTML page's dated states
    if (o.item.empty()) {
        if (!d.builtin)
            throw usage_error("semichain: report: --item is required with --model or --eto (the headline report without "
                              "--item is made on the built-in world)");
        if (!o.buyer.empty()) throw usage_error("semichain: report: --buyer needs --item");
        doc.title = headline_title();
        doc.intro = headline_intro(d.view, o.as_of.empty() ? default_as_of_text : o.as_of);
        if (!o.exclude_status.empty()) doc.intro.push_back("Computed on " + d.name + ".");
        const candidate_spec candidates = candidates_of(d, o);
        for (const auto& c : headline_cases()) {
            report::request q;
            q.item = find_item(d, c.item);
            if (!c.buyer.empty()) q.buyer = find_company(d, c.buyer, "headline case");
            q.as_of = !o.as_of.empty() ? as_of_of(o)
                      : !c.as_of.empty() ? parse_date_or_throw(c.as_of, "a headline case's date")
                                         : as_of_of(o);
            q.members = bloc_of(o.bloc.empty() ? c.bloc : o.bloc);
            if (o.max_order != 0) q.max_order = o.max_order;
            q.candidates = candidates;
            for (const auto& s : c.extra_dates) q.extra_dates.push_back(parse_date_or_throw(s, "a headline case's date"));
            for (const auto& s : o.dates) q.extra_dates.push_back(parse_date_or_throw(s, "--dates"));
            q.title = c.title;
            q.note = c.note;
            q.licences = parse_licence_mode(o.licences).value_or(licence_mode::presumed);
            q.enforcement = parse_enforcement_mode(o.enforcement).value_or(enforcement_mode::rules);
            doc.cases.push_back(assemble(q));
            requests.push_back(q);
        }
    } else {
        const report::request q = request_of(d, o);
        doc.cases.push_back(assemble(q));
        requests.push_back(q);
        doc.title = "semichain report: " + doc.cases.front().title;
        doc.intro = {"Computed by `semichain report` on " + d.name + "."};
    }

    const std::initializer_list<format_writer> writers{
        {"md", [&] { return report::write_markdown(doc); }},
        {"json", [&] { return report::dump(with_warnings(report::to_json(doc), d.warnings)); }},
        {"csv", [&] { return report::write_csv(report::report_tables(doc)); }},
        {"dot", [&] { return report::write_dot(doc); }},
        {"text", [&] { return report::write_text(doc); }},
        {"html", [&] { return html_report(d.view, requests, doc, o.layout); }}};
    if (o.out.empty()) {
        emit(o, "report", writers);
        return 0;
    }
    // --out: every format, each in its file (report.md, report.json, one
    // report_<table>.csv per table, report.dot and its SVG, report.txt, report.html).
    for (const auto& w : writers) {
        if (w.format == "csv") {
            for (const auto& t : report::report_tables(doc)) write_output(o.out, "report_" + t.name + ".csv", report::write_csv(t));
        } else {
            deliver(o, "report", w.format, w.write());
        }
    }
    return 0;
}

int run_trace(const options& o) {
    const data_source d = load_source(o);
    const report::request q = request_of(d, o);
    const availability_result r = compute_availability(d.view, scenario_of(q));
    const auto lines = report::assemble_trace(d.view, q, r, o.available_only);
    const std::string item{d.view.items[q.item].id};
    const std::string buyer = q.buyer.is_none() ? std::string{} : std::string{d.view.companies[q.buyer].id};
    const std::string as_of = format_date(q.as_of);
    emit(o, "trace",
         {{"text", [&] { return report::text_trace(lines); }},
          {"md", [&] { return trimmed(heading("Dependency trace of `" + item + "` on " + as_of, report::markdown_trace(lines))); }},
          {"json", [&] { return report::dump(with_warnings(report::trace_json(item, buyer, as_of, lines), d.warnings)); }},
          {"csv", [&] { return report::write_csv(report::trace_table(lines)); }},
          {"dot", [&] {
               return report::write_dot(report::assemble_picture(d.view, q, r, lines, {}),
                                        "Dependency trace of " + item + " on " + as_of);
           }}});
    return 0;
}

int run_chokepoints(const options& o) {
    const data_source d = load_source(o);
    const report::request q = request_of(d, o);
    const auto kind = o.by == "country" ? candidate_kind::countries : candidate_kind::companies;
    if (o.count_only) return run_chokepoint_counts(o);
    const auto s = report::assemble_chokepoints(d.view, q, kind);
    if (!s.stopped.empty()) throw query_error(s.stopped);  // the search hit chokepoint_query::max_sets
    const std::string item{d.view.items[q.item].id};
    emit(o, "chokepoints",
         {{"text", [&] { return report::text_chokepoints(s); }},
          {"md", [&] { return trimmed(heading("Chokepoints of `" + item + "` on " + format_date(q.as_of), report::markdown_chokepoints(s))); }},
          {"json", [&] {
               auto j = report::chokepoints_json(item, s);
               j["counts"] = counts_of(s);
               return report::dump(with_warnings(std::move(j), d.warnings));
           }},
          {"csv", [&] { return report::write_csv(report::chokepoints_table(s)); }},
          {"dot", [&] {
               const availability_result r = compute_availability(d.view, scenario_of(q));
               const auto lines = report::assemble_trace(d.view, q, r);
               return report::write_dot(
                   report::assemble_picture(d.view, q, r, lines, kind == candidate_kind::companies ? s : report::chokepoint_section{}),
                   "Chokepoints of " + item + " on " + format_date(q.as_of));
           }}});
    return 0;
}

int run_concentration(const options& o) {
    const data_source d = load_source(o);
    const date at = as_of_of(o);
    std::vector<report::concentration_line> lines;
    if (o.item.empty()) {
        for (const item_index x : d.view.items.indices()) lines.push_back(report::concentration_of(d.view, x, at));
    } else {
        auto t = trace(d.view, find_item(d, o.item));
        for (std::size_t i = 0; const auto e = t.entry(i); ++i) lines.push_back(report::concentration_of(d.view, e->item, at));
    }
    emit(o, "concentration",
         {{"text", [&] { return report::text_concentration(lines); }},
          {"md", [&] { return trimmed(report::markdown_concentration(lines)); }},
          {"json", [&] { return report::dump(with_warnings(report::concentration_json(lines), d.warnings)); }},
          {"csv", [&] { return report::write_csv(report::concentration_table(lines)); }}});
    return 0;
}

int run_score(const options& o) {
    const data_source d = load_source(o);
    const report::request q = request_of(d, o);
    if (!q.members) throw usage_error("semichain: score: --bloc is required");
    const availability_result r = compute_availability(d.view, scenario_of(q));
    const auto s = report::assemble_self_sufficiency(d.view, q, *q.members, r);
    const std::string item{d.view.items[q.item].id};
    const std::string as_of = format_date(q.as_of);
    emit(o, "score",
         {{"text", [&] { return report::text_score(item, as_of, s); }},
          {"md", [&] { return trimmed(heading("`" + item + "` on " + as_of, report::markdown_self_sufficiency(s))); }},
          {"json", [&] { return report::dump(with_warnings(report::score_json(item, as_of, s), d.warnings)); }},
          {"csv", [&] { return report::write_csv(report::score_table(item, as_of, s)); }}});
    return 0;
}

int run_timeline(const options& o) {
    const data_source d = load_source(o);
    const report::request q = request_of(d, o);
    const auto t = report::assemble_timeline(d.view, q);
    const std::string item{d.view.items[q.item].id};
    const std::string buyer = q.buyer.is_none() ? std::string{} : std::string{d.view.companies[q.buyer].id};
    const bool with_bloc = q.members.has_value();
    emit(o, "timeline",
         {{"text", [&] { return report::text_timeline(t, with_bloc); }},
          {"md", [&] {
               return trimmed(heading("Timeline of `" + item + "`" + (buyer.empty() ? "" : " for `" + buyer + "`"),
                                      report::markdown_timeline(t, with_bloc)));
           }},
          {"json", [&] { return report::dump(with_warnings(report::timeline_json(item, buyer, t, with_bloc), d.warnings)); }},
          {"csv", [&] { return report::write_csv(report::timeline_table(t)); }}});
    return 0;
}

int run_export(const options& o) {
    const data_source d = load_source(o);
    emit(o, d.builtin ? "world" : "model", {{"json", [&] { return write_model(d.view); }}});
    return 0;
}

int run_list(const options& o) {
    const data_source d = load_source(o);
    const table t = list_table(d.view, o.what);
    emit(o, t.name,
         {{"text", [&] { return text_table(t); }},
          {"md", [&] { return markdown_table(t); }},
          {"json", [&] { return report::dump(with_warnings(json_table(t), d.warnings)); }},
          {"csv", [&] { return report::write_csv(t); }}});
    return 0;
}

}  // namespace semichain::cli
