#include "networkpolicyexporter.h"

#include "endpointresolver.h"
#include "exportsafety.h"
#include "linkflows.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Planar {

namespace {

/** One `from` / `to` entry: a workload's Pods, or an address block. */
struct Peer {
    const Workload *workload = nullptr;
    bool crossNamespace = false;
    QString wholeNamespace; // all Pods of this namespace (cluster DNS)
    Cidr block;
    QList<Cidr> except;

    QString key() const
    {
        if (workload) return workload->id;
        if (!wholeNamespace.isEmpty()) return QStringLiteral("ns:") + wholeNamespace;
        return block.toString();
    }
};

struct Rule {
    QList<Peer> peers;
    QList<PortRange> ports;
};

struct Policy {
    QString name;
    QString ns;
    const Workload *target = nullptr; // null: all Pods of the namespace
    bool ingress = false;
    bool egress = false;
    QList<Rule> ingressRules;
    QList<Rule> egressRules;
};

std::string s(const QString &text)
{
    return text.toStdString();
}

/**
 * Plan text as a YAML string that every reader takes for a string. yaml-cpp writes "123",
 * "yes" or "1e3" plain, which YAML 1.1 readers (kubectl's) turn into numbers and booleans, so
 * anything that is not plainly a word is double-quoted.
 */
struct Text {
    QString text;
};

YAML::Emitter &operator<<(YAML::Emitter &y, const Text &t)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z][A-Za-z0-9._/-]*$"));
    static const QRegularExpression special(QStringLiteral("^(y|n|yes|no|true|false|on|off|null)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (!word.match(t.text).hasMatch() || special.match(t.text).hasMatch()) y << YAML::DoubleQuoted;
    return y << s(t.text);
}

void emitLabels(YAML::Emitter &y, const Labels &labels)
{
    y << YAML::BeginMap << YAML::Key << "matchLabels" << YAML::Value << YAML::BeginMap;
    for (const auto &[key, value] : labels)
        y << YAML::Key << Text{key} << YAML::Value << Text{value};
    y << YAML::EndMap << YAML::EndMap;
}

void emitNamespace(YAML::Emitter &y, const QString &ns)
{
    emitLabels(y, {{NetworkPolicyExporter::namespaceNameLabel(), ns}});
}

void emitRule(YAML::Emitter &y, const Rule &rule, const char *peersKey)
{
    y << YAML::BeginMap;
    if (!rule.peers.isEmpty()) {
        y << YAML::Key << peersKey << YAML::Value << YAML::BeginSeq;
        for (const Peer &p : rule.peers) {
            y << YAML::BeginMap;
            if (p.workload) {
                y << YAML::Key << "podSelector" << YAML::Value;
                emitLabels(y, p.workload->labels);
                if (p.crossNamespace) {
                    y << YAML::Key << "namespaceSelector" << YAML::Value;
                    emitNamespace(y, p.workload->effectiveNamespace());
                }
            } else if (!p.wholeNamespace.isEmpty()) {
                y << YAML::Key << "namespaceSelector" << YAML::Value;
                emitNamespace(y, p.wholeNamespace);
            } else {
                y << YAML::Key << "ipBlock" << YAML::Value << YAML::BeginMap;
                y << YAML::Key << "cidr" << YAML::Value << s(p.block.toString());
                if (!p.except.isEmpty()) {
                    y << YAML::Key << "except" << YAML::Value << YAML::BeginSeq;
                    for (const Cidr &c : p.except)
                        y << s(c.toString());
                    y << YAML::EndSeq;
                }
                y << YAML::EndMap;
            }
            y << YAML::EndMap;
        }
        y << YAML::EndSeq;
    }
    if (!rule.ports.isEmpty()) {
        y << YAML::Key << "ports" << YAML::Value << YAML::BeginSeq;
        for (const PortRange &p : rule.ports) {
            y << YAML::BeginMap << YAML::Key << "protocol" << YAML::Value
              << s(protocolKey(p.protocol));
            y << YAML::Key << "port" << YAML::Value << p.low;
            if (!p.isSingle()) y << YAML::Key << "endPort" << YAML::Value << p.high;
            y << YAML::EndMap;
        }
        y << YAML::EndSeq;
    }
    y << YAML::EndMap;
}

void emitPolicy(YAML::Emitter &y, const Policy &p)
{
    y << YAML::BeginDoc << YAML::BeginMap;
    y << YAML::Key << "apiVersion" << YAML::Value << "networking.k8s.io/v1";
    y << YAML::Key << "kind" << YAML::Value << "NetworkPolicy";
    y << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "name" << YAML::Value << Text{p.name};
    y << YAML::Key << "namespace" << YAML::Value << Text{p.ns} << YAML::EndMap;
    y << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "podSelector" << YAML::Value;
    if (p.target)
        emitLabels(y, p.target->labels);
    else
        y << YAML::Flow << YAML::BeginMap << YAML::EndMap;
    y << YAML::Key << "policyTypes" << YAML::Value << YAML::BeginSeq;
    if (p.ingress) y << "Ingress";
    if (p.egress) y << "Egress";
    y << YAML::EndSeq;
    if (!p.ingressRules.isEmpty()) {
        y << YAML::Key << "ingress" << YAML::Value << YAML::BeginSeq;
        for (const Rule &r : p.ingressRules)
            emitRule(y, r, "from");
        y << YAML::EndSeq;
    }
    if (!p.egressRules.isEmpty()) {
        y << YAML::Key << "egress" << YAML::Value << YAML::BeginSeq;
        for (const Rule &r : p.egressRules)
            emitRule(y, r, "to");
        y << YAML::EndSeq;
    }
    // No EndDoc: "..." would be valid YAML, but "---" alone is what kubectl users expect.
    y << YAML::EndMap << YAML::EndMap;
}

/** Ranges of @p avoid that lie strictly inside @p block: what `except` may hold. */
QList<Cidr> strictlyInside(const Cidr &block, const QList<Cidr> &avoid)
{
    QList<Cidr> out;
    for (const Cidr &c : avoid)
        if (c.family() == block.family() && block.contains(c) && c != block) out.append(c);
    return out;
}

} // namespace

QString NetworkPolicyExporter::description() const
{
    return QStringLiteral("Kubernetes NetworkPolicies (networkpolicies.yaml) for kubectl apply -f");
}

QStringList NetworkPolicyExporter::fileNames(const Plan &) const
{
    return {QStringLiteral("networkpolicies.yaml")};
}

bool NetworkPolicyExporter::checkNames(const Plan &plan)
{
    using namespace ExportSafety;
    if (!isDnsLabel(plan.cluster.effectiveDnsNamespace()))
        addError(QStringLiteral("cluster.dnsNamespace %1: not a Kubernetes namespace name")
                     .arg(shown(plan.cluster.effectiveDnsNamespace())));
    for (int i = 0; i < plan.workloads.size(); ++i) {
        const Workload &w = plan.workloads[i];
        if (!isDnsLabel(w.id))
            addError(
                QStringLiteral("workloads[%1].id %2: not a DNS label").arg(i).arg(shown(w.id)));
        if (!isDnsLabel(w.effectiveNamespace()))
            addError(QStringLiteral("workloads[%1].namespace %2: not a Kubernetes namespace name")
                         .arg(i)
                         .arg(shown(w.ns)));
        for (const auto &[key, value] : w.labels) {
            if (!isLabelKey(key))
                addError(QStringLiteral("workloads[%1].labels key %2: not a Kubernetes label key")
                             .arg(i)
                             .arg(shown(key)));
            if (!isLabelValue(value))
                addError(QStringLiteral("workloads[%1].labels.%2 %3: not a Kubernetes label value")
                             .arg(i)
                             .arg(isLabelKey(key) ? key : QStringLiteral("?"), shown(value)));
        }
    }
    for (int i = 0; i < plan.links.size(); ++i) {
        const Link &l = plan.links[i];
        for (const QString &name : {l.id, l.from, l.to})
            if (!name.isEmpty() && !isDnsLabel(name))
                addError(QStringLiteral("links[%1] %2: not a DNS label, cannot name a policy")
                             .arg(i)
                             .arg(shown(name)));
    }
    return errors().isEmpty();
}

void NetworkPolicyExporter::checkSelectors(const Plan &plan, const QStringList &selected)
{
    // matchLabels selects every Pod that has at least those labels: a selector of one
    // workload must not also pick another workload's Pods, or a policy opens more than the plan.
    for (const Workload &a : plan.workloads) {
        if (!selected.contains(a.id)) continue;
        if (a.labels.isEmpty()) {
            addError(QStringLiteral("workloads[%1].labels: empty; a linked workload needs labels "
                                    "that select its Pods")
                         .arg(a.id));
            continue;
        }
        for (const Workload &b : plan.workloads) {
            if (&a == &b || a.effectiveNamespace() != b.effectiveNamespace()) continue;
            const bool subset = std::all_of(a.labels.cbegin(), a.labels.cend(),
                                            [&](const auto &l) { return b.labels.contains(l); });
            if (subset)
                addError(QStringLiteral("workloads[%1].labels also select the Pods of workload %2 "
                                        "in namespace %3; give %1 a label of its own")
                             .arg(a.id, b.id, a.effectiveNamespace()));
        }
    }
}

bool NetworkPolicyExporter::write(const Plan &plan, const ExportOptions &options,
                                  QList<ExportedFile> *files)
{
    resetMessages();
    if (!checkNames(plan)) return false;
    const PlanLookup lookup(plan);
    const EndpointResolver resolver(plan, lookup);
    for (const QString &e : resolver.errors())
        addError(e);
    if (!errors().isEmpty()) return false;
    const LinkFlows flows(plan, lookup, resolver, options.today);

    // External blocks never reach the host, VM or Pod planes through an ipBlock: Pods are
    // selected by labels only, so the policies allow exactly the linked workload flows.
    const QList<Cidr> pods = resolver.planeRanges(Plane::Pod);
    const QList<Cidr> infra = EndpointResolver::merged(resolver.planeRanges(Plane::Host) +
                                                       resolver.planeRanges(Plane::Vm) + pods);
    // Ingress from outside keeps the VM plane (NodePort and ingress traffic arrives from the
    // nodes' addresses) but never admits the host plane: host → Pod stays denied.
    const QList<Cidr> notFromOutside =
        EndpointResolver::merged(resolver.planeRanges(Plane::Host) + pods);

    QMap<QString, QList<Policy>> byNamespace; // QMap: namespaces in sorted order
    QSet<QString> usedNames;
    QStringList selected;
    for (const Workload &w : plan.workloads)
        byNamespace[w.effectiveNamespace()];

    auto peerOf = [&](const Endpoint &e, const QString &policyNs, bool egress) {
        QList<Peer> peers;
        if (e.kind == EntityKind::Workload) {
            const Workload *w = lookup.workload(e.id);
            selected.append(w->id);
            Peer p;
            p.workload = w;
            p.crossNamespace = w->effectiveNamespace() != policyNs;
            peers.append(p);
            return peers;
        }
        for (const Cidr &c : e.addresses) {
            const QList<Cidr> avoid = e.plane != Plane::External ? QList<Cidr>()
                                      : egress                   ? infra
                                                                 : notFromOutside;
            Peer p;
            p.block = c;
            p.except = strictlyInside(c, avoid);
            peers.append(p);
        }
        return peers;
    };
    auto uniqueName = [&](const QString &ns, const QString &base) {
        QString name = base;
        for (int n = 2; usedNames.contains(ns + QLatin1Char('/') + name); ++n)
            name = base + QLatin1Char('-') + QString::number(n);
        usedNames.insert(ns + QLatin1Char('/') + name);
        return name;
    };

    for (const Link &link : plan.links) {
        QMap<QString, QList<Peer>> ingress, egress; // workload id → peers
        QStringList ingressOrder, egressOrder;
        for (const AllowedFlow &flow : flows.allowed(link)) {
            if (flow.to.kind == EntityKind::Workload) {
                const QString ns = lookup.workload(flow.to.id)->effectiveNamespace();
                if (!ingressOrder.contains(flow.to.id)) ingressOrder.append(flow.to.id);
                ingress[flow.to.id] += peerOf(flow.from, ns, false);
            }
            if (flow.from.kind == EntityKind::Workload) {
                const QString ns = lookup.workload(flow.from.id)->effectiveNamespace();
                if (!egressOrder.contains(flow.from.id)) egressOrder.append(flow.from.id);
                egress[flow.from.id] += peerOf(flow.to, ns, true);
            }
        }
        const QString base = LinkFlows::linkName(link);
        for (const bool isIngress : {true, false}) {
            const QStringList &order = isIngress ? ingressOrder : egressOrder;
            for (const QString &id : order) {
                QList<Peer> peers;
                QSet<QString> seen;
                for (const Peer &peer : isIngress ? ingress.value(id) : egress.value(id))
                    if (!seen.contains(peer.key())) {
                        seen.insert(peer.key());
                        peers.append(peer);
                    }
                if (peers.isEmpty()) continue;
                const Workload *w = lookup.workload(id);
                selected.append(id);
                Policy p;
                p.ns = w->effectiveNamespace();
                const QString suffix =
                    isIngress ? QStringLiteral("-ingress") : QStringLiteral("-egress");
                p.name = uniqueName(
                    p.ns, base + suffix + (order.size() > 1 ? QLatin1Char('-') + id : QString()));
                p.target = w;
                p.ingress = isIngress;
                p.egress = !isIngress;
                (isIngress ? p.ingressRules : p.egressRules).append({peers, link.ports});
                byNamespace[p.ns].append(p);
            }
        }
    }
    checkSelectors(plan, selected);
    if (!errors().isEmpty()) return false;
    if (byNamespace.contains(plan.cluster.effectiveDnsNamespace()))
        addWarning(
            QStringLiteral("namespace %1, where cluster DNS runs, gets a default-deny because "
                           "plan workloads live there: Pods of it that the plan does not "
                           "link (cluster DNS itself, unless it is a linked workload) lose "
                           "their traffic")
                .arg(plan.cluster.effectiveDnsNamespace()));

    YAML::Emitter y;
    for (auto it = byNamespace.cbegin(); it != byNamespace.cend(); ++it) {
        Policy deny;
        deny.name = QStringLiteral("default-deny");
        deny.ns = it.key();
        deny.ingress = deny.egress = true;
        emitPolicy(y, deny);
        Policy dns;
        dns.name = QStringLiteral("allow-dns");
        dns.ns = it.key();
        dns.egress = true;
        Peer dnsPeer;
        dnsPeer.wholeNamespace = plan.cluster.effectiveDnsNamespace();
        dns.egressRules.append({{dnsPeer}, {{53, 53, Protocol::UDP}, {53, 53, Protocol::TCP}}});
        emitPolicy(y, dns);
        for (const Policy &p : it.value())
            emitPolicy(y, p);
    }
    files->append({fileNames(plan).first(), QByteArray(y.c_str()) + '\n'});
    return true;
}

} // namespace Planar
