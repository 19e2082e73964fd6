# Warning, sanitizer and coverage flags for the project's own targets (tests, examples,
# tools). Consumers of semichain::semichain get none of these.
add_library(semichain_dev_flags INTERFACE)
target_compile_options(semichain_dev_flags INTERFACE -Wall -Wextra -Wpedantic -Werror=return-type)
if(SEMICHAIN_WERROR)
  target_compile_options(semichain_dev_flags INTERFACE -Werror)
endif()
if(SEMICHAIN_SANITIZE)
  target_compile_options(semichain_dev_flags INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(semichain_dev_flags INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
if(SEMICHAIN_COVERAGE)
  target_compile_options(semichain_dev_flags INTERFACE --coverage)
  target_link_options(semichain_dev_flags INTERFACE --coverage)
endif()
