// Controls as the law reads them (DESIGN.md §5): the direct-product reach
// through installed inputs, licence policies and modes, dated licences,
// savings clauses, and legal reach against observed supply — each on a
// hand-built model whose answer is worked out in the comments.
#include <semichain/algo/availability.hpp>
#include <semichain/algo/blocks.hpp>
#include <semichain/graph/graph.hpp>
#include <semichain/io/json_load.hpp>
#include <semichain/io/json_write.hpp>
#include <semichain/report/assemble.hpp>
#include <semichain/report/markdown.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;

namespace {

/// Four fabs make the same node for a listed Chinese designer; the node needs
/// a tool (capital). us_tools (USA) and jp_tools (JPN) make the tool; jp_tools2
/// (JPN) makes it too, on a line that has a US machine installed.
///   fab_a (TWN): a US tool installed               → a direct product: reached
///   fab_b (TWN): only jp_tools' tool installed     → not reached (a "Non-A" line)
///   fab_c (TWN): jp_tools2's tool installed        → reached through jp_tools2's line
///   fab_d (TWN): nothing installed                 → the fallback: the tool can be had
///                                                    without the USA (jp_tools), so not reached
/// The listing (USA, direct_product) names `designer`, effective 2020-08-17.
graph_builder plant_model() {
    graph_builder b;
    for (const auto& [id, land, r] : std::vector<std::tuple<std::string, country, role>>{
             {"us_tools", USA, role::equipment},
             {"jp_tools", JPN, role::equipment},
             {"jp_tools2", JPN, role::equipment},
             {"us_machines", USA, role::equipment},
             {"fab_a", TWN, role::foundry},
             {"fab_b", TWN, role::foundry},
             {"fab_c", TWN, role::foundry},
             {"fab_d", TWN, role::foundry},
             {"designer", CHN, role::designer}})
        b.add(company_input{.id = id, .name = id, .location = land, .roles = {r}});
    b.add(item_input{.id = "machine", .name = "Machine", .kind = category::tool});
    b.add(item_input{.id = "tool", .name = "Tool", .kind = category::tool});
    b.add(item_input{.id = "node", .name = "Node", .kind = category::process_node,
                     .attributes = {{.key = "node_nm", .is_number = true, .number = 7}}});
    b.add(provides_input{.provider = "us_machines", .item = "machine"});
    b.add(provides_input{.provider = "us_tools", .item = "tool"});
    b.add(provides_input{.provider = "jp_tools", .item = "tool"});
    b.add(provides_input{.provider = "jp_tools2", .item = "tool", .since = 2015y / 1 / 1});
    b.add(requires_input{.item = "tool", .input = "machine", .provider = "jp_tools2", .capital = true});
    b.add(installed_input{.provider = "jp_tools2", .item = "tool", .input = "machine", .maker = "us_machines",
                          .since = 2015y / 1 / 1});
    for (const char* fab : {"fab_a", "fab_b", "fab_c", "fab_d"})
        b.add(provides_input{.provider = fab, .item = "node", .since = 2019y / 1 / 1});
    b.add(requires_input{.item = "node", .input = "tool", .capital = true});
    b.add(installed_input{.provider = "fab_a", .item = "node", .input = "tool", .maker = "us_tools", .since = 2019y / 1 / 1});
    b.add(installed_input{.provider = "fab_b", .item = "node", .input = "tool", .maker = "jp_tools", .since = 2019y / 1 / 1});
    b.add(installed_input{.provider = "fab_c", .item = "node", .input = "tool", .maker = "jp_tools2", .since = 2019y / 1 / 1});
    b.add(rule_input{.id = "listing", .kind = rule_kind::entity_listing, .authority = USA, .effective = 2020y / 8 / 17,
                     .scope = rule_scope::direct_product, .targets = {"designer"}});
    return b;
}

std::vector<std::string> blocked_fabs(const graph_view& v, const availability_result& r) {
    std::vector<std::string> out;
    for (const offering_index o : v.offerings_of(v.item("node")))
        if (!r.blocking_rule(o, v.company("designer")).is_none()) out.emplace_back(v.companies[v.offerings[o].provider].id);
    return out;
}

}  // namespace

TEST_CASE("direct-product reach: a line is reached through the tools it has installed", "[controls][direct_product]") {
    const graph g = plant_model().build();
    const auto v = g.view();
    const auto r = compute_availability(v, {.as_of = 2021y / 1 / 1});
    // fab_a has a US tool; fab_c a Japanese tool from a line with a US
    // machine installed; fab_b only a Japanese tool; fab_d nothing installed,
    // and the tool can be had from Japan without any US input.
    CHECK(blocked_fabs(v, r) == std::vector<std::string>{"fab_a", "fab_c"});
    const rule_index listing = v.rule("listing");
    const auto& ctl = r.controls();
    CHECK(ctl.direct_product_of(v.find_offering(v.company("jp_tools2"), v.item("tool")), USA));
    CHECK_FALSE(ctl.direct_product_of(v.find_offering(v.company("jp_tools"), v.item("tool")), USA));
    CHECK_FALSE(ctl.reach_is_uncertain(listing, v.find_offering(v.company("fab_a"), v.item("node"))));
    // Before the rule, nothing is blocked.
    CHECK(blocked_fabs(v, compute_availability(v, {.as_of = 2020y / 8 / 16})).empty());
    // The node stays available to the designer from fab_b and fab_d.
    CHECK(r.item_available_to(v.item("node"), v.company("designer")));
}

TEST_CASE("direct-product reach: a line without installed rows falls back, flagged uncertain", "[controls][direct_product]") {
    // Without jp_tools, the tool cannot be made without the USA (jp_tools2's
    // own line needs a US machine): fab_d, with nothing installed, is reached
    // by the fallback and the reach is uncertain; fab_b has nothing from the
    // USA installed (its Japanese tool came from jp_tools before it went) and
    // stays unreached.
    graph_builder b = plant_model();
    b.add(provides_input{.provider = "us_tools", .item = "machine"});  // a second machine maker, also US
    graph_input in = b.input();
    std::erase_if(in.provides, [](const provides_input& p) { return p.provider == "jp_tools"; });
    graph_builder without;
    for (auto& x : in.companies) without.add(x);
    for (auto& x : in.items) without.add(x);
    for (auto& x : in.provides) without.add(x);
    for (auto& x : in.requires_) without.add(x);
    for (auto& x : in.rules) without.add(x);
    for (auto& x : in.installed) without.add(x);
    const graph g = without.build();
    const auto v = g.view();
    const auto r = compute_availability(v, {.as_of = 2021y / 1 / 1});
    CHECK(blocked_fabs(v, r) == std::vector<std::string>{"fab_a", "fab_c", "fab_d"});
    const rule_index listing = v.rule("listing");
    CHECK(r.controls().reach_is_uncertain(listing, v.find_offering(v.company("fab_d"), v.item("node"))));
    CHECK_FALSE(r.controls().reach_is_uncertain(listing, v.find_offering(v.company("fab_c"), v.item("node"))));
}

TEST_CASE("licence policies per item, and the scenario's licence modes", "[controls][licences]") {
    // A threshold on tools to Chinese buyers: presumption of denial for
    // tools of nodes ≤ 10 nm, case by case for the others.
    graph_builder b;
    b.add(company_input{.id = "us_tools", .name = "US Tools", .location = USA, .roles = {role::equipment}});
    b.add(company_input{.id = "cn_fab", .name = "CN Fab", .location = CHN, .roles = {role::foundry}});
    b.add(item_input{.id = "adv_tool", .name = "Advanced tool", .kind = category::tool,
                     .attributes = {{.key = "node_nm", .is_number = true, .number = 7}}});
    b.add(item_input{.id = "old_tool", .name = "Mature tool", .kind = category::tool,
                     .attributes = {{.key = "node_nm", .is_number = true, .number = 28}}});
    b.add(provides_input{.provider = "us_tools", .item = "adv_tool"});
    b.add(provides_input{.provider = "us_tools", .item = "old_tool"});
    b.add(rule_input{.id = "tools", .kind = rule_kind::threshold, .authority = USA, .effective = 2020y / 12 / 18,
                     .policy = licence_policy::case_by_case,
                     .policies = {{.conditions = {{.key = "node_nm", .op = condition_op::at_most, .is_number = true, .number = 10}},
                                   .policy = licence_policy::presumption_of_denial}},
                     .buyer_countries = {CHN}, .match = category::tool});
    const graph g = b.build();
    const auto v = g.view();
    const auto adv = v.find_offering(v.company("us_tools"), v.item("adv_tool"));
    const auto old = v.find_offering(v.company("us_tools"), v.item("old_tool"));
    const auto fab = v.company("cn_fab");
    const rule_index rule = v.rule("tools");

    const auto presumed = compute_availability(v, {.as_of = 2021y / 1 / 1});
    CHECK(presumed.blocking_rule(adv, fab) == rule);
    CHECK(presumed.blocking_rule(old, fab).is_none());
    CHECK(presumed.passing_rule(old, fab) == std::pair{rule, licence_outcome::required});
    CHECK(presumed.passing_rule(adv, fab).first.is_none());

    const auto denied = compute_availability(v, {.as_of = 2021y / 1 / 1, .licences = licence_mode::all_denied});
    CHECK(denied.blocking_rule(adv, fab) == rule);
    CHECK(denied.blocking_rule(old, fab) == rule);

    const auto granted = compute_availability(v, {.as_of = 2021y / 1 / 1, .licences = licence_mode::all_granted});
    CHECK(granted.blocking_rule(adv, fab).is_none());
    CHECK(granted.blocking_rule(old, fab).is_none());
    CHECK(granted.passing_rule(adv, fab) == std::pair{rule, licence_outcome::granted});
}

TEST_CASE("dated licences: a grant lets supply pass, a revocation denies from its date", "[controls][licences]") {
    graph_builder b;
    b.add(company_input{.id = "nl_scanners", .name = "NL Scanners", .location = NLD, .roles = {role::equipment}});
    b.add(company_input{.id = "cn_fab", .name = "CN Fab", .location = CHN, .roles = {role::foundry}});
    b.add(company_input{.id = "cn_fab2", .name = "CN Fab 2", .location = CHN, .roles = {role::foundry}});
    b.add(item_input{.id = "scanner", .name = "Scanner", .kind = category::tool});
    b.add(provides_input{.provider = "nl_scanners", .item = "scanner"});
    // A licence requirement reviewed case by case from 2023-09-01 ...
    b.add(rule_input{.id = "nl", .kind = rule_kind::threshold, .authority = NLD, .effective = 2023y / 9 / 1,
                     .policy = licence_policy::case_by_case, .buyer_countries = {CHN}, .match = category::tool});
    // ... whose licences for cn_fab are revoked on 2024-01-01, and a
    // presumption-of-denial listing of cn_fab2 with a grant from 2024-03-01.
    b.add(licence_input{.rule = "nl", .buyer = "cn_fab", .revoked = 2024y / 1 / 1});
    b.add(rule_input{.id = "listing", .kind = rule_kind::entity_listing, .authority = NLD, .effective = 2023y / 9 / 1,
                     .targets = {"cn_fab2"}});
    b.add(licence_input{.rule = "listing", .item = "scanner", .granted = 2024y / 3 / 1});
    const graph g = b.build();
    const auto v = g.view();
    const auto o = v.find_offering(v.company("nl_scanners"), v.item("scanner"));
    const auto fab = v.company("cn_fab"), fab2 = v.company("cn_fab2");
    const auto at = [&](date d) { return compute_availability(v, {.as_of = d}); };
    CHECK(at(2023y / 12 / 31).blocking_rule(o, fab).is_none());  // case by case: a licence is required
    CHECK(at(2024y / 1 / 1).blocking_rule(o, fab) == v.rule("nl"));  // revoked
    CHECK(at(2024y / 2 / 1).blocking_rule(o, fab2) == v.rule("listing"));  // denial until the grant
    CHECK(at(2024y / 3 / 1).blocking_rule(o, fab2).is_none());
    CHECK(at(2024y / 3 / 1).passing_rule(o, fab2).second == licence_outcome::granted);
    // all_granted overrides the revocation: a what-if, not a fact.
    CHECK(compute_availability(v, {.as_of = 2024y / 6 / 1, .licences = licence_mode::all_granted}).blocking_rule(o, fab).is_none());
}

TEST_CASE("a savings clause lets supply under way pass until its end", "[controls][savings]") {
    graph_builder b;
    b.add(company_input{.id = "fab", .name = "Fab", .location = USA, .roles = {role::foundry}});
    b.add(company_input{.id = "buyer", .name = "Buyer", .location = CHN, .roles = {role::designer}});
    b.add(item_input{.id = "old_node", .name = "Old", .kind = category::process_node});
    b.add(item_input{.id = "new_node", .name = "New", .kind = category::process_node});
    b.add(provides_input{.provider = "fab", .item = "old_node", .since = 2019y / 1 / 1});
    b.add(provides_input{.provider = "fab", .item = "new_node", .since = 2020y / 6 / 1});
    b.add(rule_input{.id = "fdp", .kind = rule_kind::entity_listing, .authority = USA, .effective = 2020y / 5 / 15,
                     .scope = rule_scope::origin, .savings_until = 2020y / 9 / 15, .targets = {"buyer"}});
    const graph g = b.build();
    const auto v = g.view();
    const auto old_o = v.find_offering(v.company("fab"), v.item("old_node"));
    const auto new_o = v.find_offering(v.company("fab"), v.item("new_node"));
    const auto buyer = v.company("buyer");
    const auto at = [&](date d) { return compute_availability(v, {.as_of = d}); };
    // Supply that began before the rule ships until 2020-09-14.
    CHECK(at(2020y / 9 / 14).blocking_rule(old_o, buyer).is_none());
    CHECK(at(2020y / 9 / 14).passing_rule(old_o, buyer).second == licence_outcome::not_yet);
    CHECK(at(2020y / 9 / 15).blocking_rule(old_o, buyer) == v.rule("fdp"));
    // Supply that began after it is blocked at once.
    CHECK(at(2020y / 6 / 2).blocking_rule(new_o, buyer) == v.rule("fdp"));
}

TEST_CASE("legal reach against observed supply: enforcement gaps and enforcement = observed", "[controls][observed]") {
    // fab_a's node is reached by the listing (a US tool installed); a source
    // saw it in production for the designer from 2023-08-29.
    graph_builder b = plant_model();
    b.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    b.add(provides_input{.provider = "designer", .item = "chip"});
    b.add(requires_input{.item = "chip", .input = "node"});
    b.add(observation_input{.provider = "fab_a", .item = "node", .buyer = "designer", .on = 2023y / 8 / 29});
    graph_input in = b.input();
    // Only fab_a makes the node.
    std::erase_if(in.provides, [](const provides_input& p) { return p.item == "node" && p.provider != "fab_a"; });
    std::erase_if(in.installed, [](const installed_input& u) { return u.item == "node" && u.provider != "fab_a"; });
    graph_builder only_a;
    for (auto& x : in.companies) only_a.add(x);
    for (auto& x : in.items) only_a.add(x);
    for (auto& x : in.provides) only_a.add(x);
    for (auto& x : in.requires_) only_a.add(x);
    for (auto& x : in.rules) only_a.add(x);
    for (auto& x : in.installed) only_a.add(x);
    for (auto& x : in.observations) only_a.add(x);
    const graph g = only_a.build();
    const auto v = g.view();
    const auto chip = v.item("chip");
    const auto fab_a = v.find_offering(v.company("fab_a"), v.item("node"));
    const auto designer = v.company("designer");

    // Under the rules the chip cannot be made: its node is blocked to the designer.
    const auto rules = compute_availability(v, {.as_of = 2024y / 1 / 1});
    CHECK_FALSE(rules.item_available_to(chip, {}));
    const auto gaps = enforcement_gaps(rules, chip, {});
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].offering == fab_a);
    CHECK(gaps[0].buyer == designer);
    CHECK(gaps[0].rule == v.rule("listing"));
    CHECK(gaps[0].observed.date == to_day_number(2023y / 8 / 29));
    // Before the observation there is no gap, only a block.
    CHECK(enforcement_gaps(compute_availability(v, {.as_of = 2023y / 8 / 28}), chip, {}).empty());

    // Read as observed: available from the observation on, not before.
    const auto observed = compute_availability(v, {.as_of = 2024y / 1 / 1, .enforcement = enforcement_mode::observed});
    CHECK(observed.item_available_to(chip, {}));
    CHECK(observed.passing_rule(fab_a, designer) == std::pair{v.rule("listing"), licence_outcome::observed});
    CHECK(enforcement_gaps(observed, chip, {}).empty());
    CHECK_FALSE(compute_availability(v, {.as_of = 2023y / 8 / 28, .enforcement = enforcement_mode::observed})
                    .item_available_to(chip, {}));
}

TEST_CASE("lines: several offerings of one item by one provider, and their checks", "[controls][lines]") {
    graph_builder b;
    b.add(company_input{.id = "smic", .name = "SMIC", .location = CHN, .roles = {role::foundry}});
    b.add(company_input{.id = "amat", .name = "AMAT", .location = USA, .roles = {role::equipment}});
    b.add(item_input{.id = "n40", .name = "40 nm", .kind = category::process_node});
    b.add(item_input{.id = "tool", .name = "Tool", .kind = category::tool});
    b.add(provides_input{.provider = "amat", .item = "tool"});
    b.add(provides_input{.provider = "smic", .item = "n40"});
    b.add(provides_input{.provider = "smic", .item = "n40", .line = "non_a"});
    b.add(requires_input{.item = "n40", .input = "tool", .capital = true});
    b.add(installed_input{.provider = "smic", .item = "n40", .input = "tool", .maker = "amat"});
    const graph g = b.build();
    const auto v = g.view();
    REQUIRE(v.offerings_of(v.item("n40")).size() == 2);
    const auto main_line = v.offerings_of(v.item("n40")).front();
    const auto non_a = v.offerings_of(v.item("n40")).back();
    CHECK(v.offerings[main_line].line.empty());
    CHECK(v.offerings[non_a].line == "non_a");
    CHECK(v.installed_of(main_line).size() == 1);
    CHECK(v.installed_of(non_a).empty());

    // A row naming a line that does not exist, and two overlapping periods of one line, are errors.
    graph_builder bad = b;
    bad.add(installed_input{.provider = "smic", .item = "n40", .line = "nowhere", .input = "tool", .maker = "amat"});
    bad.add(provides_input{.provider = "smic", .item = "n40", .line = "non_a", .since = 2020y / 1 / 1});
    std::vector<problem> errors;
    CHECK_FALSE(bad.try_build(errors));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].kind == problem_kind::duplicate_offering);
    CHECK(errors[1].kind == problem_kind::unknown_line);
}

TEST_CASE("semichain/1: the new fields round-trip, and the old scope name still loads", "[controls][json]") {
    graph_builder b = plant_model();
    b.add(observation_input{.provider = "fab_a", .item = "node", .buyer = "designer", .on = 2023y / 8 / 29});
    b.add(licence_input{.rule = "listing", .provider = "fab_b", .granted = 2021y / 1 / 1, .revoked = 2022y / 1 / 1});
    b.add(assist_input{.company = "designer", .assisted = "fab_d", .since = 2022y / 1 / 1});
    b.add(rule_input{.id = "policy_rule", .kind = rule_kind::threshold, .authority = USA, .effective = 2022y / 10 / 7,
                     .announced = 2022y / 10 / 7, .savings_until = 2022y / 10 / 21, .policy = licence_policy::case_by_case,
                     .policies = {{.match = category::tool,
                                   .conditions = {{.key = "node_nm", .op = condition_op::at_most, .is_number = true, .number = 16}},
                                   .policy = licence_policy::presumption_of_denial}},
                     .buyer_countries = {CHN}, .match = category::tool});
    const graph g = b.build();
    const std::string text = write_model(g.view());
    const auto back = load_model_with_warnings(text, "t.json");
    CHECK(back.warnings.empty());
    CHECK(write_model(back.model.view()) == text);
    const auto v = back.model.view();
    CHECK(v.installed.size() == 4);
    CHECK(v.observations.size() == 1);
    CHECK(v.licences.size() == 1);
    CHECK(v.assists.size() == 1);
    const auto& pr = v.rules[v.rule("policy_rule")];
    CHECK(pr.policy == licence_policy::case_by_case);
    CHECK(pr.savings_until == to_day_number(2022y / 10 / 21));
    CHECK(pr.policies_end - pr.policies_begin == 1);

    const std::string legacy = R"({"format": "semichain/1",
        "companies": [{"id": "h", "name": "H", "country": "CHN", "roles": ["designer"]}],
        "controls": [{"id": "r", "authority": "USA", "kind": "entity_listing", "effective": "2020-09-15",
                      "targets": ["h"], "scope": "foreign_direct_product"}]})";
    const auto old = load_model_with_warnings(legacy, "old.json");
    CHECK(old.model.view().rules[rule_index{0}].scope == rule_scope::cannot_be_made_without);
    REQUIRE(old.warnings.size() == 1);
    CHECK(old.warnings[0].describe() ==
          "old.json: /controls/0/scope: scope foreign_direct_product is read as cannot_be_made_without (the "
          "foreign-direct-product rules as written are direct_product) ('foreign_direct_product')");
}

TEST_CASE("the report shows licences, installed inputs, enforcement gaps and the observed reading", "[controls][report]") {
    // The observed-supply model above, in a report for the chip on 2024-01-01.
    graph_builder b = plant_model();
    b.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    b.add(provides_input{.provider = "designer", .item = "chip"});
    b.add(requires_input{.item = "chip", .input = "node"});
    b.add(observation_input{.provider = "fab_a", .item = "node", .buyer = "designer", .on = 2023y / 8 / 29});
    graph_input in = b.input();
    std::erase_if(in.provides, [](const provides_input& p) { return p.item == "node" && p.provider != "fab_a"; });
    std::erase_if(in.installed, [](const installed_input& u) { return u.item == "node" && u.provider != "fab_a"; });
    graph_builder only_a;
    for (auto& x : in.companies) only_a.add(x);
    for (auto& x : in.items) only_a.add(x);
    for (auto& x : in.provides) only_a.add(x);
    for (auto& x : in.requires_) only_a.add(x);
    for (auto& x : in.rules) only_a.add(x);
    for (auto& x : in.installed) only_a.add(x);
    for (auto& x : in.observations) only_a.add(x);
    const graph g = only_a.build();
    const auto v = g.view();
    report::request q{.item = v.item("chip"), .as_of = 2024y / 1 / 1, .max_order = 1};
    const auto rep = report::assemble_report(v, q);
    CHECK_FALSE(rep.available);
    REQUIRE(rep.gaps.size() == 1);
    CHECK(rep.gaps[0].provider == "fab_a");
    CHECK(rep.gaps[0].buyer == "designer");
    CHECK(rep.gaps[0].rule.id == "listing");
    CHECK(rep.gaps[0].observed == "2023-08-29");
    // Installed inputs of the trace's lines: fab_a's US tool and jp_tools2's US machine.
    REQUIRE(rep.installed.size() == 2);
    CHECK(rep.installed[0].provider == "fab_a");
    CHECK(rep.installed[0].maker == "us_tools");
    CHECK(rep.installed[0].maker_country == "USA");
    CHECK(rep.installed[1].provider == "jp_tools2");
    // Read as observed, the chip is available and its single points of
    // failure are the designer and fab_a (the only node). fab_a's tool is an
    // installed input: it keeps working whatever happens to its maker, so no
    // tool maker is a chokepoint.
    REQUIRE(rep.observed);
    CHECK(rep.observed->available);
    CHECK(rep.observed->company_sets.sets == std::vector<std::vector<std::string>>{{"designer"}, {"fab_a"}});
    const std::string md = report::write_markdown({.title = "t", .intro = {}, .cases = {rep}});
    CHECK(md.find("### Legal reach and observed supply") != std::string::npos);
    CHECK(md.find("#### What could still stop it (enforcement = observed)") != std::string::npos);
    CHECK(md.find("### Installed inputs") != std::string::npos);

    // The same request read as observed: no gap, the offering passes, and it says why.
    q.enforcement = enforcement_mode::observed;
    const auto seen = report::assemble_report(v, q);
    CHECK(seen.available);
    CHECK(seen.gaps.empty());
    CHECK_FALSE(seen.observed);
    CHECK(seen.enforcement == "observed");
}

TEST_CASE("installed inputs keep a line running when their makers are gone: capacity frozen", "[controls][installed]") {
    const graph g = plant_model().build();
    const auto v = g.view();
    const auto node = v.item("node");
    const auto fab = [&](const char* id) { return v.find_offering(v.company(id), node); };
    // Every tool maker disrupted, no rule applied: the fabs with a tool
    // installed stay available with their capacity frozen (no new tool can
    // be had); fab_d, with nothing installed, needed to buy one when it began
    // in 2019 from a maker that is gone in this scenario: unavailable.
    const scenario s{.as_of = 2021y / 1 / 1,
                     .disrupted = {v.company("us_tools"), v.company("jp_tools"), v.company("jp_tools2")},
                     .apply_controls = false};
    const auto r = compute_availability(v, s);
    for (const char* id : {"fab_a", "fab_b", "fab_c"}) {
        INFO(id);
        CHECK(r.available(fab(id)));
        CHECK(r.frozen_by(fab(id)) == v.item("tool"));
    }
    CHECK_FALSE(r.available(fab("fab_d")));
    CHECK(r.reason(fab("fab_d")) == unavailability::capital_missing);
    // Before its installation date an installed row does not count.
    graph_builder late = plant_model();
    late.add(provides_input{.provider = "fab_d", .item = "node", .line = "second", .since = 2019y / 1 / 1});
    late.add(installed_input{.provider = "fab_d", .item = "node", .line = "second", .input = "tool", .maker = "us_tools",
                             .since = 2022y / 1 / 1});
    const graph g2 = late.build();
    const auto v2 = g2.view();
    const auto second = v2.offerings_of(v2.item("node")).back();
    REQUIRE(v2.offerings[second].line == "second");
    const scenario s2{.as_of = 2021y / 1 / 1,
                      .disrupted = {v2.company("us_tools"), v2.company("jp_tools"), v2.company("jp_tools2")},
                      .apply_controls = false};
    CHECK_FALSE(compute_availability(v2, s2).available(second));
    scenario s3 = s2;
    s3.as_of = 2022y / 1 / 1;
    CHECK(compute_availability(v2, s3).available(second));
}
