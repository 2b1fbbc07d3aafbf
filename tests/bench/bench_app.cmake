# SPDX-License-Identifier: GPL-3.0-or-later
# bench_app: time from start to the app's first frame and interactive Start screen.
# Included by tests/bench/CMakeLists.txt when URS_BUILD_UI is on; label "bench".
add_executable(bench_app EXCLUDE_FROM_ALL ${CMAKE_CURRENT_SOURCE_DIR}/bench_app.cpp)
target_link_libraries(bench_app PRIVATE urs_ui urs_uiplugin)
add_test(NAME bench_app COMMAND bench_app --source ${CMAKE_BINARY_DIR}/sample/sample-disk.img
  --hardware-root ${CMAKE_SOURCE_DIR}/tests/data/hardware/laptop-2014 --lang en)
set_tests_properties(bench_app PROPERTIES LABELS "bench" TIMEOUT 120 FIXTURES_REQUIRED sample
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QUICK_BACKEND=software")
