// FORMAT.md's minimal model as types: a chip made by m (TWN) from a wafer that
// a (USA, 60%) or b (JPN, 40%) provide; plus a process node, a tool, a source
// and two control rules. Shared by the static suite and the unit test that
// compares the lowered graph with the run-time one.
#pragma once

#include <semichain/model.hpp>

#include <array>
#include <chrono>
#include <string_view>

namespace minimal {

using namespace semichain::literals;

struct s001 final : semichain::source {
    static constexpr std::string_view id = "s001", title = "A made-up trade report", publisher = "Example Press";
    static constexpr semichain::date published = std::chrono::year{2024} / 3 / 1;
    static constexpr std::string_view url = "https://example.org/s001";
};

struct a final : semichain::company {
    static constexpr std::string_view id = "a", name = "A";
    static constexpr semichain::country headquarters = semichain::countries::USA;
    static constexpr semichain::role_set roles{semichain::role::materials};
};
struct b final : semichain::company {
    static constexpr std::string_view id = "b", name = "B";
    static constexpr semichain::country headquarters = semichain::countries::JPN;
    static constexpr semichain::role_set roles{semichain::role::materials};
    using source = s001;
    static constexpr semichain::status certainty = semichain::status::public_;
};
struct m final : semichain::company {
    static constexpr std::string_view id = "m", name = "M";
    static constexpr semichain::country headquarters = semichain::countries::TWN;
    static constexpr semichain::role_set roles{semichain::role::foundry};
};
struct m_design final : semichain::company {
    static constexpr std::string_view id = "m_design", name = "M Design";
    static constexpr semichain::country headquarters = semichain::countries::TWN;
    static constexpr semichain::role_set roles{semichain::role::designer};
    using parent = m;
};

struct wafer final : semichain::material {
    static constexpr std::string_view id = "wafer", name = "Wafer";
};
struct chip final : semichain::chip {
    static constexpr std::string_view id = "chip", name = "Chip";
    static constexpr semichain::transistor_count transistors = 15_bn_transistors;
};
struct m_7nm final : semichain::process_node {
    static constexpr std::string_view id = "m_7nm", name = "M 7nm";
    using foundry = m;
    static constexpr semichain::nanometers node = 7_nm;
    static constexpr semichain::lithography litho = semichain::lithography::duv_immersion;
    static constexpr std::chrono::year first_volume{2021};
    static constexpr std::array attributes{semichain::number_attribute("metal_layers", 13),
                                           semichain::text_attribute("transistor", "finfet")};
};
struct scanner final : semichain::tool {
    static constexpr std::string_view id = "scanner", name = "DUV immersion scanner";
    static constexpr semichain::tool_class klass = semichain::tool_class::duv_immersion_scanner;
};

struct listing final : semichain::entity_listing {
    static constexpr std::string_view id = "listing", name = "A listing of M";
    static constexpr semichain::country authority = semichain::countries::USA;
    static constexpr semichain::date effective = std::chrono::year{2019} / 5 / 16;
    using targets = semichain::type_list<m>;
    using source = s001;
};
struct scanner_rule final : semichain::threshold_rule {
    static constexpr std::string_view id = "scanner_rule", name = "Scanners to CHN";
    static constexpr semichain::country authority = semichain::countries::JPN;
    static constexpr semichain::date effective = std::chrono::year{2023} / 7 / 23;
    static constexpr semichain::bloc buyer_countries{semichain::countries::CHN};
    static constexpr semichain::category match = semichain::category::tool;
    static constexpr std::array conditions{semichain::equals("tool_class", "duv_immersion_scanner")};
    static constexpr semichain::rule_scope scope = semichain::rule_scope::cannot_be_made_without;
};

inline constexpr auto model = semichain::make_model(
    semichain::entities<s001, a, b, m, m_design, wafer, chip, m_7nm, scanner, listing, scanner_rule>,
    semichain::provides<a, wafer>{.share = semichain::share{0.6}},
    semichain::provides<b, wafer, s001>{.share = semichain::share{0.4}, .certainty = semichain::status::seed},
    semichain::provides<m, chip>{.share = semichain::share{1.0}},
    semichain::provides<m, m_7nm>{.since = std::chrono::year{2021} / 1 / 1},
    semichain::provides<a, scanner>{},
    semichain::requires_<chip, wafer>{.weight = semichain::weight{0.3}},
    semichain::requires_<chip, m_7nm>{.weight = semichain::weight{0.5}},
    semichain::offering_requires<m, m_7nm, scanner>{.capital = true},
    semichain::owns<m, m_design>{},
    semichain::invests<a, m, s001>{.on = std::chrono::year{2017} / 12 / 7, .stake = semichain::share{0.05}},
    semichain::listed<listing, m_design>{});

inline constexpr auto graph = semichain::lower(model);

}  // namespace minimal
