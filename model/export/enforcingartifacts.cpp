#include "enforcingartifacts.h"

#include "check/clusterflows.h"
#include "endpointresolver.h"
#include "exporterregistry.h"
#include "linkflows.h"

#include <QRegularExpression>

#include <algorithm>

namespace Planar {

QStringList EnforcingArtifacts::kinds()
{
    return {QStringLiteral("nftables"), QStringLiteral("networkpolicy"), QStringLiteral("istio"),
            QStringLiteral("ovs"), QStringLiteral("libvirt")};
}

EnforcingArtifacts::EnforcingArtifacts(const Plan &plan, const QDate &today)
{
    ExportOptions options;
    options.today = today;
    options.force = true; // what would be enforced, findings or not
    for (const QString &kind : kinds()) {
        std::unique_ptr<Exporter> exporter = ExporterRegistry::create(kind);
        QList<ExportedFile> files;
        if (!exporter || !exporter->write(plan, options, &files)) {
            mRefusals << QStringLiteral("%1: %2").arg(kind, exporter ? exporter->errors().value(0)
                                                                     : QStringLiteral("not built"));
            continue;
        }
        for (const ExportedFile &f : files) {
            if (kind == u"nftables")
                readNftables(f.name, f.data);
            else if (kind == u"networkpolicy")
                readPolicies(f.name, f.data, plan);
            else if (kind == u"istio")
                readIstio(f.name, f.data);
            else if (kind == u"ovs" && f.name.endsWith(QLatin1String(".flows")))
                readOvsFlows(f.name, f.data);
            else if (kind == u"libvirt" && f.name.endsWith(QLatin1String(".interface.xml")))
                readInterface(f.name, f.data);
        }
    }
    addVmLinks(plan, today);
}

void EnforcingArtifacts::add(const QString &link, const QString &where)
{
    QStringList &list = mByLink[link];
    if (!list.contains(where)) list << where;
}

void EnforcingArtifacts::readNftables(const QString &file, const QByteArray &text)
{
    static const QRegularExpression chain(QStringLiteral("^\\s*chain (\\S+) \\{"));
    static const QRegularExpression tag(
        QStringLiteral("comment \"(?:link|exception for link) ([^\\s\"]+)"));
    // The cluster's own traffic is tagged with its flow's name, not a link's.
    static const QRegularExpression system(
        QStringLiteral("comment \"cluster system flow \\(([^)\"]+)\\)"));
    QString current;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (const auto m = chain.match(line); m.hasMatch()) current = m.captured(1);
        const QString where = QStringLiteral("%1:%2").arg(file, current);
        if (const auto m = tag.match(line); m.hasMatch())
            add(m.captured(1), where);
        else if (const auto s = system.match(line); s.hasMatch())
            add(systemFlowLink(s.captured(1)), where);
    }
}

void EnforcingArtifacts::readPolicies(const QString &file, const QByteArray &text, const Plan &plan)
{
    // The exporter names a link's policies LINK-ingress / LINK-egress (plus -WORKLOAD, -N).
    static const QRegularExpression doc(
        QStringLiteral("metadata:\\s*\\n\\s*name: (\\S+)\\s*\\n\\s*namespace: (\\S+)"));
    QStringList names;
    for (const Link &l : plan.links)
        names << LinkFlows::linkName(l);
    // Longest names first, so "a-b" does not claim the policies of "a-b-c".
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    auto it = doc.globalMatch(QString::fromUtf8(text));
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        for (const QString &link : names) {
            if (!name.startsWith(link + QStringLiteral("-ingress")) &&
                !name.startsWith(link + QStringLiteral("-egress")))
                continue;
            add(link, QStringLiteral("%1:%2/%3").arg(file, m.captured(2), name));
            break;
        }
    }
}

void EnforcingArtifacts::readIstio(const QString &file, const QByteArray &text)
{
    // Each per-workload policy lists the links it admits in its planar.dev/links annotation.
    static const QRegularExpression doc(
        QStringLiteral("metadata:\\n  name: (\\S+)\\n  namespace: (\\S+)\\n  annotations:\\n"
                       "    planar\\.dev/links: (.+)\\n"));
    auto it = doc.globalMatch(QString::fromUtf8(text));
    while (it.hasNext()) {
        const auto m = it.next();
        QString links = m.captured(3);
        if (links.startsWith(QLatin1Char('"')) && links.endsWith(QLatin1Char('"')))
            links = links.mid(1, links.size() - 2); // several links: the exporter quotes them
        auto unquoted = [](QString s) { return s.remove(QLatin1Char('"')); };
        for (const QString &link : links.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            add(link, QStringLiteral("%1:%2/%3")
                          .arg(file, unquoted(m.captured(2)), unquoted(m.captured(1))));
    }
}

void EnforcingArtifacts::readOvsFlows(const QString &file, const QByteArray &text)
{
    // "# VM node1 NIC ens3" heads the port-security flows of that VM's port.
    static const QRegularExpression head(QStringLiteral("^# VM (\\S+) NIC \\S+$"));
    static const QRegularExpression port(QStringLiteral("in_port=\"([^\"]+)\""));
    // "# cluster system flow (calico BGP) node1 to node3 179/TCP" heads the one flow that
    // admits it across the zone boundary at that VM's port.
    static const QRegularExpression system(QStringLiteral("^# cluster system flow \\(([^)]+)\\)"));
    QString vm, systemFlow;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (const auto m = head.match(line); m.hasMatch()) {
            vm = m.captured(1);
            continue;
        }
        if (const auto s = system.match(line); s.hasMatch()) {
            systemFlow = s.captured(1);
            continue;
        }
        if (line.startsWith(QLatin1Char('#'))) vm.clear();
        const auto m = port.match(line);
        if (!systemFlow.isEmpty() && m.hasMatch())
            add(systemFlowLink(systemFlow), QStringLiteral("%1:%2").arg(file, m.captured(1)));
        systemFlow.clear();
        if (vm.isEmpty() || !m.hasMatch()) continue;
        const QString where = QStringLiteral("%1:%2").arg(file, m.captured(1));
        if (!mVmArtifacts[vm].contains(where)) mVmArtifacts[vm] << where;
    }
}

void EnforcingArtifacts::readInterface(const QString &file, const QByteArray &)
{
    // VMID.NICNAME.interface.xml: the VM's vNIC on its VLAN's portgroup.
    mVmArtifacts[file.section(QLatin1Char('.'), 0, 0)] << file;
}

void EnforcingArtifacts::addVmLinks(const Plan &plan, const QDate &today)
{
    if (mVmArtifacts.isEmpty()) return;
    const PlanLookup lookup(plan);
    const EndpointResolver resolver(plan, lookup);
    if (!resolver.errors().isEmpty()) return;
    const LinkFlows flows(plan, lookup, resolver, today);
    // A flow from or to a VM node passes its switch port: the VLAN and the port security that
    // bind its MAC and addresses enforce who may send what from there.
    for (const Link &link : plan.links) {
        const QString name = LinkFlows::linkName(link);
        for (const AllowedFlow &flow : flows.allowed(link))
            for (const Endpoint &end : {flow.from, flow.to})
                if (end.kind == EntityKind::Vm)
                    for (const QString &where : mVmArtifacts.value(end.id))
                        add(name, where);
    }
}

} // namespace Planar
