// The compile-time model: lowered at compile time and built at run time from
// the same input, the two graphs must be identical, record by record.
#include <semichain/model.hpp>
#include <semichain/model/runtime.hpp>

#include "../static/minimal_model.hpp"
#include "support/same_graph.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <span>
#include <string>
#include <vector>

using namespace semichain;

namespace {

// The minimal model with a second requirement that takes chip's weights to 1.1.
inline constexpr auto overweight = make_model(
    entities<minimal::a, minimal::m, minimal::wafer, minimal::chip, minimal::scanner>,
    provides<minimal::a, minimal::wafer>{.share = share{0.6}}, provides<minimal::m, minimal::chip>{},
    requires_<minimal::chip, minimal::wafer>{.weight = weight{0.3}},
    requires_<minimal::chip, minimal::scanner>{.weight = weight{0.8}});

}  // namespace

TEST_CASE("a model lowered at compile time equals the same model built at run time", "[model][lower]") {
    const graph run_time = to_graph_builder(minimal::model).build();
    CHECK(run_time.warnings().empty());
    test_support::require_same_graph(minimal::graph.view(), run_time.view());
    // Spot checks, in case both were wrong the same way.
    const graph_view v = run_time.view();
    CHECK(v.companies.size() == 4);
    CHECK(v.offerings[v.find_offering(v.company("b"), v.item("wafer"))].share == 0.4);
    CHECK(v.text_attribute(v.item("m_7nm"), "foundry") == "m");
}

TEST_CASE("lowering at run time gives the same graph as at compile time", "[model][lower]") {
    const auto g = lower(minimal::model);  // a run-time call of the same constexpr function
    test_support::require_same_graph(minimal::graph.view(), g.view());
}

TEST_CASE("to_graph_input lists the model's entities and relations by id", "[model][input]") {
    constexpr auto count_provides = [] { return to_graph_input(minimal::model).provides.size(); };
    STATIC_REQUIRE(count_provides() == 5);
    const auto in = to_graph_input(minimal::model);
    REQUIRE(in.companies.size() == 4);
    CHECK(in.companies[3].id == "m_design");
    CHECK(in.companies[3].parent == "m");
    REQUIRE(in.requires_.size() == 3);
    CHECK(in.requires_[2].provider == "m");  // offering_requires<m, m_7nm, scanner>
    CHECK(in.requires_[2].capital);
    REQUIRE(in.rules.size() == 2);
    CHECK(in.rules[0].targets == std::vector<std::string_view>{"m", "m_design"});
}

TEST_CASE("value-level mistakes are reported by the run-time builder with their ids", "[model][errors]") {
    std::vector<problem> errors;
    CHECK_FALSE(to_graph_builder(overweight).try_build(errors).has_value());
    REQUIRE(errors.size() == 1);
    CHECK(build_error::describe_one(errors[0]) ==
          "requires[1].weight: the weights of one offering must add up to at most 1 ('chip')");
    // Lowering at run time stops at the same rule.
    CHECK_THROWS_WITH(lower(overweight), Catch::Contains("the weights of one offering must add up to at most 1"));
}

TEST_CASE("a model made at run time checks since before until", "[model][errors]") {
    using namespace std::chrono;
    const auto make = [](year_month_day since, year_month_day until) {
        return make_model(entities<minimal::a, minimal::wafer>,
                          provides<minimal::a, minimal::wafer>{.since = since, .until = until});
    };
    CHECK_NOTHROW(make(2019y / 1 / 1, 2020y / 1 / 1));
    CHECK_THROWS_WITH(make(2020y / 1 / 1, 2020y / 1 / 1), Catch::Contains("since must be before until"));
}
