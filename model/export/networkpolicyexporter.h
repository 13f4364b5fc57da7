#pragma once

#include "exporter.h"

namespace Planar {

class PlanLookup;

/**
 * The Pod plane's policy (exports.md, seed section 4.3): `networkpolicies.yaml`, one
 * `networking.k8s.io/v1` NetworkPolicy per document — deny by default per namespace, DNS
 * egress, and one ingress/egress pair per workload link. Written with yaml-cpp's emitter, so
 * every scalar is quoted as YAML needs; names that Kubernetes would reject are refused.
 */
class NetworkPolicyExporter : public Exporter {
public:
    QString id() const override { return QStringLiteral("networkpolicy"); }
    QString description() const override;
    bool singleArtifact() const override { return true; }
    QStringList fileNames(const Plan &plan) const override;
    bool write(const Plan &plan, const ExportOptions &options, QList<ExportedFile> *files) override;

    /** The label the namespace selectors match on (set by Kubernetes ≥ 1.21 on every namespace). */
    static QString namespaceNameLabel() { return QStringLiteral("kubernetes.io/metadata.name"); }

private:
    bool checkNames(const Plan &plan);
    void checkSelectors(const Plan &plan, const QStringList &selected);
};

} // namespace Planar
