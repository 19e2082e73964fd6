// The README's first example: build a graph at run time and ask whether a chip is available.
#include <semichain/algo/availability.hpp>
#include <semichain/graph.hpp>

using namespace semichain;
using namespace semichain::countries;
using namespace std::chrono;

int main() {
    graph_builder b;
    b.add(company_input{.id = "a", .name = "A", .location = USA, .roles = {role::materials}});
    b.add(company_input{.id = "b", .name = "B", .location = JPN, .roles = {role::materials}});
    b.add(company_input{.id = "m", .name = "M", .location = TWN, .roles = {role::foundry}});
    b.add(item_input{.id = "wafer", .name = "Wafer", .kind = category::material});
    b.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
    b.add(provides_input{.provider = "a", .item = "wafer", .share = 0.6});
    b.add(provides_input{.provider = "b", .item = "wafer", .share = 0.4});
    b.add(provides_input{.provider = "m", .item = "chip", .share = 1.0});
    b.add(requires_input{.item = "chip", .input = "wafer", .weight = 0.3});
    const graph g = b.build();          // every broken rule is reported at once
    const graph_view v = g.view();

    const item_index chip = v.item("chip");   // a typed index; a misspelt id throws not_found
    bool ok = is_available(v, chip, {}, {.as_of = 2024y / 1 / 1});                 // true (any buyer)
    bool gone = is_available(v, chip, {}, {.as_of = 2024y / 1 / 1,
                                           .disrupted_countries = {USA, JPN}});     // false
    return ok && !gone ? 0 : 1;
}
