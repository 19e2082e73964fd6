// Entities as C++ types: the kind bases a model's companies, items and
// sources derive from, and the concepts that check their members.
//
//     struct smic final : semichain::company {
//         static constexpr std::string_view id = "smic", name = "SMIC";
//         static constexpr semichain::country headquarters = semichain::countries::CHN;
//         static constexpr semichain::role_set roles{semichain::role::foundry};
//     };
//
// Each public concept is a conjunction of small named concepts, one per
// member, so that a compiler's explanation names the member that is missing
// or has the wrong type. Control rules are in core/control.hpp.
#pragma once

#include <semichain/core/category.hpp>
#include <semichain/core/country.hpp>
#include <semichain/core/date.hpp>
#include <semichain/core/provenance.hpp>
#include <semichain/core/quantities.hpp>
#include <semichain/core/role.hpp>
#include <semichain/core/records.hpp>

#include <chrono>
#include <concepts>
#include <cstddef>
#include <string_view>
#include <type_traits>

namespace semichain {

/// A list of types, such as the targets of an entity listing.
template <class... Ts>
struct type_list {
    static constexpr std::size_t size = sizeof...(Ts);
};

// --- kind bases --------------------------------------------------------------

/// The base of every entity kind. Derive from a kind below, not from this.
struct entity {};

/// A firm (or a country-level aggregate provider). Members:
/// `id`, `name` (std::string_view), `headquarters` (country);
/// optional `roles` (role_set) and `using parent = <company>;`.
struct company : entity {};

/// Anything supplied. Derive from one of the item kinds below. Optional
/// members of every item: `static constexpr std::array attributes{...}` of
/// number_attribute / text_attribute values.
struct item : entity {};

namespace detail {
template <category C>
struct item_kind : item {
    /// The category an item of this kind has in a graph.
    static constexpr category item_category = C;
};
}  // namespace detail

/// A process node. Members: `using foundry = <company>;`, `node` (nanometers),
/// `litho` (lithography); optional `first_volume` (std::chrono::year).
struct process_node : detail::item_kind<category::process_node> {};
/// A packaging technology. Members: `family` (packaging_family); optional
/// `using provider = <company>;`.
struct packaging_technology : detail::item_kind<category::packaging> {};
/// A fab tool. Members: `klass` (tool_class).
struct tool : detail::item_kind<category::tool> {};
/// A material: wafers, gases, chemicals, photoresist.
struct material : detail::item_kind<category::material> {};
/// Design software (EDA).
struct software : detail::item_kind<category::software> {};
/// A licensed design block or architecture.
struct ip_block : detail::item_kind<category::ip> {};
/// A chip. Optional member `transistors` (transistor_count).
struct chip : detail::item_kind<category::chip> {};
/// An end product: a phone, a server.
struct device : detail::item_kind<category::device> {};
/// A service.
struct service : detail::item_kind<category::service> {};
/// Any other item.
struct other_item : detail::item_kind<category::other> {};

/// The base of control rules; derive from entity_listing or threshold_rule
/// (core/control.hpp).
struct control_rule : entity {};
/// A listing of companies (the US Entity List). See core/control.hpp.
struct entity_listing : control_rule {};
/// A technology threshold rule. See core/control.hpp.
struct threshold_rule : control_rule {};

/// A source document. Members: `id`, `title`; optional `publisher`, `url`
/// (std::string_view) and `published` (date). A distinct thing from
/// source_info, the value form of a source.
struct source : entity {};

/// "No source" for relations that name none.
struct no_source {};

// --- attribute helpers ------------------------------------------------------

/// A numeric attribute of an item: `number_attribute("layers", 128)`.
constexpr attribute_record number_attribute(std::string_view key, double value) noexcept {
    return attribute_record{key, true, value, {}};
}
/// A text attribute of an item: `text_attribute("memory", "hbm")`.
constexpr attribute_record text_attribute(std::string_view key, std::string_view value) noexcept {
    return attribute_record{key, false, 0.0, value};
}

// --- member concepts ----------------------------------------------------------

namespace detail {
template <class T>
concept EntityType = std::is_class_v<T> && std::derived_from<T, entity>;

template <class T>
concept HasId = requires {
    { T::id } -> std::convertible_to<std::string_view>;
};
template <class T>
concept HasName = requires {
    { T::name } -> std::convertible_to<std::string_view>;
};
template <class T>
concept HasTitle = requires {
    { T::title } -> std::convertible_to<std::string_view>;
};
template <class T>
concept HasHeadquarters = requires {
    { T::headquarters } -> std::convertible_to<country>;
};

// Optional static members: absent, or of the right type.
template <class T>
concept OptionalRoles = !requires { T::roles; } || requires {
    { T::roles } -> std::convertible_to<role_set>;
};
template <class T>
concept OptionalCertainty = !requires { T::certainty; } || requires {
    { T::certainty } -> std::convertible_to<status>;
};
template <class T>
concept OptionalFirstVolume = !requires { T::first_volume; } || requires {
    { T::first_volume } -> std::convertible_to<std::chrono::year>;
};
template <class T>
concept OptionalTransistors = !requires { T::transistors; } || requires {
    { T::transistors } -> std::convertible_to<transistor_count>;
};
template <class T>
concept OptionalPublisher = !requires { T::publisher; } || requires {
    { T::publisher } -> std::convertible_to<std::string_view>;
};
template <class T>
concept OptionalUrl = !requires { T::url; } || requires {
    { T::url } -> std::convertible_to<std::string_view>;
};
template <class T>
concept OptionalPublished = !requires { T::published; } || requires {
    { T::published } -> std::convertible_to<date>;
};

template <class T>
concept OptionalAttributes = !requires { T::attributes; } || requires {
    { T::attributes.size() } -> std::convertible_to<std::size_t>;
    { T::attributes[0] } -> std::convertible_to<attribute_record>;
};

template <class T>
concept HasNode = requires {
    { T::node } -> std::convertible_to<nanometers>;
};
template <class T>
concept HasLitho = requires {
    { T::litho } -> std::convertible_to<lithography>;
};
template <class T>
concept HasFamily = requires {
    { T::family } -> std::convertible_to<packaging_family>;
};
template <class T>
concept HasKlass = requires {
    { T::klass } -> std::convertible_to<tool_class>;
};
template <class T>
concept HasFoundry = requires { typename T::foundry; };
}  // namespace detail

// --- public concepts -----------------------------------------------------------

/// A source document type.
template <class T>
concept Source = detail::EntityType<T> && std::derived_from<T, source> && detail::HasId<T> && detail::HasTitle<T> &&
                 detail::OptionalPublisher<T> && detail::OptionalUrl<T> && detail::OptionalPublished<T>;

namespace detail {
template <class T>
concept OptionalSource = !requires { typename T::source; } || Source<typename T::source>;
/// Members every entity but a source has: id, name, optional source and certainty.
template <class T>
concept NamedEntity = EntityType<T> && HasId<T> && HasName<T> && OptionalSource<T> && OptionalCertainty<T>;
}  // namespace detail

/// Any entity type: derived from a kind base, with an `id`, and a `title` (a
/// source) or a `name` (everything else). The kind concepts below refine it.
template <class T>
concept Entity = detail::EntityType<T> && (Source<T> || detail::NamedEntity<T>);

/// A company type. Its optional `parent` is checked by the model (it must be
/// a company of the model).
template <class T>
concept Company =
    detail::NamedEntity<T> && std::derived_from<T, company> && detail::HasHeadquarters<T> && detail::OptionalRoles<T>;

namespace detail {
template <class T>
concept OptionalParent = !requires { typename T::parent; } || Company<typename T::parent>;
template <class T>
concept OptionalProvider = !requires { typename T::provider; } || Company<typename T::provider>;
}  // namespace detail

/// An item type of any kind.
template <class T>
concept Item = detail::NamedEntity<T> && std::derived_from<T, item> && requires {
    { T::item_category } -> std::convertible_to<category>;
} && detail::OptionalAttributes<T>;

/// A process node type.
template <class T>
concept ProcessNode = Item<T> && std::derived_from<T, process_node> && detail::HasFoundry<T> &&
                      Company<typename T::foundry> &&
                      detail::HasNode<T> && detail::HasLitho<T> && detail::OptionalFirstVolume<T>;

/// A packaging technology type.
template <class T>
concept PackagingTechnology =
    Item<T> && std::derived_from<T, packaging_technology> && detail::HasFamily<T> && detail::OptionalProvider<T>;

/// A fab tool type.
template <class T>
concept Tool = Item<T> && std::derived_from<T, tool> && detail::HasKlass<T>;

/// A chip type.
template <class T>
concept Chip = Item<T> && std::derived_from<T, chip> && detail::OptionalTransistors<T>;

/// A device type.
template <class T>
concept Device = Item<T> && std::derived_from<T, device>;

/// A material type.
template <class T>
concept Material = Item<T> && std::derived_from<T, material>;
/// A design software type.
template <class T>
concept Software = Item<T> && std::derived_from<T, software>;
/// An IP block type.
template <class T>
concept IpBlock = Item<T> && std::derived_from<T, ip_block>;
/// A service type.
template <class T>
concept Service = Item<T> && std::derived_from<T, service>;

/// The category an item type has in a graph (process_node → category::process_node).
template <Item T>
inline constexpr category category_of = T::item_category;

}  // namespace semichain
