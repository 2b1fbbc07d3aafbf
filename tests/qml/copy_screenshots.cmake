# SPDX-License-Identifier: GPL-3.0-or-later
# Copies app-<screen>-<lang>.png (not the -large ones) from SRC to DST.
file(GLOB shots "${SRC}/app-*-en.png" "${SRC}/app-*-ja.png")
if(NOT shots)
  message(FATAL_ERROR "no screenshots in ${SRC}: run `ctest -L qml` first")
endif()
file(MAKE_DIRECTORY "${DST}")
foreach(f IN LISTS shots)
  file(COPY "${f}" DESTINATION "${DST}")
endforeach()
list(LENGTH shots n)
message(STATUS "copied ${n} screenshots to ${DST}")
