#pragma once

#include "exporter.h"

namespace Planar {

/**
 * The cluster's address plan for `kubeadm init --config` (exports.md "kubeadm"): a
 * ClusterConfiguration (kubeadm.k8s.io/v1beta3) with the Pod and Service ranges and the
 * controller manager's per-node mask, so the cluster hands out the subnets the plan drew.
 */
class KubeadmExporter : public Exporter {
public:
    QString id() const override { return QStringLiteral("kubeadm"); }
    bool singleArtifact() const override { return true; }
    QString description() const override;
    QStringList fileNames(const Plan &plan) const override;
    bool write(const Plan &plan, const ExportOptions &options, QList<ExportedFile> *files) override;
};

} // namespace Planar
