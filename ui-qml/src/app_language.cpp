// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_language.h"

#include "common/log.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QQmlEngine>

namespace urs::ui {

AppLanguage::AppLanguage(QObject *parent)
    : QObject(parent)
{
}

AppLanguage::~AppLanguage()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QString AppLanguage::fromLocale()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

void AppLanguage::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en");
    if (lang == m_language && (lang == QLatin1String("en") || m_translator))
        return;
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (lang != QLatin1String("en")) {
        auto translator = std::make_unique<QTranslator>();
        // qt_add_translations embeds the .qm files under :/i18n.
        if (translator->load(QStringLiteral(":/i18n/app_%1.qm").arg(lang))) {
            QCoreApplication::installTranslator(translator.get());
            m_translator = std::move(translator);
        } else {
            log()->warn("no translation for language {} in :/i18n", str(lang));
        }
    }
    m_language = lang;
    // Dates and sizes follow the language too.
    QLocale::setDefault(QLocale(lang == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

QString AppLanguage::fontFamily() const
{
    // Japanese needs a font with the Japanese glyph forms: without an explicit family,
    // fontconfig may fall back to the Simplified Chinese variant of the same CJK font.
    static const QStringList families = QFontDatabase::families();
    auto firstPresent = [](const QStringList &wanted) -> QString {
        for (const QString &f : wanted)
            if (families.contains(f))
                return f;
        return {};
    };
    if (m_language == QLatin1String("ja")) {
        const QString f = firstPresent({QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP"),
            QStringLiteral("IPAexGothic"), QStringLiteral("IPAGothic")});
        if (!f.isEmpty())
            return f;
    }
    const QString f = firstPresent({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    return f.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont).family() : f;
}

QString AppLanguage::nativeName() const
{
    return m_language == QLatin1String("ja") ? QStringLiteral("日本語") : QStringLiteral("English");
}

QString AppLanguage::otherLanguage() const
{
    return m_language == QLatin1String("ja") ? QStringLiteral("en") : QStringLiteral("ja");
}

QString AppLanguage::otherNativeName() const
{
    return m_language == QLatin1String("ja") ? QStringLiteral("English") : QStringLiteral("日本語");
}

void followLanguage(AppLanguage *language, QAbstractListModel *model, const std::function<void()> &also)
{
    if (!language)
        return;
    QObject::connect(language, &AppLanguage::languageChanged, model, [model, also] {
        if (model->rowCount() > 0)
            emit model->dataChanged(model->index(0), model->index(model->rowCount() - 1));
        if (also)
            also();
    });
}

} // namespace urs::ui
