# CLI11 for the Windows cross build (header-only, from Debian's libcli11-dev).
include(${CMAKE_CURRENT_LIST_DIR}/header_only_package.cmake)
respite_header_package(CLI11::CLI11)
