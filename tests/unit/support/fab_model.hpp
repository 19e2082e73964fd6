// A small hand-built chain for availability and control tests:
//
//   kirin (hisilicon, CHN) requires node_n5 and eda
//   node_n5  <- tsmc (TWN), capital requirement on etch_tool, since 2020-01-01
//   node_n7  <- smic (CHN), capital requirement on scanner, since 2021-01-01
//   node_28  <- smic (CHN)      (node_nm 28)
//   scanner  <- asml (NLD)      requires light_source (offering-level, ASML's recipe)
//   light_source <- cymer (USA)
//   etch_tool <- lam (USA)
//   eda       <- synopsys (USA), empyrean (CHN, from 2030: not yet offered)
#pragma once

#include <semichain/graph/graph.hpp>

namespace test_support {

inline semichain::graph_builder fab_model() {
    using namespace semichain;
    using namespace semichain::countries;
    using namespace std::chrono;
    graph_builder b;
    b.add(company_input{.id = "hisilicon", .name = "HiSilicon", .location = CHN, .roles = {role::designer}});
    b.add(company_input{.id = "tsmc", .name = "TSMC", .location = TWN, .roles = {role::foundry}});
    b.add(company_input{.id = "smic", .name = "SMIC", .location = CHN, .roles = {role::foundry}});
    b.add(company_input{.id = "asml", .name = "ASML", .location = NLD, .roles = {role::equipment}});
    b.add(company_input{.id = "cymer", .name = "Cymer", .location = USA, .roles = {role::equipment}});
    b.add(company_input{.id = "lam", .name = "Lam Research", .location = USA, .roles = {role::equipment}});
    b.add(company_input{.id = "synopsys", .name = "Synopsys", .location = USA, .roles = {role::eda}});
    b.add(company_input{.id = "empyrean", .name = "Empyrean", .location = CHN, .roles = {role::eda}});
    const auto node = [](const char* id, double nm) {
        return item_input{.id = id, .name = id, .kind = category::process_node,
                          .attributes = {{.key = "node_nm", .is_number = true, .number = nm}}};
    };
    b.add(node("node_n5", 5));
    b.add(node("node_n7", 7));
    b.add(node("node_28", 28));
    b.add(item_input{.id = "kirin", .name = "Kirin", .kind = category::chip});
    b.add(item_input{.id = "scanner", .name = "DUV immersion scanner", .kind = category::tool,
                     .attributes = {{.key = "tool_class", .text = "duv_immersion_scanner"}}});
    b.add(item_input{.id = "light_source", .name = "Light source", .kind = category::tool});
    b.add(item_input{.id = "etch_tool", .name = "Etch tool", .kind = category::tool,
                     .attributes = {{.key = "tool_class", .text = "etch"}}});
    b.add(item_input{.id = "eda", .name = "EDA", .kind = category::software});
    b.add(provides_input{.provider = "hisilicon", .item = "kirin"});
    b.add(provides_input{.provider = "tsmc", .item = "node_n5", .since = 2020y / 1 / 1});
    b.add(provides_input{.provider = "smic", .item = "node_n7", .since = 2021y / 1 / 1});
    b.add(provides_input{.provider = "smic", .item = "node_28"});
    b.add(provides_input{.provider = "asml", .item = "scanner"});
    b.add(provides_input{.provider = "cymer", .item = "light_source"});
    b.add(provides_input{.provider = "lam", .item = "etch_tool"});
    b.add(provides_input{.provider = "synopsys", .item = "eda"});
    b.add(provides_input{.provider = "empyrean", .item = "eda", .since = 2030y / 1 / 1});
    b.add(requires_input{.item = "kirin", .input = "node_n5"});
    b.add(requires_input{.item = "kirin", .input = "eda"});
    b.add(requires_input{.item = "node_n5", .input = "etch_tool", .capital = true});
    b.add(requires_input{.item = "node_n7", .input = "scanner", .capital = true});
    b.add(requires_input{.item = "scanner", .input = "light_source", .provider = "asml"});
    return b;
}

// The fab model, the Kirin 9000S on SMIC's N7 (made by HiSilicon), and three rules:
//   us_entity_list_huawei  2019-05-16  USA listing of HiSilicon, origin scope
//   us_fdp_huawei          2020-09-15  the same, foreign-direct-product scope
//   nl_duv                 2023-09-01  NLD: DUV immersion scanners to Chinese buyers
inline semichain::graph_builder fab_with_rules() {
    using namespace semichain;
    using namespace semichain::countries;
    using namespace std::chrono;
    graph_builder b = fab_model();
    b.add(item_input{.id = "kirin_9000s", .name = "Kirin 9000S", .kind = category::chip});
    b.add(provides_input{.provider = "hisilicon", .item = "kirin_9000s"});
    b.add(requires_input{.item = "kirin_9000s", .input = "node_n7"});
    b.add(requires_input{.item = "kirin_9000s", .input = "eda"});
    b.add(rule_input{.id = "us_entity_list_huawei", .kind = rule_kind::entity_listing, .authority = USA,
                     .effective = 2019y / 5 / 16, .targets = {"hisilicon"}});
    b.add(rule_input{.id = "us_fdp_huawei", .kind = rule_kind::entity_listing, .authority = USA,
                     .effective = 2020y / 9 / 15, .scope = rule_scope::cannot_be_made_without, .targets = {"hisilicon"}});
    b.add(rule_input{.id = "nl_duv", .kind = rule_kind::threshold, .authority = NLD, .effective = 2023y / 9 / 1,
                     .buyer_countries = {CHN}, .match = category::tool,
                     .conditions = {{.key = "tool_class", .op = condition_op::equals, .text = "duv_immersion_scanner"}}});
    return b;
}

}  // namespace test_support
