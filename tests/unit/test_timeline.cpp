// Timelines: results at the control rules' dates and what changed between them.
#include <semichain/algo/timeline.hpp>
#include <semichain/graph/graph.hpp>

#include "support/fab_model.hpp"
#include "support/minimal_model.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string_view>
#include <vector>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;
using test_support::fab_with_rules;

namespace {
std::vector<chain_block> sorted(std::vector<chain_block> bs) {
    std::sort(bs.begin(), bs.end());
    return bs;
}

struct fab_ids {
    company_index hisilicon, smic;
    offering_index synopsys_eda, tsmc_n5, smic_n7, asml_scanner;
    rule_index listing, fdp, duv;
    explicit fab_ids(const graph_view& v)
        : hisilicon{v.company("hisilicon")},
          smic{v.company("smic")},
          synopsys_eda{v.find_offering(v.company("synopsys"), v.item("eda"))},
          tsmc_n5{v.find_offering(v.company("tsmc"), v.item("node_n5"))},
          smic_n7{v.find_offering(v.company("smic"), v.item("node_n7"))},
          asml_scanner{v.find_offering(v.company("asml"), v.item("scanner"))},
          listing{v.rule("us_entity_list_huawei")},
          fdp{v.rule("us_fdp_huawei")},
          duv{v.rule("nl_duv")} {}
};
}  // namespace

TEST_CASE("control dates: every rule's effective date, sorted, once", "[timeline]") {
    graph_builder b = fab_with_rules();
    b.add(rule_input{.id = "another_2020", .kind = rule_kind::entity_listing, .authority = USA,
                     .effective = 2020y / 9 / 15, .targets = {"smic"}});
    const graph g = b.build();
    const auto v = g.view();
    CHECK(control_dates(v) == std::vector<date>{2019y / 5 / 16, 2020y / 9 / 15, 2023y / 9 / 1});
    const std::vector<date> extra{2023y / 9 / 1, 2018y / 1 / 1};
    CHECK(timeline_dates(v, extra) == std::vector<date>{2018y / 1 / 1, 2019y / 5 / 16, 2020y / 9 / 15, 2023y / 9 / 1});
}

TEST_CASE("the Kirin's timeline: which offerings become blocked on which date, by which rule", "[timeline][fab]") {
    const graph g = fab_with_rules().build();
    const auto v = g.view();
    const fab_ids id{v};
    const std::vector<date> dates{2019y / 1 / 1, 2019y / 5 / 16, 2020y / 1 / 1, 2020y / 9 / 15, 2023y / 9 / 1};
    const auto tl = availability_timeline_at(v, v.item("kirin"), {}, {}, std::nullopt, dates);
    REQUIRE(tl.points.size() == 5);
    REQUIRE(tl.steps.size() == 4);
    CHECK(tl.points[0].on == 2019y / 1 / 1);
    CHECK(tl.points[1].on == 2019y / 5 / 16);
    CHECK(tl.points[2].on == 2020y / 1 / 1);
    CHECK(tl.points[3].on == 2020y / 9 / 15);
    CHECK(tl.points[4].on == 2023y / 9 / 1);
    // 2019-01-01: TSMC's N5 is not offered yet: unavailable, nothing blocked.
    CHECK_FALSE(tl.points[0].result.available);
    CHECK(tl.points[0].result.blocked.empty());
    CHECK_FALSE(tl.points[0].result.value_share);
    // 2019-05-16: the listing stops Synopsys's EDA to HiSilicon.
    CHECK(tl.steps[0].change.newly_blocked == std::vector<chain_block>{{id.synopsys_eda, id.hisilicon, id.listing}});
    CHECK(tl.steps[0].change.no_longer_blocked.empty());
    CHECK_FALSE(tl.steps[0].change.availability_changed);
    // 2020-01-01: N5 offered, but the EDA block keeps the Kirin unavailable.
    CHECK(tl.steps[1].change.started == std::vector<offering_index>{id.tsmc_n5});
    CHECK(tl.steps[1].change.ended.empty());
    CHECK(tl.steps[1].change.newly_blocked.empty());
    CHECK_FALSE(tl.steps[1].change.availability_changed);
    CHECK_FALSE(tl.points[2].result.available);
    // 2020-09-15: the FDP rule stops TSMC's N5 (made with Lam's US tools). It
    // blocks Synopsys too, but the listing (first in id order) keeps that one.
    CHECK(tl.steps[2].change.newly_blocked == std::vector<chain_block>{{id.tsmc_n5, id.hisilicon, id.fdp}});
    CHECK(tl.steps[2].change.rule_changed.empty());
    CHECK(tl.points[3].result.blocked ==
          sorted({{id.synopsys_eda, id.hisilicon, id.listing}, {id.tsmc_n5, id.hisilicon, id.fdp}}));
    // 2023-09-01: the Dutch rule is not in the Kirin's chain.
    CHECK(tl.steps[3].change.empty());
}

TEST_CASE("what if the first listing had not been made: availability changes twice", "[timeline][fab]") {
    const graph g = fab_with_rules().build();
    const auto v = g.view();
    const fab_ids id{v};
    const std::vector<date> dates{2019y / 5 / 16, 2020y / 1 / 1, 2020y / 9 / 15, 2023y / 9 / 1};
    const scenario base{.as_of = 2019y / 1 / 1, .ignored_rules = {id.listing}};  // as_of is set per date
    const auto tl = availability_timeline_at(v, v.item("kirin"), {}, base, std::nullopt, dates);
    REQUIRE(tl.points.size() == 4);  // 2019-05-16, 2020-01-01, 2020-09-15, 2023-09-01
    CHECK_FALSE(tl.points[0].result.available);  // N5 not yet offered
    CHECK(tl.points[1].result.available);
    CHECK_FALSE(tl.points[2].result.available);
    CHECK(tl.steps[1].change.availability_changed);
    // The FDP rule now stands behind both blocks.
    CHECK(tl.steps[1].change.newly_blocked ==
          sorted({{id.synopsys_eda, id.hisilicon, id.fdp}, {id.tsmc_n5, id.hisilicon, id.fdp}}));
    CHECK(tl.steps[2].change.empty());
}

TEST_CASE("the Kirin 9000S's timeline: SMIC's N7 blocked once offered, its scanners in 2023", "[timeline][fab]") {
    const graph g = fab_with_rules().build();
    const auto v = g.view();
    const fab_ids id{v};
    const std::vector<date> dates{2019y / 5 / 16, 2020y / 9 / 15, 2021y / 1 / 1, 2023y / 9 / 1};
    const auto tl = availability_timeline_at(v, v.item("kirin_9000s"), {}, {}, std::nullopt, dates);
    REQUIRE(tl.points.size() == 4);  // 2019-05-16, 2020-09-15, 2021-01-01, 2023-09-01
    CHECK(tl.points[0].result.blocked == std::vector<chain_block>{{id.synopsys_eda, id.hisilicon, id.listing}});
    // 2020-09-15: SMIC's N7 line does not exist until 2021, so nothing new.
    CHECK(tl.steps[0].change.empty());
    // 2021-01-01: N7 offered, and captured by the FDP rule (ASML's scanner needs Cymer's US light source).
    CHECK(tl.steps[1].change.started == std::vector<offering_index>{id.smic_n7});
    CHECK(tl.steps[1].change.newly_blocked == std::vector<chain_block>{{id.smic_n7, id.hisilicon, id.fdp}});
    // 2023-09-01: the Dutch rule stops new scanners to SMIC (capital: capacity frozen).
    CHECK(tl.steps[2].change.newly_blocked == std::vector<chain_block>{{id.asml_scanner, id.smic, id.duv}});
    CHECK(tl.points[3].result.blocked == sorted({{id.synopsys_eda, id.hisilicon, id.listing},
                                                 {id.smic_n7, id.hisilicon, id.fdp},
                                                 {id.asml_scanner, id.smic, id.duv}}));
    for (const auto& p : tl.points) CHECK_FALSE(p.result.available);
}

TEST_CASE("a value-share timeline: a listing moves the wafer split from 0.6/0.4 to 0/1", "[timeline][value_share]") {
    graph_builder b = test_support::minimal_model();
    b.add(rule_input{.id = "us_list_m", .kind = rule_kind::entity_listing, .authority = USA, .effective = 2022y / 1 / 1,
                     .targets = {"m"}});
    const graph g = b.build();
    const auto v = g.view();
    const std::vector<date> dates{2021y / 1 / 1, 2022y / 1 / 1};
    const auto tl = availability_timeline_at(v, v.item("chip"), {}, {}, bloc{JPN}, dates);
    REQUIRE(tl.points.size() == 2);
    // Before: 0.3·0.4 = 0.12. After: b is m's only wafer source, 0.3·1 = 0.3.
    CHECK(*tl.points[0].result.value_share == Approx(0.12));
    CHECK(*tl.points[1].result.value_share == Approx(0.3));
    CHECK(tl.points[1].result.available);
    const auto a_wafer = v.find_offering(v.company("a"), v.item("wafer"));
    CHECK(tl.steps[0].change.newly_blocked == std::vector<chain_block>{{a_wafer, v.company("m"), v.rule("us_list_m")}});
    CHECK_FALSE(tl.steps[0].change.availability_changed);
}

TEST_CASE("a block keeps the rule that began it; another rule takes over only when that one stops", "[timeline]") {
    // m buys wafers from a (USA) or b (JPN); b's wafer needs a resist that only
    // u (USA) makes until k (KOR) also makes it from 2022-01-01.
    //   us_fdp_m    2020-01-01  USA listing of m, foreign-direct-product scope
    //   a_jp_list_m 2021-01-01  JPN listing of m (the smaller id, the later date)
    // b's wafer cannot be made without the USA until 2022, so us_fdp_m blocks it
    // from 2020 and is still the rule named in 2021; in 2022 it no longer
    // reaches b's wafer and the Japanese listing, in force since 2021, takes over.
    graph_builder b = test_support::minimal_model();
    b.add(company_input{.id = "u", .name = "U", .location = USA, .roles = {role::materials}});
    b.add(company_input{.id = "k", .name = "K", .location = KOR, .roles = {role::materials}});
    b.add(item_input{.id = "resist", .name = "Resist", .kind = category::material});
    b.add(provides_input{.provider = "u", .item = "resist"});
    b.add(provides_input{.provider = "k", .item = "resist", .since = 2022y / 1 / 1});
    b.add(requires_input{.item = "wafer", .input = "resist", .provider = "b"});
    b.add(rule_input{.id = "us_fdp_m", .kind = rule_kind::entity_listing, .authority = USA, .effective = 2020y / 1 / 1,
                     .scope = rule_scope::cannot_be_made_without, .targets = {"m"}});
    b.add(rule_input{.id = "a_jp_list_m", .kind = rule_kind::entity_listing, .authority = JPN,
                     .effective = 2021y / 1 / 1, .targets = {"m"}});
    const graph g = b.build();
    const auto v = g.view();
    const std::vector<date> dates{2020y / 1 / 1, 2021y / 1 / 1, 2022y / 1 / 1};
    const auto tl = availability_timeline_at(v, v.item("chip"), {}, {}, std::nullopt, dates);
    REQUIRE(tl.points.size() == 3);
    const auto m = v.company("m");
    const auto a_wafer = v.find_offering(v.company("a"), v.item("wafer"));
    const auto b_wafer = v.find_offering(v.company("b"), v.item("wafer"));
    const auto fdp = v.rule("us_fdp_m");
    const auto jp = v.rule("a_jp_list_m");
    CHECK(sorted(tl.points[0].result.blocked) == sorted({{a_wafer, m, fdp}, {b_wafer, m, fdp}}));
    // 2021: the Japanese listing also blocks b's wafer, but the block began in 2020.
    CHECK(tl.points[1].result.blocked == tl.points[0].result.blocked);
    CHECK(tl.steps[0].change.empty());
    // 2022: the US rule no longer reaches b's wafer; Japan's listing still blocks it.
    CHECK(tl.steps[1].change.rule_changed == std::vector<chain_block>{{b_wafer, m, jp}});
    CHECK(tl.steps[1].change.started == std::vector<offering_index>{v.find_offering(v.company("k"), v.item("resist"))});
    CHECK(tl.steps[1].change.newly_blocked.empty());
    CHECK(tl.steps[1].change.no_longer_blocked.empty());
    CHECK_FALSE(tl.points[2].result.available);
}

TEST_CASE("default dates: the eve of the first event and of each rule, the chain's offering dates", "[timeline][dates]") {
    const graph g = fab_with_rules().build();
    const auto v = g.view();
    const fab_ids id{v};
    // Rules 2019-05-16, 2020-09-15, 2023-09-01 and the eve of each; the Kirin's chain:
    // TSMC's N5 from 2020-01-01, Empyrean's EDA from 2030-01-01; first the eve of the first event.
    CHECK(availability_timeline_dates(v, v.item("kirin")) ==
          std::vector<date>{2019y / 5 / 15, 2019y / 5 / 16, 2020y / 1 / 1, 2020y / 9 / 14, 2020y / 9 / 15, 2023y / 8 / 31,
                            2023y / 9 / 1, 2030y / 1 / 1});
    // The Kirin 9000S's chain has SMIC's N7 (2021-01-01) instead of N5; extra dates join in.
    const std::vector<date> extra{2018y / 1 / 1};
    CHECK(availability_timeline_dates(v, v.item("kirin_9000s"), extra) ==
          std::vector<date>{2018y / 1 / 1, 2019y / 5 / 15, 2019y / 5 / 16, 2020y / 9 / 14, 2020y / 9 / 15, 2021y / 1 / 1,
                            2023y / 8 / 31, 2023y / 9 / 1, 2030y / 1 / 1});
    // Without rules or dated offerings there is no event: only the extra dates.
    const graph plain = test_support::minimal_model().build();
    CHECK(availability_timeline_dates(plain.view(), plain.view().item("chip"), extra) == std::vector<date>{2018y / 1 / 1});

    const auto tl = availability_timeline(v, v.item("kirin"), {}, {}, std::nullopt);
    REQUIRE(tl.points.size() == 8);
    // 2019-05-15, before anything: nothing blocked; N5 and Empyrean's EDA not offered yet.
    CHECK(tl.points[0].result.blocked.empty());
    CHECK_FALSE(tl.points[0].result.available);
    const offering_index kirin = v.find_offering(id.hisilicon, v.item("kirin"));
    const offering_index lam_etch = v.find_offering(v.company("lam"), v.item("etch_tool"));
    const offering_index empyrean_eda = v.find_offering(v.company("empyrean"), v.item("eda"));
    std::vector<offering_index> first{kirin, id.synopsys_eda, lam_etch};
    std::sort(first.begin(), first.end());
    CHECK(tl.points[0].result.offerings == first);
    // 2019-05-16: the listing, new that day.
    CHECK(tl.steps[0].change.newly_blocked == std::vector<chain_block>{{id.synopsys_eda, id.hisilicon, id.listing}});
    CHECK(tl.steps[0].change.started.empty());
    // 2020-01-01: TSMC's N5 begins, nothing else.
    CHECK(tl.steps[1].change.started == std::vector<offering_index>{id.tsmc_n5});
    CHECK(tl.steps[1].change.newly_blocked.empty());
    // 2020-09-14, the eve of the FDP rule: still only the listing's block; nothing changed.
    CHECK(tl.points[3].result.blocked == std::vector<chain_block>{{id.synopsys_eda, id.hisilicon, id.listing}});
    CHECK(tl.steps[2].change.empty());
    // 2020-09-15: the FDP rule stops N5.
    CHECK(tl.steps[3].change.newly_blocked == std::vector<chain_block>{{id.tsmc_n5, id.hisilicon, id.fdp}});
    // 2030-01-01: Empyrean's EDA begins (Chinese, reached by no rule), but N5 stays blocked.
    CHECK(tl.steps[6].change.started == std::vector<offering_index>{empyrean_eda});
    CHECK(tl.steps[6].change.newly_blocked.empty());
    CHECK_FALSE(tl.steps[6].change.availability_changed);
    CHECK_FALSE(tl.points[7].result.available);
}

TEST_CASE("the generic timeline evaluates any function at the dates", "[timeline][generic]") {
    const graph g = fab_with_rules().build();
    const auto v = g.view();
    const auto kirin = v.item("kirin");
    // Number of blocks in the Kirin's chain at each control date; steps say whether it changed.
    const auto count = [&](date d) { return blocked_in_chain(compute_availability(v, {.as_of = d}), kirin, {}).size(); };
    const auto tl = timeline(v, count);
    REQUIRE(tl.points.size() == 3);
    CHECK(tl.points[0].result == 1);  // 2019-05-16: EDA
    CHECK(tl.points[1].result == 2);  // 2020-09-15: + N5
    CHECK(tl.points[2].result == 2);
    CHECK(tl.steps[0].change);
    CHECK_FALSE(tl.steps[1].change);
    CHECK(tl.steps[1].from == 2020y / 9 / 15);
    CHECK(tl.steps[1].to == 2023y / 9 / 1);
    // Explicit dates and a difference of one's own.
    const std::vector<date> dates{2019y / 1 / 1, 2021y / 1 / 1};
    const auto diff = timeline_at(dates, count, [](std::size_t a, std::size_t b) { return static_cast<int>(b) - static_cast<int>(a); });
    REQUIRE(diff.steps.size() == 1);
    CHECK(diff.steps[0].change == 2);
    // With extra dates and a diff.
    const std::vector<date> extra{2019y / 1 / 1};
    const auto with_extra = timeline(v, extra, count, [](std::size_t a, std::size_t b) { return b > a; });
    REQUIRE(with_extra.points.size() == 4);
    CHECK(with_extra.steps[0].change);
}
