// SPDX-License-Identifier: GPL-3.0-or-later
// The one place for colours, spacing and type. Screens never hard-code a colour or a pixel size:
// everything scales with `scale`, which Main.qml sets from the window (1.0 at 1024x768).
pragma Singleton
import QtQuick
import UpgradeScan

QtObject {
    id: theme

    property real scale: 1.0

    // --- type ------------------------------------------------------------------------------
    readonly property string fontFamily: App.language.fontFamily
    readonly property string monoFamily: "DejaVu Sans Mono"
    readonly property int fontCaption: Math.round(13 * scale)
    readonly property int fontSmall: Math.round(14 * scale)
    readonly property int fontBody: Math.round(16 * scale)
    readonly property int fontLarge: Math.round(19 * scale)
    readonly property int fontTitle: Math.round(24 * scale)
    readonly property int fontHeadline: Math.round(30 * scale)
    // The Batch screen's verdicts and failures, read from across the room.
    readonly property int fontDisplay: Math.round(40 * scale)

    // --- spacing and shapes ------------------------------------------------------------------
    readonly property int spacingXs: Math.round(4 * scale)
    readonly property int spacingS: Math.round(8 * scale)
    readonly property int spacingM: Math.round(12 * scale)
    readonly property int spacingL: Math.round(20 * scale)
    readonly property int spacingXl: Math.round(28 * scale)
    readonly property int radius: Math.round(8 * scale)
    readonly property int radiusSmall: Math.round(5 * scale)
    readonly property int borderWidth: Math.max(1, Math.round(scale))
    // Touch targets: at least 44 px whatever the scale (Apple HIG, WCAG 2.5.5).
    readonly property int touchMin: 44
    readonly property int chipHeight: Math.max(touchMin, Math.round(40 * scale))
    readonly property int controlHeight: Math.max(touchMin, Math.round(46 * scale))
    readonly property int headerHeight: Math.max(touchMin + 8, Math.round(60 * scale))
    readonly property int iconSize: Math.round(22 * scale)
    readonly property int focusWidth: Math.max(2, Math.round(3 * scale))
    readonly property int focusGap: Math.max(2, Math.round(3 * scale))
    readonly property int qrSize: Math.round(180 * scale)
    readonly property int sideColumn: Math.round(340 * scale)

    // --- colours -----------------------------------------------------------------------------
    readonly property color background: "#f3f4f6"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#f8f9fb"
    readonly property color headerBackground: "#1f2a37"
    readonly property color headerText: "#f3f4f6"
    readonly property color headerMuted: "#9aa5b4"
    readonly property color border: "#d6dbe2"
    readonly property color borderStrong: "#aab3bf"
    readonly property color text: "#1c2430"
    readonly property color textMuted: "#5b6574"
    readonly property color textOnAccent: "#ffffff"
    readonly property color accent: "#245ea8"
    readonly property color accentHover: "#1d4f8f"
    readonly property color accentSoft: "#e5eef9"
    // The keyboard focus ring: violet, a hue no status and no button uses, 3:1 or more (WCAG
    // 2.1, 1.4.11) against every background it is drawn on, the dark header included (3.4:1
    // there, 3.9:1 on background, 4.2:1 on surface). Inside it, along the item's edge, a
    // focusHalo line focusGap wide sets it off from an accent button (6.5:1), which no colour
    // light enough for the dark header could be (this one: 1.5:1). tst_theme.qml checks them.
    readonly property color focus: "#a05ad9"
    readonly property color focusHalo: "#ffffff"
    readonly property color disabled: "#c3c9d1"
    readonly property color codeBackground: "#eef1f5"
    readonly property color shade: "#80000000"

    readonly property color passColor: "#23774a"
    readonly property color passSoft: "#e5f3ea"
    readonly property color advisoryColor: "#2f6196"
    readonly property color advisorySoft: "#e6eef7"
    readonly property color warningColor: "#a15c07"
    readonly property color warningSoft: "#fbf0e1"
    readonly property color blockerColor: "#b3261e"
    readonly property color blockerSoft: "#fbe8e6"
    readonly property color unknownColor: "#5f6b7a"
    readonly property color unknownSoft: "#eceff3"

    // Finding status -> colour ("blocker", "warning", "unknown", "advisory", "pass").
    function statusColor(status) {
        switch (status) {
        case "pass": return passColor
        case "advisory": return advisoryColor
        case "warning": return warningColor
        case "blocker": return blockerColor
        default: return unknownColor
        }
    }
    function statusSoft(status) {
        switch (status) {
        case "pass": return passSoft
        case "advisory": return advisorySoft
        case "warning": return warningSoft
        case "blocker": return blockerSoft
        default: return unknownSoft
        }
    }
    // Verdict -> the status whose colours it wears.
    function verdictStatus(verdict) {
        switch (verdict) {
        case "ready": return "pass"
        case "ready-after-fixes": return "warning"
        case "clean-install-only": return "advisory"
        case "windows-not-checked": return "unknown"
        case "not-supported": return "blocker"
        default: return "unknown"
        }
    }
    // A plan step's kind -> the status whose colours its tag wears: a fix is what blocks, a
    // check what could not be read; the route's own steps (media, setup) wear none ("").
    function planKindStatus(kind) {
        switch (kind) {
        case "fix": return "blocker"
        case "confirm": return "unknown"
        case "recommended": return "advisory"
        default: return ""
        }
    }
    // A glyph every font here has, so the status is not told by colour alone.
    function statusGlyph(status) {
        switch (status) {
        case "pass": return "✓"
        case "advisory": return "i"
        case "warning": return "!"
        case "blocker": return "✕"
        default: return "?"
        }
    }
}
