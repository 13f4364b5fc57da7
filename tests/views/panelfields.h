#pragma once
// Drives the properties panel's editors as a user would, for tst_panelcommit and tst_monkey:
// text that each field accepts, and the three ways a user leaves a field (click the empty
// canvas, Tab, Enter).

#include "canvas/planscene.h"
#include "canvas/planview.h"
#include "mainwindow.h"
#include "panels/propertiespanel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTest>

namespace Planar::PanelFields {

/** How the user ends an edit. */
enum class Way { ClickCanvas, Tab, Enter };

inline const char *wayName(Way way)
{
    switch (way) {
    case Way::ClickCanvas:
        return "click-canvas";
    case Way::Tab:
        return "tab";
    case Way::Enter:
        return "enter";
    }
    return "?";
}

/**
 * Texts the line edit @p name accepts, keyed by the last part of its object name ("nic0.ip" →
 * "ip"); empty for a field this table does not know, so that a new field fails the test loudly
 * instead of being skipped. @p serial makes ids unique.
 */
inline QStringList validTexts(const QString &name, int serial)
{
    static const QHash<QString, QStringList> table{
        {QStringLiteral("name"), {QStringLiteral("n%1"), QStringLiteral("m%1")}},
        {QStringLiteral("ip"), {QStringLiteral("10.9.9.9"), QStringLiteral("10.9.9.8")}},
        {QStringLiteral("mac"),
         {QStringLiteral("52:54:00:99:99:99"), QStringLiteral("52:54:00:99:99:98")}},
        {QStringLiteral("cidr"), {QStringLiteral("10.99.0.0/24"), QStringLiteral("10.98.0.0/24")}},
        {QStringLiteral("gateway"), {QStringLiteral("10.0.1.254"), QStringLiteral("10.0.1.253")}},
        {QStringLiteral("vlan"), {QStringLiteral("99"), QStringLiteral("98")}},
        {QStringLiteral("vlans"), {QStringLiteral("97, 99"), QStringLiteral("98")}},
        {QStringLiteral("podSubnet"),
         {QStringLiteral("172.16.99.0/24"), QStringLiteral("172.16.98.0/24")}},
        {QStringLiteral("serviceSubnet"),
         {QStringLiteral("10.96.0.0/16"), QStringLiteral("10.97.0.0/16")}},
        {QStringLiteral("adminNetworks"),
         {QStringLiteral("10.9.0.0/16"), QStringLiteral("10.8.0.0/16")}},
        {QStringLiteral("level"), {QStringLiteral("1"), QStringLiteral("4")}},
        {QStringLiteral("namespace"), {QStringLiteral("ns9"), QStringLiteral("ns8")}},
        {QStringLiteral("dnsNamespace"), {QStringLiteral("ns9"), QStringLiteral("ns8")}},
        {QStringLiteral("labels"), {QStringLiteral("app=x9"), QStringLiteral("app=x8")}},
        {QStringLiteral("port"), {QStringLiteral("9999"), QStringLiteral("9998")}},
        {QStringLiteral("ports"), {QStringLiteral("81"), QStringLiteral("82/udp")}},
        {QStringLiteral("reason"), {QStringLiteral("because"), QStringLiteral("other")}},
        {QStringLiteral("approvedBy"), {QStringLiteral("alice"), QStringLiteral("bob")}},
        {QStringLiteral("expires"), {QStringLiteral("2027-01-31"), QStringLiteral("2027-02-28")}},
        {QStringLiteral("planName"), {QStringLiteral("p9"), QStringLiteral("p8")}},
        {QStringLiteral("description"), {QStringLiteral("d9"), QStringLiteral("d8")}},
        {QStringLiteral("profiles"), {QStringLiteral("pci-dss"), QStringLiteral("mlps2-level3")}},
        {QStringLiteral("clusterName"), {QStringLiteral("c9"), QStringLiteral("c8")}},
        {QStringLiteral("nodeMaskSize"), {QStringLiteral("25"), QStringLiteral("26")}},
        {QStringLiteral("maxPodsPerNode"), {QStringLiteral("100"), QStringLiteral("90")}},
        {QStringLiteral("cni"), {QStringLiteral("cilium"), QStringLiteral("flannel")}},
        {QStringLiteral("by"), {QStringLiteral("netsec-team"), QStringLiteral("alice")}},
        {QStringLiteral("date"), {QStringLiteral("2026-11-01"), QStringLiteral("2026-05-01")}},
        {QStringLiteral("serviceAccount"), {QStringLiteral("sa%1"), QStringLiteral("sb%1")}},
    };
    if (name == QLatin1String("id"))
        return {QStringLiteral("renamed-%1").arg(serial), QStringLiteral("other-%1").arg(serial)};
    QStringList texts = table.value(name.section(u'.', -1));
    for (QString &text : texts)
        if (text.contains(u'%')) text = text.arg(serial); // names unique, like ids
    return texts;
}

/** A point of the view's viewport with no item under it, or (-1, -1). */
inline QPoint emptyCanvasPoint(MainWindow &w)
{
    const QSize size = w.view()->viewport()->size();
    for (int y = 8; y < size.height(); y += 16)
        for (int x = 8; x < size.width(); x += 16)
            if (!w.view()->itemAt(QPoint(x, y))) return {x, y};
    return {-1, -1};
}

/** Ends the edit in @p editor the way @p way says. */
inline void leave(MainWindow &w, QWidget *editor, Way way)
{
    switch (way) {
    case Way::ClickCanvas:
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, {}, emptyCanvasPoint(w));
        break;
    case Way::Tab:
        QTest::keyClick(editor, Qt::Key_Tab);
        break;
    case Way::Enter:
        QTest::keyClick(editor, Qt::Key_Return);
        break;
    }
}

/** Object names of the panel's editors in form order, buttons after the other editors. */
inline QStringList editorNames(const PropertiesPanel &panel)
{
    QStringList fields;
    QStringList buttons;
    for (QWidget *child : panel.findChildren<QWidget *>()) {
        const QString name = child->objectName();
        if (name.isEmpty() || panel.editor(name) != child) continue;
        if (qobject_cast<QAbstractButton *>(child))
            buttons << name;
        else if (qobject_cast<QLineEdit *>(child) || qobject_cast<QComboBox *>(child) ||
                 qobject_cast<QListWidget *>(child))
            fields << name;
    }
    return fields + buttons;
}

} // namespace Planar::PanelFields
