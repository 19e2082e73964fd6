// Reachability and availability on layered synthetic supply graphs
// (layered_graph.hpp), each beside its baselines in the same process:
//
//  reach/*: the items reachable from t0_0 —
//    baseline_csr_bfs      a hand-written BFS over semichain's CSR arrays
//    semichain_reachable   semichain::reachable (algo/reach.hpp), a fresh buffer per search
//    semichain_reachable_reused   the same with one reach_buffer for every search
//    semichain_reach_index  semichain::reachable over a reach_index (compacted edges, built
//                          once, outside the timing, like Boost.Graph's CSR graph)
//    semichain_trace       walking semichain::trace (tier, parent, offering, country per item)
//    bgl_csr_bfs           boost::breadth_first_search on a compressed_sparse_row_graph of
//                          the same item → input edges (built once, outside the timing)
//  availability/*:
//    semichain             compute_availability (the greatest fixpoint)
//    sequential_read       one pass over every array the fixpoint reads (the floor)
//
//   bench_traversal [--sizes=10000,100000,1000000] [--back-edges=8] [Google Benchmark flags]
#include "baseline.hpp"
#include "layered_graph.hpp"

#include <semichain/algo/availability.hpp>
#include <semichain/algo/reach.hpp>
#include <semichain/algo/trace.hpp>
#include <semichain/graph/graph.hpp>

#include <benchmark/benchmark.h>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace semichain;

std::size_t back_edges = 8;

const graph& layered(std::size_t size) {
    static std::map<std::size_t, std::unique_ptr<graph>> cache;
    auto& g = cache[size];
    if (!g) g = std::make_unique<graph>(bench::make_layered({.offerings = size, .back_edges = back_edges}));
    return *g;
}

std::size_t requirement_links(const graph_view& v) { return v.dependents.size(); }

using bench::baseline_reachable;

void BM_reach_baseline(benchmark::State& state, std::size_t size) {
    const auto v = layered(size).view();
    const item_index root = v.item("t0_0");
    std::size_t n = 0;
    for (auto _ : state) benchmark::DoNotOptimize(n = baseline_reachable(v, root));
    state.counters["items_reached"] = static_cast<double>(n);
    state.counters["offerings"] = static_cast<double>(v.offerings.size());
    state.counters["requirement_links"] = static_cast<double>(requirement_links(v));
}

void BM_reach_semichain(benchmark::State& state, std::size_t size) {
    const auto v = layered(size).view();
    const item_index root = v.item("t0_0");
    std::size_t n = 0;
    for (auto _ : state) {
        reach_buffer buf;
        benchmark::DoNotOptimize(n = reachable(v, root, buf).size());
    }
    state.counters["items_reached"] = static_cast<double>(n);
}

void BM_reach_semichain_reused(benchmark::State& state, std::size_t size) {
    const auto v = layered(size).view();
    const item_index root = v.item("t0_0");
    reach_buffer buf;
    std::size_t n = 0;
    for (auto _ : state) benchmark::DoNotOptimize(n = reachable(v, root, buf).size());
    state.counters["items_reached"] = static_cast<double>(n);
}

void BM_reach_index(benchmark::State& state, std::size_t size) {
    const auto v = layered(size).view();
    const item_index root = v.item("t0_0");
    const reach_index ix{v};
    reach_buffer buf;
    std::size_t n = 0;
    for (auto _ : state) benchmark::DoNotOptimize(n = reachable(ix, root, buf).size());
    state.counters["items_reached"] = static_cast<double>(n);
    state.counters["edges"] = static_cast<double>(ix.edges());
}

void BM_reach_trace(benchmark::State& state, std::size_t size) {
    const auto v = layered(size).view();
    const item_index root = v.item("t0_0");
    std::size_t n = 0;
    for (auto _ : state) {
        n = 0;
        for (const auto& e : trace(v, root)) n += e.item.is_none() ? 0 : 1;
        benchmark::DoNotOptimize(n);
    }
    state.counters["items_reached"] = static_cast<double>(n);
}

// Boost.Graph: the same item → input edges (items without an offering are
// dead ends, as in semichain) in a compressed_sparse_row_graph.
using bgl_graph = boost::compressed_sparse_row_graph<boost::directedS>;

std::unique_ptr<bgl_graph> to_bgl(const graph_view& v) {
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    edges.reserve(v.item_requirements.size() + v.offering_requirements.size());
    for (const item_index x : v.items.indices()) {
        const auto os = v.offerings_of(x);
        if (os.empty()) continue;
        for (const auto& r : v.requirements_of_item(x)) edges.emplace_back(x.value(), r.input.value());
        for (const offering_index o : os)
            for (const auto& r : v.requirements_of_offering(o)) edges.emplace_back(x.value(), r.input.value());
    }
    return std::make_unique<bgl_graph>(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), v.items.size());
}

struct discover_counter : boost::default_bfs_visitor {
    std::size_t* count;
    template <class V, class G>
    void discover_vertex(V, const G&) const { ++*count; }
};

void BM_reach_bgl(benchmark::State& state, std::size_t size) {
    const auto v = layered(size).view();
    const item_index root = v.item("t0_0");
    const auto g = to_bgl(v);
    std::vector<boost::default_color_type> colors(boost::num_vertices(*g));
    std::size_t n = 0;
    for (auto _ : state) {
        n = 0;
        boost::breadth_first_search(
            *g, root.value(),
            boost::visitor(discover_counter{{}, &n})
                .color_map(boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, *g))));
        benchmark::DoNotOptimize(n);
    }
    state.counters["items_reached"] = static_cast<double>(n);
    state.counters["edges"] = static_cast<double>(boost::num_edges(*g));
}

void BM_availability(benchmark::State& state, std::size_t size) {
    const auto v = layered(size).view();
    using namespace std::chrono;
    bool ok = false;
    for (auto _ : state) {
        const auto r = compute_availability(v, {.as_of = 2024y / 1 / 1});
        benchmark::DoNotOptimize(ok = r.item_available_to(v.item("t0_0"), company_index::none()));
    }
    if (!ok) state.SkipWithError("t0_0 should be available");
    state.counters["offerings"] = static_cast<double>(v.offerings.size());
    state.counters["requirement_links"] = static_cast<double>(requirement_links(v));
}

// The floor: read once, in order, every array the fixpoint reads.
std::uint64_t sequential_read(const graph_view& v) {
    std::uint64_t sum = 0;
    for (const auto& o : v.offerings)
        sum += o.provider.value() + o.item.value() + static_cast<std::uint64_t>(o.since + o.until);
    for (const auto& r : v.item_requirements) sum += r.input.value() + (r.capital ? 1U : 0U);
    for (const auto& r : v.offering_requirements) sum += r.input.value() + (r.capital ? 1U : 0U);
    for (const index_value x : v.item_offerings_begin) sum += x;
    for (const index_value x : v.item_requirements_begin) sum += x;
    for (const index_value x : v.offering_requirements_begin) sum += x;
    for (const offering_index x : v.dependents) sum += x.value();
    for (const index_value x : v.dependents_begin) sum += x;
    for (const auto& c : v.companies) sum += c.location ? 1U : 0U;
    return sum;
}

void BM_sequential_read(benchmark::State& state, std::size_t size) {
    const auto v = layered(size).view();
    for (auto _ : state) benchmark::DoNotOptimize(sequential_read(v));
    const std::size_t bytes = v.offerings.span().size_bytes() + v.item_requirements.size_bytes() +
                              v.offering_requirements.size_bytes() + v.item_offerings_begin.size_bytes() +
                              v.item_requirements_begin.size_bytes() + v.offering_requirements_begin.size_bytes() +
                              v.dependents.size_bytes() + v.dependents_begin.size_bytes() + v.companies.span().size_bytes();
    state.counters["bytes"] = static_cast<double>(bytes);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes{10'000, 100'000, 1'000'000};
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--sizes=", 8) == 0) sizes = bench::parse_sizes(argv[i] + 8);
        else if (std::strncmp(argv[i], "--back-edges=", 13) == 0) back_edges = std::strtoull(argv[i] + 13, nullptr, 10);
        else rest.push_back(argv[i]);
    }
    for (const std::size_t n : sizes) {
        const std::string s = std::to_string(n);
        // Side by side: the variants of one size run one after the other.
        benchmark::RegisterBenchmark(("reach/baseline_csr_bfs/" + s).c_str(), BM_reach_baseline, n)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("reach/semichain_reachable/" + s).c_str(), BM_reach_semichain, n)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("reach/semichain_reachable_reused/" + s).c_str(), BM_reach_semichain_reused, n)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("reach/semichain_reach_index/" + s).c_str(), BM_reach_index, n)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("reach/semichain_trace/" + s).c_str(), BM_reach_trace, n)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("reach/bgl_csr_bfs/" + s).c_str(), BM_reach_bgl, n)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("availability/semichain/" + s).c_str(), BM_availability, n)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("availability/sequential_read/" + s).c_str(), BM_sequential_read, n)->Unit(benchmark::kMillisecond);
    }
    int rest_argc = static_cast<int>(rest.size());
    benchmark::Initialize(&rest_argc, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
