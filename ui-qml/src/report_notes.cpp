// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_notes.h"

namespace urs::ui {

ReportNotes::ReportNotes(QObject *parent)
    : QObject(parent)
{
}

void ReportNotes::update(QString ScanNotes::*field, const QString &text)
{
    if (m_typed.*field == text)
        return;
    m_typed.*field = text;
    emit changed();
}

void ReportNotes::setTechnician(const QString &text)
{
    update(&ScanNotes::technician, text);
}

void ReportNotes::setAssetTag(const QString &text)
{
    update(&ScanNotes::assetTag, text);
}

void ReportNotes::setNote(const QString &text)
{
    update(&ScanNotes::note, text);
}

void ReportNotes::clearMachine()
{
    if (m_typed.assetTag.isEmpty() && m_typed.note.isEmpty())
        return;
    m_typed.assetTag.clear();
    m_typed.note.clear();
    emit changed();
}

} // namespace urs::ui
