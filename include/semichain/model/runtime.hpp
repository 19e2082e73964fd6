// A compile-time model at run time: its input with owned strings, and a
// graph_builder holding it, whose try_build() lists every problem with ids.
//
//     std::vector<semichain::problem> errors;
//     auto g = semichain::to_graph_builder(tour).try_build(errors);
#pragma once

#include <semichain/graph/graph.hpp>
#include <semichain/graph/input.hpp>
#include <semichain/model/input.hpp>
#include <semichain/model/model.hpp>

#include <string>
#include <string_view>
#include <utility>

namespace semichain {

/// The same input with owned strings.
inline graph_input to_owned_input(const basic_graph_input<std::string_view>& in) {
    const auto s = [](std::string_view v) { return std::string{v}; };
    graph_input out;
    for (const auto& x : in.sources) out.sources.push_back({s(x.id), s(x.title), s(x.publisher), x.published, s(x.url)});
    for (const auto& x : in.companies)
        out.companies.push_back({s(x.id), s(x.name), x.location, x.roles, s(x.parent), s(x.source), x.certainty});
    for (const auto& x : in.items) {
        item_input it{s(x.id), s(x.name), x.kind, {}, s(x.source), x.certainty};
        for (const auto& a : x.attributes) it.attributes.push_back({s(a.key), a.is_number, a.number, s(a.text)});
        out.items.push_back(std::move(it));
    }
    for (const auto& x : in.provides)
        out.provides.push_back({s(x.provider), s(x.item), x.share, x.since, x.until, s(x.source), x.certainty});
    for (const auto& x : in.requires_)
        out.requires_.push_back({s(x.item), s(x.input), s(x.provider), x.weight, x.capital, s(x.source), x.certainty});
    for (const auto& x : in.owns) out.owns.push_back({s(x.parent), s(x.company), s(x.source), x.certainty});
    for (const auto& x : in.invests)
        out.invests.push_back({s(x.investor), s(x.company), x.on, x.stake, s(x.source), x.certainty});
    for (const auto& x : in.variants) out.variants.push_back({s(x.item), s(x.general), s(x.source), x.certainty});
    for (const auto& x : in.rules) {
        rule_input r{s(x.id), s(x.name), x.kind, x.authority, x.effective, x.scope, {},
                     x.buyer_countries, x.match, {}, s(x.source), x.certainty};
        for (const auto& t : x.targets) r.targets.push_back(s(t));
        for (const auto& c : x.conditions) r.conditions.push_back({s(c.key), c.op, c.is_number, c.number, s(c.text)});
        out.rules.push_back(std::move(r));
    }
    return out;
}

/// A builder holding every entity and relation of the model, in model order.
template <Model M>
graph_builder to_graph_builder(const M& m) {
    graph_input in = to_owned_input(to_graph_input(m));
    graph_builder b;
    for (auto& x : in.sources) b.add(std::move(x));
    for (auto& x : in.companies) b.add(std::move(x));
    for (auto& x : in.items) b.add(std::move(x));
    for (auto& x : in.provides) b.add(std::move(x));
    for (auto& x : in.requires_) b.add(std::move(x));
    for (auto& x : in.owns) b.add(std::move(x));
    for (auto& x : in.invests) b.add(std::move(x));
    for (auto& x : in.variants) b.add(std::move(x));
    for (auto& x : in.rules) b.add(std::move(x));
    return b;
}

}  // namespace semichain
