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
inline std::string country_of(const graph_view& g, company_index company) {
    const auto& loc = g.companies[company].location;
    return loc ? text(loc->code()) : std::string{};
}

/// The source id of a fact, or "".
inline std::string source_of(const graph_view& g, const provenance& p) {
    return p.source.is_none() ? std::string{} : text(g.sources[p.source].id);
}

inline rule_line make_rule(const graph_view& g, rule_index r) {
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

/// An offering as a fact: "tsmc provides tsmc_n5 (share 0.5, since 2020-01-01)".
inline fact_line offering_fact(const graph_view& g, offering_index o) {
    const auto& off = g.offerings[o];
    std::string t = text(g.companies[off.provider].id) + " provides " + text(g.items[off.item].id);
    std::string details;
    const auto add = [&](const std::string& d) { details += (details.empty() ? "" : ", ") + d; };
    if (off.has_share()) add("share " + format_share(off.share));
    if (off.since != since_always) add("since " + format_day(off.since));
    if (off.until != until_forever) add("until " + format_day(off.until));
    if (!details.empty()) t += " (" + details + ")";
    return {"provides", t, off.origin.certainty, source_of(g, off.origin)};
}

/// A requirement as a fact: "<who> requires wafer (capital, weight 0.3)",
/// `who` being the item, or "item from provider" for an offering's own.
inline fact_line requirement_fact(const graph_view& g, const std::string& who, const requirement_record& r) {
    std::string t = who + " requires " + text(g.items[r.input].id);
    std::string details;
    if (r.capital) details = "capital";
    if (r.has_weight()) details += (details.empty() ? "" : ", ") + ("weight " + format_share(r.weight));
    if (!details.empty()) t += " (" + details + ")";
    return {"requires", t, r.origin.certainty, source_of(g, r.origin)};
}

/// The entities and relations a report used; facts() and sources() list them
/// in a fixed order: items, companies, offerings, requirements (per item: the
/// item's, then its offerings'), rules — each kind by index.
class fact_set {
public:
    explicit fact_set(const graph_view& g)
        : g_{g}, items_(g.items.size(), 0), companies_(g.companies.size(), 0), rules_(g.rules.size(), 0) {}

    /// Item x, its offerings, their providers and every requirement of them.
    void add_item_closure(item_index x) {
        g_.check(x);
        items_[x] = 1;
        for (const offering_index o : g_.offerings_of(x)) companies_[g_.offerings[o].provider] = 1;
    }
    void add_company(company_index c) {
        g_.check(c);
        companies_[c] = 1;
    }
    void add_rule(rule_index r) {
        g_.check(r);
        rules_[r] = 1;
    }

    [[nodiscard]] std::vector<fact_line> facts() const {
        std::vector<fact_line> out;
        for (const item_index x : items_.indices()) {
            if (!items_[x]) continue;
            const auto& it = g_.items[x];
            out.push_back({"item", text(it.id) + " (" + text(it.name) + ", " + text(to_string(it.kind)) + ")",
                           it.origin.certainty, source_of(g_, it.origin)});
        }
        for (const company_index c : companies_.indices()) {
            if (!companies_[c]) continue;
            const auto& co = g_.companies[c];
            std::string t = text(co.id) + " (" + text(co.name);
            if (co.location) t += ", " + text(co.location->code());
            std::string roles;
            for (unsigned k = 0; k <= static_cast<unsigned>(role::virtual_); ++k)
                if (co.roles.contains(static_cast<role>(k))) roles += (roles.empty() ? "" : "/") + text(to_string(static_cast<role>(k)));
            if (!roles.empty()) t += "; " + roles;
            if (!co.parent.is_none()) t += "; parent " + text(g_.companies[co.parent].id);
            out.push_back({"company", t + ")", co.origin.certainty, source_of(g_, co.origin)});
        }
        for (const item_index x : items_.indices()) {
            if (!items_[x]) continue;
            for (const offering_index o : g_.offerings_of(x)) out.push_back(offering_fact(g_, o));
        }
        for (const item_index x : items_.indices()) {
            if (!items_[x]) continue;
            for (const auto& r : g_.requirements_of_item(x)) out.push_back(requirement_fact(g_, text(g_.items[x].id), r));
            for (const offering_index o : g_.offerings_of(x)) {
                // Offerings of one provider in several periods share their own requirements.
                if (o > g_.offerings_of(x).front() && g_.offerings[offering_index{o.value() - 1}].provider == g_.offerings[o].provider)
                    continue;
                const std::string who = text(g_.items[x].id) + " from " + text(g_.companies[g_.offerings[o].provider].id);
                for (const auto& r : g_.requirements_of_offering(o)) out.push_back(requirement_fact(g_, who, r));
            }
        }
        for (const rule_index r : rules_.indices()) {
            if (!rules_[r]) continue;
            const rule_line l = make_rule(g_, r);
            std::string t = l.id + " (" + l.authority + " " + l.kind + ", " + l.scope + " scope, effective " + l.effective + ")";
            out.push_back({"rule", t, l.certainty, l.source});
        }
        return out;
    }

    /// Every source a fact of facts() names, by id.
    [[nodiscard]] std::vector<source_line> sources() const {
        index_vector<source_index, std::uint8_t> used(g_.sources.size(), 0);
        const auto mark = [&](const provenance& p) {
            if (g_.sources.contains(p.source)) used[p.source] = 1;
        };
        for (const item_index x : items_.indices()) {
            if (!items_[x]) continue;
            mark(g_.items[x].origin);
            for (const auto& r : g_.requirements_of_item(x)) mark(r.origin);
            for (const offering_index o : g_.offerings_of(x)) {
                mark(g_.offerings[o].origin);
                for (const auto& r : g_.requirements_of_offering(o)) mark(r.origin);
            }
        }
        for (const company_index c : companies_.indices())
            if (companies_[c]) mark(g_.companies[c].origin);
        for (const rule_index r : rules_.indices())
            if (rules_[r]) mark(g_.rules[r].origin);
        std::vector<source_line> out;
        for (const source_index s : used.indices()) {
            if (!used[s]) continue;
            const auto& src = g_.sources[s];
            out.push_back({text(src.id), text(src.title), text(src.publisher), format_day(src.published), text(src.url)});
        }
        return out;
    }

private:
    graph_view g_;
    index_vector<item_index, std::uint8_t> items_;
    index_vector<company_index, std::uint8_t> companies_;
    index_vector<rule_index, std::uint8_t> rules_;
};

}  // namespace semichain::report::detail
