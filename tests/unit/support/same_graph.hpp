// Two graphs equal record by record, array by array: the arrays come from the
// graph's shape (graph/shape.hpp), the fields from each record's defaulted ==.
#pragma once

#include <semichain/graph/shape.hpp>
#include <semichain/graph/view.hpp>

#include <boost/hana/string.hpp>

#include <catch2/catch.hpp>

#include <cstddef>

namespace test_support {

inline void require_same_graph(const semichain::graph_view& a, const semichain::graph_view& b) {
    using arrays = semichain::detail::graph_arrays<semichain::detail::view_storage>;
    semichain::detail::for_each_field(static_cast<const arrays&>(a), static_cast<const arrays&>(b),
                                      [](auto name, const auto& x, const auto& y) {
                                          INFO("array " << boost::hana::to<const char*>(name));
                                          REQUIRE(x.size() == y.size());
                                          auto other = y.begin();
                                          std::size_t i = 0;
                                          for (const auto& record : x) {
                                              INFO("record " << i++);
                                              CHECK(record == *other++);
                                          }
                                      });
}

}  // namespace test_support
