// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace urs::ui {

// The language the app speaks (English or Japanese) and the font that suits it. Switching
// installs the Qt Linguist translation and asks the engine to re-evaluate every qsTr binding;
// models that show rule texts (LocalizedText en/ja) listen to languageChanged.
class AppLanguage : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY languageChanged)
    Q_PROPERTY(QString nativeName READ nativeName NOTIFY languageChanged)
    Q_PROPERTY(QString otherLanguage READ otherLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString otherNativeName READ otherNativeName NOTIFY languageChanged)

public:
    explicit AppLanguage(QObject *parent = nullptr);
    ~AppLanguage() override;

    // "ja" when the system locale is Japanese, else "en".
    static QString fromLocale();

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString fontFamily() const;
    QString nativeName() const;
    QString otherLanguage() const;
    QString otherNativeName() const;

    Q_INVOKABLE void toggle() { setLanguage(otherLanguage()); }

signals:
    void languageChanged();

private:
    QString m_language = QStringLiteral("en");
    QPointer<QQmlEngine> m_engine;
    std::unique_ptr<QTranslator> m_translator;
};

// A list model whose rows hold texts in the app's language: on each switch of language (when
// there is one) every row is announced as changed, so the views read them again, then also()
// runs (the model's own text signals).
void followLanguage(AppLanguage *language, QAbstractListModel *model, const std::function<void()> &also = {});

} // namespace urs::ui
