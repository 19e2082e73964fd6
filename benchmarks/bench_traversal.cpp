// Reachability and availability on a layered synthetic supply graph, beside a
// hand-written CSR breadth-first search over the same arrays (the baseline).
//
//   build/release/benchmarks/bench_traversal --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <semichain/algo/availability.hpp>
#include <semichain/algo/trace.hpp>
#include <semichain/graph/graph.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace semichain;

// "c12", "t3_45": appended, not concatenated (GCC 12 warns falsely on
// operator+ with a literal at -O2).
std::string numbered(const char* prefix, std::size_t n) {
    std::string s{prefix};
    s += std::to_string(n);
    return s;
}

// Eight tiers of items; each item has `alternatives` offerings from distinct
// companies and requires `fan_out` items of the next tier (the last tier
// requires nothing). Deterministic: a fixed linear congruential sequence.
graph make_layered(std::size_t offerings_target, std::size_t alternatives = 3, std::size_t fan_out = 10) {
    constexpr std::size_t tiers = 8, companies = 1000;
    const std::size_t per_tier = std::max<std::size_t>(fan_out, offerings_target / (tiers * alternatives));
    std::uint64_t state = 42;
    const auto next = [&state](std::size_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>((state >> 33) % n);
    };
    graph_builder b;
    const country lands[4] = {countries::USA, countries::JPN, countries::TWN, countries::CHN};
    for (std::size_t c = 0; c < companies; ++c)
        b.add(company_input{.id = numbered("c", c), .name = "c", .location = lands[c % 4], .roles = {role::materials}});
    const auto id = [](std::size_t tier, std::size_t i) {
        std::string s = numbered("t", tier);
        s += '_';
        s += std::to_string(i);
        return s;
    };
    for (std::size_t t = 0; t < tiers; ++t)
        for (std::size_t i = 0; i < per_tier; ++i) {
            b.add(item_input{.id = id(t, i), .name = "x", .kind = category::material});
            for (std::size_t k = 0; k < alternatives; ++k)
                b.add(provides_input{.provider = numbered("c", (i * alternatives + k) % companies), .item = id(t, i)});
            if (t + 1 < tiers)
                for (std::size_t k = 0; k < fan_out; ++k) b.add(requires_input{.item = id(t, i), .input = id(t + 1, next(per_tier))});
        }
    return b.build();
}

const graph& layered(std::size_t size) {
    static std::map<std::size_t, std::unique_ptr<graph>> cache;
    auto& g = cache[size];
    if (!g) g = std::make_unique<graph>(make_layered(size));
    return *g;
}

// Baseline: items reachable from one item, by a plain BFS over the CSR arrays.
std::size_t baseline_reachable(const graph_view& g, index_t root) {
    std::vector<std::uint8_t> seen(g.items.size(), 0);
    std::vector<index_t> queue{root};
    seen[root] = 1;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const index_t x = queue[head];
        for (const auto& r : g.requirements_of_item(x))
            if (!seen[r.input]) { seen[r.input] = 1; queue.push_back(r.input); }
        for (index_t o = g.item_offerings_begin[x]; o < g.item_offerings_begin[x + 1]; ++o)
            for (const auto& r : g.requirements_of_offering(o))
                if (!seen[r.input]) { seen[r.input] = 1; queue.push_back(r.input); }
    }
    return queue.size();
}

void BM_reachability_baseline_csr_bfs(benchmark::State& state) {
    const auto v = layered(static_cast<std::size_t>(state.range(0))).view();
    const index_t root = v.find_item("t0_0");
    for (auto _ : state) benchmark::DoNotOptimize(baseline_reachable(v, root));
    state.counters["offerings"] = static_cast<double>(v.offerings.size());
}

void BM_reachability_semichain_trace(benchmark::State& state) {
    const auto v = layered(static_cast<std::size_t>(state.range(0))).view();
    const index_t root = v.find_item("t0_0");
    for (auto _ : state) {
        std::size_t n = 0;
        for (const auto& e : trace(v, root)) n += e.item != no_index ? 1 : 0;
        benchmark::DoNotOptimize(n);
    }
}

void BM_availability(benchmark::State& state) {
    const auto v = layered(static_cast<std::size_t>(state.range(0))).view();
    using namespace std::chrono;
    for (auto _ : state) benchmark::DoNotOptimize(compute_availability(v, {.as_of = 2024y / 1 / 1}).available(0));
    state.counters["offerings"] = static_cast<double>(v.offerings.size());
    state.counters["requirement_links"] = static_cast<double>(v.dependents.size());
}

}  // namespace

BENCHMARK(BM_reachability_baseline_csr_bfs)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_reachability_semichain_trace)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_availability)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
