// Reports: assembly on small models with numbers worked out by hand, and the
// Markdown, JSON, CSV, DOT and text writers (deterministic, flags visible).
#include <semichain/graph/graph.hpp>
#include <semichain/report.hpp>

#include "support/controlled_model.hpp"
#include "support/minimal_model.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

report::request minimal_request(const graph_view& v) {
    report::request q;
    q.item = v.item("chip");
    q.members = bloc{TWN};
    return q;
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
                  R"("top_country":{"id":"USA","share":0.6},"hhi_company":5200,"hhi_country":5200}]})");

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
          R"({"items":[{"id":"x","name":"X","providers":1,"top_company":null,"top_country":null,"hhi_company":null,"hhi_country":null}]})");
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

    // Dates: 2023-06-30 (extra), 2024-01-01, 2024-06-30 (as of), 2025-01-01.
    const auto& pts = r.timeline.points;
    REQUIRE(pts.size() == 4);
    CHECK(pts[0].date == "2023-06-30");
    CHECK(pts[0].available);
    CHECK(*pts[0].domestic_value_share == Approx(0.3 * 0.4));
    CHECK(pts[1].date == "2024-01-01");
    CHECK(*pts[1].domestic_value_share == Approx(0.3));
    CHECK(pts[3].date == "2025-01-01");
    CHECK_FALSE(pts[3].available);
    CHECK(pts[3].blocked.size() == 2);
    REQUIRE(r.timeline.changes.size() == 3);
    CHECK(r.timeline.changes[0].newly_blocked.size() == 1);
    CHECK(r.timeline.changes[2].availability_changed);
    CHECK_FALSE(r.timeline.changes[2].available_after);

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
    CHECK(report::text_chokepoints(r.company_sets) == "{}\n");
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
