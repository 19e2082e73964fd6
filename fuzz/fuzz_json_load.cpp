// libFuzzer target: the semichain/1 JSON loader (io/json_load.hpp).
//
// Any input must either load or throw semichain::load_error naming the file
// (no other exception, crash, leak, hang or undefined behaviour). A model
// that loads must survive the round trip: writing it (io/json_write.hpp) and
// loading the text again gives a model that writes to the same text.
#include <semichain/io/json_load.hpp>
#include <semichain/io/json_write.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace {
[[noreturn]] void broken(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_json_load: %s\n%s\n", what, detail.c_str());
    std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    std::optional<semichain::load_result> loaded;
    try {
        loaded.emplace(semichain::load_model_with_warnings(text, "fuzz.json"));
    } catch (const semichain::load_error& e) {
        if (e.problems().empty()) broken("a load_error without problems", e.what());
        for (const auto& p : e.problems())
            if (p.file != "fuzz.json" || p.rule.empty()) broken("a problem without its file or rule", p.describe());
        return 0;
    }
    const std::string once = semichain::write_model(loaded->model.view());
    std::optional<semichain::graph> again;
    try {
        again.emplace(semichain::load_model(once, "written.json"));
    } catch (const semichain::load_error& e) {
        broken("the written model does not load", std::string{e.what()} + "\n--- written:\n" + once);
    }
    const std::string twice = semichain::write_model(again->view());
    if (once != twice) broken("the round trip changed the model", "--- first:\n" + once + "--- second:\n" + twice);
    return 0;
}
