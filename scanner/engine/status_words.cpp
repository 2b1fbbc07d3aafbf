// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/status_words.h"

namespace urs {

namespace {

struct Words {
    const char *en;
    const char *ja;
};

QString pick(const Words &w, const QString &lang)
{
    return QString::fromUtf8(lang == QLatin1String("ja") ? w.ja : w.en);
}

Words verdictWords(Verdict v)
{
    switch (v) {
    case Verdict::Ready:
        return {"Ready", "アップグレード可能"};
    case Verdict::ReadyAfterFixes:
        return {"Ready after fixes", "対処後にアップグレード可能"};
    case Verdict::CleanInstallOnly:
        return {"Clean install only", "クリーン インストールのみ"};
    case Verdict::WindowsNotChecked:
        return {"Windows not checked", "Windows は未確認"};
    case Verdict::NotSupported:
        break;
    }
    return {"Not supported", "非対応"};
}

Words statusWords(FindingStatus s)
{
    switch (s) {
    case FindingStatus::Blocker:
        return {"Blocker", "阻害要因"};
    case FindingStatus::Warning:
        return {"Warning", "警告"};
    case FindingStatus::Advisory:
        return {"Advisory", "推奨事項"};
    case FindingStatus::Pass:
        return {"Pass", "問題なし"};
    case FindingStatus::Unknown:
        break;
    }
    return {"Unknown", "不明"};
}

Words statusGroupWords(FindingStatus s)
{
    switch (s) {
    case FindingStatus::Blocker:
        return {"Blockers", "阻害要因"};
    case FindingStatus::Warning:
        return {"Warnings", "警告"};
    case FindingStatus::Advisory:
        return {"Advice", "推奨事項"};
    case FindingStatus::Pass:
        return {"Passed", "問題なし"};
    case FindingStatus::Unknown:
        break;
    }
    return {"Could not be checked", "確認できなかった項目"};
}

} // namespace

QString StatusWords::verdict(Verdict verdict, const QString &lang)
{
    return pick(verdictWords(verdict), lang);
}

QString StatusWords::status(FindingStatus status, const QString &lang)
{
    return pick(statusWords(status), lang);
}

QString StatusWords::statusGroup(FindingStatus status, const QString &lang)
{
    return pick(statusGroupWords(status), lang);
}

} // namespace urs
