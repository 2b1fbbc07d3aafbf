// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guide_document.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace urs::ui {

class AppLanguage;

// The guides of media/guides/<lang>/ (media creation, clean install, in-place upgrade, and any
// other the folder holds), in the app's language, English when a translation is missing.
class GuideListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex WRITE select NOTIFY selectionChanged)
    Q_PROPERTY(QString folder READ folder NOTIFY countChanged)

public:
    enum Role {
        GuideIdRole = Qt::UserRole + 1,
        TitleRole,
        IntroRole,
        SectionCountRole,
        StepCountRole,
        UrlRole,
        NavLabelRole, // the title for the side list, wrapping between words only (LineBreaks)
    };
    Q_ENUM(Role)

    explicit GuideListModel(AppLanguage *language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    Q_INVOKABLE void reload();
    int selectedIndex() const { return m_selected; }
    Q_INVOKABLE void select(int row);
    // The row of a guide id ("clean-install"), or -1.
    Q_INVOKABLE int rowOf(const QString &guideId) const;
    // Everything the guide pane shows for a row: title, intro, sections [{anchor, title,
    // markdown, steps: [{number, text}]}], links and url (the first link).
    Q_INVOKABLE QVariantMap guide(int row) const;
    // The index of a section (by its anchor) in a guide, or -1.
    Q_INVOKABLE int sectionOf(int row, const QString &anchor) const;

signals:
    void countChanged();
    void selectionChanged();

private:
    AppLanguage *m_language;
    QString m_folder;
    QList<GuideDocument> m_guides;
    int m_selected = -1;
};

} // namespace urs::ui
