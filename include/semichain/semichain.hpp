// The whole public library: vocabulary, the compile-time model, graphs,
// algorithms, input/output, reports and the built-in world.
//
// Dependencies beyond the standard library: range-v3 (everywhere);
// nlohmann_json (3.x) for
// the JSON loader and writer (io/json_load.hpp, io/json_write.hpp) and the
// JSON report writer (report/json.hpp). Include the layer headers
// (<semichain/algo.hpp>, …) or single headers to need less; the built-in
// world (<semichain/world.hpp>) costs several seconds of compile time.
#pragma once

#include <semichain/algo.hpp>
#include <semichain/core.hpp>
#include <semichain/graph.hpp>
#include <semichain/io.hpp>
#include <semichain/model.hpp>
#include <semichain/model/runtime.hpp>
#include <semichain/report.hpp>
#include <semichain/world.hpp>
