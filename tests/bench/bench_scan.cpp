// SPDX-License-Identifier: GPL-3.0-or-later
// Runs `upgrade-scan facts --json` (or any command) several times and prints wall time and peak
// memory (the child's maximum resident set, from wait4) per run and in summary.
//
// usage: bench-scan RUNS COMMAND [ARGS...]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s RUNS COMMAND [ARGS...]\n", argv[0]);
        return 2;
    }
    const int runs = std::max(1, std::atoi(argv[1]));
    std::vector<double> seconds;
    long peakKb = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const pid_t pid = fork();
        if (pid == 0) {
            const int devnull = open("/dev/null", O_WRONLY);
            dup2(devnull, STDOUT_FILENO);
            dup2(devnull, STDERR_FILENO);
            execv(argv[2], argv + 2);
            _exit(127);
        }
        int status = 0;
        rusage usage {};
        wait4(pid, &status, 0, &usage);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "run %d: %s exited with status %d\n", i + 1, argv[2], WEXITSTATUS(status));
            return 1;
        }
        seconds.push_back(s);
        peakKb = std::max(peakKb, usage.ru_maxrss);
        std::printf("run %d: %.3f s, peak RSS %.1f MB\n", i + 1, s, usage.ru_maxrss / 1024.0);
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("wall time: min %.3f s, median %.3f s, max %.3f s over %d runs\n", seconds.front(),
        seconds[seconds.size() / 2], seconds.back(), runs);
    std::printf("peak memory: %.1f MB (maximum resident set of any run)\n", peakKb / 1024.0);
    return 0;
}
