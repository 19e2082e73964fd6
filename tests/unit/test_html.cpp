// The HTML writer and the picture's layouts: escaping, one self-contained
// page with the picture drawn once and compact per-date data, the states at
// each timeline date worked out by hand, determinism.
#include <semichain/graph/graph.hpp>
#include <semichain/report.hpp>

#include "support/controlled_model.hpp"
#include "support/text.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;

namespace {

using test_support::contains;

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto i = text.find(part); i != std::string::npos; i = text.find(part, i + part.size())) ++n;
    return n;
}

// The controlled model with a third wafer maker whose name is markup.
graph probe_model() {
    graph_builder b = test_support::controlled_builder();
    b.add(company_input{.id = "z", .name = "<b>\"Z&Co\"</b> 'x' </script>", .location = KOR, .roles = {role::materials}});
    b.add(provides_input{.provider = "z", .item = "wafer", .certainty = status::assumption});
    return b.build();
}

// chip for x on 2024-06-30, bloc JPN, timeline also on 2023-06-30: the dates
// are 2023-06-30, 2024-01-01, 2024-06-30 and 2025-01-01.
report::request chip_request(const graph_view& v) {
    report::request q;
    q.item = v.item("chip");
    q.buyer = v.company("x");
    q.as_of = 2024y / 6 / 30;
    q.members = bloc{JPN};
    q.extra_dates = {2023y / 6 / 30};
    return q;
}

}  // namespace

TEST_CASE("HTML text and data are escaped", "[report][html]") {
    using report::detail::html::esc;
    using report::detail::html::jstr;
    CHECK(esc("<a href=\"x\">Q&A's</a>") == "&lt;a href=&quot;x&quot;&gt;Q&amp;A&#39;s&lt;/a&gt;");
    CHECK(jstr("a\"b\\c\nd</script>") == "\"a\\\"b\\\\c\\nd\\u003c/script\\u003e\"");
    CHECK(jstr(std::string{"\x01"}) == "\"\\u0001\"");
    CHECK(report::detail::html::inline_text("run `semichain report` <now>") == "run <code>semichain report</code> &lt;now&gt;");

    const graph g = probe_model();
    const graph_view v = g.view();
    const auto q = chip_request(v);
    const auto r = report::assemble_report(v, q);
    const std::string page = report::write_html({"T & <U>", {}, {r}}, {{report::assemble_dated_states(v, q, r), {}}});
    CHECK_FALSE(contains(page, "<b>\"Z&Co\"</b>"));
    CHECK(contains(page, "<title>T &amp; &lt;U&gt;</title>"));
    CHECK(contains(page, "&lt;b&gt;&quot;Z&amp;Co&quot;&lt;/b&gt; &#39;x&#39; &lt;/script&gt; (KOR)"));
    CHECK(contains(page, "\\u003cb\\u003e\\\"Z\\u0026Co\\\"\\u003c/b\\u003e 'x' \\u003c/script\\u003e (KOR)"));
    // Only the page's three scripts end: the error recorder, the data, the program.
    CHECK(count(page, "</script>") == 3);
    // z's offering is an assumption: marked in the trace and listed under the flags.
    CHECK(contains(page, "<code>z</code> (KOR): available <span class=\"flag\">⚠ assumption</span>"));
    CHECK(contains(page, "<li><span class=\"flag\">⚠ assumption</span>: provides z provides wafer"));
}

TEST_CASE("the page is self-contained, with one picture and the states at each date", "[report][html]") {
    const graph g = test_support::controlled_model();
    const graph_view v = g.view();
    const auto q = chip_request(v);
    const auto r = report::assemble_report(v, q);
    const auto states = report::assemble_dated_states(v, q, r);

    // The states worked out by hand: a's wafer is blocked to m from
    // 2024-01-01 (usa_list_m), b's too from 2025-01-01 (jpn_list_m). The
    // dates: the request's extra date 2023-06-30, the day before each rule
    // (2023-12-31, 2024-12-31), the rules' dates and the report's date.
    REQUIRE(states.size() == 6);
    CHECK(states[0].date == "2023-06-30");
    CHECK(states[0].available);
    CHECK(states[0].blocks.empty());
    CHECK(states[0].company_sets.sets == std::vector<std::vector<std::string>>{{"m"}, {"a", "b"}});
    CHECK(states[1].date == "2023-12-31");
    CHECK(states[1].blocks.empty());
    CHECK(states[2].date == "2024-01-01");
    REQUIRE(states[2].blocks.size() == 1);
    CHECK(states[2].blocks[0].provider == "a");
    CHECK(states[3].date == "2024-06-30");
    CHECK(states[3].company_sets.sets == std::vector<std::vector<std::string>>{{"b"}, {"m"}});
    CHECK(states[4].date == "2024-12-31");
    CHECK(states[4].available);
    CHECK(states[5].date == "2025-01-01");
    CHECK_FALSE(states[5].available);
    CHECK(states[5].blocks.size() == 2);
    CHECK_FALSE(states[5].graph.nodes[0].available);  // chip
    for (const auto& s : states) {
        CHECK(s.graph.nodes.size() == r.graph.nodes.size());
        CHECK(s.graph.edges.size() == r.graph.edges.size());
    }

    const report::report_document doc{"Controlled", {"Made by `semichain`."}, {r}};
    const std::string page = report::write_html(doc, {{states, {}}});
    const std::string plain = report::write_html(doc);  // the report's date only

    // Nothing is fetched: no external script, style sheet, frame or image.
    for (const auto* s : {"<script src", "<link", "@import", "<iframe", "<img", "url(http"}) CHECK_FALSE(contains(page, s));
    // The picture once, whatever the number of dates; each date adds a few
    // hundred bytes of data.
    CHECK(count(page, "<svg class=\"graph\"") == 1);
    CHECK(count(plain, "<svg class=\"graph\"") == 1);
    CHECK(page.size() > plain.size());
    CHECK(page.size() - plain.size() < 1500);
    CHECK(page.size() < 40000);

    // The date control: the six dates, the report's selected.
    CHECK(contains(page, "<select id=\"date-1\" disabled><option value=\"2023-06-30\">2023-06-30</option><option value=\"2023-12-31\">2023-12-31</option><option value=\"2024-01-01\">"
                         "2024-01-01</option><option value=\"2024-06-30\" selected>2024-06-30</option><option value=\"2024-12-31\">"
                         "2024-12-31</option><option value=\"2025-01-01\">"
                         "2025-01-01</option></select>"));
    // The states: on 2023-06-30 every item available ("aa"), m a single
    // point of failure and a, b a set of two ("2210"); on 2025-01-01 the
    // chip and the wafer are lost, and a's and b's wafers blocked (by the
    // rules' dates).
    CHECK(contains(page, "{\"d\":\"2023-06-30\",\"a\":1,\"b\":[],\"e\":[],\"k\":[[[\"m\"],[\"a\",\"b\"]],\"\",1,4],\"n\":\"aa2210\",\"o\":[]}"));
    CHECK(contains(page, "{\"d\":\"2025-01-01\",\"a\":0,\"b\":[[\"usa_list_m\",\"a\",\"wafer\",\"m\"],[\"jpn_list_m\",\"b\",\"wafer\",\"m\"]]"));
    CHECK(contains(page, "\"n\":\"uu0000\""));
    // 2024-06-30 repeats 2024-01-01 but for its date: only d and a are written.
    CHECK(contains(page, "{\"d\":\"2024-06-30\",\"a\":1}"));

    // Static at the report's date: names as labels, ids in tooltips;
    // the chokepoints b and m highlighted, a's blocked wafer red.
    CHECK(contains(page, "<g class=\"n company cp1\" data-n=\"4\" data-id=\"m\" tabindex=\"0\"><title>m</title>"));
    CHECK(contains(page, ">M (TWN)</text>"));
    CHECK(contains(page, "<g class=\"n company cp1\" data-n=\"3\" data-id=\"b\""));
    CHECK(contains(page, "<g class=\"n company\" data-n=\"2\" data-id=\"a\""));
    CHECK(contains(page, "<path class=\"e provides blocked\" data-e=\"2\""));
    CHECK(contains(page, "A (USA) → Wafer — blocked: usa_list_m -&gt; m</title>"));
    CHECK(contains(page, "<span class=\"status\" id=\"status-1\"><code>chip</code> is <strong>available</strong> to <code>x</code> on 2024-06-30."));
    CHECK(contains(page, "<span class=\"flag\">⚠ uncertain</span>"));
    CHECK(contains(page, "<p>Made by <code>semichain</code>.</p>"));
    CHECK(contains(page, "<a href=\"https://example.org/s1\">A &quot;quoted&quot; title, with a comma, P, 2024-02-01</a>"));
}

TEST_CASE("the page and the layered layout are the same bytes every time", "[report][html][layout]") {
    const graph g = test_support::controlled_model();
    const graph_view v = g.view();
    const auto q = chip_request(v);
    const auto make = [&] {
        const auto r = report::assemble_report(v, q);
        return report::write_html({"T", {}, {r, r}}, {{report::assemble_dated_states(v, q, r), {}}});
    };
    CHECK(make() == make());

    // Ranks by the longest path to the buyer x: a, b | wafer, m | chip | x.
    const auto r = report::assemble_report(v, q);
    const auto l = report::layered_layout(r.graph);
    REQUIRE(r.graph.nodes.size() == 6);
    const auto x_of = [&](const char* id) {
        for (std::size_t i = 0; i < r.graph.nodes.size(); ++i)
            if (r.graph.nodes[i].id == id) return l.nodes[i].x;
        FAIL("no node " << id);
        return 0.0;
    };
    CHECK(x_of("a") == x_of("b"));
    CHECK(x_of("b") < x_of("wafer"));
    CHECK(x_of("wafer") == x_of("m"));
    CHECK(x_of("m") < x_of("chip"));
    CHECK(x_of("chip") < x_of("x"));
    CHECK(l.nodes[0].lines == std::vector<std::string>{"Chip"});
    for (const auto& e : l.edges) CHECK(e.points.size() == 4);
    CHECK(report::layered_layout(r.graph).nodes[3].y == l.nodes[3].y);
}

TEST_CASE("Graphviz's plain output is read in points, y down", "[report][layout]") {
    report::picture p;
    p.nodes.push_back({"wafer", "Wafer", true, false, true, 0, false});
    p.nodes.push_back({"chip", "Chip", true, true, true, 0, false});
    p.edges.push_back({"wafer", "chip", "requires", "", false, false, false, {}, false});
    CHECK(report::layout_dot(p) ==
          "digraph layout {\n  graph [rankdir=LR, nodesep=0.15, ranksep=0.9];\n"
          "  node [fontname=\"Helvetica\", fontsize=11, margin=\"0.1,0.05\"];\n"
          "  n0 [shape=box, label=\"Wafer\\n\"];\n  n1 [shape=box, label=\"Chip\\n\"];\n  n0 -> n1;\n}\n");
    const auto l = report::layout_from_plain(p, "graph 1 3 1\n"
                                                "node n0 0.5 0.5 0.75 0.5 Wafer solid box black lightgrey\n"
                                                "node n1 2.5 0.5 0.75 0.5 Chip solid box black lightgrey\n"
                                                "edge n0 n1 4 0.875 0.5 1.5 0.5 1.5 0.5 2.125 0.5 solid black\n"
                                                "stop\n");
    CHECK(l.engine == "dot");
    CHECK(l.width == 216.0);
    CHECK(l.height == 72.0);
    CHECK(l.nodes[1].x == 180.0);
    CHECK(l.nodes[1].y == 36.0);
    CHECK(l.nodes[1].width == 54.0);
    REQUIRE(l.edges[0].points.size() == 4);
    CHECK(l.edges[0].points[0].x == 63.0);
    CHECK(l.edges[0].points[3].x == 153.0);

    CHECK_THROWS_WITH(report::layout_from_plain(p, "graph 1 3 1\nnode n0 0.5 x 0.75 0.5\n"),
                      Catch::Contains("line 2: 'x' is not a number"));
    CHECK_THROWS_WITH(report::layout_from_plain(p, "graph 1 3 1\nnode n7 0.5 0.5 0.75 0.5\n"), Catch::Contains("unknown node 'n7'"));
    CHECK_THROWS_WITH(report::layout_from_plain(p, "graph 1 3 1\nnode n0 0.5 0.5 0.75 0.5\n"), Catch::Contains("no node n1 (chip)"));
}

TEST_CASE("a state with another picture is refused", "[report][html]") {
    const graph g = test_support::controlled_model();
    const graph_view v = g.view();
    const auto q = chip_request(v);
    const auto r = report::assemble_report(v, q);
    auto states = report::assemble_dated_states(v, q, r);
    states[1].graph.nodes.pop_back();
    CHECK_THROWS_AS(report::write_html({"T", {}, {r}}, {{states, {}}}), std::invalid_argument);
    states.erase(states.begin() + 1, states.begin() + 4);  // no state on the report's date
    CHECK_THROWS_WITH(report::write_html({"T", {}, {r}}, {{states, {}}}), Catch::Contains("no state on its date 2024-06-30"));
}
