// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace urs::ui {

// Where a text shown by Qt Quick (wrapMode Text.Wrap) may wrap. Left to itself, Qt breaks an
// address after "-" or "?" and, when a part does not fit, between any two letters
// ("…microsoft.com/so" + "ftware-download"), and Japanese between any two characters
// ("インプレー" + "ス"). These helpers insert invisible characters: U+200B ZERO WIDTH SPACE where a
// line may break, U+2060 WORD JOINER where it must not. For display only: a text that went
// through them is no longer a usable address.
namespace LineBreaks {

inline constexpr QChar kBreak {0x200B};
inline constexpr QChar kJoin {0x2060};

// An address that breaks only after a "/" (never inside "//").
QString url(const QString &address);

// A text with every http:// or https:// address in it laid out as url() does.
QString urlsIn(const QString &text);

// Markdown with each autolink (<https://...>) written as a link whose text is url() of its
// address, so the page shows the address wrapping at a "/" and the link still opens it.
QString markdownAutolinks(const QString &markdown);

// A short label (a guide's title in a side list) that breaks only between words: at spaces,
// and in Japanese after a run of hiragana (the particle that ends a phrase: "メディアからの" +
// "インプレースアップグレード"), after "、" and before "（". Letters of one word, a katakana or
// kanji run, and words joined by "-" stay together.
QString phrases(const QString &label);

} // namespace LineBreaks

} // namespace urs::ui
