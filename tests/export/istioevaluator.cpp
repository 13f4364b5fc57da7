#include "istioevaluator.h"

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
    // A plain 3306 or true would reach Istio as a number or a boolean, not the string it wants.
    if (n.Tag() != "!" && QRegularExpression(QStringLiteral("^([0-9]+|true|false|null)$"))
                              .match(QString::fromStdString(n.Scalar()))
                              .hasMatch())
        throw ShapeError{field + QStringLiteral(": not a string but ") +
                         QString::fromStdString(n.Scalar())};
    return QString::fromStdString(n.Scalar());
}

void onlyKeys(const YAML::Node &map, const QStringList &allowed, const QString &field)
{
    if (!map.IsMap()) throw ShapeError{field + QStringLiteral(": not a map")};
    for (const auto &kv : map) {
        const QString key = QString::fromStdString(kv.first.Scalar());
        if (!allowed.contains(key))
            throw ShapeError{field + QStringLiteral(": unknown or unsupported key ") + key};
    }
}

QStringList strings(const YAML::Node &n, const QString &field)
{
    if (!n.IsSequence()) throw ShapeError{field + QStringLiteral(": not a list")};
    QStringList out;
    for (std::size_t i = 0; i < n.size(); ++i)
        out << str(n[i], QStringLiteral("%1[%2]").arg(field).arg(i));
    return out;
}

/** Istio's string match: exact, "*", "prefix*" or "*suffix". */
bool matches(const QString &pattern, const QString &value)
{
    if (pattern == u"*") return !value.isEmpty();
    if (pattern.endsWith(u'*')) return value.startsWith(pattern.chopped(1));
    if (pattern.startsWith(u'*')) return value.endsWith(pattern.mid(1));
    return pattern == value;
}

bool anyMatches(const QStringList &patterns, const QString &value)
{
    return std::any_of(patterns.cbegin(), patterns.cend(),
                       [&](const QString &p) { return matches(p, value); });
}

void metadata(const YAML::Node &m, const QString &at, QString *name, QString *ns)
{
    onlyKeys(m, {"name", "namespace", "annotations"}, at + ".metadata");
    *name = str(m["name"], at + ".metadata.name");
    *ns = str(m["namespace"], at + ".metadata.namespace");
    static const QRegularExpression subdomain(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    if (name->size() > 253 || !subdomain.match(*name).hasMatch())
        throw ShapeError{at + QStringLiteral(".metadata.name: not a DNS subdomain")};
    if (ns->size() > 63 || ns->contains(u'.') || !subdomain.match(*ns).hasMatch())
        throw ShapeError{at + QStringLiteral(".metadata.namespace: not a DNS label")};
    if (const YAML::Node a = m["annotations"]) {
        if (!a.IsMap()) throw ShapeError{at + QStringLiteral(".metadata.annotations: not a map")};
        for (const auto &kv : a)
            str(kv.second, at + QStringLiteral(".metadata.annotations value"));
    }
}

bool selector(const YAML::Node &spec, const QString &at, QMap<QString, QString> *labels)
{
    const YAML::Node s = spec["selector"];
    if (!s) return false;
    onlyKeys(s, {"matchLabels"}, at + ".spec.selector");
    const YAML::Node m = s["matchLabels"];
    if (!m || !m.IsMap() || m.size() == 0)
        throw ShapeError{at + QStringLiteral(".spec.selector.matchLabels: missing or empty")};
    for (const auto &kv : m)
        labels->insert(QString::fromStdString(kv.first.Scalar()),
                       str(kv.second, at + QStringLiteral(".spec.selector.matchLabels value")));
    return true;
}

} // namespace

bool IstioEvaluator::load(const QByteArray &yaml, QString *error)
{
    mPolicies.clear();
    mMtls.clear();
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
        if (doc.IsNull()) continue; // comments only: kubectl skips it too
        try {
            onlyKeys(doc, {"apiVersion", "kind", "metadata", "spec"}, at);
            if (str(doc["apiVersion"], at + ".apiVersion") != u"security.istio.io/v1")
                throw ShapeError{at + QStringLiteral(".apiVersion: not security.istio.io/v1")};
            const QString kind = str(doc["kind"], at + ".kind");
            QString name, ns;
            metadata(doc["metadata"], at, &name, &ns);
            const YAML::Node spec = doc["spec"];
            if (!spec || !spec.IsMap()) throw ShapeError{at + QStringLiteral(".spec: not a map")};
            if (kind == u"PeerAuthentication") {
                onlyKeys(spec, {"selector", "mtls"}, at + ".spec");
                Mtls m;
                m.ns = ns;
                QMap<QString, QString> labels;
                m.hasSelector = selector(spec, at, &labels);
                onlyKeys(spec["mtls"], {"mode"}, at + ".spec.mtls");
                m.mode = str(spec["mtls"]["mode"], at + ".spec.mtls.mode");
                if (!QStringList{"STRICT", "PERMISSIVE", "DISABLE", "UNSET"}.contains(m.mode))
                    throw ShapeError{at + QStringLiteral(".spec.mtls.mode: not an Istio mode")};
                if (m.hasSelector)
                    throw ShapeError{at + QStringLiteral(": workload PeerAuthentication not "
                                                         "supported by this evaluator")};
                mMtls << m;
                continue;
            }
            if (kind != u"AuthorizationPolicy")
                throw ShapeError{at + QStringLiteral(".kind: not PeerAuthentication or "
                                                     "AuthorizationPolicy")};
            onlyKeys(spec, {"selector", "action", "rules"}, at + ".spec");
            Policy p;
            p.name = name;
            p.ns = ns;
            p.hasSelector = selector(spec, at, &p.selector);
            p.action =
                spec["action"] ? str(spec["action"], at + ".spec.action") : QStringLiteral("ALLOW");
            if (p.action != u"ALLOW" && p.action != u"DENY")
                throw ShapeError{at + QStringLiteral(".spec.action: only ALLOW and DENY are "
                                                     "understood here")};
            if (const YAML::Node rules = spec["rules"]) {
                if (!rules.IsSequence())
                    throw ShapeError{at + QStringLiteral(".spec.rules: not a list")};
                for (std::size_t i = 0; i < rules.size(); ++i) {
                    const QString rat = at + QStringLiteral(".spec.rules[%1]").arg(i);
                    const YAML::Node r = rules[i];
                    onlyKeys(r, {"from", "to"}, rat);
                    Rule rule;
                    if (const YAML::Node from = r["from"]) {
                        if (!from.IsSequence() || from.size() == 0)
                            throw ShapeError{rat + QStringLiteral(".from: not a list")};
                        rule.anySource = false;
                        for (const YAML::Node &f : from) {
                            onlyKeys(f, {"source"}, rat + ".from[]");
                            onlyKeys(f["source"], {"principals"}, rat + ".from[].source");
                            rule.sourcePrincipals << strings(f["source"]["principals"],
                                                             rat + ".from[].source.principals");
                        }
                    }
                    if (const YAML::Node to = r["to"]) {
                        if (!to.IsSequence() || to.size() == 0)
                            throw ShapeError{rat + QStringLiteral(".to: not a list")};
                        rule.anyOperation = false;
                        for (const YAML::Node &t : to) {
                            onlyKeys(t, {"operation"}, rat + ".to[]");
                            onlyKeys(t["operation"], {"ports"}, rat + ".to[].operation");
                            const QStringList ports =
                                strings(t["operation"]["ports"], rat + ".to[].operation.ports");
                            for (const QString &port : ports) {
                                bool ok = false;
                                const int n = port.toInt(&ok);
                                if (!ok || n < 1 || n > 65535)
                                    throw ShapeError{rat + QStringLiteral(": port ") + port +
                                                     QStringLiteral(" is not 1..65535")};
                            }
                            rule.operationPorts << ports;
                        }
                    }
                    p.rules << rule;
                }
            }
            mPolicies << p;
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

QStringList IstioEvaluator::policyNames() const
{
    QStringList out;
    for (const Policy &p : mPolicies)
        out << p.ns + u'/' + p.name;
    return out;
}

QString IstioEvaluator::mtlsMode(const MeshWorkload &to) const
{
    // The namespace's policy wins over the mesh-wide one in the root namespace.
    for (const QString &ns : {to.ns, rootNamespace()})
        for (const Mtls &m : mMtls)
            if (m.ns == ns && m.mode != u"UNSET") return m.mode;
    return QStringLiteral("PERMISSIVE");
}

bool IstioEvaluator::applies(const Policy &p, const MeshWorkload &to) const
{
    if (p.ns != to.ns && p.ns != rootNamespace()) return false;
    for (auto it = p.selector.cbegin(); it != p.selector.cend(); ++it)
        if (to.labels.value(it.key(), QStringLiteral("\n")) != it.value()) return false;
    return true;
}

bool IstioEvaluator::ruleMatches(const Rule &r, const MeshWorkload &from, int port)
{
    const bool source =
        r.anySource ||
        std::any_of(r.sourcePrincipals.cbegin(), r.sourcePrincipals.cend(),
                    [&](const QStringList &p) {
                        return !from.principal.isEmpty() && anyMatches(p, from.principal);
                    });
    const bool operation =
        r.anyOperation || std::any_of(r.operationPorts.cbegin(), r.operationPorts.cend(),
                                      [&](const QStringList &ports) {
                                          return ports.contains(QString::number(port));
                                      });
    return source && operation;
}

bool IstioEvaluator::allows(const MeshWorkload &from, const MeshWorkload &to, int port) const
{
    if (!to.sidecar) return true; // no proxy on the target: Istio decides nothing
    // A caller without a sidecar speaks plaintext, which STRICT refuses; with PERMISSIVE it
    // gets through, but presents no principal.
    if (!from.sidecar && mtlsMode(to) == u"STRICT") return false;
    const MeshWorkload caller{from.id, from.ns, from.labels,
                              from.sidecar ? from.principal : QString(), from.sidecar};
    bool anyAllow = false;
    bool allowed = false;
    for (const Policy &p : mPolicies) {
        if (!applies(p, to)) continue;
        const bool hit = std::any_of(p.rules.cbegin(), p.rules.cend(),
                                     [&](const Rule &r) { return ruleMatches(r, caller, port); });
        if (p.action == u"DENY") {
            if (hit) return false;
            continue;
        }
        anyAllow = true;
        allowed = allowed || hit;
    }
    return !anyAllow || allowed;
}

} // namespace Planar
