# Compiler strictness shared by every Shuyuan target (STYLE.md §5.11).
add_library(shuyuan_strict INTERFACE)
target_compile_definitions(shuyuan_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG>)
target_compile_options(shuyuan_strict INTERFACE
    -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor
    $<$<BOOL:${SHUYUAN_WERROR}>:-Werror>)
if(SHUYUAN_ASAN)
    target_compile_options(shuyuan_strict INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(shuyuan_strict INTERFACE -fsanitize=address,undefined)
endif()
