// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/assessment.h"

namespace urs {

QString statusName(FindingStatus s)
{
    switch (s) {
    case FindingStatus::Pass:
        return QStringLiteral("pass");
    case FindingStatus::Advisory:
        return QStringLiteral("advisory");
    case FindingStatus::Warning:
        return QStringLiteral("warning");
    case FindingStatus::Blocker:
        return QStringLiteral("blocker");
    case FindingStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

FindingStatus statusFromName(const QString &name, bool *ok)
{
    for (FindingStatus s : {FindingStatus::Pass, FindingStatus::Advisory, FindingStatus::Warning,
             FindingStatus::Blocker, FindingStatus::Unknown}) {
        if (statusName(s) == name) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return FindingStatus::Unknown;
}

int statusRank(FindingStatus s)
{
    switch (s) {
    case FindingStatus::Blocker:
        return 0;
    case FindingStatus::Warning:
        return 1;
    case FindingStatus::Unknown:
        return 2;
    case FindingStatus::Advisory:
        return 3;
    case FindingStatus::Pass:
        return 4;
    }
    return 5;
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Ready:
        return QStringLiteral("ready");
    case Verdict::ReadyAfterFixes:
        return QStringLiteral("ready-after-fixes");
    case Verdict::CleanInstallOnly:
        return QStringLiteral("clean-install-only");
    case Verdict::WindowsNotChecked:
        return QStringLiteral("windows-not-checked");
    case Verdict::NotSupported:
        return QStringLiteral("not-supported");
    }
    return {};
}

Verdict verdictFromName(const QString &name, bool *ok)
{
    for (Verdict v : {Verdict::Ready, Verdict::ReadyAfterFixes, Verdict::CleanInstallOnly,
             Verdict::WindowsNotChecked, Verdict::NotSupported}) {
        if (verdictName(v) == name) {
            if (ok)
                *ok = true;
            return v;
        }
    }
    if (ok)
        *ok = false;
    return Verdict::NotSupported;
}

} // namespace urs
