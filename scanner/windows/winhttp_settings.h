// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <variant>

namespace urs {

// The WinHttpSettings blob under SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\Connections,
// written by `netsh winhttp set proxy`. Microsoft does not document it; it is the
// layout of Internet Explorer's connection settings blob (as read by many public tools):
//   DWORD version/size, DWORD change counter, DWORD flags, DWORD proxy length, proxy (ANSI),
//   DWORD bypass length, bypass list (ANSI) [, more fields this parser ignores].
// flags are the INTERNET_PER_CONN_FLAGS bits: PROXY_TYPE_DIRECT 1, PROXY_TYPE_PROXY 2,
// PROXY_TYPE_AUTO_PROXY_URL 4, PROXY_TYPE_AUTO_DETECT 8.
struct WinHttpSettings {
    quint32 flags = 0;
    QString proxy;
    QString bypass;

    // A proxy is used when the PROXY flag is set and a server is named.
    bool usesProxy() const { return (flags & 2u) && !proxy.isEmpty(); }

    // The settings, or a text saying what is malformed (with the byte offset).
    static std::variant<WinHttpSettings, QString> parse(const QByteArray &blob);
};

} // namespace urs
