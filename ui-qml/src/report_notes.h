// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/scan_notes.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace urs::ui {

// What the technician types about the machine in front of them, for its report: their own
// name, kept for the next machine, and the machine's asset tag and a note, cleared for it. The
// fields hold the text as typed; notes() is what goes into the report (ScanNotes::normalized).
class ReportNotes : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(QString technician READ technician WRITE setTechnician NOTIFY changed)
    Q_PROPERTY(QString assetTag READ assetTag WRITE setAssetTag NOTIFY changed)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY changed)
    Q_PROPERTY(int maxTechnicianLength READ maxTechnicianLength CONSTANT)
    Q_PROPERTY(int maxAssetTagLength READ maxAssetTagLength CONSTANT)
    Q_PROPERTY(int maxNoteLength READ maxNoteLength CONSTANT)

public:
    explicit ReportNotes(QObject *parent = nullptr);

    QString technician() const { return m_typed.technician; }
    QString assetTag() const { return m_typed.assetTag; }
    QString note() const { return m_typed.note; }
    void setTechnician(const QString &text);
    void setAssetTag(const QString &text);
    void setNote(const QString &text);
    static int maxTechnicianLength() { return ScanNotes::kMaxTechnicianChars; }
    static int maxAssetTagLength() { return ScanNotes::kMaxAssetTagChars; }
    static int maxNoteLength() { return ScanNotes::kMaxNoteChars; }

    ScanNotes notes() const { return m_typed.normalized(); }
    // The next machine: its asset tag and note start empty; the technician stays.
    Q_INVOKABLE void clearMachine();

signals:
    void changed();

private:
    void update(QString ScanNotes::*field, const QString &text);

    ScanNotes m_typed;
};

} // namespace urs::ui
