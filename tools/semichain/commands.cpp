#include "commands.hpp"

#include "builtin_world.hpp"
#include "headline.hpp"
#include "output.hpp"

#include <semichain/algo/availability.hpp>
#include <semichain/algo/trace.hpp>
#include <semichain/io/eto.hpp>
#include <semichain/io/json_load.hpp>
#include <semichain/io/json_write.hpp>
#include <semichain/report.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
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

date as_of_of(const options& o) { return parse_date_or_throw(o.as_of.empty() ? default_as_of_text : o.as_of, "--as-of"); }

index_t find_item(const data_source& d, const std::string& id) {
    const index_t x = d.view.find_item(id);
    if (x == no_index)
        throw usage_error("semichain: unknown item '" + id + "' in " + d.name + " (`semichain list items` lists the items)");
    return x;
}

index_t find_company(const data_source& d, const std::string& id, const char* what) {
    const index_t c = d.view.find_company(id);
    if (c == no_index)
        throw usage_error("semichain: unknown company '" + id + "' (" + what + ") in " + d.name +
                          " (`semichain list companies` lists the companies)");
    return c;
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
    return q;
}

std::string format_or(const options& o, const char* fallback) { return o.format.empty() ? std::string{fallback} : o.format; }

std::string extension(const std::string& format) { return format == "text" ? "txt" : format; }

/// Prints or writes the output of a subcommand; a DOT file written to a
/// directory is also rendered to SVG when Graphviz is installed.
void deliver(const options& o, const std::string& name, const std::string& format, const std::string& text) {
    const std::string file = name + "." + extension(format);
    emit(o.out, file, text);
    if (format == "dot" && !o.out.empty()) {
        const std::filesystem::path dir{o.out};
        render_svg(dir / file, dir / (name + ".svg"));
    }
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
        for (index_t x = 0; x < g.items.size(); ++x)
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
                              roles, c.parent == no_index ? std::string{} : std::string{g.companies[c.parent].id}});
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
        d.owned.emplace(load_model_file(o.model));
        d.name = o.model;
    } else if (!o.eto.empty()) {
        d.owned.emplace(std::move(load_eto(std::filesystem::path{o.eto}).model));
        d.name = o.eto;
    } else {
        d.view = builtin_world();
        d.name = "the built-in world";
        d.builtin = true;
        return d;
    }
    d.view = d.owned->view();
    return d;
}

int run_report(const options& o) {
    const data_source d = load_source(o);
    report::report_document doc;
    if (o.item.empty()) {
        if (!d.builtin)
            throw usage_error("semichain: report: --item is required with --model or --eto (the headline report without "
                              "--item is made on the built-in world)");
        if (!o.buyer.empty()) throw usage_error("semichain: report: --buyer needs --item");
        doc.title = headline_title();
        doc.intro = headline_intro(d.view, o.as_of.empty() ? default_as_of_text : o.as_of);
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
            doc.cases.push_back(report::assemble_report(d.view, q));
        }
    } else {
        const report::request q = request_of(d, o);
        doc.cases.push_back(report::assemble_report(d.view, q));
        doc.title = "semichain report: " + doc.cases.front().title;
        doc.intro = {"Computed by `semichain report` on " + d.name + "."};
    }

    if (!o.out.empty()) {
        emit(o.out, "report.md", report::write_markdown(doc));
        emit(o.out, "report.json", report::write_json(doc));
        emit(o.out, "report.txt", report::write_text(doc));
        for (const auto& t : report::report_tables(doc)) emit(o.out, "report_" + t.name + ".csv", report::write_csv(t));
        emit(o.out, "report.dot", report::write_dot(doc));
        const std::filesystem::path dir{o.out};
        render_svg(dir / "report.dot", dir / "report.svg");
        return 0;
    }
    const std::string f = format_or(o, "md");
    const std::string text = f == "json"  ? report::write_json(doc)
                             : f == "csv" ? report::write_csv(report::report_tables(doc))
                             : f == "dot" ? report::write_dot(doc)
                             : f == "text" ? report::write_text(doc)
                                           : report::write_markdown(doc);
    emit({}, {}, text);
    return 0;
}

int run_trace(const options& o) {
    const data_source d = load_source(o);
    const report::request q = request_of(d, o);
    const availability_result r = compute_availability(d.view, scenario{.as_of = q.as_of});
    const auto lines = report::assemble_trace(d.view, q, r, o.available_only);
    const std::string item{d.view.items[q.item].id};
    const std::string buyer = q.buyer == no_index ? std::string{} : std::string{d.view.companies[q.buyer].id};
    const std::string as_of = format_date(q.as_of);
    const std::string f = format_or(o, "text");
    std::string text;
    if (f == "json") text = report::dump(report::trace_json(item, buyer, as_of, lines));
    else if (f == "csv") text = report::write_csv(report::trace_table(lines));
    else if (f == "md") text = trimmed(heading("Dependency trace of `" + item + "` on " + as_of, report::markdown_trace(lines)));
    else if (f == "dot") text = report::write_dot(report::assemble_picture(d.view, q, r, lines, {}), "Dependency trace of " + item + " on " + as_of);
    else text = report::text_trace(lines);
    deliver(o, "trace", f, text);
    return 0;
}

int run_chokepoints(const options& o) {
    const data_source d = load_source(o);
    const report::request q = request_of(d, o);
    const auto kind = o.by == "country" ? candidate_kind::countries : candidate_kind::companies;
    const auto s = report::assemble_chokepoints(d.view, q, kind);
    if (!s.stopped.empty()) throw std::runtime_error(s.stopped);
    const std::string item{d.view.items[q.item].id};
    const std::string f = format_or(o, "text");
    std::string text;
    if (f == "json") text = report::dump(report::chokepoints_json(item, s));
    else if (f == "csv") text = report::write_csv(report::chokepoints_table(s));
    else if (f == "md") text = trimmed(heading("Chokepoints of `" + item + "` on " + format_date(q.as_of), report::markdown_chokepoints(s)));
    else if (f == "dot") {
        const availability_result r = compute_availability(d.view, scenario{.as_of = q.as_of});
        const auto lines = report::assemble_trace(d.view, q, r);
        text = report::write_dot(report::assemble_picture(d.view, q, r, lines, kind == candidate_kind::companies ? s : report::chokepoint_section{}),
                                 "Chokepoints of " + item + " on " + format_date(q.as_of));
    } else text = report::text_chokepoints(s);
    deliver(o, "chokepoints", f, text);
    return 0;
}

int run_concentration(const options& o) {
    const data_source d = load_source(o);
    const date at = as_of_of(o);
    std::vector<report::concentration_line> lines;
    if (o.item.empty()) {
        for (index_t x = 0; x < d.view.items.size(); ++x) lines.push_back(report::concentration_of(d.view, x, at));
    } else {
        auto t = trace(d.view, find_item(d, o.item));
        for (std::size_t i = 0; const auto e = t.entry(i); ++i) lines.push_back(report::concentration_of(d.view, e->item, at));
    }
    const std::string f = format_or(o, "text");
    std::string text;
    if (f == "json") text = report::dump(report::concentration_json(lines));
    else if (f == "csv") text = report::write_csv(report::concentration_table(lines));
    else if (f == "md") text = trimmed(report::markdown_concentration(lines));
    else text = report::text_concentration(lines);
    deliver(o, "concentration", f, text);
    return 0;
}

int run_score(const options& o) {
    const data_source d = load_source(o);
    const report::request q = request_of(d, o);
    if (!q.members) throw usage_error("semichain: score: --bloc is required");
    const availability_result r = compute_availability(d.view, scenario{.as_of = q.as_of});
    const auto s = report::assemble_self_sufficiency(d.view, q, *q.members, r);
    const std::string item{d.view.items[q.item].id};
    const std::string as_of = format_date(q.as_of);
    const std::string f = format_or(o, "text");
    std::string text;
    if (f == "json") text = report::dump(report::score_json(item, as_of, s));
    else if (f == "csv") text = report::write_csv(report::score_table(item, as_of, s));
    else if (f == "md") text = trimmed(heading("`" + item + "` on " + as_of, report::markdown_self_sufficiency(s)));
    else text = report::text_score(item, as_of, s);
    deliver(o, "score", f, text);
    return 0;
}

int run_timeline(const options& o) {
    const data_source d = load_source(o);
    const report::request q = request_of(d, o);
    const auto t = report::assemble_timeline(d.view, q);
    const std::string item{d.view.items[q.item].id};
    const std::string buyer = q.buyer == no_index ? std::string{} : std::string{d.view.companies[q.buyer].id};
    const bool with_bloc = q.members.has_value();
    const std::string f = format_or(o, "text");
    std::string text;
    if (f == "json") text = report::dump(report::timeline_json(item, buyer, t, with_bloc));
    else if (f == "csv") text = report::write_csv(report::timeline_table(t));
    else if (f == "md") text = trimmed(heading("Timeline of `" + item + "`" + (buyer.empty() ? "" : " for `" + buyer + "`"),
                                               report::markdown_timeline(t, with_bloc)));
    else text = report::text_timeline(t, with_bloc);
    deliver(o, "timeline", f, text);
    return 0;
}

int run_export(const options& o) {
    const data_source d = load_source(o);
    deliver(o, d.builtin ? "world" : "model", "json", write_model(d.view));
    return 0;
}

int run_list(const options& o) {
    const data_source d = load_source(o);
    const table t = list_table(d.view, o.what);
    const std::string f = format_or(o, "text");
    std::string text;
    if (f == "json") text = report::dump(json_table(t));
    else if (f == "csv") text = report::write_csv(t);
    else if (f == "md") text = markdown_table(t);
    else text = text_table(t);
    deliver(o, t.name, f, text);
    return 0;
}

}  // namespace semichain::cli
