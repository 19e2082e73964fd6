// The built-in world's demand-side companies: chip designers, device makers
// and investors of the Huawei, Xiaomi and Alibaba cases. Seed names follow
// facts.md §6 (Jingchen = Amlogic, Xinlai = Nuclei, Nanxin = Southchip, ...).
#pragma once

#include <semichain/core/country.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/role.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_data.hpp>

#include <string_view>

namespace semichain::world {

// --- Huawei -----------------------------------------------------------------------------

struct huawei final : company {
    static constexpr std::string_view id = "huawei", name = "Huawei";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::device_maker, role::designer, role::investor};
    using source = thompson_hine_2019_05;
    static constexpr status certainty = status::public_;
};
/// Huawei's chip-design unit (a division since 2004).
struct hisilicon final : company {
    static constexpr std::string_view id = "hisilicon", name = "HiSilicon";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using parent = huawei;
    using source = scmp_hisilicon;
    static constexpr status certainty = status::public_;
};
/// Hubble Technology Investment: Huawei's investment arm.
struct hubble final : company {
    static constexpr std::string_view id = "hubble", name = "Hubble Technology Investment";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::investor};
    using parent = huawei;
    using source = facts_md;
    static constexpr status certainty = status::public_;
};
/// Owner of PXW, PengXinXu and SwaySure (S001).
struct shenzhen_government final : company {
    static constexpr std::string_view id = "shenzhen_government", name = "Shenzhen municipal government";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::investor};
    using source = s001;
    static constexpr status certainty = status::seed;
};

// --- Chinese AI-chip designers ---------------------------------------------------------------

struct cambricon final : company {
    static constexpr std::string_view id = "cambricon", name = "Cambricon";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = iti_2022_12;
    static constexpr status certainty = status::public_;
};
/// A fabless designer (Bitmain co-founder Micree Zhan's), not a foundry: it
/// ordered from TSMC dies that matched one found in an Ascend 910B.
struct sophgo final : company {
    static constexpr std::string_view id = "sophgo", name = "Sophgo";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = dcd_sophgo_2025_01;
    static constexpr status certainty = status::public_;
};
struct biren final : company {
    static constexpr std::string_view id = "biren", name = "Biren Technology";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s001;
    static constexpr status certainty = status::seed;
};
struct moore_threads final : company {
    static constexpr std::string_view id = "moore_threads", name = "Moore Threads";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s001;
    static constexpr status certainty = status::seed;
};
struct kunlunxin final : company {
    static constexpr std::string_view id = "kunlunxin", name = "Kunlunxin";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s001;
    static constexpr status certainty = status::seed;
};

// --- Xiaomi and its investees ------------------------------------------------------------------

struct xiaomi final : company {
    static constexpr std::string_view id = "xiaomi", name = "Xiaomi";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::device_maker, role::designer, role::investor};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// Beijing Songguo Electronics (2014): the Surge S1's designer.
struct pinecone final : company {
    static constexpr std::string_view id = "pinecone", name = "Pinecone (Beijing Songguo Electronics)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using parent = xiaomi;
    using source = engadget_2017_02_20;
    static constexpr status certainty = status::public_;
};
/// Shanghai Xuanjie Technology (2021-12): the XRING O1's designer.
struct xring final : company {
    static constexpr std::string_view id = "xring", name = "XRING (Shanghai Xuanjie Technology)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using parent = xiaomi;
    using source = trendforce_2023_11_02;
    static constexpr status certainty = status::public_;
};
/// RMB 12 bn, registered 2017-12-07.
struct changjiang_xiaomi_fund final : company {
    static constexpr std::string_view id = "changjiang_xiaomi_fund", name = "Changjiang Xiaomi Industry Fund";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::investor};
    using source = pandaily_fund;
    static constexpr status certainty = status::public_;
};
/// Maker of the Huangshan No. 1. S000 calls it "a subsidiary of Xiaomi"; before
/// its 2018 IPO Xiaomi held 19.3 % and Shunwei 20.4 % (TechNode): an investee.
struct huami final : company {
    static constexpr std::string_view id = "huami", name = "Huami Technology";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::device_maker, role::designer};
    using source = wareable_huangshan;
    static constexpr status certainty = status::public_;
};
/// Datang's mobile-chip subsidiary; the Surge S1 team came from it.
struct leadcore final : company {
    static constexpr std::string_view id = "leadcore", name = "Leadcore Technology";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = engadget_2017_02_20;
    static constexpr status certainty = status::public_;
};
struct datang final : company {
    static constexpr std::string_view id = "datang", name = "Datang";
    static constexpr country headquarters = countries::CHN;
    using source = s000;
    static constexpr status certainty = status::seed;
};
struct espressif final : company {
    static constexpr std::string_view id = "espressif", name = "Espressif Systems";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Jingchen Semiconductor" in S000.
struct amlogic final : company {
    static constexpr std::string_view id = "amlogic", name = "Amlogic";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
struct verisilicon final : company {
    static constexpr std::string_view id = "verisilicon", name = "VeriSilicon";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::ip, role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Xinlai Technology" in S000: RISC-V core IP.
struct nuclei final : company {
    static constexpr std::string_view id = "nuclei", name = "Nuclei System Technology";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::ip};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Nanxin Semiconductor" in S000: battery charging and power management.
struct southchip final : company {
    static constexpr std::string_view id = "southchip", name = "Southchip Semiconductor";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Smartway" in S000: CMOS image sensors.
struct smartsens final : company {
    static constexpr std::string_view id = "smartsens", name = "SmartSens Technology";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Onray / Angrun Micro" in S000: RF front-end and RF SoCs.
struct onmicro final : company {
    static constexpr std::string_view id = "onmicro", name = "OnMicro Electronics";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Haoda Electronics" in S000: RF filters.
struct wuxi_haoda final : company {
    static constexpr std::string_view id = "wuxi_haoda", name = "Wuxi Haoda Electronics";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Hengxuan Technology" in S000: smart audio SoCs.
struct bestechnic final : company {
    static constexpr std::string_view id = "bestechnic", name = "Bestechnic";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Aojie Technology" in S000, founded 2015 by Dai Baojia.
struct asr final : company {
    static constexpr std::string_view id = "asr", name = "ASR Microelectronics";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Ziguang Zhanrui" in S000.
struct unisoc final : company {
    static constexpr std::string_view id = "unisoc", name = "UNISOC";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Ziguang" in S000.
struct tsinghua_unigroup final : company {
    static constexpr std::string_view id = "tsinghua_unigroup", name = "Tsinghua Unigroup";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::investor};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// Founded by Dai Baojia and sold to Tsinghua Unigroup (S000).
struct rda final : company {
    static constexpr std::string_view id = "rda", name = "RDA Microelectronics";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Zimi" in S000.
struct zmi final : company {
    static constexpr std::string_view id = "zmi", name = "ZMI";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::device_maker};
    using source = s000;
    static constexpr status certainty = status::seed;
};
struct oppo final : company {
    static constexpr std::string_view id = "oppo", name = "OPPO";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::device_maker};
    using source = s000;
    static constexpr status certainty = status::seed;
};

// --- Alibaba and its investees -------------------------------------------------------------------

struct alibaba final : company {
    static constexpr std::string_view id = "alibaba", name = "Alibaba";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::investor, role::designer};
    using source = s000;
    static constexpr status certainty = status::seed;
};
/// "Pingtouge": formed 2018-09-19 from C-SKY and the DAMO Academy chip team.
struct t_head final : company {
    static constexpr std::string_view id = "t_head", name = "T-Head (Pingtouge)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer, role::ip};
    using parent = alibaba;
    using source = digitimes_t_head;
    static constexpr status certainty = status::public_;
};
/// "Zhongtian Micro" in S000; acquired by Alibaba 2018-04-20.
struct c_sky final : company {
    static constexpr std::string_view id = "c_sky", name = "C-SKY Microsystems";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer, role::ip};
    using source = technode_c_sky;
    static constexpr status certainty = status::public_;
};
/// "Shenjian Technology" in S000.
struct deephi final : company {
    static constexpr std::string_view id = "deephi", name = "DeePhi Tech";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = semimedia_alibaba;
    static constexpr status certainty = status::public_;
};
/// Headquarters (San Diego) is an assumption: no source names it.
struct kneron final : company {
    static constexpr std::string_view id = "kneron", name = "Kneron";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::designer};
    using source = semimedia_alibaba;
    static constexpr status certainty = status::assumption;
};
/// Headquarters (California) is an assumption: no source names it.
struct barefoot_networks final : company {
    static constexpr std::string_view id = "barefoot_networks", name = "Barefoot Networks";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::designer};
    using source = semimedia_alibaba;
    static constexpr status certainty = status::assumption;
};

// --- US designers ---------------------------------------------------------------------------------

/// One of Huawei's former top suppliers (S004).
struct qualcomm final : company {
    static constexpr std::string_view id = "qualcomm", name = "Qualcomm";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::designer};
    using source = s004;
    static constexpr status certainty = status::seed;
};
/// About 70% of China's AI computing in 2024 (Haitong estimate in S004).
struct nvidia final : company {
    static constexpr std::string_view id = "nvidia", name = "Nvidia";
    static constexpr country headquarters = countries::USA;
    static constexpr role_set roles{role::designer};
    using source = s004;
    static constexpr status certainty = status::seed;
};

/// The demand-side companies, for the model's entity list.
/// Shunwei Capital, the venture firm Lei Jun co-founded; Huami's largest
/// shareholder before its IPO.
struct shunwei final : company {
    static constexpr std::string_view id = "shunwei", name = "Shunwei Capital";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::investor};
    using source = technode_2018_02_09_huami;
    static constexpr status certainty = status::public_;
};
/// Viewtrix (Yunyinggu, Shenzhen, 2012): AMOLED display-driver ICs.
struct viewtrix final : company {
    static constexpr std::string_view id = "viewtrix", name = "Viewtrix Technology (Yunyinggu)";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = dealstreetasia_viewtrix;
    static constexpr status certainty = status::public_;
};
/// Lingming Photonics (Shenzhen, 2018-05): SPAD, SiPM and dToF sensor chips.
struct lingming_photonics final : company {
    static constexpr std::string_view id = "lingming_photonics", name = "Lingming Photonics";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = naviro_2020_07_10_lingming;
    static constexpr status certainty = status::public_;
};
/// MinerVa Semiconductor: SMIC's Chinese customer for a 7 nm Bitcoin miner SoC.
struct minerva_semiconductor final : company {
    static constexpr std::string_view id = "minerva_semiconductor", name = "MinerVa Semiconductor";
    static constexpr country headquarters = countries::CHN;
    static constexpr role_set roles{role::designer};
    using source = zeusbtc_minerva;
    static constexpr status certainty = status::public_;
};

using demand_company_types =
    type_list<huawei, hisilicon, hubble, shenzhen_government, cambricon, sophgo, biren, moore_threads, kunlunxin, xiaomi,
              pinecone, xring, changjiang_xiaomi_fund, huami, leadcore, datang, espressif, amlogic, verisilicon, nuclei,
              southchip, smartsens, onmicro, wuxi_haoda, bestechnic, asr, unisoc, tsinghua_unigroup, rda, zmi, oppo,
              alibaba, t_head, c_sky, deephi, kneron, barefoot_networks, qualcomm, nvidia, shunwei, viewtrix, lingming_photonics,
              minerva_semiconductor>;

}  // namespace semichain::world
