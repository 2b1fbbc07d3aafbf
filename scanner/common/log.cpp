// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/log.h"

#include <spdlog/sinks/stdout_color_sinks.h>

namespace urs {

std::shared_ptr<spdlog::logger> log()
{
    static std::shared_ptr<spdlog::logger> logger = [] {
        auto l = spdlog::get("urs");
        if (!l) {
            l = spdlog::stderr_color_mt("urs");
            l->set_level(spdlog::level::warn);
            l->set_pattern("[%H:%M:%S.%e] [%^%l%$] %v");
        }
        return l;
    }();
    return logger;
}

} // namespace urs
