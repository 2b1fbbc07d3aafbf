// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"
#include "engine/scan_notes.h"
#include "facts/evidence_file.h"
#include "facts/fact_set.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace urs {

// Everything one scan of one machine found and concluded: what the report renders and the app
// shows. It is plain data, made by ScanSession and read by everything above the engine, so
// nothing that renders it needs the disk again.
struct ScanRecord {
    QString sourcePath; // the image, block device or folder that was scanned
    int windowsIndex = 0; // the installation scanned; 0 when none could be read
    QStringList requestedTargets; // empty: every target
    QDateTime scanTime; // UTC; decides lifecycle facts
    FactSet facts;
    QList<EvidenceFile> evidence; // copied while the volume was open
    std::optional<Assessment> assessment; // absent for a facts-only scan
    ScanNotes notes; // typed by the technician (app fields, report --technician ...)
};

} // namespace urs
