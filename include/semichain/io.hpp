// Reading and writing models: the semichain/1 JSON loader and writer, the
// ETO CSV importer and the CSV reader it uses. Opt-in: the JSON headers need
// nlohmann_json (3.x); the CSV reader and the ETO importer need nothing
// beyond the standard library. Include one of them alone to avoid the JSON
// dependency.
#pragma once

#include <semichain/io/csv.hpp>
#include <semichain/io/eto.hpp>
#include <semichain/io/json_load.hpp>
#include <semichain/io/json_write.hpp>
#include <semichain/io/load_error.hpp>
#include <semichain/io/status_filter.hpp>
