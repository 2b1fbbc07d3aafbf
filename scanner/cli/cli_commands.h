// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace urs::cli {

// Exit codes (documented in README and --help):
//   0 ok (check: every requested target is ready)   1 check: some target is not ready
//   2 usage   3 source unreadable   4 no Windows found   5 rules invalid
//   6 report could not be written   7 cancelled   8 hive unreadable   10 internal error
int run(const QStringList &arguments);

} // namespace urs::cli
