// ZBDDs (detail/zbdd.hpp): Minato's family algebra and Rauzy's minimal /
// without, checked by hand, against brute force over every subset, and
// against the explicit families of detail/cut_sets.hpp.
#include <semichain/algo/detail/cut_sets.hpp>
#include <semichain/algo/detail/zbdd.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace semichain::detail;

namespace {

using sets_t = std::vector<std::vector<zvar>>;

/// splitmix64: deterministic on every standard library.
struct rng {
    std::uint64_t s;
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(next() % n); }
};

/// Bit masks (bit i: variable i) ↔ sets, sorted by size then lexicographically.
std::vector<zvar> bits_to_set(std::uint32_t m) {
    std::vector<zvar> s;
    for (zvar v = 0; m != 0; ++v, m >>= 1)
        if (m & 1U) s.push_back(v);
    return s;
}
bool canonical_less(const std::vector<zvar>& a, const std::vector<zvar>& b) { return set_less(a, b); }
sets_t to_sorted_sets(const std::vector<std::uint32_t>& masks) {
    sets_t out;
    for (const std::uint32_t m : masks) out.push_back(bits_to_set(m));
    std::sort(out.begin(), out.end(), canonical_less);
    return out;
}

/// A family over n ≤ 10 variables as a membership table of its 2^n subsets.
using table_t = std::vector<std::uint8_t>;
sets_t table_sets(const table_t& t) {
    std::vector<std::uint32_t> ms;
    for (std::uint32_t m = 0; m < t.size(); ++m)
        if (t[m]) ms.push_back(m);
    return to_sorted_sets(ms);
}
zbdd from_table(zbdd_manager& z, const table_t& t) {
    zbdd f = zbdd_manager::bottom;
    for (std::uint32_t m = 0; m < t.size(); ++m)
        if (t[m]) f = z.unite(f, z.make_set(bits_to_set(m)));
    return f;
}

/// A random monotone formula: gates over variables 0..n-1, ⊥ and ⊤ and
/// earlier gates; the last gate is the top.
struct gate {
    enum kind_t { var, never, always, or_, and_ } kind;
    zvar v = 0;
    std::vector<std::size_t> in;
};
std::vector<gate> random_formula(rng& r, std::uint32_t n) {
    std::vector<gate> g;
    for (zvar v = 0; v < n; ++v) g.push_back({gate::var, v, {}});
    g.push_back({gate::never, 0, {}});
    g.push_back({gate::always, 0, {}});
    const std::size_t leaves = g.size();
    const std::uint32_t inner = 3 + r.below(8);
    for (std::uint32_t i = 0; i < inner; ++i) {
        // Two ORs of variables first; then gates of either kind over mostly
        // earlier gates, a variable or a constant now and then; the top an
        // AND of gates.
        const bool last = i + 1 == inner;
        gate x{last ? gate::and_ : i < 2 || r.below(2) ? gate::or_ : gate::and_, 0, {}};
        const std::uint32_t fan = 2 + r.below(3);
        for (std::uint32_t j = 0; j < fan; ++j) {
            const std::uint32_t pick = r.below(40);
            const auto gates = static_cast<std::uint32_t>(g.size() - leaves);
            if (pick == 0 && !last) x.in.push_back(n + r.below(2));
            else if (i < 2 || (pick < 12 && !last)) x.in.push_back(r.below(n));
            else x.in.push_back(leaves + r.below(gates));
        }
        g.push_back(x);
    }
    return g;
}
/// Does the formula's top fail when the variables of `failed` fail?
bool fails(const std::vector<gate>& g, std::uint32_t failed) {
    std::vector<std::uint8_t> f(g.size(), 0);
    for (std::size_t i = 0; i < g.size(); ++i) {
        const gate& x = g[i];
        switch (x.kind) {
        case gate::var: f[i] = (failed >> x.v) & 1U; break;
        case gate::never: f[i] = 0; break;
        case gate::always: f[i] = 1; break;
        case gate::or_: f[i] = std::any_of(x.in.begin(), x.in.end(), [&](std::size_t c) { return f[c] != 0; }); break;
        case gate::and_: f[i] = std::all_of(x.in.begin(), x.in.end(), [&](std::size_t c) { return f[c] != 0; }); break;
        }
    }
    return f.back() != 0;
}
/// The minimal cut sets of size ≤ k, by trying all 2^n subsets.
sets_t brute_force_mcs(const std::vector<gate>& g, std::uint32_t n, std::uint32_t k) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t m = 0; m < (1U << n); ++m) {
        if (static_cast<std::uint32_t>(std::popcount(m)) > k || !fails(g, m)) continue;
        bool minimal = true;
        for (std::uint32_t rest = m; rest != 0 && minimal; rest &= rest - 1)
            if (fails(g, m & ~(rest & (~rest + 1)))) minimal = false;
        if (minimal) out.push_back(m);
    }
    return to_sorted_sets(out);
}
/// The same, gate by gate on ZBDDs.
zbdd zbdd_mcs(zbdd_manager& z, const std::vector<gate>& g, std::uint32_t k) {
    std::vector<zbdd> f(g.size());
    for (std::size_t i = 0; i < g.size(); ++i) {
        const gate& x = g[i];
        switch (x.kind) {
        case gate::var: f[i] = z.single(x.v); break;
        case gate::never: f[i] = zbdd_manager::bottom; break;
        case gate::always: f[i] = zbdd_manager::top; break;
        case gate::or_:
            f[i] = zbdd_manager::bottom;
            for (const std::size_t c : x.in) f[i] = z.gate_or(f[i], f[c]);
            break;
        case gate::and_:
            f[i] = zbdd_manager::top;
            for (const std::size_t c : x.in) f[i] = z.gate_and(f[i], f[c], k);
            break;
        }
    }
    return f.back();
}

/// A random canonical cut_family: random sets of size 1..k over n variables, minimised.
cut_family random_family(rng& r, std::uint32_t n, std::uint32_t k) {
    cut_family raw, out;
    const std::uint32_t count = r.below(9);
    for (std::uint32_t i = 0; i < count; ++i) {
        std::vector<member_t> s;
        const std::uint32_t size = 1 + r.below(k);
        for (std::uint32_t j = 0; j < size; ++j) s.push_back(r.below(n));
        std::sort(s.begin(), s.end());
        s.erase(std::unique(s.begin(), s.end()), s.end());
        raw.push(s);
    }
    if (r.below(16) == 0) raw.push({});
    minimize(raw, false, out);
    return out;
}
zbdd from_family(zbdd_manager& z, const cut_family& f) {
    zbdd out = zbdd_manager::bottom;
    for (std::size_t i = 0; i < f.size(); ++i) out = z.unite(out, z.make_set(f[i]));
    return out;
}
cut_family to_family(const zbdd_manager& z, zbdd f) {
    cut_family out;
    z.for_each_set(f, [&](std::span<const zvar> s) { out.push(s); });
    return out;
}
struct no_budget {
    constexpr void check(std::size_t) const noexcept {}
};

std::string show(const sets_t& sets) {
    std::string out;
    for (const auto& s : sets) {
        out += '{';
        for (std::size_t i = 0; i < s.size(); ++i) out += (i ? "," : "") + std::to_string(s[i]);
        out += "} ";
    }
    return out;
}

/// AND(OR(a, b), OR(a, c)) with a, b, c = 0, 1, 2: fails when a fails, or
/// when b and c both fail; {a}, {b, c} (and {a, b}, {a, c}, {a, b, c}
/// contain {a}, so are not minimal).
constexpr bool and_of_ors_at_compile_time() {
    zbdd_manager z;
    const zbdd ab = z.gate_or(z.single(0), z.single(1));
    const zbdd ac = z.gate_or(z.single(0), z.single(2));
    const zbdd top = z.gate_and(ab, ac, 3);
    const std::vector<std::uint64_t> by_order = z.count_by_order(top);
    return z.to_sets(top) == sets_t{{0}, {1, 2}} && by_order == std::vector<std::uint64_t>{0, 1, 1} && z.count(top) == 2 &&
           z.to_sets(z.gate_and(ab, ac, 1)) == sets_t{{0}};
}

/// AND(OR(0..19), OR(20..39)) at order 2: the 400 pairs; enough nodes to
/// grow the unique table and the cache during constant evaluation.
constexpr bool pairs_at_compile_time() {
    zbdd_manager z;
    std::vector<zvar> low, high;
    for (zvar v = 0; v < 20; ++v) {
        low.push_back(v);
        high.push_back(v + 20);
    }
    const zbdd top = z.gate_and(z.singletons(low), z.singletons(high), 2);
    auto c = z.sets(top);
    c.next();
    const bool first = c.current().size() == 2 && c.current()[0] == 0 && c.current()[1] == 20;
    return first && z.count(top) == 400 && z.gate_and(z.singletons(low), z.singletons(high), 1) == zbdd_manager::bottom &&
           z.size() > 40;  // past the first growth (at 31 nodes)
}

}  // namespace

TEST_CASE("zbdd: a small family computed at compile time", "[zbdd]") {
    STATIC_REQUIRE(and_of_ors_at_compile_time());
    STATIC_REQUIRE(pairs_at_compile_time());
}

TEST_CASE("zbdd: terminals and building blocks", "[zbdd]") {
    zbdd_manager z;
    CHECK(z.to_sets(zbdd_manager::bottom).empty());
    CHECK(z.to_sets(zbdd_manager::top) == sets_t{{}});
    CHECK(z.count_by_order(zbdd_manager::bottom).empty());
    CHECK(z.count_by_order(zbdd_manager::top) == std::vector<std::uint64_t>{1});
    const std::array<zvar, 4> vs{5, 1, 3, 1};
    const zbdd s = z.make_set(vs);
    CHECK(z.to_sets(s) == sets_t{{1, 3, 5}});
    CHECK(z.node_count(s) == 3);
    CHECK(z.make_set(std::array<zvar, 3>{3, 5, 1}) == s);  // canonical: one node per family
    const zbdd singles = z.singletons(vs);
    CHECK(z.to_sets(singles) == sets_t{{1}, {3}, {5}});
    CHECK(z.unite(z.unite(z.single(5), z.single(1)), z.single(3)) == singles);
    CHECK(z.has_empty(z.unite(singles, zbdd_manager::top)));
    CHECK_FALSE(z.has_empty(singles));
    CHECK(z.top_var(s) == 1);
    CHECK(z.to_sets(z.hi(s)) == sets_t{{3, 5}});
    CHECK(z.lo(s) == zbdd_manager::bottom);
}

TEST_CASE("zbdd: hand-worked gates", "[zbdd]") {
    zbdd_manager z;
    const auto v = [&](zvar x) { return z.single(x); };
    // OR(AND(a, b), AND(a, b, c), c): {c}, {a, b} ({a, b, c} contains {a, b}).
    const zbdd ab = z.gate_and(v(0), v(1));
    const zbdd abc = z.gate_and(ab, v(2));
    CHECK(z.to_sets(z.gate_or(z.gate_or(ab, abc), v(2))) == sets_t{{2}, {0, 1}});
    // AND(OR(a, b, c), OR(d, e)): every pair {x, y}, x of {a, b, c}, y of {d, e}.
    const zbdd abc_or = z.gate_or(z.gate_or(v(0), v(1)), v(2));
    const zbdd de_or = z.gate_or(v(3), v(4));
    CHECK(z.gate_and(abc_or, de_or, 1) == zbdd_manager::bottom);
    CHECK(z.to_sets(z.gate_and(abc_or, de_or, 2)) == sets_t{{0, 3}, {0, 4}, {1, 3}, {1, 4}, {2, 3}, {2, 4}});
    // A shared member: AND(OR(a, b), OR(b, c), OR(c, d)) — {b, c}, {a, c}, {b, d}
    // (and {a, b, c}…, not minimal); at k = 2 the three pairs, nothing at k = 1.
    const zbdd t = z.gate_and(z.gate_and(z.gate_or(v(0), v(1)), z.gate_or(v(1), v(2))), z.gate_or(v(2), v(3)));
    CHECK(z.to_sets(t) == sets_t{{0, 2}, {1, 2}, {1, 3}});
    CHECK(z.count_by_order(t) == std::vector<std::uint64_t>{0, 0, 3});
    // An always-failing input makes an OR always fail; a never-failing one an AND never.
    CHECK(z.gate_or(t, zbdd_manager::top) == zbdd_manager::top);
    CHECK(z.gate_and(t, zbdd_manager::bottom, 3) == zbdd_manager::bottom);
    CHECK(z.gate_and(t, zbdd_manager::top, 3) == t);
}

TEST_CASE("zbdd: the family algebra agrees with brute force on random families", "[zbdd]") {
    constexpr std::uint32_t n = 6, all = 1U << n;
    rng r{42};
    for (int round = 0; round < 200; ++round) {
        table_t a(all, 0), b(all, 0);
        const std::uint32_t density = 2 + r.below(10);
        for (std::uint32_t m = 0; m < all; ++m) {
            a[m] = r.below(density) == 0;
            b[m] = r.below(density) == 0;
        }
        zbdd_manager z;
        const zbdd fa = from_table(z, a), fb = from_table(z, b);
        REQUIRE(z.to_sets(fa) == table_sets(a));
        const zvar v = r.below(n);
        const std::uint32_t k = r.below(n + 1);
        table_t uni(all, 0), inter(all, 0), diff(all, 0), chg(all, 0), on(all, 0), off(all, 0), join(all, 0), joink(all, 0),
            trunc(all, 0), mini(all, 0), without(all, 0);
        for (std::uint32_t m = 0; m < all; ++m) {
            uni[m] = a[m] || b[m];
            inter[m] = a[m] && b[m];
            diff[m] = a[m] && !b[m];
            if (a[m]) chg[m ^ (1U << v)] = 1;
            if (a[m] && (m >> v & 1U)) on[m & ~(1U << v)] = 1;
            off[m] = a[m] && !(m >> v & 1U);
            trunc[m] = a[m] && static_cast<std::uint32_t>(std::popcount(m)) <= k;
            if (!a[m]) continue;
            bool minimal = true, contains_b = false;
            for (std::uint32_t s = 0; s < all; ++s) {
                if (a[s] && s != m && (s & m) == s) minimal = false;
                if (b[s] && (s & m) == s) contains_b = true;
                if (b[s]) {
                    join[m | s] = 1;
                    if (static_cast<std::uint32_t>(std::popcount(m | s)) <= k) joink[m | s] = 1;
                }
            }
            mini[m] = minimal;
            without[m] = !contains_b;
        }
        CHECK(z.to_sets(z.unite(fa, fb)) == table_sets(uni));
        CHECK(z.to_sets(z.intersect(fa, fb)) == table_sets(inter));
        CHECK(z.to_sets(z.difference(fa, fb)) == table_sets(diff));
        CHECK(z.to_sets(z.change(fa, v)) == table_sets(chg));
        CHECK(z.to_sets(z.onset(fa, v)) == table_sets(on));
        CHECK(z.to_sets(z.offset(fa, v)) == table_sets(off));
        CHECK(z.to_sets(z.join(fa, fb)) == table_sets(join));
        CHECK(z.to_sets(z.join(fa, fb, k)) == table_sets(joink));
        CHECK(z.to_sets(z.truncate(fa, k)) == table_sets(trunc));
        CHECK(z.to_sets(z.minimal(fa)) == table_sets(mini));
        CHECK(z.to_sets(z.without(fa, fb)) == table_sets(without));
        // Canonical: equal families, equal handles.
        CHECK(z.unite(fa, fb) == z.unite(fb, fa));
        CHECK(z.difference(z.unite(fa, fb), fb) == z.difference(fa, fb));
        std::vector<std::uint64_t> by_order;
        for (const auto& s : table_sets(a)) {
            if (by_order.size() <= s.size()) by_order.resize(s.size() + 1, 0);
            ++by_order[s.size()];
        }
        CHECK(z.count_by_order(fa) == by_order);
    }
}

TEST_CASE("zbdd: minimal cut sets of random monotone formulas agree with brute force at every order", "[zbdd]") {
    rng r{7};
    int nontrivial = 0;  // rounds whose top has several sets, one of them with several members
    for (int round = 0; round < 400; ++round) {
        const std::uint32_t n = 2 + r.below(9);
        const std::vector<gate> g = random_formula(r, n);
        for (std::uint32_t k = 1; k <= n; ++k) {
            zbdd_manager z;
            const zbdd top = zbdd_mcs(z, g, k);
            const sets_t expected = brute_force_mcs(g, n, k);
            INFO("round " << round << ", n = " << n << ", k = " << k << ": expected " << show(expected));
            REQUIRE(z.to_sets(top) == expected);
            CHECK(z.count(top) == expected.size());
            if (k == n && expected.size() >= 2 && expected.back().size() >= 2) ++nontrivial;
        }
    }
    INFO(nontrivial << " of 400 random formulas have several minimal cut sets, not all single points");
    CHECK(nontrivial >= 120);
}

TEST_CASE("zbdd: gates agree with cut_family's unite and product", "[zbdd]") {
    rng r{2024};
    for (int round = 0; round < 500; ++round) {
        const std::uint32_t n = 2 + r.below(12), k = 1 + r.below(4);
        const cut_family a = random_family(r, n, k), b = random_family(r, n, k);
        zbdd_manager z;
        const zbdd za = from_family(z, a), zb = from_family(z, b);
        REQUIRE(to_family(z, za) == a);
        const std::array<const cut_family*, 2> both{&a, &b};
        cut_family uni, prod;
        unite(both, uni, no_budget{});
        product(a, b, k, prod, no_budget{});
        CHECK(to_family(z, z.gate_or(za, zb)) == uni);
        CHECK(to_family(z, z.gate_and(za, zb, k)) == prod);
        // minimize of an unsorted union with repeats.
        cut_family raw, mini;
        for (std::size_t i = b.size(); i-- > 0;) raw.push(b[i]);
        for (std::size_t i = 0; i < a.size(); ++i) raw.push(a[i]);
        minimize(raw, false, mini);
        CHECK(to_family(z, z.minimal(z.unite(za, zb))) == mini);
    }
}

TEST_CASE("zbdd: lazy enumeration by size, then lexicographically", "[zbdd]") {
    zbdd_manager z;
    zbdd f = zbdd_manager::bottom;
    for (const sets_t::value_type& s : sets_t{{4}, {0, 3}, {0, 1, 2}, {1}, {2, 3}, {0, 2}, {5, 6, 7, 8}})
        f = z.unite(f, z.make_set(s));
    auto c = z.sets(f);
    sets_t seen;
    while (c.next()) seen.emplace_back(c.current().begin(), c.current().end());
    CHECK(seen == sets_t{{1}, {4}, {0, 2}, {0, 3}, {2, 3}, {0, 1, 2}, {5, 6, 7, 8}});
    CHECK_FALSE(c.next());
    // Stopping early.
    sets_t first_two;
    z.for_each_set(f, [&](std::span<const zvar> s) {
        first_two.emplace_back(s.begin(), s.end());
        return first_two.size() < 2;
    });
    CHECK(first_two == sets_t{{1}, {4}});
}

TEST_CASE("zbdd: the node budget throws zbdd_node_limit, a query_error", "[zbdd]") {
    zbdd_manager z{5};
    const std::array<zvar, 5> five{0, 1, 2, 3, 4};
    CHECK(z.node_count(z.make_set(five)) == 5);
    CHECK(z.max_nodes() == 5);
    CHECK_THROWS_AS(z.single(9), semichain::query_error);
    CHECK(z.make_set(five) == z.make_set(five));  // existing nodes are found without new ones

    // Thrown in the middle of an operation: the manager stays usable.
    zbdd_manager small{4};
    const zbdd a = small.singletons(std::array<zvar, 2>{0, 1}), b = small.singletons(std::array<zvar, 2>{2, 3});
    CHECK_THROWS_AS(small.gate_and(a, b, 2), zbdd_node_limit);
    CHECK(small.gate_or(a, a) == a);
    CHECK(small.intersect(a, b) == zbdd_manager::bottom);
    CHECK(small.gate_and(a, zbdd_manager::top, 2) == a);
}

TEST_CASE("zbdd: a chain of 10 000 single points of failure has O(n) nodes", "[zbdd]") {
    constexpr std::uint32_t n = 10'000;
    zbdd_manager z;
    // An item requiring the next, each made by its own provider: OR of all
    // providers, built bottom-up with the providers numbered in depth-first
    // order from the top (each new variable the smallest).
    zbdd f = zbdd_manager::bottom;
    for (std::uint32_t i = n; i-- > 0;) f = z.gate_or(z.single(i), f);
    CHECK(z.node_count(f) == n);
    CHECK(z.size() <= 2 * n);
    CHECK(z.count_by_order(f) == std::vector<std::uint64_t>{0, n});
    auto c = z.sets(f);
    REQUIRE(c.next());
    CHECK(c.current()[0] == 0);
    // Second-order redundancy does not change the family; no recursion along the chain.
    const zbdd twice = z.gate_and(f, f, 2);
    CHECK(twice == f);
    CHECK(z.minimal(z.join(f, z.single(n), 2)) == z.join(f, z.single(n), 2));
    CHECK(z.count(z.join(f, f, 2)) == n + std::uint64_t{n} * (n - 1) / 2);
    CHECK(z.size() <= 8 * n);
    INFO("chain of " << n << ": " << z.node_count(f) << " nodes in the family, " << z.size()
                     << " nodes in the manager after the order-2 products");
    CHECK(z.size() <= 5 * n);
}

TEST_CASE("zbdd: a chain in the reverse order still works (each OR walks the chain)", "[zbdd]") {
    constexpr std::uint32_t n = 1'000;
    zbdd_manager z;
    zbdd f = zbdd_manager::bottom;
    for (std::uint32_t i = 0; i < n; ++i) f = z.gate_or(z.single(i), f);
    CHECK(z.node_count(f) == n);
    CHECK(z.count(f) == n);
}
