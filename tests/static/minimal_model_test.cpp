// Compile-time facts about FORMAT.md's minimal model, lowered to a static
// constexpr graph: the same graph_view the run-time graph gives.
#include "minimal_model.hpp"

#include <semichain/model.hpp>

#include <chrono>
#include <type_traits>

namespace {

using namespace semichain;
using namespace std::chrono_literals;

constexpr graph_view v = minimal::graph.view();

// Counts.
static_assert(v.sources.size() == 1 && v.companies.size() == 4 && v.items.size() == 4);
static_assert(v.offerings.size() == 5 && v.rules.size() == 2);
static_assert(v.item_requirements.size() == 2 && v.offering_requirements.size() == 1);
static_assert(v.owns.size() == 1 && v.invests.size() == 1 && v.variants.empty());
static_assert(std::is_same_v<std::remove_cv_t<decltype(minimal::graph)>,
                             array_graph<graph_sizes{.sources = 1, .companies = 4, .items = 4, .attributes = 8,
                                                     .offerings = 5, .item_offerings_begin = 5,
                                                     .item_requirements = 2, .item_requirements_begin = 5,
                                                     .offering_requirements = 1, .offering_requirements_begin = 6,
                                                     .dependents = 3, .dependents_begin = 5, .owns = 1,
                                                     .invests = 1, .variants = 0, .rules = 2, .rule_targets = 2,
                                                     .conditions = 1, .rule_policies = 0, .installed = 0,
                                                     .installed_begin = 6, .observations = 0, .licences = 0,
                                                     .assists = 0}>>);

// Dense ids are ranks of the id strings.
static_assert(v.company("a") == company_index{0} && v.company("m") == company_index{2} &&
              v.company("m_design") == company_index{3});
static_assert(v.item("chip") == item_index{0} && v.item("m_7nm") == item_index{1} && v.item("scanner") == item_index{2} &&
              v.item("wafer") == item_index{3});
static_assert(!v.find_item("nothing").has_value() && v.find_item("nothing").value_or(item_index{}).is_none());
static_assert(v.find_item("wafer").has_value() && *v.find_item("wafer") == v.item("wafer"));
constexpr item_index chip = v.item("chip"), wafer = v.item("wafer"), node = v.item("m_7nm"), scanner = v.item("scanner");
constexpr company_index a = v.company("a"), b = v.company("b"), m = v.company("m");

// Companies.
static_assert(v.companies[b].location == countries::JPN && v.companies[b].roles.contains(role::materials));
static_assert(v.companies[v.company("m_design")].parent == m && v.companies[m].parent.is_none());
static_assert(v.companies[a].name == "A");

// Offerings: wafer from a (0.6) and b (0.4); chip from m alone.
static_assert(v.offerings_of(wafer).size() == 2 && v.offerings_of(chip).size() == 1);
static_assert(v.offerings[v.offerings_of(wafer).front()].provider == a);
static_assert(v.offerings[v.find_offering(a, wafer)].share == 0.6);
static_assert(v.offerings[v.find_offering(b, wafer)].share == 0.4);
static_assert(v.offerings[v.find_offering(m, chip)].share == 1.0);
static_assert(!v.offerings[v.find_offering(a, scanner)].has_share());
static_assert(v.offerings[v.find_offering(m, node)].since == to_day_number(2021y / 1 / 1));
static_assert(v.offerings[v.find_offering(m, node)].until == until_forever);
static_assert(v.find_offering(b, chip).is_none());

// Requirements: chip needs wafer (0.3) and the node (0.5); m's node needs the scanner (capital).
static_assert(v.requirements_of_item(chip).size() == 2);
static_assert(v.requirements_of_item(chip)[0].input == wafer && v.requirements_of_item(chip)[0].weight == 0.3);
static_assert(v.requirements_of_item(chip)[1].input == node && v.requirements_of_item(chip)[1].weight == 0.5);
static_assert(v.requirements_of_item(wafer).empty());
static_assert(v.requirements_of_offering(v.find_offering(m, node)).size() == 1);
static_assert(v.requirements_of_offering(v.find_offering(m, node))[0].input == scanner);
static_assert(v.requirements_of_offering(v.find_offering(m, node))[0].capital);
static_assert(!v.requirements_of_offering(v.find_offering(m, node))[0].has_weight());
// Reverse index: wafer is required by chip's one offering, the scanner by m's node.
static_assert(v.dependents_of(wafer).size() == 1 && v.offerings[v.dependents_of(wafer)[0]].item == chip);
static_assert(v.dependents_of(scanner).size() == 1 && v.dependents_of(scanner)[0] == v.find_offering(m, node));
static_assert(v.dependents_of(chip).empty());

// Attributes of a process node: node_nm, lithography, first_volume_year, foundry, then its own.
static_assert(v.number_attribute(node, "node_nm") == 7.0);
static_assert(v.text_attribute(node, "lithography") == "duv_immersion");
static_assert(v.number_attribute(node, "first_volume_year") == 2021.0);
static_assert(v.text_attribute(node, "foundry") == "m");
static_assert(v.number_attribute(node, "metal_layers") == 13.0 && v.text_attribute(node, "transistor") == "finfet");
static_assert(v.attributes_of(node).size() == 6 && v.attributes_of(node)[0].key == "node_nm");
static_assert(v.items[node].kind == category::process_node && v.items[wafer].kind == category::material);
static_assert(v.number_attribute(chip, "transistors") == 15e9);
static_assert(v.text_attribute(scanner, "tool_class") == "duv_immersion_scanner");
static_assert(v.attributes_of(wafer).empty());

// Rules: the listing's targets are m (from the type) and m_design (from listed<>).
constexpr rule_index listing = v.rule("listing"), threshold = v.rule("scanner_rule");
static_assert(v.rules[listing].kind == rule_kind::entity_listing && v.rules[listing].authority == countries::USA);
static_assert(v.rules[listing].effective == to_day_number(2019y / 5 / 16));
static_assert(v.targets_of(listing).size() == 2);
static_assert(v.targets_of(listing)[0] == m && v.targets_of(listing)[1] == v.company("m_design"));
static_assert(v.rules[threshold].kind == rule_kind::threshold && v.rules[threshold].match_category == category::tool);
static_assert(v.rules[threshold].buyer_countries.contains(countries::CHN) && v.rules[threshold].buyer_countries.size() == 1);
static_assert(v.rules[threshold].scope == rule_scope::cannot_be_made_without);
static_assert(v.conditions_of(threshold).size() == 1 && v.conditions_of(threshold)[0].text == "duv_immersion_scanner");
static_assert(v.rules[listing].in_force_at(to_day_number(2020y / 1 / 1)) &&
              !v.rules[threshold].in_force_at(to_day_number(2020y / 1 / 1)));

// Provenance: the source index of entities and relations.
constexpr source_index s001 = v.source("s001");
static_assert(s001.value() == 0 && v.sources[s001].title == "A made-up trade report");
static_assert(v.sources[s001].published == to_day_number(2024y / 3 / 1) && v.sources[s001].url == "https://example.org/s001");
static_assert(v.companies[b].origin == provenance{s001, status::public_});
static_assert(v.companies[a].origin == provenance{});
static_assert(v.offerings[v.find_offering(b, wafer)].origin == provenance{s001, status::seed});
static_assert(v.rules[listing].origin.source == s001);
static_assert(v.invests[0].origin.source == s001 && v.invests[0].stake == 0.05);
static_assert(v.invests[0].date == to_day_number(2017y / 12 / 7));
static_assert(v.owns[0].parent == m && v.owns[0].company == v.company("m_design"));

// The array_graph converts to a view wherever one is expected.
constexpr std::size_t companies_of(graph_view g) { return g.companies.size(); }
static_assert(companies_of(minimal::graph) == 4);

}  // namespace

// The sizes counted from the model's types are those of the assembled graph.
namespace {
using minimal_model_type = std::remove_cv_t<decltype(minimal::model)>;
static_assert(semichain::detail::model_sizes<minimal_model_type> ==
              semichain::detail::sizes_of(semichain::detail::assemble(semichain::to_graph_input(minimal::model)).data));
}  // namespace

// Types find their own index in the lowered graph.
namespace {
static_assert(semichain::index_of<minimal::chip>(v) == chip && semichain::index_of<minimal::b>(v) == b);
static_assert(semichain::index_of<minimal::listing>(v) == listing && semichain::index_of<minimal::s001>(v) == s001);
}  // namespace
