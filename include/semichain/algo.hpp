// The algorithm layer: scenarios, controls, availability, reachability,
// dependency traces, blocks in a chain, chokepoints, concentration,
// self-sufficiency, timelines.
#pragma once

#include <semichain/algo/availability.hpp>
#include <semichain/algo/blocks.hpp>
#include <semichain/algo/chokepoints.hpp>
#include <semichain/algo/concentration.hpp>
#include <semichain/algo/controls.hpp>
#include <semichain/algo/reach.hpp>
#include <semichain/algo/scenario.hpp>
#include <semichain/algo/self_sufficiency.hpp>
#include <semichain/algo/timeline.hpp>
#include <semichain/algo/trace.hpp>
