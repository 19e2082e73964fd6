// Scale and shape: a million offerings in a requirement chain 200 000 deep
// must build and analyse without deep recursion.
#include <semichain/algo/availability.hpp>
#include <semichain/algo/trace.hpp>
#include <semichain/graph/graph.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace semichain;
using namespace std::chrono;

TEST_CASE("a million offerings in a chain 200 000 items deep", "[scale]") {
    constexpr int items = 200'000, offerings_per_item = 5, companies = 1000;
    graph_builder b;
    const std::array<country, 4> lands{countries::USA, countries::JPN, countries::TWN, countries::CHN};
    for (int c = 0; c < companies; ++c)
        b.add(company_input{.id = "c" + std::to_string(c), .name = "Company " + std::to_string(c),
                            .location = lands[static_cast<std::size_t>(c % 4)], .roles = {role::materials}});
    for (int i = 0; i < items; ++i) {
        const std::string id = "x" + std::to_string(i);
        b.add(item_input{.id = id, .name = id, .kind = category::material});
        // Item i is offered by 5 companies, every 200th company apart.
        for (int k = 0; k < offerings_per_item; ++k)
            b.add(provides_input{.provider = "c" + std::to_string((i + 200 * k) % companies), .item = id});
        if (i + 1 < items) b.add(requires_input{.item = id, .input = "x" + std::to_string(i + 1)});
    }
    const graph g = b.build();
    const auto v = g.view();
    REQUIRE(v.offerings.size() == 1'000'000);
    REQUIRE(v.item_requirements.size() == items - 1);

    const auto top = v.item("x0");
    const auto bottom = v.item("x199999");
    CHECK(is_available(v, top, {}, {.as_of = 2024y / 1 / 1}));

    // Disrupting the five providers of the deepest item breaks all 200 000
    // levels above it, through the work list.
    std::vector<company_index> gone;
    for (const offering_index o : v.offerings_of(bottom)) gone.push_back(v.offerings[o].provider);
    const auto r = compute_availability(v, {.as_of = 2024y / 1 / 1, .disrupted = gone});
    CHECK_FALSE(r.item_available_to(top, {}));
    CHECK(r.reason(v.offerings_of(top).front()) == unavailability::input_unavailable);
    CHECK(r.reason_input(v.offerings_of(top).front()) == v.item("x1"));

    // The trace reaches the deepest item at tier 199 999.
    auto t = trace(v, top);
    const auto deepest = t.find(bottom);
    REQUIRE(deepest.has_value());
    CHECK(deepest->tier == items - 1);
}
