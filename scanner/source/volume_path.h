// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <optional>

namespace urs {

// Splits a volume path ("Windows\\System32/config") into its components. Both separators are
// accepted, empty and "." components are dropped. A ".." component makes the path invalid
// (nullopt): a volume path never climbs above the volume root.
std::optional<QStringList> splitVolumePath(const QString &path);

// The canonical form used in messages: components joined with '\\', as Windows shows them.
QString windowsStylePath(const QStringList &components);

// Orders Windows folder names so the usual "Windows" comes first (installation 1 on a volume is
// then the one Windows boots), keeping the others in listing order.
void sortWindowsFirst(QStringList &folders);

} // namespace urs
