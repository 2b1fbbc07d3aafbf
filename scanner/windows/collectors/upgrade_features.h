// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace urs {

// Optional features that matter for an upgrade when enabled: roles and components that setup
// has to migrate, that later Windows drops, or that the upgrade checklist tells technicians to
// turn off first ("features added later, e.g. IIS"). The one place this list lives.
struct UpgradeFeature {
    const char *pattern; // feature name as in Notifications\OptionalFeatures; '*' at the end = prefix
    const char *why;
};

class UpgradeFeatures {
public:
    static const QList<UpgradeFeature> &all();
    // The entry matching a feature name (case-insensitive), or nullptr.
    static const UpgradeFeature *match(const QString &featureName);
};

} // namespace urs
