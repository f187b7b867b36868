include(${CMAKE_CURRENT_LIST_DIR}/header_only_package.cmake)
respite_header_version(nlohmann/detail/abi_macros.hpp NLOHMANN_JSON_VERSION_MAJOR NLOHMANN_JSON_VERSION_MINOR
    NLOHMANN_JSON_VERSION_PATCH)
