// libFuzzer target: the semichain/1 JSON loader (io/json_load.hpp).
//
// Any input must either load or throw semichain::load_error naming the file
// (no other exception, crash, leak, hang or undefined behaviour). A model
// that loads must survive the round trip: writing it (io/json_write.hpp) and
// loading the text again gives a model that writes to the same text.
//
// A small model that loads (at most 32 items and 128 offerings) is also
// analysed, item by item: availability, the trace, concentration, the
// self-sufficiency of the first company's country (shares in [0, 1]) and the
// chokepoint sets up to order 2 (at most 20 000 cut sets held, else
// search_limit_exceeded), each of which must make the item unavailable while
// no proper subset does.
#include <semichain/algo/availability.hpp>
#include <semichain/algo/chokepoints.hpp>
#include <semichain/algo/concentration.hpp>
#include <semichain/algo/self_sufficiency.hpp>
#include <semichain/algo/trace.hpp>
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

void analyse(const semichain::graph_view& v) {
    using namespace semichain;
    using namespace std::chrono;
    if (v.items.size() > 32 || v.offerings.size() > 128) return;
    const company_index buyer = v.companies.empty() ? company_index::none() : company_index{0};
    bloc home;
    if (!buyer.is_none() && v.companies[buyer].location) home.insert(*v.companies[buyer].location);
    for (const date at : {2019y / May / 16, 2024y / January / 1}) {
        const scenario base{.as_of = at};
        const availability_result r = compute_availability(v, base);
        for (const item_index x : v.items.indices()) {
            const std::string id{v.items[x].id};
            auto t = trace(v, x);
            for (std::size_t i = 0; t.entry(i); ++i) {}
            auto tr = trace(r, x, buyer);
            for (std::size_t i = 0; tr.entry(i); ++i) {}
            const auto c = concentration(v, x, at);
            if (c.hhi_company && !(*c.hhi_company >= 0.0)) broken("a negative HHI", id);
            const auto s = self_sufficiency(v, x, buyer, home, base);
            if (!(s.value_share.share >= -1e-9 && s.value_share.share <= 1.0 + 1e-9))
                broken("a domestic value share outside [0, 1]", id + ": " + std::to_string(s.value_share.share));
            if (!(s.coverage.plain >= 0.0 && s.coverage.plain <= 1.0)) broken("a coverage outside [0, 1]", id);

            chokepoint_result k;
            try {
                k = chokepoint_sets(v, {.item = x, .buyer = buyer, .base = base, .max_order = 2, .max_sets = 20'000});
            } catch (const search_limit_exceeded&) {
                continue;
            }
            if (k.available_at_baseline != r.item_available_to(x, buyer)) broken("chokepoints and availability disagree", id);
            for (const auto& set : k.company_sets()) {
                const auto fails = [&](const std::vector<company_index>& members) {
                    scenario sc = base;
                    sc.disrupted = members;
                    return !compute_availability(v, sc).item_available_to(x, buyer);
                };
                if (!fails(set)) broken("a chokepoint set that does not stop the item", id);
                for (std::size_t m = 0; m < set.size(); ++m) {
                    auto smaller = set;
                    smaller.erase(smaller.begin() + static_cast<std::ptrdiff_t>(m));
                    if (fails(smaller)) broken("a chokepoint set that is not minimal", id);
                }
            }
        }
    }
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
    analyse(loaded->model.view());
    return 0;
}
