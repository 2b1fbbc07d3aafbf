// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/machine_identity.h"

#include "facts/fact_set.h"
#include "report/report_file_name.h"

#include <QJsonValue>
#include <QSet>

namespace urs {

static QString stringFact(const FactSet &facts, const char *name)
{
    const std::optional<QJsonValue> v = facts.value(QString::fromLatin1(name));
    return v && v->isString() ? v->toString().trimmed() : QString();
}

bool MachineIdentity::isPlaceholderSerial(const QString &serial)
{
    static const QSet<QString> placeholders = {
        QStringLiteral("to be filled by o.e.m."),
        QStringLiteral("default string"),
        QStringLiteral("system serial number"),
        QStringLiteral("chassis serial number"),
        QStringLiteral("not specified"),
        QStringLiteral("not applicable"),
        QStringLiteral("none"),
        QStringLiteral("n/a"),
        QStringLiteral("oem"),
        QStringLiteral("o.e.m."),
        QStringLiteral("0123456789"),
        QStringLiteral("123456789"),
        QStringLiteral("1234567890"),
        QStringLiteral("serial number"),
    };
    const QString s = serial.trimmed().toLower();
    if (s.isEmpty() || placeholders.contains(s))
        return true;
    // A run of one character ("0000000", "xxxxxxxx", "........") is no serial either.
    return s.count(s.front()) == s.size();
}

bool MachineIdentity::isPlaceholderUuid(const QString &uuid)
{
    QString hex = uuid.trimmed().toLower();
    hex.remove(QLatin1Char('-'));
    if (hex.size() != 32)
        return true;
    // All zeros means "not present", all F "not settable" (DSP0134 7.2.1); the sequence below
    // is the well-known value of boards shipped with an unprogrammed UUID.
    return hex.count(QLatin1Char('0')) == 32 || hex.count(QLatin1Char('f')) == 32
        || hex == QLatin1String("03000200040005000006000700080009");
}

MachineIdentity MachineIdentity::fromFacts(const FactSet &facts)
{
    MachineIdentity id;
    id.manufacturer = stringFact(facts, "hardware.smbios.system.manufacturer");
    id.model = stringFact(facts, "hardware.smbios.system.product");
    id.serial = stringFact(facts, "hardware.smbios.system.serial");
    if (isPlaceholderSerial(id.serial))
        id.serial.clear();
    id.uuid = stringFact(facts, "hardware.smbios.system.uuid").toLower();
    if (isPlaceholderUuid(id.uuid))
        id.uuid.clear();
    id.computerName = stringFact(facts, "windows.computer_name");
    id.productName = stringFact(facts, "windows.product_name");
    id.editionId = stringFact(facts, "windows.edition_id");
    id.architecture = stringFact(facts, "windows.architecture");
    if (const std::optional<QJsonValue> b = facts.value(QStringLiteral("windows.build")); b && b->isDouble())
        id.build = qint64(b->toDouble());
    return id;
}

static QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject MachineIdentity::toJson() const
{
    return QJsonObject {
        {QStringLiteral("manufacturer"), orNull(manufacturer)},
        {QStringLiteral("model"), orNull(model)},
        {QStringLiteral("serial"), orNull(serial)},
        {QStringLiteral("uuid"), orNull(uuid)},
        {QStringLiteral("computer_name"), orNull(computerName)},
        {QStringLiteral("key"), orNull(key())},
        {QStringLiteral("source_os"),
            QJsonObject {{QStringLiteral("product_name"), orNull(productName)},
                {QStringLiteral("edition_id"), orNull(editionId)},
                {QStringLiteral("architecture"), orNull(architecture)},
                {QStringLiteral("build"), build ? QJsonValue(double(*build)) : QJsonValue()}}},
    };
}

MachineIdentity MachineIdentity::fromJson(const QJsonObject &json)
{
    MachineIdentity id;
    id.manufacturer = json.value(QStringLiteral("manufacturer")).toString();
    id.model = json.value(QStringLiteral("model")).toString();
    id.serial = json.value(QStringLiteral("serial")).toString();
    id.uuid = json.value(QStringLiteral("uuid")).toString();
    id.computerName = json.value(QStringLiteral("computer_name")).toString();
    const QJsonObject os = json.value(QStringLiteral("source_os")).toObject();
    id.productName = os.value(QStringLiteral("product_name")).toString();
    id.editionId = os.value(QStringLiteral("edition_id")).toString();
    id.architecture = os.value(QStringLiteral("architecture")).toString();
    if (os.value(QStringLiteral("build")).isDouble())
        id.build = qint64(os.value(QStringLiteral("build")).toDouble());
    return id;
}

QString MachineIdentity::key() const
{
    if (!uuid.isEmpty())
        return QStringLiteral("uuid:") + uuid;
    if (!serial.isEmpty())
        return QStringLiteral("serial:%1|%2|%3").arg(manufacturer.toLower(), model.toLower(), serial);
    if (!computerName.isEmpty())
        return QStringLiteral("name:%1|%2|%3")
            .arg(manufacturer.toLower(), model.toLower(), computerName.toLower());
    return {};
}

QString MachineIdentity::sourceOsText(const QString &lang) const
{
    QStringList details;
    if (build)
        details << (lang == QLatin1String("ja") ? QStringLiteral("ビルド %1") : QStringLiteral("build %1"))
                       .arg(*build);
    if (!architecture.isEmpty())
        details << architecture;
    QString text = productName.isEmpty() ? QStringLiteral("Windows") : productName;
    if (productName.isEmpty() && details.isEmpty())
        return {};
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

QString MachineIdentity::reportFileName(const QDateTime &scanTimeUtc) const
{
    return ReportFileName::compose({manufacturer, model, serial.isEmpty() ? uuid : serial, computerName},
        scanTimeUtc, QStringLiteral(".zip"));
}

} // namespace urs
