#include "policyevaluator.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace Planar {

namespace {

/** Thrown with a field path; load() turns it into the error text. */
struct ShapeError {
    QString what;
};

QString str(const YAML::Node &n, const QString &field)
{
    if (!n || !n.IsScalar()) throw ShapeError{field + QStringLiteral(": missing or not a string")};
    return QString::fromStdString(n.Scalar());
}

void onlyKeys(const YAML::Node &map, const QStringList &allowed, const QString &field)
{
    if (!map.IsMap()) throw ShapeError{field + QStringLiteral(": not a map")};
    for (const auto &kv : map) {
        const QString key = QString::fromStdString(kv.first.Scalar());
        if (!allowed.contains(key))
            throw ShapeError{field + QStringLiteral(": unknown key ") + key};
    }
}

bool isDnsLabel(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return s.size() <= 63 && re.match(s).hasMatch();
}

QMap<QString, QString> labelSelector(const YAML::Node &n, const QString &field)
{
    onlyKeys(n, {QStringLiteral("matchLabels")}, field);
    QMap<QString, QString> labels;
    if (const YAML::Node m = n["matchLabels"]) {
        if (!m.IsMap()) throw ShapeError{field + QStringLiteral(".matchLabels: not a map")};
        for (const auto &kv : m)
            labels.insert(QString::fromStdString(kv.first.Scalar()),
                          str(kv.second, field + QStringLiteral(".matchLabels value")));
    }
    return labels;
}

Cidr cidr(const YAML::Node &n, const QString &field)
{
    const auto c = Cidr::parse(str(n, field));
    if (!c) throw ShapeError{field + QStringLiteral(": not a CIDR")};
    return *c;
}

int integer(const YAML::Node &n, const QString &field)
{
    bool ok = false;
    const int v = str(n, field).toInt(&ok);
    if (!ok || v < 1 || v > 65535)
        throw ShapeError{field + QStringLiteral(": not a port 1..65535")};
    return v;
}

bool subset(const QMap<QString, QString> &selector, const QMap<QString, QString> &labels)
{
    for (auto it = selector.cbegin(); it != selector.cend(); ++it)
        if (labels.value(it.key(), QStringLiteral("\x01")) != it.value()) return false;
    return true;
}

} // namespace

bool PolicyEvaluator::load(const QByteArray &yaml, QString *error)
{
    mPolicies.clear();
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    int index = 0;
    for (const YAML::Node &doc : docs) {
        const QString at = QStringLiteral("document %1").arg(++index);
        try {
            onlyKeys(doc, {"apiVersion", "kind", "metadata", "spec"}, at);
            if (str(doc["apiVersion"], at + ".apiVersion") != QLatin1String("networking.k8s.io/v1"))
                throw ShapeError{at + QStringLiteral(".apiVersion: not networking.k8s.io/v1")};
            if (str(doc["kind"], at + ".kind") != QLatin1String("NetworkPolicy"))
                throw ShapeError{at + QStringLiteral(".kind: not NetworkPolicy")};
            Policy p;
            onlyKeys(doc["metadata"], {"name", "namespace"}, at + ".metadata");
            p.name = str(doc["metadata"]["name"], at + ".metadata.name");
            p.ns = str(doc["metadata"]["namespace"], at + ".metadata.namespace");
            if (p.name.size() > 253 ||
                !QRegularExpression(QStringLiteral("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"))
                     .match(p.name)
                     .hasMatch())
                throw ShapeError{at + QStringLiteral(".metadata.name: not a DNS subdomain")};
            if (!isDnsLabel(p.ns))
                throw ShapeError{at + QStringLiteral(".metadata.namespace: not a DNS label")};
            const YAML::Node spec = doc["spec"];
            onlyKeys(spec, {"podSelector", "policyTypes", "ingress", "egress"}, at + ".spec");
            if (!spec["podSelector"])
                throw ShapeError{at + QStringLiteral(".spec.podSelector: missing")};
            p.podSelector = labelSelector(spec["podSelector"], at + ".spec.podSelector");
            const YAML::Node types = spec["policyTypes"];
            if (!types || !types.IsSequence() || types.size() == 0)
                throw ShapeError{at + QStringLiteral(".spec.policyTypes: missing")};
            for (const YAML::Node &t : types) {
                const QString type = str(t, at + ".spec.policyTypes[]");
                if (type == QLatin1String("Ingress"))
                    p.ingress = true;
                else if (type == QLatin1String("Egress"))
                    p.egress = true;
                else
                    throw ShapeError{at + QStringLiteral(".spec.policyTypes: ") + type +
                                     QStringLiteral(" is not Ingress or Egress")};
            }
            for (const bool egress : {false, true}) {
                const char *key = egress ? "egress" : "ingress";
                const char *peersKey = egress ? "to" : "from";
                const YAML::Node rules = spec[key];
                if (!rules) continue;
                const QString rat = at + ".spec." + QLatin1String(key);
                if (!rules.IsSequence()) throw ShapeError{rat + QStringLiteral(": not a list")};
                for (const YAML::Node &r : rules) {
                    onlyKeys(r, {QLatin1String(peersKey), "ports"}, rat + "[]");
                    Rule rule;
                    if (const YAML::Node peers = r[peersKey]) {
                        rule.allPeers = false;
                        for (const YAML::Node &pn : peers) {
                            onlyKeys(pn, {"podSelector", "namespaceSelector", "ipBlock"},
                                     rat + "[].peer");
                            Peer peer;
                            if (pn["ipBlock"]) {
                                if (pn.size() != 1)
                                    throw ShapeError{
                                        rat + QStringLiteral(": ipBlock combined with a selector")};
                                onlyKeys(pn["ipBlock"], {"cidr", "except"}, rat + ".ipBlock");
                                peer.isBlock = true;
                                peer.block = cidr(pn["ipBlock"]["cidr"], rat + ".ipBlock.cidr");
                                for (const YAML::Node &e : pn["ipBlock"]["except"]) {
                                    const Cidr c = cidr(e, rat + ".ipBlock.except[]");
                                    if (!peer.block.contains(c) || c == peer.block)
                                        throw ShapeError{
                                            rat + QStringLiteral(
                                                      ".ipBlock.except: not strictly inside cidr")};
                                    peer.except.append(c);
                                }
                            }
                            if (pn["podSelector"]) {
                                peer.hasPodSelector = true;
                                peer.podSelector =
                                    labelSelector(pn["podSelector"], rat + ".podSelector");
                            }
                            if (pn["namespaceSelector"]) {
                                peer.hasNamespaceSelector = true;
                                peer.namespaceSelector = labelSelector(pn["namespaceSelector"],
                                                                       rat + ".namespaceSelector");
                            }
                            rule.peers.append(peer);
                        }
                    }
                    if (const YAML::Node ports = r["ports"]) {
                        rule.allPorts = false;
                        for (const YAML::Node &pn : ports) {
                            onlyKeys(pn, {"protocol", "port", "endPort"}, rat + ".ports[]");
                            Port port;
                            port.protocol = pn["protocol"]
                                                ? str(pn["protocol"], rat + ".ports[].protocol")
                                                : QStringLiteral("TCP");
                            if (!QStringList{"TCP", "UDP", "SCTP"}.contains(port.protocol))
                                throw ShapeError{rat + QStringLiteral(".ports[].protocol: ") +
                                                 port.protocol +
                                                 QStringLiteral(" is not TCP, UDP or SCTP")};
                            if (pn["port"]) port.port = integer(pn["port"], rat + ".ports[].port");
                            if (pn["endPort"]) {
                                port.endPort = integer(pn["endPort"], rat + ".ports[].endPort");
                                if (!port.port || port.endPort < port.port)
                                    throw ShapeError{
                                        rat + QStringLiteral(".ports[].endPort: below port")};
                            }
                            rule.ports.append(port);
                        }
                    }
                    (egress ? p.egressRules : p.ingressRules).append(rule);
                }
            }
            mPolicies.append(p);
        } catch (const ShapeError &e) {
            *error = e.what;
            return false;
        } catch (const YAML::Exception &e) {
            *error = at + QStringLiteral(": ") + QString::fromStdString(e.what());
            return false;
        }
    }
    return true;
}

bool PolicyEvaluator::peerMatches(const Peer &peer, const QString &policyNs, const PodGroup &other)
{
    if (peer.isBlock) {
        for (const Cidr &a : other.addresses) {
            if (!peer.block.overlaps(a)) continue;
            bool excepted = false;
            for (const Cidr &e : peer.except)
                excepted = excepted || e.contains(a);
            if (!excepted) return true;
        }
        return false;
    }
    const bool nsOk = peer.hasNamespaceSelector
                          ? subset(peer.namespaceSelector,
                                   {{QStringLiteral("kubernetes.io/metadata.name"), other.ns}})
                          : other.ns == policyNs;
    return nsOk && (!peer.hasPodSelector || subset(peer.podSelector, other.labels));
}

bool PolicyEvaluator::direction(const PodGroup &pod, const PodGroup &other, bool egress, int port,
                                const QString &protocol) const
{
    bool isolated = false;
    for (const Policy &p : mPolicies) {
        if (p.ns != pod.ns || !subset(p.podSelector, pod.labels) ||
            !(egress ? p.egress : p.ingress))
            continue;
        isolated = true;
        for (const Rule &r : egress ? p.egressRules : p.ingressRules) {
            bool peerOk = r.allPeers;
            for (const Peer &peer : r.peers)
                peerOk = peerOk || peerMatches(peer, p.ns, other);
            bool portOk = r.allPorts;
            for (const Port &pt : r.ports)
                portOk = portOk || (pt.protocol == protocol &&
                                    (pt.port == 0 || pt.port == port ||
                                     (pt.endPort && port >= pt.port && port <= pt.endPort)));
            if (peerOk && portOk) return true;
        }
    }
    return !isolated;
}

bool PolicyEvaluator::allows(const PodGroup &from, const PodGroup &to, int port,
                             const QString &protocol) const
{
    return direction(from, to, true, port, protocol) && direction(to, from, false, port, protocol);
}

} // namespace Planar
