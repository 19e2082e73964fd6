// Typed indices, checked look-ups and the error family.
#include <semichain/algo.hpp>
#include <semichain/graph.hpp>

#include "support/fab_model.hpp"
#include "support/minimal_model.hpp"

#include <catch2/catch.hpp>

#include <range/v3/range/conversion.hpp>
#include <range/v3/view/filter.hpp>

#include <chrono>
#include <concepts>
#include <string>
#include <type_traits>
#include <vector>

using namespace semichain;
using namespace std::chrono;

// --- the types themselves ------------------------------------------------------

// Zero cost: an index is its 32-bit value, trivially copyable.
static_assert(sizeof(item_index) == sizeof(std::uint32_t));
static_assert(std::is_trivially_copyable_v<company_index>);
static_assert(sizeof(offering_record{}.provider) == 4 && sizeof(offering_record{}.item) == 4);
static_assert(alignof(offering_index) == alignof(std::uint32_t));
// Kinds do not mix: no conversion between them, none from a bare integer.
static_assert(!std::is_convertible_v<item_index, company_index>);
static_assert(!std::is_convertible_v<company_index, item_index>);
static_assert(!std::is_convertible_v<unsigned, item_index>);
static_assert(!std::equality_comparable_with<item_index, company_index>);
// A look-up result is no index until checked.
static_assert(!std::is_convertible_v<found<item_index>, item_index>);
// The public entry points take the right kind in each position: swapped
// arguments do not compile.
template <class X, class B>
concept availability_callable = requires(const graph_view& g, X x, B b, const scenario& s) { is_available(g, x, b, s); };
static_assert(availability_callable<item_index, company_index>);
static_assert(!availability_callable<company_index, item_index>);
static_assert(!availability_callable<unsigned, unsigned>);
template <class X, class C>
concept depends_callable = requires(const graph_view& g, X x, C c) { depends_on(g, x, c); };
static_assert(depends_callable<item_index, company_index>);
static_assert(!depends_callable<company_index, item_index>);
// The error family.
static_assert(std::derived_from<not_found, query_error>);
static_assert(std::derived_from<query_error, error>);
static_assert(std::derived_from<build_error, error>);
static_assert(std::derived_from<value_error, error>);
static_assert(std::derived_from<search_limit_exceeded, query_error>);
static_assert(std::derived_from<error, std::runtime_error>);

// An index range is a range-v3 view usable in constant expressions.
static_assert([] {
    index_value sum = 0;
    for (const item_index x : index_range<item_index>{2, 5}) sum += x.value();
    return sum == 2 + 3 + 4;
}());
static_assert(index_range<offering_index>{3, 7}.size() == 4);
static_assert(index_range<offering_index>{3, 7}.contains(offering_index{6}));
static_assert(!index_range<offering_index>{3, 7}.contains(offering_index{7}));
static_assert(!index_range<offering_index>{3, 7}.contains(offering_index::none()));
static_assert(item_index{}.is_none() && item_index{} == item_index::none());

TEST_CASE("look-ups by id are checked before use", "[index][lookup]") {
    const graph g = test_support::fab_model().build();
    const graph_view v = g.view();

    const auto smic = v.find_company("smic");
    REQUIRE(smic);
    CHECK(v.companies[*smic].id == "smic");
    CHECK(v.company("smic") == *smic);

    // A misspelt id: the look-up says so, and using it throws not_found
    // naming the id and the nearest ids of that kind.
    const auto misspelt = v.find_item("kirin_9000");
    CHECK_FALSE(misspelt);
    CHECK(misspelt.value_or(item_index{0}) == item_index{0});
    try {
        (void)misspelt.value();
        FAIL("a missing id was used as an index");
    } catch (const not_found& e) {
        CHECK(e.kind() == "item");
        CHECK(e.id() == "kirin_9000");
        // Nearest ids are those within max(2, 10 / 3) = 3 edits of the asked
        // id, or containing it: the fab model's "kirin" is 5 edits away and
        // does not contain "kirin_9000", so it is not offered.
        CHECK(std::find(e.nearest().begin(), e.nearest().end(), "kirin") == e.nearest().end());
    }
    try {
        (void)v.item("scaner");  // one letter missing from "scanner"
        FAIL("a missing id was used as an index");
    } catch (const not_found& e) {
        CHECK(e.nearest() == std::vector<std::string>{"scanner"});
        CHECK(std::string{e.what()} == "semichain: no item has the id 'scaner' (did you mean 'scanner'?)");
    }
    // A company id is not found among the items: the kinds are apart.
    CHECK_FALSE(v.find_item("smic"));
    CHECK_THROWS_AS(v.rule("us_listing_typo"), not_found);
}

TEST_CASE("no public function reads out of bounds on an index that is not the graph's", "[index][bounds]") {
    const graph g = test_support::minimal_model().build();
    const graph_view v = g.view();
    const scenario today{.as_of = 2024y / 1 / 1};
    const item_index chip = v.item("chip");
    const item_index far{1000};
    const company_index nobody{1000};
    CHECK_THROWS_AS(is_available(v, far, {}, today), query_error);
    CHECK_THROWS_AS(is_available(v, chip, nobody, today), query_error);
    CHECK_THROWS_AS(is_available(v, item_index::none(), {}, today), query_error);
    CHECK_THROWS_AS(compute_availability(v, {.as_of = today.as_of, .disrupted = {nobody}}), query_error);
    CHECK_THROWS_AS(compute_availability(v, {.as_of = today.as_of, .ignored_rules = {rule_index{0}}}), query_error);
    CHECK_THROWS_AS(trace(v, far), query_error);
    CHECK_THROWS_AS(reachable(v, far), query_error);
    CHECK_THROWS_AS(reaches(v, chip, far), query_error);
    CHECK_THROWS_AS(depends_on(v, chip, nobody), query_error);
    CHECK_THROWS_AS(concentration(v, far), query_error);
    CHECK_THROWS_AS(capability(v, far, {}, {countries::USA}, today), query_error);
    CHECK_THROWS_AS(domestic_value_share(v, chip, nobody, {countries::USA}, today), query_error);
    CHECK_THROWS_AS(blocked_in_chain(compute_availability(v, today), far, {}), query_error);
    CHECK_THROWS_AS(chokepoint_sets(v, {.item = far, .base = today}), query_error);
    const reach_index ix{v};
    reach_buffer buf;
    CHECK_THROWS_AS(reachable(ix, far, buf), query_error);
    // With good indices the same calls answer.
    CHECK(is_available(v, chip, {}, today));
    CHECK(reachable(v, chip).size() == 2);
}

TEST_CASE("neighbours come as ranges of typed indices", "[index][ranges]") {
    const graph g = test_support::minimal_model().build();
    const graph_view v = g.view();
    const item_index wafer = v.item("wafer");
    // offerings_of is a range-v3 view: it composes.
    const auto japanese = v.offerings_of(wafer) | ranges::views::filter([&](offering_index o) {
                              return v.companies[v.offerings[o].provider].location == countries::JPN;
                          }) |
                          ranges::to<std::vector>();
    REQUIRE(japanese.size() == 1);
    CHECK(v.companies[v.offerings[japanese.front()].provider].id == "b");
    // Every index of a kind, in id order.
    std::vector<std::string> ids;
    for (const company_index c : v.companies.indices()) ids.emplace_back(v.companies[c].id);
    CHECK(ids == std::vector<std::string>{"a", "b", "m"});
    CHECK(v.companies.contains(company_index{2}));
    CHECK_FALSE(v.companies.contains(company_index{3}));
}
