// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/source.h"

namespace urs {

// A folder holding a Windows volume (mounted elsewhere or copied). Also accepts the Windows
// folder itself (…/Windows), taking its parent as the volume root.
class DirectorySource : public Source {
public:
    // Throws ScanError(SourceUnreadable) when the folder cannot be listed and
    // ScanError(NoWindows) when it holds no Windows installation.
    explicit DirectorySource(const QString &path);

    QString path() const override { return m_path; }
    SourceKind kind() const override { return SourceKind::Directory; }
    std::optional<qint64> diskSizeBytes() const override { return std::nullopt; }
    PartitionStyle partitionStyle() const override { return PartitionStyle::None; }
    QList<PartitionInfo> partitions() const override { return {}; }
    QList<WindowsInstallation> installations() const override { return m_installations; }
    std::unique_ptr<WindowsVolume> openVolume(const WindowsInstallation &inst) const override;
    // Only 0: the folder itself (a folder shows no partitions).
    std::unique_ptr<WindowsVolume> openPartition(int partitionIndex) const override;

private:
    QString m_path;
    QString m_volumeRoot;
    QList<WindowsInstallation> m_installations;
};

} // namespace urs
