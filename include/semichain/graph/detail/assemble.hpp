// Turns an input (entities and relations by string id) into a graph's CSR
// arrays, checking every rule of the input on the way. Plain constexpr code:
// the run-time builder and compile-time lowering both call it.
#pragma once

#include <semichain/core/index.hpp>
#include <semichain/core/records.hpp>
#include <semichain/graph/input.hpp>
#include <semichain/graph/shape.hpp>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <tuple>
#include <string_view>
#include <type_traits>
#include <vector>

namespace semichain::detail {

/// A graph's arrays in vectors; string_views point into the input's strings.
using graph_data = graph_arrays<vector_storage>;

struct assembled {
    graph_data data;
    std::vector<basic_problem<std::string_view>> problems;  ///< errors and warnings, in input order per part

    [[nodiscard]] constexpr bool ok() const noexcept {
        for (const auto& p : problems)
            if (!is_warning(p.kind)) return false;
        return true;
    }
};

/// std::stable_sort, usable in constant expressions (it is not constexpr in
/// C++20): a bottom-up merge sort at compile time, the standard one at run time.
template <class It, class Compare>
constexpr void stable_sort(It first, It last, Compare comp) {
    if (!std::is_constant_evaluated()) {
        std::stable_sort(first, last, comp);
        return;
    }
    std::vector<typename std::iterator_traits<It>::value_type> buf(first, last);
    const std::size_t n = buf.size();
    for (std::size_t width = 1; width < n; width *= 2) {
        for (std::size_t lo = 0; lo < n; lo += 2 * width) {
            const std::size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
            std::merge(buf.begin() + lo, buf.begin() + mid, buf.begin() + mid, buf.begin() + hi, first + lo, comp);
        }
        std::copy(first, last, buf.begin());
    }
}

/// Sorted (id, input position) pairs of one kind, for lookup by id.
class id_index {
public:
    constexpr void add(std::string_view id, std::size_t pos) { entries_.push_back({id, pos}); }
    /// Sorts by id; returns the input positions of later duplicates.
    constexpr std::vector<std::size_t> finish() {
        std::sort(entries_.begin(), entries_.end(), [](const entry& a, const entry& b) {
            return a.id != b.id ? a.id < b.id : a.pos < b.pos;
        });
        std::vector<std::size_t> dups;
        std::vector<entry> unique;
        unique.reserve(entries_.size());
        for (const auto& e : entries_) {
            if (!unique.empty() && unique.back().id == e.id) dups.push_back(e.pos);
            else unique.push_back(e);
        }
        entries_ = std::move(unique);
        return dups;
    }
    /// Dense index (rank by id) of `id`, or none().
    template <TypedIndex I>
    [[nodiscard]] constexpr I find(std::string_view id) const noexcept {
        std::size_t lo = 0, hi = entries_.size();
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (entries_[mid].id == id) return I{mid};
            if (entries_[mid].id < id) lo = mid + 1; else hi = mid;
        }
        return I::none();
    }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return entries_.size(); }
    /// Input position of the entity with dense index i.
    template <TypedIndex I>
    [[nodiscard]] constexpr std::size_t position(I i) const noexcept { return entries_[i.value()].pos; }
    /// Every dense index, typed.
    template <TypedIndex I>
    [[nodiscard]] constexpr index_range<I> indices() const noexcept { return {0, static_cast<index_value>(entries_.size())}; }

private:
    struct entry {
        std::string_view id;
        std::size_t pos;
    };
    std::vector<entry> entries_;
};

template <class S>
class assembler {
public:
    explicit constexpr assembler(const basic_graph_input<S>& in) : in_{in} {}

    constexpr assembled run() {
        index_ids();
        make_sources();
        make_companies();
        make_items();
        make_offerings();
        make_requirements();
        make_dependents();
        make_ownership_and_investments();
        make_rules();
        make_installed();
        make_observations_licences_assists();
        report_repeated_relations();
        detail::stable_sort(out_.problems.begin(), out_.problems.end(), [](const auto& a, const auto& b) {
            return a.part != b.part ? a.part < b.part : a.index < b.index;
        });
        return std::move(out_);
    }

private:
    static constexpr std::string_view sv(const S& s) noexcept { return std::string_view{s}; }

    constexpr void report(problem_kind k, input_part part, std::size_t i, std::string_view field, std::string_view what,
                          std::size_t other = static_cast<std::size_t>(-1)) {
        out_.problems.push_back({k, part, i, field, what, other});
    }

    /// Reports every row whose key equals an earlier row's key (`key(i)` is
    /// row i's key, a tuple), naming the first row with that key.
    template <class Rows, class Key>
    constexpr void report_repeats(const Rows& rows, input_part part, std::string_view field, Key key) {
        std::vector<std::size_t> order(rows.size(), 0);  // with a value: clang 14 cannot value-initialise here
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const auto ka = key(rows[a]), kb = key(rows[b]);
            return ka != kb ? ka < kb : a < b;
        });
        std::size_t first = 0;
        for (std::size_t k = 1; k < order.size(); ++k) {
            if (key(rows[order[k]]) != key(rows[order[first]])) {
                first = k;
                continue;
            }
            report(problem_kind::duplicate_relation, part, order[k], field, std::get<0>(key(rows[order[k]])), order[first]);
        }
    }

    /// Two requires rows with the same (item, input, provider); two installed,
    /// owns or invests rows with the same key and dates (FORMAT.md).
    constexpr void report_repeated_relations() {
        report_repeats(in_.requires_, input_part::requires_, "input",
                       [](const auto& q) { return std::tuple{sv(q.input), sv(q.item), sv(q.provider)}; });
        report_repeats(in_.installed, input_part::installed, "input", [](const auto& u) {
            return std::tuple{sv(u.input), sv(u.provider), sv(u.item), sv(u.line), sv(u.maker), day_or(u.since, since_always)};
        });
        report_repeats(in_.owns, input_part::owns, "company", [](const auto& w) { return std::tuple{sv(w.company), sv(w.parent)}; });
        report_repeats(in_.invests, input_part::invests, "company",
                       [](const auto& v) { return std::tuple{sv(v.company), sv(v.investor), day_or(v.on, since_always)}; });
    }

    constexpr void index_ids() {
        const auto index_kind = [&](auto& idx, const auto& list, input_part part) {
            for (std::size_t i = 0; i < list.size(); ++i) {
                if (sv(list[i].id).empty()) report(problem_kind::empty_id, part, i, "id", "");
                else idx.add(sv(list[i].id), i);
            }
            for (const auto pos : idx.finish()) report(problem_kind::duplicate_id, part, pos, "id", sv(list[pos].id));
        };
        index_kind(sources_, in_.sources, input_part::sources);
        index_kind(companies_, in_.companies, input_part::companies);
        index_kind(items_, in_.items, input_part::items);
        index_kind(rules_, in_.rules, input_part::rules);
    }

    /// Resolves a reference; reports it when it names nothing.
    template <TypedIndex I>
    constexpr I resolve(const id_index& idx, std::string_view id, input_part part, std::size_t i, std::string_view field) {
        const I r = idx.find<I>(id);
        if (r.is_none()) report(problem_kind::unknown_reference, part, i, field, id);
        return r;
    }
    constexpr company_index company_ref(std::string_view id, input_part part, std::size_t i, std::string_view field) {
        return resolve<company_index>(companies_, id, part, i, field);
    }
    constexpr item_index item_ref(std::string_view id, input_part part, std::size_t i, std::string_view field) {
        return resolve<item_index>(items_, id, part, i, field);
    }
    constexpr provenance origin_of(const auto& rec, input_part part, std::size_t i) {
        provenance p{source_index::none(), rec.certainty};
        if (!sv(rec.source).empty()) p.source = resolve<source_index>(sources_, sv(rec.source), part, i, "source");
        return p;
    }
    static constexpr day_number day_or(const std::optional<date>& d, day_number fallback) {
        return d ? to_day_number(*d) : fallback;
    }
    constexpr bool check_fraction(const std::optional<double>& v, problem_kind k, input_part part, std::size_t i,
                                  std::string_view field) {
        if (v && !(*v >= 0.0 && *v <= 1.0)) {
            report(k, part, i, field, "");
            return false;
        }
        return true;
    }

    constexpr void make_sources() {
        out_.data.sources.resize(sources_.size());
        for (const auto k : sources_.indices<source_index>()) {
            const auto& s = in_.sources[sources_.position(k)];
            out_.data.sources[k.value()] = {sv(s.id), sv(s.title), sv(s.publisher), day_or(s.published, since_always), sv(s.url)};
        }
    }

    constexpr void make_companies() {
        auto& cs = out_.data.companies;
        cs.resize(companies_.size());
        for (const auto k : companies_.indices<company_index>()) {
            const std::size_t i = companies_.position(k);
            const auto& c = in_.companies[i];
            auto& r = cs[k.value()];
            r.id = sv(c.id);
            r.name = sv(c.name);
            r.location = c.location;
            r.roles = c.roles;
            if (!c.location && !c.roles.contains(role::aggregate))
                report(problem_kind::missing_country, input_part::companies, i, "country", sv(c.id));
            if (!sv(c.parent).empty()) r.parent = company_ref(sv(c.parent), input_part::companies, i, "parent");
            r.origin = origin_of(c, input_part::companies, i);
        }
        // A chain of parents longer than the number of companies is a cycle.
        for (const auto k : companies_.indices<company_index>()) {
            company_index p = cs[k.value()].parent;
            for (std::size_t steps = 0; !p.is_none(); ++steps) {
                if (p == k || steps > cs.size()) {
                    report(problem_kind::ownership_cycle, input_part::companies, companies_.position(k), "parent", cs[k.value()].id);
                    break;
                }
                p = cs[p.value()].parent;
            }
        }
    }

    constexpr void make_items() {
        auto& xs = out_.data.items;
        xs.resize(items_.size());
        for (const auto k : items_.indices<item_index>()) {
            const std::size_t i = items_.position(k);
            const auto& x = in_.items[i];
            auto& r = xs[k.value()];
            r.id = sv(x.id);
            r.name = sv(x.name);
            r.kind = x.kind;
            r.attributes_begin = static_cast<index_value>(out_.data.attributes.size());
            for (const auto& a : x.attributes)
                out_.data.attributes.push_back({sv(a.key), a.is_number, a.number, sv(a.text)});
            r.attributes_end = static_cast<index_value>(out_.data.attributes.size());
            r.origin = origin_of(x, input_part::items, i);
        }
    }

    constexpr void make_offerings() {
        struct keyed {
            offering_record rec;
            std::size_t pos;
        };
        std::vector<keyed> os;
        os.reserve(in_.provides.size());
        for (std::size_t i = 0; i < in_.provides.size(); ++i) {
            const auto& p = in_.provides[i];
            offering_record r;
            r.provider = company_ref(sv(p.provider), input_part::provides, i, "provider");
            r.item = item_ref(sv(p.item), input_part::provides, i, "item");
            r.line = sv(p.line);
            if (check_fraction(p.share, problem_kind::share_out_of_range, input_part::provides, i, "share") && p.share)
                r.share = *p.share;
            r.since = day_or(p.since, since_always);
            r.until = day_or(p.until, until_forever);
            if (p.since && p.until && r.since >= r.until)
                report(problem_kind::since_not_before_until, input_part::provides, i, "until", sv(p.item));
            r.origin = origin_of(p, input_part::provides, i);
            if (!r.provider.is_none() && !r.item.is_none()) os.push_back({r, i});
        }
        detail::stable_sort(os.begin(), os.end(), [](const keyed& a, const keyed& b) {
            if (a.rec.item != b.rec.item) return a.rec.item < b.rec.item;
            if (a.rec.provider != b.rec.provider) return a.rec.provider < b.rec.provider;
            if (a.rec.line != b.rec.line) return a.rec.line < b.rec.line;
            return a.rec.since < b.rec.since;
        });
        // One line is one offering at a time: periods of (provider, item, line) must not overlap.
        for (std::size_t k = 1; k < os.size(); ++k) {
            const auto &a = os[k - 1].rec, &b = os[k].rec;
            if (a.item == b.item && a.provider == b.provider && a.line == b.line && b.since < a.until &&
                a.since < a.until && b.since < b.until)  // a reversed period is reported as such
                report(problem_kind::duplicate_offering, input_part::provides, std::max(os[k].pos, os[k - 1].pos), "provider",
                       sv(in_.provides[os[k].pos].provider), std::min(os[k].pos, os[k - 1].pos));
        }
        auto& offs = out_.data.offerings;
        offs.reserve(os.size());
        for (const auto& k : os) {
            offs.push_back(k.rec);
        }
        out_.data.item_offerings_begin = csr_begin(items_.size(), offs, [](const offering_record& o) { return o.item.value(); });

        // Warning: the shares of one item above 1.02 (each provider counted once, at its largest share).
        for (const auto x : items_.indices<item_index>()) {
            double total = 0.0;
            const index_value first = out_.data.item_offerings_begin[x.value()], last = out_.data.item_offerings_begin[x.value() + 1];
            for (index_value o = first; o < last; ++o) {
                const bool last_of_provider = o + 1 == last || offs[o + 1].provider != offs[o].provider;
                if (!last_of_provider) continue;
                double best = unknown_fraction;
                for (index_value q = o + 1; q-- > first && offs[q].provider == offs[o].provider;)
                    best = std::max(best, offs[q].share);
                if (best > 0.0) total += best;
            }
            if (total > 1.02 + 1e-9)  // up to 1.02 is rounding (DESIGN.md §5)
                report(problem_kind::shares_exceed_one, input_part::items, items_.position(x), "id", out_.data.items[x.value()].id);
        }
    }

    template <class Rec, class Key>
    static constexpr std::vector<index_value> csr_begin(std::size_t n, const std::vector<Rec>& sorted, Key key) {
        std::vector<index_value> begin(n + 1, 0);
        for (const auto& r : sorted) ++begin[key(r) + 1];
        for (std::size_t i = 0; i < n; ++i) begin[i + 1] += begin[i];
        return begin;
    }

    constexpr void make_requirements() {
        struct item_req {
            index_value item;
            requirement_record rec;
            std::size_t pos;
        };
        struct offer_req {
            index_value offering;
            requirement_record rec;
            std::size_t pos;
        };
        std::vector<item_req> irs;
        std::vector<offer_req> ors;
        const auto& offs = out_.data.offerings;
        const auto& begin = out_.data.item_offerings_begin;
        for (std::size_t i = 0; i < in_.requires_.size(); ++i) {
            const auto& q = in_.requires_[i];
            requirement_record r;
            const item_index x = item_ref(sv(q.item), input_part::requires_, i, "item");
            r.input = item_ref(sv(q.input), input_part::requires_, i, "input");
            if (check_fraction(q.weight, problem_kind::weight_out_of_range, input_part::requires_, i, "weight") && q.weight)
                r.weight = *q.weight;
            r.capital = q.capital;
            r.origin = origin_of(q, input_part::requires_, i);
            if (!x.is_none() && x == r.input) {
                report(problem_kind::self_requirement, input_part::requires_, i, "input", sv(q.input));
                continue;
            }
            if (sv(q.provider).empty()) {
                if (!x.is_none() && !r.input.is_none()) irs.push_back({x.value(), r, i});
                continue;
            }
            const company_index p = company_ref(sv(q.provider), input_part::requires_, i, "provider");
            if (x.is_none() || p.is_none() || r.input.is_none()) continue;
            bool found = false;
            for (index_value o = begin[x.value()]; o < begin[x.value() + 1]; ++o)
                if (offs[o].provider == p) {
                    ors.push_back({o, r, i});
                    found = true;
                }
            if (!found) report(problem_kind::unknown_offering, input_part::requires_, i, "provider", sv(q.provider));
        }
        detail::stable_sort(irs.begin(), irs.end(), [](const item_req& a, const item_req& b) { return a.item < b.item; });
        detail::stable_sort(ors.begin(), ors.end(), [](const offer_req& a, const offer_req& b) { return a.offering < b.offering; });
        for (const auto& r : irs) out_.data.item_requirements.push_back(r.rec);
        for (const auto& r : ors) out_.data.offering_requirements.push_back(r.rec);
        out_.data.item_requirements_begin = csr_begin(items_.size(), irs, [](const item_req& r) { return r.item; });
        out_.data.offering_requirements_begin = csr_begin(offs.size(), ors, [](const offer_req& r) { return r.offering; });

        // The weights of one offering (its item's and its own) add up to at most 1.
        const auto& ib = out_.data.item_requirements_begin;
        const auto& ob = out_.data.offering_requirements_begin;
        for (std::size_t o = 0; o < offs.size(); ++o) {
            const index_value x = offs[o].item.value();
            double total = 0.0;
            std::size_t last = 0;
            for (index_value k = ib[x]; k < ib[x + 1]; ++k)
                if (irs[k].rec.has_weight()) { total += irs[k].rec.weight; last = std::max(last, irs[k].pos); }
            for (index_value k = ob[o]; k < ob[o + 1]; ++k)
                if (ors[k].rec.has_weight()) { total += ors[k].rec.weight; last = std::max(last, ors[k].pos); }
            if (total > 1.0 + 1e-9) {
                // Report once per requirement entry, not once per offering.
                bool seen = false;
                for (const auto& p : out_.problems)
                    if (p.kind == problem_kind::weights_exceed_one && p.index == last) seen = true;
                if (!seen) report(problem_kind::weights_exceed_one, input_part::requires_, last, "weight", sv(in_.requires_[last].item));
            }
        }
    }

    constexpr void make_dependents() {
        const auto& d = out_.data;
        struct edge {
            item_index input;
            offering_index offering;
        };
        std::vector<edge> es;
        for (index_value o = 0; o < d.offerings.size(); ++o) {
            const index_value x = d.offerings[o].item.value();
            for (index_value k = d.item_requirements_begin[x]; k < d.item_requirements_begin[x + 1]; ++k)
                es.push_back({d.item_requirements[k].input, offering_index{o}});
            for (index_value k = d.offering_requirements_begin[o]; k < d.offering_requirements_begin[o + 1]; ++k)
                es.push_back({d.offering_requirements[k].input, offering_index{o}});
        }
        std::sort(es.begin(), es.end(), [](const edge& a, const edge& b) {
            return a.input != b.input ? a.input < b.input : a.offering < b.offering;
        });
        es.erase(std::unique(es.begin(), es.end(), [](const edge& a, const edge& b) {
                     return a.input == b.input && a.offering == b.offering;
                 }),
                 es.end());
        out_.data.dependents.reserve(es.size());
        for (const auto& e : es) out_.data.dependents.push_back(e.offering);
        out_.data.dependents_begin = csr_begin(items_.size(), es, [](const edge& e) { return e.input.value(); });
    }

    constexpr void make_ownership_and_investments() {
        for (std::size_t i = 0; i < in_.owns.size(); ++i) {
            const auto& w = in_.owns[i];
            ownership_record r;
            r.parent = company_ref(sv(w.parent), input_part::owns, i, "parent");
            r.company = company_ref(sv(w.company), input_part::owns, i, "company");
            r.origin = origin_of(w, input_part::owns, i);
            if (!r.parent.is_none() && r.parent == r.company)
                report(problem_kind::ownership_cycle, input_part::owns, i, "company", sv(w.company));
            else if (!r.parent.is_none() && !r.company.is_none()) out_.data.owns.push_back(r);
        }
        for (std::size_t i = 0; i < in_.invests.size(); ++i) {
            const auto& v = in_.invests[i];
            investment_record r;
            r.investor = company_ref(sv(v.investor), input_part::invests, i, "investor");
            r.company = company_ref(sv(v.company), input_part::invests, i, "company");
            r.date = day_or(v.on, since_always);
            if (check_fraction(v.stake, problem_kind::share_out_of_range, input_part::invests, i, "stake") && v.stake)
                r.stake = *v.stake;
            r.origin = origin_of(v, input_part::invests, i);
            if (!r.investor.is_none() && !r.company.is_none()) out_.data.invests.push_back(r);
        }
        for (std::size_t i = 0; i < in_.variants.size(); ++i) {
            const auto& v = in_.variants[i];
            variant_record r;
            r.item = item_ref(sv(v.item), input_part::variants, i, "item");
            r.general = item_ref(sv(v.general), input_part::variants, i, "general");
            r.origin = origin_of(v, input_part::variants, i);
            if (!r.item.is_none() && !r.general.is_none()) out_.data.variants.push_back(r);
        }
    }

    constexpr void make_rules() {
        auto& rs = out_.data.rules;
        rs.resize(rules_.size());
        for (const auto k : rules_.indices<rule_index>()) {
            const std::size_t i = rules_.position(k);
            const auto& u = in_.rules[i];
            auto& r = rs[k.value()];
            r.id = sv(u.id);
            r.name = sv(u.name);
            r.kind = u.kind;
            r.authority = u.authority;
            if (!u.authority) report(problem_kind::missing_authority, input_part::rules, i, "authority", sv(u.id));
            if (u.effective) r.effective = to_day_number(*u.effective);
            else report(problem_kind::missing_effective_date, input_part::rules, i, "effective", sv(u.id));
            r.scope = u.scope;
            r.announced = day_or(u.announced, since_always);
            r.savings_until = day_or(u.savings_until, since_always);
            r.policy = u.policy;
            r.policies_begin = static_cast<index_value>(out_.data.rule_policies.size());
            for (const auto& pol : u.policies) {
                policy_record q{pol.match, static_cast<index_value>(out_.data.conditions.size()), 0, pol.policy};
                for (const auto& c : pol.conditions)
                    out_.data.conditions.push_back({sv(c.key), c.op, c.is_number, c.number, sv(c.text)});
                q.conditions_end = static_cast<index_value>(out_.data.conditions.size());
                out_.data.rule_policies.push_back(q);
            }
            r.policies_end = static_cast<index_value>(out_.data.rule_policies.size());
            r.targets_begin = static_cast<index_value>(out_.data.rule_targets.size());
            for (const auto& t : u.targets) {
                const company_index c = company_ref(sv(t), input_part::rules, i, "targets");
                if (!c.is_none()) out_.data.rule_targets.push_back(c);
            }
            r.targets_end = static_cast<index_value>(out_.data.rule_targets.size());
            r.buyer_countries = u.buyer_countries;
            r.match_category = u.match;
            r.conditions_begin = static_cast<index_value>(out_.data.conditions.size());
            for (const auto& c : u.conditions)
                out_.data.conditions.push_back({sv(c.key), c.op, c.is_number, c.number, sv(c.text)});
            r.conditions_end = static_cast<index_value>(out_.data.conditions.size());
            if (u.kind == rule_kind::entity_listing && u.targets.empty())
                report(problem_kind::listing_without_targets, input_part::rules, i, "targets", sv(u.id));
            if (u.kind == rule_kind::threshold && !u.match && u.conditions.empty())
                report(problem_kind::threshold_without_match, input_part::rules, i, "match", sv(u.id));
            r.origin = origin_of(u, input_part::rules, i);
        }
    }

    /// The offerings of the line (provider, item, line): its periods.
    constexpr std::vector<index_value> line_offerings(company_index p, item_index x, std::string_view line) const {
        std::vector<index_value> out;
        const auto& d = out_.data;
        for (index_value o = d.item_offerings_begin[x.value()]; o < d.item_offerings_begin[x.value() + 1]; ++o)
            if (d.offerings[o].provider == p && d.offerings[o].line == line) out.push_back(o);
        return out;
    }

    /// Is `input` the input of a capital requirement of offering o, or a variant of one?
    constexpr bool capital_input_of(index_value o, item_index input) const {
        const auto& d = out_.data;
        const auto is_capital_input = [&](const requirement_record& r) {
            if (!r.capital) return false;
            if (r.input == input) return true;
            for (const auto& v : d.variants)
                if (v.item == input && v.general == r.input) return true;
            return false;
        };
        const index_value x = d.offerings[o].item.value();
        for (index_value k = d.item_requirements_begin[x]; k < d.item_requirements_begin[x + 1]; ++k)
            if (is_capital_input(d.item_requirements[k])) return true;
        for (index_value k = d.offering_requirements_begin[o]; k < d.offering_requirements_begin[o + 1]; ++k)
            if (is_capital_input(d.offering_requirements[k])) return true;
        return false;
    }

    constexpr void make_installed() {
        struct keyed {
            index_value offering;
            installed_record rec;
        };
        std::vector<keyed> rows;
        for (std::size_t i = 0; i < in_.installed.size(); ++i) {
            const auto& u = in_.installed[i];
            const company_index p = company_ref(sv(u.provider), input_part::installed, i, "provider");
            const item_index x = item_ref(sv(u.item), input_part::installed, i, "item");
            installed_record r;
            r.input = item_ref(sv(u.input), input_part::installed, i, "input");
            r.maker = company_ref(sv(u.maker), input_part::installed, i, "maker");
            r.since = day_or(u.since, since_always);
            r.origin = origin_of(u, input_part::installed, i);
            if (p.is_none() || x.is_none() || r.input.is_none() || r.maker.is_none()) continue;
            const auto os = line_offerings(p, x, sv(u.line));
            if (os.empty()) report(problem_kind::unknown_line, input_part::installed, i, "line", sv(u.line));
            bool capital = os.empty();
            for (const index_value o : os) {
                rows.push_back({o, r});
                capital = capital || capital_input_of(o, r.input);
            }
            if (!capital) report(problem_kind::installed_not_capital, input_part::installed, i, "input", sv(u.input));
        }
        detail::stable_sort(rows.begin(), rows.end(), [](const keyed& a, const keyed& b) { return a.offering < b.offering; });
        for (const auto& k : rows) out_.data.installed.push_back(k.rec);
        out_.data.installed_begin = csr_begin(out_.data.offerings.size(), rows, [](const keyed& k) { return k.offering; });
    }

    constexpr void make_observations_licences_assists() {
        auto& d = out_.data;
        for (std::size_t i = 0; i < in_.observations.size(); ++i) {
            const auto& u = in_.observations[i];
            const company_index p = company_ref(sv(u.provider), input_part::observations, i, "provider");
            const item_index x = item_ref(sv(u.item), input_part::observations, i, "item");
            observation_record r;
            if (!sv(u.buyer).empty()) r.buyer = company_ref(sv(u.buyer), input_part::observations, i, "buyer");
            r.date = day_or(u.on, since_always);
            r.origin = origin_of(u, input_part::observations, i);
            if (p.is_none() || x.is_none()) continue;
            const auto os = line_offerings(p, x, sv(u.line));
            if (os.empty()) report(problem_kind::unknown_line, input_part::observations, i, "line", sv(u.line));
            for (const index_value o : os) {
                r.offering = offering_index{o};
                d.observations.push_back(r);
            }
        }
        detail::stable_sort(d.observations.begin(), d.observations.end(),
                            [](const observation_record& a, const observation_record& b) { return a.offering < b.offering; });
        for (std::size_t i = 0; i < in_.licences.size(); ++i) {
            const auto& u = in_.licences[i];
            licence_record r;
            r.rule = resolve<rule_index>(rules_, sv(u.rule), input_part::licences, i, "rule");
            if (!sv(u.buyer).empty()) r.buyer = company_ref(sv(u.buyer), input_part::licences, i, "buyer");
            if (!sv(u.provider).empty()) r.provider = company_ref(sv(u.provider), input_part::licences, i, "provider");
            if (!sv(u.item).empty()) r.item = item_ref(sv(u.item), input_part::licences, i, "item");
            r.granted = day_or(u.granted, since_always);
            r.revoked = day_or(u.revoked, until_forever);
            if (u.granted && u.revoked && r.granted >= r.revoked)
                report(problem_kind::since_not_before_until, input_part::licences, i, "revoked", sv(u.rule));
            r.origin = origin_of(u, input_part::licences, i);
            if (!r.rule.is_none()) d.licences.push_back(r);
        }
        detail::stable_sort(d.licences.begin(), d.licences.end(),
                            [](const licence_record& a, const licence_record& b) { return a.rule < b.rule; });
        for (std::size_t i = 0; i < in_.assists.size(); ++i) {
            const auto& u = in_.assists[i];
            assist_record r;
            r.company = company_ref(sv(u.company), input_part::assists, i, "company");
            r.assisted = company_ref(sv(u.assisted), input_part::assists, i, "assisted");
            r.since = day_or(u.since, since_always);
            r.origin = origin_of(u, input_part::assists, i);
            if (!r.company.is_none() && !r.assisted.is_none()) d.assists.push_back(r);
        }
    }

    const basic_graph_input<S>& in_;
    id_index sources_, companies_, items_, rules_;
    assembled out_;
};

/// Builds a graph's arrays from an input, with every problem found.
template <class S>
constexpr assembled assemble(const basic_graph_input<S>& in) {
    return assembler<S>{in}.run();
}

}  // namespace semichain::detail
