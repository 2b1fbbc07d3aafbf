// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/fact_labels.h"
#include "engine/localized_text.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace urs {

enum class FindingStatus { Pass, Advisory, Warning, Blocker, Unknown };
QString statusName(FindingStatus s); // "pass", "advisory", ...
FindingStatus statusFromName(const QString &name, bool *ok = nullptr);
// Severity order for display: blocker first, then warning, unknown, advisory, pass.
int statusRank(FindingStatus s);

// A fact a finding used, with where it came from.
struct Evidence {
    QString fact; // catalogue name
    QJsonValue value; // Null when unknown
    QString provenance; // Provenance::text()
    QString unknownReason;
};

struct RemedyStep {
    LocalizedText text;
    QString command; // optional: a command to run in Windows, shown verbatim
};

struct GuideLink {
    QString guide; // "media-creation", "clean-install", "in-place-upgrade"
    QString section; // anchor inside the guide
    LocalizedText title;
    QString url; // official page, when there is one
};

// One check's outcome for one target (or for all targets when target is empty).
struct Finding {
    QString id; // rule id, e.g. "fast-startup"
    QString target; // target id, or "" when the finding is the same for every target
    QString check; // checklist item, e.g. "16.2"
    FindingStatus status = FindingStatus::Unknown;
    LocalizedText title;
    LocalizedText meaning;
    QList<Evidence> evidence;
    QList<RemedyStep> remedy;
    QList<GuideLink> guides;
    QString kind; // what a blocker here means: "fixable", "hardware", "path", "encrypted" or "info"
};

// WindowsNotChecked: the Windows volume could not be read (it is encrypted), so nothing but the
// hardware was judged; it is never a kind of "ready".
enum class Verdict { Ready, ReadyAfterFixes, CleanInstallOnly, WindowsNotChecked, NotSupported };
QString verdictName(Verdict v); // "ready", "ready-after-fixes", ...
Verdict verdictFromName(const QString &name, bool *ok = nullptr);

struct TargetVerdict {
    QString targetId; // "win10-22h2", "win11-24h2", "win11-25h2"
    LocalizedText name;
    Verdict verdict = Verdict::NotSupported;
    QStringList reasons; // finding ids that decided it, most important first
    LocalizedText summary;
    LocalizedText lifecycle; // support status on the scan date
    QString lifecycleState; // "supported", "esu" (security updates only with ESU) or "ended"
    QDate supportEnd; // the last day of the state: end of support, of ESU, or the day updates ended
    QStringList toConfirm; // findings that could not be checked but could block (status unknown)
    LocalizedText alternative; // the two-hop path, when a clean install is not the only way
};

// One thing the technician does, in the order the plan gives. Where it happens tells who and
// what is needed: a screwdriver, the firmware setup, a Windows session, the licence, the media.
struct PlanStep {
    QString place; // "hardware", "firmware", "windows", "licence", "install" (rules/plan.yaml)
    LocalizedText placeLabel;
    QString kind; // "fix" (blocks), "confirm" (could not be checked), "recommended", "install"
    LocalizedText kindLabel;
    QString findingId; // the finding it comes from; empty for the install steps
    LocalizedText action;
    GuideLink guide; // guide empty when the step has none
};

// The best path for this machine in one sentence, and the steps that lead there. Computed by the
// engine (PlanBuilder) so that the CLI, the app and the report show one and the same plan.
struct UpgradePlan {
    QString targetId; // the best target; empty when no target is possible on this hardware
    QString route; // "in-place", "clean-install", "decrypt-first" or "none"
    LocalizedText headline; // "Best path: ..."
    LocalizedText detail; // support dates of the best target, and what the others would need
    QList<PlanStep> steps;
};

// What the rule engine concludes for one machine.
struct Assessment {
    QString rulesVersion;
    QList<Finding> findings;
    QList<TargetVerdict> targets; // in the order requested
    QDateTime scanTime; // the date lifecycle facts were judged against
    QString defaultTarget; // the newest Windows 11 still supported on the scan date
    UpgradePlan plan;
    // The words for the facts the evidence names (rules/fact-labels.yaml): what the report and
    // the app show instead of fact names and raw values.
    FactLabels factLabels;
};

} // namespace urs
