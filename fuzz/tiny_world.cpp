// The command-line fuzzer's stand-in for the built-in world
// (tools/semichain/builtin_world.cpp): the tiny model of tiny_data.hpp,
// quick to analyse and quick to compile.
#include "builtin_world.hpp"
#include "tiny_data.hpp"

#include <semichain/io/json_load.hpp>

namespace semichain::cli {

graph_view builtin_world() noexcept {
    static const graph g = load_model(fuzz::tiny_model_json, "tiny.json");
    return g.view();
}

}  // namespace semichain::cli
