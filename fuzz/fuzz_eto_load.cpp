// libFuzzer target: the ETO CSV importer (io/eto.hpp) and the CSV reader
// under it (io/csv.hpp), on in-memory files.
//
// The input is the files one after the other, separated by lines holding
// only "=====": inputs.csv, providers.csv, provision.csv, sequence.csv and,
// when there is a fifth part, stages.csv (missing parts are empty files).
// The level (companies, countries, both) follows from the input's size.
//
// Any input must either import or throw semichain::load_error whose every
// problem names a file, a line and a rule (no other exception, crash, leak,
// hang or undefined behaviour). The CSV reader's
// records must start on increasing lines. An imported model must survive
// the round trip through semichain/1: written (io/json_write.hpp), loaded
// again and written again, it gives the same text.
#include <semichain/io/csv.hpp>
#include <semichain/io/eto.hpp>
#include <semichain/io/json_load.hpp>
#include <semichain/io/json_write.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {
[[noreturn]] void broken(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz_eto_load: %s\n%s\n", what, detail.c_str());
    std::abort();
}

/// The parts of `text` between lines "=====" (at most five).
std::vector<std::string> split_files(std::string_view text) {
    constexpr std::string_view sep = "\n=====\n";
    std::vector<std::string> parts;
    while (parts.size() < 4) {
        const auto at = text.find(sep);
        if (at == std::string_view::npos) break;
        parts.emplace_back(text.substr(0, at + 1));
        text.remove_prefix(at + sep.size());
    }
    parts.emplace_back(text);
    return parts;
}

void check_csv(std::string_view text) {
    try {
        const auto records = semichain::parse_csv_records(text, "fuzz.csv");
        std::size_t line = 0;
        for (const auto& r : records) {
            if (r.line <= line || r.fields.empty()) broken("CSV records out of order or empty", std::to_string(r.line));
            line = r.line;
        }
    } catch (const semichain::load_error& e) {
        if (e.file() != "fuzz.csv" || e.line() == 0) broken("a CSV error without its file or line", e.what());
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    const auto parts = split_files(text);
    check_csv(parts.front());

    constexpr std::array<const char*, 5> names{"inputs.csv", "providers.csv", "provision.csv", "sequence.csv", "stages.csv"};
    const auto part = [&](std::size_t i) {
        return semichain::eto_file{names[i], i < parts.size() ? parts[i] : std::string{}};
    };
    semichain::eto_files files{part(0), part(1), part(2), part(3), std::nullopt};
    if (parts.size() == 5) files.stages = part(4);
    constexpr std::array<semichain::eto_level, 3> levels{semichain::eto_level::companies, semichain::eto_level::countries,
                                                         semichain::eto_level::both};

    std::optional<semichain::eto_result> imported;
    try {
        imported.emplace(semichain::load_eto(files, {.level = levels[size % 3]}));
    } catch (const semichain::load_error& e) {
        if (e.problems().empty()) broken("a load_error without problems", e.what());
        for (const auto& p : e.problems())
            if (p.file.empty() || p.line == 0 || p.rule.empty()) broken("a problem without its file, line or rule", p.describe());
        return 0;
    }
    const std::string once = semichain::write_model(imported->model.view());
    std::optional<semichain::graph> again;
    try {
        again.emplace(semichain::load_model(once, "written.json"));
    } catch (const semichain::load_error& e) {
        broken("the imported model, written, does not load", std::string{e.what()} + "\n--- written:\n" + once);
    }
    const std::string twice = semichain::write_model(again->view());
    if (once != twice) broken("the round trip changed the model", "--- first:\n" + once + "--- second:\n" + twice);
    return 0;
}
