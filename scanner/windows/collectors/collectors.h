// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windows/collectors/windows_context.h"

namespace urs {

class FactSet;

// One collector per subject, one file each (named after the subject). Each writes its facts
// from reads that stand alone: a missing key leaves that one fact unknown with the reason.
void checkIdentity(const WindowsContext &ctx, FactSet &facts); // SOFTWARE CurrentVersion
void checkSystemIdentity(const WindowsContext &ctx, FactSet &facts); // name, control set, arch, shutdown
void checkTimeZone(const WindowsContext &ctx, FactSet &facts); // zone, bias, daylight rule, RTC in UTC
void checkPower(const WindowsContext &ctx, FactSet &facts); // fast startup, hibernation
void checkServices(const WindowsContext &ctx, FactSet &facts); // update services, third party
void checkStartup(const WindowsContext &ctx, FactSet &facts); // Run and RunOnce
void checkServicing(const WindowsContext &ctx, FactSet &facts); // CBS packages, KBs
void checkPendingReboot(const WindowsContext &ctx, FactSet &facts);
void checkFeatures(const WindowsContext &ctx, FactSet &facts); // IIS, Hyper-V, optional features
void checkPrograms(const WindowsContext &ctx, FactSet &facts); // Uninstall views
void checkPolicies(const WindowsContext &ctx, FactSet &facts); // WSUS and upgrade policies
void checkProxy(const WindowsContext &ctx, FactSet &facts); // WinHTTP and per-user proxy
void checkProfiles(const WindowsContext &ctx, FactSet &facts); // ProfileList, users
void checkLanguage(const WindowsContext &ctx, FactSet &facts); // install and UI languages
void checkBypass(const WindowsContext &ctx, FactSet &facts); // LabConfig, MoSetup, appraiser
void checkVolume(const WindowsContext &ctx, FactSet &facts); // space, reclaimable sizes
void checkEarlierAttempts(const WindowsContext &ctx, FactSet &facts); // setup folders and logs
// The newest attempt's result and cause, setup's compatibility blocks, update log errors.
void checkSetupLogs(const WindowsContext &ctx, FactSet &facts);
// Runs last: reads facts the others wrote (last shutdown, log times).
void checkActivity(const WindowsContext &ctx, FactSet &facts);

} // namespace urs
