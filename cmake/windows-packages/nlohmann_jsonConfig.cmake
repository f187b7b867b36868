# nlohmann-json for the Windows cross build (header-only, from Debian's nlohmann-json3-dev).
include(${CMAKE_CURRENT_LIST_DIR}/header_only_package.cmake)
respite_header_package(nlohmann_json::nlohmann_json)
