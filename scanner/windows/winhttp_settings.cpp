// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/winhttp_settings.h"

#include "common/core_text.h"
#include "windows/registry_codec.h"

namespace urs {

namespace {

// Reads a DWORD length and that many bytes of text at *offset, checking every bound. Returns
// the problem, or an empty string when *text was read.
QString readCounted(const QByteArray &blob, qsizetype *offset, const char *what, QString *text)
{
    if (blob.size() - *offset < 4) {
        return coreText("no %1 length at offset %2 (blob of %3 bytes)")
            .arg(QLatin1String(what))
            .arg(*offset)
            .arg(blob.size());
    }
    const quint32 length = RegistryCodec::le32(blob.constData() + *offset);
    *offset += 4;
    if (length > quint32(blob.size() - *offset)) {
        return coreText("%1 length %2 at offset %3 runs past the end of the %4-byte blob")
            .arg(QLatin1String(what))
            .arg(length)
            .arg(*offset - 4)
            .arg(blob.size());
    }
    QByteArray bytes = blob.mid(*offset, qsizetype(length));
    *offset += qsizetype(length);
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        bytes.truncate(nul);
    // The strings are ANSI; proxy names and bypass lists are ASCII in practice.
    *text = QString::fromLatin1(bytes);
    return {};
}

} // namespace

std::variant<WinHttpSettings, QString> WinHttpSettings::parse(const QByteArray &blob)
{
    if (blob.size() < 16)
        return coreText("blob of %1 bytes is shorter than its 16-byte header").arg(blob.size());
    WinHttpSettings s;
    s.flags = RegistryCodec::le32(blob.constData() + 8);
    qsizetype offset = 12;
    if (QString problem = readCounted(blob, &offset, "proxy", &s.proxy); !problem.isEmpty())
        return problem;
    // The bypass list may be missing from short blobs written with direct access only.
    if (offset < blob.size()) {
        if (QString problem = readCounted(blob, &offset, "bypass", &s.bypass); !problem.isEmpty())
            return problem;
    }
    return s;
}

} // namespace urs
