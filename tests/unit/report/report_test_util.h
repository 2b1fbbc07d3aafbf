// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the report tests: list a zip with libarchive (independently of ZipReader) and
// run the Debian zip testers.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace urs::test {

// name -> bytes of every member, read with plain libarchive calls; an empty map on error.
QMap<QString, QByteArray> readZipWithLibarchive(const QByteArray &zip, QString *error);
// Runs a program; returns its exit code, or -1 when it cannot start (absent). Output in *output.
int runTool(const QString &program, const QStringList &args, QString *output);

} // namespace urs::test
