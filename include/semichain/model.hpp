// The compile-time model: entities as types, relations as typed values, a
// model made of both, and its lowering to a static constexpr graph.
#pragma once

#include <semichain/core/control.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/graph/array_graph.hpp>
#include <semichain/model/errors.hpp>
#include <semichain/model/input.hpp>
#include <semichain/model/lower.hpp>
#include <semichain/model/model.hpp>
#include <semichain/model/relations.hpp>
#include <semichain/model/runtime.hpp>
