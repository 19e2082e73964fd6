// Loading benchmark: reads a semichain/1 file (--json=FILE) or the ETO CSV
// directory (--eto=DIR) `--repeat` times and prints, as one JSON line, the
// rows read (JSON: companies + items + provides + requires entries; ETO: the
// data rows of the five CSVs), the best and median seconds per load and rows/s.
// Peak memory is measured around it (run.sh runs it under /usr/bin/time -v
// with --repeat=1); the process's own getrusage peak is printed too.
//
//   bench_load --json=graph.json [--repeat=3]
//   bench_load --eto=../shared/datasets/eto [--repeat=200]
//   bench_load                   (loads nothing: the process's own peak memory)
#include <semichain/io/eto.hpp>
#include <semichain/io/json_load.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {
std::string read_all(const std::string& path) {
    std::ifstream in{path, std::ios::binary};
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
// Data rows of a CSV file: records, not lines (quoted fields hold newlines).
std::size_t csv_rows(const std::string& text) {
    std::size_t rows = 0;
    bool quoted = false, any = false;
    for (const char c : text) {
        if (c == '"') quoted = !quoted;
        if (c == '\n' && !quoted) {
            rows += any ? 1 : 0;
            any = false;
        } else if (c != '\r') {
            any = true;
        }
    }
    rows += any ? 1 : 0;
    return rows == 0 ? 0 : rows - 1;  // the header
}
}  // namespace

int main(int argc, char** argv) {
    std::string json, eto;
    int repeat = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a.rfind("--json=", 0) == 0) json = a.substr(7);
        else if (a.rfind("--eto=", 0) == 0) eto = a.substr(6);
        else if (a.rfind("--repeat=", 0) == 0) repeat = std::max(1, std::atoi(a.c_str() + 9));
        else {
            std::cerr << "bench_load: unknown argument " << a << '\n';
            return 2;
        }
    }
    if (json.empty() && eto.empty()) {  // nothing to load: the process's own footprint
        std::printf("{}\n");
        return 0;
    }
    std::vector<double> secs;
    std::size_t rows = 0, offerings = 0, bytes = 0;
    for (int r = 0; r < repeat; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        if (!json.empty()) {
            const semichain::graph g = semichain::load_model_file(json);
            const auto v = g.view();
            offerings = v.offerings.size();
            rows = v.companies.size() + v.items.size() + v.offerings.size() + v.item_requirements.size() +
                   v.offering_requirements.size();
        } else {
            const auto res = semichain::load_eto(std::filesystem::path{eto});
            offerings = res.model.view().offerings.size();
        }
        secs.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    if (!json.empty()) {
        bytes = std::filesystem::file_size(json);
    } else {
        for (const char* f : {"inputs.csv", "providers.csv", "provision.csv", "sequence.csv", "stages.csv"}) {
            const auto p = std::filesystem::path{eto} / f;
            if (!std::filesystem::exists(p)) continue;
            const std::string text = read_all(p.string());
            rows += csv_rows(text);
            bytes += text.size();
        }
    }
    std::sort(secs.begin(), secs.end());
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("{\"what\": \"%s\", \"rows\": %zu, \"bytes\": %zu, \"offerings\": %zu, \"repeat\": %d, \"best_s\": %.6f, "
                "\"median_s\": %.6f, \"rows_per_s\": %.0f, \"maxrss_kb\": %ld}\n",
                json.empty() ? "eto" : "json", rows, bytes, offerings, repeat, secs.front(), secs[secs.size() / 2],
                static_cast<double>(rows) / secs[secs.size() / 2], ru.ru_maxrss);
    return 0;
}
