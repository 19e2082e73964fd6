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
    return convert_input<std::string>(in, [](std::string_view v) { return std::string{v}; });
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
