# toml++ for the Windows cross build: header-only mode (Debian's Linux package is its compiled variant).
include(${CMAKE_CURRENT_LIST_DIR}/header_only_package.cmake)
respite_header_package(tomlplusplus::tomlplusplus TOML_HEADER_ONLY=1)
