// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <csignal>
#include <sys/resource.h>

namespace aicarbon::test {

/// Simulates a full disk: lowers this process's file-size limit (RLIMIT_FSIZE) to `bytes`
/// with SIGXFSZ ignored, so a write past `bytes` fails midway with EFBIG, as a write to a
/// full disk fails with ENOSPC. Restores both on destruction. Linux/POSIX only.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit {bytes, m_previous.rlim_max};
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_previous {};
    void (*m_handler)(int) = SIG_DFL;
    bool m_ok = false;
};

} // namespace aicarbon::test
