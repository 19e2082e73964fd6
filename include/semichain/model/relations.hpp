// Relations of a compile-time model: values typed on entity types. Each is an
// aggregate, so designated initialisers name its optional fields:
//
//     semichain::provides<tsmc, tsmc_n5, s004>{.share = semichain::share{0.9}, .since = 2020y / 4 / 1}
//     semichain::requires_<kirin_9000s, smic_n_plus_2>{.weight = semichain::weight{0.4}}
//
// A line of an offering, an observation's buyer and a licence's narrowing are
// type arguments after the source, in any order, so that the graph's sizes
// follow from the model's types alone:
//
//     semichain::provides<smic, smic_40nm, s001, semichain::line<"non_a">>{}
//     semichain::observed<smic, smic_n_plus_2, s120, semichain::for_buyer<hisilicon>>{.on = 2023y / 8 / 29}
//     semichain::licence<nl_critical_immersion_2023, s117, semichain::of_item<nxt_2050i>>{.revoked = 2024y / 1 / 1}
//
// A wrong combination (a company where an item belongs, swapped arguments)
// stops at a static_assert worded for the relation.
#pragma once

#include <semichain/core/control.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/entity.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/model/detail/entity_checks.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

namespace semichain {

namespace detail {
enum class relation_kind : std::uint8_t {
    provides, requires_item, requires_offering, owns, invests, variant_of, listed, installed, observed, licence, assists
};

/// A string literal as a template argument: line<"non_a">.
template <std::size_t N>
struct fixed_string {
    char chars[N]{};
    consteval fixed_string(const char (&s)[N]) noexcept {  // NOLINT: implicit, for line<"...">
        for (std::size_t i = 0; i < N; ++i) chars[i] = s[i];
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars, N - 1}; }
};

struct line_option {};
struct buyer_option {};
struct provider_option {};
struct item_option {};

/// An entity type, or no_source, as a relation's type argument.
template <class T>
concept EntityOrNoSource = std::same_as<T, no_source> || EntityType<T>;

/// The entity types a relation refers to, its source included.
template <class Src, class... Ts>
using references_with = std::conditional_t<std::is_same_v<Src, no_source>, type_list<Ts...>, type_list<Ts..., Src>>;

template <class Src>
consteval bool check_relation_source() {
    if constexpr (!std::is_same_v<Src, no_source>) {
        static_assert(std::derived_from<Src, source>,
                      "a relation's last type argument, if given, must be a source (a type deriving from "
                      "semichain::source)");
        return entity_checked<Src>;
    }
    return true;
}
}  // namespace detail

/// The line `Name` of an offering, as a type argument after the source:
/// `provides<smic, smic_40nm, s001, line<"non_a">>`. Without it, the
/// provider's only (unnamed) line.
template <detail::fixed_string Name>
struct line : detail::line_option {
    static_assert(Name.view().size() > 0, "line<Name>: a line's name must not be empty (leave line<> out for the "
                                          "provider's only line)");
    static constexpr std::string_view id = Name.view();
};

/// Narrows an observation or a licence to one buyer.
template <detail::EntityType Buyer>
struct for_buyer : detail::buyer_option {
    static_assert(std::derived_from<Buyer, company>, "for_buyer<Buyer>: the buyer must be a company");
    using type = Buyer;
};
/// Narrows a licence to one provider's offerings.
template <detail::EntityType Provider>
struct from_provider : detail::provider_option {
    static_assert(std::derived_from<Provider, company>, "from_provider<Provider>: the provider must be a company");
    using type = Provider;
};
/// Narrows a licence to one item.
template <detail::EntityType Item>
struct of_item : detail::item_option {
    static_assert(std::derived_from<Item, item>, "of_item<Item>: the item must be an item");
    using type = Item;
};

namespace detail {
/// The line named by the options (empty: the only line).
template <class... Opts>
consteval std::string_view line_of() {
    std::string_view out{};
    (void)std::initializer_list<int>{([&] {
        if constexpr (std::derived_from<Opts, line_option>) out = Opts::id;
    }(), 0)...};
    return out;
}
/// The entity type an option of kind Tag names among Opts, or void.
template <class Tag, class... Opts>
struct option_type {
    using type = void;
};
template <class Tag, class O, class... Opts>
struct option_type<Tag, O, Opts...> {
    using type = std::conditional_t<std::derived_from<O, Tag>, O, typename option_type<Tag, Opts...>::type>;
};
template <class O>
struct option_entity {
    using type = type_list<>;
};
template <class O>
    requires requires { typename O::type; }
struct option_entity<O> {
    using type = type_list<typename O::type>;
};
template <class Tag, class... Opts>
constexpr std::string_view option_id() noexcept {
    using O = typename option_type<Tag, Opts...>::type;
    if constexpr (std::is_void_v<O>) return {};
    else return O::type::id;
}
template <class Tag, class... Opts>
inline constexpr std::size_t option_count = (0 + ... + (std::derived_from<Opts, Tag> ? 1 : 0));

/// The entity types the options name.
template <class... Ls>
struct join_lists;
template <>
struct join_lists<> {
    using type = type_list<>;
};
template <class... As>
struct join_lists<type_list<As...>> {
    using type = type_list<As...>;
};
template <class... As, class... Bs, class... Rest>
struct join_lists<type_list<As...>, type_list<Bs...>, Rest...> : join_lists<type_list<As..., Bs...>, Rest...> {};
template <class Base, class... Opts>
using references_with_options = typename join_lists<Base, typename option_entity<Opts>::type...>::type;
}  // namespace detail

/// `Provider` provides `Item`: an offering. `share` is the provider's
/// fraction of the item's global market; the offering runs over [since, until).
/// An optional `line<"name">` after the source names one of several lines
/// of the item by the provider (each line is one offering at a time).
template <detail::EntityType Provider, detail::EntityType Offered, detail::EntityOrNoSource Src = no_source,
          class... Line>
struct provides {
    static_assert(std::derived_from<Provider, company> && std::derived_from<Offered, item>,
                  "provides<Provider, Item>: the provider must be a company and the item an item (are the two "
                  "arguments swapped?)");
    static_assert(detail::entity_checked<Provider> && detail::entity_checked<Offered> &&
                  detail::check_relation_source<Src>());
    static_assert(sizeof...(Line) <= 1 && (std::derived_from<Line, detail::line_option> && ...),
                  "provides<Provider, Item, Source, Line>: after the source comes at most one semichain::line<\"name\">");
    static constexpr detail::relation_kind relation = detail::relation_kind::provides;
    static constexpr std::string_view line = detail::line_of<Line...>();
    using provider_type = Provider;
    using item_type = Offered;
    using source_type = Src;
    using references = detail::references_with<Src, Provider, Offered>;

    std::optional<semichain::share> share{};
    std::optional<date> since{}, until{};
    status certainty = status::unspecified;
};

/// Making `Item` needs `Input`, for every offering of the item. `weight` is
/// the input's fraction of the item's value; `capital` marks equipment
/// (checked at the date an offering began).
template <detail::EntityType Made, detail::EntityType Input, detail::EntityOrNoSource Src = no_source>
struct requires_ {
    static_assert(std::derived_from<Made, item>, "requires_<Item, Input>: the first argument must be an item");
    static_assert(std::derived_from<Input, item>,
                  "requires_<Item, Input>: the input must be an item (a company provides items; it is not an input)");
    static_assert(!std::is_same_v<Made, Input>, "requires_<Item, Input>: an item cannot require itself");
    static_assert(detail::entity_checked<Made> && detail::entity_checked<Input> && detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::requires_item;
    using item_type = Made;
    using input_type = Input;
    using source_type = Src;
    using references = detail::references_with<Src, Made, Input>;

    std::optional<semichain::weight> weight{};
    bool capital = false;
    status certainty = status::unspecified;
};

/// `Provider`'s offering of `Item` needs `Input` (a provider-specific recipe:
/// ASML's scanner needs Zeiss optics). The model must have a
/// `provides<Provider, Item>`.
template <detail::EntityType Provider, detail::EntityType Made, detail::EntityType Input,
          detail::EntityOrNoSource Src = no_source>
struct offering_requires {
    static_assert(std::derived_from<Provider, company> && std::derived_from<Made, item> && std::derived_from<Input, item>,
                  "offering_requires<Provider, Item, Input>: the provider must be a company, the item and the input "
                  "items");
    static_assert(!std::is_same_v<Made, Input>, "offering_requires<Provider, Item, Input>: an item cannot require itself");
    static_assert(detail::entity_checked<Provider> && detail::entity_checked<Made> && detail::entity_checked<Input> &&
                  detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::requires_offering;
    using provider_type = Provider;
    using item_type = Made;
    using input_type = Input;
    using source_type = Src;
    using references = detail::references_with<Src, Provider, Made, Input>;

    std::optional<semichain::weight> weight{};
    bool capital = false;
    status certainty = status::unspecified;
};

/// `Parent` owns `Subsidiary`.
template <detail::EntityType Parent, detail::EntityType Subsidiary, detail::EntityOrNoSource Src = no_source>
struct owns {
    static_assert(std::derived_from<Parent, company> && std::derived_from<Subsidiary, company>,
                  "owns<Parent, Company>: both arguments must be companies");
    static_assert(!std::is_same_v<Parent, Subsidiary>, "owns<Parent, Company>: a company cannot own itself");
    static_assert(detail::entity_checked<Parent> && detail::entity_checked<Subsidiary> &&
                  detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::owns;
    using parent_type = Parent;
    using company_type = Subsidiary;
    using source_type = Src;
    using references = detail::references_with<Src, Parent, Subsidiary>;

    status certainty = status::unspecified;
};

/// `Investor` invests in `Company` on a date, for a stake (a fraction of the company).
template <detail::EntityType Investor, detail::EntityType Invested, detail::EntityOrNoSource Src = no_source>
struct invests {
    static_assert(std::derived_from<Investor, company> && std::derived_from<Invested, company>,
                  "invests<Investor, Company>: both arguments must be companies");
    static_assert(detail::entity_checked<Investor> && detail::entity_checked<Invested> &&
                  detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::invests;
    using investor_type = Investor;
    using company_type = Invested;
    using source_type = Src;
    using references = detail::references_with<Src, Investor, Invested>;

    std::optional<date> on{};
    std::optional<semichain::share> stake{};
    status certainty = status::unspecified;
};

/// `Item` is a type (a variant) of the more general item `General`
/// ("ArF immersion scanner" is a type of "lithography tools").
template <detail::EntityType Variant, detail::EntityType General, detail::EntityOrNoSource Src = no_source>
struct variant_of {
    static_assert(std::derived_from<Variant, item> && std::derived_from<General, item>,
                  "variant_of<Item, General>: both arguments must be items");
    static_assert(!std::is_same_v<Variant, General>, "variant_of<Item, General>: an item is not a variant of itself");
    static_assert(detail::entity_checked<Variant> && detail::entity_checked<General> &&
                  detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::variant_of;
    using item_type = Variant;
    using general_type = General;
    using source_type = Src;
    using references = detail::references_with<Src, Variant, General>;

    status certainty = status::unspecified;
};

/// Adds `Company` to the targets of the entity listing `Rule`.
template <detail::EntityType Rule, detail::EntityType Listed>
struct listed {
    static_assert(std::derived_from<Rule, entity_listing> && std::derived_from<Listed, company>,
                  "listed<Rule, Company>: the rule must be an entity listing and the target a company");
    static_assert(detail::entity_checked<Rule> && detail::entity_checked<Listed>);
    static constexpr detail::relation_kind relation = detail::relation_kind::listed;
    using rule_type = Rule;
    using company_type = Listed;
    using source_type = no_source;
    using references = type_list<Rule, Listed>;
};

/// `Maker`'s `Input` (a capital input: equipment) is installed in `Provider`'s
/// line of `Item` since a date. Installed inputs keep working whatever
/// happens to their maker after delivery; the direct-product rules reach a
/// line through them (DESIGN.md §5). Options after the source: a
/// `line<"name">` (default: the provider's only line). The model must have a
/// provides<Provider, Item> of that line; one row is kept per period of it.
template <detail::EntityType Provider, detail::EntityType Made, detail::EntityType Input, detail::EntityType Maker,
          detail::EntityOrNoSource Src = no_source, class... Line>
struct installed {
    static_assert(std::derived_from<Provider, company> && std::derived_from<Made, item>,
                  "installed<Provider, Item, Input, Maker>: the provider must be a company and the item an item (the "
                  "line is the provider's offering of the item)");
    static_assert(std::derived_from<Input, item> && std::derived_from<Maker, company>,
                  "installed<Provider, Item, Input, Maker>: the input must be an item (a tool) and its maker a company");
    static_assert(sizeof...(Line) <= 1 && (std::derived_from<Line, detail::line_option> && ...),
                  "installed<Provider, Item, Input, Maker, Source, Line>: after the source comes at most one "
                  "semichain::line<\"name\">");
    static_assert(detail::entity_checked<Provider> && detail::entity_checked<Made> && detail::entity_checked<Input> &&
                  detail::entity_checked<Maker> && detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::installed;
    static constexpr std::string_view line = detail::line_of<Line...>();
    using provider_type = Provider;
    using item_type = Made;
    using input_type = Input;
    using maker_type = Maker;
    using source_type = Src;
    using references = detail::references_with<Src, Provider, Made, Input, Maker>;

    std::optional<date> since{};
    status certainty = status::unspecified;
};

/// A source saw `Provider`'s line of `Item` in production from a date `on`.
/// Options after the source, in any order: `for_buyer<Company>` (default: any
/// buyer) and `line<"name">` (default: the provider's only line).
template <detail::EntityType Provider, detail::EntityType Made, detail::EntityOrNoSource Src = no_source,
          class... Options>
struct observed {
    static_assert(std::derived_from<Provider, company> && std::derived_from<Made, item>,
                  "observed<Provider, Item>: the provider must be a company and the item an item (are the two "
                  "arguments swapped?)");
    static_assert(((std::derived_from<Options, detail::line_option> ||
                    std::derived_from<Options, detail::buyer_option>) && ...) &&
                      detail::option_count<detail::line_option, Options...> <= 1 &&
                      detail::option_count<detail::buyer_option, Options...> <= 1,
                  "observed<Provider, Item, Source, Options...>: the options are at most one semichain::for_buyer<Buyer> "
                  "and at most one semichain::line<\"name\">");
    static_assert(detail::entity_checked<Provider> && detail::entity_checked<Made> && detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::observed;
    static constexpr std::string_view line = detail::line_of<Options...>();
    using provider_type = Provider;
    using item_type = Made;
    using source_type = Src;
    using references =
        detail::references_with_options<detail::references_with<Src, Provider, Made>, Options...>;

    std::optional<date> on{};
    status certainty = status::unspecified;
};

/// A dated licence decision under `Rule`: granted from `granted` (if given)
/// until `revoked` (if given); only `revoked`: denied from then on. Narrowed
/// by any of for_buyer<Company>, from_provider<Company> and of_item<Item>, in
/// any order (none: every licence the rule requires).
template <detail::EntityType Rule, detail::EntityOrNoSource Src = no_source, class... Narrowing>
struct licence {
    static_assert(std::derived_from<Rule, control_rule>, "licence<Rule, Source, Narrowing...>: the rule must be a "
                                                          "control rule (an entity listing or a threshold rule)");
    static_assert(((std::derived_from<Narrowing, detail::buyer_option> ||
                    std::derived_from<Narrowing, detail::provider_option> ||
                    std::derived_from<Narrowing, detail::item_option>) && ...) &&
                      detail::option_count<detail::buyer_option, Narrowing...> <= 1 &&
                      detail::option_count<detail::provider_option, Narrowing...> <= 1 &&
                      detail::option_count<detail::item_option, Narrowing...> <= 1,
                  "licence<Rule, Source, Narrowing...>: each narrowing is one of semichain::for_buyer<Company>, "
                  "semichain::from_provider<Company> and semichain::of_item<Item>, each at most once");
    static_assert(detail::entity_checked<Rule> && detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::licence;
    using rule_type = Rule;
    using source_type = Src;
    using references = detail::references_with_options<detail::references_with<Src, Rule>, Narrowing...>;
    static constexpr std::string_view buyer = detail::option_id<detail::buyer_option, Narrowing...>();
    static constexpr std::string_view provider = detail::option_id<detail::provider_option, Narrowing...>();
    static constexpr std::string_view item = detail::option_id<detail::item_option, Narrowing...>();

    std::optional<date> granted{}, revoked{};
    status certainty = status::unspecified;
};

/// `Company` placed staff or task forces at `Assisted` from `since` (shown in
/// reports; no effect on any computation).
template <detail::EntityType Company, detail::EntityType Assisted, detail::EntityOrNoSource Src = no_source>
struct assists {
    static_assert(std::derived_from<Company, company> && std::derived_from<Assisted, company>,
                  "assists<Company, Assisted>: both arguments must be companies");
    static_assert(!std::is_same_v<Company, Assisted>, "assists<Company, Assisted>: a company does not assist itself");
    static_assert(detail::entity_checked<Company> && detail::entity_checked<Assisted> &&
                  detail::check_relation_source<Src>());
    static constexpr detail::relation_kind relation = detail::relation_kind::assists;
    using company_type = Company;
    using assisted_type = Assisted;
    using source_type = Src;
    using references = detail::references_with<Src, Company, Assisted>;

    std::optional<date> since{};
    status certainty = status::unspecified;
};

/// Any relation type: provides, requires_, offering_requires, owns, invests,
/// variant_of, listed, installed, observed, licence or assists.
template <class R>
concept Relation = requires {
    { R::relation } -> std::convertible_to<detail::relation_kind>;
    typename R::references;
};

}  // namespace semichain
