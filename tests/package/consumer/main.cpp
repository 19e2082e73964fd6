// A tiny embedder of the installed package: builds a two-company graph and
// checks a few values. Exits 0 only if they all check out.
#include <semichain/core.hpp>
#include <semichain/graph.hpp>

#include <exception>
#include <iostream>

int main() {
    using namespace semichain;
    using namespace semichain::countries;
    try {
        graph_builder b;
        b.add(company_input{.id = "fab", .name = "Fab", .location = TWN, .roles = {role::foundry}});
        b.add(company_input{.id = "supplier", .name = "Supplier", .location = JPN, .roles = {role::materials}});
        b.add(item_input{.id = "wafer", .name = "Wafer", .kind = category::material});
        b.add(item_input{.id = "chip", .name = "Chip", .kind = category::chip});
        b.add(provides_input{.provider = "supplier", .item = "wafer", .share = 1.0});
        b.add(provides_input{.provider = "fab", .item = "chip", .share = 1.0});
        b.add(requires_input{.item = "chip", .input = "wafer", .weight = 0.5});
        const graph g = b.build();
        const graph_view v = g.view();

        // Each look-up throws semichain::not_found if the id names nothing.
        const item_index chip = v.item("chip"), wafer = v.item("wafer");
        const company_index supplier = v.company("supplier");
        const bool ok = v.companies.size() == 2 && v.items.size() == 2 && v.find_company("supplier").has_value() &&
                        v.companies[supplier].location == JPN && JPN.code() == "JPN" &&
                        v.requirements_of_item(chip).size() == 1 &&
                        v.requirements_of_item(chip)[0].input == wafer &&
                        v.requirements_of_item(chip)[0].weight == 0.5 &&
                        v.offerings[v.find_offering(supplier, wafer)].share == 1.0;
        std::cout << "semichain consumer: " << v.companies.size() << " companies, " << v.items.size()
                  << " items: " << (ok ? "ok" : "WRONG") << '\n';
        return ok ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "semichain consumer: " << e.what() << '\n';
        return 1;
    }
}
