# shuyuan_add_area(NAME area SOURCES ... LIBS ...)
# Builds one layer of app/ (or ui/) as a static library "shuyuan_<area>" with the project's
# strictness flags, and gives it its own translation file translations/<area>_zh_CN.ts whose
# compiled .qm is embedded under :/i18n. One .ts per area keeps lupdate runs independent.
function(shuyuan_add_area)
    cmake_parse_arguments(A "" "NAME" "SOURCES;LIBS" ${ARGN})
    set(target shuyuan_${A_NAME})
    add_library(${target} STATIC ${A_SOURCES})
    target_include_directories(${target} PUBLIC ${CMAKE_SOURCE_DIR}/app ${CMAKE_SOURCE_DIR})
    target_link_libraries(${target} PUBLIC ${A_LIBS} PRIVATE shuyuan_strict)
    qt_add_translations(${target}
        TS_FILES ${CMAKE_SOURCE_DIR}/translations/${A_NAME}_zh_CN.ts
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
endfunction()
