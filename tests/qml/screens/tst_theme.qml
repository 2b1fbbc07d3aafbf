// SPDX-License-Identifier: GPL-3.0-or-later
// The Theme's keyboard focus ring: 3:1 or more against every background it is drawn on
// (WCAG 2.1, 1.4.11 non-text contrast, with the relative luminance of WCAG 2.1), set off from
// accent buttons by its halo, and in a colour no status wears.
import QtQuick
import QtTest
import UpgradeScan

TestCase {
    id: tc
    name: "Theme"

    // WCAG 2.1 relative luminance of an sRGB colour (components 0..1).
    function luminance(c) {
        const lin = v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a)
        const lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function test_contrast_formula() {
        fuzzyCompare(contrast(Qt.color("#ffffff"), Qt.color("#000000")), 21, 0.01)
        fuzzyCompare(contrast(Qt.color("#777777"), Qt.color("#ffffff")), 4.48, 0.01)
        compare(contrast(Qt.color("#245ea8"), Qt.color("#245ea8")), 1)
    }

    // Where a ring is drawn: the screens, cards and popups, the fields, the dark header (its
    // buttons, the Batch screen's band), and its own halo on the inner side.
    function test_focus_ring_contrast_data() {
        return [
            { tag: "background", colour: Theme.background },
            { tag: "surface", colour: Theme.surface },
            { tag: "surfaceAlt", colour: Theme.surfaceAlt },
            { tag: "headerBackground", colour: Theme.headerBackground },
            { tag: "focusHalo", colour: Theme.focusHalo },
        ]
    }
    function test_focus_ring_contrast(data) {
        const ratio = contrast(Theme.focus, data.colour)
        verify(ratio >= 3, "focus ring on " + data.tag + ": " + ratio.toFixed(2) + ":1")
    }

    // An accent (primary) button touches the halo, not the ring.
    function test_halo_sets_the_ring_off_accent_buttons_data() {
        return [
            { tag: "accent", colour: Theme.accent },
            { tag: "accentHover", colour: Theme.accentHover },
        ]
    }
    function test_halo_sets_the_ring_off_accent_buttons(data) {
        const ratio = contrast(Theme.focusHalo, data.colour)
        verify(ratio >= 3, "halo against " + data.tag + ": " + ratio.toFixed(2) + ":1")
    }

    // Not a status colour, nor one near it: at least 30 degrees of hue from every coloured
    // status and from the accent (the grey "unknown" has no hue to speak of).
    function test_focus_is_no_status_colour_data() {
        return ["pass", "advisory", "warning", "blocker", "unknown"]
            .map(s => ({ tag: s, colour: Theme.statusColor(s) }))
            .concat([{ tag: "accent", colour: Theme.accent }])
    }
    function test_focus_is_no_status_colour(data) {
        const focus = Theme.focus
        verify(!Qt.colorEqual(focus, data.colour), data.tag)
        if (data.colour.hslSaturation < 0.2) {
            verify(focus.hslSaturation >= 0.4, "a grey status and a coloured ring")
            return
        }
        const apart = Math.abs(focus.hslHue - data.colour.hslHue) * 360
        const hue = Math.min(apart, 360 - apart)
        verify(hue >= 30, data.tag + ": " + hue.toFixed(0) + " degrees of hue apart")
    }
}
