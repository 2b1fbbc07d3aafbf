// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace urs {

// A processor name reduced to what identifies the model, so the brand string a processor
// reports ("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz") and the name on Microsoft's list
// ("Core(TM) i5-8250U") compare equal, and nothing else does. Both sides lose the same things:
// (R)/(TM)/(C) marks, "@ x.xxGHz", "nth Gen", "with .../w/ ..." to the end ("with Radeon
// Graphics", the list's "with IPU"), "N-Core(s)", the words CPU, Processor, Intel, AMD and
// Qualcomm, case, spaces and hyphens (and a '+' before a digit: "i5+8400" is a typo of
// Microsoft's for "i5-8400"). The words that are left must be equal as a whole: no
// prefix, no pattern, no fuzzy distance (i3-8121U is not i3-8130U).
struct CpuNameKey {
    QString key; // "corei58250u": the words, lower case, joined without separators
    QStringList words; // "core", "i5", "8250u"
    QString series; // "core i5": the words before the model word
    QString model; // "8250u": the last word holding a digit
    qint64 number = -1; // 8250: the first run of digits of the model word
    bool isEmpty() const { return key.isEmpty(); }
};

class CpuName {
public:
    static CpuNameKey key(const QString &name);
    // The whole name, and each part when it joins several with " - " (the SMBIOS processor
    // version of Snapdragon X machines: "Snapdragon(R) X Elite - X1E78100 - Qualcomm(R)
    // Oryon(TM) CPU"): any of them may equal a list name.
    static QList<CpuNameKey> candidates(const QString &name);
    // The list names nearest to a name that is not on the list, for the explanation: indexes
    // into `listed`, at most `max`. Same series first, then the longer common start of the
    // model word, then the closer model number; a name of another series counts only when at
    // least two characters of the model word agree.
    static QList<int> nearest(const CpuNameKey &name, const QList<CpuNameKey> &listed, int max);
};

} // namespace urs
