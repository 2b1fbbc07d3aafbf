// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares (tests/fuzz, built with -DURS_FUZZ=ON, run by tools/fuzz.sh):
// silence, a scratch folder on tmpfs, an anonymous memory file for code that opens by name.
// Setup failures here abort: a fuzzer that silently tests nothing is worse than none.

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <stdexcept>

namespace urs::fuzz {

// Once per process: the console log and Qt's messages off (a fuzzer runs millions of inputs;
// each would print its warnings). qFatal still aborts.
void quiet();

// An error the code documents for bad input (ScanError): nothing to do, but with
// URS_FUZZ_VERBOSE=1 in the environment it is printed, to see what a seed or an input got.
void expected(const std::exception &error);

// The input as a QByteArray that borrows the fuzzer's buffer (no copy; valid for the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A folder of this process for the target's files: under $URS_FUZZ_TMP, else /dev/shm (tmpfs,
// so rewriting a file per input costs no disk I/O), else the system's temp folder. Removed at
// a normal exit; a crash leaves it for the reproducer.
QString scratchDir();

// Writes bytes to path (creating its folders), replacing what was there. Aborts on failure.
void writeFile(const QString &path, const QByteArray &data);

// An anonymous memory file (memfd) whose contents are replaced per input; path() names it
// (/proc/self/fd/N) for code that opens files by name, as libtsk and hivex do.
class MemoryFile {
public:
    explicit MemoryFile(const char *name);
    ~MemoryFile();
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;

    void assign(const QByteArray &data);
    int fd() const { return m_fd; }
    QString path() const;

private:
    int m_fd = -1;
};

} // namespace urs::fuzz
