// The built-in world's ownership and investment relations. Dates are given
// only where the day is known; month-only dates are in comments. Stakes are
// given only where a source gives them.
#pragma once

#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/model/relations.hpp>
#include <semichain/world/companies.hpp>
#include <semichain/world/designers.hpp>
#include <semichain/world/sources.hpp>
#include <semichain/world/sources_data.hpp>

#include <chrono>

namespace semichain::world {

/// Calls `f` with every ownership and investment relation of the world; returns its result.
template <class F>
constexpr auto with_investments(F&& f) {
    using enum semichain::status;
    using namespace std::chrono_literals;
    return f(
        // --- ownership (subsidiaries also name their parent)
        owns<huawei, hisilicon, scmp_hisilicon>{.certainty = public_},
        owns<huawei, hubble, facts_md>{.certainty = public_},
        owns<xiaomi, pinecone, engadget_2017_02_20>{.certainty = public_},
        owns<xiaomi, xring, trendforce_2023_11_02>{.certainty = public_},
        owns<alibaba, t_head, digitimes_t_head>{.certainty = public_},
        owns<alibaba, c_sky, technode_c_sky>{.certainty = public_},  // acquired 2018-04-20
        owns<asml, cymer, laser_focus_world_2012_10_17>{.certainty = public_},
        owns<acm_research_inc, acm_research, evertiq_2020_07_10_acm>{.certainty = public_},
        owns<smic, sj_semiconductor, smic_press_sj>{.certainty = public_},  // SMIC–JCET joint venture (2014)
        owns<jcet, sj_semiconductor, smic_press_sj>{.certainty = public_},
        owns<shenzhen_government, pxw, s001>{.certainty = seed},
        owns<shenzhen_government, pengxinxu, s001>{.certainty = seed},
        owns<shenzhen_government, swaysure, s001>{.certainty = seed},
        owns<tsinghua_unigroup, unisoc, s000>{.certainty = seed},
        owns<tsinghua_unigroup, rda, s000>{.certainty = seed},
        owns<datang, leadcore, s000>{.certainty = seed},
        owns<xiaomi, changjiang_xiaomi_fund, s000>{.certainty = seed},  // "Xiaomi established" the fund (S000)

        // --- ASML's 24.9% of Carl Zeiss SMT
        invests<asml, zeiss, asml_zeiss_2016_11_03>{.on = 2016y / 11 / 3, .stake = share{0.249},
                                                    .certainty = public_},

        // --- Xiaomi and its fund. Huami: S000's "subsidiary" is wrong;
        //     stakes of the outstanding shares before the NYSE listing of
        //     2018-02-08 (TechNode), the date of holding not given.
        invests<xiaomi, huami, technode_2018_02_09_huami>{.stake = share{0.193}, .certainty = public_},
        invests<shunwei, huami, technode_2018_02_09_huami>{.stake = share{0.204}, .certainty = public_},
        // Viewtrix: Xiaomi and Hubble among its shareholders (no stake, no
        // date). Lingming Photonics: the Xiaomi Changjiang fund invested (no
        // date). CosMX (S000's "Guanyu Battery") makes batteries, not chips:
        // not modelled.
        invests<xiaomi, viewtrix, dealstreetasia_viewtrix>{.certainty = public_},
        invests<hubble, viewtrix, dealstreetasia_viewtrix>{.certainty = public_},
        invests<changjiang_xiaomi_fund, lingming_photonics, netease_2026_02_lingming>{.certainty = public_},
        invests<xiaomi, espressif, s000>{.certainty = seed},
        invests<xiaomi, amlogic, s000>{.certainty = seed},
        invests<xiaomi, verisilicon, s000>{.certainty = seed},
        invests<changjiang_xiaomi_fund, verisilicon, facts_md>{.stake = share{0.0625},  // before the 2019 listing
                                                               .certainty = public_},
        invests<xiaomi, nuclei, s000>{.certainty = seed},
        invests<verisilicon, nuclei, s000>{.certainty = seed},
        invests<amlogic, nuclei, s000>{.certainty = seed},
        invests<xiaomi, southchip, s000>{.certainty = seed},
        invests<zmi, southchip, s000>{.certainty = seed},
        invests<oppo, southchip, s000>{.certainty = seed},
        invests<xiaomi, smartsens, s000>{.certainty = seed},
        invests<huawei, smartsens, s000>{.certainty = seed},  // "Huawei" in S000 (Hubble not named)
        invests<xiaomi, onmicro, facts_md>{.certainty = public_},
        invests<hubble, onmicro, facts_md>{.certainty = public_},
        invests<changjiang_xiaomi_fund, wuxi_haoda, facts_md>{.certainty = public_},  // 2018-09
        invests<hubble, wuxi_haoda, facts_md>{.certainty = public_},                  // 2020-01
        invests<xiaomi, bestechnic, facts_md>{.certainty = public_},                  // 2019-07
        invests<alibaba, bestechnic, facts_md>{.certainty = public_},                 // 2019-07
        invests<xiaomi, asr, s000>{.certainty = uncertain},                           // stake unknown

        // --- Alibaba
        invests<alibaba, asr, semimedia_alibaba>{.certainty = public_},
        invests<alibaba, cambricon, facts_md>{.on = 2017y / 8 / 18, .certainty = public_},
        invests<alibaba, deephi, facts_md>{.on = 2017y / 10 / 24, .certainty = public_},
        invests<alibaba, kneron, facts_md>{.on = 2017y / 11 / 15, .certainty = public_},
        invests<alibaba, barefoot_networks, semimedia_alibaba>{.certainty = public_});
}

}  // namespace semichain::world
