#include "istioexporter.h"

#include "endpointresolver.h"
#include "exportsafety.h"
#include "linkflows.h"
#include "net/names.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace Planar {

namespace {

const QString FileName = QStringLiteral("istio.yaml");
const char *ApiVersion = "security.istio.io/v1";

/** What one link admits to one target: its sources' principals on its TCP ports. */
struct Rule {
    QString link;
    QStringList principals;
    QStringList ports; // empty: every port
};

struct TargetPolicy {
    QList<Rule> rules;
};

/**
 * Plan text as a YAML string every reader takes for a string: "123" or "on" written plain
 * would become a number or a boolean to kubectl's YAML 1.1 reader.
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
    return y << t.text.toStdString();
}

void beginDocument(YAML::Emitter &y, const char *kind, const QString &name, const QString &ns)
{
    y << YAML::BeginMap;
    y << YAML::Key << "apiVersion" << YAML::Value << ApiVersion;
    y << YAML::Key << "kind" << YAML::Value << kind;
    y << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "name" << YAML::Value << Text{name};
    y << YAML::Key << "namespace" << YAML::Value << Text{ns};
}

QByteArray document(const YAML::Emitter &y)
{
    return QByteArray("---\n") + y.c_str() + '\n';
}

QByteArray peerAuthentication(const QString &ns)
{
    YAML::Emitter y;
    beginDocument(y, "PeerAuthentication", QStringLiteral("default"), ns);
    y << YAML::EndMap;
    y << YAML::Key << "spec" << YAML::Value << YAML::BeginMap << YAML::Key << "mtls" << YAML::Value
      << YAML::BeginMap << YAML::Key << "mode" << YAML::Value << "STRICT" << YAML::EndMap
      << YAML::EndMap << YAML::EndMap;
    return document(y);
}

/** Istio's documented "allow-nothing": no selector, so it reaches every workload of @p ns. */
QByteArray allowNothing(const QString &ns)
{
    YAML::Emitter y;
    beginDocument(y, "AuthorizationPolicy", QStringLiteral("allow-nothing"), ns);
    y << YAML::EndMap;
    y << YAML::Key << "spec" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::EndMap;
    y << YAML::EndMap;
    return document(y);
}

QByteArray workloadPolicy(const Workload &w, const TargetPolicy &p)
{
    YAML::Emitter y;
    beginDocument(y, "AuthorizationPolicy", QStringLiteral("allow-to-") + w.id,
                  w.effectiveNamespace());
    QStringList links;
    for (const Rule &r : p.rules)
        if (!links.contains(r.link)) links << r.link;
    if (!links.isEmpty())
        y << YAML::Key << "annotations" << YAML::Value << YAML::BeginMap << YAML::Key
          << IstioExporter::linksAnnotation().toStdString() << YAML::Value
          << Text{links.join(QLatin1Char(' '))} << YAML::EndMap;
    y << YAML::EndMap;
    y << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    y << YAML::Key << "selector" << YAML::Value << YAML::BeginMap << YAML::Key << "matchLabels"
      << YAML::Value << YAML::BeginMap;
    for (const auto &[key, value] : w.labels)
        y << YAML::Key << Text{key} << YAML::Value << YAML::DoubleQuoted << value.toStdString();
    y << YAML::EndMap << YAML::EndMap;
    y << YAML::Key << "action" << YAML::Value << "ALLOW";
    // An ALLOW policy without rules matches no request: the workload admits nothing.
    if (!p.rules.isEmpty()) {
        y << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
        for (const Rule &r : p.rules) {
            y << YAML::BeginMap << YAML::Key << "from" << YAML::Value << YAML::BeginSeq
              << YAML::BeginMap << YAML::Key << "source" << YAML::Value << YAML::BeginMap
              << YAML::Key << "principals" << YAML::Value << YAML::BeginSeq;
            for (const QString &principal : r.principals)
                y << Text{principal};
            y << YAML::EndSeq << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
            if (!r.ports.isEmpty()) {
                y << YAML::Key << "to" << YAML::Value << YAML::BeginSeq << YAML::BeginMap
                  << YAML::Key << "operation" << YAML::Value << YAML::BeginMap << YAML::Key
                  << "ports" << YAML::Value << YAML::Flow << YAML::BeginSeq;
                for (const QString &port : r.ports)
                    y << YAML::DoubleQuoted << port.toStdString();
                y << YAML::EndSeq << YAML::EndMap << YAML::EndMap << YAML::EndSeq;
            }
            y << YAML::EndMap;
        }
        y << YAML::EndSeq;
    }
    y << YAML::EndMap << YAML::EndMap;
    return document(y);
}

} // namespace

QString IstioExporter::description() const
{
    return QStringLiteral("Istio STRICT mTLS and per-workload AuthorizationPolicies (istio.yaml) "
                          "for kubectl apply -f");
}

QStringList IstioExporter::fileNames(const Plan &) const
{
    return {FileName};
}

QString IstioExporter::ingressGatewayPrincipal()
{
    return trustDomain() + QStringLiteral("/ns/") + rootNamespace() +
           QStringLiteral("/sa/istio-ingressgateway-service-account");
}

QString IstioExporter::principalOf(const Workload &w)
{
    return trustDomain() + QStringLiteral("/ns/") + w.effectiveNamespace() +
           QStringLiteral("/sa/") + w.effectiveServiceAccount();
}

bool IstioExporter::checkNames(const Plan &plan)
{
    using namespace ExportSafety;
    for (int i = 0; i < plan.workloads.size(); ++i) {
        const Workload &w = plan.workloads[i];
        if (!isDnsLabel(w.id))
            addError(
                QStringLiteral("workloads[%1].id %2: not a DNS label").arg(i).arg(shown(w.id)));
        if (!isDnsLabel(w.effectiveNamespace()))
            addError(QStringLiteral("workloads[%1].namespace %2: not a Kubernetes namespace name")
                         .arg(i)
                         .arg(shown(w.ns)));
        // Names::isDnsSubdomain is Kubernetes' rule for service account names.
        if (!w.serviceAccount.isEmpty() && !Names::isDnsSubdomain(w.serviceAccount))
            addError(QStringLiteral("workloads[%1].serviceAccount %2: not a Kubernetes service "
                                    "account name")
                         .arg(i)
                         .arg(shown(w.serviceAccount)));
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
                addError(QStringLiteral("links[%1] %2: not a DNS label, cannot name a link in "
                                        "an annotation")
                             .arg(i)
                             .arg(shown(name)));
    }
    return errors().isEmpty();
}

bool IstioExporter::write(const Plan &plan, const ExportOptions &options,
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

    QHash<QString, TargetPolicy> policies;
    for (int i = 0; i < plan.links.size(); ++i) {
        const Link &link = plan.links[i];
        const QString name = LinkFlows::linkName(link);
        // Istio authorizes what its sidecars proxy, TCP; NetworkPolicy keeps UDP and SCTP.
        QStringList ports;
        bool otherProtocols = false;
        for (const PortRange &p : link.ports) {
            if (p.protocol != Protocol::TCP) {
                otherProtocols = true;
                continue;
            }
            if (p.high - p.low + 1 > MaxPortsPerRange) {
                addError(QStringLiteral("links[%1].ports %2: Istio names ports one by one; a "
                                        "range of more than %3 ports cannot be written")
                             .arg(i)
                             .arg(p.toString())
                             .arg(MaxPortsPerRange));
                continue;
            }
            for (int port = p.low; port <= p.high; ++port)
                if (!ports.contains(QString::number(port))) ports << QString::number(port);
        }
        const bool onlyOtherProtocols = !link.ports.isEmpty() && ports.isEmpty();
        QMap<QString, QStringList> principals; // target id → sources, in flow order
        QStringList order;
        for (const AllowedFlow &flow : flows.allowed(link)) {
            if (flow.to.kind != EntityKind::Workload) continue;
            const Workload *target = lookup.workload(flow.to.id);
            if (!target->inMesh()) continue; // said in the file, beside its namespace
            if (onlyOtherProtocols) {
                addWarning(QStringLiteral("link %1 has no TCP port: Istio authorizes TCP only, "
                                          "its NetworkPolicy alone enforces it")
                               .arg(name));
                continue;
            }
            if (otherProtocols)
                addWarning(QStringLiteral("link %1: its UDP and SCTP ports are enforced by "
                                          "NetworkPolicy alone; Istio authorizes TCP only")
                               .arg(name));
            QString principal;
            if (flow.from.kind == EntityKind::Workload) {
                const Workload *source = lookup.workload(flow.from.id);
                if (!source->inMesh()) {
                    addWarning(QStringLiteral("link %1: workload %2 is outside the mesh (mesh: "
                                              "false), so STRICT mTLS refuses its plaintext to %3")
                                   .arg(name, source->id, target->id));
                    continue;
                }
                principal = principalOf(*source);
            } else if (flow.from.plane == Plane::External) {
                principal = ingressGatewayPrincipal();
            } else {
                addWarning(QStringLiteral("link %1: %2 is outside the mesh, so STRICT mTLS "
                                          "refuses its plaintext to %3; send it through the "
                                          "ingress gateway")
                               .arg(name, flow.from.id, target->id));
                continue;
            }
            if (!order.contains(target->id)) order << target->id;
            if (!principals[target->id].contains(principal)) principals[target->id] << principal;
        }
        for (const QString &target : order)
            policies[target].rules.append({name, principals.value(target), ports});
    }

    // matchLabels selects every Pod that carries those labels: a target's selector must not
    // also reach another workload's Pods, or that workload admits the target's sources too.
    // Only workloads carrying the target's rarest label can hold all its labels: an index, not
    // all pairs, so that plans of thousands of workloads stay fast.
    QHash<QString, QList<const Workload *>> byLabel; // "namespace\nkey\nvalue"
    for (const Workload &w : plan.workloads)
        for (const auto &[key, value] : w.labels)
            byLabel[w.effectiveNamespace() + u'\n' + key + u'\n' + value].append(&w);
    for (const Workload &a : plan.workloads) {
        if (!policies.contains(a.id)) continue;
        if (a.labels.isEmpty()) {
            addError(QStringLiteral("workloads[%1].labels: empty; a workload with inbound links "
                                    "needs labels that select its Pods")
                         .arg(a.id));
            continue;
        }
        const QList<const Workload *> *candidates = nullptr;
        for (const auto &[key, value] : a.labels) {
            const auto it = byLabel.constFind(a.effectiveNamespace() + u'\n' + key + u'\n' + value);
            if (it != byLabel.cend() && (!candidates || it->size() < candidates->size()))
                candidates = &*it;
        }
        for (const Workload *b : *candidates) {
            if (b == &a) continue;
            if (std::all_of(a.labels.cbegin(), a.labels.cend(),
                            [&](const auto &l) { return b->labels.contains(l); }))
                addError(QStringLiteral("workloads[%1].labels also select the Pods of workload %2 "
                                        "in namespace %3; give %1 a label of its own")
                             .arg(a.id, b->id, a.effectiveNamespace()));
        }
    }
    // A principal admits every workload that runs as it: two workloads sharing a service
    // account would make a link from one admit the other.
    QHash<QString, QStringList> runAs;
    for (const Workload &w : plan.workloads)
        if (w.inMesh()) runAs[principalOf(w)] << w.id;
    QSet<QString> admitted;
    for (const TargetPolicy &p : std::as_const(policies))
        for (const Rule &r : p.rules)
            for (const QString &principal : r.principals)
                admitted.insert(principal);
    for (const Workload &w : plan.workloads) {
        const QStringList &same = runAs[principalOf(w)];
        if (w.inMesh() && same.size() > 1 && same.first() == w.id &&
            admitted.contains(principalOf(w)))
            addError(QStringLiteral("workloads %1 share the service account %2 in namespace %3: "
                                    "Istio cannot tell them apart, so a link from one would "
                                    "admit the others; give each its own serviceAccount")
                         .arg(same.join(QStringLiteral(", ")), w.effectiveServiceAccount(),
                              w.effectiveNamespace()));
    }
    if (!errors().isEmpty()) return false;

    QMap<QString, QList<const Workload *>> byNamespace; // QMap: namespaces in sorted order
    for (const Workload &w : plan.workloads)
        byNamespace[w.effectiveNamespace()].append(&w);

    QByteArray out;
    if (options.meshWide) out += peerAuthentication(rootNamespace());
    for (auto it = byNamespace.cbegin(); it != byNamespace.cend(); ++it) {
        QByteArray documents;
        for (const Workload *w : it.value()) {
            if (!w->inMesh()) {
                out += QStringLiteral("# workload %1 (namespace %2): mesh: false, outside the "
                                      "mesh; no mTLS and no AuthorizationPolicy, its "
                                      "NetworkPolicies alone guard it\n")
                           .arg(w->id, it.key())
                           .toUtf8();
                continue;
            }
            // Without labels nothing can select it; allow-nothing alone then denies it all.
            if (!w->labels.isEmpty()) documents += workloadPolicy(*w, policies.value(w->id));
        }
        const bool anyInMesh = std::any_of(it.value().cbegin(), it.value().cend(),
                                           [](const Workload *w) { return w->inMesh(); });
        if (!anyInMesh) continue;
        if (!options.meshWide) out += peerAuthentication(it.key());
        out += allowNothing(it.key()) + documents;
    }
    files->append({FileName, out});
    return true;
}

} // namespace Planar
