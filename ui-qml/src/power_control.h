// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace urs::ui {

// Switches the machine off or restarts it, the way the live system does it: "systemctl
// poweroff" or "systemctl reboot", started detached so systemd can stop the app. The program is
// injectable: tests give a fake that records how it was called.
class PowerControl : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit PowerControl(QObject *parent = nullptr);

    // program is run with "poweroff" or "reboot" as its last argument, after arguments.
    void setCommand(const QString &program, const QStringList &arguments = {});
    QString program() const { return m_program; }
    // Why the last request could not be started ("" when it was).
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE bool powerOff() { return request(QStringLiteral("poweroff")); }
    Q_INVOKABLE bool restart() { return request(QStringLiteral("reboot")); }

signals:
    // The command was started with this action ("poweroff" or "reboot").
    void requested(const QString &action);
    void errorTextChanged();

private:
    bool request(const QString &action);

    QString m_program = QStringLiteral("systemctl");
    QStringList m_arguments;
    QString m_errorText;
};

} // namespace urs::ui
