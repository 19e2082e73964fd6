// Reachability (algo/reach.hpp): exactly the items of the structural trace,
// in the trace's order, on hand-checked and on random graphs.
#include <semichain/algo/reach.hpp>
#include <semichain/algo/trace.hpp>
#include <semichain/graph/graph.hpp>

#include "support/fab_model.hpp"
#include "support/minimal_model.hpp"
#include "support/random_graph.hpp"

#include <catch2/catch.hpp>

#include <range/v3/range/conversion.hpp>
#include <range/v3/view/transform.hpp>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

using namespace semichain;

namespace {
std::vector<item_index> trace_items(const graph_view& v, item_index x) {
    return trace(v, x) | ranges::views::transform([](const trace_entry& e) { return e.item; }) | ranges::to<std::vector>();
}
std::vector<item_index> sorted(std::vector<item_index> xs) {
    std::sort(xs.begin(), xs.end());
    return xs;
}
}  // namespace

TEST_CASE("reachable on the minimal model: the chip reaches the wafer, the wafer itself alone", "[reach]") {
    const graph g = test_support::minimal_model().build();
    const auto v = g.view();
    const auto chip = v.item("chip");
    const auto wafer = v.item("wafer");
    CHECK(reachable(v, chip) == std::vector<item_index>{chip, wafer});
    CHECK(reachable(v, wafer) == std::vector<item_index>{wafer});
    CHECK(reaches(v, chip, wafer));
    CHECK(reaches(v, chip, chip));
    CHECK_FALSE(reaches(v, wafer, chip));
}

TEST_CASE("reachable on the fab model: the Kirin's closure, offering recipes included", "[reach]") {
    const graph g = test_support::fab_model().build();
    const auto v = g.view();
    const auto kirin = v.item("kirin");
    const auto n5 = v.item("node_n5");
    const auto eda = v.item("eda");
    const auto etch = v.item("etch_tool");
    const auto n7 = v.item("node_n7");
    const auto scanner = v.item("scanner");
    const auto light = v.item("light_source");
    // kirin -> node_n5, eda (item order of the requirements) -> etch_tool; whatever the dates.
    CHECK(reachable(v, kirin) == std::vector<item_index>{kirin, n5, eda, etch});
    // node_n7 -> scanner (capital) -> light_source (ASML's own recipe).
    CHECK(reachable(v, n7) == std::vector<item_index>{n7, scanner, light});
    CHECK(reaches(v, n7, light));
    CHECK_FALSE(reaches(v, kirin, scanner));
    CHECK_FALSE(reaches(v, kirin, light));

    // One buffer for many searches: each search forgets the last.
    reach_buffer buf;
    CHECK(std::vector<item_index>(reachable(v, n7, buf).begin(), reachable(v, n7, buf).end()) ==
          std::vector<item_index>{n7, scanner, light});
    CHECK(buf.contains(light));
    CHECK_FALSE(buf.contains(kirin));
    const auto k = reachable(v, kirin, buf);
    CHECK(std::vector<item_index>(k.begin(), k.end()) == std::vector<item_index>{kirin, n5, eda, etch});
    CHECK(buf.size() == 4);
    CHECK(buf.contains(etch));
    CHECK_FALSE(buf.contains(light));
    CHECK_FALSE(buf.contains(scanner));
    CHECK_FALSE(buf.contains({}));
    // reaches stops at the item it looks for.
    CHECK(reaches(v, kirin, n5, buf));
    CHECK(buf.contains(n5));
    CHECK(buf.size() <= 4);

    // A reach_index of the graph gives the same, and holds each distinct input once.
    const reach_index ix{v};
    CHECK(ix.items() == v.items.size());
    CHECK(ix.edges() == 5);  // kirin: node_n5, eda; node_n5: etch_tool; node_n7: scanner; scanner: light_source
    const auto ki = reachable(ix, kirin, buf);
    CHECK(std::vector<item_index>(ki.begin(), ki.end()) == std::vector<item_index>{kirin, n5, eda, etch});
    CHECK(reaches(ix, n7, light, buf));
    CHECK_FALSE(reaches(ix, kirin, light, buf));

    // The same buffer on another, smaller graph.
    const graph small = test_support::minimal_model().build();
    const auto w = small.view();
    const auto c = reachable(w, w.item("chip"), buf);
    CHECK(std::vector<item_index>(c.begin(), c.end()) == std::vector<item_index>{w.item("chip"), w.item("wafer")});
}

TEST_CASE("an item without offerings is a dead end, as in the trace", "[reach]") {
    graph_builder b = test_support::minimal_model();
    using namespace semichain::countries;
    // `design` has no offering; it requires `ip`. The chip requires `design`.
    b.add(item_input{.id = "design", .name = "Design", .kind = category::ip});
    b.add(item_input{.id = "ip", .name = "IP", .kind = category::ip});
    b.add(provides_input{.provider = "a", .item = "ip"});
    b.add(requires_input{.item = "design", .input = "ip"});
    b.add(requires_input{.item = "chip", .input = "design"});
    const graph g = b.build();
    const auto v = g.view();
    const auto chip = v.item("chip");
    const auto design = v.item("design");
    const auto ip = v.item("ip");
    CHECK(reachable(v, chip) == trace_items(v, chip));
    CHECK(reaches(v, chip, design));
    CHECK_FALSE(reaches(v, chip, ip));
    CHECK(reachable(v, design) == std::vector<item_index>{design});
}

TEST_CASE("a cycle is followed once", "[reach]") {
    graph_builder b = test_support::minimal_model();
    // The wafer needs the chip (a supply cycle), through a's recipe alone.
    b.add(requires_input{.item = "wafer", .input = "chip", .provider = "a"});
    const graph g = b.build();
    const auto v = g.view();
    const auto chip = v.item("chip");
    const auto wafer = v.item("wafer");
    CHECK(reachable(v, chip) == std::vector<item_index>{chip, wafer});
    CHECK(reachable(v, wafer) == std::vector<item_index>{wafer, chip});
    CHECK(reaches(v, wafer, chip));
}

TEST_CASE("random graphs: reachable is the structural trace's items, in its order", "[reach][property]") {
    reach_buffer shared;  // reused across graphs of different sizes
    for (std::uint64_t seed = 1; seed <= 150; ++seed) {
        test_support::random_graph_options opt;
        opt.companies = 3 + seed % 9;
        opt.tiers = 2 + seed % 5;
        opt.max_items_per_tier = 2 + seed % 6;
        opt.cycles = seed % 4;
        opt.no_offering_percent = 10;
        opt.offering_requirement_percent = 30;
        auto rg = test_support::make_random_graph(seed, opt);
        const graph g = rg.builder.build();
        const auto v = g.view();
        const reach_index ix{v};
        reach_buffer by_index;
        for (const item_index x : v.items.indices()) {
            INFO("seed " << seed << ", item " << v.items[x].id);
            const auto expected = trace_items(v, x);
            REQUIRE(reachable(v, x) == expected);
            const auto found = reachable(v, x, shared);
            REQUIRE(std::vector<item_index>(found.begin(), found.end()) == expected);
            const auto indexed = reachable(ix, x, by_index);
            REQUIRE(std::vector<item_index>(indexed.begin(), indexed.end()) == expected);
            const auto in_closure = sorted(expected);
            for (const item_index y : v.items.indices()) {
                REQUIRE(shared.contains(y) == std::binary_search(in_closure.begin(), in_closure.end(), y));
            }
            for (item_index y{0}; y.value() < v.items.size(); y = item_index{y.value() + 1 + seed % 3}) {
                const bool in = std::binary_search(in_closure.begin(), in_closure.end(), y);
                REQUIRE(reaches(v, x, y) == in);
                REQUIRE(reaches(ix, x, y, by_index) == in);
            }
        }
    }
}

namespace {
// The same in a constant expression: a graph made by the assembler at compile time.
constexpr bool reach_in_constexpr() {
    semichain::basic_graph_input<std::string_view> in;
    in.companies.push_back({.id = "a", .name = "A", .location = countries::USA, .roles = {role::materials}});
    in.items.push_back({.id = "chip", .name = "Chip", .kind = category::chip});
    in.items.push_back({.id = "wafer", .name = "Wafer", .kind = category::material});
    in.provides.push_back({.provider = "a", .item = "chip"});
    in.provides.push_back({.provider = "a", .item = "wafer"});
    in.requires_.push_back({.item = "chip", .input = "wafer"});
    const auto a = detail::assemble(in);
    const graph_view v = detail::view_of(a.data);
    const reach_index ix{v};
    reach_buffer buf;
    const item_index chip{0}, wafer{1};
    const auto found = reachable(ix, chip, buf);
    return reachable(v, chip) == std::vector<item_index>{chip, wafer} && reaches(v, chip, wafer) && !reaches(v, wafer, chip) &&
           found.size() == 2 && found[1] == wafer && !reaches(ix, wafer, chip, buf);
}
static_assert(reach_in_constexpr());
}  // namespace
