// A tour of the compile-time model, to read from top to bottom.
//
// Every company, item, rule and source is a C++ type; relations between them
// are values; a model is both together. The compiler checks the model (a
// company without a country, a relation on the wrong kind of entity, weights
// above 1: each is a compile error that says so) and lowers it to a graph
// that exists before the program runs, so facts about it can be
// static_asserted.
#include <semichain/algo.hpp>
#include <semichain/model.hpp>
#include <semichain/world.hpp>

#include <array>
#include <chrono>
#include <cstdio>
#include <string_view>

// Qualify semichain's names (semichain::company) rather than writing
// `using namespace semichain`: our own types may share a name with a kind
// (a type called `chip` next to semichain::chip).
namespace tour {

using namespace semichain::literals;       // 7_nm
using namespace std::chrono_literals;      // 2019y

// --- a source -------------------------------------------------------------------

struct s004 final : semichain::source {
    static constexpr std::string_view id = "s004";
    static constexpr std::string_view title = "Inside Huawei's mission to build a chip supply chain";
    static constexpr std::string_view publisher = "Nikkei Asia";
    static constexpr semichain::date published = 2024y / 12 / 20;
};

// --- four companies ---------------------------------------------------------------

struct huawei final : semichain::company {
    static constexpr std::string_view id = "huawei", name = "Huawei";
    static constexpr semichain::country headquarters = semichain::countries::CHN;
    static constexpr semichain::role_set roles{semichain::role::device_maker, semichain::role::designer};
};
struct hisilicon final : semichain::company {
    static constexpr std::string_view id = "hisilicon", name = "HiSilicon";
    static constexpr semichain::country headquarters = semichain::countries::CHN;
    static constexpr semichain::role_set roles{semichain::role::designer};
    using parent = huawei;  // HiSilicon belongs to Huawei
};
struct smic final : semichain::company {
    static constexpr std::string_view id = "smic", name = "SMIC";
    static constexpr semichain::country headquarters = semichain::countries::CHN;
    static constexpr semichain::role_set roles{semichain::role::foundry};
};
struct asml final : semichain::company {
    static constexpr std::string_view id = "asml", name = "ASML";
    static constexpr semichain::country headquarters = semichain::countries::NLD;
    static constexpr semichain::role_set roles{semichain::role::equipment};
};

// --- two items: a tool and a process node made with it ----------------------------

struct duv_immersion_scanner final : semichain::tool {
    static constexpr std::string_view id = "duv_immersion_scanner", name = "DUV immersion scanner";
    static constexpr semichain::tool_class klass = semichain::tool_class::duv_immersion_scanner;
};
struct smic_n_plus_2 final : semichain::process_node {
    static constexpr std::string_view id = "smic_n_plus_2", name = "SMIC N+2";
    using foundry = smic;
    static constexpr semichain::nanometers node = 7_nm;
    static constexpr semichain::lithography litho = semichain::lithography::duv_immersion;
    static constexpr std::chrono::year first_volume{2023};
    using source = s004;
    static constexpr semichain::status certainty = semichain::status::seed;
};

// --- two control rules ----------------------------------------------------------------

struct us_entity_list_huawei final : semichain::entity_listing {
    static constexpr std::string_view id = "us_entity_list_huawei", name = "US Entity List: Huawei";
    static constexpr semichain::country authority = semichain::countries::USA;
    static constexpr semichain::date effective = 2019y / 5 / 16;
    using targets = semichain::type_list<huawei, hisilicon>;
};
struct nl_duv_2023 final : semichain::threshold_rule {
    static constexpr std::string_view id = "nl_duv_2023", name = "Dutch licence requirement for DUV immersion";
    static constexpr semichain::country authority = semichain::countries::NLD;
    static constexpr semichain::date effective = 2023y / 9 / 1;
    static constexpr semichain::bloc buyer_countries{semichain::countries::CHN};
    static constexpr semichain::category match = semichain::category::tool;
    static constexpr std::array conditions{semichain::equals("tool_class", "duv_immersion_scanner")};
};

// --- the model: the entity list, then the relations --------------------------------------

inline constexpr auto model = semichain::make_model(
    semichain::entities<s004, huawei, hisilicon, smic, asml, duv_immersion_scanner, smic_n_plus_2,
                        us_entity_list_huawei, nl_duv_2023>,
    semichain::provides<asml, duv_immersion_scanner>{.share = semichain::share{0.9}},
    semichain::provides<smic, smic_n_plus_2, s004>{.share = semichain::share{1.0}, .since = 2022y / 7 / 1},
    semichain::requires_<smic_n_plus_2, duv_immersion_scanner>{.capital = true},  // equipment
    semichain::owns<huawei, hisilicon>{});

// --- lowered once, at compile time -------------------------------------------------------

inline constexpr auto graph = semichain::lower(model);
inline constexpr semichain::graph_view view = graph.view();

// --- facts the compiler checks ----------------------------------------------------------

// Look-ups by id give typed indices; a missing id would not compile (item()
// throws not_found, which a constant expression cannot).
constexpr semichain::item_index node = view.item("smic_n_plus_2");
constexpr semichain::item_index scanner = view.item("duv_immersion_scanner");

// The node's attributes come from its type.
static_assert(view.text_attribute(node, "lithography") == "duv_immersion");
static_assert(view.number_attribute(node, "node_nm") == 7.0);
static_assert(view.text_attribute(node, "foundry") == "smic");

// Who provides what: SMIC makes N+2, since July 2022; ASML makes the scanner.
static_assert(view.offerings_of(node).size() == 1);
static_assert(view.companies[view.offerings[view.offerings_of(node).front()].provider].id == "smic");
static_assert(view.offerings[view.offerings_of(node).front()].since == semichain::to_day_number(2022y / 7 / 1));
static_assert(!view.find_offering(view.company("asml"), scanner).is_none());

// N+2 needs the scanner, as capital equipment.
static_assert(view.requirements_of_item(node)[0].input == scanner && view.requirements_of_item(node)[0].capital);

// The Entity List rule: in force from 2019-05-16, listing Huawei and HiSilicon.
constexpr semichain::rule_index listing = view.rule("us_entity_list_huawei");
static_assert(view.rules[listing].effective == semichain::to_day_number(2019y / 5 / 16));
static_assert(view.targets_of(listing).size() == 2);
static_assert(view.companies[view.company("hisilicon")].parent == view.company("huawei"));

// Where the N+2 fact comes from.
static_assert(view.sources[view.items[node].origin.source].publisher == "Nikkei Asia");

// --- the algorithms run in the compiler too ------------------------------------------

constexpr semichain::company_index smic_id = view.company("smic");
constexpr semichain::company_index asml_id = view.company("asml");
constexpr semichain::offering_index n_plus_2 = view.find_offering(smic_id, node);

// In 2023, before the Dutch rule, N+2 is available to HiSilicon...
static_assert(semichain::is_available(view, node, view.company("hisilicon"), {.as_of = 2023y / 1 / 1}));
// ...and after it still is: the scanners were installed in 2022 (capital
// equipment is checked when the line began), but no more can be shipped to
// SMIC, so its capacity is frozen.
static_assert([] {
    const auto r = semichain::compute_availability(view, {.as_of = 2024y / 1 / 1});
    return r.available(n_plus_2) && r.capacity_frozen(n_plus_2) &&
           r.blocking_rule(view.find_offering(asml_id, scanner), smic_id) == view.rule("nl_duv_2023");
}());
// N+2 depends on ASML, and losing ASML would stop a line that began after the rule.
static_assert(semichain::depends_on(view, node, asml_id));
// Its single points of failure: SMIC and ASML.
static_assert([] {
    const auto r = semichain::chokepoint_sets(view, {.item = node, .base = {.as_of = 2023y / 1 / 1}, .max_order = 1});
    return r.company_sets() == std::vector<std::vector<semichain::company_index>>{{asml_id}, {smic_id}};
}());

}  // namespace tour

// --- the same on the built-in world -------------------------------------------------------
//
// semichain::world is a model like the one above, 109 companies and 177
// offerings large, lowered once when <semichain/world.hpp> is compiled. The
// algorithms answer the case questions in the compiler.
namespace tour_world {

using namespace std::chrono_literals;
constexpr semichain::graph_view w = semichain::world::view();

constexpr semichain::company_index hisilicon = w.company("hisilicon");
constexpr semichain::item_index kirin_9000 = w.item("kirin_9000");
constexpr semichain::item_index kirin_9000s = w.item("kirin_9000s");

// The Kirin 9000S (SMIC N+2) depends on ASML: N+2 is made on its scanners.
static_assert(semichain::depends_on(w, kirin_9000s, w.company("asml")));
// Under the rules as written HiSilicon cannot have it: N+2's line has US tools
// installed, so the 2020 foreign-direct-product rule reaches it. As observed
// (a teardown of the Mate 60 Pro, 2023-08-29) it was made, and in 2024 it
// still could be, after every rule on SMIC's tools.
static_assert(!semichain::is_available(w, kirin_9000s, hisilicon, {.as_of = 2024y / 1 / 1}));
static_assert(semichain::is_available(w, kirin_9000s, hisilicon,
                                      {.as_of = 2024y / 1 / 1, .enforcement = semichain::enforcement_mode::observed}));

// The Kirin 9000 (TSMC N5) is available to HiSilicon on 2020-09-14 and not on
// 2020-09-15, when the foreign-direct-product rule's savings clause ends.
static_assert(semichain::is_available(w, kirin_9000, hisilicon, {.as_of = 2020y / 9 / 14}));
static_assert(!semichain::is_available(w, kirin_9000, hisilicon, {.as_of = 2020y / 9 / 15}));
static_assert([] {
    const auto r = semichain::compute_availability(w, {.as_of = 2020y / 9 / 15});
    return r.blocking_rule(w.find_offering(w.company("tsmc"), w.item("tsmc_n5")), hisilicon) == w.rule("us_fdp_huawei_2020");
}());

// The 2025 foundry rule lets Xiaomi's XRING O1 (19 bn transistors) through.
static_assert(semichain::is_available(w, w.item("xring_o1"), w.company("xring"), {.as_of = 2025y / 6 / 1}));

}  // namespace tour_world

int main() {
    const semichain::graph_view v = tour::view;
    std::printf("%zu companies, %zu items, %zu offerings, %zu rules\n", v.companies.size(), v.items.size(),
                v.offerings.size(), v.rules.size());
    for (const auto& o : v.offerings)
        std::printf("  %.*s provides %.*s\n", static_cast<int>(v.companies[o.provider].name.size()),
                    v.companies[o.provider].name.data(), static_cast<int>(v.items[o.item].name.size()),
                    v.items[o.item].name.data());
    const auto& rule = v.rules[tour::listing];
    std::printf("%.*s: in force since %s, %zu targets\n", static_cast<int>(rule.name.size()), rule.name.data(),
                semichain::format_day(rule.effective).c_str(), v.targets_of(tour::listing).size());
}
