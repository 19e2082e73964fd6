# Install rules: headers, the exported target and a relocatable package
# config, so that `find_package(semichain 0.1 CONFIG REQUIRED)` works.
include(CMakePackageConfigHelpers)

set(SEMICHAIN_CMAKE_DIR ${CMAKE_INSTALL_DATADIR}/cmake/semichain)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/semichain DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS semichain EXPORT semichain-targets)
install(EXPORT semichain-targets NAMESPACE semichain:: DESTINATION ${SEMICHAIN_CMAKE_DIR})

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/semichain-config.cmake.in
  ${PROJECT_BINARY_DIR}/semichain-config.cmake
  INSTALL_DESTINATION ${SEMICHAIN_CMAKE_DIR})
# Header-only: the package suits any architecture.
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/semichain-config-version.cmake
  COMPATIBILITY SameMajorVersion
  ARCH_INDEPENDENT)
install(FILES
  ${PROJECT_BINARY_DIR}/semichain-config.cmake
  ${PROJECT_BINARY_DIR}/semichain-config-version.cmake
  DESTINATION ${SEMICHAIN_CMAKE_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/semichain)
