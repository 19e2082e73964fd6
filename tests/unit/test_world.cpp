// The built-in world (include/semichain/world/) at run time, on world::view():
// provenance of every fact, and the Huawei, Xiaomi and HBM cases through
// availability (DESIGN.md §5).
#include <semichain/algo/availability.hpp>
#include <semichain/algo/chokepoints.hpp>
#include <semichain/algo/concentration.hpp>
#include <semichain/algo/self_sufficiency.hpp>
#include <semichain/world.hpp>

#include <catch2/catch.hpp>

#include <utility>

#include "support/world_lookup.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace semichain;
using namespace std::chrono;

using test_support::world_company;
using test_support::world_item;
using test_support::world_offering;
using test_support::world_rule;

namespace {
using test_support::v;

bool known_source(const provenance& p) { return p.source.is_none() || v.sources.contains(p.source); }
bool has_status(const provenance& p) { return p.certainty != status::unspecified; }
}  // namespace

TEST_CASE("the world is large enough", "[world]") {
    CHECK(v.companies.size() >= 60);
    CHECK(v.items.size() >= 60);
    CHECK(v.offerings.size() >= 100);
    CHECK(v.rules.size() >= 15);
    CHECK(v.sources.size() >= 50);
}

TEST_CASE("every fact of the world has a status and a known source", "[world][provenance]") {
    for (const auto& c : v.companies) {
        INFO(std::string{c.id});
        CHECK(has_status(c.origin));
        CHECK(known_source(c.origin));
        CHECK(c.location.has_value());
    }
    for (const auto& x : v.items) {
        INFO(std::string{x.id});
        CHECK(has_status(x.origin));
        CHECK(known_source(x.origin));
    }
    for (const auto& o : v.offerings) {
        INFO(std::string{v.companies[o.provider].id} + " provides " + std::string{v.items[o.item].id});
        CHECK(has_status(o.origin));
        CHECK(known_source(o.origin));
    }
    for (const auto& r : v.item_requirements) {
        INFO(std::string{v.items[r.input].id});
        CHECK(has_status(r.origin));
        CHECK(known_source(r.origin));
    }
    for (const auto& r : v.offering_requirements) {
        INFO(std::string{v.items[r.input].id});
        CHECK(has_status(r.origin));
        CHECK(known_source(r.origin));
    }
    for (const auto& o : v.owns) CHECK((has_status(o.origin) && known_source(o.origin)));
    for (const auto& i : v.invests) CHECK((has_status(i.origin) && known_source(i.origin)));
    for (const auto& x : v.variants) CHECK((has_status(x.origin) && known_source(x.origin)));
    for (const auto& r : v.rules) {
        INFO(std::string{r.id});
        CHECK(has_status(r.origin));
        CHECK(!r.origin.source.is_none());  // every rule names its source
        CHECK(known_source(r.origin));
    }
    // A fact marked seed cites a seed article or the reference facts; a public
    // fact cites a named source.
    const auto seed_source = [](source_index s) { return !s.is_none() && v.sources[s].id.starts_with("s00"); };
    for (const auto& o : v.offerings)
        if (o.origin.certainty == status::seed) CHECK(seed_source(o.origin.source));
    for (const auto& o : v.offerings)
        if (o.origin.certainty == status::public_) CHECK(!o.origin.source.is_none());
}

TEST_CASE("the uncertain facts of facts.md are modelled as uncertain", "[world][provenance]") {
    // #52: Ascend 910B foundry; #53: Ascend 910C.
    // Sophgo is a designer that ordered the dies from TSMC: no offering of its own.
    CHECK(v.find_offering(world_company("sophgo"), world_item("ascend_910b_die")).is_none());
    for (const auto* p : {"smic", "tsmc"}) CHECK(v.offerings[world_offering(p, "ascend_910b_die")].origin.certainty == status::uncertain);
    CHECK(v.items[world_item("ascend_910b_die")].origin.certainty == status::uncertain);
    CHECK(v.items[world_item("ascend_910c")].origin.certainty == status::uncertain);
    CHECK(v.offerings[world_offering("hisilicon", "ascend_910c")].origin.certainty == status::uncertain);
    CHECK(v.offerings[world_offering("samsung", "hbm2e")].origin.certainty == status::uncertain);
    // #10: ICRD among the December 2022 listings.
    CHECK(v.rules[world_rule("us_entity_list_icrd_2022")].origin.certainty == status::uncertain);
    // #32: the Mate 70's processor is the Kirin 9020 on SMIC N+2 (TechInsights'
    // teardown, 2024-12): no longer uncertain.
    CHECK(v.items[world_item("kirin_9020")].origin.certainty == status::public_);
    CHECK(v.offerings[world_offering("hisilicon", "kirin_9020")].origin.certainty == status::public_);
    // #89: Xiaomi's stake in ASR.
    bool asr_found = false;
    for (const auto& i : v.invests)
        if (i.investor == world_company("xiaomi") && i.company == world_company("asr")) {
            asr_found = true;
            CHECK(i.origin.certainty == status::uncertain);
            CHECK_FALSE(i.stake >= 0.0);
        }
    CHECK(asr_found);
    // #19: SiEn and SwaySure listed per S004 only (seed); #12: EUV day unknown.
    CHECK(v.rules[world_rule("us_entity_list_sien_swaysure_2024")].origin.certainty == status::seed);
    CHECK(v.rules[world_rule("nl_euv_2019")].origin.certainty == status::uncertain);
    // #41: SiEn's 14 nm is seed-only.
    CHECK(v.offerings[world_offering("sien", "sien_14nm")].origin.certainty == status::seed);
}

TEST_CASE("the Kirin 9000: available to HiSilicon until TSMC's cut-off", "[world][availability][huawei]") {
    const auto kirin = world_item("kirin_9000");
    const auto hisilicon = world_company("hisilicon");
    const auto before = compute_availability(v, {.as_of = 2020y / 9 / 14});
    CHECK(before.item_available_to(kirin, hisilicon));
    const auto after = compute_availability(v, {.as_of = 2020y / 9 / 15});
    CHECK_FALSE(after.item_available_to(kirin, hisilicon));
    // TSMC's N5 (made with US tools) may no longer go to HiSilicon.
    CHECK(after.blocking_rule(world_offering("tsmc", "tsmc_n5"), hisilicon) == world_rule("us_fdp_huawei_2020"));
    CHECK(after.reason_input(world_offering("hisilicon", "kirin_9000")) == world_item("tsmc_n5"));
    // The 2019 listing alone (origin scope) never stopped TSMC.
    CHECK((before.blocking_rule(world_offering("tsmc", "tsmc_n5"), hisilicon)).is_none());
}

TEST_CASE("the Kirin 9000S: SMIC's N+2 reached by the 2020 rule, observed; capacity frozen from 2024", "[world][availability][huawei]") {
    const auto k9000s = world_item("kirin_9000s");
    const auto huawei = world_company("huawei");
    const auto hisilicon = world_company("hisilicon");
    const auto smic_n2 = world_offering("smic", "smic_n_plus_2");
    const auto fdp = world_rule("us_fdp_huawei_2020");
    // SMIC's N+2 is available in September 2023: its tools were obtainable when
    // it began (2023-08-29).
    const auto sep = compute_availability(v, {.as_of = 2023y / 9 / 15});
    CHECK(sep.available(smic_n2));
    // Every tool class of N+2 has a source outside the US (ASML's scanners can
    // take Gigaphoton's light source): it could be made without the US. But the
    // 2020 rule reads as written (direct product): N+2's line has Applied
    // Materials' etch and deposition tools installed (bought before 2020;
    // uncertain), made in the US, so N+2 is a direct product of US technology
    // and is denied to HiSilicon. Under the rules the Kirin 9000S and the Mate
    // 60 Pro are unavailable.
    CHECK_FALSE(sep.controls().depends_on_country(smic_n2, countries::USA));
    CHECK(sep.blocking_rule(smic_n2, hisilicon) == fdp);
    CHECK_FALSE(sep.item_available_to(k9000s, huawei));
    CHECK_FALSE(sep.item_available_to(world_item("mate_60_pro"), {}));
    // As observed (TechInsights' teardown of 2023-08-29) they were made: the
    // enforcement gap.
    const auto seen = compute_availability(v, {.as_of = 2023y / 9 / 15, .enforcement = enforcement_mode::observed});
    CHECK(seen.item_available_to(k9000s, huawei));
    CHECK(seen.item_available_to(world_item("mate_60_pro"), {}));
    // TSMC's N5 is a direct product too: its installed EUV scanners need
    // Cymer's US light source.
    CHECK(sep.controls().depends_on_country(world_offering("tsmc", "tsmc_n5"), countries::USA));
    CHECK(sep.blocking_rule(world_offering("tsmc", "tsmc_n5"), hisilicon) == fdp);

    // Capacity: not frozen under the Dutch rule of 2023-09-01, which requires a
    // licence, reviewed case by case; frozen from 2024-01-01, when the Dutch
    // government revoked the licence for critical immersion scanners to China
    // (uncertain: ASML's statement names the NXT:2050i/2100i).
    CHECK_FALSE(compute_availability(v, {.as_of = 2023y / 8 / 31}).capacity_frozen(smic_n2));
    CHECK_FALSE(compute_availability(v, {.as_of = 2023y / 9 / 1}).capacity_frozen(smic_n2));
    const auto frozen = compute_availability(v, {.as_of = 2024y / 1 / 1});
    CHECK(frozen.available(smic_n2));
    CHECK(frozen.capacity_frozen(smic_n2));
    CHECK(frozen.frozen_by(smic_n2) == world_item("duv_immersion_critical"));
    CHECK(frozen.blocking_rule(world_offering("asml", "duv_immersion_critical"), world_company("smic")) ==
          world_rule("nl_critical_immersion_2023"));
    // A year later it still runs on the scanners it has.
    CHECK(compute_availability(v, {.as_of = 2024y / 9 / 1}).available(smic_n2));
}

TEST_CASE("scanner and tool rules reach Chinese fabs from their dates", "[world][availability][controls]") {
    const auto smic = world_company("smic");
    const auto cxmt = world_company("cxmt");
    const auto asml_1980i = world_offering("asml", "duv_immersion_1980i");
    // The US reaches ASML's NXT:1970i/1980i through US content in its chain
    // (Cymer's light source), de minimis 0 %, although Gigaphoton's would do;
    // from 2023-11-17, the rule's effective date (announced 2023-10-17).
    CHECK((compute_availability(v, {.as_of = 2023y / 11 / 16}).blocking_rule(asml_1980i, cxmt)).is_none());
    const auto us = compute_availability(v, {.as_of = 2023y / 11 / 17});
    CHECK(us.controls().has_content_from(asml_1980i, countries::USA));
    CHECK_FALSE(us.controls().depends_on_country(asml_1980i, countries::USA));
    CHECK(us.blocking_rule(asml_1980i, cxmt) == world_rule("us_nxt_1980i_2023"));
    // Japan's list requires a licence for Tokyo Electron's advanced tools,
    // reviewed case by case: it blocks nothing, the licence is required from
    // 2023-07-23; its mature tools need none.
    const auto tel_etch = world_offering("tokyo_electron", "etch_advanced");
    const auto jp = compute_availability(v, {.as_of = 2023y / 7 / 23});
    CHECK((jp.blocking_rule(tel_etch, smic)).is_none());
    CHECK(jp.controls().passing_rule(tel_etch, smic, jp.day()) ==
          std::pair{world_rule("jp_equipment_2023"), licence_outcome::required});
    CHECK((jp.controls().passing_rule(tel_etch, smic, to_day_number(2023y / 7 / 22)).first).is_none());
    CHECK((jp.blocking_rule(world_offering("tokyo_electron", "etch_mature"), smic)).is_none());
    // SMIC's listing denies US toolmakers' advanced tools and reviews the rest
    // case by case (mature tools: licences granted by 2021-04-20, uncertain);
    // the 2022 rules stop advanced tools for every Chinese fab.
    CHECK(jp.blocking_rule(world_offering("lam_research", "etch_advanced"), smic) == world_rule("us_entity_list_smic_2020"));
    CHECK((jp.blocking_rule(world_offering("lam_research", "etch_mature"), smic)).is_none());
    CHECK(jp.controls().passing_rule(world_offering("lam_research", "etch_mature"), smic, jp.day()) ==
          std::pair{world_rule("us_entity_list_smic_2020"), licence_outcome::granted});
    CHECK(jp.blocking_rule(world_offering("lam_research", "etch_advanced"), cxmt) == world_rule("us_dram_tools_2022"));
    CHECK((jp.blocking_rule(world_offering("lam_research", "etch_mature"), cxmt)).is_none());
    // No EUV for China.
    CHECK(jp.blocking_rule(world_offering("asml", "euv_scanner"), cxmt) == world_rule("nl_euv_2019"));
}

TEST_CASE("accelerators under the 3A090 tests of 2022 and 2023", "[world][availability][controls]") {
    const auto alibaba = world_company("alibaba");
    const auto a100 = world_offering("nvidia", "nvidia_a100"), a800 = world_offering("nvidia", "nvidia_a800");
    const auto h800 = world_offering("nvidia", "nvidia_h800"), h20 = world_offering("nvidia", "nvidia_h20");
    // 2022: the A100 meets both lines (TPP 4992, 600 GB/s); the A800 and H800
    // were cut below 600 GB/s and pass.
    const auto y2023 = compute_availability(v, {.as_of = 2023y / 1 / 1});
    CHECK(y2023.blocking_rule(a100, alibaba) == world_rule("us_advanced_computing_2022"));
    CHECK(y2023.available_to(a800, alibaba));
    CHECK(y2023.available_to(h800, alibaba));
    // From 2023-11-17 the interconnect test is gone: TPP ≥ 4800 catches both;
    // the A100 stays blocked by the rule that began it. The H20 (TPP 2368,
    // density 2.91) is under both lines of 3A090.a.
    const auto y2024 = compute_availability(v, {.as_of = 2024y / 6 / 1});
    CHECK(y2024.blocking_rule(a100, alibaba) == world_rule("us_advanced_computing_2022"));
    CHECK(y2024.blocking_rule(a800, alibaba) == world_rule("us_advanced_computing_2023"));
    CHECK(y2024.blocking_rule(h800, alibaba) == world_rule("us_advanced_computing_2023"));
    CHECK(y2024.available_to(h20, alibaba));
}

TEST_CASE("the 2025 foundry rule: XRING O1 passes, a 40 bn design does not", "[world][availability][xiaomi]") {
    const auto xring = world_company("xring");
    const auto foundry_rule = world_rule("us_foundry_rule_2025");
    const auto r = compute_availability(v, {.as_of = 2025y / 6 / 1});
    CHECK(r.item_available_to(world_item("xring_o1"), xring));
    CHECK((r.blocking_rule(world_offering("xring", "xring_o1"), xring)).is_none());
    CHECK_FALSE(r.item_available_to(world_item("hypothetical_40bn_chip"), xring));
    CHECK(r.blocking_rule(world_offering("xring", "hypothetical_40bn_chip"), xring) == foundry_rule);
    // Before the rule the 40 bn design could be had.
    const auto before = compute_availability(v, {.as_of = 2025y / 1 / 15});
    CHECK((before.blocking_rule(world_offering("xring", "hypothetical_40bn_chip"), xring)).is_none());
}

TEST_CASE("HBM to Chinese buyers stops on 2024-12-02", "[world][availability][hbm]") {
    const auto biren = world_company("biren");
    const auto sk_hbm = world_offering("sk_hynix", "hbm");
    CHECK((compute_availability(v, {.as_of = 2024y / 12 / 1}).blocking_rule(sk_hbm, biren)).is_none());
    const auto r = compute_availability(v, {.as_of = 2024y / 12 / 2});
    CHECK(r.blocking_rule(sk_hbm, biren) == world_rule("us_hbm_2024"));
    CHECK(r.blocking_rule(world_offering("micron", "hbm"), biren) == world_rule("us_hbm_2024"));
    // CXMT's HBM (uncertain) is not made with modelled US inputs: not caught.
    CHECK((r.blocking_rule(world_offering("cxmt", "hbm"), biren)).is_none());
    CHECK(r.item_available_to(world_item("hbm"), biren));
}

TEST_CASE("the Xiaomi case's products are available", "[world][availability][xiaomi]") {
    const auto r = compute_availability(v, {.as_of = 2022y / 8 / 1});
    for (const auto* d : {"mi_5c", "mi_mix_fold", "xiaomi_12_pro", "xiaomi_12s", "xiaomi_iot_device"}) {
        INFO(d);
        CHECK(r.item_available_to(world_item(d), {}));
    }
    CHECK(r.item_available_to(world_item("hanguang_800"), world_company("alibaba")));
}

TEST_CASE("ArF photoresist: six makers, TOK's share the only one known", "[world][photoresist]") {
    // TOK 16.2 % of ArF resists (2022); JSR, Shin-Etsu, Sumitomo, Nata and
    // Sinyang without a share. HHI over the known share: (100 · 0.162)² = 262.44,
    // by company and by country (TOK is Japanese).
    const auto c = concentration(v, world_item("arf_photoresist"));
    CHECK(c.providers == 6);
    CHECK(c.unknown_shares == 5);
    CHECK(*c.hhi_company == Approx(16.2 * 16.2));
    CHECK(*c.hhi_country == Approx(262.44));
    // The Chinese offerings are graded by their sources: qualified on a 50 nm
    // flash product (Nata) or pending validation (Sinyang), so uncertain.
    for (const auto* maker : {"nata_opto", "sinyang"}) {
        INFO(maker);
        CHECK(v.offerings[world_offering(maker, "arf_photoresist")].origin.certainty == status::uncertain);
    }
    // Every node of the world needs it, as an ordinary (not capital) input of weight 0.0048.
    std::size_t nodes = 0;
    for (const auto& r : v.item_requirements)
        if (r.input == world_item("arf_photoresist")) {
            ++nodes;
            CHECK_FALSE(r.capital);
            CHECK(r.weight == Approx(0.0048));
        }
    CHECK(nodes == 11);
}

TEST_CASE("the Kirin 9000 on 2020-09-14: Japan alone can cut it off (ArF resist)", "[world][photoresist][huawei]") {
    // Before Nata's ArF resist (2020-12-17) every ArF resist maker of the world
    // is Japanese: Japan is a single point of failure by country.
    const auto cp = single_points_of_failure(v, {.item = world_item("kirin_9000"), .buyer = world_company("huawei"),
                                                 .base = {.as_of = 2020y / 9 / 14},
                                                 .candidates = {.by = candidate_kind::countries}});
    std::vector<std::string> names;
    for (const auto& s : cp.sets)
        if (s.size() == 1) names.emplace_back(cp.name(v, s.front()));
    CHECK(std::find(names.begin(), names.end(), "JPN") != names.end());
}

TEST_CASE("Xiaomi's phones with companion chips have every value weight", "[world][xiaomi][weights]") {
    // The Surge C1, P1 and G1 carry weight 0 (assumption_weight_companion), so
    // no weight is missing; the phones' domestic value share is that of the
    // memory and SoC alone, Xiaomi's own share counting the chip.
    for (const auto* d : {"mi_mix_fold", "xiaomi_12_pro", "xiaomi_12s"}) {
        INFO(d);
        const auto s = self_sufficiency(v, world_item(d), {}, bloc{countries::CHN}, {.as_of = 2022y / 8 / 1});
        CHECK(s.coverage.weights_complete);
    }
}

#if !defined(SEMICHAIN_WORLD_WITHOUT_ETO)
TEST_CASE("ArF immersion scanners: the HHI from ETO's shares", "[world][eto]") {
    // ETO N22 (2025): ASML 99.3 %, the rest "Various companies". The critical
    // class has ASML alone: HHI = (100 · 0.993)² = 9860.49. The older class
    // also has Nikon (share unknown: left out of the HHI and counted).
    const auto critical = concentration(v, world_item("duv_immersion_critical"));
    CHECK(critical.hhi_company == Approx(99.3 * 99.3));
    CHECK(critical.unknown_shares == 0);
    const auto mature = concentration(v, world_item("duv_immersion_mature"));
    CHECK(mature.hhi_company == Approx(9860.49));
    CHECK(mature.providers == 2);
    CHECK(mature.unknown_shares == 1);
}
#endif
