// Compile-time facts about the built-in world (include/semichain/world/),
// checked on its lowered static constexpr graph.
#include <semichain/algo/controls.hpp>
#include <semichain/world.hpp>

#include <chrono>
#include <string_view>

namespace {

using namespace semichain;
using namespace std::chrono_literals;

constexpr graph_view v = world::view();

// An id the world does not have stops the compiler (the look-up throws not_found).
constexpr company_index company(std::string_view id) { return v.company(id); }
constexpr item_index item(std::string_view id) { return v.item(id); }
constexpr rule_index rule(std::string_view id) { return v.rule(id); }

/// Does `provider`'s offering of `made` require `input` (item- or offering-level)?
constexpr bool offering_needs(std::string_view provider, std::string_view made, std::string_view input) {
    const offering_index o = v.find_offering(company(provider), item(made));
    if (o.is_none()) return false;
    bool found = false;
    v.for_each_requirement(o, [&](const requirement_record& r) { found = found || r.input == item(input); });
    return found;
}
constexpr bool capital_need(std::string_view made, std::string_view input) {
    for (const auto& r : v.requirements_of_item(item(made)))
        if (r.input == item(input)) return r.capital;
    return false;
}

// Photoresist: the Japan Times' three Japanese makers, Sumitomo Chemical and
// Fujifilm (JPN), DuPont (USA), Dongjin Semichem (KOR) and Sinyang's KrF
// resist (CHN, from 2021-06-30).
static_assert(v.offerings_of(item("photoresist")).size() == 8);
// ArF photoresist: TOK (16.2 %), JSR, Shin-Etsu, Sumitomo Chemical (JPN);
// Nata and Sinyang (CHN) uncertain. Every node of the world needs it.
static_assert(v.offerings_of(item("arf_photoresist")).size() == 6);
static_assert(v.offerings[v.find_offering(company("tokyo_ohka_kogyo"), item("arf_photoresist"))].share == 0.162);
static_assert(v.offerings[v.find_offering(company("nata_opto"), item("arf_photoresist"))].origin.certainty ==
              status::uncertain);
static_assert(v.offerings[v.find_offering(company("sinyang"), item("arf_photoresist"))].origin.certainty ==
              status::uncertain);
static_assert(!capital_need("smic_n_plus_2", "arf_photoresist"));

// --- counts (update them with the world) -----------------------------------------------
// With the ETO figures: 8 ETO sources and 10 companies only ETO names more, and
// the tool offerings of eto_tool_supply.hpp (62) instead of tool_supply.hpp's 38.
#if defined(SEMICHAIN_WORLD_WITHOUT_ETO)
static_assert(v.sources.size() == 162);
static_assert(v.companies.size() == 99 && v.companies.size() >= 60);
static_assert(v.offerings.size() == 153);
#else
static_assert(v.sources.size() == 170);
static_assert(v.companies.size() == 109 && v.companies.size() >= 60);
static_assert(v.offerings.size() == 177);
static_assert(v.offerings[v.find_offering(company("asml"), item("duv_immersion_critical"))].share == 0.993);
#endif
static_assert(v.text_attribute(item("duv_immersion_critical"), "eto_input") == "N22");
static_assert(v.items.size() == 95);
static_assert(v.item_requirements.size() == 154 && v.offering_requirements.size() == 17);
static_assert(v.rules.size() == 26);
static_assert(v.installed.size() == 7 && v.observations.size() == 1 && v.licences.size() == 6 && v.assists.size() == 2);
static_assert(v.owns.size() == 17 && v.invests.size() == 30 && v.variants.size() == 7);

// Every provides, requires, owns and invests row names a source (a document,
// an ETO input or an assumption record).
constexpr bool every_row_has_a_source() {
    for (const auto& o : v.offerings)
        if (o.origin.source.is_none()) return false;
    for (const auto& r : v.item_requirements)
        if (r.origin.source.is_none()) return false;
    for (const auto& r : v.offering_requirements)
        if (r.origin.source.is_none()) return false;
    for (const auto& r : v.owns)
        if (r.origin.source.is_none()) return false;
    for (const auto& r : v.invests)
        if (r.origin.source.is_none()) return false;
    return true;
}
static_assert(every_row_has_a_source());

// --- a few ids ---------------------------------------------------------------------------
static_assert(v.find_company("huawei") && v.find_company("hisilicon") && v.find_company("smic"));
static_assert(v.find_company("sj_semiconductor") && v.find_company("changjiang_xiaomi_fund"));
static_assert(v.find_item("kirin_9000s") && v.find_item("xring_o1") && v.find_item("cowos_s"));
static_assert(v.find_source("s004") && v.find_source("facts_md"));
static_assert(!v.find_company("nobody"));

// --- companies ---------------------------------------------------------------------------
static_assert(v.companies[company("hisilicon")].parent == company("huawei"));
static_assert(v.companies[company("t_head")].parent == company("alibaba"));
static_assert(v.companies[company("pinecone")].parent == company("xiaomi"));
static_assert(v.companies[company("xring")].parent == company("xiaomi"));
static_assert(v.companies[company("cymer")].parent == company("asml") &&
              v.companies[company("cymer")].location == countries::USA);
static_assert(v.companies[company("tsmc")].location == countries::TWN &&
              v.companies[company("tsmc")].roles.contains(role::foundry));

// --- the Huawei case -------------------------------------------------------------------------
static_assert(offering_needs("hisilicon", "kirin_9000", "tsmc_n5"));
static_assert(offering_needs("hisilicon", "kirin_9000s", "smic_n_plus_2"));
static_assert(v.number_attribute(item("tsmc_n5"), "node_nm") == 5.0);
static_assert(v.text_attribute(item("tsmc_n5"), "lithography") == "euv");
static_assert(v.number_attribute(item("smic_n_plus_2"), "node_nm") == 7.0);
static_assert(v.text_attribute(item("smic_n_plus_2"), "lithography") == "duv_immersion");
static_assert(v.number_attribute(item("kirin_9000"), "transistors") == 15.3e9);
// SMIC's 7 nm began with MinerVa's miner SoC (July 2021) and needs critical
// immersion scanners as capital.
static_assert(v.offerings[v.find_offering(company("smic"), item("smic_n_plus_2"))].since == to_day_number(2021y / 7 / 31));
static_assert(capital_need("smic_n_plus_2", "duv_immersion_critical") && !capital_need("smic_n_plus_2", "photoresist"));
// ASML's scanners need Zeiss optics and a light source (offering-level).
static_assert(offering_needs("asml", "duv_immersion_critical", "lithography_optics"));
static_assert(offering_needs("asml", "euv_scanner", "euv_light_source"));
// Ascend 910B's die: SMIC and TSMC offerings (Sophgo ordered from TSMC), uncertain.
static_assert(v.offerings_of(item("ascend_910b_die")).size() == 2);
static_assert(v.offerings[v.find_offering(company("tsmc"), item("ascend_910b_die"))].origin.certainty ==
              status::uncertain);

// --- control rules: dates and scopes ------------------------------------------------------------
static_assert(v.rules[rule("us_entity_list_huawei_2019")].effective == to_day_number(2019y / 5 / 16));
static_assert(v.rules[rule("us_entity_list_huawei_2019")].scope == rule_scope::origin);
// The 2020 FDP rule as written: in force 2020-05-15; supply under way kept
// shipping through 2020-09-14 (savings_until is the first day not covered).
static_assert(v.rules[rule("us_fdp_huawei_2020")].effective == to_day_number(2020y / 5 / 15));
static_assert(v.rules[rule("us_fdp_huawei_2020")].announced == to_day_number(2020y / 5 / 15));
static_assert(v.rules[rule("us_fdp_huawei_2020")].savings_until == to_day_number(2020y / 9 / 15));
static_assert(v.rules[rule("us_fdp_huawei_2020")].scope == rule_scope::direct_product);
static_assert(v.targets_of(rule("us_fdp_huawei_2020")).size() == 2);
static_assert(v.rules[rule("us_entity_list_smic_2020")].effective == to_day_number(2020y / 12 / 18));
static_assert(v.rules[rule("nl_critical_immersion_2023")].effective == to_day_number(2023y / 9 / 1));
static_assert(v.rules[rule("nl_critical_immersion_2023")].authority == countries::NLD);
static_assert(v.rules[rule("us_nxt_1980i_2023")].effective == to_day_number(2023y / 11 / 17));
static_assert(v.rules[rule("us_nxt_1980i_2023")].announced == to_day_number(2023y / 10 / 17));
static_assert(v.rules[rule("nl_nxt_1980i_2024")].effective == to_day_number(2024y / 9 / 7));
static_assert(v.rules[rule("jp_equipment_2023")].effective == to_day_number(2023y / 7 / 23));
static_assert(v.rules[rule("us_hbm_2024")].effective == to_day_number(2024y / 12 / 2));
static_assert(v.rules[rule("us_foundry_rule_2025")].effective == to_day_number(2025y / 1 / 16));
static_assert(v.rules[rule("us_entity_list_sophgo_2025")].effective == to_day_number(2025y / 1 / 15));
static_assert(v.rules[rule("us_entity_list_icrd_2022")].origin.certainty == status::uncertain);
static_assert(v.rules[rule("us_entity_list_sien_swaysure_2024")].origin.certainty == status::seed);

// --- licence policies ---------------------------------------------------------------------------------
// SMIC 2020: denial for advanced tools (the world's line for "uniquely required
// at 10 nm and below"), case by case for the rest.
static_assert(v.rules[rule("us_entity_list_smic_2020")].policy == licence_policy::case_by_case);
static_assert(v.rules[rule("us_entity_list_smic_2020")].policies_end - v.rules[rule("us_entity_list_smic_2020")].policies_begin == 1);
static_assert(v.rule_policies[v.rules[rule("us_entity_list_smic_2020")].policies_begin].policy ==
              licence_policy::presumption_of_denial);
// The Dutch and Japanese rules require licences; they are not bans.
static_assert(v.rules[rule("nl_critical_immersion_2023")].policy == licence_policy::case_by_case);
static_assert(v.rules[rule("nl_nxt_1980i_2024")].policy == licence_policy::case_by_case);
static_assert(v.rules[rule("jp_equipment_2023")].policy == licence_policy::case_by_case);
static_assert(v.rules[rule("us_entity_list_huawei_2019")].policy == licence_policy::presumption_of_denial);
static_assert(v.rules[rule("us_foundry_rule_2025")].scope == rule_scope::direct_product);
static_assert(v.rules[rule("tw_entity_list_2025")].authority == countries::TWN &&
              v.rules[rule("tw_entity_list_2025")].effective == to_day_number(2025y / 6 / 10));
static_assert(v.rules[rule("cn_gallium_germanium_us_2024")].authority == countries::CHN);

// --- advanced computing: which accelerators each 3A090 test catches ------------------------------------
static_assert(rule_matches_item(v, rule("us_advanced_computing_2022"), item("nvidia_a100")));
static_assert(rule_matches_item(v, rule("us_advanced_computing_2022"), item("nvidia_h100")));
static_assert(!rule_matches_item(v, rule("us_advanced_computing_2022"), item("nvidia_a800")));  // 400 GB/s
static_assert(!rule_matches_item(v, rule("us_advanced_computing_2022"), item("nvidia_h800")));  // ~300 GB/s
static_assert(!rule_matches_item(v, rule("us_advanced_computing_2022"), item("ascend_910")));   // TPP 4096
static_assert(rule_matches_item(v, rule("us_advanced_computing_2023"), item("nvidia_a800")));
static_assert(rule_matches_item(v, rule("us_advanced_computing_2023"), item("nvidia_h800")));
static_assert(!rule_matches_item(v, rule("us_advanced_computing_2023"), item("nvidia_h20")));
static_assert(!rule_matches_item(v, rule("us_advanced_computing_2023_density"), item("nvidia_h20")));  // 2.91
static_assert(rule_matches_item(v, rule("us_advanced_computing_2023_density"), item("ascend_910b")));
static_assert(!rule_matches_item(v, rule("us_advanced_computing_2023"), item("ascend_910b")));  // 4480 < 4800
static_assert(rule_matches_item(v, rule("cn_gallium_germanium_us_2024"), item("gallium")));

// --- installed tools, observations, licences ------------------------------------------------------------
static_assert(v.installed_of(v.find_offering(company("tsmc"), item("tsmc_n5"))).size() == 1);
static_assert(v.installed_of(v.find_offering(company("smic"), item("smic_n_plus_2"))).size() == 3);
static_assert(v.observations[0].buyer == company("hisilicon") && v.observations[0].date == to_day_number(2023y / 8 / 29));

// --- the foundry rule: XRING O1 (19 bn) is not caught, the 40 bn design is ------------------------
static_assert(v.number_attribute(item("xring_o1"), "transistors") == 19e9);
static_assert(v.number_attribute(item("xring_o1"), "node_nm") == 3.0);
static_assert(!rule_matches_item(v, rule("us_foundry_rule_2025"), item("xring_o1")));
static_assert(rule_matches_item(v, rule("us_foundry_rule_2025"), item("hypothetical_40bn_chip")));
static_assert(v.items[item("hypothetical_40bn_chip")].origin.certainty == status::assumption);
// The 2022 logic-tool rule matches advanced tools, not mature ones; the Dutch
// 2023 rule matches the critical immersion scanner only.
static_assert(rule_matches_item(v, rule("us_logic_tools_2022"), item("etch_advanced")));
static_assert(!rule_matches_item(v, rule("us_logic_tools_2022"), item("etch_mature")));
static_assert(rule_matches_item(v, rule("nl_critical_immersion_2023"), item("duv_immersion_critical")));
static_assert(!rule_matches_item(v, rule("nl_critical_immersion_2023"), item("duv_immersion_1980i")));
static_assert(rule_matches_item(v, rule("us_hbm_2024"), item("hbm2e")));

// --- investments ---------------------------------------------------------------------------------
constexpr bool invested(std::string_view investor, std::string_view target, double stake) {
    for (const auto& i : v.invests)
        if (i.investor == company(investor) && i.company == company(target)) return i.stake == stake;
    return false;
}
static_assert(invested("changjiang_xiaomi_fund", "verisilicon", 0.0625));
static_assert(invested("asml", "zeiss", 0.249));
static_assert(invested("xiaomi", "asr", unknown_fraction));

}  // namespace
