// The facts behind a report: which entities and relations it used, each in
// words with its status and source, and the sources themselves; and the
// small conversions from graph records to report lines that every section
// shares (rules, blocks, ids).
#pragma once

#include <semichain/algo/blocks.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/graph/view.hpp>
#include <semichain/report/format.hpp>
#include <semichain/report/report.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace semichain::report::detail {

inline std::string text(std::string_view s) { return std::string{s}; }

/// The company's country code, or "" for a residual provider.
inline std::string country_of(const graph_view& g, index_t company) {
    const auto& loc = g.companies[company].location;
    return loc ? text(loc->code()) : std::string{};
}

/// The source id of a fact, or "".
inline std::string source_of(const graph_view& g, const provenance& p) {
    return p.source == no_index ? std::string{} : text(g.sources[p.source].id);
}

inline rule_line make_rule(const graph_view& g, index_t r) {
    const auto& rule = g.rules[r];
    return {text(rule.id),
            text(rule.name),
            text(to_string(rule.kind)),
            text(to_string(rule.scope)),
            rule.authority ? text(rule.authority->code()) : std::string{},
            format_day(rule.effective),
            rule.origin.certainty,
            source_of(g, rule.origin)};
}

inline block_line make_block(const graph_view& g, const chain_block& b) {
    const auto& off = g.offerings[b.offering];
    return {text(g.companies[off.provider].id), text(g.items[off.item].id), text(g.companies[b.buyer].id), make_rule(g, b.rule)};
}

/// The entities and relations a report used; facts() and sources() list them
/// in a fixed order: items, companies, offerings, requirements (per item: the
/// item's, then its offerings'), rules — each kind by index.
class fact_set {
public:
    explicit fact_set(const graph_view& g)
        : g_{g}, items_(g.items.size(), 0), companies_(g.companies.size(), 0), rules_(g.rules.size(), 0) {}

    /// Item x, its offerings, their providers and every requirement of them.
    void add_item_closure(index_t x) {
        if (x >= items_.size()) return;
        items_[x] = 1;
        for (const index_t o : g_.offerings_of(x).view()) companies_[g_.offerings[o].provider] = 1;
    }
    void add_company(index_t c) {
        if (c < companies_.size()) companies_[c] = 1;
    }
    void add_rule(index_t r) {
        if (r < rules_.size()) rules_[r] = 1;
    }

    [[nodiscard]] std::vector<fact_line> facts() const {
        std::vector<fact_line> out;
        for (index_t x = 0; x < items_.size(); ++x) {
            if (!items_[x]) continue;
            const auto& it = g_.items[x];
            out.push_back({"item", text(it.id) + " (" + text(it.name) + ", " + text(to_string(it.kind)) + ")",
                           it.origin.certainty, source_of(g_, it.origin)});
        }
        for (index_t c = 0; c < companies_.size(); ++c) {
            if (!companies_[c]) continue;
            const auto& co = g_.companies[c];
            std::string t = text(co.id) + " (" + text(co.name);
            if (co.location) t += ", " + text(co.location->code());
            std::string roles;
            for (unsigned k = 0; k <= static_cast<unsigned>(role::virtual_); ++k)
                if (co.roles.contains(static_cast<role>(k))) roles += (roles.empty() ? "" : "/") + text(to_string(static_cast<role>(k)));
            if (!roles.empty()) t += "; " + roles;
            if (co.parent != no_index) t += "; parent " + text(g_.companies[co.parent].id);
            out.push_back({"company", t + ")", co.origin.certainty, source_of(g_, co.origin)});
        }
        for (index_t x = 0; x < items_.size(); ++x) {
            if (!items_[x]) continue;
            for (const index_t o : g_.offerings_of(x).view()) {
                const auto& off = g_.offerings[o];
                std::string t = text(g_.companies[off.provider].id) + " provides " + text(g_.items[x].id);
                std::string details;
                const auto add = [&](const std::string& d) { details += (details.empty() ? "" : ", ") + d; };
                if (off.has_share()) add("share " + format_share(off.share));
                if (off.since != since_always) add("since " + format_day(off.since));
                if (off.until != until_forever) add("until " + format_day(off.until));
                if (!details.empty()) t += " (" + details + ")";
                out.push_back({"provides", t, off.origin.certainty, source_of(g_, off.origin)});
            }
        }
        for (index_t x = 0; x < items_.size(); ++x) {
            if (!items_[x]) continue;
            for (const auto& r : g_.requirements_of_item(x)) out.push_back(requirement(text(g_.items[x].id), r));
            for (const index_t o : g_.offerings_of(x).view()) {
                // Offerings of one provider in several periods share their own requirements.
                if (o > g_.offerings_of(x).first && g_.offerings[o - 1].provider == g_.offerings[o].provider) continue;
                const std::string who = text(g_.items[x].id) + " from " + text(g_.companies[g_.offerings[o].provider].id);
                for (const auto& r : g_.requirements_of_offering(o)) out.push_back(requirement(who, r));
            }
        }
        for (index_t r = 0; r < rules_.size(); ++r) {
            if (!rules_[r]) continue;
            const rule_line l = make_rule(g_, r);
            std::string t = l.id + " (" + l.authority + " " + l.kind + ", " + l.scope + " scope, effective " + l.effective + ")";
            out.push_back({"rule", t, l.certainty, l.source});
        }
        return out;
    }

    /// Every source a fact of facts() names, by id.
    [[nodiscard]] std::vector<source_line> sources() const {
        std::vector<std::uint8_t> used(g_.sources.size(), 0);
        const auto mark = [&](const provenance& p) {
            if (p.source != no_index && p.source < used.size()) used[p.source] = 1;
        };
        for (index_t x = 0; x < items_.size(); ++x) {
            if (!items_[x]) continue;
            mark(g_.items[x].origin);
            for (const auto& r : g_.requirements_of_item(x)) mark(r.origin);
            for (const index_t o : g_.offerings_of(x).view()) {
                mark(g_.offerings[o].origin);
                for (const auto& r : g_.requirements_of_offering(o)) mark(r.origin);
            }
        }
        for (index_t c = 0; c < companies_.size(); ++c)
            if (companies_[c]) mark(g_.companies[c].origin);
        for (index_t r = 0; r < rules_.size(); ++r)
            if (rules_[r]) mark(g_.rules[r].origin);
        std::vector<source_line> out;
        for (index_t s = 0; s < used.size(); ++s) {
            if (!used[s]) continue;
            const auto& src = g_.sources[s];
            out.push_back({text(src.id), text(src.title), text(src.publisher), format_day(src.published), text(src.url)});
        }
        return out;
    }

private:
    [[nodiscard]] fact_line requirement(const std::string& who, const requirement_record& r) const {
        std::string t = who + " requires " + text(g_.items[r.input].id);
        std::string details;
        if (r.capital) details = "capital";
        if (r.has_weight()) details += (details.empty() ? "" : ", ") + ("weight " + format_share(r.weight));
        if (!details.empty()) t += " (" + details + ")";
        return {"requires", t, r.origin.certainty, source_of(g_, r.origin)};
    }

    graph_view g_;
    std::vector<std::uint8_t> items_, companies_, rules_;
};

}  // namespace semichain::report::detail
