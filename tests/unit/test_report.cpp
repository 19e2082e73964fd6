// Reports: assembly on small models with numbers worked out by hand, and the
// Markdown, JSON, CSV, DOT and text writers (deterministic, flags visible).
#include <semichain/graph/graph.hpp>
#include <semichain/io/status_filter.hpp>
#include <semichain/report.hpp>

#include "support/controlled_model.hpp"
#include "support/minimal_model.hpp"
#include "support/text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;

namespace {

using test_support::contains;

report::request minimal_request(const graph_view& v) {
    report::request q;
    q.item = v.item("chip");
    q.members = bloc{TWN};
    return q;
}

// The minimal model with statuses on every row, for conclusions that rest on
// uncertain facts and assumptions:
//   a provides wafer (0.6)  uncertain     b provides wafer (0.4)  public
//   m provides chip (1.0)   seed          a provides resist       assumption
//   chip requires wafer (0.3)  assumption wafer from a requires resist  public
//   jpn_list_m (JPN lists m, 2030-01-01)  uncertain, with a public licence under it
graph flagged_model() {
    graph_builder b;
    b.add(company_input{.id = "a", .name = "A", .location = USA, .roles = {role::materials}});
    b.add(company_input{.id = "b", .name = "B", .location = JPN, .roles = {role::materials}});
    b.add(company_input{.id = "m", .name = "M", .location = TWN, .roles = {role::foundry}});
    b.add(item_input{.id = "wafer", .name = "Wafer", .kind = category::material});
    b.add(item_input{.id = "resist", .name = "Resist", .kind = category::material});
    b.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    b.add(provides_input{.provider = "a", .item = "wafer", .share = 0.6, .certainty = status::uncertain});
    b.add(provides_input{.provider = "b", .item = "wafer", .share = 0.4, .certainty = status::public_});
    b.add(provides_input{.provider = "m", .item = "chip", .share = 1.0, .certainty = status::seed});
    b.add(provides_input{.provider = "a", .item = "resist", .certainty = status::assumption});
    b.add(requires_input{.item = "chip", .input = "wafer", .weight = 0.3, .certainty = status::assumption});
    b.add(requires_input{.item = "wafer", .input = "resist", .provider = "a", .certainty = status::public_});
    b.add(rule_input{.id = "jpn_list_m", .kind = rule_kind::entity_listing, .authority = JPN, .effective = 2030y / 1 / 1,
                     .targets = {"m"}, .certainty = status::uncertain});
    b.add(licence_input{.rule = "jpn_list_m", .provider = "b", .granted = 2030y / 1 / 1, .certainty = status::public_});
    return b.build();
}

}  // namespace

TEST_CASE("numbers are formatted with fixed, locale-independent rules", "[report][format]") {
    using report::format_decimal;
    CHECK(format_decimal(0.7, 4) == "0.7");
    CHECK(format_decimal(0.123456, 4) == "0.1235");
    CHECK(format_decimal(1.0, 4) == "1");
    CHECK(format_decimal(0.0, 4) == "0");
    CHECK(format_decimal(-0.00001, 4) == "0");
    CHECK(format_decimal(5200.000000000001, 2) == "5200");
    CHECK(format_decimal(3361.5, 2) == "3361.5");
    CHECK(format_decimal(0.99996, 4) == "1");
    CHECK(format_decimal(12345678.0, 4) == "12345678");
    CHECK(report::format_share(1.0 / 3.0) == "0.3333");
    CHECK(report::format_percent(0.62) == "62%");
    CHECK(report::format_hhi(60.0 * 60.0 + 40.0 * 40.0) == "5200");
    CHECK(report::rounded(0.76923076, 4) == 0.7692);
}

TEST_CASE("the minimal model's report has the numbers of FORMAT.md", "[report]") {
    const graph g = test_support::minimal_model().build();
    const graph_view v = g.view();
    const auto r = report::assemble_report(v, minimal_request(v));

    CHECK(r.item == "chip");
    CHECK(r.as_of == "2025-06-30");  // the fixed default date
    CHECK(r.available);
    REQUIRE(r.offerings.size() == 1);
    CHECK(r.offerings[0].provider == "m");
    CHECK(r.offerings[0].state == "available");
    CHECK(r.blocks.empty());

    // Trace: chip (tier 0), wafer (tier 1, bought by m).
    REQUIRE(r.trace.size() == 2);
    CHECK(r.trace[0].item == "chip");
    CHECK(r.trace[0].tier == 0);
    CHECK(r.trace[1].item == "wafer");
    CHECK(r.trace[1].tier == 1);
    CHECK(r.trace[1].buyer == "m");
    CHECK(r.trace[1].path == std::vector<std::string>{"chip", "wafer"});
    CHECK(r.trace[1].offerings.size() == 2);

    // Chokepoints: {m} and {a, b}; as countries {TWN} and {JPN, USA}.
    CHECK(r.company_sets.sets == std::vector<std::vector<std::string>>{{"m"}, {"a", "b"}});
    CHECK(r.company_sets.single_points() == std::vector<std::string>{"m"});
    CHECK(r.country_sets.sets == std::vector<std::vector<std::string>>{{"TWN"}, {"JPN", "USA"}});

    // Concentration of wafer: 60² + 40² = 5200, top a (USA) 0.6.
    REQUIRE(r.concentration.size() == 2);
    const auto& wafer = r.concentration[1];
    CHECK(wafer.id == "wafer");
    CHECK(wafer.providers == 2);
    REQUIRE(wafer.top_company);
    CHECK(wafer.top_company->id == "a");
    CHECK(wafer.top_company->share == Approx(0.6));
    REQUIRE(wafer.top_country);
    CHECK(wafer.top_country->id == "USA");
    REQUIRE(wafer.hhi_company);
    CHECK(*wafer.hhi_company == Approx(5200.0));
    CHECK(*wafer.hhi_country == Approx(5200.0));

    // Self-sufficiency of {TWN}: not capable (wafer), coverage 1/2,
    // weighted 1 / (1 + 0.3), domestic value share 0.7.
    REQUIRE(r.self_sufficiency);
    const auto& s = *r.self_sufficiency;
    CHECK_FALSE(s.capable);
    CHECK(s.missing == std::vector<std::string>{"wafer"});
    CHECK(s.coverage == Approx(0.5));
    REQUIRE(s.coverage_weighted);
    CHECK(*s.coverage_weighted == Approx(1.0 / 1.3));
    CHECK(s.domestic_value_share == Approx(0.7));

    // No rule: the timeline has the report's date only.
    REQUIRE(r.timeline.points.size() == 1);
    CHECK(r.timeline.points[0].date == "2025-06-30");
    REQUIRE(r.timeline.points[0].domestic_value_share);
    CHECK(*r.timeline.points[0].domestic_value_share == Approx(0.7));

    // Facts: 2 items, 3 companies, 3 offerings, 1 requirement; no source.
    CHECK(r.facts.size() == 9);
    CHECK(r.sources.empty());
    CHECK(r.flagged_facts().empty());
}

TEST_CASE("the bloc {USA} holds 0.3 × 0.6 of the chip's value", "[report]") {
    const graph g = test_support::minimal_model().build();
    const graph_view v = g.view();
    auto q = minimal_request(v);
    q.members = bloc{USA};
    const auto r = report::assemble_report(v, q);
    REQUIRE(r.self_sufficiency);
    CHECK(r.self_sufficiency->domestic_value_share == Approx(0.18));
    CHECK(r.self_sufficiency->missing == std::vector<std::string>{"chip"});
}

TEST_CASE("JSON contracts have the documented keys and values", "[report][json]") {
    const graph g = test_support::minimal_model().build();
    const graph_view v = g.view();
    const auto q = minimal_request(v);
    const auto r = report::assemble_report(v, q);

    const std::string cp = report::chokepoints_json("chip", r.company_sets).dump();
    CHECK(cp == R"({"item":"chip","max_order":3,"sets":[["m"],["a","b"]]})");

    const std::string conc = report::concentration_json({r.concentration[1]}).dump();
    CHECK(conc == R"({"items":[{"id":"wafer","name":"Wafer","providers":2,"top_company":{"id":"a","share":0.6},)"
                  R"("top_country":{"id":"USA","share":0.6},"hhi_company":5200,"hhi_country":5200,"renormalised":false}]})");

    const std::string score = report::score_json("chip", r.as_of, *r.self_sufficiency).dump();
    CHECK(score == R"({"item":"chip","bloc":["TWN"],"as_of":"2025-06-30","capability":false,"missing":["wafer"],)"
                   R"("coverage":0.5,"coverage_weighted":0.7692,"domestic_value_share":0.7})");

    const std::string tl = report::timeline_json("chip", "", r.timeline, true).dump();
    CHECK(tl == R"({"item":"chip","buyer":null,"dates":[{"date":"2025-06-30","available":true,"blocked":[],)"
                "\"domestic_value_share\":0.7}]}");
    const std::string tl_no_bloc = report::timeline_json("chip", "", r.timeline, false).dump();
    CHECK_FALSE(contains(tl_no_bloc, "domestic_value_share"));

    // An item with no known share: tops and indices are null.
    report::concentration_line none;
    none.id = "x";
    none.name = "X";
    none.providers = 1;
    CHECK(report::concentration_json({none}).dump() ==
          R"({"items":[{"id":"x","name":"X","providers":1,"top_company":null,"top_country":null,"hhi_company":null,"hhi_country":null,)"
          R"("renormalised":false}]})");
}

TEST_CASE("blocks, the timeline and flags under control rules", "[report]") {
    const graph g = test_support::controlled_model();
    const graph_view v = g.view();
    report::request q;
    q.item = v.item("chip");
    q.buyer = v.company("x");
    q.as_of = 2024y / 6 / 30;
    q.members = bloc{JPN};
    q.extra_dates = {2023y / 6 / 30};
    const auto r = report::assemble_report(v, q);

    CHECK(r.available);  // b's wafer still reaches m
    REQUIRE(r.blocks.size() == 1);
    CHECK(r.blocks[0].provider == "a");
    CHECK(r.blocks[0].item == "wafer");
    CHECK(r.blocks[0].buyer == "m");
    CHECK(r.blocks[0].rule.id == "usa_list_m");
    CHECK(r.blocks[0].rule.effective == "2024-01-01");
    CHECK(r.blocks[0].rule.source == "s1");
    // a's wafer is blocked to m: b and m are single points of failure.
    CHECK(r.company_sets.sets == std::vector<std::vector<std::string>>{{"b"}, {"m"}});

    // Dates: 2023-06-30 (extra), 2023-12-31 (the eve of the first rule: the state
    // before anything), 2024-01-01, 2024-06-30 (as of), 2024-12-31 (the eve of
    // the second rule), 2025-01-01.
    const auto& pts = r.timeline.points;
    REQUIRE(pts.size() == 6);
    CHECK(pts[0].date == "2023-06-30");
    CHECK(pts[0].available);
    CHECK(*pts[0].domestic_value_share == Approx(0.3 * 0.4));
    CHECK(pts[1].date == "2023-12-31");
    CHECK(*pts[1].domestic_value_share == Approx(0.3 * 0.4));
    CHECK(pts[2].date == "2024-01-01");
    CHECK(*pts[2].domestic_value_share == Approx(0.3));
    CHECK(pts[4].date == "2024-12-31");
    CHECK(pts[4].available);
    CHECK(pts[4].blocked.size() == 1);
    CHECK(pts[5].date == "2025-01-01");
    CHECK_FALSE(pts[5].available);
    CHECK(pts[5].blocked.size() == 2);
    REQUIRE(r.timeline.changes.size() == 5);
    CHECK(r.timeline.changes[0].empty());
    // Text: every date but 2024-06-30 (nothing changes at it or at the next
    // date); under the first its blocks (none), under the others what changed.
    CHECK(report::text_timeline(r.timeline, true) ==
          "2023-06-30: available, 0 blocks, domestic value share 0.12\n"
          "2023-12-31: available, 0 blocks, domestic value share 0.12\n"
          "2024-01-01: available, 1 block, domestic value share 0.3\n"
          "  new: usa_list_m (USA, 2024-01-01): a -> wafer to m\n"
          "2024-12-31: available, 1 block, domestic value share 0.3\n"
          "2025-01-01: unavailable, 2 blocks, domestic value share 0\n"
          "  becomes unavailable\n"
          "  new: jpn_list_m (JPN, 2025-01-01): b -> wafer to m\n");
    CHECK(contains(report::markdown_timeline(r.timeline, true),
                   "1 date left out: nothing changed at it or at the next date (the JSON lists every date)."));
    CHECK(r.timeline.changes[1].newly_blocked.size() == 1);
    CHECK(r.timeline.changes[3].empty());
    CHECK(r.timeline.changes[4].availability_changed);
    CHECK_FALSE(r.timeline.changes[4].available_after);

    // The rules behind the blocks are facts; jpn_list_m is uncertain and flagged.
    const auto flagged = r.flagged_facts();
    REQUIRE(flagged.size() == 1);
    CHECK(flagged[0].kind == "rule");
    CHECK(contains(flagged[0].text, "jpn_list_m"));
    REQUIRE(r.sources.size() == 1);
    CHECK(r.sources[0].id == "s1");

    const report::report_document doc{"Controlled", {}, {r}};
    const std::string md = report::write_markdown(doc);
    CHECK(contains(md, "**⚠ uncertain**"));
    CHECK(contains(md, "### Flags: uncertain facts and assumptions"));
    CHECK(contains(md, "`usa_list_m` | USA | 2024-01-01"));
    CHECK(contains(md, "https://example.org/s1"));
    CHECK(md.back() == '\n');
    CHECK(md.substr(md.size() - 2) != "\n\n");

    const std::string text = report::write_text(doc);
    CHECK(contains(text, "usa_list_m (USA, 2024-01-01): a -> wafer to m"));
    CHECK(contains(text, "1 uncertain (!)"));

    // CSV: RFC 4180 quoting of the source's title.
    const auto tables = report::report_tables(doc);
    const auto sources = std::find_if(tables.begin(), tables.end(), [](const report::table& t) { return t.name == "sources"; });
    REQUIRE(sources != tables.end());
    CHECK(report::write_csv(*sources) ==
          "case,id,title,publisher,date,url\n1,s1,\"A \"\"quoted\"\" title, with a comma\",P,2024-02-01,https://example.org/s1\n");

    // DOT: the blocked offering is red and labelled with its rule and buyer;
    // single points of failure are red.
    const std::string dot = report::write_dot(doc);
    CHECK(contains(dot, "\"a\" -> \"wafer\" [color=\"#d93025\", fontcolor=\"#d93025\", penwidth=2, label=\"blocked: usa_list_m -> m\"]"));
    CHECK(contains(dot, "\"m\" [label=\"M (TWN)\\nm\", shape=ellipse, fillcolor=\"#d93025\""));
    CHECK(contains(dot, "\"chip\" -> \"x\" [color=black, label=\"buys\"]"));
}

TEST_CASE("a report is the same bytes every time", "[report]") {
    const graph g = test_support::controlled_model();
    const graph_view v = g.view();
    report::request q;
    q.item = v.item("chip");
    q.buyer = v.company("x");
    q.members = bloc{JPN, TWN};
    const report::report_document a{"T", {"p"}, {report::assemble_report(v, q)}};
    const report::report_document b{"T", {"p"}, {report::assemble_report(v, q)}};
    CHECK(report::write_json(a) == report::write_json(b));
    CHECK(report::write_markdown(a) == report::write_markdown(b));
    CHECK(report::write_csv(report::report_tables(a)) == report::write_csv(report::report_tables(b)));
    CHECK(report::write_dot(a) == report::write_dot(b));
    CHECK(report::write_text(a) == report::write_text(b));
}

TEST_CASE("concentration: country rows first, residual providers left out", "[report][concentration]") {
    graph_builder b;
    b.add(company_input{.id = "c1", .name = "C1", .location = USA, .roles = {role::equipment}});
    b.add(company_input{.id = "c2", .name = "C2", .location = USA, .roles = {role::equipment}});
    b.add(company_input{.id = "c3", .name = "C3", .location = NLD, .roles = {role::equipment}});
    b.add(company_input{.id = "various", .name = "Various companies", .roles = {role::aggregate}});
    b.add(company_input{.id = "usa", .name = "United States", .location = USA, .roles = {role::aggregate}});
    b.add(company_input{.id = "jpn", .name = "Japan", .location = JPN, .roles = {role::aggregate}});
    b.add(item_input{.id = "tool", .name = "Tool", .kind = category::tool});
    b.add(item_input{.id = "gas", .name = "Gas", .kind = category::material});
    // tool: company rows only (country figures from headquarters) and a residual.
    b.add(provides_input{.provider = "c1", .item = "tool", .share = 0.3});
    b.add(provides_input{.provider = "c2", .item = "tool", .share = 0.2});
    b.add(provides_input{.provider = "c3", .item = "tool", .share = 0.4});
    b.add(provides_input{.provider = "various", .item = "tool", .share = 0.1});
    // gas: company rows and country rows: the country rows give the country figures.
    b.add(provides_input{.provider = "c1", .item = "gas", .share = 0.5});
    b.add(provides_input{.provider = "usa", .item = "gas", .share = 0.2});
    b.add(provides_input{.provider = "jpn", .item = "gas", .share = 0.8});
    const graph g = b.build();
    const graph_view v = g.view();

    const auto tool = report::concentration_of(v, v.item("tool"));
    CHECK(tool.providers == 4);  // the residual is a provider, in no figure
    CHECK(tool.unknown_shares == 0);
    REQUIRE(tool.top_company);
    CHECK(tool.top_company->id == "c3");
    CHECK(*tool.hhi_company == Approx(30.0 * 30 + 20 * 20 + 40 * 40));  // 2900, the residual left out
    REQUIRE(tool.top_country);
    CHECK(tool.top_country->id == "USA");  // 0.3 + 0.2
    CHECK(tool.top_country->share == Approx(0.5));
    CHECK(*tool.hhi_country == Approx(50.0 * 50 + 40 * 40));  // 4100

    const auto gas = report::concentration_of(v, v.item("gas"));
    CHECK(gas.providers == 3);
    CHECK(gas.from_country_rows);
    CHECK(gas.top_company->id == "c1");
    CHECK(*gas.hhi_company == Approx(2500.0));
    CHECK(gas.top_country->id == "JPN");
    CHECK(gas.top_country->share == Approx(0.8));
    CHECK(*gas.hhi_country == Approx(20.0 * 20 + 80 * 80));  // 6800
}

TEST_CASE("a report on an unavailable item says so everywhere", "[report]") {
    const graph g = test_support::controlled_model();
    const graph_view v = g.view();
    report::request q;
    q.item = v.item("chip");
    q.buyer = v.company("x");
    q.as_of = 2025y / 6 / 30;
    const auto r = report::assemble_report(v, q);
    CHECK_FALSE(r.available);
    CHECK_FALSE(r.company_sets.available_at_baseline);
    CHECK(r.company_sets.sets == std::vector<std::vector<std::string>>{{}});
    CHECK_FALSE(r.self_sufficiency);
    CHECK(r.trace[0].offerings[0].state == "input unavailable");
    CHECK(r.trace[0].offerings[0].missing_input == "wafer");
    const std::string md = report::markdown_report(r);
    CHECK(contains(md, "is **not available** to `x`"));
    CHECK(contains(md, "The item is already unavailable"));
    CHECK(report::text_chokepoints(r.company_sets) == "already unavailable: the empty set cuts it off, no disruption is needed\n");
}

TEST_CASE("text chokepoints: no set up to order k is said in words", "[report]") {
    // The minimal model with a second chip maker: {m} is no longer a set of one,
    // and with max_order 1 no single company cuts the chip off ({a, b} has two).
    graph_builder b = test_support::minimal_model();
    b.add(company_input{.id = "n", .name = "N", .location = KOR, .roles = {role::foundry}});
    b.add(provides_input{.provider = "n", .item = "chip"});
    const graph g = b.build();
    const graph_view v = g.view();
    report::request q;
    q.item = v.item("chip");
    q.as_of = 2025y / 6 / 30;
    q.max_order = 1;
    const auto r = report::assemble_report(v, q);
    CHECK(r.company_sets.available_at_baseline);
    CHECK(r.company_sets.sets.empty());
    CHECK(report::text_chokepoints(r.company_sets) ==
          "no chokepoint set up to order 1 among the companies\n");
}

TEST_CASE("a bad request is refused", "[report]") {
    const graph g = test_support::minimal_model().build();
    const graph_view v = g.view();
    report::request q;
    CHECK_THROWS_AS(report::assemble_report(v, q), query_error);
    q.item = v.item("chip");
    q.buyer = company_index{99};
    CHECK_THROWS_AS(report::assemble_report(v, q), query_error);
}

TEST_CASE("status lists: names separated by commas, every bad entry named", "[report][status]") {
    CHECK(parse_status_list("uncertain") == status_set{status::uncertain});
    CHECK(parse_status_list("uncertain,assumption") == status_set{status::uncertain, status::assumption});
    CHECK(parse_status_list(" assumption , uncertain ") == status_set{status::uncertain, status::assumption});
    CHECK(parse_status_list("uncertain,assumption").names() == "uncertain, assumption");
    CHECK_FALSE(parse_status_list("seed").contains(status::public_));
    const auto message = [](std::string_view list) {
        try {
            (void)parse_status_list(list);
        } catch (const value_error& e) {
            return std::string{e.what()};
        }
        return std::string{};
    };
    CHECK(message("") == "semichain: the status list '' is empty: name statuses separated by commas (seed, public, "
                         "uncertain or assumption)");
    CHECK(message("uncertain,,assumption") == "semichain: the status list 'uncertain,,assumption' has an empty entry (entry 2)");
    CHECK(message("uncertain,") == "semichain: the status list 'uncertain,' has an empty entry (entry 2)");
    CHECK(message("uncertain,guess") == "semichain: the status list 'uncertain,guess' names 'guess' (entry 2), which is "
                                        "no status: a status is seed, public, uncertain or assumption");
    CHECK(message("Uncertain") != "");
}

TEST_CASE("a graph without uncertain rows, and without assumptions too", "[report][status]") {
    const graph g = flagged_model();
    const graph_view v = g.view();

    // Uncertain: a's wafer and the listing go, and with them the requirement
    // of a's wafer and the licence under the listing.
    const status_filter_result u = without_statuses(v, {status::uncertain});
    const graph_view w = u.model.view();
    CHECK(u.dropped_in(input_part::provides) == 1);
    CHECK(u.dropped_in(input_part::requires_) == 1);
    CHECK(u.dropped_in(input_part::rules) == 1);
    CHECK(u.dropped_in(input_part::licences) == 1);
    CHECK(u.dropped_total() == 4);
    CHECK(u.dropped_with_their_row == 2);
    CHECK(w.companies.size() == v.companies.size());
    CHECK(w.items.size() == v.items.size());
    REQUIRE(w.offerings_of(w.item("wafer")).size() == 1);
    CHECK(w.companies[w.offerings[w.offerings_of(w.item("wafer")).front()].provider].id == "b");
    CHECK(w.offerings_of(w.item("resist")).size() == 1);
    CHECK(w.rules.size() == 0);
    CHECK(w.licences.size() == 0);
    CHECK(w.requirements_of_item(w.item("chip")).size() == 1);

    // Uncertain and assumption: a's resist and the chip's need of wafer go too.
    const status_filter_result ua = without_statuses(v, {status::uncertain, status::assumption});
    CHECK(ua.dropped_in(input_part::provides) == 2);
    CHECK(ua.dropped_in(input_part::requires_) == 2);
    CHECK(ua.dropped_total() == 6);
    CHECK(ua.dropped_with_their_row == 2);
    CHECK(ua.model.view().offerings_of(ua.model.view().item("resist")).empty());
    CHECK(ua.model.view().requirements_of_item(ua.model.view().item("chip")).empty());

    // Offerings only: a's wafer and its requirement; the listing and its licence stay.
    const status_filter_result o = without_statuses(v, {status::uncertain, status::assumption}, excluded_rows::offerings);
    CHECK(o.rows == excluded_rows::offerings);
    CHECK(o.dropped_in(input_part::provides) == 2);
    CHECK(o.dropped_in(input_part::requires_) == 1);
    CHECK(o.dropped_total() == 3);
    CHECK(o.dropped_with_their_row == 1);
    CHECK(o.model.view().rules.size() == 1);
    CHECK(o.model.view().requirements_of_item(o.model.view().item("chip")).size() == 1);
    CHECK(parse_excluded_rows("offerings") == excluded_rows::offerings);
    CHECK_FALSE(parse_excluded_rows("relations"));

    // Nothing excluded: the same document.
    CHECK(write_model(without_statuses(v, {}).model.view()) == write_model(v));
    CHECK(without_statuses(v, {status::seed, status::public_, status::uncertain, status::assumption}).model.view().offerings.size() == 0);
}

TEST_CASE("chokepoint sets: what they run through, which flagged rows they rest on", "[report][status]") {
    const graph g = flagged_model();
    const graph_view v = g.view();
    report::request q;
    q.item = v.item("chip");
    q.members = bloc{USA};
    const auto r = report::assemble_report(v, q);
    using sets = std::vector<std::vector<std::string>>;
    REQUIRE(r.company_sets.sets == sets{{"m"}, {"a", "b"}});
    REQUIRE(r.company_sets.basis.size() == 2);

    // {m}: m's chip, a seed row; nothing flagged.
    const auto& m = r.company_sets.basis[0];
    CHECK(m.set == std::vector<std::string>{"m"});
    REQUIRE(m.through.size() == 1);
    CHECK(m.through[0].provider == "m");
    CHECK(m.through[0].item == "chip");
    CHECK_FALSE(m.flagged());

    // {a, b}: both wafers and a's resist; a's wafer is uncertain, a's resist
    // assumed, and the chip's need of wafer (on the way to all three) assumed.
    const auto& ab = r.company_sets.basis[1];
    REQUIRE(ab.through.size() == 3);
    CHECK(ab.through[0].provider == "a");
    CHECK(ab.through[0].item == "wafer");
    CHECK(ab.through[0].certainty == status::uncertain);
    CHECK(ab.through[1].provider == "b");
    CHECK(ab.through[2].item == "resist");
    REQUIRE(ab.rests_on.size() == 3);
    CHECK(ab.rests_on[0].text == "a provides wafer (share 0.6)");
    CHECK(ab.rests_on[0].certainty == status::uncertain);
    CHECK(ab.rests_on[1].text == "a provides resist");
    CHECK(ab.rests_on[1].certainty == status::assumption);
    CHECK(ab.rests_on[2].text == "chip requires wafer (weight 0.3)");
    CHECK(ab.rests_on[2].kind == "requires");

    // Countries: {TWN} and {JPN, USA}, resting on the same rows.
    REQUIRE(r.country_sets.sets == sets{{"TWN"}, {"JPN", "USA"}});
    CHECK_FALSE(r.country_sets.basis[0].flagged());
    CHECK(r.country_sets.basis[1].rests_on.size() == 3);

    const std::string md = report::markdown_report(r);
    CHECK(contains(md, "Sets resting on uncertain or assumed rows:\n\n- `a`, `b` (through 3 offerings) rests on: ⚠ uncertain: "
                       "provides a provides wafer (share 0.6); ⚠ assumption: provides a provides resist; ⚠ assumption: requires "
                       "chip requires wafer (weight 0.3)\n"));
    const auto j = nlohmann::json::parse(report::write_json(report::report_document{"t", {}, {r}}));
    const auto& basis = j["cases"][0]["chokepoints"]["companies"]["basis"];
    REQUIRE(basis.size() == 2);
    CHECK(basis[1]["set"] == nlohmann::json::array({"a", "b"}));
    CHECK(basis[1]["flagged"] == true);
    CHECK(basis[1]["through"][0]["flagged"] == true);
    CHECK(basis[1]["rests_on"][1]["status"] == "assumption");
    CHECK(basis[0]["rests_on"].empty());
    CHECK(j["cases"][0]["without_flagged"].empty());  // not assembled

    // CSV: the same basis in three more columns of the chokepoints table.
    CHECK(report::write_csv(report::chokepoints_table(r.company_sets)) ==
          "candidates,order,members,through,rests_on,flagged\n"
          "companies,1,m,m:chip,,false\n"
          "companies,2,a b,a:wafer b:wafer a:resist,uncertain: provides a provides wafer (share 0.6); assumption: provides a "
          "provides resist; assumption: requires chip requires wafer (weight 0.3),true\n");
    // Without an assembled basis the three cells are empty.
    report::chokepoint_section bare = r.company_sets;
    bare.basis.clear();
    CHECK(report::write_csv(report::chokepoints_table(bare)) ==
          "candidates,order,members,through,rests_on,flagged\ncompanies,1,m,,,\ncompanies,2,a b,,,\n");
}

TEST_CASE("what changes without uncertain offerings, and without assumed ones too", "[report][status]") {
    const graph g = flagged_model();
    const graph_view v = g.view();
    report::request q;
    q.item = v.item("chip");
    q.members = bloc{USA};
    auto r = report::assemble_report(v, q);
    // On the whole graph the closure is chip, wafer and resist; a (USA) offers wafer and resist.
    REQUIRE(r.self_sufficiency);
    CHECK(r.self_sufficiency->covered == 2);
    CHECK(r.self_sufficiency->items == 3);

    report::add_without_flagged(v, q, r);
    REQUIRE(r.without_flagged.size() == 2);
    using sets = std::vector<std::vector<std::string>>;

    // Without uncertain offerings: only b (JPN) offers wafer, and resist
    // leaves the closure with a's wafer. b becomes a single point of failure.
    const auto& u = r.without_flagged[0];
    CHECK(u.excluded == std::vector<std::string>{"uncertain"});
    CHECK(u.rows == "offerings");
    CHECK(u.rows_dropped == 2);  // a's wafer and its requirement
    CHECK(u.offerings_dropped == 1);
    CHECK(u.requirements_dropped == 1);
    CHECK(u.available);
    CHECK(u.company_sets.sets == sets{{"b"}, {"m"}});
    CHECK(u.company_sets_gained == sets{{"b"}});
    CHECK(u.company_sets_lost == sets{{"a", "b"}});
    CHECK(u.country_sets_gained == sets{{"JPN"}});
    CHECK(u.country_sets_lost == sets{{"JPN", "USA"}});
    REQUIRE(u.self_sufficiency);
    CHECK(u.self_sufficiency->covered == 0);
    CHECK(u.self_sufficiency->items == 2);
    CHECK_FALSE(u.observed);

    // Without assumed offerings too: a's resist goes as well, which was out
    // of the closure already; the assumed requirement of wafer stays.
    const auto& ua = r.without_flagged[1];
    CHECK(ua.excluded == std::vector<std::string>{"uncertain", "assumption"});
    CHECK(ua.rows_dropped == 3);
    CHECK(ua.offerings_dropped == 2);
    CHECK(ua.company_sets.sets == sets{{"b"}, {"m"}});
    CHECK(ua.company_sets_lost == sets{{"a", "b"}});
    CHECK(ua.self_sufficiency->covered == 0);
    CHECK(ua.self_sufficiency->items == 2);

    const std::string md = report::markdown_report(r);
    CHECK(contains(md, "### Conclusions resting on uncertain or assumed offerings\n"));
    CHECK(contains(md, "| as given | — | yes | 2 of 3 | `m` | 2 | 2 |\n"));
    CHECK(contains(md, "| without uncertain offerings | 2 (1 offering) | yes | 0 of 2 | `b`, `m` | 2 | 2 |\n"));
    CHECK(contains(md, "| without uncertain, assumption offerings | 3 (2 offerings) | yes | 0 of 2 | `b`, `m` | 2 | 2 |\n"));
    CHECK(contains(md, "- Without uncertain offerings: coverage 2 of 3 → 0 of 2; company sets gained: {`b`}; company sets "
                       "lost: {`a`, `b`}; country sets gained: {`JPN`}; country sets lost: {`JPN`, `USA`}.\n"));
    const auto j = nlohmann::json::parse(report::write_json(report::report_document{"t", {}, {r}}));
    const auto& w = j["cases"][0]["without_flagged"];
    REQUIRE(w.size() == 2);
    CHECK(w[0]["excluded"] == nlohmann::json::array({"uncertain"}));
    CHECK(w[0]["rows"] == "offerings");
    CHECK(w[0]["rows_dropped"] == 2);
    CHECK(w[0]["available"] == true);
    CHECK(w[0]["sets_gained"]["companies"] == nlohmann::json::array({nlohmann::json::array({"b"})}));
    CHECK(w[0]["self_sufficiency"]["covered"] == 0);
    CHECK(w[1]["chokepoints"]["companies"]["sets"] ==
          nlohmann::json::array({nlohmann::json::array({"b"}), nlohmann::json::array({"m"})}));
    CHECK(w[1]["observed_reading"].is_null());

    CHECK(contains(report::text_report(r), "  without uncertain offerings: available yes, coverage 0 of 2, sets gained/lost: "
                                           "companies 1/1, countries 1/1\n"));

    // A model without flagged offerings says so, and nothing changes.
    const graph plain = test_support::minimal_model().build();
    auto p = report::assemble_report(plain.view(), minimal_request(plain.view()));
    report::add_without_flagged(plain.view(), minimal_request(plain.view()), p);
    CHECK(p.without_flagged[0].rows_dropped == 0);
    CHECK(p.without_flagged[1].company_sets.sets == p.company_sets.sets);
    CHECK(contains(report::markdown_report(p), "### Conclusions resting on uncertain or assumed offerings\n\nNo offering of "
                                               "the data has those statuses: no conclusion rests on one.\n"));
}
