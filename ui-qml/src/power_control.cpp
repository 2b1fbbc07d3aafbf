// SPDX-License-Identifier: GPL-3.0-or-later
#include "power_control.h"

#include "common/log.h"

#include <QProcess>

namespace urs::ui {

PowerControl::PowerControl(QObject *parent)
    : QObject(parent)
{
}

void PowerControl::setCommand(const QString &program, const QStringList &arguments)
{
    m_program = program;
    m_arguments = arguments;
}

bool PowerControl::request(const QString &action)
{
    const QStringList arguments = m_arguments + QStringList {action};
    const QString command = m_program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    log()->warn("app: {}", str(command));
    // Detached: systemd stops this process on the way down, and must not wait for it.
    if (!QProcess::startDetached(m_program, arguments)) {
        m_errorText = action == QLatin1String("reboot")
            ? tr("The machine could not be restarted: \"%1\" did not start. Hold the power button for a few "
                 "seconds, then switch it on again.")
                  .arg(command)
            : tr("The machine could not be switched off: \"%1\" did not start. Hold the power button for a "
                 "few "
                 "seconds instead.")
                  .arg(command);
        log()->error("app: {} could not be started", str(command));
        emit errorTextChanged();
        return false;
    }
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        emit errorTextChanged();
    }
    emit requested(action);
    return true;
}

} // namespace urs::ui
