// Writes a layered synthetic graph (layered_graph.hpp) for the other tools:
//   --json=FILE   as a semichain/1 document (for the loading benchmark)
//   --edges=FILE  as an item → input edge list, "from to" per line, item
//                 indices; the first line is "# items <n> root <t0_0's index>"
//                 (for the NetworkX script; items without an offering have no
//                 out-edges, as in semichain's reachability)
//
//   bench_export --offerings=1000000 [--back-edges=8] [--json=F] [--edges=F]
#include "layered_graph.hpp"

#include <semichain/io/json_write.hpp>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    using namespace semichain;
    bench::layered_options opt{.back_edges = 8};
    std::string json, edges;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto value = [&](const char* key) { return a.rfind(key, 0) == 0 ? a.substr(std::strlen(key)) : std::string{}; };
        if (a.rfind("--offerings=", 0) == 0) opt.offerings = std::strtoull(value("--offerings=").c_str(), nullptr, 10);
        else if (a.rfind("--back-edges=", 0) == 0) opt.back_edges = std::strtoull(value("--back-edges=").c_str(), nullptr, 10);
        else if (a.rfind("--json=", 0) == 0) json = value("--json=");
        else if (a.rfind("--edges=", 0) == 0) edges = value("--edges=");
        else {
            std::cerr << "bench_export: unknown argument " << a << '\n';
            return 2;
        }
    }
    const graph g = bench::make_layered(opt);
    const graph_view v = g.view();
    if (!json.empty()) {
        std::ofstream out{json, std::ios::binary};
        out << write_model(v);
        if (!out) return 1;
    }
    if (!edges.empty()) {
        std::FILE* f = std::fopen(edges.c_str(), "w");
        if (f == nullptr) return 1;
        std::fprintf(f, "# items %zu root %u\n", v.items.size(), v.item("t0_0").value());
        for (const item_index x : v.items.indices()) {
            const auto os = v.offerings_of(x);
            if (os.empty()) continue;
            for (const auto& r : v.requirements_of_item(x)) std::fprintf(f, "%u %u\n", x.value(), r.input.value());
            for (const offering_index o : os)
                for (const auto& r : v.requirements_of_offering(o)) std::fprintf(f, "%u %u\n", x.value(), r.input.value());
        }
        if (std::fclose(f) != 0) return 1;
    }
    std::cout << "{\"offerings\": " << v.offerings.size() << ", \"items\": " << v.items.size()
              << ", \"companies\": " << v.companies.size() << ", \"item_requirements\": " << v.item_requirements.size()
              << ", \"offering_requirements\": " << v.offering_requirements.size() << "}\n";
    return 0;
}
