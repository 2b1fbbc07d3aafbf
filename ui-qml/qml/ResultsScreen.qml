// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4: the plan first (the best path in one sentence, then its numbered steps), a verdict per
// target (left) and the findings grouped by status with filters (right, beside the plan's
// steps). A finding opens its evidence and remedy steps; a step its guide or its finding.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import UpgradeScan

FocusScope {
    id: screen

    signal navigate(string screen)
    signal openGuide(string guideId, string section)

    property int detailRow: -1
    // Where the keyboard goes back to when the finding closes.
    property Item detailReturn: findingList
    function openFinding(row) {
        detailRow = row
        detail.detail = App.findings.detail(row)
        detail.open()
    }

    // The right pane shows the plan's steps (first, when there are any) or the findings.
    property bool findingsChosen: false
    readonly property bool planShown: App.plan.count > 0 && !findingsChosen
    function showPane(name) {
        findingsChosen = name === "findings"
    }
    // A step opens the finding it comes from, else its guide.
    function openStep(row) {
        const step = App.plan.step(row)
        if (step.findingId)
            showStepFinding(step.findingId)
        else if (step.guideId)
            openGuide(step.guideId, step.guideSection)
    }
    function showStepFinding(findingId) {
        const row = App.revealFinding(findingId)
        if (row < 0)
            return
        findingList.currentIndex = row
        findingList.positionViewAtIndex(row, ListView.Contain)
        detailReturn = planShown ? planList : findingList
        openFinding(row)
    }
    // An open finding follows the language too (its texts come from the rules in en and ja).
    Connections {
        target: App.language
        function onLanguageChanged() {
            if (detail.opened)
                detail.detail = App.findings.detail(screen.detailRow)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        ScreenTitle {
            Layout.fillWidth: true
            title: qsTr("Results")
            subtitle: App.scan.resultTitle
        }

        // The scanner was started in legacy BIOS mode: Secure Boot and the firmware's UEFI
        // state could not be read (how Windows itself boots comes from the disk).
        Rectangle {
            objectName: "legacyBootBanner"
            Layout.fillWidth: true
            visible: App.scan.scannerBootedLegacy
            implicitHeight: legacyBootText.implicitHeight + 2 * Theme.spacingS
            radius: Theme.radius
            color: Theme.warningSoft
            border.width: Theme.borderWidth
            border.color: Theme.warningColor
            Accessible.role: Accessible.AlertMessage
            Accessible.name: legacyBootText.text

            Text {
                id: legacyBootText
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.spacingM }
                text: qsTr("This scanner was started in legacy BIOS mode, so Secure Boot and the firmware's UEFI state could not be read. Restart and choose the \"UEFI:\" USB entry for a complete scan.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }

        // --- the plan: the best path in one sentence (the engine's), always in view ------------
        Rectangle {
            objectName: "planHeader"
            Layout.fillWidth: true
            visible: App.plan.headline !== ""
            implicitHeight: planHeaderColumn.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border

            Rectangle {
                width: Theme.spacingXs + 1
                radius: width / 2
                anchors { left: parent.left; top: parent.top; bottom: parent.bottom; margins: Theme.spacingS }
                color: Theme.accent
            }
            ColumnLayout {
                id: planHeaderColumn
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingM
                spacing: Theme.spacingXs

                Text {
                    objectName: "planHeadline"
                    Layout.fillWidth: true
                    text: App.plan.headline
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.weight: Font.Bold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                }
                Text {
                    objectName: "planDetail"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: App.plan.detail
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingL

            // --- verdicts ----------------------------------------------------------------------
            ListView {
                id: verdictList
                objectName: "verdictList"
                Layout.preferredWidth: Theme.sideColumn
                Layout.fillHeight: true
                clip: true
                // room for the focus ring, which is drawn outside the card
                topMargin: Theme.focusGap + Theme.focusWidth
                bottomMargin: Theme.focusGap + Theme.focusWidth
                leftMargin: Theme.focusGap + Theme.focusWidth
                rightMargin: Theme.focusGap + Theme.focusWidth
                focus: true
                spacing: Theme.spacingS
                model: App.verdicts
                currentIndex: App.verdicts.selectedIndex
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                onCurrentIndexChanged: if (activeFocus && currentIndex >= 0) App.verdicts.select(currentIndex)
                Keys.onRightPressed: (screen.planShown ? planList : findingList).forceActiveFocus()
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Verdicts")

                delegate: VerdictBanner {
                    required property int index
                    required property string targetId
                    required property var model
                    width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                    name: model.name
                    verdict: model.verdict
                    verdictText: model.verdictText
                    summary: model.summary
                    lifecycle: model.lifecycle
                    pathText: model.pathText
                    reasons: model.reasons
                    guide: model.guide
                    selected: index === App.verdicts.selectedIndex
                    focusShown: ListView.isCurrentItem && ListView.view.activeFocus
                    onClicked: {
                        App.verdicts.select(index)
                        screen.showPane("findings")
                        verdictList.forceActiveFocus()
                    }
                    onOpenGuide: guideId => screen.openGuide(guideId, "")
                }

                Text {
                    anchors.centerIn: parent
                    width: parent.width
                    visible: verdictList.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("No verdict: the rules were not evaluated.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                }
            }

            // --- the plan's steps and the findings ----------------------------------------------
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.spacingS

                // The two views of the pane, over a line the chosen one's underline sits on.
                Item {
                    id: paneTabs
                    objectName: "paneTabs"
                    Layout.fillWidth: true
                    implicitHeight: tabRow.implicitHeight
                    visible: App.plan.count > 0
                    Accessible.role: Accessible.PageTabList

                    Rectangle {
                        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                        height: Theme.borderWidth
                        color: Theme.border
                    }
                    RowLayout {
                        id: tabRow
                        anchors.fill: parent
                        spacing: Theme.spacingM

                        PaneTab {
                            objectName: "planTab"
                            text: qsTr("Plan (%1)").arg(App.plan.count)
                            checked: screen.planShown
                            onClicked: screen.showPane("plan")
                        }
                        PaneTab {
                            objectName: "findingsTab"
                            // as wide as its words, narrower (elided) only when the pane is
                            Layout.fillWidth: true
                            Layout.maximumWidth: implicitWidth
                            text: App.findings.heading
                            checked: !screen.planShown
                            onClicked: screen.showPane("findings")
                        }
                        Item { Layout.fillWidth: true }
                    }
                }

                // The plan's steps or the findings; both keep their size while hidden, so the
                // filters' rows are laid out before they show.
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: screen.planShown ? 0 : 1

                    // The plan's steps in the engine's order: fixes, checks, recommendations, then
                    // the route's own steps. Each says where it happens and what kind it is.
                    ListView {
                        id: planList
                        objectName: "planList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        // room for the focus ring, which is drawn outside the card
                        topMargin: Theme.focusGap + Theme.focusWidth
                        bottomMargin: Theme.focusGap + Theme.focusWidth
                        leftMargin: Theme.focusGap + Theme.focusWidth
                        rightMargin: Theme.focusGap + Theme.focusWidth
                        spacing: Theme.spacingXs
                        model: App.plan
                        keyNavigationEnabled: true
                        activeFocusOnTab: true
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar {}
                        Keys.onReturnPressed: if (currentIndex >= 0) screen.openStep(currentIndex)
                        Keys.onEnterPressed: if (currentIndex >= 0) screen.openStep(currentIndex)
                        Keys.onSpacePressed: if (currentIndex >= 0) screen.openStep(currentIndex)
                        Keys.onLeftPressed: verdictList.forceActiveFocus()
                        Accessible.role: Accessible.List
                        Accessible.name: App.plan.headline

                        delegate: ChoiceCard {
                            id: stepCard
                            required property int index
                            required property int number
                            required property string placeLabel
                            required property string kind
                            required property string kindLabel
                            // The "action" role (a button has an action of its own).
                            required property var model
                            readonly property string actionText: model.action
                            required property string guideId
                            required property string guideSection
                            required property string guideTitle
                            width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                            padding: Theme.spacingS
                            leftPadding: Theme.spacingM
                            focusShown: ListView.isCurrentItem && ListView.view.activeFocus
                            Accessible.name: qsTr("Step %1: %2").arg(number).arg(actionText)
                            Accessible.description: placeLabel + ", " + kindLabel
                            onClicked: {
                                planList.currentIndex = index
                                planList.forceActiveFocus()
                                screen.openStep(index)
                            }

                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacingM
                                Rectangle {
                                    Layout.alignment: Qt.AlignTop
                                    Layout.preferredWidth: Math.round(Theme.fontBody * 1.7)
                                    Layout.preferredHeight: Layout.preferredWidth
                                    radius: width / 2
                                    color: Theme.accentSoft
                                    Text {
                                        objectName: "stepNumber"
                                        anchors.centerIn: parent
                                        text: String(stepCard.number)
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontSmall
                                        font.weight: Font.DemiBold
                                        color: Theme.accent
                                    }
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: Theme.spacingXs
                                    Text {
                                        objectName: "stepAction"
                                        Layout.fillWidth: true
                                        text: stepCard.actionText
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.fontBody
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                    }
                                    Row {
                                        spacing: Theme.spacingXs
                                        StatusBadge {
                                            objectName: "stepPlace"
                                            status: "" // where: a neutral tag
                                            text: stepCard.placeLabel
                                        }
                                        StatusBadge {
                                            objectName: "stepKind"
                                            status: Theme.planKindStatus(stepCard.kind)
                                            text: stepCard.kindLabel
                                        }
                                    }
                                }
                                AppButton {
                                    objectName: "stepGuideButton"
                                    Layout.alignment: Qt.AlignVCenter
                                    visible: stepCard.guideId !== ""
                                    kind: "quiet"
                                    leftPadding: Theme.spacingS
                                    rightPadding: Theme.spacingS
                                    text: qsTr("Guide →")
                                    Accessible.name: qsTr("Guide: %1").arg(stepCard.guideTitle)
                                    onClicked: screen.openGuide(stepCard.guideId, stepCard.guideSection)
                                }
                            }
                        }
                    }

                    // Anchored, not a layout: a layout does not see the filters' Flow change its
                    // height while the pane is hidden (a resize, the other language), and would
                    // lay the list over its second row.
                    Item {
                        // Which target the list shows: the verdict chosen on the left (the findings
                        // tab says it when the plan has steps).
                        Text {
                            id: findingsHeading
                            objectName: "findingsHeading"
                            anchors { left: parent.left; right: parent.right; top: parent.top }
                            visible: !paneTabs.visible
                            height: visible ? implicitHeight : 0
                            text: App.findings.heading
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontLarge
                            font.weight: Font.DemiBold
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.role: Accessible.Heading
                        }
                        Flow {
                            id: filterChips
                            anchors { left: parent.left; right: parent.right; top: findingsHeading.bottom }
                            anchors.topMargin: findingsHeading.visible ? Theme.spacingS : 0
                            spacing: Theme.spacingXs
                            Repeater {
                                model: App.findings.statuses
                                delegate: FilterChip {
                                    required property string modelData
                                    objectName: "filter-" + modelData
                                    status: modelData
                                    count: App.findings.counts[modelData] || 0
                                    text: App.findings.statusLabels[modelData] || modelData
                                    checked: App.findings.shown[modelData] === true
                                    onToggled: App.findings.toggleStatus(modelData)
                                }
                            }
                        }

                        ListView {
                            id: findingList
                            objectName: "findingList"
                            anchors { left: parent.left; right: parent.right; top: filterChips.bottom; bottom: parent.bottom }
                            anchors.topMargin: Theme.spacingS
                            clip: true
                            // room for the focus ring, which is drawn outside the card
                            topMargin: Theme.focusGap + Theme.focusWidth
                            bottomMargin: Theme.focusGap + Theme.focusWidth
                            leftMargin: Theme.focusGap + Theme.focusWidth
                            rightMargin: Theme.focusGap + Theme.focusWidth
                            spacing: Theme.spacingXs
                            model: App.findings
                            keyNavigationEnabled: true
                            activeFocusOnTab: true
                            boundsBehavior: Flickable.StopAtBounds
                            ScrollBar.vertical: ScrollBar {}
                            Keys.onReturnPressed: if (currentIndex >= 0) screen.openFinding(currentIndex)
                            Keys.onEnterPressed: if (currentIndex >= 0) screen.openFinding(currentIndex)
                            Keys.onSpacePressed: if (currentIndex >= 0) screen.openFinding(currentIndex)
                            Keys.onLeftPressed: verdictList.forceActiveFocus()
                            Accessible.role: Accessible.List
                            Accessible.name: App.findings.heading

                            // Findings come most serious first; the first of each status carries its heading.
                            delegate: Column {
                                id: row
                                required property int index
                                required property string title
                                required property string status
                                required property string statusText
                                required property string meaning
                                required property string affects
                                required property bool sectionStart
                                width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                                spacing: Theme.spacingXs

                                Text {
                                    visible: row.sectionStart
                                    width: parent.width
                                    topPadding: row.index > 0 ? Theme.spacingS : 0
                                    text: row.statusText
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontSmall
                                    font.weight: Font.DemiBold
                                    font.capitalization: Font.AllUppercase
                                    color: Theme.textMuted
                                    Accessible.role: Accessible.Heading
                                }
                                ChoiceCard {
                                    width: parent.width
                                    padding: Theme.spacingS
                                    leftPadding: Theme.spacingL
                                    accentStatus: row.status
                                    focusShown: row.ListView.isCurrentItem && row.ListView.view.activeFocus
                                    Accessible.name: row.statusText + ": " + row.title
                                    onClicked: {
                                        findingList.currentIndex = row.index
                                        findingList.forceActiveFocus()
                                        screen.openFinding(row.index)
                                    }

                                    RowLayout {
                                        Layout.fillWidth: true
                                        spacing: Theme.spacingS
                                        Text {
                                            text: Theme.statusGlyph(row.status)
                                            font.family: Theme.fontFamily
                                            font.pixelSize: Theme.fontBody
                                            font.weight: Font.Bold
                                            color: Theme.statusColor(row.status)
                                            Layout.preferredWidth: Theme.iconSize
                                            horizontalAlignment: Text.AlignHCenter
                                        }
                                        ColumnLayout {
                                            Layout.fillWidth: true
                                            spacing: 0
                                            // Two lines each before anything is cut: a reason cut
                                            // mid-sentence says less than none.
                                            Text {
                                                Layout.fillWidth: true
                                                text: row.title
                                                font.family: Theme.fontFamily
                                                font.pixelSize: Theme.fontBody
                                                color: Theme.text
                                                wrapMode: Text.Wrap
                                                maximumLineCount: 2
                                                elide: Text.ElideRight
                                            }
                                            Text {
                                                objectName: "findingMeaning"
                                                Layout.fillWidth: true
                                                visible: text !== ""
                                                text: row.meaning
                                                font.family: Theme.fontFamily
                                                font.pixelSize: Theme.fontCaption
                                                color: Theme.textMuted
                                                wrapMode: Text.Wrap
                                                maximumLineCount: 2
                                                elide: Text.ElideRight
                                            }
                                            Text {
                                                objectName: "findingAffects"
                                                Layout.fillWidth: true
                                                visible: text !== ""
                                                text: row.affects
                                                font.family: Theme.fontFamily
                                                font.pixelSize: Theme.fontCaption
                                                font.weight: Font.DemiBold
                                                color: Theme.textMuted
                                                wrapMode: Text.Wrap
                                            }
                                        }
                                        Text {
                                            text: "›"
                                            font.family: Theme.fontFamily
                                            font.pixelSize: Theme.fontLarge
                                            color: Theme.textMuted
                                        }
                                    }
                                }
                            }

                            Text {
                                anchors.centerIn: parent
                                width: parent.width * 0.8
                                visible: findingList.count === 0
                                horizontalAlignment: Text.AlignHCenter
                                text: App.findings.totalCount === 0 ? qsTr("No findings.") : qsTr("No finding matches the filters.")
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }

        ActionBar {
            leftItems: [
                AppButton {
                    objectName: "newScanButton"
                    text: qsTr("Scan again")
                    onClicked: screen.navigate("target")
                },
                AppButton {
                    text: qsTr("Guides")
                    onClicked: screen.navigate("guides")
                },
                PowerButtons {}
            ]
            AppButton {
                objectName: "exportButton"
                kind: "primary"
                text: qsTr("Next: save the report")
                enabled: App.scan.hasResult
                onClicked: screen.navigate("export")
            }
        }
    }

    FindingDetail {
        id: detail
        objectName: "findingDetail"
        parent: T.Overlay.overlay
        onOpenGuide: (guideId, section) => screen.openGuide(guideId, section)
        onClosed: {
            screen.detailReturn.forceActiveFocus()
            screen.detailReturn = findingList
        }
    }

    // One of the two views of the right pane: the plan's steps or the findings.
    component PaneTab: AbstractButton {
        id: tab
        checkable: false
        focusPolicy: Qt.StrongFocus
        implicitHeight: Theme.chipHeight
        // whole pixels: the layout rounds, and a text a fraction too narrow is elided
        implicitWidth: Math.ceil(implicitContentWidth) + leftPadding + rightPadding
        leftPadding: Theme.spacingS
        rightPadding: Theme.spacingS
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()
        Accessible.role: Accessible.PageTab
        Accessible.checked: checked

        contentItem: Text {
            text: tab.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold // the same width chosen or not
            color: tab.checked ? Theme.text : Theme.accent
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        background: Item {
            Rectangle {
                anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                height: Theme.focusWidth
                radius: height / 2
                color: tab.checked ? Theme.accent : tab.hovered ? Theme.border : "transparent"
            }
            FocusFrame {
                baseRadius: Theme.radiusSmall
                shown: tab.visualFocus
            }
        }
    }
}
