// What a graph is built from: entities and relations that refer to each other
// by string id, as data files and compile-time models state them.
#pragma once

#include <semichain/core/records.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace semichain {

/// Templated on the string type: `std::string` for the run-time builder,
/// `std::string_view` for compile-time lowering.
template <class S>
struct basic_source_input {
    S id{}, title{}, publisher{};
    std::optional<date> published{};
    S url{};
};

template <class S>
struct basic_company_input {
    S id{}, name{};
    std::optional<country> location{};  ///< required, except for a residual aggregate provider
    role_set roles{};
    S parent{};  ///< empty: none
    S source{};  ///< empty: none
    status certainty = status::unspecified;
};

template <class S>
struct basic_attribute_input {
    S key{};
    bool is_number = false;
    double number = 0.0;
    S text{};
};

template <class S>
struct basic_item_input {
    S id{}, name{};
    category kind = category::other;
    std::vector<basic_attribute_input<S>> attributes{};
    S source{};
    status certainty = status::unspecified;
};

template <class S>
struct basic_provides_input {
    S provider{}, item{};
    S line{};  ///< empty: the provider's only line of the item
    std::optional<double> share{};
    std::optional<date> since{}, until{};
    S source{};
    status certainty = status::unspecified;
};

template <class S>
struct basic_requires_input {
    S item{}, input{};
    S provider{};  ///< empty: every offering of the item; else that offering only
    std::optional<double> weight{};
    bool capital = false;
    S source{};
    status certainty = status::unspecified;
};

template <class S>
struct basic_owns_input {
    S parent{}, company{};
    S source{};
    status certainty = status::unspecified;
};

template <class S>
struct basic_invests_input {
    S investor{}, company{};
    std::optional<date> on{};
    std::optional<double> stake{};
    S source{};
    status certainty = status::unspecified;
};

template <class S>
struct basic_variant_input {
    S item{}, general{};
    S source{};
    status certainty = status::unspecified;
};

template <class S>
struct basic_condition_input {
    S key{};
    condition_op op = condition_op::equals;
    bool is_number = false;
    double number = 0.0;
    S text{};
};

/// A licence policy for the items that meet `match` and `conditions`.
template <class S>
struct basic_policy_input {
    std::optional<category> match{};
    std::vector<basic_condition_input<S>> conditions{};
    licence_policy policy = licence_policy::presumption_of_denial;
};

template <class S>
struct basic_rule_input {
    S id{}, name{};
    rule_kind kind = rule_kind::entity_listing;
    std::optional<country> authority{};
    std::optional<date> effective{};
    rule_scope scope = rule_scope::origin;
    std::optional<date> announced{}, savings_until{};
    licence_policy policy = licence_policy::presumption_of_denial;  ///< for items no entry of `policies` matches
    std::vector<basic_policy_input<S>> policies{};                  ///< per-item policies, read in order
    std::vector<S> targets{};         ///< entity listing: company ids
    bloc buyer_countries{};           ///< threshold
    std::optional<category> match{};  ///< threshold: category matched, if any
    std::vector<basic_condition_input<S>> conditions{};
    S source{};
    status certainty = status::unspecified;
};

/// `maker`'s `input` is installed in the line (provider, item, line) since a date.
template <class S>
struct basic_installed_input {
    S provider{}, item{}, line{};
    S input{}, maker{};
    std::optional<date> since{};
    S source{};
    status certainty = status::unspecified;
};

/// A source saw the line (provider, item, line) in production for `buyer`
/// (empty: any buyer) from `date` on.
template <class S>
struct basic_observation_input {
    S provider{}, item{}, line{};
    S buyer{};
    std::optional<date> on{};
    S source{};
    status certainty = status::unspecified;
};

/// A dated licence grant or revocation under `rule`, narrowed by buyer,
/// provider and item (empty: any).
template <class S>
struct basic_licence_input {
    S rule{};
    S buyer{}, provider{}, item{};
    std::optional<date> granted{}, revoked{};
    S source{};
    status certainty = status::unspecified;
};

/// `company` placed staff or task forces at `assisted` from `since`.
template <class S>
struct basic_assist_input {
    S company{}, assisted{};
    std::optional<date> since{};
    S source{};
    status certainty = status::unspecified;
};

/// Everything a graph is built from.
template <class S>
struct basic_graph_input {
    std::vector<basic_source_input<S>> sources{};
    std::vector<basic_company_input<S>> companies{};
    std::vector<basic_item_input<S>> items{};
    std::vector<basic_provides_input<S>> provides{};
    std::vector<basic_requires_input<S>> requires_{};
    std::vector<basic_owns_input<S>> owns{};
    std::vector<basic_invests_input<S>> invests{};
    std::vector<basic_variant_input<S>> variants{};
    std::vector<basic_rule_input<S>> rules{};
    std::vector<basic_installed_input<S>> installed{};
    std::vector<basic_observation_input<S>> observations{};
    std::vector<basic_licence_input<S>> licences{};
    std::vector<basic_assist_input<S>> assists{};
};

/// The same input with every string mapped by `f` (owning copies, interned
/// views, …); everything else is copied as it is.
template <class To, class From, class F>
basic_graph_input<To> convert_input(const basic_graph_input<From>& in, F&& f) {
    basic_graph_input<To> out;
    out.sources.reserve(in.sources.size());
    for (const auto& x : in.sources) out.sources.push_back({f(x.id), f(x.title), f(x.publisher), x.published, f(x.url)});
    out.companies.reserve(in.companies.size());
    for (const auto& x : in.companies)
        out.companies.push_back({f(x.id), f(x.name), x.location, x.roles, f(x.parent), f(x.source), x.certainty});
    out.items.reserve(in.items.size());
    for (const auto& x : in.items) {
        basic_item_input<To> it{f(x.id), f(x.name), x.kind, {}, f(x.source), x.certainty};
        for (const auto& a : x.attributes) it.attributes.push_back({f(a.key), a.is_number, a.number, f(a.text)});
        out.items.push_back(std::move(it));
    }
    out.provides.reserve(in.provides.size());
    for (const auto& x : in.provides)
        out.provides.push_back({f(x.provider), f(x.item), f(x.line), x.share, x.since, x.until, f(x.source), x.certainty});
    out.requires_.reserve(in.requires_.size());
    for (const auto& x : in.requires_)
        out.requires_.push_back({f(x.item), f(x.input), f(x.provider), x.weight, x.capital, f(x.source), x.certainty});
    for (const auto& x : in.owns) out.owns.push_back({f(x.parent), f(x.company), f(x.source), x.certainty});
    for (const auto& x : in.invests)
        out.invests.push_back({f(x.investor), f(x.company), x.on, x.stake, f(x.source), x.certainty});
    for (const auto& x : in.variants) out.variants.push_back({f(x.item), f(x.general), f(x.source), x.certainty});
    const auto condition = [&](const basic_condition_input<From>& c) {
        return basic_condition_input<To>{f(c.key), c.op, c.is_number, c.number, f(c.text)};
    };
    for (const auto& x : in.rules) {
        basic_rule_input<To> r{f(x.id), f(x.name), x.kind, x.authority, x.effective, x.scope, x.announced,
                               x.savings_until, x.policy, {}, {}, x.buyer_countries, x.match, {}, f(x.source),
                               x.certainty};
        for (const auto& p : x.policies) {
            basic_policy_input<To> q{p.match, {}, p.policy};
            for (const auto& c : p.conditions) q.conditions.push_back(condition(c));
            r.policies.push_back(std::move(q));
        }
        for (const auto& t : x.targets) r.targets.push_back(f(t));
        for (const auto& c : x.conditions) r.conditions.push_back(condition(c));
        out.rules.push_back(std::move(r));
    }
    for (const auto& x : in.installed)
        out.installed.push_back({f(x.provider), f(x.item), f(x.line), f(x.input), f(x.maker), x.since, f(x.source), x.certainty});
    for (const auto& x : in.observations)
        out.observations.push_back({f(x.provider), f(x.item), f(x.line), f(x.buyer), x.on, f(x.source), x.certainty});
    for (const auto& x : in.licences)
        out.licences.push_back({f(x.rule), f(x.buyer), f(x.provider), f(x.item), x.granted, x.revoked, f(x.source), x.certainty});
    for (const auto& x : in.assists) out.assists.push_back({f(x.company), f(x.assisted), x.since, f(x.source), x.certainty});
    return out;
}

using source_input = basic_source_input<std::string>;
using company_input = basic_company_input<std::string>;
using attribute_input = basic_attribute_input<std::string>;
using item_input = basic_item_input<std::string>;
using provides_input = basic_provides_input<std::string>;
using requires_input = basic_requires_input<std::string>;
using owns_input = basic_owns_input<std::string>;
using invests_input = basic_invests_input<std::string>;
using variant_input = basic_variant_input<std::string>;
using condition_input = basic_condition_input<std::string>;
using rule_input = basic_rule_input<std::string>;
using policy_input = basic_policy_input<std::string>;
using installed_input = basic_installed_input<std::string>;
using observation_input = basic_observation_input<std::string>;
using licence_input = basic_licence_input<std::string>;
using assist_input = basic_assist_input<std::string>;
using graph_input = basic_graph_input<std::string>;

/// The part of an input a problem is about.
enum class input_part : std::uint8_t {
    sources, companies, items, provides, requires_, owns, invests, variants, rules, installed, observations, licences, assists
};

/// The rules a graph's input must keep.
enum class problem_kind : std::uint8_t {
    empty_id,
    duplicate_id,
    unknown_reference,        ///< a reference to an id that does not exist
    missing_country,          ///< a company without a location that is not a residual aggregate
    share_out_of_range,       ///< share outside [0, 1]
    weight_out_of_range,      ///< weight outside [0, 1]
    since_not_before_until,   ///< since ≥ until
    weights_exceed_one,       ///< the weights of one offering add up to more than 1
    unknown_offering,         ///< an offering-level requirement whose offering does not exist
    self_requirement,         ///< an item that requires itself
    missing_effective_date,   ///< a rule without an effective date
    missing_authority,        ///< a rule without an authority
    listing_without_targets,  ///< an entity listing that lists nobody
    threshold_without_match,  ///< a threshold that matches no category and no attribute
    ownership_cycle,          ///< a company owning itself through parents
    shares_exceed_one,        ///< warning: the shares of one item add up to more than 1.02
    unknown_line,             ///< an installed or observation row names a line no offering has
    duplicate_offering,       ///< two offerings with the same (provider, item, line) and overlapping periods
    installed_not_capital,    ///< warning: an installed input that is no capital requirement of the line (nor a variant of one)
    duplicate_relation,       ///< two requires, installed, owns or invests rows with the same key (and dates)
};

namespace detail {
inline constexpr enum_names<problem_kind, 20> problem_kind_names{{
    "ids must not be empty",
    "ids must be unique within their kind",
    "references must name an existing id",
    "a company needs a country (only a residual aggregate provider may have none)",
    "a share must be a fraction in [0, 1]",
    "a weight must be a fraction in [0, 1]",
    "since must be before until",
    "the weights of one offering must add up to at most 1",
    "an offering-level requirement needs an existing offering (provider provides item)",
    "an item cannot require itself",
    "a control rule needs an effective date",
    "a control rule needs an authority",
    "an entity listing needs at least one target",
    "a threshold rule needs a category or an attribute condition",
    "a company cannot own itself",
    "the shares of one item add up to more than 1.02 (concentration renormalises them)",
    "a line must be one of the provider's offerings of the item (provider, item, line)",
    "offerings with the same provider, item and line must not overlap in time",
    "an installed input has no effect unless it is (a variant of) a capital requirement of the line",
    "a relation must not be given twice (same key and dates)",
}};
inline constexpr enum_names<input_part, 13> input_part_names{{"sources", "companies", "items", "provides", "requires", "owns",
                                                             "invests", "variants", "controls", "installed", "observations",
                                                             "licences", "assists"}};
}  // namespace detail

/// The rule, in words.
constexpr std::string_view describe(problem_kind k) noexcept { return detail::problem_kind_names.name(k); }
/// The input's part as the semichain/1 format names it ("requires", "controls").
constexpr std::string_view to_string(input_part p) noexcept { return detail::input_part_names.name(p); }
/// shares_exceed_one and installed_not_capital are warnings; every other problem stops the build.
constexpr bool is_warning(problem_kind k) noexcept {
    return k == problem_kind::shares_exceed_one || k == problem_kind::installed_not_capital;
}

/// One problem found in an input: which rule, where (part, position, field)
/// and the offending id or value.
template <class S>
struct basic_problem {
    problem_kind kind{};
    input_part part{};
    std::size_t index = 0;  ///< position within the part, in input order
    std::string_view field{};
    S offending{};
    /// For a repeated row (duplicate_offering, duplicate_relation): the
    /// position, in the same part, of the earlier row it repeats; else npos.
    std::size_t other = static_cast<std::size_t>(-1);

    [[nodiscard]] constexpr bool has_other() const noexcept { return other != static_cast<std::size_t>(-1); }
};
using problem = basic_problem<std::string>;

}  // namespace semichain
