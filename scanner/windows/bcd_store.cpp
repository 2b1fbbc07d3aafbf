// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/bcd_store.h"

#include "common/log.h"

namespace urs {

const QString BcdStore::kBootMgrId = QStringLiteral("{9dea862c-5cdd-4e70-acc1-f32b344d4795}");

namespace {
QString elementKey(const char *element)
{
    return QStringLiteral("Elements\\%1").arg(QLatin1String(element));
}

// A string element (REG_SZ "Element" under Elements\<id>); absent is an empty, known answer.
QString stringElement(const HiveKey &object, const char *element, QString *where = nullptr)
{
    const auto key = object.child(elementKey(element));
    const auto value = key ? key->string(QStringLiteral("Element"))
                           : HiveRead<QString>::failedAs(key, key.where() + QStringLiteral("\\Element"));
    if (where)
        *where = value.where();
    if (!value && !value.absent())
        log()->warn("BCD: {}", str(value.reason()));
    return value.valueOr(QString());
}
} // namespace

BcdStore::BcdStore(Hive hive)
    : m_hive(std::move(hive))
{
}

BcdStore BcdStore::open(const WindowsVolume &volume, const QString &volumePath, const QString &name)
{
    return BcdStore(Hive::openOnVolume(volume, volumePath, name));
}

HiveRead<QString> BcdStore::defaultObject() const
{
    return m_hive.string(QStringLiteral("Objects\\%1\\%2").arg(kBootMgrId, elementKey(kElementDefault)),
        QStringLiteral("Element"));
}

HiveRead<QList<BcdObject>> BcdStore::objects() const
{
    const auto objects = m_hive.key(QStringLiteral("Objects"));
    if (!objects)
        return HiveRead<QList<BcdObject>>::failedAs(objects);
    const auto children = objects->children();
    if (!children)
        return HiveRead<QList<BcdObject>>::failedAs(children);
    QList<BcdObject> out;
    for (const HiveKey &key : *children) {
        BcdObject o;
        o.id = key.name();
        const auto type = key.child(QStringLiteral("Description"));
        const auto typeValue = type
            ? type->dword(QStringLiteral("Type"))
            : HiveRead<quint32>::failedAs(type, type.where() + QStringLiteral("\\Type"));
        if (typeValue)
            o.type = *typeValue;
        else
            log()->warn("BCD: object {} has no readable type: {}", str(o.id), str(typeValue.reason()));
        o.description = stringElement(key, kElementDescription);
        o.path = stringElement(key, kElementPath, &o.pathWhere);
        if (o.type == kTypeOsLoader)
            o.systemRoot = stringElement(key, kElementSystemRoot);
        out.append(o);
    }
    return HiveRead<QList<BcdObject>>::found(out, objects->where());
}

} // namespace urs
