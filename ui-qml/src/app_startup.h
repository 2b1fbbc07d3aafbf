// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QQmlEngine;
class QQmlApplicationEngine;

namespace urs::ui {

// What every program that shows the app's QML needs (the app, its benchmark, the QML tests):
// the QR image provider and the Controls style the Theme is written for.
void prepareEngine(QQmlEngine &engine);
// Must run before the QGuiApplication exists: picks the Basic style (the one made to be
// customised) and the software renderer on linuxfb, which has no OpenGL.
void prepareProcess();
// True on the kiosk platforms of the live system, where the app fills the screen.
bool isKioskPlatform(const QString &platformName);
// The URL of the main window (qrc, embedded by qt_add_qml_module).
QString mainQmlUrl();

} // namespace urs::ui
