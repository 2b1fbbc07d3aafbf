// SPDX-License-Identifier: GPL-3.0-or-later
#include "guide_list_model.h"

#include "app_language.h"
#include "line_breaks.h"

#include <QDir>
#include <QVariantList>

namespace urs::ui {

namespace {

// The order a technician follows: make the media, then upgrade in place or install cleanly.
const QStringList kOrder
    = {QStringLiteral("media-creation"), QStringLiteral("in-place-upgrade"), QStringLiteral("clean-install")};

} // namespace

GuideListModel::GuideListModel(AppLanguage *language, QObject *parent)
    : QAbstractListModel(parent)
    , m_language(language)
{
    if (m_language)
        connect(m_language, &AppLanguage::languageChanged, this, &GuideListModel::reload);
}

int GuideListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_guides.size());
}

QHash<int, QByteArray> GuideListModel::roleNames() const
{
    return {{GuideIdRole, "guideId"}, {TitleRole, "title"}, {IntroRole, "intro"},
        {SectionCountRole, "sectionCount"}, {StepCountRole, "stepCount"}, {UrlRole, "url"},
        {NavLabelRole, "navLabel"}};
}

QVariant GuideListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_guides.size())
        return {};
    const GuideDocument &g = m_guides.at(index.row());
    switch (role) {
    case GuideIdRole:
        return g.id;
    case Qt::DisplayRole:
    case TitleRole:
        return g.title;
    case IntroRole:
        return g.intro;
    case SectionCountRole:
        return int(g.sections.size());
    case StepCountRole:
        return g.stepCount();
    case UrlRole:
        return g.url();
    case NavLabelRole:
        return LineBreaks::phrases(g.title);
    }
    return {};
}

void GuideListModel::setFolder(const QString &folder)
{
    m_folder = folder;
    reload();
}

void GuideListModel::reload()
{
    const QString lang = m_language ? m_language->language() : QStringLiteral("en");
    const QString before = m_selected >= 0 ? m_guides.at(m_selected).id : QString();
    // Every guide English has, in the app's language when it exists.
    const QDir en(m_folder + QStringLiteral("/en"));
    const QDir local(m_folder + QLatin1Char('/') + lang);
    QStringList ids;
    for (const QDir &dir : {local, en})
        for (const QString &f : dir.entryList({QStringLiteral("*.md")}, QDir::Files))
            if (!ids.contains(f.chopped(3)))
                ids << f.chopped(3);
    std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = kOrder.contains(a) ? kOrder.indexOf(a) : kOrder.size();
        const qsizetype ib = kOrder.contains(b) ? kOrder.indexOf(b) : kOrder.size();
        return ia != ib ? ia < ib : a < b;
    });
    beginResetModel();
    m_guides.clear();
    for (const QString &id : ids) {
        const QString file = id + QStringLiteral(".md");
        m_guides << GuideDocument::load(local.exists(file) ? local.filePath(file) : en.filePath(file));
    }
    m_selected = m_guides.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_guides.size(); ++i)
        if (m_guides[i].id == before)
            m_selected = i;
    endResetModel();
    emit countChanged();
    emit selectionChanged();
}

void GuideListModel::select(int row)
{
    if (row < 0 || row >= m_guides.size() || row == m_selected)
        return;
    m_selected = row;
    emit selectionChanged();
}

int GuideListModel::rowOf(const QString &guideId) const
{
    for (int i = 0; i < m_guides.size(); ++i)
        if (m_guides[i].id == guideId)
            return i;
    return -1;
}

QVariantMap GuideListModel::guide(int row) const
{
    if (row < 0 || row >= m_guides.size())
        return {};
    const GuideDocument &g = m_guides.at(row);
    QVariantList sections;
    for (const GuideSection &section : g.sections) {
        QVariantList steps;
        for (const GuideStep &s : section.steps)
            steps << QVariantMap {{QStringLiteral("number"), s.number}, {QStringLiteral("text"), s.text}};
        sections << QVariantMap {{QStringLiteral("anchor"), section.anchor},
            {QStringLiteral("title"), section.title},
            {QStringLiteral("markdown"), LineBreaks::markdownAutolinks(section.markdown)},
            {QStringLiteral("steps"), steps}};
    }
    return {{QStringLiteral("guideId"), g.id}, {QStringLiteral("title"), g.title},
        {QStringLiteral("intro"), LineBreaks::markdownAutolinks(g.intro)},
        {QStringLiteral("sections"), sections}, {QStringLiteral("links"), g.links},
        {QStringLiteral("url"), g.url()}, {QStringLiteral("stepCount"), g.stepCount()}};
}

int GuideListModel::sectionOf(int row, const QString &anchor) const
{
    return row >= 0 && row < m_guides.size() ? m_guides.at(row).sectionOf(anchor) : -1;
}

} // namespace urs::ui
