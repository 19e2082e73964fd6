// The run-time graph (std::vector storage) and its builder, which takes
// entities and relations by string id — what the data loaders call.
#pragma once

#include <semichain/core/error.hpp>
#include <semichain/graph/detail/assemble.hpp>
#include <semichain/graph/input.hpp>
#include <semichain/graph/view.hpp>

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace semichain {

namespace detail {
/// Owns the characters a run-time graph's string_views point to. Each
/// distinct string is stored once; addresses never move.
class string_pool {
public:
    std::string_view intern(std::string_view s) {
        if (s.empty()) return {};
        if (const auto it = map_.find(s); it != map_.end()) return it->second;
        if (chunks_.empty() || used_ + s.size() > chunk_size_) {
            chunk_size_ = std::max<std::size_t>(64 * 1024, s.size());
            chunks_.push_back(std::make_unique<char[]>(chunk_size_));
            used_ = 0;
        }
        char* p = chunks_.back().get() + used_;
        std::copy(s.begin(), s.end(), p);
        used_ += s.size();
        const std::string_view stored{p, s.size()};
        map_.emplace(stored, stored);
        return stored;
    }
    /// Frees the lookup table; the strings stay.
    void seal() { std::unordered_map<std::string_view, std::string_view>{}.swap(map_); }

private:
    std::vector<std::unique_ptr<char[]>> chunks_;
    std::size_t chunk_size_ = 0, used_ = 0;
    std::unordered_map<std::string_view, std::string_view> map_;
};
}  // namespace detail

/// A graph built at run time. Move-only: its views point into its own strings.
class graph {
public:
    graph(graph&&) noexcept = default;
    graph& operator=(graph&&) noexcept = default;
    graph(const graph&) = delete;
    graph& operator=(const graph&) = delete;

    [[nodiscard]] graph_view view() const noexcept { return detail::view_of(data_); }
    operator graph_view() const noexcept { return view(); }  // NOLINT: a graph is usable wherever a view is

    /// Warnings found while building (such as shares of one item above 1.02).
    [[nodiscard]] const std::vector<problem>& warnings() const noexcept { return warnings_; }

private:
    friend class graph_builder;
    graph() = default;
    std::unique_ptr<detail::string_pool> pool_ = std::make_unique<detail::string_pool>();
    detail::graph_data data_;
    std::vector<problem> warnings_;
};

/// The problems that stopped a build; what() lists them all.
class build_error : public error {
public:
    explicit build_error(std::vector<problem> ps) : error(describe_all(ps)), problems_{std::move(ps)} {}
    [[nodiscard]] const std::vector<problem>& problems() const noexcept { return problems_; }

    /// "requires[3].input: references must name an existing id ('duv_scanner')"
    static std::string describe_one(const problem& p) {
        std::string s{to_string(p.part)};
        s += '[' + std::to_string(p.index) + ']';
        if (!p.field.empty()) { s += '.'; s += p.field; }
        s += ": ";
        s += describe(p.kind);
        if (!p.offending.empty()) s += " ('" + p.offending + "')";
        if (p.has_other()) s += ", repeating " + std::string{to_string(p.part)} + '[' + std::to_string(p.other) + ']';
        return s;
    }

private:
    static std::string describe_all(const std::vector<problem>& ps) {
        std::string s = "semichain: the graph's input breaks " + std::to_string(ps.size()) + (ps.size() == 1 ? " rule" : " rules");
        for (const auto& p : ps) s += "\n  " + describe_one(p);
        return s;
    }
    std::vector<problem> problems_;
};

/// Collects entities and relations by string id and builds a graph.
/// Ids may be referred to before they are added; everything is resolved by
/// build(), which checks every rule and reports every problem at once.
class graph_builder {
public:
    graph_builder& add(source_input s) { in_.sources.push_back(std::move(s)); return *this; }
    graph_builder& add(company_input c) { in_.companies.push_back(std::move(c)); return *this; }
    graph_builder& add(item_input x) { in_.items.push_back(std::move(x)); return *this; }
    graph_builder& add(provides_input p) { in_.provides.push_back(std::move(p)); return *this; }
    graph_builder& add(requires_input r) { in_.requires_.push_back(std::move(r)); return *this; }
    graph_builder& add(owns_input o) { in_.owns.push_back(std::move(o)); return *this; }
    graph_builder& add(invests_input v) { in_.invests.push_back(std::move(v)); return *this; }
    graph_builder& add(variant_input v) { in_.variants.push_back(std::move(v)); return *this; }
    graph_builder& add(rule_input r) { in_.rules.push_back(std::move(r)); return *this; }
    graph_builder& add(installed_input u) { in_.installed.push_back(std::move(u)); return *this; }
    graph_builder& add(observation_input u) { in_.observations.push_back(std::move(u)); return *this; }
    graph_builder& add(licence_input u) { in_.licences.push_back(std::move(u)); return *this; }
    graph_builder& add(assist_input u) { in_.assists.push_back(std::move(u)); return *this; }

    /// The input collected so far.
    [[nodiscard]] const graph_input& input() const noexcept { return in_; }

    /// Builds the graph. Errors (not warnings) are returned in `errors` and
    /// no graph is made; warnings travel with the graph.
    [[nodiscard]] std::optional<graph> try_build(std::vector<problem>& errors) const {
        graph g;
        const auto views = intern(*g.pool_);
        auto result = detail::assemble(views);
        std::vector<problem> warnings;
        for (const auto& p : result.problems)
            (is_warning(p.kind) ? warnings : errors).push_back({p.kind, p.part, p.index, p.field, std::string{p.offending}, p.other});
        if (!errors.empty()) return std::nullopt;
        g.pool_->seal();
        g.data_ = std::move(result.data);
        g.warnings_ = std::move(warnings);
        return std::optional<graph>{std::move(g)};
    }

    /// Builds the graph; throws build_error naming every problem.
    [[nodiscard]] graph build() const {
        std::vector<problem> errors;
        auto g = try_build(errors);
        if (!g) throw build_error(std::move(errors));
        return std::move(*g);
    }

private:
    basic_graph_input<std::string_view> intern(detail::string_pool& pool) const {
        return convert_input<std::string_view>(in_, [&pool](const std::string& x) { return pool.intern(x); });
    }

    graph_input in_;
};

}  // namespace semichain
