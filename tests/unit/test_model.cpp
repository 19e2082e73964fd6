// The compile-time model: lowered at compile time and built at run time from
// the same input, the two graphs must be identical, record by record.
#include <semichain/model.hpp>
#include <semichain/model/runtime.hpp>

#include "../static/minimal_model.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <span>
#include <string>
#include <vector>

using namespace semichain;

namespace {

// Field-by-field equality of records (records have no operator==).
bool same(const source_record& a, const source_record& b) {
    return a.id == b.id && a.title == b.title && a.publisher == b.publisher && a.published == b.published &&
           a.url == b.url;
}
bool same(const company_record& a, const company_record& b) {
    return a.id == b.id && a.name == b.name && a.location == b.location && a.roles == b.roles && a.parent == b.parent &&
           a.origin == b.origin;
}
bool same(const item_record& a, const item_record& b) {
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.attributes_begin == b.attributes_begin &&
           a.attributes_end == b.attributes_end && a.origin == b.origin;
}
bool same(const attribute_record& a, const attribute_record& b) {
    return a.key == b.key && a.is_number == b.is_number && a.number == b.number && a.text == b.text;
}
bool same(const offering_record& a, const offering_record& b) {
    return a.provider == b.provider && a.item == b.item && a.share == b.share && a.since == b.since &&
           a.until == b.until && a.origin == b.origin;
}
bool same(const requirement_record& a, const requirement_record& b) {
    return a.input == b.input && a.weight == b.weight && a.capital == b.capital && a.origin == b.origin;
}
bool same(const ownership_record& a, const ownership_record& b) {
    return a.parent == b.parent && a.company == b.company && a.origin == b.origin;
}
bool same(const investment_record& a, const investment_record& b) {
    return a.investor == b.investor && a.company == b.company && a.date == b.date && a.stake == b.stake &&
           a.origin == b.origin;
}
bool same(const variant_record& a, const variant_record& b) {
    return a.item == b.item && a.general == b.general && a.origin == b.origin;
}
bool same(const condition_record& a, const condition_record& b) {
    return a.key == b.key && a.op == b.op && a.is_number == b.is_number && a.number == b.number && a.text == b.text;
}
bool same(const rule_record& a, const rule_record& b) {
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.authority == b.authority &&
           a.effective == b.effective && a.scope == b.scope && a.targets_begin == b.targets_begin &&
           a.targets_end == b.targets_end && a.buyer_countries == b.buyer_countries &&
           a.match_category == b.match_category && a.conditions_begin == b.conditions_begin &&
           a.conditions_end == b.conditions_end && a.origin == b.origin;
}
template <class T>
    requires(TypedIndex<T> || std::same_as<T, index_value>)
bool same(T a, T b) {
    return a == b;
}

template <class Array>
void check_same(const Array& compile_time, const Array& run_time, const char* what) {
    INFO(what);
    REQUIRE(compile_time.size() == run_time.size());
    auto r = run_time.begin();
    std::size_t i = 0;
    for (const auto& c : compile_time) {
        INFO("record " << i++);
        CHECK(same(c, *r++));
    }
}

void check_same_graph(const graph_view& c, const graph_view& r) {
    check_same(c.sources, r.sources, "sources");
    check_same(c.companies, r.companies, "companies");
    check_same(c.items, r.items, "items");
    check_same(c.attributes, r.attributes, "attributes");
    check_same(c.offerings, r.offerings, "offerings");
    check_same(c.item_offerings_begin, r.item_offerings_begin, "item_offerings_begin");
    check_same(c.item_requirements, r.item_requirements, "item_requirements");
    check_same(c.item_requirements_begin, r.item_requirements_begin, "item_requirements_begin");
    check_same(c.offering_requirements, r.offering_requirements, "offering_requirements");
    check_same(c.offering_requirements_begin, r.offering_requirements_begin, "offering_requirements_begin");
    check_same(c.dependents, r.dependents, "dependents");
    check_same(c.dependents_begin, r.dependents_begin, "dependents_begin");
    check_same(c.owns, r.owns, "owns");
    check_same(c.invests, r.invests, "invests");
    check_same(c.variants, r.variants, "variants");
    check_same(c.rules, r.rules, "rules");
    check_same(c.rule_targets, r.rule_targets, "rule_targets");
    check_same(c.conditions, r.conditions, "conditions");
}

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
    check_same_graph(minimal::graph.view(), run_time.view());
    // Spot checks, in case both were wrong the same way.
    const graph_view v = run_time.view();
    CHECK(v.companies.size() == 4);
    CHECK(v.offerings[v.find_offering(v.company("b"), v.item("wafer"))].share == 0.4);
    CHECK(v.text_attribute(v.item("m_7nm"), "foundry") == "m");
}

TEST_CASE("lowering at run time gives the same graph as at compile time", "[model][lower]") {
    const auto g = lower(minimal::model);  // a run-time call of the same constexpr function
    check_same_graph(minimal::graph.view(), g.view());
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
