// The built-in world's supply-side companies: foundries and packagers, memory
// makers, toolmakers and their suppliers, materials, EDA and IP. Designers,
// device makers and investors are in designers.hpp.
//
// Each company names the source that introduces it and that fact's status.
// Headquarters countries are common knowledge unless a source is named for
// them; a company neither facts.md nor a named public source mentions carries
// status assumption.
#pragma once

#include <semichain/core/country.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/role.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_data.hpp>

#include <string_view>

namespace semichain::world {

// --- foundries, packagers (China) -----------------------------------------------------

struct smic final : company {
    static constexpr std::string_view id = "smic", name = "SMIC";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::foundry};
    using source = thompson_hine_2020_12;
    static constexpr status certainty = status::public_;
};
/// SMIC–JCET joint venture in Jiangyin (2014): bumping, wafer probe, 2.5D.
struct sj_semiconductor final : company {
    static constexpr std::string_view id = "sj_semiconductor", name = "SJ Semiconductor";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::osat};
    using source = smic_press_sj;
    static constexpr status certainty = status::public_;
};
struct jcet final : company {
    static constexpr std::string_view id = "jcet", name = "JCET";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::osat};
    using source = smic_press_sj;
    static constexpr status certainty = status::public_;
};
/// SiEn (Qingdao) Integrated Circuits, founded 2018 by Richard Chang.
struct sien final : company {
    static constexpr std::string_view id = "sien", name = "SiEn (Qingdao) Integrated Circuits";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::foundry};
    using source = scmp_2021_08_05;
    static constexpr status certainty = status::public_;
};
/// PengXinWei IC Manufacturing: the Shenzhen fab Huawei is expected to buy from.
struct pxw final : company {
    static constexpr std::string_view id = "pxw", name = "PengXinWei IC Manufacturing (PXW)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::foundry};
    using source = bloomberg_2022_10_pxw;
    static constexpr status certainty = status::public_;
};
struct pengxinxu final : company {
    static constexpr std::string_view id = "pengxinxu", name = "PengXinXu Technology";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::foundry};
    using source = s001;
    static constexpr status certainty = status::seed;
};
struct ningbo_semiconductor final : company {
    static constexpr std::string_view id = "ningbo_semiconductor", name = "Ningbo Semiconductor International";
    static constexpr country headquarters = countries::CHN;
    using source = thompson_hine_2020_12;
    static constexpr status certainty = status::public_;
};
/// Shanghai IC R&D Center.
struct icrd final : company {
    static constexpr std::string_view id = "icrd", name = "Shanghai IC R&D Center (ICRD)";
    static constexpr country headquarters = countries::CHN;
    using source = s001;
    static constexpr status certainty = status::seed;
};
struct cetc final : company {
    static constexpr std::string_view id = "cetc", name = "CETC (units)";
    static constexpr country headquarters = countries::CHN;
    using source = iti_2022_12;
    static constexpr status certainty = status::public_;
};

// --- memory --------------------------------------------------------------------------------

struct cxmt final : company {
    static constexpr std::string_view id = "cxmt", name = "CXMT (ChangXin Memory)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::memory};
    using source = s001;
    static constexpr status certainty = status::seed;
};
struct ymtc final : company {
    static constexpr std::string_view id = "ymtc", name = "YMTC (Yangtze Memory)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::memory};
    using source = iti_2022_12;
    static constexpr status certainty = status::public_;
};
/// Fujian Jinhua: DRAM fab restarted in 2022.
struct jhicc final : company {
    static constexpr std::string_view id = "jhicc", name = "Fujian Jinhua (JHICC)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::memory};
    using source = nikkei_asia_2022_12_29;
    static constexpr status certainty = status::public_;
};
/// Shenzhen DRAM start-up (2022), exploring HBM.
struct swaysure final : company {
    static constexpr std::string_view id = "swaysure", name = "SwaySure Technology";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::memory};
    using source = s001;
    static constexpr status certainty = status::seed;
};
struct hefei_core_storage final : company {
    static constexpr std::string_view id = "hefei_core_storage", name = "Hefei Core Storage";
    static constexpr country headquarters = countries::CHN;
    using source = iti_2022_12;
    static constexpr status certainty = status::public_;
};
struct samsung final : company {
    static constexpr std::string_view id = "samsung", name = "Samsung Electronics";
    static constexpr country headquarters = countries::KOR;
    static constexpr role_set roles{role::memory, role::foundry, role::idm, role::device_maker};
    using source = facts_md;
    static constexpr status certainty = status::public_;
};
struct sk_hynix final : company {
    static constexpr std::string_view id = "sk_hynix", name = "SK Hynix";
    static constexpr country headquarters = countries::KOR;
    static constexpr role_set roles{role::memory};
    using source = facts_md;
    static constexpr status certainty = status::public_;
};
struct micron final : company {
    static constexpr std::string_view id = "micron", name = "Micron Technology";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::memory};
    using source = facts_md;
    static constexpr status certainty = status::public_;
};
struct nanya final : company {
    static constexpr std::string_view id = "nanya", name = "Nanya Technology";
    static constexpr country headquarters = countries::TWN;
    static constexpr role_set roles{role::memory};
    using source = s004;
    static constexpr status certainty = status::seed;
};

// --- foundry (outside China) ------------------------------------------------------------------

struct tsmc final : company {
    static constexpr std::string_view id = "tsmc", name = "TSMC";
    static constexpr country headquarters = countries::TWN;
    static constexpr role_set roles{role::foundry, role::osat};
    using source = toms_hardware_tsmc_huawei;
    static constexpr status certainty = status::public_;
};

// --- lithography and its suppliers -----------------------------------------------------------

struct asml final : company {
    static constexpr std::string_view id = "asml", name = "ASML";
    static constexpr country headquarters = countries::NLD;
    static constexpr role_set roles{role::equipment};
    using source = asml_statement_2023_03;
    static constexpr status certainty = status::public_;
};
/// ASML's light-source division, in San Diego (acquired 2013).
struct cymer final : company {
    static constexpr std::string_view id = "cymer", name = "Cymer";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::equipment};
    using parent = asml;
    using source = laser_focus_world_2012_10_17;
    static constexpr status certainty = status::public_;
};
/// Japanese maker of ArF excimer lasers (Komatsu/Ushio joint venture).
struct gigaphoton final : company {
    static constexpr std::string_view id = "gigaphoton", name = "Gigaphoton";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::equipment};
    using source = lithoguru_2012_cymer;
    static constexpr status certainty = status::public_;
};
/// Carl Zeiss SMT, Oberkochen: ASML's optics.
struct zeiss final : company {
    static constexpr std::string_view id = "zeiss", name = "Carl Zeiss SMT";
    static constexpr country headquarters = countries::DEU;
    static constexpr role_set roles{role::equipment};
    using source = asml_zeiss_2016_11_03;
    static constexpr status certainty = status::public_;
};
struct nikon final : company {
    static constexpr std::string_view id = "nikon", name = "Nikon";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::equipment};
    using source = svbj_toolmakers;
    static constexpr status certainty = status::public_;
};
struct canon final : company {
    static constexpr std::string_view id = "canon", name = "Canon";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::equipment};
    static constexpr status certainty = status::assumption;
};
/// Shanghai Micro Electronics Equipment: China's lithography maker (90 nm).
struct smee final : company {
    static constexpr std::string_view id = "smee", name = "SMEE (Shanghai Micro Electronics Equipment)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::equipment};
    using source = reuters_factbox_equipment;
    static constexpr status certainty = status::public_;
};

// --- other fab tools ---------------------------------------------------------------------------

struct applied_materials final : company {
    static constexpr std::string_view id = "applied_materials", name = "Applied Materials";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::equipment};
    using source = svbj_toolmakers;
    static constexpr status certainty = status::public_;
};
struct lam_research final : company {
    static constexpr std::string_view id = "lam_research", name = "Lam Research";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::equipment};
    using source = svbj_toolmakers;
    static constexpr status certainty = status::public_;
};
struct kla final : company {
    static constexpr std::string_view id = "kla", name = "KLA";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::equipment};
    using source = svbj_toolmakers;
    static constexpr status certainty = status::public_;
};
struct tokyo_electron final : company {
    static constexpr std::string_view id = "tokyo_electron", name = "Tokyo Electron";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::equipment};
    using source = reuters_factbox_equipment;
    static constexpr status certainty = status::public_;
};
struct naura final : company {
    static constexpr std::string_view id = "naura", name = "Naura Technology";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::equipment};
    using source = s001;
    static constexpr status certainty = status::seed;
};
struct amec final : company {
    static constexpr std::string_view id = "amec", name = "AMEC (Advanced Micro-Fabrication Equipment)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::equipment};
    using source = s001;
    static constexpr status certainty = status::seed;
};
/// ACM Research, Inc. (Fremont): parent of ACM Research (Shanghai).
struct acm_research_inc final : company {
    static constexpr std::string_view id = "acm_research_inc", name = "ACM Research, Inc.";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::equipment};
    using source = evertiq_2020_07_10_acm;
    static constexpr status certainty = status::public_;
};
/// ACM Research (Shanghai): the operating subsidiary, one of China's top five
/// equipment makers in S001.
struct acm_research final : company {
    static constexpr std::string_view id = "acm_research", name = "ACM Research (Shanghai)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::equipment};
    using parent = acm_research_inc;
    using source = evertiq_2020_07_10_acm;
    static constexpr status certainty = status::public_;
};
/// Hwatsing ("Hwating" in S001).
struct hwatsing final : company {
    static constexpr std::string_view id = "hwatsing", name = "Hwatsing Technology";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::equipment};
    using source = s001;
    static constexpr status certainty = status::seed;
};
struct piotech final : company {
    static constexpr std::string_view id = "piotech", name = "Piotech";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::equipment};
    using source = s001;
    static constexpr status certainty = status::seed;
};
struct skyverse final : company {
    static constexpr std::string_view id = "skyverse", name = "Skyverse Technology";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::equipment};
    using source = yicai_global_2024_12;
    static constexpr status certainty = status::public_;
};

// --- materials ------------------------------------------------------------------------------------

struct jsr final : company {
    static constexpr std::string_view id = "jsr", name = "JSR";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::materials};
    using source = japan_times_2019_10_09;
    static constexpr status certainty = status::public_;
};
struct tokyo_ohka_kogyo final : company {
    static constexpr std::string_view id = "tokyo_ohka_kogyo", name = "Tokyo Ohka Kogyo (TOK)";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::materials};
    using source = japan_times_2019_10_09;
    static constexpr status certainty = status::public_;
};
struct shin_etsu final : company {
    static constexpr std::string_view id = "shin_etsu", name = "Shin-Etsu Chemical";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::materials};
    using source = japan_times_2019_10_09;
    static constexpr status certainty = status::public_;
};
struct sumitomo_chemical final : company {
    static constexpr std::string_view id = "sumitomo_chemical", name = "Sumitomo Chemical";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::materials};
    using source = sumitomo_chemical_2021_08_31;
    static constexpr status certainty = status::public_;
};
struct fujifilm final : company {
    static constexpr std::string_view id = "fujifilm", name = "Fujifilm";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::materials};
    using source = techpowerup_fujifilm_materials;
    static constexpr status certainty = status::public_;
};
struct dupont final : company {
    static constexpr std::string_view id = "dupont", name = "DuPont";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::materials};
    using source = dupont_2019_04_15_litho;
    static constexpr status certainty = status::public_;
};
struct dongjin_semichem final : company {
    static constexpr std::string_view id = "dongjin_semichem", name = "Dongjin Semichem";
    static constexpr country headquarters = countries::KOR;
    static constexpr role_set roles{role::materials};
    using source = etnews_2022_12_02_dongjin;
    static constexpr status certainty = status::public_;
};
struct sumco final : company {
    static constexpr std::string_view id = "sumco", name = "SUMCO";
    static constexpr country headquarters = countries::JPN;
    static constexpr role_set roles{role::materials};
    static constexpr status certainty = status::assumption;
};

/// Wafer makers beside Shin-Etsu and SUMCO (the top five by revenue, per
/// GlobalWafers as quoted by Semiconductor Engineering).
struct globalwafers final : company {
    static constexpr std::string_view id = "globalwafers", name = "GlobalWafers";
    static constexpr country headquarters = countries::TWN;
    static constexpr role_set roles{role::materials};
    using source = semiengineering_wafers;
    static constexpr status certainty = status::public_;
};
struct siltronic final : company {
    static constexpr std::string_view id = "siltronic", name = "Siltronic";
    static constexpr country headquarters = countries::DEU;
    static constexpr role_set roles{role::materials};
    using source = semiengineering_wafers;
    static constexpr status certainty = status::public_;
};
struct sk_siltron final : company {
    static constexpr std::string_view id = "sk_siltron", name = "SK Siltron";
    static constexpr country headquarters = countries::KOR;
    static constexpr role_set roles{role::materials};
    using source = semiengineering_wafers;
    static constexpr status certainty = status::public_;
};
/// National Silicon Industry Group; its Zing Semiconductor makes 300 mm wafers.
struct nsig final : company {
    static constexpr std::string_view id = "nsig", name = "National Silicon Industry Group (NSIG)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::materials};
    using source = evertiq_2024_06_19_nsig;
    static constexpr status certainty = status::public_;
};

// --- EDA and IP ---------------------------------------------------------------------------------

struct synopsys final : company {
    static constexpr std::string_view id = "synopsys", name = "Synopsys";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::eda, role::ip};
    static constexpr status certainty = status::assumption;
};
struct cadence final : company {
    static constexpr std::string_view id = "cadence", name = "Cadence Design Systems";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::eda, role::ip};
    static constexpr status certainty = status::assumption;
};
/// Siemens EDA (formerly Mentor Graphics), Wilsonville, Oregon. Its parent,
/// Siemens AG, is left out: no source in facts.md.
struct siemens_eda final : company {
    static constexpr std::string_view id = "siemens_eda", name = "Siemens EDA";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::eda};
    static constexpr status certainty = status::assumption;
};
/// Empyrean: Chinese EDA vendor whose units were listed in 2024-12.
struct empyrean final : company {
    static constexpr std::string_view id = "empyrean", name = "Empyrean Technology";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::eda};
    using source = yicai_global_2024_12;
    static constexpr status certainty = status::public_;
};
struct arm final : company {
    static constexpr std::string_view id = "arm", name = "Arm";
    static constexpr country headquarters = countries::GBR;
    static constexpr role_set roles{role::ip};
    using source = iphoneglance_2020_10_27;
    static constexpr status certainty = status::public_;
};

/// The supply-side companies, for the model's entity list.
using supply_company_types =
    type_list<globalwafers, siltronic, sk_siltron, nsig, smic, sj_semiconductor, jcet, sien, pxw, pengxinxu, ningbo_semiconductor, icrd, cetc, cxmt, ymtc, jhicc,
              swaysure, hefei_core_storage, samsung, sk_hynix, micron, nanya, tsmc, asml, cymer, gigaphoton, zeiss, nikon,
              canon, smee, applied_materials, lam_research, kla, tokyo_electron, naura, amec, acm_research_inc,
              acm_research, hwatsing, piotech, skyverse, jsr, tokyo_ohka_kogyo, shin_etsu, sumitomo_chemical, fujifilm, dupont,
              dongjin_semichem, sumco, synopsys, cadence,
              siemens_eda, empyrean, arm>;

}  // namespace semichain::world
