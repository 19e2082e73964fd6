// Zero-suppressed binary decision diagrams (ZBDDs): families of sets of
// variables (std::uint32_t), shared and canonical, with the set algebra of a
// bottom-up minimal-cut-set computation done on the diagrams, never on
// listed sets.
//
// References:
//  - S. Minato, "Zero-suppressed BDDs for set manipulation in combinatorial
//    problems", 30th Design Automation Conference (DAC), 1993: the diagrams
//    (a node whose 1-edge leads to the empty family is removed) and the
//    family algebra (union, intersection, difference, change, onset, offset,
//    product/join).
//  - A. Rauzy, "New algorithms for fault trees analysis", Reliability
//    Engineering & System Safety 40(3), 1993: minimal solutions (minimal)
//    and the "without" operator (F ÷ G) used to compute them, so that the
//    minimal cut sets of a fault tree are computed gate by gate:
//       OR  gate: minimal(F ∪ G)            gate_or(F, G)
//       AND gate: minimal(join_k(F, G))     gate_and(F, G, k)
//
// The gates on minimal families. gate_or and gate_and take families that
// are already minimal (as every gate's result is) and never build the
// non-minimal union or product: with F = v·F1 + F0 and G = v·G1 + G0
// (v the smaller top variable; F1 or G1 may be ⊥),
//    F ⊕ G     = v·((F1 ÷ G0) ⊕ (G1 ÷ F0)) + (F0 ⊕ G0)
//    F ⊗_k G   = v·(((F1 ⊗_{k−1} G1) ⊕ (F1 ⊗_{k−1} G0) ⊕ (F0 ⊗_{k−1} G1)) ÷ L) + L,
//                where L = F0 ⊗_k G0,
// which is Rauzy's minimal(v·H1 + H0) = v·(minimal(H1) ÷ minimal(H0)) +
// minimal(H0) applied to the union and the product, the minimal parts
// being the recursive calls. For the union, F1 is already F1 ÷ F0 (F is
// minimal), so (F1 ∪ G1) ÷ (F0 ∪ G0) needs only F1 ÷ G0 and G1 ÷ F0: the
// "without" is taken against the operands' own parts (memoised across
// calls), never against a freshly made result. Every node a minimal-family operation returns
// is marked minimal, so minimal() of it is O(1).
//
// A diagram node (v, lo, hi) stands for lo ∪ { s ∪ {v} : s ∈ hi }, where v is
// smaller than every variable below it. Two terminals: ⊥ (bottom, the empty
// family: "never fails") and ⊤ (top, {∅}: "always fails"). A node whose hi is
// ⊥ is never made, and equal nodes are made once (a unique table), so equal
// families have equal handles.
//
// Order truncation. join and truncate take an order k and keep only sets of
// size ≤ k *inside* the recursion (k goes down by one along every 1-edge),
// so no set larger than k is ever built. The minimal sets of size ≤ k of an
// OR or an AND of upward-closed families come only from minimal sets of size
// ≤ k of the operands (see cut_sets.hpp), so truncating at every gate is exact.
//
// Variable order. Variables are taken in the order of their numbers: the
// caller numbers them. The chokepoint code should number candidates in the
// order of their first appearance in a depth-first walk from the target
// (requirements in stored order, an offering's provider before its
// requirements). Members that fail together then sit close in the order, and
// a node's own provider comes before everything below it: the OR of a chain
// of n single points of failure, built bottom-up, is then n nodes, each
// gate_or in O(1) (with the reverse order each OR walks the whole chain).
//
// No recursion follows the data: every operation walks down the 0-edges
// (lo) of its operands in a loop with an explicit stack, and recurses only
// through 1-edges (hi). The native stack depth is thus bounded by the size
// of the largest set involved (≤ k for truncated families), not by the
// number of variables: a chain of 10 000 variables is fine.
//
// Memory. Nodes are never freed: a manager grows until it is destroyed (use
// one manager per query). Beyond max_nodes, making a node throws
// zbdd_node_limit (a semichain::query_error); the manager stays usable
// (every handle stays valid), though full. Operation results are kept in a direct-mapped cache
// (a lost entry only costs recomputation).
//
// Everything is constexpr. Vectors of numbers are always sized with a value
// (`v(n, 0)`): clang 14 cannot evaluate libstdc++ 12's value-initialisation
// in a constant expression.
#pragma once

#include <semichain/core/error.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace semichain::detail {

/// Thrown by a zbdd_manager asked to make more nodes than its budget.
class zbdd_node_limit : public query_error {
public:
    explicit zbdd_node_limit(std::size_t max_nodes)
        : query_error("semichain: a ZBDD needs more than " + std::to_string(max_nodes) + " nodes (zbdd_manager max_nodes)"),
          max_nodes_{max_nodes} {}
    /// The budget that was exceeded.
    [[nodiscard]] std::size_t max_nodes() const noexcept { return max_nodes_; }

private:
    std::size_t max_nodes_;
};

[[noreturn]] inline void zbdd_needs_more_nodes_than_max_nodes(std::size_t max_nodes) { throw zbdd_node_limit(max_nodes); }

/// A variable of a ZBDD (a candidate member); the order is the numbers' order.
using zvar = std::uint32_t;

/// A family of sets held by a zbdd_manager (a handle: the manager owns the
/// nodes; the default is ⊥). Two handles of one manager are equal exactly
/// when their families are: comparing families (e.g. a fixpoint's "nothing
/// changed") is O(1).
struct zbdd {
    std::uint32_t id = 0;
    friend constexpr bool operator==(zbdd, zbdd) = default;
};

/// The order argument meaning "no truncation".
inline constexpr std::uint32_t zbdd_no_limit = std::numeric_limits<std::uint32_t>::max();

class zbdd_cursor;

/// Owns the nodes of ZBDDs and performs the family algebra on them.
class zbdd_manager {
public:
    /// ⊥: the empty family (no set; a gate that never fails).
    static constexpr zbdd bottom{0};
    /// ⊤: the family {∅} (a gate that always fails).
    static constexpr zbdd top{1};
    /// The default node budget: 2^24 nodes (about 400 MB with the tables).
    static constexpr std::size_t default_max_nodes = std::size_t{1} << 24;

    /// A manager that may hold up to `max_nodes` nodes (terminals not counted).
    constexpr explicit zbdd_manager(std::size_t max_nodes = default_max_nodes)
        : max_nodes_{std::min<std::size_t>(max_nodes, std::numeric_limits<std::uint32_t>::max() - 2)} {
        nodes_.push_back(node{terminal_var, 0, 0, false});
        nodes_.push_back(node{terminal_var, 1, 1, true});
    }

    // --- Nodes -------------------------------------------------------------

    /// The number of (non-terminal) nodes made so far. O(1).
    [[nodiscard]] constexpr std::size_t size() const noexcept { return nodes_.size() - 2; }
    /// The node budget given at construction.
    [[nodiscard]] constexpr std::size_t max_nodes() const noexcept { return max_nodes_; }
    /// Is f ⊥ or ⊤?
    [[nodiscard]] static constexpr bool is_terminal(zbdd f) noexcept { return f.id < 2; }
    /// The smallest variable of any set of f (the root's variable); f not terminal.
    [[nodiscard]] constexpr zvar top_var(zbdd f) const noexcept { return nodes_[f.id].v; }
    /// The sets of f without top_var(f); f not terminal.
    [[nodiscard]] constexpr zbdd lo(zbdd f) const noexcept { return {nodes_[f.id].lo}; }
    /// The sets of f with top_var(f), that variable removed; f not terminal.
    [[nodiscard]] constexpr zbdd hi(zbdd f) const noexcept { return {nodes_[f.id].hi}; }
    /// Does f hold the empty set? O(1).
    [[nodiscard]] constexpr bool has_empty(zbdd f) const noexcept { return nodes_[f.id].eps; }
    /// The node (v, lo, hi), or lo when hi is ⊥ (zero-suppression). Requires
    /// v < the top variable of lo and of hi. Amortised O(1); throws
    /// zbdd_node_limit beyond the node budget.
    constexpr zbdd make_node(zvar v, zbdd lo, zbdd hi) { return {make(v, lo.id, hi.id)}; }

    // --- Building families -------------------------------------------------

    /// {{v}}. O(1).
    constexpr zbdd single(zvar v) { return {make(v, 0, 1)}; }
    /// {s}: the one set of the given variables (any order, repeats ignored). O(|s| log |s|).
    constexpr zbdd make_set(std::span<const zvar> s) {
        std::vector<zvar> vs(s.begin(), s.end());
        std::sort(vs.begin(), vs.end());
        vs.erase(std::unique(vs.begin(), vs.end()), vs.end());
        std::uint32_t r = 1;
        for (auto it = vs.rbegin(); it != vs.rend(); ++it) r = make(*it, 0, r);
        return {r};
    }
    /// {{v} : v ∈ vs}: the OR of single points. O(|vs| log |vs|), |vs| nodes.
    constexpr zbdd singletons(std::span<const zvar> vs) {
        std::vector<zvar> s(vs.begin(), vs.end());
        std::sort(s.begin(), s.end());
        s.erase(std::unique(s.begin(), s.end()), s.end());
        std::uint32_t r = 0;
        for (auto it = s.rbegin(); it != s.rend(); ++it) r = make(*it, r, 1);
        return {r};
    }

    // --- Minato's family algebra ------------------------------------------
    // Cost: each operation is memoised on pairs of nodes (the cache), so it
    // takes O(|F|·|G|) steps at worst (|F|: nodes of F), usually far fewer.

    /// F ∪ G.
    constexpr zbdd unite(zbdd f, zbdd g) { return {run(op::unite, f.id, g.id, 0)}; }
    /// F ∩ G.
    constexpr zbdd intersect(zbdd f, zbdd g) { return {run(op::intersect, f.id, g.id, 0)}; }
    /// F \ G (the sets of F that are not sets of G).
    constexpr zbdd difference(zbdd f, zbdd g) { return {run(op::difference, f.id, g.id, 0)}; }
    /// { s △ {v} : s ∈ F }: v added to the sets without it, removed from the others. O(|F|).
    constexpr zbdd change(zbdd f, zvar v) { return {run(op::change, f.id, v, 0)}; }
    /// { s \ {v} : s ∈ F, v ∈ s } (Minato's subset1). O(|F|).
    constexpr zbdd onset(zbdd f, zvar v) { return {run(op::onset, f.id, v, 0)}; }
    /// { s ∈ F : v ∉ s } (Minato's subset0). O(|F|).
    constexpr zbdd offset(zbdd f, zvar v) { return {run(op::offset, f.id, v, 0)}; }
    /// { a ∪ b : a ∈ F, b ∈ G, |a ∪ b| ≤ k } (the product of an AND gate),
    /// truncated inside the recursion: no larger set is ever built.
    /// O(|F|·|G|) calls, each maybe a union.
    constexpr zbdd join(zbdd f, zbdd g, std::uint32_t k = zbdd_no_limit) { return {run(op::join, f.id, g.id, k)}; }
    /// { s ∈ F : |s| ≤ k }. O(|F|·k).
    constexpr zbdd truncate(zbdd f, std::uint32_t k) { return {run(op::truncate, f.id, 0, k)}; }

    // --- Rauzy's operators --------------------------------------------------

    /// The minimal sets of F (no other set of F is a proper subset of them).
    /// Rauzy's recursion: minimal(v·F1 + F0) = v·without(minimal(F1), minimal(F0)) + minimal(F0).
    constexpr zbdd minimal(zbdd f) { return {run(op::minimal, f.id, 0, 0)}; }
    /// F ÷ G: the sets of F that contain no set of G (a set contains itself).
    constexpr zbdd without(zbdd f, zbdd g) { return {run(op::without, f.id, g.id, 0)}; }
    /// OR gate on families of minimal cut sets: minimal(F ∪ G), F and G
    /// minimal (see the header comment). Memoised on pairs of nodes.
    constexpr zbdd gate_or(zbdd f, zbdd g) { return {run(op::or_min, f.id, g.id, 0)}; }
    /// AND gate on families of minimal cut sets, truncated at order k:
    /// minimal(join_k(F, G)), F and G minimal; no set larger than k and no
    /// non-minimal product is built. Memoised on pairs of nodes and k.
    /// A set of F that contains a set of G is in the result as it is (and
    /// the products with it are not minimal), and so is a set of G that
    /// contains one of F: only the others are multiplied,
    ///    F ⊗_k G = (F \ F÷G) ⊕ (G \ G÷F) ⊕ ((F÷G) ⊗_k (G÷F)),
    /// which keeps the product small when F and G share most of their sets.
    constexpr zbdd gate_and(zbdd f, zbdd g, std::uint32_t k = zbdd_no_limit) {
        if (f.id < 2 || g.id < 2 || f == g) return {run(op::and_min, f.id, g.id, k)};
        const std::uint32_t fu = run(op::without, f.id, g.id, 0), gu = run(op::without, g.id, f.id, 0);
        if (fu == f.id && gu == g.id) return {run(op::and_min, f.id, g.id, k)};
        const std::uint32_t fc = run(op::truncate, run(op::difference, f.id, fu, 0), 0, k);
        const std::uint32_t gc = run(op::truncate, run(op::difference, g.id, gu, 0), 0, k);
        minimal_[fc] = minimal_[gc] = 1;  // parts of minimal families
        return {run(op::or_min, run(op::or_min, fc, gc, 0), run(op::and_min, fu, gu, k), 0)};
    }
    /// Is f known to be a minimal family (a result of minimal, gate_or or
    /// gate_and, or a terminal)? O(1); false does not mean "not minimal".
    [[nodiscard]] constexpr bool known_minimal(zbdd f) const noexcept { return f.id < 2 || minimal_[f.id] != 0; }

    // --- Reading families ---------------------------------------------------

    /// The number of nodes of f's diagram (terminals not counted). O(|F| log |F| + size()).
    [[nodiscard]] constexpr std::size_t node_count(zbdd f) const { return tally(f).nodes - 2; }
    /// c[j] = the number of sets of size j in F, for j up to the largest size
    /// (empty for ⊥). Counts saturate at UINT64_MAX. O(|F|·(largest size + 1) + size()).
    [[nodiscard]] constexpr std::vector<std::uint64_t> count_by_order(zbdd f) const {
        if (f == bottom) return {};
        const tally_t t = tally(f);
        const std::size_t at = std::size_t{t.local[f.id]} * t.width;
        const auto first = t.cnt.begin() + static_cast<std::ptrdiff_t>(at);
        return std::vector<std::uint64_t>(first, first + static_cast<std::ptrdiff_t>(t.width));
    }
    /// The number of sets of F (saturating at UINT64_MAX). As count_by_order.
    [[nodiscard]] constexpr std::uint64_t count(zbdd f) const {
        std::uint64_t n = 0;
        for (const std::uint64_t c : count_by_order(f)) n = sat_add(n, c);
        return n;
    }
    /// A cursor over the sets of F, by size, then lexicographically (the
    /// canonical order of cut_family); each set ascending. See zbdd_cursor.
    [[nodiscard]] constexpr zbdd_cursor sets(zbdd f) const;
    /// Calls fn(std::span<const zvar>) on every set of F in the order of
    /// sets(); fn may return bool, false stopping the walk. O(|F|·w) to start,
    /// then O(number of variables) per set at worst.
    template <class Fn>
    constexpr void for_each_set(zbdd f, Fn&& fn) const;
    /// The sets of F in the order of sets() (for small families: tests, output).
    [[nodiscard]] constexpr std::vector<std::vector<zvar>> to_sets(zbdd f) const;

private:
    friend class zbdd_cursor;
    static constexpr zvar terminal_var = std::numeric_limits<zvar>::max();
    static constexpr std::uint32_t npos = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t max_cache = std::size_t{1} << 20;

    struct node {
        zvar v;
        std::uint32_t lo, hi;
        bool eps;  // holds ∅ (follows the lo edges to ⊤)
    };
    enum class op : std::uint32_t { none, unite, intersect, difference, change, onset, offset, join, truncate, minimal, without, or_min, and_min };
    struct cache_entry {
        op o = op::none;
        std::uint32_t a = 0, b = 0, k = 0, r = 0;
    };
    // One level of an operation's walk down the lo edges: (o, a, b, k) gives
    // the node (v, <the next level's result>, hi) or, for a skipped level,
    // the next level's result itself. `deferred`: hi is minimal(F1), to be
    // cut by the next level's result (minimal's lo).
    enum class level : std::uint8_t { make, skip, deferred };
    struct frame {
        op o;
        std::uint32_t a, b, k;
        zvar v;
        std::uint32_t hi;
        level kind;
    };
    struct tally_t {
        std::vector<std::uint32_t> local;  // node id → row (npos: not in the diagram)
        std::size_t nodes = 0, width = 1;  // rows (terminals included); largest set size + 1
        std::vector<std::uint64_t> cnt;    // cnt[row * width + j]: sets of size j
    };

    static constexpr std::uint64_t sat_add(std::uint64_t a, std::uint64_t b) noexcept {
        return a > std::numeric_limits<std::uint64_t>::max() - b ? std::numeric_limits<std::uint64_t>::max() : a + b;
    }
    static constexpr std::uint64_t mix(std::uint64_t x) noexcept {  // splitmix64's finaliser
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    static constexpr std::size_t hash(std::uint64_t x, std::uint64_t y, std::uint64_t z) noexcept {
        return static_cast<std::size_t>(mix((x << 32 | y) ^ mix(z + 0x9e3779b97f4a7c15ULL)));
    }
    static constexpr std::uint32_t dec(std::uint32_t k) noexcept { return k == zbdd_no_limit ? k : k - 1; }

    constexpr std::uint32_t make(zvar v, std::uint32_t lo, std::uint32_t hi) {
        if (hi == 0) return lo;
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = hash(v, lo, hi) & mask;
        for (; slots_[i] != 0; i = (i + 1) & mask) {
            const node& n = nodes_[slots_[i]];
            if (n.v == v && n.lo == lo && n.hi == hi) return slots_[i];
        }
        if (size() >= max_nodes_)
            zbdd_needs_more_nodes_than_max_nodes(max_nodes_);
        const auto id = static_cast<std::uint32_t>(nodes_.size());
        nodes_.push_back(node{v, lo, hi, nodes_[lo].eps});
        minimal_.push_back(0);
        slots_[i] = id;
        if (2 * nodes_.size() > slots_.size()) grow();
        return id;
    }
    // Doubles the unique table.
    constexpr void grow() {
        slots_.assign(2 * slots_.size(), 0);
        const std::size_t mask = slots_.size() - 1;
        for (std::uint32_t id = 2; id < nodes_.size(); ++id) {
            const node& n = nodes_[id];
            std::size_t i = hash(n.v, n.lo, n.hi) & mask;
            while (slots_[i] != 0) i = (i + 1) & mask;
            slots_[i] = id;
        }
    }
    // Doubles the operation cache (up to max_cache entries) once it has
    // taken twice as many results as it has entries: the cache follows the
    // work done, not only the nodes made (an operation on small diagrams may
    // still need many results memoised).
    constexpr void store(const cache_entry& e) {
        cache_[cache_slot(e.o, e.a, e.b, e.k, cache_.size())] = e;
        if (++stored_ <= 2 * cache_.size() || cache_.size() >= max_cache) return;
        stored_ = 0;
        std::vector<cache_entry> bigger(2 * cache_.size(), cache_entry{});
        for (const cache_entry& old : cache_)
            if (old.o != op::none) bigger[cache_slot(old.o, old.a, old.b, old.k, bigger.size())] = old;
        cache_ = std::move(bigger);
    }
    static constexpr std::size_t cache_slot(op o, std::uint32_t a, std::uint32_t b, std::uint32_t k, std::size_t n) noexcept {
        return hash(a, b, std::uint64_t{k} << 8 | static_cast<std::uint32_t>(o)) & (n - 1);
    }

    static constexpr bool commutative(op o) noexcept {
        return o == op::unite || o == op::intersect || o == op::join || o == op::or_min || o == op::and_min;
    }
    static constexpr bool binary(op o) noexcept {
        return o == op::unite || o == op::intersect || o == op::difference || o == op::join || o == op::without ||
               o == op::or_min || o == op::and_min;
    }
    // Operations whose every result (at every level) is a minimal family.
    static constexpr bool gives_minimal(op o) noexcept { return o == op::minimal || o == op::or_min || o == op::and_min; }

    // The cases answered without going down: true with r set, or false
    // (o, a, b, k may be rewritten into an equal problem, e.g. join(⊤, G) → truncate(G)).
    constexpr bool settle(op& o, std::uint32_t& a, std::uint32_t& b, std::uint32_t& k, std::uint32_t& r) {
        const auto eps = [&](std::uint32_t f) { return nodes_[f].eps; };
        const auto done = [&](std::uint32_t x) { r = x; return true; };
        switch (o) {
        case op::unite:
            if (a == 0 || a == b || (a == 1 && eps(b))) return done(b);
            return false;
        case op::intersect:
            if (a == 0 || a == b) return done(a);
            if (a == 1) return done(eps(b) ? 1 : 0);
            return false;
        case op::difference:
            if (a == 0 || a == b) return done(0);
            if (b == 0 || (b == 1 && !eps(a))) return done(a);
            if (a == 1) return done(eps(b) ? 0 : 1);
            return false;
        case op::change:
            if (a == 0) return done(0);
            if (a == 1 || nodes_[a].v > b) return done(make(b, 0, a));
            if (nodes_[a].v == b) return done(make(b, nodes_[a].hi, nodes_[a].lo));
            return false;
        case op::onset:
            if (a < 2 || nodes_[a].v > b) return done(0);
            if (nodes_[a].v == b) return done(nodes_[a].hi);
            return false;
        case op::offset:
            if (a < 2 || nodes_[a].v > b) return done(a);
            if (nodes_[a].v == b) return done(nodes_[a].lo);
            return false;
        case op::join:
            if (a == 0) return done(0);
            if (k == 0) return done(eps(a) && eps(b) ? 1 : 0);
            if (a == 1) {
                o = op::truncate;
                a = b;
                b = 0;
                return settle(o, a, b, k, r);
            }
            return false;
        case op::truncate:
            if (a < 2 || k == zbdd_no_limit) return done(a);
            if (k == 0) return done(eps(a) ? 1 : 0);
            return false;
        case op::minimal:
            if (a < 2 || minimal_[a]) return done(a);
            return false;
        case op::or_min:
            if (a == 0 || a == b) return done(b);
            if (a == 1) return done(1);  // {∅} covers every set
            return false;
        case op::and_min:
            if (a == 0) return done(0);
            if (k == 0) return done(eps(a) && eps(b) ? 1 : 0);
            if (a == 1 || a == b) {  // ⊤ ⊗ G = G; F ⊗ F = F for a minimal F
                o = op::truncate;
                a = b;
                b = 0;
                return settle(o, a, b, k, r);
            }
            return false;
        case op::without:
            if (b == 0) return done(a);
            if (a == 0 || eps(b) || a == b) return done(0);
            if (a == 1) return done(1);
            return false;
        case op::none: break;
        }
        return done(0);
    }

    // An operation called from outside: frames left by an exception are dropped.
    constexpr std::uint32_t run(op o, std::uint32_t a, std::uint32_t b, std::uint32_t k) {
        stack_.clear();
        return apply(o, a, b, k);
    }
    // Every operation: a loop down the lo edges (one frame per level), the
    // hi parts computed by recursion, then the nodes made bottom-up.
    constexpr std::uint32_t apply(op o, std::uint32_t a, std::uint32_t b, std::uint32_t k) {
        const std::size_t base = stack_.size();
        std::uint32_t r = 0;
        for (;;) {
            if (commutative(o) && a > b) std::swap(a, b);
            if (o == op::without) {
                // No set of G whose smallest variable is below F's can be a
                // subset of a set of F: G's lo chain is skipped to F's top
                // variable in a plain loop (no frames, and the memo is then
                // keyed on the suffix, which other calls share).
                const zvar top = nodes_[a].v;
                while (b >= 2 && nodes_[b].v < top) b = nodes_[b].lo;
            }
            if (settle(o, a, b, k, r)) break;
            const cache_entry& e = cache_[cache_slot(o, a, b, k, cache_.size())];
            if (e.o == o && e.a == a && e.b == b && e.k == k) {
                r = e.r;
                break;
            }
            const node x = nodes_[a];
            const node y = binary(o) ? nodes_[b] : node{terminal_var, 0, 0, false};
            frame f{o, a, b, k, x.v, 0, level::make};
            switch (o) {
            case op::unite:
            case op::difference:
            case op::intersect:
            case op::without:
                if (x.v < y.v) {
                    if (o == op::intersect) f.kind = level::skip;
                    else f.hi = o == op::without ? apply(op::without, x.hi, b, 0) : x.hi;
                    a = x.lo;
                } else if (y.v < x.v) {
                    f.v = y.v;
                    if (o == op::unite) f.hi = y.hi;
                    else f.kind = level::skip;
                    b = y.lo;
                } else {
                    f.hi = o == op::without ? apply(op::without, apply(op::without, x.hi, y.lo, 0), y.hi, 0)
                                            : apply(o, x.hi, y.hi, 0);
                    a = x.lo;
                    b = y.lo;
                }
                break;
            case op::or_min:
                // Each operand's hi part is already cut by its own lo part
                // (both minimal); it is cut by the other operand's lo part here.
                if (x.v < y.v) {
                    f.hi = apply(op::without, x.hi, b, 0);
                    a = x.lo;
                } else if (y.v < x.v) {
                    f.v = y.v;
                    f.hi = apply(op::without, y.hi, a, 0);
                    b = y.lo;
                } else {
                    f.hi = apply(op::or_min, apply(op::without, x.hi, y.lo, 0), apply(op::without, y.hi, x.lo, 0), 0);
                    a = x.lo;
                    b = y.lo;
                }
                break;
            case op::and_min:
                f.kind = level::deferred;
                if (x.v < y.v) {
                    f.hi = apply(op::and_min, x.hi, b, dec(k));
                    a = x.lo;
                } else if (y.v < x.v) {
                    f.v = y.v;
                    f.hi = apply(op::and_min, a, y.hi, dec(k));
                    b = y.lo;
                } else {
                    const std::uint32_t h11 = apply(op::and_min, x.hi, y.hi, dec(k));
                    const std::uint32_t h10 = apply(op::and_min, x.hi, y.lo, dec(k));
                    const std::uint32_t h01 = apply(op::and_min, x.lo, y.hi, dec(k));
                    f.hi = apply(op::or_min, h11, apply(op::or_min, h10, h01, 0), 0);
                    a = x.lo;
                    b = y.lo;
                }
                break;
            case op::join:
                if (x.v < y.v) {
                    f.hi = apply(op::join, x.hi, b, dec(k));
                    a = x.lo;
                } else if (y.v < x.v) {
                    f.v = y.v;
                    f.hi = apply(op::join, a, y.hi, dec(k));
                    b = y.lo;
                } else {
                    const std::uint32_t h11 = apply(op::join, x.hi, y.hi, dec(k));
                    const std::uint32_t h10 = apply(op::join, x.hi, y.lo, dec(k));
                    const std::uint32_t h01 = apply(op::join, x.lo, y.hi, dec(k));
                    f.hi = apply(op::unite, h11, apply(op::unite, h10, h01, 0), 0);
                    a = x.lo;
                    b = y.lo;
                }
                break;
            case op::change:
            case op::onset:
            case op::offset:
                f.hi = apply(o, x.hi, b, 0);
                a = x.lo;
                break;
            case op::truncate:
                f.hi = apply(op::truncate, x.hi, 0, dec(k));
                a = x.lo;
                break;
            case op::minimal:
                f.kind = level::deferred;
                f.hi = apply(op::minimal, x.hi, 0, 0);
                a = x.lo;
                break;
            case op::none: break;
            }
            stack_.push_back(f);
        }
        if (gives_minimal(o)) minimal_[r] = 1;
        while (stack_.size() > base) {
            frame f = stack_.back();
            stack_.pop_back();
            if (f.kind == level::deferred) f.hi = apply(op::without, f.hi, r, 0);
            if (f.kind != level::skip) r = make(f.v, r, f.hi);
            if (gives_minimal(f.o)) minimal_[r] = 1;
            store(cache_entry{f.o, f.a, f.b, f.k, r});
        }
        return r;
    }

    // The nodes of f's diagram, children first, with the number of sets of
    // each size below each of them.
    [[nodiscard]] constexpr tally_t tally(zbdd f) const {
        tally_t t;
        t.local.assign(nodes_.size(), npos);
        std::vector<std::uint32_t> order{0, 1}, todo{f.id};
        while (!todo.empty()) {
            const std::uint32_t id = todo.back();
            todo.pop_back();
            if (id < 2 || t.local[id] != npos) continue;
            t.local[id] = 0;
            order.push_back(id);
            todo.push_back(nodes_[id].lo);
            todo.push_back(nodes_[id].hi);
        }
        // A child's variable is larger than its parent's.
        std::sort(order.begin() + 2, order.end(), [&](std::uint32_t p, std::uint32_t q) { return nodes_[p].v > nodes_[q].v; });
        t.nodes = order.size();
        for (std::uint32_t i = 0; i < order.size(); ++i) t.local[order[i]] = i;
        std::vector<std::uint32_t> depth(order.size(), 0);  // largest set size
        for (std::size_t i = 2; i < order.size(); ++i) {
            const node& n = nodes_[order[i]];
            depth[i] = std::max(depth[t.local[n.lo]], depth[t.local[n.hi]] + 1);
        }
        t.width = std::size_t{depth[t.local[f.id]]} + 1;
        const std::size_t w = t.width;
        t.cnt.assign(order.size() * w, 0);
        t.cnt[w] = 1;  // ⊤: the empty set
        for (std::size_t i = 2; i < order.size(); ++i) {
            const node& n = nodes_[order[i]];
            const std::size_t l = t.local[n.lo] * w, h = t.local[n.hi] * w;
            t.cnt[i * w] = t.cnt[l];
            for (std::size_t j = 1; j < w; ++j) t.cnt[i * w + j] = sat_add(t.cnt[l + j], t.cnt[h + j - 1]);
        }
        return t;
    }

    std::size_t max_nodes_;
    std::vector<node> nodes_;
    std::vector<std::uint8_t> minimal_ = std::vector<std::uint8_t>(2, 1);  // per node: a known minimal family
    std::vector<std::uint32_t> slots_ = std::vector<std::uint32_t>(64, 0);  // the unique table (0: free)
    std::vector<cache_entry> cache_ = std::vector<cache_entry>(64, cache_entry{});
    std::vector<frame> stack_;
    std::size_t stored_ = 0;  // results stored in the cache since it last grew
};

/// A lazy walk over the sets of a family: all sets of the smallest size in
/// lexicographic order, then the next size, and so on (each set ascending) —
/// the canonical order of cut_family. Starting costs O(|F|·w) (w: largest
/// set size + 1); each next() then costs O(number of variables) at worst.
/// The manager must outlive the cursor; it may make new nodes meanwhile.
///
///     for (auto c = m.sets(f); c.next();) use(c.current());
class zbdd_cursor {
public:
    /// Moves to the next set; false when there is none (then current() is empty).
    constexpr bool next() {
        for (;;) {
            if (stack_.empty()) {
                if (started_) ++size_;
                started_ = true;
                while (size_ < t_.width && cnt(root_, size_) == 0) ++size_;
                if (size_ >= t_.width) {
                    cur_.clear();
                    return false;
                }
                stack_.push_back({root_, 0});
                continue;
            }
            const std::uint32_t id = stack_.back().id;
            if (id == 1) {  // ⊤, reached only with the set complete
                stack_.pop_back();
                return true;
            }
            const zbdd_manager::node n = m_->nodes_[id];
            if (stack_.back().stage == 0) {
                stack_.back().stage = 1;
                const std::size_t rest = size_ - cur_.size();
                if (rest > 0 && cnt(n.hi, rest - 1) > 0) {  // with n.v first: lexicographically smaller
                    cur_.push_back(n.v);
                    stack_.push_back({n.hi, 0});
                }
            } else if (stack_.back().stage == 1) {
                stack_.back().stage = 2;
                if (!cur_.empty() && cur_.back() == n.v) cur_.pop_back();
                if (cnt(n.lo, size_ - cur_.size()) > 0) stack_.push_back({n.lo, 0});
            } else {
                stack_.pop_back();
            }
        }
    }
    /// The current set, ascending (valid until the next call of next()).
    [[nodiscard]] constexpr std::span<const zvar> current() const noexcept { return cur_; }

private:
    friend class zbdd_manager;
    struct step {
        std::uint32_t id;
        std::uint8_t stage;  // 0: fresh; 1: hi side done; 2: both done
    };
    constexpr zbdd_cursor(const zbdd_manager& m, zbdd f) : m_{&m}, root_{f.id}, t_{m.tally(f)} {}
    [[nodiscard]] constexpr std::uint64_t cnt(std::uint32_t id, std::size_t j) const noexcept {
        return j < t_.width ? t_.cnt[t_.local[id] * t_.width + j] : 0;
    }

    const zbdd_manager* m_;
    std::uint32_t root_;
    zbdd_manager::tally_t t_;
    std::size_t size_ = 0;
    bool started_ = false;
    std::vector<step> stack_;
    std::vector<zvar> cur_;
};

constexpr zbdd_cursor zbdd_manager::sets(zbdd f) const { return zbdd_cursor{*this, f}; }

template <class Fn>
constexpr void zbdd_manager::for_each_set(zbdd f, Fn&& fn) const {
    for (zbdd_cursor c = sets(f); c.next();) {
        if constexpr (std::is_same_v<decltype(fn(c.current())), bool>) {
            if (!fn(c.current())) return;
        } else {
            fn(c.current());
        }
    }
}

constexpr std::vector<std::vector<zvar>> zbdd_manager::to_sets(zbdd f) const {
    std::vector<std::vector<zvar>> out;
    for_each_set(f, [&](std::span<const zvar> s) { out.emplace_back(s.begin(), s.end()); });
    return out;
}

}  // namespace semichain::detail
