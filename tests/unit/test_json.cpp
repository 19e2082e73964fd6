// The semichain/1 JSON loader and writer (FORMAT.md): every rule, the JSON
// pointers of the errors, and the round trip write → load.
#include <semichain/io/csv.hpp>
#include <semichain/io/json_load.hpp>
#include <semichain/io/json_write.hpp>

#include "support/fab_model.hpp"
#include "support/minimal_model.hpp"

#include "support/same_graph.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;

namespace {

const std::filesystem::path data_dir = std::filesystem::path{SEMICHAIN_TEST_DATA_DIR} / "json";

graph load_fixture(const char* name) { return load_model_file(data_dir / name); }

/// The problems a document is rejected with, as load_problem::describe() gives them.
std::vector<std::string> errors_of(std::string_view json) {
    try {
        (void)load_model(json, "t.json");
    } catch (const load_error& e) {
        std::vector<std::string> out;
        for (const auto& p : e.problems()) out.push_back(p.describe());
        return out;
    }
    return {"(loaded)"};
}

template <class T>
std::vector<T> vec(std::span<const T> s) {
    return {s.begin(), s.end()};
}


/// Writes g, loads the text back and checks both graphs and both texts agree.
void check_round_trip(const graph_view& g) {
    const std::string text = write_model(g);
    const graph back = load_model(text, "round_trip.json");
    test_support::require_same_graph(g, back.view());
    CHECK(write_model(back.view()) == text);
}

}  // namespace

// --- loading ---------------------------------------------------------------------

TEST_CASE("the minimal model of FORMAT.md loads into the graph the builder makes", "[json][load]") {
    const graph g = load_fixture("minimal.json");
    CHECK(g.warnings().empty());
    test_support::require_same_graph(g.view(), test_support::minimal_model().build().view());
    const auto v = g.view();
    CHECK(v.offerings[v.find_offering(v.company("a"), v.item("wafer"))].share == 0.6);
    REQUIRE(v.requirements_of_item(v.item("chip")).size() == 1);
    CHECK(v.requirements_of_item(v.item("chip"))[0].weight == 0.3);
}

TEST_CASE("the fab model fixture loads into the graph of tests/unit/support/fab_model.hpp", "[json][load]") {
    const graph g = load_fixture("fab_model.json");
    test_support::require_same_graph(g.view(), test_support::fab_model().build().view());
}

TEST_CASE("the FORMAT.md example document, as printed, names every missing reference", "[json][load]") {
    // The example refers to companies, items and sources it does not define.
    try {
        (void)load_fixture("format_example.json");
        FAIL("the example loaded");
    } catch (const load_error& e) {
        std::vector<std::string> ps;
        for (const auto& p : e.problems()) ps.push_back(p.pointer + " " + p.offending);
        CHECK(ps == std::vector<std::string>{
                        "/provides/0/provider smic",
                        "/requires/1/input duv_immersion_scanner",
                        "/requires/2/item duv_immersion_scanner",
                        "/requires/2/input zeiss_optics",
                        "/requires/2/provider asml",
                        "/owns/0/parent alibaba",
                        "/owns/0/company t_head",
                        "/invests/0/investor xiaomi",
                        "/invests/0/company espressif",
                        "/invests/0/source s000",
                        "/controls/0/source …",
                    });
        CHECK(e.rule() == "references must name an existing id");
        CHECK(e.file() == (data_dir / "format_example.json").string());
        CHECK_THAT(e.what(), Catch::StartsWith((data_dir / "format_example.json").string() +
                                               ": /provides/0/provider: references must name an existing id ('smic')\n"));
    }
}

TEST_CASE("the FORMAT.md example, completed with what it refers to, loads every kind of entry", "[json][load]") {
    const graph g = load_fixture("format_example_complete.json");
    const auto v = g.view();
    CHECK(v.sources.size() == 3);
    CHECK(v.companies.size() == 9);
    CHECK(v.items.size() == 4);
    CHECK(v.offerings.size() == 4);
    const auto hisilicon = v.company("hisilicon");
    CHECK(v.companies[hisilicon].parent == v.company("huawei"));
    CHECK(v.companies[v.company("huawei")].roles == role_set{role::device_maker, role::designer});
    const auto node = v.item("smic_n_plus_2");
    CHECK(v.items[node].kind == category::process_node);
    CHECK(v.number_attribute(node, "node_nm") == 7.0);
    CHECK(v.text_attribute(node, "lithography") == "duv_immersion");
    const auto& smic = v.offerings[v.find_offering(v.company("smic"), node)];
    CHECK(smic.share == 1.0);
    CHECK(smic.since == to_day_number(2022y / 7 / 1));
    CHECK(smic.until == until_forever);
    CHECK(v.sources[smic.origin.source].id == "s004");
    CHECK(v.sources[v.source("s004")].published == to_day_number(2024y / 12 / 20));
    CHECK(v.sources[v.source("s004")].title == "Inside Huawei's mission…");
    // The ASML-specific requirement sits on ASML's offering of the scanner.
    const auto scanner = v.item("duv_immersion_scanner");
    const auto asml = v.find_offering(v.company("asml"), scanner);
    REQUIRE(v.requirements_of_offering(asml).size() == 1);
    CHECK(v.requirements_of_offering(asml)[0].input == v.item("zeiss_optics"));
    CHECK(v.requirements_of_item(scanner).empty());
    REQUIRE(v.requirements_of_item(node).size() == 1);
    CHECK(v.requirements_of_item(node)[0].capital);
    CHECK_FALSE(v.requirements_of_item(node)[0].has_weight());
    REQUIRE(v.owns.size() == 1);
    CHECK(v.owns[0].parent == v.company("alibaba"));
    REQUIRE(v.invests.size() == 1);
    CHECK(v.invests[0].date == to_day_number(2017y / 12 / 7));
    CHECK_FALSE(v.invests[0].stake >= 0.0);
    const auto listing = v.rule("us_entity_list_huawei");
    CHECK(v.rules[listing].kind == rule_kind::entity_listing);
    CHECK(v.rules[listing].authority == USA);
    CHECK(v.rules[listing].scope == rule_scope::origin);
    CHECK(v.rules[listing].effective == to_day_number(2019y / 5 / 16));
    REQUIRE(v.targets_of(listing).size() == 2);
    CHECK(v.targets_of(listing)[0] == v.company("huawei"));
    CHECK(v.targets_of(listing)[1] == hisilicon);
    CHECK(v.sources[v.rules[listing].origin.source].id == "…");
    const auto duv = v.rule("nl_duv_2023");
    CHECK(v.rules[duv].kind == rule_kind::threshold);
    CHECK(v.rules[duv].buyer_countries == bloc{CHN});
    CHECK(v.rules[duv].match_category == category::tool);
    REQUIRE(v.conditions_of(duv).size() == 1);
    CHECK(v.conditions_of(duv)[0].key == "tool_class");
    CHECK(v.conditions_of(duv)[0].op == condition_op::equals);
    CHECK(v.conditions_of(duv)[0].text == "duv_immersion_scanner");
}

TEST_CASE("a larger model: residual providers, periods, statuses, thresholds, variants and a share warning",
          "[json][load]") {
    const load_result r = load_model_with_warnings(detail::read_file_bytes(data_dir / "chain_sample.json"), "chain_sample.json");
    const auto v = r.model.view();
    CHECK(v.sources.size() == 4);
    CHECK(v.companies.size() == 16);
    CHECK(v.items.size() == 14);
    CHECK(v.offerings.size() == 20);
    CHECK(v.owns.size() == 2);
    CHECK(v.invests.size() == 2);
    CHECK(v.variants.size() == 2);
    CHECK(v.rules.size() == 4);
    // The file states its foreign-direct-product rules with the earlier scope
    // name: each loads as cannot_be_made_without, with a warning; then
    // photoresist: 0.9 + 0.15 = 1.05 > 1.02 is a warning pointing at the item.
    REQUIRE(r.warnings.size() == 3);
    CHECK(r.warnings[0].describe().find("scope foreign_direct_product is read as cannot_be_made_without") != std::string::npos);
    CHECK(r.warnings[1].describe().find("scope foreign_direct_product is read as cannot_be_made_without") != std::string::npos);
    CHECK(r.warnings[2].describe() == "chain_sample.json: /items/5: the shares of one item add up to more than 1.02 (concentration "
                                            "renormalises them) ('photoresist')");
    REQUIRE(r.model.warnings().size() == 1);
    CHECK(r.model.warnings()[0].kind == problem_kind::shares_exceed_one);

    const auto rest = v.company("rest_of_world");
    CHECK(v.companies[rest].is_residual());
    CHECK(v.companies[v.company("jpn_photoresist")].is_aggregate());
    CHECK(v.companies[v.company("jpn_photoresist")].location == JPN);
    CHECK(v.companies[v.company("placeholder_osat")].roles.contains(role::virtual_));
    CHECK(v.companies[v.company("placeholder_osat")].origin.certainty == status::assumption);
    CHECK(v.companies[v.company("smee")].name == "上海微电子装备 (SMEE)");
    CHECK(v.companies[v.company("cymer")].parent == v.company("asml"));
    // Numbers: integers, decimals and exponents.
    const auto kirin = v.item("kirin_9000s");
    CHECK(v.number_attribute(kirin, "transistors") == 9.5e9);
    CHECK(v.number_attribute(v.item("a17"), "transistors") == 19e9);
    CHECK(v.number_attribute(v.item("euv_scanner"), "wavelength_nm") == 13.5);
    // Two periods of one offering: SMIC's 7 nm, uncertain before 2023 and public after.
    const auto n7 = v.item("n7_duv");
    REQUIRE(v.offerings_of(n7).size() == 2);
    const auto& early = v.offerings[v.offerings_of(n7).front()];
    const auto& late = v.offerings[v.offerings_of(n7).back()];
    CHECK(early.until == to_day_number(2023y / 1 / 1));
    CHECK_FALSE(early.has_share());
    CHECK(early.origin.certainty == status::uncertain);
    CHECK(late.since == to_day_number(2023y / 1 / 1));
    CHECK(late.share == 1.0);
    // SMIC's own photoresist requirement applies to both of its periods.
    CHECK(v.requirements_of_offering(v.offerings_of(n7).front()).size() == 1);
    CHECK(v.requirements_of_offering(v.offerings_of(n7).back()).size() == 1);
    // Investments keep their stake.
    CHECK(v.invests[0].stake == 0.116);
    CHECK(v.invests[0].origin.certainty == status::public_);
    CHECK_FALSE(v.invests[1].stake >= 0.0);
    // Variants: ETO's is_type_of.
    CHECK(v.variants[0].item == v.item("krf_photoresist"));
    CHECK(v.variants[0].general == v.item("photoresist"));
    // Threshold conditions: {"max": 16}; {"max": 40, "min": 1}; {"min": 30e9} with an equality.
    const auto adv = v.rule("us_advanced_nodes_2022");
    CHECK(v.rules[adv].scope == rule_scope::cannot_be_made_without);
    CHECK(v.rules[adv].buyer_countries == bloc{CHN, country{"MAC"}});
    REQUIRE(v.conditions_of(adv).size() == 1);
    CHECK(v.conditions_of(adv)[0].op == condition_op::at_most);
    CHECK(v.conditions_of(adv)[0].number == 16.0);
    const auto duv = v.rule("nl_duv_2023");
    REQUIRE(v.conditions_of(duv).size() == 3);
    CHECK(v.conditions_of(duv)[1].key == "nm_resolution");
    CHECK(v.conditions_of(duv)[1].op == condition_op::at_most);
    CHECK(v.conditions_of(duv)[2].op == condition_op::at_least);
    CHECK(v.rules[duv].scope == rule_scope::origin);  // the default
    const auto big = v.rule("big_chips");
    CHECK_FALSE(v.rules[big].match_category.has_value());
    REQUIRE(v.conditions_of(big).size() == 2);
    CHECK(v.conditions_of(big)[0].number == 30e9);
    CHECK(v.conditions_of(big)[0].op == condition_op::at_least);
    CHECK(v.conditions_of(big)[1].is_number);
    CHECK(v.conditions_of(big)[1].op == condition_op::equals);
}

// --- round trip -----------------------------------------------------------------

TEST_CASE("writing and loading back gives an identical graph", "[json][write][round-trip]") {
    SECTION("the minimal model") { check_round_trip(load_fixture("minimal.json").view()); }
    SECTION("the fab model, built in code") { check_round_trip(test_support::fab_model().build().view()); }
    SECTION("the FORMAT.md example, completed") { check_round_trip(load_fixture("format_example_complete.json").view()); }
    SECTION("the larger model") { check_round_trip(load_fixture("chain_sample.json").view()); }
    SECTION("an empty model") {
        const graph g = load_model(R"({"format": "semichain/1"})", "empty.json");
        CHECK(write_model(g.view()) == "{\n  \"format\": \"semichain/1\"\n}\n");
        check_round_trip(g.view());
    }
}

TEST_CASE("the writer is deterministic: id order, fixed key order, 2-space indent", "[json][write]") {
    const graph g = load_fixture("minimal.json");
    const std::string text = write_model(g.view());
    CHECK_THAT(text, Catch::StartsWith("{\n  \"format\": \"semichain/1\",\n  \"companies\": [\n    {\n      \"id\": \"a\",\n"
                                       "      \"name\": \"A\",\n      \"country\": \"USA\",\n      \"roles\": [\n"
                                       "        \"materials\"\n      ]\n    },\n"));
    CHECK_THAT(text, Catch::EndsWith("  \"requires\": [\n    {\n      \"item\": \"chip\",\n      \"input\": \"wafer\",\n"
                                     "      \"weight\": 0.3\n    }\n  ]\n}\n"));
    // Items in id order (chip before wafer), whole numbers without ".0".
    CHECK(text.find("\"id\": \"chip\"") < text.find("\"id\": \"wafer\""));
    CHECK(text.find("\"share\": 1\n") != std::string::npos);
    CHECK(text.find("\"share\": 0.6\n") != std::string::npos);
    // The same model given in another order is written the same.
    graph_builder shuffled;
    shuffled.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    shuffled.add(requires_input{.item = "chip", .input = "wafer", .weight = 0.3});
    shuffled.add(provides_input{.provider = "m", .item = "chip", .share = 1.0});
    shuffled.add(provides_input{.provider = "b", .item = "wafer", .share = 0.4});
    shuffled.add(company_input{.id = "m", .name = "M", .location = TWN, .roles = {role::foundry}});
    shuffled.add(company_input{.id = "b", .name = "B", .location = JPN, .roles = {role::materials}});
    shuffled.add(item_input{.id = "wafer", .name = "Wafer", .kind = category::material});
    shuffled.add(provides_input{.provider = "a", .item = "wafer", .share = 0.6});
    shuffled.add(company_input{.id = "a", .name = "A", .location = USA, .roles = {role::materials}});
    CHECK(write_model(shuffled.build().view()) == text);
}

TEST_CASE("the writer refuses conditions that one JSON value cannot state", "[json][write]") {
    graph_builder b = test_support::minimal_model();
    b.add(rule_input{.id = "r", .kind = rule_kind::threshold, .authority = USA, .effective = 2022y / 1 / 1,
                     .buyer_countries = {CHN},
                     .conditions = {{.key = "node_nm", .op = condition_op::equals, .is_number = true, .number = 7},
                                    {.key = "node_nm", .op = condition_op::at_most, .is_number = true, .number = 16}}});
    const graph g = b.build();
    CHECK_THROWS_AS(write_model(g.view()), write_error);
}

TEST_CASE("write_model_file and load_model_file", "[json][write]") {
    const auto path = std::filesystem::temp_directory_path() / "semichain_test_json_round_trip.json";
    const graph g = load_fixture("chain_sample.json");
    write_model_file(g.view(), path);
    const graph back = load_model_file(path);
    test_support::require_same_graph(g.view(), back.view());
    std::filesystem::remove(path);
    try {
        (void)load_model_file(path);
        FAIL("a missing file loaded");
    } catch (const load_error& e) {
        CHECK(e.file() == path.string());
        CHECK(e.rule() == "cannot read the file: it does not exist or is not readable");
    }
}

// --- the rules --------------------------------------------------------------------

TEST_CASE("format is required and must be semichain/1; the document is an object", "[json][rules]") {
    CHECK(errors_of(R"({"companies": []})") ==
          std::vector<std::string>{"t.json: /format: \"format\" is required and must be \"semichain/1\""});
    CHECK(errors_of(R"({"format": "semichain/2"})") ==
          std::vector<std::string>{"t.json: /format: \"format\" must be \"semichain/1\" ('semichain/2')"});
    CHECK(errors_of(R"({"format": 1})") == std::vector<std::string>{"t.json: /format: \"format\" must be \"semichain/1\" ('1')"});
    CHECK(errors_of(R"(["format", "semichain/1"])") ==
          std::vector<std::string>{"t.json: (document): the document must be a JSON object ('[\"format\",\"semichain/1\"]')"});
    CHECK(errors_of(R"([{"format": "semichain/1"}])") ==
          std::vector<std::string>{"t.json: (document): the document must be a JSON object ('[...]')"});
}

TEST_CASE("unknown keys are errors, at the top level and inside entries", "[json][rules]") {
    CHECK(errors_of(R"({"format": "semichain/1", "compnies": []})") ==
          std::vector<std::string>{"t.json: /compnies: unknown key in the top level (allowed: format, sources, companies, "
                                   "items, provides, requires, owns, invests, variants, controls, installed, "
                                   "observations, licences, assists) ('compnies')"});
    // Rule checks of the entries stop the load before references are resolved:
    // the missing country is not reported on top of the typo.
    CHECK(errors_of(R"({"format": "semichain/1",
                        "companies": [{"id": "a", "name": "A", "contry": "USA", "roles": ["materials"]}]})") ==
          std::vector<std::string>{"t.json: /companies/0/contry: unknown key in a companies entry (allowed: id, name, "
                                   "country, roles, parent, source, status) ('contry')"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "x", "name": "x", "category": "tool", "atributes": {}}]})") ==
          std::vector<std::string>{"t.json: /items/0/atributes: unknown key in an items entry (allowed: id, name, "
                                   "category, attributes, source, status) ('atributes')"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "x", "name": "x", "category": "tool"}],
                        "provides": [{"provider": "p", "item": "x", "shares": 0.5}]})")
              .front() ==
          "t.json: /provides/0/shares: unknown key in a provides entry (allowed: provider, item, line, share, since, until, "
          "source, status) ('shares')");
    CHECK(errors_of(R"({"format": "semichain/1", "requires": [{"item": "x", "input": "y", "capitol": true}]})") ==
          std::vector<std::string>{"t.json: /requires/0/capitol: unknown key in a requires entry (allowed: item, input, "
                                   "provider, weight, capital, source, status) ('capitol')"});
    CHECK(errors_of(R"({"format": "semichain/1", "owns": [{"parent": "x", "company": "y", "stake": 1}]})") ==
          std::vector<std::string>{"t.json: /owns/0/stake: unknown key in an owns entry (allowed: parent, company, "
                                   "source, status) ('stake')"});
    CHECK(errors_of(R"({"format": "semichain/1", "invests": [{"investor": "x", "company": "y", "when": "2020-01-01"}]})") ==
          std::vector<std::string>{"t.json: /invests/0/when: unknown key in an invests entry (allowed: investor, company, "
                                   "date, stake, source, status) ('when')"});
    CHECK(errors_of(R"({"format": "semichain/1", "variants": [{"item": "x", "of": "y"}]})") ==
          std::vector<std::string>{
              "t.json: /variants/0/of: unknown key in a variants entry (allowed: item, general, source, status) ('of')",
              "t.json: /variants/0/general: \"general\" is required"});
    CHECK(errors_of(R"({"format": "semichain/1", "sources": [{"id": "s", "author": "me"}]})") ==
          std::vector<std::string>{"t.json: /sources/0/author: unknown key in a sources entry (allowed: id, title, "
                                   "publisher, date, url) ('author')"});
    // JSON pointer escaping: "/" → "~1", "~" → "~0".
    CHECK(errors_of(R"({"format": "semichain/1", "a/b~c": 1})").front() ==
          "t.json: /a~1b~0c: unknown key in the top level (allowed: format, sources, companies, items, provides, "
          "requires, owns, invests, variants, controls, installed, observations, licences, assists) ('a/b~c')");
}

TEST_CASE("wrong JSON types are errors with the pointer", "[json][rules]") {
    CHECK(errors_of(R"({"format": "semichain/1", "companies": {"id": "a"}})") ==
          std::vector<std::string>{"t.json: /companies: must be an array of objects, not an object"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": ["a"]})") ==
          std::vector<std::string>{"t.json: /companies/0: an entry must be an object, not a string ('a')"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": 42, "country": "USA"}]})") ==
          std::vector<std::string>{"t.json: /companies/0/name: must be a string, not a number ('42')"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": 7, "name": "A", "country": "USA"}]})") ==
          std::vector<std::string>{"t.json: /companies/0/id: must be a string, not a number ('7')"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "USA", "roles": "foundry"}]})") ==
          std::vector<std::string>{"t.json: /companies/0/roles: must be an array of roles, not a string ('foundry')"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "x", "name": "x", "category": "tool"}],
                        "companies": [{"id": "p", "name": "p", "country": "USA"}],
                        "provides": [{"provider": "p", "item": "x", "share": "0.5"}]})") ==
          std::vector<std::string>{"t.json: /provides/0/share: must be a number, not a string ('0.5')"});
    CHECK(errors_of(R"({"format": "semichain/1", "requires": [{"item": "x", "input": "y", "capital": "yes"}]})") ==
          std::vector<std::string>{"t.json: /requires/0/capital: must be true or false, not a string ('yes')"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "x", "name": "x", "category": "tool", "attributes": [1]}]})") ==
          std::vector<std::string>{"t.json: /items/0/attributes: must be an object of numbers and strings, not an array ('[1]')"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "x", "name": "x", "category": "tool",
                        "attributes": {"euv": true, "a/b": null, "layers": [1, 2]}}]})") ==
          std::vector<std::string>{
              "t.json: /items/0/attributes/euv: an attribute must be a number or a string, not true/false ('true')",
              "t.json: /items/0/attributes/a~1b: an attribute must be a number or a string, not null ('null')",
              "t.json: /items/0/attributes/layers: an attribute must be a number or a string, not an array ('[1,2]')"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": 840}]})") ==
          std::vector<std::string>{
              "t.json: /companies/0/country: must be a string (an ISO 3166-1 alpha-3 country code), not a number ('840')"});
}

TEST_CASE("ids are non-empty strings, unique per kind; references must exist", "[json][rules]") {
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "", "name": "A", "country": "USA"}]})") ==
          std::vector<std::string>{"t.json: /companies/0/id: ids must be non-empty strings"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"name": "A", "country": "USA"}]})") ==
          std::vector<std::string>{"t.json: /companies/0/id: \"id\" is required"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "USA"}, {"id": "a", "name": "a", "country": "JPN"}]})") ==
          std::vector<std::string>{"t.json: /companies/1/id: ids must be unique within their kind ('a')"});
    // The same id in two kinds is fine.
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "USA"}],
                        "items": [{"id": "a", "name": "a", "category": "chip"}]})") == std::vector<std::string>{"(loaded)"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "chip", "name": "chip", "category": "chip"}],
                        "requires": [{"item": "chip", "input": "gas"}]})") ==
          std::vector<std::string>{"t.json: /requires/0/input: references must name an existing id ('gas')"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "USA", "parent": "nobody"}]})") ==
          std::vector<std::string>{"t.json: /companies/0/parent: references must name an existing id ('nobody')"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "x", "name": "x", "category": "chip", "source": "s1"}]})") ==
          std::vector<std::string>{"t.json: /items/0/source: references must name an existing id ('s1')"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "x", "name": "x", "category": "chip"}],
                        "variants": [{"item": "x", "general": "y"}]})") ==
          std::vector<std::string>{"t.json: /variants/0/general: references must name an existing id ('y')"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "USA", "parent": "b"},
                                                               {"id": "b", "name": "b", "country": "USA", "parent": "a"}]})") ==
          std::vector<std::string>{"t.json: /companies/0/parent: a company cannot own itself ('a')",
                                   "t.json: /companies/1/parent: a company cannot own itself ('b')"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "USA"}],
                        "owns": [{"parent": "a", "company": "a"}]})") ==
          std::vector<std::string>{"t.json: /owns/0/company: a company cannot own itself ('a')"});
}

TEST_CASE("countries are ISO alpha-3; roles and categories come from their lists", "[json][rules]") {
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "XYZ"}]})") ==
          std::vector<std::string>{
              "t.json: /companies/0/country: must be an assigned ISO 3166-1 alpha-3 country code (such as \"CHN\") ('XYZ')"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "usa"}]})").size() == 1);
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "US"}]})").size() == 1);
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "USA", "roles": ["foundry", "fab"]}]})") ==
          std::vector<std::string>{"t.json: /companies/0/roles/1: a role must be one of designer, foundry, idm, osat, "
                                   "equipment, materials, eda, ip, memory, device_maker, investor, aggregate, virtual ('fab')"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "x", "name": "x", "category": "chips"}]})") ==
          std::vector<std::string>{"t.json: /items/0/category: category must be one of chip, device, process_node, "
                                   "packaging, tool, material, software, ip, service, other ('chips')"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "x", "name": "X"}]})") ==
          std::vector<std::string>{"t.json: /items/0/category: \"category\" is required"});
    // A company needs a country, unless it is a residual aggregate provider.
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "roles": ["foundry"]}]})") ==
          std::vector<std::string>{
              "t.json: /companies/0: a company needs a country (only a residual aggregate provider may have none) ('a')"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "rest", "name": "Various countries", "roles": ["aggregate"]}]})") ==
          std::vector<std::string>{"(loaded)"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "USA", "status": "rumour"}]})") ==
          std::vector<std::string>{"t.json: /companies/0/status: status must be one of seed, public, uncertain, "
                                   "assumption ('rumour')"});
}

TEST_CASE("shares and weights are fractions; shares above 1 warn, weights above 1 fail", "[json][rules]") {
    constexpr std::string_view head = R"({"format": "semichain/1",
        "companies": [{"id": "a", "name": "a", "country": "USA"}, {"id": "b", "name": "b", "country": "JPN"}],
        "items": [{"id": "x", "name": "x", "category": "material"}, {"id": "y", "name": "y", "category": "chip"}, {"id": "z", "name": "z", "category": "material"}],)";
    const auto doc = [&](std::string_view rest) { return std::string{head} + std::string{rest} + "}"; };
    CHECK(errors_of(doc(R"("provides": [{"provider": "a", "item": "x", "share": 1.5}])")) ==
          std::vector<std::string>{"t.json: /provides/0/share: a share must be a fraction in [0, 1]"});
    CHECK(errors_of(doc(R"("provides": [{"provider": "a", "item": "x", "share": -0.1}])")) ==
          std::vector<std::string>{"t.json: /provides/0/share: a share must be a fraction in [0, 1]"});
    CHECK(errors_of(doc(R"("requires": [{"item": "y", "input": "x", "weight": 2}])")) ==
          std::vector<std::string>{"t.json: /requires/0/weight: a weight must be a fraction in [0, 1]"});
    CHECK(errors_of(doc(R"("provides": [{"provider": "a", "item": "y"}],
                          "requires": [{"item": "y", "input": "x", "weight": 0.6}, {"item": "y", "input": "z", "weight": 0.5}])")) ==
          std::vector<std::string>{"t.json: /requires/1/weight: the weights of one offering must add up to at most 1 ('y')"});
    CHECK(errors_of(doc(R"("invests": [{"investor": "a", "company": "b", "stake": 1.2}])")) ==
          std::vector<std::string>{"t.json: /invests/0/stake: a stake must be a fraction in [0, 1] ('1.2')"});
    // Shares of one item above 1.02: loaded, with a warning; up to 1.02 is rounding.
    CHECK(load_model_with_warnings(doc(R"("provides": [{"provider": "a", "item": "x", "share": 0.61},
                                                       {"provider": "b", "item": "x", "share": 0.41}])"),
                                   "t.json")
              .warnings.empty());
    const auto r = load_model_with_warnings(doc(R"("provides": [{"provider": "a", "item": "x", "share": 0.61},
                                                               {"provider": "b", "item": "x", "share": 0.42}])"),
                                            "t.json");
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].pointer == "/items/0");
    CHECK(r.warnings[0].rule == "the shares of one item add up to more than 1.02 (concentration renormalises them)");
    CHECK(r.model.view().offerings.size() == 2);
}

TEST_CASE("dates are real YYYY-MM-DD dates and since comes before until", "[json][rules]") {
    constexpr std::string_view head = R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "USA"}],
        "items": [{"id": "x", "name": "x", "category": "material"}], "provides": [)";
    const auto doc = [&](std::string_view p) { return std::string{head} + std::string{p} + "]}"; };
    CHECK(errors_of(doc(R"({"provider": "a", "item": "x", "since": "2023-02-30"})")) ==
          std::vector<std::string>{"t.json: /provides/0/since: dates must be YYYY-MM-DD and a real calendar date ('2023-02-30')"});
    CHECK(errors_of(doc(R"({"provider": "a", "item": "x", "until": "2023-2-1"})")) ==
          std::vector<std::string>{"t.json: /provides/0/until: dates must be YYYY-MM-DD and a real calendar date ('2023-2-1')"});
    CHECK(errors_of(doc(R"({"provider": "a", "item": "x", "since": 2020})")) ==
          std::vector<std::string>{"t.json: /provides/0/since: must be a string, not a number ('2020')"});
    CHECK(errors_of(doc(R"({"provider": "a", "item": "x", "since": "2021-01-01", "until": "2021-01-01"})")) ==
          std::vector<std::string>{"t.json: /provides/0/until: since must be before until ('x')"});
    CHECK(errors_of(doc(R"({"provider": "a", "item": "x", "since": "2020-02-29", "until": "2021-01-01"})")) ==
          std::vector<std::string>{"(loaded)"});
    CHECK(errors_of(R"({"format": "semichain/1", "sources": [{"id": "s", "date": "20240101"}]})") ==
          std::vector<std::string>{"t.json: /sources/0/date: dates must be YYYY-MM-DD and a real calendar date ('20240101')"});
}

TEST_CASE("an offering-level requirement needs its offering", "[json][rules]") {
    CHECK(errors_of(R"({"format": "semichain/1",
        "companies": [{"id": "asml", "name": "asml", "country": "NLD"}, {"id": "nikon", "name": "nikon", "country": "JPN"}],
        "items": [{"id": "scanner", "name": "scanner", "category": "tool"}, {"id": "optics", "name": "optics", "category": "material"}],
        "provides": [{"provider": "asml", "item": "scanner"}],
        "requires": [{"item": "scanner", "input": "optics", "provider": "nikon"}]})") ==
          std::vector<std::string>{"t.json: /requires/0/provider: an offering-level requirement needs an existing offering "
                                   "(provider provides item) ('nikon')"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "x", "name": "x", "category": "tool"}],
                        "requires": [{"item": "x", "input": "x"}]})") ==
          std::vector<std::string>{"t.json: /requires/0/input: an item cannot require itself ('x')"});
}

TEST_CASE("controls: entity listings and thresholds, each with its own keys", "[json][rules]") {
    constexpr std::string_view head = R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "CHN"}], "controls": [)";
    const auto doc = [&](std::string_view c) { return std::string{head} + std::string{c} + "]}"; };
    CHECK(errors_of(doc(R"({"id": "l", "authority": "USA", "kind": "entity_listing", "effective": "2019-05-16",
                            "targets": ["a"], "scope": "origin"})")) == std::vector<std::string>{"(loaded)"});
    CHECK(errors_of(doc(R"({"id": "l", "authority": "USA", "kind": "entity_listing", "effective": "2019-05-16",
                            "targets": ["a"]})")) == std::vector<std::string>{"t.json: /controls/0/scope: \"scope\" is required"});
    CHECK(errors_of(doc(R"({"id": "l", "authority": "USA", "kind": "entity_listing", "effective": "2019-05-16",
                            "targets": ["a", "b"], "scope": "origin"})")) ==
          std::vector<std::string>{"t.json: /controls/0/targets/1: references must name an existing id ('b')"});
    CHECK(errors_of(doc(R"({"id": "l", "authority": "USA", "kind": "entity_listing", "effective": "2019-05-16",
                            "targets": [], "scope": "origin"})")) ==
          std::vector<std::string>{"t.json: /controls/0/targets: an entity listing needs at least one target ('l')"});
    CHECK(errors_of(doc(R"({"id": "l", "authority": "USA", "kind": "entity_listing", "effective": "2019-05-16",
                            "targets": ["a"], "scope": "everywhere"})")) ==
          std::vector<std::string>{"t.json: /controls/0/scope: scope must be origin, direct_product, cannot_be_made_without or de_minimis ('everywhere')"});
    CHECK(errors_of(doc(R"({"id": "l", "authority": "USA", "kind": "entity_listing", "effective": "2019-05-16",
                            "targets": ["a"], "scope": "origin", "buyer_countries": ["CHN"]})")) ==
          std::vector<std::string>{"t.json: /controls/0/buyer_countries: unknown key in an entity_listing controls entry "
                                   "(allowed: id, name, authority, kind, effective, announced, savings_until, policy, source, status, "
                                   "targets, scope) "
                                   "('buyer_countries')"});
    CHECK(errors_of(doc(R"({"id": "l", "authority": "EU", "kind": "ban", "targets": ["a"]})")) ==
          std::vector<std::string>{
              "t.json: /controls/0/authority: must be an assigned ISO 3166-1 alpha-3 country code (such as \"CHN\") ('EU')",
              "t.json: /controls/0/effective: \"effective\" is required",
              "t.json: /controls/0/kind: kind must be entity_listing or threshold ('ban')"});
    CHECK(errors_of(doc(R"({"id": "t", "authority": "NLD", "kind": "threshold", "effective": "2023-09-01",
                            "buyer_countries": ["CHN"], "match": {"category": "tool"}})")) == std::vector<std::string>{"(loaded)"});
    CHECK(errors_of(doc(R"({"id": "t", "authority": "NLD", "kind": "threshold", "effective": "2023-09-01",
                            "buyer_countries": ["CHN", "China"], "targets": ["a"], "match": {"category": "tool"}})")) ==
          std::vector<std::string>{
              "t.json: /controls/0/targets: unknown key in a threshold controls entry (allowed: id, name, authority, kind, "
              "effective, announced, savings_until, policy, source, status, buyer_countries, match, scope) ('targets')",
              "t.json: /controls/0/buyer_countries/1: must be an assigned ISO 3166-1 alpha-3 country code (such as \"CHN\") "
              "('China')"});
    CHECK(errors_of(doc(R"({"id": "t", "authority": "NLD", "kind": "threshold", "effective": "2023-09-01",
                            "buyer_countries": [], "match": {"category": "tool"}})")) ==
          std::vector<std::string>{"t.json: /controls/0/buyer_countries: must name at least one country"});
    CHECK(errors_of(doc(R"({"id": "t", "authority": "NLD", "kind": "threshold", "effective": "2023-09-01",
                            "buyer_countries": ["CHN"]})")) ==
          std::vector<std::string>{"t.json: /controls/0/match: \"match\" is required"});
    CHECK(errors_of(doc(R"({"id": "t", "authority": "NLD", "kind": "threshold", "effective": "2023-09-01",
                            "buyer_countries": ["CHN"], "match": {}})")) ==
          std::vector<std::string>{"t.json: /controls/0/match: a threshold rule needs a category or an attribute condition ('t')"});
    CHECK(errors_of(doc(R"({"id": "t", "authority": "NLD", "kind": "threshold", "effective": "2023-09-01",
                            "buyer_countries": ["CHN"], "match": {"categry": "tool",
                            "attributes": {"node_nm": {"maximum": 16}, "euv": true, "layers": {"min": "128"}, "x": {}}}})")) ==
          std::vector<std::string>{
              "t.json: /controls/0/match/categry: unknown key in a threshold's match (allowed: category, attributes) ('categry')",
              "t.json: /controls/0/match/attributes/node_nm/maximum: a numeric condition is {\"max\": n} or {\"min\": n} ('maximum')",
              "t.json: /controls/0/match/attributes/euv: a condition must be a number, a string, {\"max\": n} or {\"min\": n} ('true')",
              "t.json: /controls/0/match/attributes/layers/min: must be a number, not a string ('128')",
              "t.json: /controls/0/match/attributes/x: a condition must be a number, a string, {\"max\": n} or {\"min\": n} ('{}')"});
}

TEST_CASE("a broken file loads nothing and lists every problem", "[json][rules]") {
    try {
        (void)load_model(R"({"format": "semichain/1",
            "companies": [{"id": "a", "name": "a", "country": "USA", "colour": "red"}, {"id": "b", "name": "b", "country": "Japan"}],
            "items": [{"id": "x", "name": "x", "category": "tool", "attributes": {"ok": 1}}]})",
                         "broken.json");
        FAIL("loaded");
    } catch (const load_error& e) {
        CHECK(std::string{e.what()} ==
              "broken.json: /companies/0/colour: unknown key in a companies entry (allowed: id, name, country, roles, parent, "
              "source, status) ('colour')\n"
              "broken.json: /companies/1/country: must be an assigned ISO 3166-1 alpha-3 country code (such as \"CHN\") ('Japan')");
        CHECK(e.problems().size() == 2);
        CHECK(e.file() == "broken.json");
        CHECK(e.pointer() == "/companies/0/colour");
        CHECK(e.line() == 0);
    }
}

TEST_CASE("malformed JSON is reported with its line and column", "[json][syntax]") {
    const auto first = [](std::string_view text) {
        try {
            (void)load_model(text, "bad.json");
        } catch (const load_error& e) {
            return e.first();
        }
        return load_problem{.rule = "(loaded)"};
    };
    SECTION("truncated") {
        const auto p = first("{\"format\": \"semichain/1\",\n \"companies\": [{\"id\": \"a\"");
        CHECK(p.line == 2);
        CHECK(p.column == 26);  // just after the last character: the text is 51 bytes long
        CHECK(p.describe() == "bad.json:2:26: malformed JSON at byte offset 51: syntax error while parsing object - "
                              "unexpected end of input; expected '}'");
    }
    SECTION("invalid UTF-8 in a string") {
        const auto p = first("{\"format\": \"semichain/1\",\n \"companies\": [{\"id\": \"a\xff\"}]}");
        CHECK(p.line == 2);
        CHECK_THAT(p.rule, Catch::Contains("ill-formed UTF-8 byte"));
    }
    SECTION("a trailing comma") {
        const auto p = first("{\"format\": \"semichain/1\",\n}");
        CHECK(p.line == 2);
        CHECK(p.column == 1);
        CHECK_THAT(p.rule, Catch::StartsWith("malformed JSON at byte offset 26: "));
        CHECK_THAT(p.rule, Catch::Contains("expected string literal"));
    }
    SECTION("text after the document") {
        const auto p = first("{\"format\": \"semichain/1\"} x");
        CHECK(p.line == 1);
        CHECK_THAT(p.rule, Catch::Contains("expected end of input"));
    }
    SECTION("a number too large for a double") {
        const auto p = first("{\"format\": \"semichain/1\", \"items\": [{\"id\": \"x\", \"category\": \"chip\", "
                             "\"attributes\": {\"n\": 1e999}}]}");
        CHECK_THAT(p.rule, Catch::Contains("number overflow"));
    }
    SECTION("empty text") {
        const auto p = first("");
        CHECK(p.line == 1);
        CHECK_THAT(p.rule, Catch::StartsWith("malformed JSON at byte offset 0: "));
    }
    SECTION("a duplicate key names its pointer") {
        const auto p = first(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "a", "country": "USA", "country": "JPN"}]})");
        CHECK(p.describe() == "bad.json: /companies/0/country: keys must be unique within an object ('country')");
        const auto q = first(R"({"format": "semichain/1", "items": [{"id": "x", "name": "x", "category": "chip",
                                 "attributes": {"a/b": 1, "a/b": 2}}]})");
        CHECK(q.pointer == "/items/0/attributes/a~1b");
    }
    SECTION("deep nesting costs no stack") {
        const std::size_t depth = 100000;
        const std::string text = std::string(depth, '[') + std::string(depth, ']');
        CHECK(first(text).describe() == "bad.json: (document): the document must be a JSON object ('[...]')");
    }
    SECTION("a byte-order mark is fine") {
        CHECK(first("\xEF\xBB\xBF{\"format\": \"semichain/1\"}").rule == "(loaded)");
    }
}

// --- the bad-input catalogue: rows given twice, missing names, implausible
// attributes, foreign byte-order marks --------------------------------------------

TEST_CASE("a row given twice is an error naming both places", "[json][rules][bad-input]") {
    constexpr std::string_view head = R"({"format": "semichain/1",
        "companies": [{"id": "a", "name": "A", "country": "USA"}, {"id": "b", "name": "B", "country": "JPN"}],
        "items": [{"id": "x", "name": "X", "category": "material"}, {"id": "y", "name": "Y", "category": "tool"},
                  {"id": "n", "name": "N", "category": "process_node"}],)";
    const auto doc = [&](std::string_view rest) { return std::string{head} + std::string{rest} + "}"; };
    // provides: same (provider, item, line) with overlapping periods.
    CHECK(errors_of(doc(R"("provides": [{"provider": "a", "item": "x", "share": 0.5}, {"provider": "b", "item": "x"},
                                        {"provider": "a", "item": "x", "since": "2020-01-01"}])")) ==
          std::vector<std::string>{"t.json: /provides/2/provider: offerings with the same provider, item and line must not "
                                   "overlap in time ('a'); first given at /provides/0"});
    // Periods that meet without overlapping, and another line, are two offerings.
    CHECK(errors_of(doc(R"("provides": [{"provider": "a", "item": "x", "until": "2020-01-01"},
                                        {"provider": "a", "item": "x", "since": "2020-01-01"},
                                        {"provider": "a", "item": "x", "line": "l2"}])")) == std::vector<std::string>{"(loaded)"});
    // requires: same (item, input, provider), whatever the weight.
    CHECK(errors_of(doc(R"("requires": [{"item": "n", "input": "x", "weight": 0.1}, {"item": "n", "input": "y", "capital": true},
                                        {"item": "n", "input": "x", "weight": 0.2}])")) ==
          std::vector<std::string>{"t.json: /requires/2/input: a relation must not be given twice (same key and dates) ('x'); "
                                   "first given at /requires/0"});
    CHECK(errors_of(doc(R"("provides": [{"provider": "a", "item": "n"}],
                          "requires": [{"item": "n", "input": "x"}, {"item": "n", "input": "x", "provider": "a"}])")) ==
          std::vector<std::string>{"(loaded)"});
    // owns, invests (same date), installed (same key and since).
    CHECK(errors_of(doc(R"("owns": [{"parent": "a", "company": "b"}, {"parent": "a", "company": "b"}])")) ==
          std::vector<std::string>{"t.json: /owns/1/company: a relation must not be given twice (same key and dates) ('b'); "
                                   "first given at /owns/0"});
    CHECK(errors_of(doc(R"("invests": [{"investor": "a", "company": "b", "date": "2017-12-07"},
                                       {"investor": "a", "company": "b", "date": "2017-12-07", "stake": 0.1}])")) ==
          std::vector<std::string>{"t.json: /invests/1/company: a relation must not be given twice (same key and dates) ('b'); "
                                   "first given at /invests/0"});
    CHECK(errors_of(doc(R"("invests": [{"investor": "a", "company": "b", "date": "2017-12-07"},
                                       {"investor": "a", "company": "b", "date": "2019-01-01"}])")) ==
          std::vector<std::string>{"(loaded)"});
    CHECK(errors_of(doc(R"("provides": [{"provider": "a", "item": "n"}, {"provider": "b", "item": "y"}],
                          "requires": [{"item": "n", "input": "y", "capital": true}],
                          "installed": [{"provider": "a", "item": "n", "input": "y", "maker": "b", "since": "2020-01-01"},
                                        {"provider": "a", "item": "n", "input": "y", "maker": "b", "since": "2021-01-01"},
                                        {"provider": "a", "item": "n", "input": "y", "maker": "b", "since": "2020-01-01"}])")) ==
          std::vector<std::string>{"t.json: /installed/2/input: a relation must not be given twice (same key and dates) ('y'); "
                                   "first given at /installed/0"});
}

TEST_CASE("companies and items need a name", "[json][rules][bad-input]") {
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "country": "USA"}]})") ==
          std::vector<std::string>{"t.json: /companies/0/name: \"name\" is required"});
    CHECK(errors_of(R"({"format": "semichain/1", "companies": [{"id": "a", "name": "", "country": "USA"}]})") ==
          std::vector<std::string>{"t.json: /companies/0/name: a name must be a non-empty string"});
    CHECK(errors_of(R"({"format": "semichain/1", "items": [{"id": "x", "category": "chip"}]})") ==
          std::vector<std::string>{"t.json: /items/0/name: \"name\" is required"});
}

TEST_CASE("numeric attributes outside their plausible bounds are errors", "[json][rules][bad-input]") {
    const auto item = [](std::string_view attributes) {
        return R"({"format": "semichain/1", "items": [{"id": "x", "name": "X", "category": "chip", "attributes": )" +
               std::string{attributes} + "}]}";
    };
    // The bounds themselves are plausible.
    CHECK(errors_of(item(R"({"node_nm": 0.1, "dram_half_pitch_nm": 100000, "transistors": 1, "layers": 10000,
                              "nand_layers": 1, "year": 1900, "first_volume_year": 2100})")) == std::vector<std::string>{"(loaded)"});
    CHECK(errors_of(item(R"({"node_nm": 7e-9})")) ==
          std::vector<std::string>{"t.json: /items/0/attributes/node_nm: a length in nanometres (an attribute named *_nm) "
                                   "must be in [0.1, 100000] ('7e-09')"});
    CHECK(errors_of(item(R"({"overlay_nm": 200000})")) ==
          std::vector<std::string>{"t.json: /items/0/attributes/overlay_nm: a length in nanometres (an attribute named *_nm) "
                                   "must be in [0.1, 100000] ('200000')"});
    CHECK(errors_of(item(R"({"transistors": 0})")) ==
          std::vector<std::string>{"t.json: /items/0/attributes/transistors: a transistor count must be in [1, 1e14] ('0')"});
    CHECK(errors_of(item(R"({"transistors": 2e14})")) ==
          std::vector<std::string>{"t.json: /items/0/attributes/transistors: a transistor count must be in [1, 1e14] ('200000000000000.0')"});
    CHECK(errors_of(item(R"({"nand_layers": 0})")) ==
          std::vector<std::string>{"t.json: /items/0/attributes/nand_layers: a layer count (an attribute named *_layers) must "
                                   "be in [1, 10000] ('0')"});
    CHECK(errors_of(item(R"({"first_volume_year": 20230})")) ==
          std::vector<std::string>{"t.json: /items/0/attributes/first_volume_year: a year (an attribute named *_year) must be "
                                   "in [1900, 2100] ('20230')"});
    // Names that only contain a bounded name are not bounded; "nm" alone is not "*_nm".
    CHECK(errors_of(item(R"({"nm": 0, "transistors_per_mm2": 0, "tpp": 0})")) == std::vector<std::string>{"(loaded)"});
}

TEST_CASE("a UTF-8 byte-order mark is skipped; UTF-16 and UTF-32 ones are refused", "[json][syntax][bad-input]") {
    const auto error_of = [](std::string_view text) {
        try {
            (void)load_model(text, "bom.json");
        } catch (const load_error& e) {
            return std::string{e.what()};
        }
        return std::string{"(loaded)"};
    };
    CHECK(error_of("\xEF\xBB\xBF{\"format\": \"semichain/1\"}") == "(loaded)");
    CHECK(error_of(std::string_view{"\xFF\xFE{\0\"\0", 6}) ==
          "bom.json:1:1: the file starts with a UTF-16LE byte-order mark: it must be UTF-8 text (convert it, e.g. iconv -f "
          "UTF-16 -t UTF-8)");
    CHECK(error_of(std::string_view{"\xFE\xFF\0{", 4}) ==
          "bom.json:1:1: the file starts with a UTF-16BE byte-order mark: it must be UTF-8 text (convert it, e.g. iconv -f "
          "UTF-16 -t UTF-8)");
    CHECK(error_of(std::string_view{"\xFF\xFE\0\0{\0\0\0", 8}) ==
          "bom.json:1:1: the file starts with a UTF-32LE byte-order mark: it must be UTF-8 text (convert it, e.g. iconv -f "
          "UTF-32 -t UTF-8)");
    CHECK(error_of(std::string_view{"\0\0\xFE\xFF\0\0\0{", 8}) ==
          "bom.json:1:1: the file starts with a UTF-32BE byte-order mark: it must be UTF-8 text (convert it, e.g. iconv -f "
          "UTF-32 -t UTF-8)");
    // The CSV reader (ETO files) does the same.
    CHECK(parse_csv_records("\xEF\xBB\xBF" "a,b\n1,2\n", "t.csv").size() == 2);
    CHECK_THROWS_WITH(parse_csv_records(std::string_view{"\xFF\xFE" "a\0", 4}, "t.csv"),
                      "t.csv:1:1: the file starts with a UTF-16LE byte-order mark: it must be UTF-8 text (convert it, e.g. "
                      "iconv -f UTF-16 -t UTF-8)");
}
