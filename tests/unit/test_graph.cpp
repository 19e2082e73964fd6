// The run-time graph builder and the graph view.
#include <semichain/graph.hpp>

#include "support/minimal_model.hpp"

#include <catch2/catch.hpp>

#include <range/v3/range/conversion.hpp>

#include <string>
#include <vector>

using namespace semichain;
using namespace semichain::countries;

TEST_CASE("the minimal model of FORMAT.md builds into dense, id-sorted arrays", "[graph][builder]") {
    const graph g = test_support::minimal_model().build();
    const graph_view v = g.view();
    REQUIRE(v.companies.size() == 3);
    REQUIRE(v.items.size() == 2);
    REQUIRE(v.offerings.size() == 3);
    // Dense ids are ranks of the id strings.
    CHECK(v.companies[company_index{0}].id == "a");
    CHECK(v.companies[company_index{2}].id == "m");
    CHECK(v.item("chip") == item_index{0});
    CHECK(v.item("wafer") == item_index{1});
    CHECK_FALSE(v.find_company("nobody").has_value());
    // Offerings sorted by item then provider: chip←m, wafer←a, wafer←b.
    const auto chip = v.item("chip");
    const auto wafer = v.item("wafer");
    CHECK(v.offerings_of(chip).size() == 1);
    CHECK(v.offerings_of(wafer).size() == 2);
    CHECK(v.offerings[v.offerings_of(wafer).front()].share == 0.6);
    CHECK(v.offerings[v.find_offering(v.company("b"), wafer)].share == 0.4);
    // chip requires wafer with weight 0.3, for every offering of chip.
    REQUIRE(v.requirements_of_item(chip).size() == 1);
    CHECK(v.requirements_of_item(chip)[0].input == wafer);
    CHECK(v.requirements_of_item(chip)[0].weight == 0.3);
    // The reverse index: wafer is required by chip's one offering.
    REQUIRE(v.dependents_of(wafer).size() == 1);
    CHECK(v.offerings[v.dependents_of(wafer)[0]].item == chip);
    CHECK(v.dependents_of(chip).empty());
    // Providers by country, as a lazy range.
    const auto twn = v.companies_in(TWN) | ranges::to<std::vector>();
    CHECK(twn == std::vector<company_index>{v.company("m")});
    const auto wafer_from_jpn = v.offerings_from(wafer, JPN) | ranges::to<std::vector>();
    REQUIRE(wafer_from_jpn.size() == 1);
    CHECK(v.companies[v.offerings[wafer_from_jpn[0]].provider].id == "b");
}

TEST_CASE("offering-level requirements apply to one provider's offering", "[graph][builder]") {
    graph_builder b;
    b.add(company_input{.id = "asml", .name = "ASML", .location = NLD, .roles = {role::equipment}});
    b.add(company_input{.id = "nikon", .name = "Nikon", .location = JPN, .roles = {role::equipment}});
    b.add(company_input{.id = "zeiss", .name = "Zeiss", .location = DEU, .roles = {role::materials}});
    b.add(item_input{.id = "scanner", .name = "DUV immersion scanner", .kind = category::tool,
                     .attributes = {{.key = "tool_class", .text = "duv_immersion_scanner"}}});
    b.add(item_input{.id = "optics", .name = "Optics", .kind = category::material});
    b.add(provides_input{.provider = "asml", .item = "scanner", .share = 0.9});
    b.add(provides_input{.provider = "nikon", .item = "scanner", .share = 0.1});
    b.add(provides_input{.provider = "zeiss", .item = "optics"});
    b.add(requires_input{.item = "scanner", .input = "optics", .provider = "asml"});
    const graph g = b.build();
    const auto v = g.view();
    const auto scanner = v.item("scanner");
    const auto asml_scanner = v.find_offering(v.company("asml"), scanner);
    const auto nikon_scanner = v.find_offering(v.company("nikon"), scanner);
    CHECK(v.requirements_of_item(scanner).empty());
    REQUIRE(v.requirements_of_offering(asml_scanner).size() == 1);
    CHECK(v.requirements_of_offering(nikon_scanner).empty());
    CHECK(v.text_attribute(scanner, "tool_class") == "duv_immersion_scanner");
    CHECK_FALSE(v.number_attribute(scanner, "tool_class").has_value());
    CHECK_FALSE(v.offerings[v.find_offering(v.company("zeiss"), v.item("optics"))].has_share());
}

TEST_CASE("the builder reports every problem with the offending id and loads nothing", "[graph][builder]") {
    graph_builder b = test_support::minimal_model();
    b.add(company_input{.id = "a", .name = "A again", .location = USA});                     // duplicate id
    b.add(provides_input{.provider = "nobody", .item = "wafer"});                              // unknown provider
    b.add(provides_input{.provider = "a", .item = "chip", .share = 1.5});                      // share out of range
    b.add(requires_input{.item = "chip", .input = "gas"});                                     // unknown input
    b.add(requires_input{.item = "chip", .input = "wafer", .provider = "b"});                  // b does not provide chip
    b.add(requires_input{.item = "chip", .input = "chip"});                                    // self requirement
    b.add(requires_input{.item = "chip", .input = "wafer", .weight = 0.8});                    // weights 0.3 + 0.8 > 1, and
                                                                                               // requires[0] given twice
    using namespace std::chrono;
    b.add(provides_input{.provider = "m", .item = "chip", .since = 2020y / 1 / 1, .until = 2019y / 1 / 1});
    std::vector<problem> errors;
    CHECK_FALSE(b.try_build(errors).has_value());
    std::vector<std::string> described;
    for (const auto& p : errors) described.push_back(build_error::describe_one(p));
    CHECK(described == std::vector<std::string>{
                           "companies[3].id: ids must be unique within their kind ('a')",
                           "provides[3].provider: references must name an existing id ('nobody')",
                           "provides[4].share: a share must be a fraction in [0, 1]",
                           "provides[5].until: since must be before until ('chip')",
                           "requires[1].input: references must name an existing id ('gas')",
                           "requires[2].provider: an offering-level requirement needs an existing offering (provider "
                           "provides item) ('b')",
                           "requires[3].input: an item cannot require itself ('chip')",
                           "requires[4].weight: the weights of one offering must add up to at most 1 ('chip')",
                           "requires[4].input: a relation must not be given twice (same key and dates) ('wafer'), "
                           "repeating requires[0]",
                       });
    CHECK_THROWS_WITH(b.build(), Catch::StartsWith("semichain: the graph's input breaks 9 rules"));
}

TEST_CASE("shares of one item above 1 are a warning, not an error", "[graph][builder]") {
    graph_builder b = test_support::minimal_model();
    b.add(company_input{.id = "c", .name = "C", .location = KOR, .roles = {role::materials}});
    b.add(provides_input{.provider = "c", .item = "wafer", .share = 0.05});
    const graph g = b.build();
    REQUIRE(g.warnings().size() == 1);
    CHECK(g.warnings()[0].kind == problem_kind::shares_exceed_one);
    CHECK(g.warnings()[0].offending == "wafer");
}

TEST_CASE("control rules resolve their targets and keep their conditions", "[graph][builder]") {
    using namespace std::chrono;
    graph_builder b = test_support::minimal_model();
    b.add(rule_input{.id = "listing", .kind = rule_kind::entity_listing, .authority = USA, .effective = 2019y / 5 / 16,
                     .targets = {"m"}});
    b.add(rule_input{.id = "node_threshold", .kind = rule_kind::threshold, .authority = USA,
                     .effective = 2022y / 10 / 7, .buyer_countries = {CHN}, .match = category::process_node,
                     .conditions = {{.key = "node_nm", .op = condition_op::at_most, .is_number = true, .number = 16}}});
    b.add(rule_input{.id = "empty_listing", .kind = rule_kind::entity_listing, .authority = USA,
                     .effective = 2019y / 5 / 16});
    std::vector<problem> errors;
    CHECK_FALSE(b.try_build(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].kind == problem_kind::listing_without_targets);
    CHECK(errors[0].part == input_part::rules);
    CHECK(errors[0].index == 2);

    graph_builder ok = test_support::minimal_model();
    ok.add(rule_input{.id = "listing", .kind = rule_kind::entity_listing, .authority = USA, .effective = 2019y / 5 / 16,
                      .targets = {"m"}});
    const graph g = ok.build();
    const auto v = g.view();
    const auto r = v.rule("listing");
    REQUIRE(v.targets_of(r).size() == 1);
    CHECK(v.companies[v.targets_of(r)[0]].id == "m");
    CHECK(v.rules[r].in_force_at(to_day_number(2019y / 5 / 16)));
    CHECK_FALSE(v.rules[r].in_force_at(to_day_number(2019y / 5 / 15)));
}
