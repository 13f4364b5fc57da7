// Rule family: the names a plan hands to Kubernetes (namespaces, labels, label selectors). They
// are judged by the same rules (net/names.h) the NetworkPolicy exporter applies, so validate
// reports every name that export would refuse.
#include "net/names.h"
#include "validationcontext.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace Planar {

namespace {

/** @p field names the field on demand: this runs for every workload. */
template <typename Field>
void namespaceName(ValidationContext &c, const QString &subject, Field field, const QString &name)
{
    if (name.isEmpty() || Names::isDnsLabel(name)) return; // empty: the default applies
    c.add("invalid-namespace", Severity::Error, {subject},
          QStringLiteral("%1 '%2' is not a Kubernetes namespace name; use lowercase letters, "
                         "digits and '-', at most 63 characters, starting and ending with a "
                         "letter or digit")
              .arg(field(), name));
}

/**
 * The NetworkPolicy export selects a linked workload's Pods by its labels (matchLabels), so it
 * refuses a linked workload without labels, or one whose labels also select another workload
 * of its namespace. Linked here means named by a link or in a zone a link names.
 */
void selectors(ValidationContext &c)
{
    const Plan &plan = c.plan();
    const PlanLookup &lookup = c.lookup();
    // The workloads and zones links name, by index: the context looked the ends up.
    QList<bool> linkedWorkload(plan.workloads.size(), false), linkedZone(plan.zones.size(), false);
    for (qsizetype i = 0; i < plan.links.size(); ++i)
        for (const PlanLookup::Ref ref : {c.linkEnds(i).from, c.linkEnds(i).to}) {
            if (ref.kind == EntityKind::Workload)
                linkedWorkload[ref.index] = true;
            else if (ref.kind == EntityKind::Zone)
                linkedZone[ref.index] = true;
        }
    // A name the lookup gives to another entity (a repeated id, a zone named like a host) is
    // looked for among the ends by name; plans with such names are rare.
    std::optional<QSet<QString>> endNames;
    const auto named = [&](const QString &name) {
        if (!endNames) {
            endNames.emplace();
            for (const Link &l : plan.links) {
                endNames->insert(l.from);
                endNames->insert(l.to);
            }
        }
        return endNames->contains(name);
    };
    const auto isLinked = [&](qsizetype i) {
        const Workload &w = plan.workloads[i];
        const PlanLookup::Ref self = lookup.find(w.id);
        const bool own = self.kind == EntityKind::Workload && self.index == i;
        if (own ? linkedWorkload[i] : named(w.id)) return true;
        if (w.zone.isEmpty()) return false;
        const PlanLookup::Ref zone = lookup.find(w.zone);
        return zone.kind == EntityKind::Zone ? linkedZone[zone.index] : named(w.zone);
    };
    QHash<QString, QList<qsizetype>> byLabel; // "namespace\nkey\nvalue" -> workload indexes
    for (qsizetype i = 0; i < plan.workloads.size(); ++i)
        for (const auto &label : plan.workloads[i].labels)
            byLabel[plan.workloads[i].effectiveNamespace() + u'\n' + label.first + u'\n' +
                    label.second]
                .append(i);
    for (qsizetype ai = 0; ai < plan.workloads.size(); ++ai) {
        const Workload &a = plan.workloads[ai];
        if (!isLinked(ai)) continue;
        if (a.labels.isEmpty()) {
            c.add("workload-without-labels", Severity::Error, {a.id},
                  QStringLiteral("workload '%1' is linked but has no labels, so no "
                                 "NetworkPolicy can select its Pods; give it the labels its Pods "
                                 "carry, such as app: %1")
                      .arg(a.id));
            continue;
        }
        // Only workloads that carry a's rarest label can hold all of a's labels: an index, not
        // all pairs, so plans with 10,000 workloads stay fast.
        const QList<qsizetype> *candidates = nullptr;
        for (const auto &label : a.labels) {
            const auto it = byLabel.constFind(a.effectiveNamespace() + u'\n' + label.first + u'\n' +
                                              label.second);
            if (it != byLabel.cend() && (!candidates || it->size() < candidates->size()))
                candidates = &*it;
        }
        for (const qsizetype bi : candidates ? *candidates : QList<qsizetype>()) {
            const Workload &b = plan.workloads[bi];
            if (&a == &b) continue;
            const bool subset = std::all_of(a.labels.cbegin(), a.labels.cend(),
                                            [&](const auto &l) { return b.labels.contains(l); });
            if (subset)
                c.add("label-selector-overlap", Severity::Error, {a.id, b.id},
                      QStringLiteral("the labels of workload '%1' also select the Pods of "
                                     "workload '%2' in namespace %3, so a policy for '%1' would "
                                     "open '%2' too; give '%1' a label of its own")
                          .arg(a.id, b.id, a.effectiveNamespace()));
        }
    }
}

} // namespace

void checkKubernetesNames(ValidationContext &context)
{
    selectors(context);
    const Plan &plan = context.plan();
    namespaceName(
        context, ClusterSubject, [] { return QStringLiteral("cluster dnsNamespace"); },
        plan.cluster.dnsNamespace);
    for (const Workload &w : plan.workloads) {
        namespaceName(
            context, w.id, [&] { return QStringLiteral("namespace of workload '%1'").arg(w.id); },
            w.ns);
        // The istio exporter writes it into a principal cluster.local/ns/NS/sa/SA.
        if (!w.serviceAccount.isEmpty() && !Names::isDnsSubdomain(w.serviceAccount))
            context.add("invalid-service-account", Severity::Error, {w.id},
                        QStringLiteral("workload '%1' has serviceAccount '%2', a name Kubernetes "
                                       "refuses; use lowercase letters, digits, '-' and '.', at "
                                       "most 253 characters, starting and ending with a letter "
                                       "or digit")
                            .arg(w.id, w.serviceAccount));
        for (const auto &[key, value] : w.labels) {
            if (!Names::isLabelKey(key))
                context.add("invalid-label", Severity::Error, {w.id},
                            QStringLiteral("workload '%1' has label key '%2', which Kubernetes "
                                           "refuses; a key is an optional DNS subdomain and '/', "
                                           "then 1 to 63 of A-Z a-z 0-9 - _ . starting and "
                                           "ending with a letter or digit")
                                .arg(w.id, key));
            if (!Names::isLabelValue(value))
                context.add("invalid-label", Severity::Error, {w.id},
                            QStringLiteral("workload '%1' has label %2='%3', a value Kubernetes "
                                           "refuses; use at most 63 of A-Z a-z 0-9 - _ . "
                                           "starting and ending with a letter or digit")
                                .arg(w.id, key, value));
        }
    }
}

} // namespace Planar
