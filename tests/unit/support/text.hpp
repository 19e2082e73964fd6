// Text checks shared by the tests of written output.
#pragma once

#include <string>

namespace test_support {

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace test_support
