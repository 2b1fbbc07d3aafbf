// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSemaphore>
#include <QStringList>
#include <QTemporaryDir>

namespace urs::ui::test {

// "testUtil" in the QML tests: loads SYNTHETIC data into an App, grabs windows to PNG, and
// checks files the app wrote (a zip is valid when the library's hostile-zip reader accepts it).
class QmlTestUtil : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
    Q_PROPERTY(QString mountsRoot READ mountsRoot CONSTANT)
    Q_PROPERTY(QString reportsDir READ reportsDir CONSTANT)
    Q_PROPERTY(QString sampleImage READ sampleImage CONSTANT)

public:
    explicit QmlTestUtil(QObject *parent = nullptr);

    QString screenshotDir() const;
    QString mountsRoot() const { return m_mountsRoot; }
    QString reportsDir() const { return m_reportsDir; }
    QString sampleImage() const;

    Q_INVOKABLE void loadSyntheticDisks(QObject *app);
    Q_INVOKABLE void loadSyntheticTargets(QObject *app);
    Q_INVOKABLE void loadSyntheticResult(QObject *app);
    // The SYNTHETIC result as read by a scanner started in "bios" (legacy) or "uefi" mode.
    Q_INVOKABLE void loadSyntheticResultBootedIn(QObject *app, const QString &firmwareType);
    // Writes a report of the SYNTHETIC result into folder (for the fleet view).
    Q_INVOKABLE QString writeSyntheticReport(const QString &folder);
    // The same for another machine (its computer name and serial), with the technician's notes:
    // a fleet of several.
    Q_INVOKABLE QString writeSyntheticMachineReport(const QString &folder, const QString &computerName,
        const QString &assetTag, const QString &technician);
    // Saves what the window shows to dir/name.png; returns the path or "" on failure.
    Q_INVOKABLE QString grab(QObject *window, const QString &name);
    // Holds the App's next scan on its worker thread at the first report of step (0 hardware,
    // 1 disk, 2 hives, 3 rules) until releaseScan(), so a test can look at a running scan.
    Q_INVOKABLE void holdScanAtStep(QObject *app, int step);
    Q_INVOKABLE void releaseScan();
    Q_INVOKABLE bool exists(const QString &path) const;
    Q_INVOKABLE qint64 fileSize(const QString &path) const;
    // Member names of a zip, or [] when the library's reader refuses it.
    Q_INVOKABLE QStringList zipMembers(const QString &path) const;
    Q_INVOKABLE QStringList filesIn(const QString &folder, const QString &pattern) const;
    // What `upgrade-scan explain CODE --lang LANG` prints first: the engine's sentence for an
    // error code from the installed rules' error-codes table, or "" when code is none.
    Q_INVOKABLE QString explainCode(const QString &code, const QString &lang) const;
    Q_INVOKABLE QString env(const QString &name) const
    {
        return qEnvironmentVariable(name.toUtf8().constData());
    }

private:
    QTemporaryDir m_temp;
    QString m_mountsRoot;
    QString m_reportsDir;
    std::shared_ptr<QSemaphore> m_gate = std::make_shared<QSemaphore>(0);
};

} // namespace urs::ui::test
