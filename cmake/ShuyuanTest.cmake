# shuyuan_add_test(NAME tst_x SOURCES ... LIBS ... [GUI])
# One executable and one ctest entry per test class. The locale is pinned, Qt runs offscreen,
# XDG dirs point into the build tree so tests never touch the user's settings, and
# SHUYUAN_TEST_DATA names tests/data.
function(shuyuan_add_test)
    cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE shuyuan_testsupport ${T_LIBS} Qt6::Test shuyuan_strict)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(home ${CMAKE_CURRENT_BINARY_DIR}/${T_NAME}.home)
    file(MAKE_DIRECTORY ${home}/runtime)
    file(CHMOD ${home}/runtime DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT 300
        ENVIRONMENT "LANG=en_US.UTF-8;LC_ALL=en_US.UTF-8;SHUYUAN_LANG=en;QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${home}/runtime;XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;HOME=${home};SHUYUAN_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data;SHUYUAN_CLI=$<TARGET_FILE:shuyuan-cli>;SHUYUAN_SCHEMAS=${CMAKE_SOURCE_DIR}/tests/data/schemas")
endfunction()
